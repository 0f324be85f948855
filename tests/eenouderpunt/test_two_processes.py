"""Two app servers behind one load balancer: gunicorn A and B on their own ports, one
PostgreSQL database and one shared cache, as docs/deployment.md describes.

A login made on A (password and two-factor code) holds on B, a logout on B ends it on
A, a two-factor code used on A cannot be used again on B, and the rate limits count
the requests to both servers together. Run over both shared caches: Redis and the
database cache.

PostgreSQL only (production's database; CI runs it there). Redis comes from
REDIS_TEST_URL (default redis://127.0.0.1:6379/15); `.ci/run` starts one. In CI a
missing PostgreSQL or Redis fails the test instead of skipping it.
"""

import ipaddress
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse

import pytest
import requests
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import Locale, Page

from lotgenoten.views import FORM_RATE_LIMIT
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.professionals import (
    PASSWORD,
    MunicipalityOrganisationFactory,
    member_create,
)

from .test_database_outage import ROOT, _free_port

pytestmark = pytest.mark.django_db(transaction=True)

IN_CI = os.environ.get("CI", "").lower() == "true"
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
TOO_MANY_LOGINS = "Te veel inlogpogingen"


def _unavailable(reason: str):
    """Skip on a developer's machine; in CI a missing service is a broken build."""
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it)")
    pytest.skip(reason)


def _redis_answers(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname, parts.port or 6379), timeout=1
        ) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _gunicorn(env: dict) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "eenouderpunt.wsgi"]
        + ["-b", f"127.0.0.1:{port}", "-w", "1", "--timeout", "30"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return server, f"http://127.0.0.1:{port}"


def _wait_until_up(server: subprocess.Popen, base: str) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise RuntimeError(server.stderr.read().decode()[-2000:])
        try:
            requests.get(base + "/health/", timeout=10)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError(f"{base} did not start")


@pytest.fixture(scope="module", params=["redis", "database"])
def servers(request, django_db_setup, django_db_blocker):
    """Gunicorn A and B on one test database and one shared cache (the param)."""
    if connection.vendor != "postgresql":
        _unavailable("two app servers need PostgreSQL (CI runs it on PostgreSQL)")
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings_test",
        "DATABASE_URL": (
            f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "DJANGO_TEST_SHARED_CACHE": "true",
        "DJANGO_SECRET_KEY": "two-processes-" + secrets.token_hex(16),
        "DJANGO_SECURE_COOKIES": "false",  # plain HTTP on loopback
        # Behind one proxy, as in production: each test sends its own client address.
        "DJANGO_TRUSTED_PROXY_COUNT": "1",
    }
    if request.param == "redis":
        if not _redis_answers(REDIS_TEST_URL):
            _unavailable(f"no Redis at {REDIS_TEST_URL}")
        env["REDIS_URL"] = REDIS_TEST_URL
    else:
        env.pop("REDIS_URL", None)
        with django_db_blocker.unblock():
            call_command("createcachetable", "cache_table", verbosity=0)
    started = [_gunicorn(env), _gunicorn(env)]
    try:
        for server, base in started:
            _wait_until_up(server, base)
        yield [base for _, base in started]
    finally:
        for server, _ in started:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture
def site(transactional_db):
    """The page tree a transactional test has lost, with a home page as site root."""
    from django.conf import settings
    from wagtail.models import Site

    from tests.factories.content import HomePageFactory

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return home


def _address() -> str:
    """A fresh client address, so rate limits of earlier runs never count."""
    return str(ipaddress.IPv4Address("10.0.0.0") + secrets.randbelow(2**24))


def _browser(address: str) -> requests.Session:
    """A browser behind the load balancer: one host name for A and B (allauth's
    per-account login limit is per host), its address in X-Forwarded-For. Cookies
    ignore the port, so it has one session cookie for both."""
    browser = requests.Session()
    browser.headers.update(
        {"Host": "www.eenouderpunt.example", "X-Forwarded-For": address}
    )
    return browser


def _csrf_token(browser: requests.Session, url: str) -> str:
    page = browser.get(url, timeout=10)
    assert page.status_code == 200, (url, page.status_code)
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]


def _post_form(browser, url: str, data: dict) -> requests.Response:
    data = {**data, "csrfmiddlewaretoken": _csrf_token(browser, url)}
    return browser.post(url, data, allow_redirects=False, timeout=10)


def _totp_code(secret: str) -> str:
    """The code an authenticator app shows now; waits out the end of a period, so
    the same code is still current a few seconds later."""
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < 8:
        time.sleep(period - time.time() % period + 0.5)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def _log_in(browser, base: str, email: str, code: str) -> requests.Response:
    password_step = _post_form(
        browser, base + reverse("account_login"), {"login": email, "password": PASSWORD}
    )
    assert password_step.status_code == 302
    assert password_step.headers["Location"] == reverse("mfa_authenticate")
    return _post_form(browser, base + reverse("mfa_authenticate"), {"code": code})


def test_login_on_one_server_holds_on_the_other_until_logout(servers, site):
    a, b = servers
    organisation = MunicipalityOrganisationFactory(name="Gemeente Tweewerk")
    member = member_create(organisation, email="lid@tweewerk.example", two_factor=False)
    secret = generate_totp_secret()
    TOTP.activate(member, secret)
    dashboard = reverse("professionals:dashboard")

    browser = _browser(_address())
    code = _totp_code(secret)
    logged_in = _log_in(browser, a, member.email, code)
    assert logged_in.status_code == 302
    assert logged_in.headers["Location"] == dashboard
    session = browser.cookies["sessionid"]

    on_b = browser.get(b + dashboard, allow_redirects=False, timeout=10)
    assert on_b.status_code == 200
    assert "Welkom, Gemeente Tweewerk" in on_b.text

    # The code used on A is spent for B too (allauth keeps used codes in the cache).
    other_browser = _browser(_address())
    replay = _log_in(other_browser, b, member.email, code)
    assert replay.status_code == 200, "B accepted a two-factor code A had used"
    refused = other_browser.get(b + dashboard, allow_redirects=False, timeout=10)
    assert refused.status_code == 302

    logged_out = _post_form(browser, b + reverse("account_logout"), {})
    assert logged_out.status_code == 302
    stale = requests.get(
        a + dashboard,
        cookies={"sessionid": session},
        allow_redirects=False,
        timeout=10,
    )
    assert stale.status_code == 302
    assert stale.headers["Location"].startswith(reverse("account_login"))


def _first_refusal(attempt, servers: list[str], tries: int) -> int | None:
    """The number of the first attempt that was refused, taking turns over servers."""
    for number in range(1, tries + 1):
        if attempt(servers[(number - 1) % len(servers)]):
            return number
    return None


def test_peer_group_sign_up_limit_counts_over_both_servers(servers, site):
    group = PeerGroupFactory(name="Koffie voor twee")
    url = reverse("lotgenoten:signup", args=[group.slug])
    data = {"name": "Sam", "email": "sam@example.org", "consent": "on"}

    def refused(browser):
        def attempt(base):
            response = _post_form(browser, base + url, data)
            assert response.status_code in (302, 429), response.status_code
            return response.status_code == 429

        return attempt

    a, b = servers
    tries = 2 * FORM_RATE_LIMIT + 2  # room for a limit per server
    one = _first_refusal(refused(_browser(_address())), [a], tries)
    both = _first_refusal(refused(_browser(_address())), [a, b], tries)
    assert one == FORM_RATE_LIMIT + 1
    assert both == one, f"limit hit after {both} sign-ups over A and B, {one} on A"


def test_login_limit_counts_over_both_servers(servers, site):
    member_create(email="slot1@tweewerk.example")
    member_create(email="slot2@tweewerk.example")

    def refused(email):
        browser = _browser(_address())

        def attempt(base):
            response = _post_form(
                browser,
                base + reverse("account_login"),
                {"login": email, "password": "fout-wachtwoord"},
            )
            return TOO_MANY_LOGINS in response.text

        return attempt

    # allauth also limits failed logins per account: each run has its own.
    a, b = servers
    one = _first_refusal(refused("slot1@tweewerk.example"), [a], 14)
    both = _first_refusal(refused("slot2@tweewerk.example"), [a, b], 14)
    assert one is not None
    assert both == one, f"limit hit after {both} attempts over A and B, {one} on A"
