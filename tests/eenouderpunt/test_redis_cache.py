"""The Redis cache backend that reuses its redis-py client behaves as Django's."""

import pytest

from eenouderpunt.redis_cache import ReusedClientRedisCache

from .test_two_processes import REDIS_TEST_URL, _redis_answers, _unavailable


@pytest.fixture
def redis_cache():
    if not _redis_answers(REDIS_TEST_URL):
        _unavailable(f"no Redis at {REDIS_TEST_URL}")
    cache = ReusedClientRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "test-reuse"})
    cache.clear()
    yield cache
    cache.clear()


def test_get_set_many_incr_delete(redis_cache):
    redis_cache.set("page", (b"<html>", {"Content-Type": "text/html"}), 30)
    redis_cache.set("generation", "abc", None)
    assert redis_cache.get_many(["page", "generation", "missing"]) == {
        "page": (b"<html>", {"Content-Type": "text/html"}),
        "generation": "abc",
    }
    redis_cache.set("hits", 1, 30)
    assert redis_cache.incr("hits") == 2
    redis_cache.delete("page")
    assert redis_cache.get("page") is None


def test_one_client_per_pool(redis_cache):
    client = redis_cache._cache
    assert client.get_client("a") is client.get_client("b", write=True)
