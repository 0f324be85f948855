"""Project-level views: the health check."""

import logging
import os
import secrets
import threading

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site

logger = logging.getLogger(__name__)

# How long each check may take. The cache backend has its own socket timeouts
# (0.5 s for Redis, settings.py and core/cache.py).
DATABASE_CHECK_TIMEOUT_MS = 2000


def _database_status() -> str:
    """ "ok" when the database serves a real read of a table every page needs."""
    try:
        if connection.vendor == "postgresql":
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SET LOCAL statement_timeout = %s", [DATABASE_CHECK_TIMEOUT_MS]
                    )
                Site.objects.only("pk").first()
        else:
            Site.objects.only("pk").first()
        return "ok"
    except DatabaseError as error:
        logger.warning("Health check: database unavailable (%s)", type(error).__name__)
        return "unavailable"


def _cache_status() -> str:
    """ "ok" when a value written to the shared cache can be read back."""
    key = f"health:{os.getpid()}:{threading.get_ident()}"
    value = secrets.token_hex(8)
    try:
        # Our fail-open backends answer "miss" while the cache is down; probe()
        # asks the cache itself (core/cache.py). Other backends: a plain round trip.
        if hasattr(cache, "probe"):
            if cache.probe(key, value):
                return "ok"
        else:
            cache.set(key, value, timeout=10)
            if cache.get(key) == value:
                return "ok"
    except Exception as error:  # any backend, any failure: report, never a 500
        logger.warning("Health check: cache unavailable (%s)", type(error).__name__)
    return "unavailable"


@never_cache
@require_GET
def health(request):
    """200 when the portal can serve pages, 503 when it cannot.

    The database must answer a real read (every page needs it: 503 otherwise). The
    shared cache is only reported: without it pages are still served (rendered
    afresh, rate limits open), so "cache: unavailable" keeps 200.
    JSON for load balancers and scripts; a small HTML page when a browser asks.
    """
    database = _database_status()
    healthy = database == "ok"
    data = {
        "status": "ok" if healthy else "error",
        "database": database,
        "cache": _cache_status(),
    }
    status = 200 if healthy else 503
    if request.get_preferred_type(["application/json", "text/html"]) == "text/html":
        return render(request, "health.html", {"health": data}, status=status)
    return JsonResponse(data, status=status)
