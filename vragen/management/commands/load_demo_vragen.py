"""Load the example questions of vragen/seed/ (idempotent). Every question is marked
is_example and shows "Voorbeeld" in the queue: nobody asked these questions."""

from django.core.management.base import BaseCommand
from django.db import transaction

from vragen.seeding import seed_load


class Command(BaseCommand):
    help = "Load the example questions (Voorbeeldvragen). Idempotent."

    @transaction.atomic
    def handle(self, *args, **options):
        created, total = seed_load()
        self.stdout.write(
            f"Voorbeeldvragen geladen: {created} nieuw, {total} in totaal."
        )
