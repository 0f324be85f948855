"""A small per-IP rate limit on the shared Django cache.

The cache is shared by all app servers (database cache or Redis, see settings), so the
limit holds across processes. The key is a keyed hash of the IP address: the address
itself is never stored or logged.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

from core.client_ip import client_ip


def _client_key(request, scope: str) -> str:
    ip = client_ip(request) or "unknown"
    digest = hmac.new(
        settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"lotgenoten:rl:{scope}:{digest}"


def rate_limit_exceeded(request, scope: str, *, limit: int, period: int) -> bool:
    """Count one attempt; True when there were more than `limit` in `period` seconds."""
    key = _client_key(request, scope)
    if cache.add(key, 1, timeout=period):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        return False
    return count > limit
