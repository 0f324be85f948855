"""Load the schemes, life events and providers of regelingen/seed/. Idempotent: see
regelingen.seeding.

--refresh SLUG ... sets the texts and Regelcheck rules of those existing schemes to
the seed file (after a correction of their rules; it overwrites editors' changes)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from regelingen.seeding import schemes_refresh, seed_load


class Command(BaseCommand):
    help = "Load the regelingen demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            nargs="+",
            default=[],
            metavar="SLUG",
            help="Zet tekst en Regelcheck-voorwaarden van deze regelingen terug "
            "naar het seed-bestand (overschrijft wijzigingen van de redactie).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        created = seed_load()
        refreshed = schemes_refresh(options["refresh"]) if options["refresh"] else []
        if options["verbosity"]:
            self.stdout.write(f"Regelingen: {created} aangemaakt.")
            if refreshed:
                self.stdout.write(f"Bijgewerkt: {', '.join(refreshed)}.")
