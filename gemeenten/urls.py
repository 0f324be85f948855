"""Public municipal pages: /gemeente/<slug>/ (filled by professionals)."""

from django.urls import path

from gemeenten import views

app_name = "gemeente"
urlpatterns = [
    path("<slug:slug>/", views.municipality_detail, name="detail"),
]
