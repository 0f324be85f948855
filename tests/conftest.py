"""Shared fixtures: a Wagtail site whose root is our home page, and the PC4 table."""

import os

import pytest
from wagtail.models import Page, Site

from tests.factories.content import HomePageFactory

# Playwright's sync API runs an event loop in the test thread; Django must allow
# database access from it (see ../shared/docs/research/dependencies.md §4).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (cached helplines must not leak)."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends with a flush of every table, Wagtail's locales
    and root page included (migrations made them). Once its fixtures are
    torn down (the flush is one of them), put those back, so that a later test
    saving a translatable model (a theme, a scheme) finds its locale whatever
    fixtures it asks for."""
    yield
    if nextitem is None:
        return  # the last test: the test database is gone with the session's fixtures
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    if {"transactional_db", "live_server"} & fixtures or (
        marker is not None and marker.kwargs.get("transaction")
    ):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            _ensure_page_tree()


@pytest.fixture
def search_counts_deferred(db, settings):
    """Searches counted as production counts them: in memory, written later
    (core/tally.py), not three queries per site search or a cache round trip per
    postcode search."""
    from core.tally import tallies_flush

    settings.COUNT_FLUSH_SECONDS = 3600
    tallies_flush()  # nothing left from before
    yield
    tallies_flush()  # into this test's database, which is rolled back


@pytest.fixture
def home_page(db):
    """The home page as the default site's root (Wagtail's welcome page removed)."""
    _ensure_page_tree()  # a transactional test before this one may have flushed it
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Eenouderpunt",
    )
    return home


@pytest.fixture
def postcode_areas(db):
    """The full PC4 table from the committed CSV (about 4,000 rows, fast bulk load)."""
    from core.reference_data import reference_data_load

    reference_data_load()


def _ensure_page_tree():
    """Transactional tests flush every table: Wagtail's root page and the locales
    that migrations made (content 0011: every content language) go too."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture
def demo_site(db):
    """The complete demo content, as `make run` loads it."""
    from django.core.management import call_command

    _ensure_page_tree()
    call_command("load_reference_data", verbosity=0)
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo_site_translated(demo_site, settings):
    """The demo content with the language trees synchronised and the English and
    Arabic translation files loaded, as `make run` has it (slow: about a minute)."""
    from content import seeding

    settings.SEED_TRANSLATIONS = True
    seeding.locales_synchronise()
    seeding.translations_load()
