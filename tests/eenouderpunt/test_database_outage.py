"""The database goes away under a running gunicorn: parents get a friendly 503 page
quickly, /health/ says 503, and the portal recovers by itself when the database returns.

PostgreSQL only (production's database): the outage is simulated by a TCP proxy in front
of the shared server, so no other process loses its database.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.support.tcp_proxy import TcpProxy

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, float, str]:
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode()
    return status, time.monotonic() - start, body


@pytest.fixture
def portal_behind_proxy(demo_site):
    if connection.vendor != "postgresql":
        pytest.skip("outage simulation needs PostgreSQL (CI runs it on PostgreSQL)")
    db = connection.settings_dict
    proxy = TcpProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    proxy_port = proxy.start()
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings_test",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy_port}/{db['NAME']}",
        "DATABASE_CONN_MAX_AGE": "60",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "eenouderpunt.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--timeout",
            "30",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/health/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base, proxy
    server.terminate()
    server.wait(timeout=10)
    proxy.stop()


def test_database_outage_gives_503_and_recovers(portal_behind_proxy):
    base, proxy = portal_behind_proxy
    assert _get(base + "/")[0] == 200

    proxy.stop()
    status, seconds, body = _get(base + "/")
    assert status == 503
    assert "even niet bereikbaar" in body and "Traceback" not in body
    assert seconds < 1.0, f"503 took {seconds:.2f} s"
    assert _get(base + "/health/")[0] == 503

    proxy.start()  # the database is back, on the same address
    assert _get(base + "/")[0] == 200
    assert _get(base + "/health/")[0] == 200
