"""/health/ under a running gunicorn (production's worker model, gunicorn.conf.py) when
the database or the shared cache goes away, and back.

- Database gone: /health/ says 503 (the check reads a table); when it returns, the very
  next requests are served again: no broken persistent connection lingers.
- Redis gone: /health/ says 200 with "cache": "unavailable" (pages are still served).

PostgreSQL and Redis only; each outage is a TCP proxy whose plug is pulled
(tests/support/tcp_proxy.py), so no other process loses its server.
"""

import os
import subprocess
import sys
import time
import urllib.parse

import pytest
import requests
from django.db import connection

from tests.support.tcp_proxy import TcpProxy

from .test_database_outage import ROOT, _free_port
from .test_two_processes import (  # noqa: F401 (site is a fixture)
    REDIS_TEST_URL,
    _redis_answers,
    _unavailable,
    site,
)

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = os.environ.get("REDIS_HEALTH_TEST_URL", "redis://127.0.0.1:6379/6")


def _start(env: dict) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "eenouderpunt.wsgi"]
        + ["-b", f"127.0.0.1:{port}", "-w", "1", "--threads", "4"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if server.poll() is not None:
            raise RuntimeError("gunicorn did not start")
        try:
            requests.get(base + "/health/", timeout=30)
            return server, base
        except requests.RequestException:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"{base} did not start")


@pytest.fixture
def outage(site):  # noqa: F811 (the fixture imported above)
    """Gunicorn with its database and its Redis each behind a TcpProxy."""
    if connection.vendor != "postgresql":
        _unavailable("outage simulation needs PostgreSQL (CI runs it on PostgreSQL)")
    if not _redis_answers(REDIS_URL):
        _unavailable(f"no Redis at {REDIS_URL} ({REDIS_TEST_URL} for two processes)")
    db = connection.settings_dict
    database = TcpProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    redis_parts = urllib.parse.urlsplit(REDIS_URL)
    redis = TcpProxy(redis_parts.hostname, redis_parts.port or 6379)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings_test",
        "DATABASE_URL": (
            f"postgres://{db['USER']}@127.0.0.1:{database.start()}/{db['NAME']}"
        ),
        # Persistent connections, as in production (DATABASE_CONN_MAX_AGE=60).
        "DJANGO_TEST_CONN_MAX_AGE": "60",
        "DJANGO_TEST_SHARED_CACHE": "true",
        "REDIS_URL": f"redis://127.0.0.1:{redis.start()}{redis_parts.path}",
    }
    server, base = _start(env)
    try:
        yield base, database, redis
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        database.stop()
        redis.stop()


def _health(base: str) -> tuple[int, dict]:
    response = requests.get(base + "/health/", timeout=10)
    return response.status_code, response.json()


def _warm(base: str) -> None:
    """Requests enough to give every worker thread its own persistent connection."""
    for _ in range(12):
        assert requests.get(base + "/", timeout=10).status_code == 200
        assert _health(base)[0] == 200


def test_database_outage_health_503_then_reconnects_at_once(outage):
    base, database, _ = outage
    _warm(base)
    assert _health(base) == (200, {"status": "ok", "database": "ok", "cache": "ok"})

    database.stop()
    status, data = _health(base)
    assert status == 503 and data["database"] == "unavailable"
    assert requests.get(base + "/", timeout=10).status_code == 503

    database.start()
    # Every request after the database is back is served: each thread's broken
    # connection was dropped, none waits for a connection to age out.
    for _ in range(12):
        assert requests.get(base + "/", timeout=10).status_code == 200
        assert _health(base)[0] == 200


def test_cache_outage_keeps_health_200_and_says_so(outage):
    base, _, redis = outage
    assert _health(base) == (200, {"status": "ok", "database": "ok", "cache": "ok"})

    redis.stop()
    assert _health(base) == (
        200,
        {"status": "ok", "database": "ok", "cache": "unavailable"},
    )
    assert requests.get(base + "/", timeout=10).status_code == 200

    redis.start()
    assert _health(base)[1]["cache"] == "ok"
