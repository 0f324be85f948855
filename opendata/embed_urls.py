"""/embed/…: pages a gemeente or partner may frame on its own site."""

from django.urls import path

from opendata import embeds

app_name = "embed"
urlpatterns = [
    path("regelingen/", embeds.schemes, name="schemes"),
    path("lotgenoten/", embeds.peer_groups, name="peer_groups"),
    path("gemeente/<slug:slug>/", embeds.municipality, name="municipality"),
]
