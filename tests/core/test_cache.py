"""The one owner of cache failures (core/cache.py): a cache that is down or HANGS is
an empty cache, asked at most once per breaker period, and the whole login path
(password, allauth's rate limits and locks, the two-factor code) still works."""

import logging
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from core import cache as core_cache
from core.cache import CircuitBreaker, FailOpenDatabaseCache, FailOpenRedisCache
from tests.factories.professionals import (
    PASSWORD,
    MunicipalityOrganisationFactory,
    member_create,
)
from tests.support.hanging_server import HangingServer

# As in settings.py.
TIMEOUTS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}


@pytest.fixture(autouse=True)
def _breakers_closed():
    CircuitBreaker.reset_all()


@pytest.fixture
def hung():
    server = HangingServer()
    yield server
    server.close()


@pytest.fixture
def hung_cache(settings, hung):
    """The project's cache settings, pointed at a Redis that hangs."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": hung.url,
            "OPTIONS": TIMEOUTS,
        }
    }
    return hung


def test_a_hung_cache_is_asked_once_then_skipped(hung, caplog):
    backend = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        assert backend.get("page", "missing") == "missing"
        asked = hung.accepted
        for _ in range(20):
            assert backend.get_many(["a", "b"]) == {}
            assert backend.add("lock", True) is True
            backend.set("page", b"<html>", 30)
            assert backend.set_many({"a": 1, "b": 2}) == ["a", "b"]
            with pytest.raises(ValueError):
                backend.incr("count")
    assert asked >= 1
    assert hung.accepted == asked  # the breaker kept every later call off the wire
    assert len(caplog.records) == 1  # one log line, not one per call
    assert "Redis cache unavailable" in caplog.text


def test_the_breaker_closes_again(hung, monkeypatch):
    now = [1000.0]
    backend = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    monkeypatch.setattr(backend.breaker, "clock", lambda: now[0])
    backend.get("a")
    asked = hung.accepted
    now[0] += core_cache.BREAKER_SECONDS - 0.1
    backend.get("a")
    assert hung.accepted == asked
    now[0] += 0.2
    backend.get("a")  # the breaker let one call through to see if it is back
    assert backend.breaker.is_open()


def test_backends_of_one_location_share_a_breaker(hung):
    first = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    second = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    first.get("a")
    assert second.breaker.is_open()


def test_other_errors_are_not_hidden(hung):
    """Only unavailability is a miss: a programming error still shows."""
    backend = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    with pytest.raises(TypeError):
        backend.get()


@pytest.mark.django_db
def test_the_database_cache_fails_open_without_its_table(caplog):
    """E.g. saving content before `createcachetable` ran on a fresh machine."""
    backend = FailOpenDatabaseCache("no_such_cache_table", {})
    assert backend.get("generation") is None
    backend.set("generation", "abc", None)
    assert "Database cache unavailable" in caplog.text
    assert issubclass(DatabaseError, FailOpenDatabaseCache.unavailable)


@pytest.mark.django_db
def test_public_pages_answer_with_the_cache_hung(client, home_page, hung_cache):
    from django.conf import settings

    settings.PAGE_CACHE_SECONDS = 60
    for _ in range(3):
        response = client.get("/")
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"
    assert client.get("/zoeken/", {"q": "hulp"}).status_code == 200
    assert hung_cache.accepted <= 1  # one socket timeout, then the breaker


def _totp_code(secret: str) -> str:
    from allauth.mfa import app_settings

    period = app_settings.TOTP_PERIOD
    if period - time.time() % period < 5:
        time.sleep(period - time.time() % period + 0.5)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


@pytest.mark.django_db
def test_login_with_the_shared_cache_hung_succeeds_within_5_s(hung_cache):
    """Issue 17: with Redis hung, the password and two-factor steps answered
    'Te veel inlogpogingen' (allauth's rate-limit lock could never be taken)."""
    member = member_create(
        MunicipalityOrganisationFactory(name="Gemeente Hangwerk"),
        email="lid@hangwerk.example",
        two_factor=False,
    )
    secret = generate_totp_secret()
    TOTP.activate(member, secret)
    code = _totp_code(secret)
    browser = Client()

    started = time.monotonic()
    password_step = browser.post(
        reverse("account_login"), {"login": member.email, "password": PASSWORD}
    )
    assert "Te veel inlogpogingen" not in password_step.content.decode()
    assert password_step.status_code == 302
    assert password_step["Location"] == reverse("mfa_authenticate")
    code_step = browser.post(reverse("mfa_authenticate"), {"code": code})
    assert "Te veel inlogpogingen" not in code_step.content.decode()
    assert code_step.status_code == 302
    assert code_step["Location"] == reverse("professionals:dashboard")
    dashboard = browser.get(reverse("professionals:dashboard"))
    elapsed = time.monotonic() - started

    assert dashboard.status_code == 200
    assert "Welkom, Gemeente Hangwerk" in dashboard.content.decode()
    assert elapsed < 5, f"login took {elapsed:.1f} s with the cache hung"
    assert cache.get("anything", "miss") == "miss"  # it really was hung


class FailOpenLocMemCache(core_cache.FailOpenMixin, LocMemCache):
    unavailable = (OSError,)


def test_the_health_probe_tells_the_truth_past_the_breaker(hung):
    """/health/ asks the cache itself: a hung cache says False (and trips the
    breaker); a working one says True and closes an open breaker at once."""
    hanging = FailOpenRedisCache(hung.url, {"OPTIONS": TIMEOUTS})
    assert hanging.probe("health", "x") is False
    assert hanging.breaker.is_open()

    working = FailOpenLocMemCache("probe", {})
    working.set("page", "cached")
    working.breaker.trip()
    assert working.get("page") is None  # the breaker hides a cache that is back
    assert working.probe("health", "y") is True
    assert not working.breaker.is_open()
    assert working.get("page") == "cached"
