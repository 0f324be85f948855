"""Load the seed content of content/seed/ (themes, pages, plans, helplines, glossary)
and the demo editor. Idempotent: see content.seeding."""

from django.core.management.base import BaseCommand
from django.db import transaction

from content.seeding import seed_load


class Command(BaseCommand):
    help = "Load the demo content (themes, pages, plans, helplines, glossary, editor)."

    @transaction.atomic
    def handle(self, *args, **options):
        seed_load()
        self.stdout.write("Demo-inhoud geladen.")
