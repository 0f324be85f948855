"""Public pages filled by professionals: /gemeente/<slug>/."""

from django.urls import path

from professionals.views import public

app_name = "gemeente"
urlpatterns = [
    path("<slug:slug>/", public.municipality_detail, name="detail"),
]
