import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.url_routing import RouteResult

from content.models import StandardPage
from content.models.pages import page_types_routing_specially
from tests.factories.content import StandardPageFactory, ThemePageFactory


@pytest.fixture
def themed_home(home_page):
    for n in range(3):
        ThemePageFactory(parent=home_page, title=f"Thema {n}", slug=f"thema-{n}")
    return home_page


def test_home_page_shows_top_tasks_postcode_and_search(client, themed_home):
    html = client.get("/").content.decode()
    assert "Thema 0" in html and "Thema 2" in html
    assert 'name="postcode"' in html
    assert 'name="q"' in html
    assert "Snel weg" in html
    assert 'lang="nl"' in html


def test_home_page_sets_no_cookie(client, themed_home):
    response = client.get("/")
    assert response.status_code == 200
    assert not response.cookies


def _home_queries(client):
    client.get("/")  # warm the caches (site, helplines)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/").status_code == 200
    return len(ctx.captured_queries)


def test_home_page_queries_do_not_grow_with_themes(client, themed_home):
    _home_queries(client)  # warm Wagtail's site cache
    few = _home_queries(client)
    for n in range(3, 12):
        ThemePageFactory(parent=themed_home, title=f"Thema {n}", slug=f"thema-{n}")
    many = _home_queries(client)
    assert many == few
    assert many <= 10


def test_home_page_themes_follow_each_publish(client, themed_home):
    """The themes and top tasks are kept per content generation: a new or
    unpublished theme page shows on the home page at the next request."""
    assert "Thema 0" in client.get("/").content.decode()
    new = ThemePageFactory(parent=themed_home, title="Nieuw thema", slug="nieuw")
    assert "Nieuw thema" in client.get("/").content.decode()
    new.unpublish()
    assert "Nieuw thema" not in client.get("/").content.decode()


def test_theme_page_shows_review_date_and_breadcrumbs(client, themed_home):
    page = ThemePageFactory(parent=themed_home, title="Wonen", slug="wonen")
    page.last_reviewed = "2026-11-01"
    page.save_revision().publish()
    html = client.get("/wonen/").content.decode()
    assert "Laatst gecontroleerd op" in html and "1 november 2026" in html
    assert 'aria-label="Kruimelpad"' in html


def test_standard_page_shows_sources(client, home_page):
    StandardPageFactory(
        parent=home_page,
        slug="colofon",
        title="Colofon",
        sources=[
            {
                "type": "source",
                "value": {
                    "title": "GeoNames",
                    "url": "https://www.geonames.org/",
                    "publisher": "",
                },
            }
        ],
    )
    html = client.get("/colofon/").content.decode()
    assert "Bronnen" in html and "https://www.geonames.org/" in html


def test_unknown_url_gives_accessible_404(client, home_page):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html and 'lang="nl"' in html


def test_security_headers_on_public_page(client, home_page):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


# --- HomePage.route's one-query shortcut --------------------------------------


@pytest.fixture
def deep_page(home_page):
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    return StandardPageFactory(parent=theme, title="Diep", slug="diep")


def test_no_page_type_routes_specially_so_the_shortcut_is_taken(client, deep_page):
    assert page_types_routing_specially() == []
    assert client.get("/geld/diep/").status_code == 200
    assert client.get("/geld/diep/verder/").status_code == 404


def test_a_page_type_with_its_own_route_gets_its_turn(client, deep_page, monkeypatch):
    """A page type routing specially (like RoutablePageMixin) turns the shortcut off:
    the shortcut would look up /geld/diep/verder/ as a page and answer 404."""
    seen = []

    def route(self, request, path_components):
        seen.append(list(path_components))
        return RouteResult(self, kwargs={})

    monkeypatch.setattr(StandardPage, "route", route)
    assert client.get("/geld/diep/verder/").status_code == 200
    assert seen == [["verder"]]


def test_a_view_restriction_applies_at_the_next_request(client, themed_home, settings):
    """Wagtail's view restriction check is skipped while no page has one (no
    query); adding one reaches the page at once, also past the page cache."""
    from django.core.cache import cache
    from wagtail.models import PageViewRestriction

    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    page = StandardPageFactory(parent=themed_home, title="Voor leden", slug="leden")
    client.get(page.url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(page.url)
    assert "Voor leden" in response.content.decode()
    assert not [q for q in ctx if "pageviewrestriction" in q["sql"]]

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="password"' in html and "Voor leden</h1>" not in html
    # Below the restricted page as well.
    child = StandardPageFactory(parent=page, title="Dieper", slug="dieper")
    assert 'name="password"' in client.get(child.url).content.decode()

    restriction.delete()
    assert 'name="password"' not in client.get(page.url).content.decode()
