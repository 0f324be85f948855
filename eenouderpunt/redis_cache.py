"""Django's Redis cache backend, made cheaper per call and soft when Redis is down.

- One redis-py client per connection pool: Django's RedisCacheClient builds a new
  redis.Redis object for every cache call, which costs more than the call itself on a
  page-cache hit (redis-py fills a table of about 170 response callbacks per client).
  Clients are thread-safe and share the pool.
- Redis down or hanging (short socket timeouts): reads miss and writes are skipped,
  with a warning in the log, instead of a 500 on every page. The portal then renders
  every page itself, and rate limits and the record of used two-factor codes do not
  count until Redis is back (they fail open rather than lock everyone out).
"""

import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)


def _soft(default):
    """Run the client method; on a Redis outage log it and return `default`."""

    def wrap(method):
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                logger.warning(
                    "Redis cache unavailable (%s): %s", method.__name__, error
                )
                if isinstance(default, type) and issubclass(default, Exception):
                    raise default("cache unavailable") from error
                return default() if callable(default) else default

        call.__name__ = method.__name__
        return call

    return wrap


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **options):
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(*args, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    add = _soft(False)(RedisCacheClient.add)
    set = _soft(None)(RedisCacheClient.set)
    touch = _soft(False)(RedisCacheClient.touch)
    delete = _soft(False)(RedisCacheClient.delete)
    get_many = _soft(dict)(RedisCacheClient.get_many)
    has_key = _soft(False)(RedisCacheClient.has_key)
    incr = _soft(ValueError)(RedisCacheClient.incr)  # as for a missing key
    set_many = _soft(list)(RedisCacheClient.set_many)
    delete_many = _soft(None)(RedisCacheClient.delete_many)
    clear = _soft(False)(RedisCacheClient.clear)

    def get(self, key, default):
        try:
            return super().get(key, default)
        except UNAVAILABLE as error:
            logger.warning("Redis cache unavailable (get): %s", error)
            return default


class ReusedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
