"""E-mail organisers a signed one-click link when their group is 11 months
unconfirmed (again every 14 days). Cron: see lotgenoten_daily."""

from django.core.management.base import BaseCommand

from lotgenoten.services import peer_groups_ask_confirmation


class Command(BaseCommand):
    help = "Ask organisers to confirm groups not confirmed for 11 months."

    def handle(self, *args, **options):
        self.stdout.write(f"Bevestiging gevraagd: {peer_groups_ask_confirmation()}")
