"""Import peer groups from CSV (see lotgenoten/csv_io.py for the columns).

    manage.py import_peer_groups groepen.csv [--dry-run]

Rows with errors are not saved; the report names the line and the reason.
"""

from django.core.management.base import BaseCommand, CommandError

from lotgenoten.csv_io import peer_groups_import, report_lines


class Command(BaseCommand):
    help = "Import peer groups from a CSV file, with a report of rejected rows."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, path, dry_run, **options):
        try:
            with open(path, "rb") as stream:
                report = peer_groups_import(stream, dry_run=dry_run)
        except OSError as error:
            raise CommandError(f"Kan {path} niet lezen: {error.strerror}") from error
        for line in report_lines(report):
            self.stdout.write(line)
        if report.error:
            raise CommandError(report.error)
