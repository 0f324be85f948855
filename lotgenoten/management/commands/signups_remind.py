"""Remind organisers of sign-ups still new after 5 working days (daily cron)."""

from django.core.management.base import BaseCommand

from lotgenoten.services import signups_remind


class Command(BaseCommand):
    help = "Remind organisers of sign-ups still new after 5 working days."

    def handle(self, *args, **options):
        self.stdout.write(f"Herinneringen verstuurd: {signups_remind()}")
