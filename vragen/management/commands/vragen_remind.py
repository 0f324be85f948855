"""Remind whoever answers a question 1 working day before its due date (daily
cron, see docs/deployment.md). One reminder per question."""

from django.core.management.base import BaseCommand

from vragen.services import questions_remind


class Command(BaseCommand):
    help = "Remind of questions 1 working day before their due date."

    def handle(self, *args, **options):
        self.stdout.write(f"Herinneringen verstuurd: {questions_remind()}")
