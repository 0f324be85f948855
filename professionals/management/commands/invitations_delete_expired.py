"""Forget municipal invitations (the contact's address) 30 days after they ended
(daily cron)."""

from django.core.management.base import BaseCommand

from professionals.services import invitations_delete_expired


class Command(BaseCommand):
    help = "Delete municipal invitations 30 days after they were used or expired."

    def handle(self, *args, **options):
        self.stdout.write(f"Gewist: {invitations_delete_expired()} uitnodigingen.")
