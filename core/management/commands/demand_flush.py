from django.core.management.base import BaseCommand

from core.demand import demand_flush


class Command(BaseCommand):
    help = (
        "Move the postcode-search counters per municipality and month from the "
        "shared cache into the database (cron: every 10 minutes)."
    )

    def handle(self, *args, **options):
        moved = demand_flush()
        if options["verbosity"] > 1 or moved:
            self.stdout.write(f"{moved} zoekvragen verwerkt.")
