from django.urls import path

from lotgenoten import views

app_name = "lotgenoten"
urlpatterns = [
    path("in-de-buurt/", views.nearby, name="nearby"),
]
