"""Delete "Wat miste je?" comments and handled "dit klopt niet" reports after
FEEDBACK_RETENTION_DAYS (default 365; daily cron). The monthly counts hold nothing
about a person and stay."""

from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.services import feedback_delete_expired

RETENTION_DAYS = 365


class Command(BaseCommand):
    help = "Delete feedback comments and handled error reports past their retention."

    def handle(self, *args, **options):
        days = getattr(settings, "FEEDBACK_RETENTION_DAYS", RETENTION_DAYS)
        deleted = feedback_delete_expired(days=days)
        self.stdout.write(f"Gewist: {deleted} opmerkingen en afgehandelde meldingen.")
