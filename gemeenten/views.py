"""Public: /gemeente/<slug>/, a municipality's local offer for parents."""

from django.shortcuts import get_object_or_404, render

from core.models import Municipality
from gemeenten.selectors import municipality_page_public


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    page = municipality_page_public(municipality)
    return render(
        request,
        "gemeenten/municipality_page.html",
        {
            "municipality": municipality,
            "offer_page": page,
            "stale": page.is_stale() if page else False,
        },
    )
