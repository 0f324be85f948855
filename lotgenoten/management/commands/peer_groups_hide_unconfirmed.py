"""Hide groups not confirmed for 12 months and tell organiser and editors.

Cron (daily): 20 6 * * *  .venv/bin/python manage.py peer_groups_hide_unconfirmed
"""

from django.core.management.base import BaseCommand

from lotgenoten.services import peer_groups_hide_unconfirmed


class Command(BaseCommand):
    help = "Hide peer groups not confirmed for 12 months."

    def handle(self, *args, **options):
        self.stdout.write(f"Verborgen groepen: {peer_groups_hide_unconfirmed()}")
