"""Template helpers for the municipal offer include (used by other apps too)."""

from django import template

register = template.Library()


@register.simple_tag
def offer_page_for(municipality, given=None):
    """The given page, else the municipality's page (one query), else None."""
    if given:
        return given
    if municipality is None or not hasattr(municipality, "pk"):
        return None
    try:
        return municipality.offer_page
    except Exception:  # RelatedObjectDoesNotExist: no page yet
        return None
