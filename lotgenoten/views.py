"""Postcode answers for parents."""

from django.shortcuts import render

from eenouderpunt.postcodes import postcode_area_get
from lotgenoten.forms import PostcodeForm


def nearby(request):
    """/in-de-buurt/?postcode=…: the municipality for a postcode, and where to go."""
    form = PostcodeForm(request.GET or None)
    area = None
    not_found = False
    if form.is_valid():
        area = postcode_area_get(form.cleaned_data["postcode"])
        not_found = area is None
    return render(
        request,
        "lotgenoten/nearby.html",
        {"form": form, "area": area, "not_found": not_found},
    )
