"""Counting searches for the editors' "popular searches" without a database write
per search.

Wagtail's `Query.get(q).add_hit()` costs three queries on every search, two of them
writes (issue 18: a third of a repeated search's queries). Each app process instead
adds the search to a small tally in memory and writes the tally in one go: when
SEARCH_COUNT_FLUSH_SECONDS have passed since its last write (0: at once, as tests
and a development server do), when it holds SEARCH_COUNT_FLUSH_SIZE different
queries, and when the process stops (gunicorn's worker_exit, else atexit).

What is counted is what Wagtail counts: the query text and a number per day, never
who searched. A process that is killed loses at most its unwritten tally, as a lost
cache counter loses a postcode count (core/demand.py).
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: Counter = Counter()  # (normalised query, day) -> searches
_last_write = time.monotonic()


def search_count(normalised: str) -> None:
    """Count one search for `normalised` (already normalised, may be counted)."""
    global _last_write
    with _lock:
        _pending[normalised, timezone.localdate()] += 1
        due = (
            time.monotonic() - _last_write >= settings.SEARCH_COUNT_FLUSH_SECONDS
            or len(_pending) >= settings.SEARCH_COUNT_FLUSH_SIZE
        )
    if due:
        search_counts_flush()


def search_counts_flush() -> int:
    """Write this process's tally (3 queries whatever its size); the number of
    searches written. A database error loses the tally and never reaches a parent."""
    global _last_write
    with _lock:
        tally = dict(_pending)
        _pending.clear()
        _last_write = time.monotonic()
    if not tally:
        return 0
    try:
        _write(tally)
    except DatabaseError:  # counting must never break searching
        logger.warning("%d searches could not be counted", sum(tally.values()))
        return 0
    return sum(tally.values())


def _write(tally: dict[tuple[str, datetime.date], int]) -> None:
    strings = {query for query, _day in tally}
    table = connection.ops.quote_name(QueryDailyHits._meta.db_table)
    with transaction.atomic():
        Query.objects.bulk_create(
            [Query(query_string=query) for query in sorted(strings)],
            ignore_conflicts=True,
        )
        ids = dict(
            Query.objects.filter(query_string__in=strings).values_list(
                "query_string", "id"
            )
        )
        rows = [
            (ids[query], day, hits)
            for (query, day), hits in sorted(tally.items())
            if query in ids
        ]
        # Added to the day's count, also when another process wrote it meanwhile
        # (PostgreSQL and SQLite both know ON CONFLICT on the unique pair).
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (query_id, date, hits) VALUES (%s, %s, %s) "  # noqa: S608 - a quoted table name, values as parameters
                f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {table}.hits + excluded.hits",
                rows,
            )


def _flush_at_exit() -> None:
    try:
        search_counts_flush()
    except Exception:  # noqa: BLE001 - the process is ending; nothing to answer
        logger.warning("search counts not written at exit")


atexit.register(_flush_at_exit)
