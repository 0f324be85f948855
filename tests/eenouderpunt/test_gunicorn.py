"""gunicorn as production runs it (gunicorn.conf.py: threaded workers), on loopback:

- a few slow clients, each sending a header line every few seconds, do not freeze the
  workers: /health/ still answers within a second;
- a 300 MB upload announced by its Content-Length is refused with 413 before a byte of
  the body is sent;
- secrets in paths (an organiser's one-click token, a password-reset key) stay out of
  the access log and Django's log.

Everything the test starts (server, sockets, threads) is stopped at the end; every
wait is bounded.
"""

import os
import socket
import subprocess
import sys
import threading
import time

import pytest
import requests
from django.db import connection

from .test_database_outage import ROOT, _free_port

pytestmark = pytest.mark.django_db(transaction=True)

SLOW_CLIENTS = 4
WORKERS = 2  # as in the incident: two workers, more slow clients than workers


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


@pytest.fixture
def server(transactional_db, tmp_path):
    """gunicorn's port and address; its stdout (access log) and stderr (error log,
    Django's log) go to tmp_path / "out.log" and "err.log"."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings_test",
        "DATABASE_URL": _database_url(),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "eenouderpunt.wsgi"]
        + ["-b", f"127.0.0.1:{port}", "-w", str(WORKERS)],
        cwd=ROOT,
        env=env,
        stdout=(tmp_path / "out.log").open("wb"),
        stderr=(tmp_path / "err.log").open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            assert process.poll() is None, "gunicorn stopped"
            try:
                # Twice: both workers have imported Django before the test starts.
                requests.get(base + "/health/", timeout=30)
                requests.get(base + "/health/", timeout=30)
                break
            except requests.RequestException:
                time.sleep(0.1)
        yield port, base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class SlowClient(threading.Thread):
    """Sends a request line, then one header line every `interval` seconds."""

    def __init__(self, port: int, stop: threading.Event, interval: float = 2.0):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.stop, self.interval = stop, interval

    def run(self):
        try:
            self.sock.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
            number = 0
            while not self.stop.wait(self.interval):
                number += 1
                self.sock.sendall(f"X-Slow-{number}: ja\r\n".encode())
        except OSError:
            pass
        finally:
            self.sock.close()


def test_slow_clients_do_not_freeze_the_workers(server):
    port, base = server
    stop = threading.Event()
    clients = [SlowClient(port, stop) for _ in range(SLOW_CLIENTS)]
    try:
        for client in clients:
            client.start()
        time.sleep(1.5)  # the server has taken every slow client in
        seconds = []
        for _ in range(3):
            # Frozen workers would not answer before the slow clients stop (never,
            # while the test runs): a bounded wait, and the best answer within 1 s
            # (a busy test machine may delay a single one).
            start = time.monotonic()
            response = requests.get(base + "/health/", timeout=5)
            seconds.append(time.monotonic() - start)
            assert response.status_code == 200
        assert min(seconds) < 1.0, f"/health/ took {seconds} s"
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=5)


def test_huge_upload_is_refused_before_its_body_is_sent(server):
    port, base = server
    # The form first, for a CSRF cookie: with one, Django reads the body for the token.
    form = requests.get(base + "/lotgenoten/zelf-starten/", timeout=10)
    head = (
        "POST /lotgenoten/zelf-starten/ HTTP/1.1\r\n"
        "Host: localhost\r\n"
        f"Cookie: csrftoken={form.cookies['csrftoken']}\r\n"
        "Content-Type: multipart/form-data; boundary=grens\r\n"
        f"Content-Length: {300 * 1024 * 1024}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head.encode())
        answer = b""
        while b"</html>" not in answer and (chunk := sock.recv(65536)):
            answer += chunk
    answer = answer.decode(errors="replace")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]
    assert "te groot" in answer


SECRETS = {
    "/lotgenoten/bijwerken/{}/": "organiser-token.Zz9_x-1",
    "/accounts/password/reset/key/{}/": "3f-c2b7a1-0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "/accounts/confirm-email/{}/": "MQ:1vQzZz:emailconfirmationkey",
}


def test_secrets_in_paths_stay_out_of_the_logs(server, tmp_path):
    _, base = server
    for pattern, secret in SECRETS.items():
        requests.get(base + pattern.format(secret), timeout=10)
    requests.get(base + "/lotgenoten/bijwerken/klaar/?actie=x", timeout=10)
    time.sleep(0.5)  # gunicorn writes its access line after the response
    access = (tmp_path / "out.log").read_text()
    errors = (tmp_path / "err.log").read_text()
    assert "/lotgenoten/bijwerken/…/" in access
    assert "/accounts/password/reset/key/…/" in access
    assert "/accounts/confirm-email/…/" in access
    assert "/lotgenoten/bijwerken/klaar/" in access  # not a secret
    assert "Bad Request: /lotgenoten/bijwerken/…/" in errors  # Django's own line
    for secret in SECRETS.values():
        assert secret not in access and secret not in errors
