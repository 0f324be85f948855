"""Reads of schemes for pages, the check and the export: each in a fixed number of queries."""

from django.apps import apps
from django.db.models import Q

from regelingen.models import LifeEvent, Scheme


def _theme_model():
    return apps.get_model("content", "Theme")


def _organisation_model():
    return apps.get_model("content", "Organisation")


def filter_options() -> dict:
    """The choices of the list's filter form: only what published schemes use."""
    live = Scheme.objects.live()
    return {
        "themes": list(_theme_model().objects.filter(schemes__in=live).distinct()),
        "life_events": list(LifeEvent.objects.filter(schemes__in=live).distinct()),
        "providers": list(
            _organisation_model().objects.filter(schemes__in=live).distinct()
        ),
    }


def schemes_filter(
    *, q: str = "", onderwerp: str = "", gebeurtenis: str = "", aanbieder: str = ""
):
    """Published schemes matching the list's filters, ready to list."""
    schemes = Scheme.objects.for_list()
    for word in q.split()[:8]:
        schemes = schemes.filter(
            Q(name__icontains=word)
            | Q(official_name__icontains=word)
            | Q(summary__icontains=word)
            | Q(for_whom__icontains=word)
            | Q(provider__name__icontains=word)
        )
    if onderwerp:
        schemes = schemes.filter(themes__slug=onderwerp)
    if gebeurtenis:
        schemes = schemes.filter(life_events__slug=gebeurtenis)
    if aanbieder:
        schemes = schemes.filter(provider_id=aanbieder)
    return schemes.distinct()


def scheme_for_detail(slug: str) -> Scheme | None:
    return (
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("themes", "life_events", "amounts")
        .filter(slug=slug)
        .first()
    )


def schemes_for_theme(theme) -> list[Scheme]:
    """Published schemes of one theme, for its theme page (one query)."""
    if theme is None:
        return []
    return list(
        Scheme.objects.live()
        .filter(themes=theme)
        .select_related("provider")
        .order_by("name")
    )


def schemes_for_check() -> list[Scheme]:
    """Published schemes with their criteria, for the Regelcheck (two queries)."""
    return list(
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("criteria")
        .order_by("name")
    )


def schemes_for_export() -> list[Scheme]:
    return list(
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("themes", "life_events")
        .order_by("name")
    )
