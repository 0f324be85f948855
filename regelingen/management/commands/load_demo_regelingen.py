"""Load the demo schemes, life events and providers. Idempotent.

A scheme that already exists (by slug) is left alone, so editors' changes survive a
second run. Themes are looked up by slug; a missing theme is skipped, not an error.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from content.models import Organisation, Theme
from regelingen.demo.providers import PROVIDERS
from regelingen.demo.schemes import LIFE_EVENTS, RELATED_PLANS, SCHEMES
from regelingen.models import LifeEvent, Scheme, SchemeCriterion

REVIEWED = datetime.date(2026, 11, 1)
NEXT_REVIEW = datetime.date(2027, 5, 1)


def demo_schemes_load(stdout=None) -> int:
    """Create what is missing; return how many schemes were created."""
    events = {}
    for order, (slug, name) in enumerate(LIFE_EVENTS):
        events[slug], _ = LifeEvent.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    providers = {}
    for name, (kind, website, description) in PROVIDERS.items():
        providers[name], _ = Organisation.objects.get_or_create(
            name=name,
            defaults={"kind": kind, "website": website, "description": description},
        )
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    plan_slugs = {slug for slugs in RELATED_PLANS.values() for slug in slugs}
    plans = {p.slug: p for p in Page.objects.live().filter(slug__in=plan_slugs)}

    created = 0
    for data in SCHEMES:
        if Scheme.objects.filter(slug=data["slug"]).exists():
            continue
        scheme = Scheme(
            slug=data["slug"],
            name=data["name"],
            official_name=data["official_name"],
            summary=data["summary"],
            level=data["level"],
            provider=providers[data["provider"]],
            for_whom=data["for_whom"],
            what_you_get=data["what_you_get"],
            amounts_note=data["amounts_note"],
            application_steps=[
                {"type": "step", "value": {"title": title, "text": text}}
                for title, text in data["steps"]
            ],
            application_channel=data["channel"],
            what_to_bring=data["bring"],
            official_url=data["official_url"],
            legal_basis=data["legal_basis"],
            check_maybe_only=data["maybe_only"],
            check_note=data["check_note"],
            last_reviewed=REVIEWED,
            next_review_due=NEXT_REVIEW,
            sources=[
                {
                    "type": "source",
                    "value": {"title": title, "url": url, "publisher": publisher},
                }
                for title, url, publisher in data["sources"]
            ],
            related_pages=[
                {"type": "page", "value": plans[slug].pk}
                for slug in RELATED_PLANS.get(data["slug"], [])
                if slug in plans
            ],
            live=True,
        )
        scheme.criteria = [
            SchemeCriterion(
                question=question,
                operator=operator,
                value=value,
                group=group,
                reason=reason,
                sort_order=order,
            )
            for order, (question, operator, value, group, reason) in enumerate(
                data["criteria"]
            )
        ]
        scheme.save()
        scheme.themes.set([themes[s] for s in data["themes"] if s in themes])
        scheme.life_events.set([events[s] for s in data["life_events"]])
        scheme.save()
        scheme.save_revision(log_action=False).publish(log_action=False)
        created += 1
    return created


class Command(BaseCommand):
    help = "Load the regelingen demo content (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        created = demo_schemes_load()
        if options["verbosity"]:
            self.stdout.write(f"Regelingen: {created} aangemaakt.")
