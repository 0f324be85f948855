"""Daily upkeep of peer groups and sign-ups. Run it once a day from cron, e.g.:

    15 6 * * *  cd /srv/eenouderpunt && .venv/bin/python manage.py lotgenoten_daily

It runs, in order: ask organisers to confirm (groups 11 months unconfirmed), hide
groups 12 months unconfirmed (and tell organiser and editors), remind organisers of
sign-ups still new after 5 working days, and delete personal data past retention
(sign-ups 90 days after closing, requests for new groups after 180 days). Each step
is also its own command, so it can be scheduled separately.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Daily upkeep: confirmations, hiding, sign-up reminders, retention."

    def handle(self, *args, **options):
        for command in (
            "peer_groups_ask_confirmation",
            "peer_groups_hide_unconfirmed",
            "signups_remind",
            "lotgenoten_delete_expired",
        ):
            call_command(command, stdout=self.stdout)
