"""Create the demo site: home page, the ten themes and the standard pages. Idempotent."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from content.demo.standard_pages import STANDARD_PAGES
from content.demo.themes import THEMES
from content.models import HomePage, StandardPage, Theme, ThemePage

DEMO_EDITOR_EMAIL = "redactie@eenouderpunt.example"
DEMO_EDITOR_PASSWORD = "demo-redactie-2026"
REVIEWED = datetime.date(2026, 11, 1)
NEXT_REVIEW = datetime.date(2027, 5, 1)


def _source_blocks(sources):
    return [{"type": "source", "value": s} for s in sources]


class Command(BaseCommand):
    help = "Load the demo content (home page, themes, standard pages, demo editor)."

    @transaction.atomic
    def handle(self, *args, **options):
        home = self._home()
        for order, (slug, name, description, intro) in enumerate(THEMES):
            theme, _ = Theme.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "description": description,
                    "sort_order": order,
                },
            )
            if not ThemePage.objects.filter(slug=slug).exists():
                home.add_child(
                    instance=ThemePage(
                        title=name,
                        slug=slug,
                        theme=theme,
                        intro=intro,
                        show_in_menus=True,
                        last_reviewed=REVIEWED,
                        next_review_due=NEXT_REVIEW,
                    )
                )
        for data in STANDARD_PAGES:
            if not StandardPage.objects.filter(slug=data["slug"]).exists():
                home.add_child(
                    instance=StandardPage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data["intro"],
                        body=data["body"],
                        sources=_source_blocks(data["sources"]),
                        last_reviewed=REVIEWED,
                        next_review_due=NEXT_REVIEW,
                    )
                )
        self._editor()
        self.stdout.write("Demo-inhoud geladen.")

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
