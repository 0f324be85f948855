"""Reads of the public municipal pages."""

from gemeenten.models import MunicipalityPage


def municipality_page_public(municipality) -> MunicipalityPage | None:
    """The published page of this municipality with its rows, or None."""
    return (
        MunicipalityPage.objects.filter(municipality=municipality, published=True)
        .prefetch_related("local_schemes", "local_initiatives")
        .first()
    )
