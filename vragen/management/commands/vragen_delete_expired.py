"""Delete parents' questions and their answers QUESTION_RETENTION_DAYS (180) days
after closing, and questions never closed after a year (daily cron, see
docs/deployment.md)."""

from django.core.management.base import BaseCommand

from vragen.services import questions_delete_expired


class Command(BaseCommand):
    help = "Delete questions and answers past their retention period."

    def handle(self, *args, **options):
        self.stdout.write(f"Gewist: {questions_delete_expired()} vragen.")
