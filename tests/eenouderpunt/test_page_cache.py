"""Anonymous pages come from the shared cache; anything personal never does."""

import pytest
from django.core.cache import cache

from tests.factories.content import ThemePageFactory


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()


def test_anonymous_page_is_served_from_cache(client, home_page, page_cache_on):
    assert client.get("/")["X-Page-Cache"] == "miss"
    second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert "Snel weg" in second.content.decode()
    assert not second.cookies


def test_publishing_shows_new_content_at_once(client, home_page, page_cache_on):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    ThemePageFactory(parent=home_page, title="Nieuw onderwerp", slug="nieuw")
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Nieuw onderwerp" in response.content.decode()


def test_query_strings_are_cached_separately(client, home_page, page_cache_on):
    client.get("/regelingen/", {"onderwerp": "geld"})
    response = client.get("/regelingen/", {"onderwerp": "wonen"})
    assert response["X-Page-Cache"] == "miss"


def test_searches_are_never_answered_from_a_shared_cache(
    client, home_page, page_cache_on
):
    """Each search is counted for the editors' statistics."""
    from wagtail.contrib.search_promotions.models import Query

    for _ in range(2):
        response = client.get("/zoeken/", {"q": "kinderopvang"})
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    assert Query.get("kinderopvang").hits == 2


def test_visitor_with_a_session_is_never_served_from_cache(
    client, home_page, page_cache_on, django_user_model
):
    client.get("/")
    user = django_user_model.objects.create_user("lid", "lid@example.org", "x" * 14)
    client.force_login(user)
    assert "X-Page-Cache" not in client.get("/")


def test_never_cached_views_and_posts_stay_out(client, db, page_cache_on):
    client.get("/health/")
    assert "X-Page-Cache" not in client.get("/health/")
    assert "X-Page-Cache" not in client.post("/zoeken/", {"q": "x"})


def test_form_page_that_sets_csrf_cookie_is_not_cached(
    client, home_page, page_cache_on
):
    client.get("/regelingen/check/")
    client.cookies.clear()
    response = client.get("/regelingen/check/")
    assert "X-Page-Cache" not in response


def test_page_cache_is_off_when_seconds_is_zero(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_anonymous_page_may_be_kept_by_a_cdn_for_the_page_cache_time(
    client, home_page, page_cache_on
):
    first = client.get("/")
    assert first["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in first["Vary"]
    assert client.get("/")["Cache-Control"] == "public, max-age=60"  # a hit too


def test_pages_with_a_cookie_are_private(
    client, home_page, page_cache_on, django_user_model
):
    form = client.get("/regelingen/check/")
    assert "private" in form["Cache-Control"]
    user = django_user_model.objects.create_user("lid", "lid@example.org", "x" * 14)
    client.force_login(user)
    logged_in = client.get("/")
    assert logged_in["Cache-Control"] == "private"
    assert "X-Page-Cache" not in logged_in


def test_cached_copy_of_an_older_generation_is_never_served(
    client, home_page, page_cache_on
):
    from core.page_cache import page_cache_invalidate

    client.get("/")
    page_cache_invalidate()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_site_search_does_not_empty_the_cache(client, home_page, page_cache_on):
    """Every search counts its query in the database; that is not content."""
    client.get("/")
    client.get("/zoeken/", {"q": "kinderopvang"})
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_sign_up_does_not_empty_the_cache(
    client, home_page, page_cache_on, postcode_areas
):
    from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory

    group = PeerGroupFactory(postcode="3511")
    client.get(group.get_absolute_url())
    SignUpFactory(group=group)
    assert client.get(group.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_hit_is_served_from_the_process_memory_without_a_round_trip(
    client, home_page, page_cache_on, settings, monkeypatch
):
    settings.PAGE_CACHE_LOCAL_SECONDS = 60
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"

    def no_round_trip(*args, **kwargs):
        raise AssertionError("the shared cache was asked")

    monkeypatch.setattr(cache, "get_many", no_round_trip)
    second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert "Snel weg" in second.content.decode()


def test_a_publish_elsewhere_reaches_this_process_within_the_local_seconds(
    client, home_page, page_cache_on, settings, monkeypatch
):
    from core import page_cache

    settings.PAGE_CACHE_LOCAL_SECONDS = 60
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    # Another process publishes: the shared generation changes, not this process's.
    cache.set(page_cache.GENERATION_KEY, "elsewhere", None)
    assert client.get("/")["X-Page-Cache"] == "hit"
    later = page_cache.time.monotonic() + 61
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_a_publish_in_this_process_is_seen_at_once_with_local_copies(
    client, home_page, page_cache_on, settings
):
    settings.PAGE_CACHE_LOCAL_SECONDS = 60
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    ThemePageFactory(parent=home_page, title="Nieuw onderwerp", slug="nieuw")
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Nieuw onderwerp" in response.content.decode()


def test_the_local_copies_stay_within_their_byte_limit(settings):
    from core.page_cache import _LocalPages

    local = _LocalPages()
    local.generation_set("g")
    for n in range(10):
        local.put(f"k{n}", ("g", b"x" * 100, {}), limit=450)
    assert local.size <= 450
    assert local.get("k9", "g") is not None
    assert local.get("k0", "g") is None
    assert local.get("k9", "other") is None


def test_the_site_is_kept_per_process_until_a_site_changes(client, home_page, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    from core.middleware import SiteCacheMiddleware

    settings.SITE_CACHE_SECONDS = 60
    SiteCacheMiddleware.clear()

    def site_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return [q for q in queries if '"wagtailcore_site"' in q["sql"]]

    site_queries()
    assert not site_queries()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Anders"
    site.save()
    assert site_queries()
    assert not site_queries()


@pytest.fixture
def site_cache_on(settings):
    from core.middleware import SiteCacheMiddleware

    settings.SITE_CACHE_SECONDS = 60
    SiteCacheMiddleware.clear()
    yield
    SiteCacheMiddleware.clear()


def _page_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [q["sql"] for q in queries if '"wagtailcore_page"' in q["sql"]]


def test_the_root_page_is_kept_per_process_until_content_changes(
    client, home_page, site_cache_on
):
    """Routing reads the site's root page and its type once per content generation,
    not on every request; a publish shows the new home page at once."""
    theme = ThemePageFactory(parent=home_page, title="Werk", slug="werk")
    client.get("/")
    client.get("/")  # the root page copied in this process
    response, first = _page_queries(client, "/")
    assert response.status_code == 200
    response, again = _page_queries(client, "/")
    assert len(again) == len(first)
    response, cold = _page_queries(client, theme.url)
    assert response.status_code == 200 and "Werk" in response.content.decode()
    assert client.get("/bestaat-niet/").status_code == 404

    home_page.intro = "Een nieuwe introductie op de startpagina."
    home_page.save_revision().publish()  # public content changed: a new generation
    assert "Een nieuwe introductie" in client.get("/").content.decode()


def test_the_root_page_copy_saves_the_routing_queries(
    client, home_page, settings, site_cache_on
):
    ThemePageFactory(parent=home_page, title="Werk", slug="werk")
    settings.SITE_CACHE_SECONDS = 0
    _response, looked_up = _page_queries(client, "/werk/")
    settings.SITE_CACHE_SECONDS = 60
    client.get("/werk/")
    client.get("/werk/")
    response, kept = _page_queries(client, "/werk/")
    assert response.status_code == 200
    # The root page and its specific type: two queries on wagtailcore_page less.
    assert len(kept) <= len(looked_up) - 2, (looked_up, kept)


def test_content_kept_in_the_process_needs_no_round_trip_until_a_publish(
    settings, monkeypatch
):
    """content_cached() keeps a copy per process on the page cache's generation: no
    round trip while that is recent, a new object for every caller, a publish in
    this process at once and one elsewhere within the local seconds."""
    from core import page_cache

    settings.PAGE_CACHE_LOCAL_SECONDS = 60
    page_cache._local_values.clear()
    page_cache.page_cache_invalidate()
    builds = []

    def build():
        builds.append(1)
        return {"items": [len(builds)]}

    first = page_cache.content_cached("test:kept", build, 60)
    assert first == {"items": [1]}

    def no_round_trip(*args, **kwargs):
        raise AssertionError("the shared cache was asked")

    with monkeypatch.context() as m:
        m.setattr(page_cache.cache, "get", no_round_trip)
        m.setattr(page_cache.cache, "get_many", no_round_trip)
        again = page_cache.content_cached("test:kept", build, 60)
    assert again == first and again is not first
    again["items"].append("changed by one caller")
    assert page_cache.content_cached("test:kept", build, 60) == {"items": [1]}
    assert len(builds) == 1

    page_cache.page_cache_invalidate()  # a publish in this process
    assert page_cache.content_cached("test:kept", build, 60) == {"items": [2]}

    # Another process publishes: seen once this process's generation is old.
    cache.set(page_cache.GENERATION_KEY, "elsewhere", None)
    assert page_cache.content_cached("test:kept", build, 60) == {"items": [2]}
    later = page_cache.time.monotonic() + 61
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    assert page_cache.content_cached("test:kept", build, 60) == {"items": [3]}
