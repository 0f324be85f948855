from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Migrate, create the cache table and run the given demo loaders, in one process "
        "(`make run` calls this; each loader is idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument("loaders", nargs="*", help="management commands to run")

    def handle(self, *args, loaders, **options):
        # The cache table first: saving content during migrate already uses the cache.
        call_command("createcachetable", verbosity=0)
        call_command("migrate", interactive=False, verbosity=0)
        for loader in loaders:
            call_command(loader, stdout=self.stdout, stderr=self.stderr)
