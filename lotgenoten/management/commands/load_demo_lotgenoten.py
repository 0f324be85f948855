"""Load the example peer groups and events of lotgenoten/seed/ (idempotent). Every group is marked
is_example and shows "Voorbeeldgroep": none of these groups exists. Addresses are
@example.org, there are no phone numbers, venues are generic ("buurthuis")."""

from django.core.management.base import BaseCommand
from django.db import transaction

from lotgenoten.seeding import events_seed_load, seed_load


class Command(BaseCommand):
    help = "Load the example peer groups (Voorbeeldgroepen). Idempotent."

    @transaction.atomic
    def handle(self, *args, **options):
        created, total = seed_load()
        self.stdout.write(
            f"Voorbeeldgroepen geladen: {created} nieuw, {total} in totaal."
        )
        changed, events = events_seed_load()
        self.stdout.write(
            f"Voorbeeldactiviteiten geladen: {changed} nieuw of verzet, "
            f"{events} in totaal."
        )
