"""Delete what the outbox keeps: failed mail after OUTBOX_FAILED_RETENTION_DAYS (it
holds personal data) and the worker's finished task rows after a week.

Run daily from cron (docs/deployment.md, "E-mail").
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.outbox.models import OutboxMail
from core.outbox.tasks import TASK_BACKEND

TASK_ROWS_KEPT = datetime.timedelta(days=7)


class Command(BaseCommand):
    help = "Delete failed outbox mail past its retention, and old task rows."

    def handle(self, *args, **options):
        now = timezone.now()
        mails, _ = OutboxMail.objects.filter(
            status=OutboxMail.Status.FAILED,
            created_at__lt=now
            - datetime.timedelta(days=settings.OUTBOX_FAILED_RETENTION_DAYS),
        ).delete()
        tasks, _ = (
            DBTaskResult.objects.finished()
            .filter(backend_name=TASK_BACKEND, finished_at__lt=now - TASK_ROWS_KEPT)
            .delete()
        )
        self.stdout.write(f"{mails} e-mail(s) en {tasks} taakregel(s) verwijderd.")
