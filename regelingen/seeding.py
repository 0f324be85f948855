"""Turn the files in regelingen/seed/ into life events, providers and schemes.

Idempotent: a scheme that already exists (by slug) is left alone, so editors' changes
survive a second run. Themes are looked up by slug; a missing theme is skipped.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from wagtail.models import Locale, Page

from content import translation_seed
from content.i18n import in_source_locale
from content.models import Organisation, Theme
from core.seed import SeedError, yaml_file, yaml_read
from regelingen.models import (
    LifeEvent,
    Scheme,
    SchemeAmount,
    SchemeChange,
    SchemeCriterion,
)

APP = "regelingen"
REVIEWED = datetime.date(2026, 11, 1)
NEXT_REVIEW = datetime.date(2027, 5, 1)
SCHEME_FIELDS = (
    "name",
    "official_name",
    "summary",
    "level",
    "for_whom",
    "what_you_get",
    "amounts_note",
    "application_channel",
    "what_to_bring",
    "official_url",
    "legal_basis",
    "check_note",
)


LIST_FIELDS = (
    "themes",
    "life_events",
    "steps",
    "criteria",
    "amounts",
    "changes",
    "sources",
    "related_plans",
)


def schemes_read() -> list[dict]:
    """The scheme records of regelingen/seed/schemes.yaml; a list left out is []."""
    records = yaml_read(APP, "schemes.yaml")
    for record in records:
        for field in LIST_FIELDS:
            record.setdefault(field, [])
    return records


def seed_load() -> int:
    """Create what is missing, then the translations from files; return how many
    schemes were created."""
    created = _dutch_load()
    if settings.SEED_TRANSLATIONS:
        translations_load()
    return created


# The text of a scheme a translation file may give (regelingen/seed/translations/
# <lang>/schemes.yaml, keyed by slug); the rest follows the Dutch scheme.
TRANSLATED_FIELDS = (
    "name",
    "summary",
    "for_whom",
    "what_you_get",
    "amounts_note",
    "application_channel",
    "what_to_bring",
    "check_note",
)


def translations_load() -> None:
    for language in translation_seed.languages(APP):
        path = translation_seed.translations_root(APP) / language / "schemes.yaml"
        if not path.exists():
            continue
        locale = Locale.objects.get(language_code=language)
        for index, record in enumerate(yaml_file(path) or []):
            if "slug" not in record:
                raise SeedError(f"{path}: entry {index + 1} has no slug")
            scheme = in_source_locale(
                Scheme.objects.filter(slug=record["slug"])
            ).first()
            if scheme is None:
                raise SeedError(f"{path}: no Dutch scheme '{record['slug']}'")
            if scheme.get_translation_or_none(locale) is not None:
                continue  # create-only, as the Dutch load
            values = {k: record[k] for k in TRANSLATED_FIELDS if record.get(k)}
            translation_seed.translation_store(scheme, values, language, path)


def _dutch_load() -> int:
    events = {event.slug: event for event in LifeEvent.objects.all()}
    for order, data in enumerate(yaml_read(APP, "life_events.yaml")):
        if data["slug"] not in events:
            events[data["slug"]] = LifeEvent.objects.create(
                slug=data["slug"], name=data["name"], sort_order=order
            )
    providers = {}
    existing = {o.name: o for o in Organisation.objects.all()}
    for data in yaml_read(APP, "providers.yaml"):
        providers[data["name"]] = existing.get(
            data["name"]
        ) or Organisation.objects.create(
            name=data["name"],
            kind=data["kind"],
            website=data.get("website", ""),
            description=data.get("description", ""),
        )
    slugs = set(Scheme.objects.values_list("slug", flat=True))
    records = [r for r in schemes_read() if r["slug"] not in slugs]
    if not records:
        return 0
    themes = {theme.slug: theme for theme in in_source_locale(Theme.objects.all())}
    plan_slugs = {slug for r in records for slug in r.get("related_plans", [])}
    plans = {
        p.slug: p
        for p in in_source_locale(Page.objects.live()).filter(slug__in=plan_slugs)
    }
    for data in records:
        _scheme_create(data, providers, themes, events, plans)
    return len(records)


def schemes_refresh(slugs) -> list[str]:
    """Set the texts, sources, changes and rules of these existing schemes to the seed file.

    For a fix of the rules themselves (seed_load never touches an existing scheme):
    this overwrites what editors changed in these schemes, so only name the schemes
    whose rules were corrected. Returns the slugs that were updated.
    """
    records = {r["slug"]: r for r in schemes_read()}
    updated = []
    for scheme in in_source_locale(
        Scheme.objects.filter(slug__in=list(slugs))
    ).order_by("slug"):
        data = records.get(scheme.slug)
        if data is None:
            continue
        for name in SCHEME_FIELDS:
            setattr(scheme, name, data.get(name, ""))
        scheme.check_maybe_only = data.get("check_maybe_only", False)
        scheme.application_steps = _steps(data)
        scheme.sources = _sources(data)
        scheme.last_reviewed = data.get("last_reviewed", REVIEWED)
        scheme.criteria = _criteria(data)
        scheme.changes = _changes(data)
        scheme.save()
        scheme.save_revision(log_action=False).publish(log_action=False)
        updated.append(scheme.slug)
    return updated


def _steps(data) -> list[dict]:
    return [
        {"type": "step", "value": {"title": step["title"], "text": step["text"]}}
        for step in data.get("steps", [])
    ]


def _sources(data) -> list[dict]:
    return [
        {
            "type": "source",
            "value": {
                "title": s["title"],
                "url": s["url"],
                "publisher": s.get("publisher", ""),
            },
        }
        for s in data.get("sources", [])
    ]


def _changes(data) -> list[SchemeChange]:
    """The dated changes ("Wat verandert er?"): {valid_from, text, source_url}."""
    return [
        SchemeChange(
            valid_from=row["valid_from"],
            text=row["text"],
            source_url=row["source_url"],
            sort_order=order,
        )
        for order, row in enumerate(data.get("changes", []))
    ]


def _criteria(data) -> list[SchemeCriterion]:
    return [
        SchemeCriterion(
            question=row["question"],
            operator=row["operator"],
            value=row["value"],
            group=row.get("group", 1),
            reason=row.get("reason", ""),
            open=row.get("open", False),
            legal_basis=row.get("legal_basis", ""),
            source_url=row.get("source_url", ""),
            sort_order=order,
        )
        for order, row in enumerate(data.get("criteria", []))
    ]


def _scheme_create(data, providers, themes, events, plans) -> None:
    scheme = Scheme(
        slug=data["slug"],
        provider=providers[data["provider"]],
        **{field: data.get(field, "") for field in SCHEME_FIELDS},
        application_steps=_steps(data),
        check_maybe_only=data.get("check_maybe_only", False),
        last_reviewed=data.get("last_reviewed", REVIEWED),
        next_review_due=data.get("next_review_due", NEXT_REVIEW),
        sources=_sources(data),
        related_pages=[
            {"type": "page", "value": plans[slug].pk}
            for slug in data.get("related_plans", [])
            if slug in plans
        ],
        live=True,
    )
    scheme.criteria = _criteria(data)
    scheme.changes = _changes(data)
    scheme.amounts = [
        SchemeAmount(
            description=row["description"],
            amount=Decimal(str(row["amount"])),
            valid_from=row["valid_from"],
            valid_to=row.get("valid_to"),
            source_url=row["source_url"],
            sort_order=order,
        )
        for order, row in enumerate(data.get("amounts", []))
    ]
    scheme.save()
    scheme.themes.set([themes[s] for s in data.get("themes", []) if s in themes])
    scheme.life_events.set([events[s] for s in data.get("life_events", [])])
    scheme.save()
    scheme.save_revision(log_action=False).publish(log_action=False)
