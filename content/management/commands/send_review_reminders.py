"""E-mail each owner the pages and snippets whose review date has passed.

Run it daily or weekly (cron). The e-mails go through the outbox (core.mail);
in development the worker prints them to the console.
Items without an owner are listed in the output, for the editors-in-chief.
"""

from collections import defaultdict

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from content.review import review_items_due
from core.mail import mail_queue

SUBJECT = "Eenouderpunt: {count} onderdelen moeten gecontroleerd worden"


class Command(BaseCommand):
    help = "Mail owners their overdue pages and snippets (review date passed)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be sent; send nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        overdue = [
            item for item in review_items_due(today, within_days=0) if item.overdue
        ]
        by_owner = defaultdict(list)
        unowned = []
        for item in overdue:
            if item.owner is not None and item.owner.email:
                by_owner[item.owner].append(item)
            else:
                unowned.append(item)
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for owner, items in by_owner.items():
            lines = [
                f"Hallo {owner.get_full_name() or owner.get_username()},",
                "",
                "Deze onderdelen van Eenouderpunt moeten opnieuw gecontroleerd worden:",
                "",
            ]
            for item in items:
                lines.append(
                    f"- {item.title} ({item.kind}), controle was gepland op "
                    f"{item.next_review_due:%d-%m-%Y}: {base_url}{item.edit_url}"
                )
            lines += [
                "",
                "Kloppen de tekst en de bronnen nog? Pas dan 'laatst gecontroleerd' en "
                "'volgende controle' aan.",
                f"Alles op een rij: {base_url}/admin/rapporten/te-controleren/",
            ]
            if dry_run:
                self.stdout.write(f"[dry-run] {owner.email}: {len(items)} onderdelen")
                continue
            mail_queue(
                [owner.email],
                SUBJECT.format(count=len(items)),
                "\n".join(lines),
                from_email=settings.DEFAULT_FROM_EMAIL,
            )
        for item in unowned:
            self.stdout.write(f"Zonder eigenaar: {item.title} ({item.kind})")
        self.stdout.write(
            f"{len(by_owner)} e-mails, {len(overdue)} te laat, {len(unowned)} zonder eigenaar."
        )
