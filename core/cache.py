"""The one owner of cache failures: Django's cache backends, failing open.

The shared cache holds only what can be rebuilt or forgotten (cached pages and search
hits, helplines, rate-limit counters, allauth's login locks and used two-factor codes).
So when it is down or hangs, every call answers at once as if the cache were empty:

- reads miss (`get` returns the default, `get_many` an empty dict, `has_key` False);
- writes and deletes are skipped (`set_many` reports every key as not stored);
  `incr` raises ValueError as for a missing key;
- `add` answers True ("stored"): rate limits and allauth's locks then let the request
  through instead of refusing every login ("Te veel inlogpogingen", issue 17);
- the first failure is logged once and opens a circuit breaker: for BREAKER_SECONDS
  no call goes to the cache at all, so a hung cache costs one socket timeout per
  process every few seconds instead of one per call.

Only the public cache API is wrapped (the methods in FAIL_OPEN below); the async
variants of BaseCache call these. Settings give Redis short socket timeouts.
"""

import logging
import threading
import time

from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import DatabaseError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

BREAKER_SECONDS = 5.0


def _default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _missing_key(args, kwargs):
    raise ValueError("Key not found: the cache is unavailable")


# What each method answers while the cache is unavailable.
FAIL_OPEN = {
    "get": _default,
    "get_many": lambda args, kwargs: {},
    "has_key": lambda args, kwargs: False,
    "add": lambda args, kwargs: True,
    "set": lambda args, kwargs: None,
    "set_many": lambda args, kwargs: list(args[0] if args else kwargs["data"]),
    "touch": lambda args, kwargs: False,
    "delete": lambda args, kwargs: False,
    "delete_many": lambda args, kwargs: None,
    "incr": _missing_key,
    "decr": _missing_key,
    "clear": lambda args, kwargs: None,
}


class CircuitBreaker:
    """Open for `seconds` after a failure; shared by every backend of one LOCATION
    in a process (Django makes a backend per thread)."""

    _all: dict[str, "CircuitBreaker"] = {}
    _lock = threading.Lock()

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds = seconds
        self.clock = clock
        self.open_until = 0.0

    @classmethod
    def of(cls, location: str, seconds: float) -> "CircuitBreaker":
        with cls._lock:
            return cls._all.setdefault(location, cls(seconds))

    def is_open(self) -> bool:
        return self.clock() < self.open_until

    def trip(self) -> None:
        self.open_until = self.clock() + self.seconds

    @classmethod
    def reset_all(cls) -> None:
        for breaker in cls._all.values():
            breaker.open_until = 0.0


def _fail_open(name, answer):
    def method(self, *args, **kwargs):
        if self.breaker.is_open():
            return answer(args, kwargs)
        try:
            return getattr(super(FailOpenMixin, self), name)(*args, **kwargs)
        except self.unavailable as error:
            self.breaker.trip()
            logger.warning(
                "%s unavailable (%s: %s); skipping it for %.0f s",
                self.label,
                name,
                error,
                self.breaker.seconds,
            )
            return answer(args, kwargs)

    method.__name__ = name
    return method


class FailOpenMixin:
    """Put before a Django cache backend class; see the module docstring."""

    unavailable: tuple[type[Exception], ...] = ()
    label = "Cache"
    breaker_seconds = BREAKER_SECONDS

    def __init__(self, location, params):
        super().__init__(location, params)
        self.breaker = CircuitBreaker.of(
            f"{type(self).__name__}:{location}", self.breaker_seconds
        )

    def probe(self, key: str, value: str) -> bool:
        """Write and read back one value past the breaker: True when the cache works.

        For /health/, which must tell the truth also while the breaker hides the
        cache. A working cache closes the breaker at once; a failing one opens it.
        """
        try:
            super().set(key, value, timeout=10)
            works = super().get(key) == value
        except self.unavailable:
            self.breaker.trip()
            return False
        if works:
            self.breaker.open_until = 0.0
        return works


for _name, _answer in FAIL_OPEN.items():
    setattr(FailOpenMixin, _name, _fail_open(_name, _answer))


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client, keeping one `redis.Redis` per server instead of building one
    per call: building one fills its table of response callbacks, which took longer
    (60 µs) than a GET to a local Redis (50 µs) when measured (issue 18). A
    `redis.Redis` only holds the pool, which hands each call a connection of its
    own; Django keeps a cache object per thread."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class FailOpenRedisCache(FailOpenMixin, RedisCache):
    """Django's RedisCache, failing open and reusing its clients. Give it short
    socket timeouts in OPTIONS (settings.py): they bound the one slow call before the
    breaker opens."""

    unavailable = (RedisConnectionError, RedisTimeoutError)
    label = "Redis cache"

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient


class FailOpenDatabaseCache(FailOpenMixin, DatabaseCache):
    """Django's DatabaseCache, failing open (e.g. before `createcachetable` ran)."""

    unavailable = (DatabaseError,)
    label = "Database cache"
