"""Reads of schemes for pages, the check and the export: each in a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import Count, Max, Min, Prefetch, Q, QuerySet, Window
from django.urls import reverse

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


@dataclass
class SchemeRow:
    """What a row of the list shows: plain values, cheap to keep in the cache."""

    name: str
    slug: str
    url: str
    summary: str
    provider_name: str
    level_label: str
    theme_names: str


def schemes_page(schemes: QuerySet, number: int, per_page: int) -> tuple[list, int]:
    """One page of the list (`number` from 1) as SchemeRows, and the number of
    schemes in all.

    One query for the page and the total together (a window count, taken before the
    page is cut out), one for the themes of the schemes on it; only past the last
    page, a count of its own. Each row's address, level and themes are worked out
    once here (a place for a translation overlay too: before the rows are made).
    """
    matching = Scheme.objects.filter(pk__in=schemes.values("pk"))
    start = (number - 1) * per_page
    found = list(
        matching.select_related("provider")
        .only("name", "slug", "summary", "level", "translation_key", "provider__name")
        .prefetch_related(
            Prefetch(
                "themes",
                queryset=Theme.objects.only("name", "translation_key"),
                to_attr="theme_list",
            )
        )
        .annotate(total=Window(Count("pk")))
        .order_by("name", "pk")[start : start + per_page]
    )
    total = found[0].total if found else matching.count()
    overlay(found, SCHEME_TEXT_FIELDS)
    overlay([theme for scheme in found for theme in scheme.theme_list], ["name"])
    levels = dict(Scheme.Level.choices)
    rows = [
        SchemeRow(
            name=scheme.name,
            slug=scheme.slug,
            url=scheme.url,
            summary=scheme.summary,
            provider_name=scheme.provider.name,
            level_label=str(levels.get(scheme.level, scheme.level)),
            theme_names=", ".join(theme.name for theme in scheme.theme_list),
        )
        for scheme in _urls_set(found)
    ]
    return rows, total


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
    schemes = overlay(
        Scheme.objects.live()
        .filter(themes=theme)
        .select_related("provider")
        .only(
            "name", "slug", "summary", "check_note", "translation_key", "provider__name"
        )
        .order_by("name"),
        SCHEME_TEXT_FIELDS,
    )
    return _urls_set(schemes)


def _urls_set(schemes: list[Scheme]) -> list[Scheme]:
    """Each scheme's address as `url`: one reverse() for the list, not one a row."""
    url = reverse("regelingen:detail", kwargs={"slug": "-"})[:-2]
    for scheme in schemes:
        scheme.url = f"{url}{scheme.slug}/"
    return schemes


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
