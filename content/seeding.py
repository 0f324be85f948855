"""Turn the files in content/seed/ into themes, pages, plans, helplines and glossary.

Idempotent: a record whose key (slug, name, term) exists is left alone, so editors'
changes in the admin survive a second run. docs/content.md describes the files.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, Site

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
            "helpline": Helpline.objects.get(name=helpline).pk if helpline else None,
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


def _themes(home) -> dict[str, Theme]:
    themes = {}
    existing = set(ThemePage.objects.values_list("slug", flat=True))
    for order, data in enumerate(yaml_read(APP, "themes.yaml")):
        slug = data["slug"]
        theme, _ = Theme.objects.update_or_create(
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
    existing = set(Helpline.objects.values_list("name", flat=True))
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
    terms = {term.term: term for term in GlossaryTerm.objects.all()}
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
    StandardPage.objects.filter(slug="hulp", depth=home.depth + 1).delete()
    existing = set(StandardPage.objects.values_list("slug", flat=True))
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
        if not model.objects.exists():
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
    parents = {page.path: page for page in ThemePage.objects.all()}
    existing = {
        (parents[path[: -Page.steplen]].slug, slug)
        for path, slug in InfoPage.objects.values_list("path", "slug")
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
    existing = set(StepPlanPage.objects.values_list("slug", flat=True))
    records = [r for r in pages_read(APP, "step_plans") if r["slug"] not in existing]
    if not records:
        return
    index = StepPlanIndexPage.objects.get()
    pages = {p.slug: p for p in InfoPage.objects.all()}
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
    home = HomePage.objects.first()
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
