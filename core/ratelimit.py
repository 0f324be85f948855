"""A small per-client rate limit on the shared Django cache.

The cache is shared by all app servers (database cache or Redis, see settings), so the
limit holds across processes. The key is a keyed hash of the client address: the
address itself is never stored or logged. When the cache is down, nothing is counted
and nobody is limited (fail open; the Redis backend misses and skips writes).
"""

import hashlib
import hmac
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from core.client_ip import client_ip


def _client_key(request, scope: str) -> str:
    ip = client_ip(request) or "unknown"
    digest = hmac.new(
        settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"rl:{scope}:{digest}"


def rate_limit_exceeded(request, scope: str, *, limit: int, period: int) -> bool:
    """Count one attempt; True when there were more than `limit` in `period` seconds."""
    key = _client_key(request, scope)
    if cache.add(key, 1, timeout=period):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr (or the cache is down)
        cache.set(key, 1, timeout=period)
        return False
    return count > limit


def rate_limited(scope: str, *, limit_setting: str, period: int = 60):
    """View decorator: each request counts; over the number in the setting
    `limit_setting` (read at request time) in `period` seconds, a Dutch 429 page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            limit = getattr(settings, limit_setting)
            if rate_limit_exceeded(request, scope, limit=limit, period=period):
                response = render(request, "429.html", status=429)
                response["Retry-After"] = str(period)
                add_never_cache_headers(response)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
