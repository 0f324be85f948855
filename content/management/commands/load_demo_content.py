"""Create the demo site: themes, pages, plans, helplines, glossary. Idempotent.

A second run changes nothing: pages and plans are only created when their slug is
missing, snippets are matched on their name.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from content.demo.glossary import GLOSSARY
from content.demo.helplines import HELPLINES, ORGANISATIONS, PUBLIC_HOLIDAYS
from content.demo.info_pages import INFO_PAGES
from content.demo.special_pages import GLOSSARY_PAGE, HELPLINE_PAGE, STEP_PLAN_INDEX
from content.demo.standard_pages import STANDARD_PAGES
from content.demo.step_plans import STEP_PLANS
from content.demo.themes import THEME_SOURCES, THEMES
from content.models import (
    GlossaryPage,
    GlossaryTerm,
    Helpline,
    HelplineIndexPage,
    HomePage,
    InfoPage,
    Organisation,
    PublicHoliday,
    StandardPage,
    StepPlanIndexPage,
    StepPlanPage,
    Theme,
    ThemePage,
)

DEMO_EDITOR_EMAIL = "redactie@eenouderpunt.example"
DEMO_EDITOR_PASSWORD = "demo-redactie-2026"
REVIEWED = datetime.date(2026, 11, 1)
NEXT_REVIEW = datetime.date(2027, 5, 1)


def _source_blocks(sources):
    return [{"type": "source", "value": s} for s in sources]


def _review(data=None):
    data = data or {}
    return {
        "last_reviewed": REVIEWED,
        "next_review_due": NEXT_REVIEW,
        "sources": _source_blocks(data.get("sources", [])),
    }


def _resolve(body):
    """Contact blocks in the demo data name their helpline or organisation."""
    resolved = []
    for block in body:
        if block["type"] == "contact":
            value = dict(block["value"])
            if value.get("helpline"):
                value["helpline"] = Helpline.objects.get(name=value["helpline"]).pk
            if value.get("organisation"):
                value["organisation"] = Organisation.objects.get(
                    name=value["organisation"]
                ).pk
            block = {"type": "contact", "value": value}
        resolved.append(block)
    return resolved


class Command(BaseCommand):
    help = "Load the demo content (themes, pages, plans, helplines, glossary, editor)."

    @transaction.atomic
    def handle(self, *args, **options):
        editor = self._editor()
        home = self._home()
        themes = self._themes(home)
        self._organisations()
        self._helplines(themes)
        terms = self._glossary()
        self._standard_pages(home)
        self._special_pages(home)
        self._info_pages(themes, terms, editor)
        self._step_plans(home, themes)
        self.stdout.write("Demo-inhoud geladen.")

    def _themes(self, home):
        themes = {}
        for order, (slug, name, description, intro) in enumerate(THEMES):
            theme, _ = Theme.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "description": description,
                    "sort_order": order,
                },
            )
            themes[slug] = theme
            if not ThemePage.objects.filter(slug=slug).exists():
                home.add_child(
                    instance=ThemePage(
                        title=name,
                        slug=slug,
                        theme=theme,
                        intro=intro,
                        show_in_menus=True,
                        **_review({"sources": THEME_SOURCES.get(slug, [])}),
                    )
                )
        return themes

    def _organisations(self):
        for name, kind, website, description in ORGANISATIONS:
            Organisation.objects.get_or_create(
                name=name,
                defaults={"kind": kind, "website": website, "description": description},
            )

    def _helplines(self, themes):
        for order, data in enumerate(HELPLINES):
            if Helpline.objects.filter(name=data["name"]).exists():
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
                last_reviewed=REVIEWED,
                next_review_due=NEXT_REVIEW,
                sources=_source_blocks(
                    [{"title": data["name"], "url": data["website"], "publisher": ""}]
                ),
            )
            line.save()
            line.themes.set([themes[slug] for slug in data["themes"]])
            line.save_revision().publish()
        for day, name in PUBLIC_HOLIDAYS:
            PublicHoliday.objects.get_or_create(
                date=datetime.date.fromisoformat(day), defaults={"name": name}
            )

    def _glossary(self):
        terms = {}
        for term, explanation, alternatives, variants in GLOSSARY:
            obj, _ = GlossaryTerm.objects.get_or_create(
                term=term,
                defaults={
                    "explanation": explanation,
                    "alternatives": alternatives,
                    "variants": variants,
                },
            )
            terms[term] = obj
        return terms

    def _standard_pages(self, home):
        # Early demo databases had /hulp/ as a standard page; it is a helpline page now.
        StandardPage.objects.filter(slug="hulp", depth=home.depth + 1).delete()
        for data in STANDARD_PAGES:
            if not StandardPage.objects.filter(slug=data["slug"]).exists():
                home.add_child(
                    instance=StandardPage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        body=_resolve(data["body"]),
                        **_review(data),
                    )
                )

    def _special_pages(self, home):
        for model, data in (
            (HelplineIndexPage, HELPLINE_PAGE),
            (GlossaryPage, GLOSSARY_PAGE),
            (StepPlanIndexPage, STEP_PLAN_INDEX),
        ):
            if not model.objects.exists():
                home.add_child(
                    instance=model(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        show_in_menus=data.get("show_in_menus", False),
                        **_review(data),
                    )
                )

    def _info_pages(self, themes, terms, editor):
        for data in INFO_PAGES:
            parent = ThemePage.objects.get(slug=data["theme"])
            if InfoPage.objects.child_of(parent).filter(slug=data["slug"]).exists():
                continue
            page = InfoPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=_resolve(data["body"]),
                review_owner=editor,
                **_review(data),
            )
            page.glossary_terms = [terms[t] for t in data.get("terms", [])]
            parent.add_child(instance=page)

    def _step_plans(self, home, themes):
        index = StepPlanIndexPage.objects.get()
        pages = {p.slug: p for p in InfoPage.objects.all()}
        for data in STEP_PLANS:
            if StepPlanPage.objects.filter(slug=data["slug"]).exists():
                continue
            steps = []
            for step in data["steps"]:
                links = [
                    {"page": pages[slug].pk, "url": "", "title": ""}
                    for slug in step.get("pages", [])
                ] + [
                    {"page": None, "url": url, "title": title}
                    for title, url in step.get("urls", [])
                ]
                steps.append(
                    {
                        "type": "step",
                        "value": {
                            "title": step["title"],
                            "logic": step.get("logic", ""),
                            "what_to_do": step["what"],
                            "contact_first": step.get("contact", ""),
                            "bring": step.get("bring", []),
                            "when": step.get("when", ""),
                            "links": links,
                        },
                    }
                )
            plan = StepPlanPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                steps=steps,
                **_review(data),
            )
            plan.themes = [themes[slug] for slug in data["themes"]]
            index.add_child(instance=plan)

    def _home(self) -> HomePage:
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

    def _editor(self):
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
