"""The Redis cache backend (Django's, failing open: core/cache.py) against a real
Redis and one that is down."""

import pytest

from core.cache import CircuitBreaker, FailOpenRedisCache

from .test_two_processes import REDIS_TEST_URL, _redis_answers, _unavailable


@pytest.fixture(autouse=True)
def _breakers_closed():
    """Each test meets the dead Redis afresh (breakers are per process)."""
    CircuitBreaker.reset_all()


@pytest.fixture
def redis_cache():
    if not _redis_answers(REDIS_TEST_URL):
        _unavailable(f"no Redis at {REDIS_TEST_URL}")
    cache = FailOpenRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "test-reuse"})
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


def test_one_client_per_server_is_reused(redis_cache):
    """Django builds a redis.Redis for every call; ours keeps one (core/cache.py)."""
    client = redis_cache._cache.get_client()
    redis_cache.set("a", 1, 30)
    assert redis_cache.get("a") == 1
    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client  # one server


# Nothing listens on port 1: a Redis that is down.
DEAD_REDIS = "redis://127.0.0.1:1/0"


def test_a_redis_outage_makes_reads_miss_and_writes_skip(caplog):
    cache = FailOpenRedisCache(DEAD_REDIS, {})
    assert cache.get("page", "missing") == "missing"
    assert cache.get_many(["a", "b"]) == {}
    # "Stored": allauth's login locks and the rate limits let the request through
    # (issue 17); before, False here refused every login while Redis was down.
    assert cache.add("count", 1) is True
    cache.set("page", b"<html>", 30)
    cache.set_many({"a": 1})
    assert cache.delete("page") is False
    assert cache.has_key("page") is False
    with pytest.raises(ValueError):
        cache.incr("count")
    assert "Redis cache unavailable" in caplog.text


@pytest.mark.django_db
def test_the_portal_keeps_working_without_redis(client, home_page, settings):
    from tests.factories.content import HelplineFactory, HelplineHoursFactory

    HelplineHoursFactory(helpline=HelplineFactory(name="Kindertelefoon"))
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": DEAD_REDIS,
        }
    }
    settings.PAGE_CACHE_SECONDS = 60
    for _ in range(2):
        response = client.get("/")
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"  # rendered every time
    assert client.get("/zoeken/", {"q": "hulp"}).status_code == 200
