from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the regelingen demo content (idempotent)."

    def handle(self, *args, **options):
        pass  # filled in by the regelingen issue
