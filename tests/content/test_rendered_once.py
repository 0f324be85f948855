"""What every reader of an information page sees alike is rendered once per content
generation ({% content_cached %}, core/templatetags/content_cache_tags.py), and the
page at a URL path is found once per generation (HomePage._page_at): a publish,
unpublish or move shows at once, a draft preview is never served from it, a
helpline's "nu open" is at most a minute old, and made-up paths fill no cache."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content import helplines
from content.blocks import body_shows_opening_status
from tests.factories.content import (
    HelplineFactory,
    HelplineHoursFactory,
    InfoPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def info(home_page):
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    return InfoPageFactory(
        parent=theme,
        title="Toeslagen",
        slug="toeslagen",
        body=[{"type": "paragraph", "value": "<p>Eerste tekst.</p>"}],
    )


def _html(client, path="/geld/toeslagen/"):
    response = client.get(path)
    return response.status_code, response.content.decode()


def test_a_warm_information_page_reads_no_database(client, info, settings):
    settings.SITE_CACHE_SECONDS = 60  # as in production: the Site kept per process
    client.get("/geld/toeslagen/")  # the Site found
    client.get("/geld/toeslagen/")  # its root page kept
    with CaptureQueriesContext(connection) as queries:
        status, html = _html(client)
    assert status == 200 and "Eerste tekst." in html
    assert len(queries) == 0, [q["sql"] for q in queries]


def test_a_publish_shows_at_once(client, info):
    assert "Eerste tekst." in _html(client)[1]
    info.body = [{"type": "paragraph", "value": "<p>Nieuwe tekst.</p>"}]
    info.title = "Toeslagen nu"
    info.save_revision().publish()
    html = _html(client)[1]
    assert "Nieuwe tekst." in html and "Eerste tekst." not in html
    assert "Toeslagen nu</h1>" in html and "Toeslagen nu</span>" in html  # breadcrumb


def test_an_unpublished_or_moved_page_is_not_found_at_its_old_path(
    client, home_page, info
):
    assert _html(client)[0] == 200
    other = ThemePageFactory(parent=home_page, title="Werk", slug="werk")
    info.move(other, pos="last-child")
    response = client.get("/geld/toeslagen/")  # Wagtail's redirect, not the old page
    assert response.status_code == 301 and response["Location"] == "/werk/toeslagen/"
    assert _html(client, "/werk/toeslagen/")[0] == 200
    info.refresh_from_db()
    info.unpublish()
    assert _html(client, "/werk/toeslagen/")[0] == 404


def test_a_preview_shows_the_draft_not_the_kept_article(client, info):
    assert "Eerste tekst." in _html(client)[1]
    draft = info.get_latest_revision_as_object()
    draft.body = [{"type": "paragraph", "value": "<p>Concepttekst.</p>"}]
    html = draft.make_preview_request().content.decode()
    assert "Concepttekst." in html and "Eerste tekst." not in html
    assert "Eerste tekst." in _html(client)[1]  # readers still see the live text


def test_made_up_paths_fill_no_cache(client, info):
    client.get("/geld/toeslagen/")
    kept = set(cache._cache)  # the test settings' in-memory cache
    for n in range(20):
        assert _html(client, f"/geld/bestaat-niet-{n}/")[0] == 404
    assert set(cache._cache) == kept


def test_opening_status_in_the_text_is_kept_a_minute_at_most(client, info):
    line = HelplineFactory(name="Hulplijn Test")
    for weekday in range(7):
        HelplineHoursFactory(
            helpline=line,
            weekday=weekday,
            opens=datetime.time(9),
            closes=datetime.time(17),
        )
    body = [{"type": "contact", "value": {"helpline": line.pk, "text": ""}}]
    assert body_shows_opening_status(body)
    assert not body_shows_opening_status(
        [{"type": "contact", "value": {"helpline": None, "organisation": 3}}]
    )
    info.body = body
    info.save_revision().publish()
    info.refresh_from_db()
    assert info.render_seconds == helplines.STATUS_SECONDS == 60
    InfoPageFactory(parent=info.get_parent(), slug="zonder")
    assert type(info).objects.get(slug="zonder").render_seconds == 3600
