"""Turn the files in content/seed/ into themes, pages, plans, helplines and glossary.

Idempotent: a record whose key (slug, name, term) exists is left alone, so editors'
changes in the admin survive a second run. docs/content.md describes the files.
"""

import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from content import translation_seed
from content.i18n import in_source_locale
from content.models import (
    GlossaryPage,
    GlossaryTerm,
    Helpline,
    HelplineIndexPage,
    HomePage,
    InfoPage,
    Organisation,
    PublicHoliday,
    SearchSynonym,
    StandardPage,
    StepPlanIndexPage,
    StepPlanPage,
    Theme,
    ThemePage,
)
from core.seed import (
    Directive,
    Heading,
    Prose,
    SeedError,
    markdown_html,
    markdown_parts,
    pages_read,
    seed_path,
    yaml_file,
    yaml_read,
)

APP = "content"
DEMO_EDITOR_EMAIL = "redactie@eenouderpunt.example"
DEMO_EDITOR_PASSWORD = "demo-redactie-2026"
REVIEWED = datetime.date(2026, 11, 1)
NEXT_REVIEW = datetime.date(2027, 5, 1)
SPECIAL_PAGES = {
    "helpline_index": HelplineIndexPage,
    "glossary": GlossaryPage,
    "step_plan_index": StepPlanIndexPage,
}


def _nl(manager):
    """The Dutch rows: the translations are loaded after them (translation_seed)."""
    return in_source_locale(manager.all())


def review_fields(data: dict) -> dict:
    """Freshness and sources: a file may set its own review dates."""
    return {
        "last_reviewed": data.get("last_reviewed", REVIEWED),
        "next_review_due": data.get("next_review_due", NEXT_REVIEW),
        "sources": source_blocks(data.get("sources", [])),
    }


def page_fields(data: dict) -> dict:
    """What every seeded page has: review fields, the description a file may
    set, and publish dates (a page made with `add_child` has none, and the
    sitemap's `lastmod` reads `last_published_at`)."""
    now = timezone.now()
    return {
        **review_fields(data),
        "search_description": data.get("search_description", ""),
        "first_published_at": now,
        "last_published_at": now,
    }


def source_blocks(sources: list[dict]) -> list[dict]:
    return [
        {
            "type": "source",
            "value": {
                "title": s["title"],
                "url": s["url"],
                "publisher": s.get("publisher", ""),
            },
        }
        for s in sources
    ]


def body_blocks(record: dict) -> list[dict]:
    """A page's Markdown body as StreamField data (content.blocks.BodyBlock)."""
    blocks = []
    for part in markdown_parts(record["body"], record["path"]):
        if isinstance(part, Heading):
            value = {"text": part.text, "level": f"h{part.level}"}
            blocks.append({"type": "heading", "value": value})
        elif isinstance(part, Prose):
            blocks.append({"type": "paragraph", "value": part.html})
        else:
            blocks.append(_directive_block(part, record["path"]))
    return blocks


def _directive_block(part: Directive, path) -> dict:
    if part.name in ("tip", "warning"):
        return {"type": part.name, "value": {"text": markdown_html(part.text)}}
    data = part.data()
    if part.name == "faq":
        questions = [
            {"question": q["question"], "answer": markdown_html(q["answer"])}
            for q in data["questions"]
        ]
        value = {"heading": data.get("heading", ""), "questions": questions}
        return {"type": "faq", "value": value}
    if part.name == "contact":
        helpline, organisation = data.get("helpline"), data.get("organisation")
        value = {
            "helpline": _nl(Helpline.objects).get(name=helpline).pk
            if helpline
            else None,
            "organisation": (
                Organisation.objects.get(name=organisation).pk if organisation else None
            ),
            "text": data.get("text", ""),
        }
        return {"type": "contact", "value": value}
    if part.name == "table":
        table = {
            "columns": [{"type": "text", "heading": h} for h in data["columns"]],
            "rows": [{"values": list(row)} for row in data["rows"]],
        }
        value = {"caption": data.get("caption", ""), "table": table}
        return {"type": "table", "value": value}
    raise SeedError(f"{path}: unknown block '::: {part.name}'")


def seed_load() -> None:
    editor = _editor()
    home = _home()
    themes = _themes(home)
    _organisations()
    _helplines(themes)
    terms = _glossary()
    _search_synonyms()
    _standard_pages(home)
    _special_pages(home)
    _info_pages(terms, editor)
    _step_plans(themes)
    if settings.SEED_TRANSLATIONS:
        locales_synchronise()
        translations_load()


def locales_synchronise() -> None:
    """English and Arabic follow the Dutch tree: every Dutch page gets a copy in
    each (an alias, showing the Dutch text, until it is translated)."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == source.language_code:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if not LocaleSynchronization.objects.filter(locale=locale).exists():
            LocaleSynchronization.objects.create(locale=locale, sync_from=source)
        else:
            # Pages added since: wagtail-localize's own sync (as "Sync" in the admin).
            LocaleSynchronization.objects.get(locale=locale).sync_trees()


def _is_translated(source_obj, language: str) -> bool:
    """Create-only, as the Dutch load: a translation (not an alias) is left alone."""
    translated = source_obj.get_translation_or_none(
        Locale.objects.get(language_code=language)
    )
    return translated is not None and not getattr(translated, "alias_of_id", None)


def _store(source_obj, values: dict, language: str, label) -> None:
    if source_obj is None or not values or _is_translated(source_obj, language):
        return
    translation_seed.translation_store(source_obj, values, language, label)


def _by_key(records: list[dict], dutch: list[dict], key: str, label) -> list:
    """(Dutch record, translated record) pairs: by `dutch_<key>` or `key` when a
    record has one, else by position (the same order as the Dutch file)."""
    by_key = {d[key]: d for d in dutch}
    pairs = []
    for index, record in enumerate(records):
        wanted = record.get(f"dutch_{key}") or record.get(key)
        if wanted is None and key == "slug":
            wanted = record.get("slug")
        if wanted is not None:
            if wanted not in by_key:
                raise SeedError(f"{label}: no Dutch entry '{wanted}'")
            pairs.append((by_key[wanted], record))
        elif len(records) == len(dutch):
            pairs.append((dutch[index], record))
        else:
            raise SeedError(
                f"{label}: entry {index + 1} has no 'dutch_{key}' and the file has "
                f"another number of entries than the Dutch one"
            )
    return pairs


def translations_load() -> None:
    """content/seed/translations/<lang>/…: real wagtail-localize translations of
    the pages and snippets whose file exists (content.translation_seed)."""
    for language in translation_seed.languages(APP):
        root = translation_seed.translations_root(APP) / language
        _home_translation(root, language)
        _themes_translation(root, language)
        _helplines_translation(root, language)
        _glossary_translation(root, language)
        _pages_translation(root, language)


def _home_translation(root, language) -> None:
    path = root / "home.yaml"
    if path.exists():
        data = yaml_file(path) or {}
        _store(_home(), translation_seed.page_values(data), language, path)


def _themes_translation(root, language) -> None:
    path = root / "themes.yaml"
    if not path.exists():
        return
    dutch = yaml_read(APP, "themes.yaml")
    pages = {p.slug: p for p in _nl(ThemePage.objects)}
    for source, record in _by_key(yaml_file(path) or [], dutch, "slug", path):
        theme = _nl(Theme.objects).filter(slug=source["slug"]).first()
        values = {k: record[k] for k in ("name", "description") if record.get(k)}
        _store(theme, values, language, path)
        page_values = {"title": record.get("title") or record.get("name")}
        if record.get("intro"):
            page_values["intro"] = record["intro"]
        _store(pages.get(source["slug"]), page_values, language, path)


def _helplines_translation(root, language) -> None:
    path = root / "helplines.yaml"
    if not path.exists():
        return
    dutch = yaml_read(APP, "helplines.yaml")
    for source, record in _by_key(yaml_file(path) or [], dutch, "name", path):
        line = _nl(Helpline.objects).filter(name=source["name"]).first()
        fields = ("name", "description", "cost", "hours_note")
        values = {k: record[k] for k in fields if record.get(k)}
        _store(line, values, language, path)


def _glossary_translation(root, language) -> None:
    path = root / "glossary.yaml"
    if not path.exists():
        return
    dutch = yaml_read(APP, "glossary.yaml")
    for source, record in _by_key(yaml_file(path) or [], dutch, "term", path):
        term = _nl(GlossaryTerm.objects).filter(term=source["term"]).first()
        fields = ("term", "explanation", "alternatives", "variants")
        values = {k: record[k] for k in fields if record.get(k)}
        _store(term, values, language, path)


def _pages_translation(root, language) -> None:
    """The Markdown mirrors: the Dutch file at the same relative path names the page."""
    dutch_root = seed_path(APP)
    info_parents = {p.slug: p for p in _nl(ThemePage.objects)}
    info_pages = {p.slug: p for p in _nl(InfoPage.objects)}
    for path in sorted(root.glob("**/*.md")):
        relative = path.relative_to(root)
        dutch_path = dutch_root / relative
        if not dutch_path.exists():
            raise SeedError(f"{path}: no Dutch file {relative}")
        dutch = translation_seed.markdown_read(dutch_path)
        record = translation_seed.markdown_read(path)
        folder = relative.parts[0]
        values = translation_seed.page_values(record)
        if folder == "special_pages":
            page = _nl(SPECIAL_PAGES[dutch["type"]].objects).first()
        elif folder == "standard_pages":
            page = _nl(StandardPage.objects).filter(slug=dutch["slug"]).first()
            values["body"] = body_blocks(record)
        elif folder == "info_pages":
            parent = info_parents.get(relative.parts[1])
            page = (
                _nl(InfoPage.objects)
                .child_of(parent)
                .filter(slug=dutch["slug"])
                .first()
                if parent
                else None
            )
            values["body"] = body_blocks(record)
        elif folder == "step_plans":
            page = _nl(StepPlanPage.objects).filter(slug=dutch["slug"]).first()
            values["steps"] = _steps(record, info_pages)
        else:
            raise SeedError(f"{path}: unknown folder {folder}")
        _store(page, values, language, path)


def _themes(home) -> dict[str, Theme]:
    themes = {}
    existing = set(_nl(ThemePage.objects).values_list("slug", flat=True))
    for order, data in enumerate(yaml_read(APP, "themes.yaml")):
        slug = data["slug"]
        theme, _ = _nl(Theme.objects).update_or_create(
            slug=slug,
            defaults={
                "name": data["name"],
                "description": data["description"],
                "sort_order": order,
            },
        )
        themes[slug] = theme
        if slug not in existing:
            home.add_child(
                instance=ThemePage(
                    title=data["name"],
                    slug=slug,
                    theme=theme,
                    intro=data["intro"],
                    show_in_menus=True,
                    **page_fields(data),
                )
            )
    return themes


def _organisations() -> None:
    existing = set(Organisation.objects.values_list("name", flat=True))
    for data in yaml_read(APP, "organisations.yaml"):
        if data["name"] not in existing:
            Organisation.objects.create(
                name=data["name"],
                kind=data["kind"],
                website=data.get("website", ""),
                description=data.get("description", ""),
            )


def _helplines(themes) -> None:
    existing = set(_nl(Helpline.objects).values_list("name", flat=True))
    for order, data in enumerate(yaml_read(APP, "helplines.yaml")):
        if data["name"] in existing:
            continue
        organisation = (
            Organisation.objects.get(name=data["organisation"])
            if data.get("organisation")
            else None
        )
        line = Helpline(
            name=data["name"],
            organisation=organisation,
            description=data["description"],
            phone=data.get("phone", ""),
            website=data["website"],
            cost=data.get("cost", ""),
            anonymous=data.get("anonymous", False),
            always_open=data.get("always_open", False),
            is_emergency=data.get("is_emergency", False),
            hours_note=data.get("hours_note", ""),
            sort_order=order,
            # The website is the line's address, not a source: a homepage states no
            # fact. Sources are deep links in `sources` (tests/test_demo_sources.py).
            **review_fields({**data, "sources": data.get("sources", [])}),
        )
        line.save()
        for index, slot in enumerate(data.get("weekly_hours", [])):
            line.weekly_hours.create(
                weekday=slot["weekday"],
                opens=datetime.time.fromisoformat(slot["opens"]),
                closes=datetime.time.fromisoformat(slot["closes"]),
                sort_order=index,
            )
        line.themes.set([themes[slug] for slug in data["themes"]])
        line.save_revision().publish()
    existing_days = set(PublicHoliday.objects.values_list("date", flat=True))
    for data in yaml_read(APP, "public_holidays.yaml"):
        if data["date"] not in existing_days:
            PublicHoliday.objects.create(date=data["date"], name=data["name"])


def _glossary() -> dict[str, GlossaryTerm]:
    terms = {term.term: term for term in _nl(GlossaryTerm.objects)}
    for data in yaml_read(APP, "glossary.yaml"):
        if data["term"] not in terms:
            terms[data["term"]] = GlossaryTerm.objects.create(
                term=data["term"],
                explanation=data["explanation"],
                alternatives=data.get("alternatives", ""),
                variants=data.get("variants", ""),
            )
    return terms


def _search_synonyms() -> None:
    existing = set(SearchSynonym.objects.values_list("word", flat=True))
    for data in yaml_read(APP, "search_synonyms.yaml"):
        word = " ".join(data["word"].lower().split())
        if word not in existing:
            SearchSynonym.objects.create(
                word=word, also_means=", ".join(data["also_means"])
            )
            existing.add(word)


def _standard_pages(home) -> None:
    # Early demo databases had /hulp/ as a standard page; it is a helpline page now.
    _nl(StandardPage.objects).filter(slug="hulp", depth=home.depth + 1).delete()
    existing = set(_nl(StandardPage.objects).values_list("slug", flat=True))
    for data in pages_read(APP, "standard_pages"):
        if data["slug"] not in existing:
            home.add_child(
                instance=StandardPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    body=body_blocks(data),
                    **page_fields(data),
                )
            )


def _special_pages(home) -> None:
    for data in pages_read(APP, "special_pages"):
        model = SPECIAL_PAGES[data["type"]]
        if not _nl(model.objects).exists():
            home.add_child(
                instance=model(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data["intro"],
                    show_in_menus=data.get("show_in_menus", False),
                    **page_fields(data),
                )
            )


def _info_pages(terms, editor) -> None:
    parents = {page.path: page for page in _nl(ThemePage.objects)}
    existing = {
        (parents[path[: -Page.steplen]].slug, slug)
        for path, slug in _nl(InfoPage.objects).values_list("path", "slug")
        if path[: -Page.steplen] in parents
    }
    by_slug = {page.slug: page for page in parents.values()}
    for theme in yaml_read(APP, "themes.yaml"):
        for data in pages_read(APP, f"info_pages/{theme['slug']}"):
            if (theme["slug"], data["slug"]) in existing:
                continue
            page = InfoPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=body_blocks(data),
                review_owner=editor,
                **page_fields(data),
            )
            page.glossary_terms = [terms[t] for t in data.get("terms", [])]
            by_slug[theme["slug"]].add_child(instance=page)


def _step_plans(themes) -> None:
    existing = set(_nl(StepPlanPage.objects).values_list("slug", flat=True))
    records = [r for r in pages_read(APP, "step_plans") if r["slug"] not in existing]
    if not records:
        return
    index = _nl(StepPlanIndexPage.objects).get()
    pages = {p.slug: p for p in _nl(InfoPage.objects)}
    for data in records:
        plan = StepPlanPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            steps=_steps(data, pages),
            **page_fields(data),
        )
        plan.themes = [themes[slug] for slug in data["themes"]]
        index.add_child(instance=plan)


def _steps(record: dict, pages: dict) -> list[dict]:
    """`## Title` starts a step; its prose is what to do; `::: step` holds the rest."""
    steps = []
    for part in markdown_parts(record["body"], record["path"]):
        if isinstance(part, Heading) and part.level == 2:
            steps.append({"title": part.text, "what": [], "extra": {}})
        elif not steps:
            raise SeedError(f"{record['path']}: text before the first '## step'")
        elif isinstance(part, Prose):
            steps[-1]["what"].append(part.html)
        elif isinstance(part, Directive) and part.name == "step":
            steps[-1]["extra"] = part.data()
        else:
            raise SeedError(f"{record['path']}: unexpected {part} in a step plan")
    blocks = []
    for step in steps:
        extra = step["extra"]
        links = [
            {"page": pages[slug].pk, "url": "", "title": ""}
            for slug in extra.get("pages", [])
        ] + [
            {"page": None, "url": link["url"], "title": link["title"]}
            for link in extra.get("links", [])
        ]
        value = {
            "title": step["title"],
            "logic": extra.get("logic", ""),
            "what_to_do": "".join(step["what"]),
            "contact_first": extra.get("contact", ""),
            "bring": extra.get("bring", []),
            "when": extra.get("when", ""),
            "links": links,
            "situations": extra.get("situations", []),
            "conditions": extra.get("conditions", []),
            "deadlines": [_deadline(rule) for rule in extra.get("deadlines", [])],
        }
        blocks.append({"type": "step", "value": value})
    return blocks


def _deadline(rule: dict) -> dict:
    """A deadline rule from a seed file, with its dates as the block stores them."""
    value = {
        "text": rule["text"],
        "event": rule.get("event", ""),
        "amount": rule.get("amount"),
        "unit": rule.get("unit", "days"),
        "month": rule.get("month"),
        "day": rule.get("day"),
        "costs_money": rule.get("costs_money", False),
        "source_url": rule["source"],
    }
    for key in ("valid_from", "valid_to"):
        day = rule.get(key)
        value[key] = day.isoformat() if day else None
    return value


def _home() -> HomePage:
    home = _nl(HomePage.objects).first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Replace Wagtail's "Welcome" page, which the first migration creates.
    for page in root.get_children():
        if page.slug == "home" and page.specific_class is Page:
            page.delete()
    home = root.add_child(
        instance=HomePage(
            title="Eenouderpunt",
            slug="home",
            intro="Informatie, regelingen en hulp in de buurt. Je hoeft niet te "
            "zeggen wie je bent.",
            first_published_at=timezone.now(),
            last_published_at=timezone.now(),
        )
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Eenouderpunt",
        },
    )
    return home


def _editor():
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username="redactie",
        defaults={
            "email": DEMO_EDITOR_EMAIL,
            "is_staff": True,
            "is_superuser": True,
            "first_name": "Demo",
            "last_name": "Redactie",
        },
    )
    if created:
        user.set_password(DEMO_EDITOR_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user,
        email=DEMO_EDITOR_EMAIL,
        defaults={"verified": True, "primary": True},
    )
    return user
