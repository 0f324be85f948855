"""Counts kept in each app process's memory and written in one go, instead of a
write (a database query or a cache round trip) on every request.

Used for what parents' searches add up to: the site search's "popular searches"
(eenouderpunt/search_counts.py) and the postcode searches per municipality
(core/demand.py). A tally is written when COUNT_FLUSH_SECONDS have passed since its
last write (0: at once, as tests and a development server do), when it holds
COUNT_FLUSH_SIZE different keys, and when the process stops (gunicorn's
worker_exit calls `tallies_flush`, else atexit). A process that is killed loses at
most its unwritten tally; counts are statistics, never a parent's record.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable

from django.conf import settings

logger = logging.getLogger(__name__)

_tallies: list["ProcessTally"] = []


class ProcessTally:
    """{key: count} for one kind of count; `write(tally)` stores a whole tally.

    An error of a type in `errors` while writing loses that tally and is logged:
    counting must never break the page that counts."""

    def __init__(
        self,
        name: str,
        write: Callable[[dict], None],
        errors: tuple[type[Exception], ...] = (),
    ):
        self.name = name
        self._write = write
        self._errors = errors
        self._lock = threading.Lock()
        self._pending: Counter = Counter()
        self._last_write = time.monotonic()
        _tallies.append(self)

    def add(self, key: Hashable, count: int = 1) -> None:
        with self._lock:
            self._pending[key] += count
            due = (
                time.monotonic() - self._last_write >= settings.COUNT_FLUSH_SECONDS
                or len(self._pending) >= settings.COUNT_FLUSH_SIZE
            )
        if due:
            self.flush()

    def flush(self) -> int:
        """Write what this process counted; the sum of the counts written."""
        with self._lock:
            tally = dict(self._pending)
            self._pending.clear()
            self._last_write = time.monotonic()
        if not tally:
            return 0
        try:
            self._write(tally)
        except self._errors:
            logger.warning("%s: %d counts not written", self.name, sum(tally.values()))
            return 0
        return sum(tally.values())


def tallies_flush() -> None:
    """Write every tally of this process (a stopping worker)."""
    for tally in _tallies:
        try:
            tally.flush()
        except Exception:  # noqa: BLE001 - the process is ending; nothing to answer
            logger.warning("%s: counts not written at exit", tally.name)


atexit.register(tallies_flush)
