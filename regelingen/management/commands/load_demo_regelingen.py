"""Load the schemes, life events and providers of regelingen/seed/. Idempotent: see
regelingen.seeding."""

from django.core.management.base import BaseCommand
from django.db import transaction

from regelingen.seeding import seed_load


class Command(BaseCommand):
    help = "Load the regelingen demo content (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        created = seed_load()
        if options["verbosity"]:
            self.stdout.write(f"Regelingen: {created} aangemaakt.")
