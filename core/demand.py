"""Demand without tracking: how many postcode searches there are per municipality
and month ("witte vlekken", issue 15).

What is counted is one number per municipality and month, nothing else: never the
postcode, the day or time, or anything about the visitor. A search adds one to this
process's tally in memory (core/tally.py), which is added to counters in the shared
cache, keyed `demand:<CBS code>:<YYYYMM>`, every COUNT_FLUSH_SECONDS; the management
command `demand_flush` (cron, every 10 minutes) moves the counters into DemandCount.
So counting costs no database query and no cache round trip, also on a page served
from the page cache:

- GET pages that search by postcode mark their view with `@demand_counted`;
  `DemandCountMiddleware` (before the page cache) counts each 200 answer to such a
  page with a short postcode in the address (?postcode=1234; a full postcode is
  redirected to that first, so it counts once), page 1 only. The postcode's
  municipality comes from the committed PC4 table (core/data/nl_pc4.csv), read once
  per process, not from the database.
- Other places (the Regelcheck, a POST) call `demand_count(municipality)` or
  `demand_count_pc4(pc4)`: one line.

When the cache is down the count is simply lost (core/cache.py fails open).
Counts below SUPPRESS_BELOW are never shown as a number: `demand_display`.
"""

import csv
import datetime
import functools
import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import DemandCount, Municipality
from core.postcodes import parse_pc4
from core.reference_data import PC4_CSV
from core.tally import ProcessTally

logger = logging.getLogger(__name__)

KEY_PREFIX = "demand"
# Counters live in the cache until flushed; long enough to survive a stopped cron
# for a few weeks, short enough that an orphan disappears by itself.
KEY_SECONDS = 70 * 24 * 60 * 60
# Fewer searches than this are shown as "< 10": a small number could point at a
# single family in a small place.
SUPPRESS_BELOW = 10
# Query parameters of a search page that mean "the same search, another page".
_LATER_PAGE_PARAMS = ("pagina", "page")


def month_start(day: datetime.date | None = None) -> datetime.date:
    """The first day of the month of `day` (default: today, in Dutch time)."""
    day = day or timezone.localdate()
    return day.replace(day=1)


def month_previous(month: datetime.date) -> datetime.date:
    return (month - datetime.timedelta(days=1)).replace(day=1)


def demand_key(cbs_code: str, month: datetime.date) -> str:
    """The cache key of one municipality's counter in one month."""
    return f"{KEY_PREFIX}:{cbs_code}:{month:%Y%m}"


def demand_display(count: int | None) -> str:
    """A count as parents' privacy allows it to be shown: "< 10" below ten.

    Pure: also use it for sums (a year), so no small number is ever shown.
    """
    if count is None or count < SUPPRESS_BELOW:
        return _("< %(limit)s") % {"limit": SUPPRESS_BELOW}
    return f"{count:,}".replace(",", ".")


def demand_shown(count: int | None) -> int | None:
    """The count when it may be shown as a number, else None (for CSV and sorting)."""
    if count is None or count < SUPPRESS_BELOW:
        return None
    return count


def _counters_add(tally: dict[str, int]) -> None:
    """Add a process's tally {counter key: searches} to the shared counters."""
    for key, count in tally.items():
        try:
            cache.incr(key, count)
            continue
        except ValueError:  # no counter yet this month, or the cache is down
            pass
        if not cache.add(key, count, timeout=KEY_SECONDS):
            try:  # another process created it between incr and add
                cache.incr(key, count)
            except ValueError:
                pass  # the cache went away: these counts are lost, as designed


_tally = ProcessTally("postcode search counts", _counters_add)


def _increment(cbs_code: str) -> None:
    # The month now, not when the tally is written.
    _tally.add(demand_key(cbs_code, month_start()))


def demand_count(municipality: Municipality) -> None:
    """Count one postcode search for this municipality. No database query."""
    if municipality is not None and municipality.cbs_code:
        _increment(municipality.cbs_code)


@functools.cache
def _pc4_municipality_codes() -> dict[str, str]:
    """PC4 -> CBS municipality code, from the committed table (once per process)."""
    with PC4_CSV.open(encoding="utf-8", newline="") as f:
        return {row["pc4"]: row["cbs_code"] for row in csv.DictReader(f)}


def demand_count_pc4(pc4: str | None) -> None:
    """Count one postcode search for the municipality of this PC4 (unknown: no
    count). No database query."""
    cbs_code = _pc4_municipality_codes().get(pc4 or "")
    if cbs_code:
        _increment(cbs_code)


def demand_counted(view):
    """Mark a GET view whose ?postcode= is a parent's search (see the middleware)."""
    view.counts_demand = True
    return view


def _search_pc4(request) -> str | None:
    """The PC4 of a first-page postcode search in the address, or None."""
    raw = request.GET.get("postcode")
    if request.method != "GET" or not raw:
        return None
    if any(request.GET.get(name, "1") != "1" for name in _LATER_PAGE_PARAMS):
        return None
    pc4 = parse_pc4(raw)
    if pc4 is None or pc4 != raw:  # a full postcode is redirected to its PC4 first
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    return pc4 if getattr(match.func, "counts_demand", False) else None


class DemandCountMiddleware:
    """Count searches on `@demand_counted` pages, also when the page cache answers.

    Goes before core.page_cache.AnonymousPageCacheMiddleware in MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 200 and "postcode" in request.GET:
            pc4 = _search_pc4(request)
            if pc4:
                demand_count_pc4(pc4)
        return response


def demand_flush(today: datetime.date | None = None) -> int:
    """Move the cached counters of this month and the last into DemandCount (this
    process's tally first).

    Safe to run often and side by side with counting: each counter is lowered by
    exactly what is added to the database, so searches counted meanwhile stay for
    the next run. Returns the number of searches moved.
    """
    _tally.flush()
    this_month = month_start(today)
    months = (month_previous(this_month), this_month)
    codes = dict(Municipality.objects.values_list("cbs_code", "pk"))
    keys = {
        demand_key(code, month): (pk, month)
        for code, pk in codes.items()
        for month in months
    }
    found = cache.get_many(list(keys))
    moved = 0
    for key, value in found.items():
        try:
            value = int(value)
        except (TypeError, ValueError):
            continue
        if value <= 0:
            continue
        try:  # take the number out of the cache first: rather lose than double it
            cache.decr(key, value)
        except ValueError:  # evicted, or the cache went down after the read
            logger.info("Demand counter %s gone during flush", key)
            continue
        municipality_id, month = keys[key]
        with transaction.atomic():
            row, created = DemandCount.objects.get_or_create(
                municipality_id=municipality_id, month=month, defaults={"count": value}
            )
            if not created:
                DemandCount.objects.filter(pk=row.pk).update(count=F("count") + value)
        moved += value
    return moved
