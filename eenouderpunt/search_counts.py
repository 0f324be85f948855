"""Counting searches for the editors' "popular searches" without a database write
per search.

Wagtail's `Query.get(q).add_hit()` costs three queries on every search, two of them
writes (issue 18: a third of a repeated search's queries). Each app process instead
adds the search to a tally in memory (core/tally.py) and writes the tally in one go,
3 queries whatever its size.

What is counted is what Wagtail counts: the query text and a number per day, never
who searched. A process that is killed loses at most its unwritten tally.
"""

import datetime

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core.tally import ProcessTally


def search_count(normalised: str) -> None:
    """Count one search for `normalised` (already normalised, may be counted)."""
    _tally.add((normalised, timezone.localdate()))


def search_counts_flush() -> int:
    """Write this process's tally now; the number of searches written. A database
    error loses the tally and never reaches a parent."""
    return _tally.flush()


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


_tally = ProcessTally("site search counts", _write, errors=(DatabaseError,))
