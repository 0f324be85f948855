"""Delete site-search counts older than SEARCH_QUERY_RETENTION_DAYS (daily cron):

    45 3 * * *  cd /srv/eenouderpunt && .venv/bin/python manage.py search_queries_delete_expired

Daily hits past the period go first, then every search term left without hits.
Terms that editors gave a promoted result stay: the editors typed those.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits


def search_queries_delete_expired(*, days: int) -> tuple[int, int]:
    """Delete daily hits older than `days`, then terms without hits or promotions."""
    oldest = timezone.localdate() - datetime.timedelta(days=days)
    hits, _ = QueryDailyHits.objects.filter(date__lt=oldest).delete()
    queries, _ = Query.objects.filter(
        daily_hits__isnull=True, editors_picks__isnull=True
    ).delete()
    return hits, queries


class Command(BaseCommand):
    help = "Delete search terms and their counts past the retention period."

    def handle(self, *args, **options):
        hits, queries = search_queries_delete_expired(
            days=settings.SEARCH_QUERY_RETENTION_DAYS
        )
        self.stdout.write(f"Gewist: {hits} dagtellingen, {queries} zoektermen.")
