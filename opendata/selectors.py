"""What the open data shows: public rows only, each list in a fixed number of queries.

Every queryset here is paged by the API (a count and one page of rows) and fetches
its related rows in one query per relation, so a list page costs the same number
of queries whatever the amount of data (tests/opendata/test_api_queries.py).
"""

from django.db.models import QuerySet

from core.models import Municipality
from gemeenten.models import LocalScheme, MunicipalityPage
from lotgenoten.models import Event, PeerGroup
from lotgenoten.selectors import public_events, public_peer_groups
from regelingen.models import Scheme


def schemes_public(*, level: str = "", theme: str = "") -> QuerySet[Scheme]:
    """Published schemes, by name: 4 queries per page (count, rows, themes, events)."""
    schemes = (
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("themes", "life_events")
        .order_by("name", "pk")
    )
    if level:
        schemes = schemes.filter(level=level)
    if theme:
        schemes = schemes.filter(themes__slug=theme).distinct()
    return schemes


def peer_groups_public(
    *, municipality: str = "", online: bool | None = None
) -> QuerySet[PeerGroup]:
    """Published, active groups, by name: 4 queries per page. Contact details are
    never read (see opendata/serializers.py for the public fields)."""
    groups = (
        public_peer_groups()
        .select_related("organiser", "municipality")
        .prefetch_related("target_groups", "themes")
        .order_by("name", "pk")
    )
    if municipality:
        groups = groups.filter(municipality__slug=municipality)
    if online is not None:
        groups = groups.filter(is_online=online)
    return groups


def events_public(
    *, municipality: str = "", online: bool | None = None
) -> QuerySet[Event]:
    """Coming events an editor approved and published, soonest series first: a fixed
    number of queries per page. Contact details are never read."""
    events = (
        public_events()
        .select_related("organiser", "municipality")
        .order_by("starts_at", "pk")
    )
    if municipality:
        events = events.filter(municipality__slug=municipality)
    if online is not None:
        events = events.filter(is_online=online)
    return events


def municipality_pages_public(*, province: str = "") -> QuerySet[MunicipalityPage]:
    """Published municipal pages with their rows, by municipality: 4 queries per page."""
    pages = (
        MunicipalityPage.objects.filter(published=True)
        .select_related("municipality")
        .prefetch_related("local_schemes", "local_initiatives")
        .order_by("municipality__name", "pk")
    )
    if province:
        pages = pages.filter(municipality__province=province)
    return pages


def local_schemes_public(
    *, municipality: str = "", kind: str = ""
) -> QuerySet[LocalScheme]:
    """Local schemes of published municipal pages: 2 queries per page."""
    schemes = (
        LocalScheme.objects.filter(page__published=True)
        .select_related("page__municipality")
        .order_by("page__municipality__name", "sort_order", "pk")
    )
    if municipality:
        schemes = schemes.filter(page__municipality__slug=municipality)
    if kind:
        schemes = schemes.filter(kind=kind)
    return schemes


def provinces() -> list[str]:
    """The province names the municipality table knows (one query)."""
    return list(
        Municipality.objects.order_by("province")
        .values_list("province", flat=True)
        .distinct()
    )


def municipality_with_page(
    slug: str,
) -> tuple[Municipality | None, MunicipalityPage | None]:
    """The municipality of this slug and its published page (None, None if unknown)."""
    municipality = Municipality.objects.filter(slug=slug[:100]).first()
    if municipality is None:
        return None, None
    page = (
        MunicipalityPage.objects.filter(municipality=municipality, published=True)
        .prefetch_related("local_schemes", "local_initiatives")
        .first()
    )
    return municipality, page
