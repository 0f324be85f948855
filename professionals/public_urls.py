"""Public pages filled by professionals: /gemeente/<slug>/."""

from django.urls import path  # noqa: F401

app_name = "gemeente"
urlpatterns = []
