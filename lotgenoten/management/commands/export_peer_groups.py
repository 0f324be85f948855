"""Export all peer groups as CSV (the import format) to a file or stdout."""

import sys

from django.core.management.base import BaseCommand

from lotgenoten.csv_io import peer_groups_export


class Command(BaseCommand):
    help = "Export peer groups as CSV."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default="-")

    def handle(self, *args, path, **options):
        if path == "-":
            peer_groups_export(sys.stdout)
            return
        with open(path, "w", encoding="utf-8", newline="") as stream:
            count = peer_groups_export(stream)
        self.stderr.write(f"{count} groepen geschreven naar {path}")
