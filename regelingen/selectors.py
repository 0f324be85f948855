"""Reads of schemes for pages, the check and the export: each in a fixed number of queries."""

from django.db.models import Max, Min, Q, QuerySet

from content import eligibility
from content.i18n import overlay, source_locale_q
from content.models import Organisation, Theme
from regelingen.models import LifeEvent, Scheme, SchemeCriterion


def filter_options() -> dict:
    """The choices of the list's filter form: only what published schemes use."""
    live = Scheme.objects.live()
    return {
        "themes": overlay(
            Theme.objects.filter(schemes__in=live).distinct(), ["name", "description"]
        ),
        "life_events": list(LifeEvent.objects.filter(schemes__in=live).distinct()),
        "providers": list(Organisation.objects.filter(schemes__in=live).distinct()),
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


def schemes_review_dates() -> dict:
    """When the published schemes were checked by a person: oldest and newest date.

    For the list page's "Laatst gecontroleerd" (one query). Either is None when no
    published scheme has a checked date.
    """
    return Scheme.objects.live().aggregate(
        first=Min("last_reviewed"), last=Max("last_reviewed")
    )


# The text a translation of a scheme gives; the rest stays the Dutch scheme's.
SCHEME_TEXT_FIELDS = ["name", "summary", "check_note"]
SCHEME_DETAIL_TEXT_FIELDS = SCHEME_TEXT_FIELDS + [
    "for_whom",
    "what_you_get",
    "amounts_note",
    "application_channel",
    "what_to_bring",
]


def scheme_for_detail(slug: str) -> Scheme | None:
    scheme = (
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("themes", "life_events", "amounts", "changes")
        .filter(slug=slug)
        .first()
    )
    if scheme is not None:
        overlay([scheme], SCHEME_DETAIL_TEXT_FIELDS)
    return scheme


def schemes_translated(schemes) -> list[Scheme]:
    """The schemes with the active language's name and summary (1 query, none in
    Dutch)."""
    return overlay(schemes, SCHEME_TEXT_FIELDS)


def schemes_for_theme(theme) -> list[Scheme]:
    """Published schemes of one theme, for its theme page (one query)."""
    if theme is None:
        return []
    return overlay(
        Scheme.objects.live()
        .filter(themes=theme)
        .select_related("provider")
        .order_by("name"),
        SCHEME_TEXT_FIELDS,
    )


def scheme_rules_for_check() -> list[eligibility.SchemeRules]:
    """Every published scheme's criteria, as the pure check needs them (one query).

    Plain values, no model instances: the check evaluates all schemes, and only the
    ones it finds are loaded whole (schemes_by_slug). Ordered by scheme name.
    """
    rows = (
        SchemeCriterion.objects.filter(source_locale_q("scheme__"), scheme__live=True)
        .order_by("scheme__name", "scheme_id", "sort_order", "id")
        .values_list(
            "scheme__slug",
            "scheme__check_maybe_only",
            "question",
            "operator",
            "value",
            "group",
            "reason",
            "open",
        )
    )
    rules: dict[str, tuple[bool, list[eligibility.Criterion]]] = {}
    for slug, maybe_only, question, operator, value, group, reason, is_open in rows:
        criterion = eligibility.Criterion(
            question=question,
            operator=operator,
            value=value,
            group=group,
            reason=reason,
            open=is_open,
        )
        rules.setdefault(slug, (maybe_only, []))[1].append(criterion)
    return [
        eligibility.SchemeRules(key=slug, criteria=tuple(criteria), maybe_only=maybe)
        for slug, (maybe, criteria) in rules.items()
    ]


def schemes_by_slug(slugs) -> dict[str, Scheme]:
    """Published schemes with what a Regelcheck result shows, by slug (one query)."""
    schemes = (
        Scheme.objects.live()
        .filter(slug__in=list(slugs))
        .select_related("provider")
        .only(
            "slug",
            "name",
            "summary",
            "check_note",
            "official_url",
            "provider__name",
            "sources",  # the result's "Bronnen" line
            "last_reviewed",
            "translation_key",
        )
    )
    return {scheme.slug: scheme for scheme in overlay(schemes, SCHEME_TEXT_FIELDS)}


def schemes_for_export() -> list[Scheme]:
    return list(
        Scheme.objects.live()
        .select_related("provider")
        .prefetch_related("themes", "life_events")
        .order_by("name")
    )


def schemes_for_sitemap() -> QuerySet[Scheme]:
    """Published schemes with what the sitemap shows (slug, last publish): 1 query."""
    return Scheme.objects.live().only("slug", "last_published_at").order_by("slug")
