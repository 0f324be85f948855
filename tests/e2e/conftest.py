"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live_server.

Without Chromium the tests are skipped with a reason, except under CI=true, where a
missing browser fails the run.
"""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    e2e_items = [item for item in items if "/e2e/" in str(item.path)]
    for item in e2e_items:
        item.add_marker(pytest.mark.e2e)
    if CHROMIUM:
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(
            "CI=true but Chromium is missing: install Debian's chromium."
        )
    skip = pytest.mark.skip(reason="Chromium not installed (apt-get install chromium)")
    for item in e2e_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def site_url(live_server, demo_site):
    """The live server's address, with the demo content loaded."""
    return live_server.url


@pytest.fixture
def outside_requests(page, live_server):
    """Every request the page makes to a host other than the live server."""
    seen = []
    page.on(
        "request",
        lambda request: (
            seen.append(request.url)
            if not request.url.startswith((live_server.url, "data:"))
            else None
        ),
    )
    return seen


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe is injected as an inline script, which our strict CSP rightly blocks.
    return {**browser_context_args, "bypass_csp": True, "locale": "nl-NL"}
