"""Queue mail again that the outbox gave up on (after the mail server is fixed), and
mail whose retry is overdue (a worker that was stopped mid-task).

A mail that is already delivered is gone from the outbox, so running this twice, or
while a worker is busy, sends nothing twice.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.outbox.models import OutboxMail
from core.outbox.tasks import mail_deliver

OVERDUE_AFTER = datetime.timedelta(hours=1)


class Command(BaseCommand):
    help = "Queue failed and overdue outbox mail for delivery again."

    def handle(self, *args, **options):
        overdue = timezone.now() - OVERDUE_AFTER
        mails = OutboxMail.objects.filter(
            Q(status=OutboxMail.Status.FAILED)
            | Q(status=OutboxMail.Status.RETRYING, next_attempt_at__lt=overdue)
            | Q(status=OutboxMail.Status.QUEUED, created_at__lt=overdue)
        )
        count = 0
        for mail in mails.iterator():
            with transaction.atomic():
                if mail.status == OutboxMail.Status.FAILED:
                    mail.attempts = 0
                mail.status = OutboxMail.Status.QUEUED
                mail.next_attempt_at = None
                mail.save(update_fields=["attempts", "status", "next_attempt_at"])
                mail_deliver.enqueue(mail.pk)
            count += 1
        self.stdout.write(f"{count} e-mail(s) opnieuw in de wachtrij.")
