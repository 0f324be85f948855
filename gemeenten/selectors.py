"""Reads of the public municipal pages."""

from django.db.models import QuerySet

from gemeenten.models import MunicipalityPage


def municipality_page_public(municipality) -> MunicipalityPage | None:
    """The published page of this municipality with its rows, or None."""
    return (
        MunicipalityPage.objects.filter(municipality=municipality, published=True)
        .prefetch_related("local_schemes", "local_initiatives")
        .first()
    )


def municipality_pages_for_sitemap() -> QuerySet[MunicipalityPage]:
    """Published municipal pages with their municipality's slug: 1 query."""
    return (
        MunicipalityPage.objects.filter(published=True)
        .select_related("municipality")
        .only("updated_at", "municipality__slug")
        .order_by("municipality__slug")
    )
