"""Delete sign-ups 90 days after closing and requests for new groups after 180
days (daily cron)."""

from django.core.management.base import BaseCommand

from lotgenoten.services import (
    organiser_link_uses_delete_expired,
    personal_data_delete_expired,
)


class Command(BaseCommand):
    help = "Delete personal data past its retention period."

    def handle(self, *args, **options):
        signups, requests = personal_data_delete_expired()
        organiser_link_uses_delete_expired()
        self.stdout.write(
            f"Gewist: {signups} aanmeldingen, {requests} verzoeken nieuwe groep."
        )
