"""Searches are counted in memory per process and written in one go
(eenouderpunt/search_counts.py), not with three queries per search."""

import importlib.util

import pytest
from django.db import DatabaseError
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from eenouderpunt import search_counts
from tests.factories.content import StandardPageFactory

from .test_database_outage import ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture
def tally(search_counts_deferred, settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 10_000


def _hits() -> dict[str, int]:
    return {query.query_string: query.hits for query in Query.objects.all()}


def test_searches_are_written_together_later(client, home_page, tally):
    for q in ("Alimentatie", "alimentatie", "geld", "1012 AB"):
        assert client.get("/zoeken/", {"q": q}).status_code == 200
    assert _hits() == {}  # nothing written yet
    assert search_counts.search_counts_flush() == 3  # the postcode is never counted
    assert _hits() == {"alimentatie": 2, "geld": 1}
    assert search_counts.search_counts_flush() == 0


def test_a_written_day_count_is_added_to(client, home_page, tally):
    Query.get("geld").add_hit()  # another process wrote today's count already
    client.get("/zoeken/", {"q": "geld"})
    client.get("/zoeken/", {"q": "geld"})
    search_counts.search_counts_flush()
    assert _hits() == {"geld": 3}
    assert Query.objects.get().daily_hits.count() == 1


def test_a_full_tally_is_written_at_once(client, home_page, tally, settings):
    settings.COUNT_FLUSH_SIZE = 2
    client.get("/zoeken/", {"q": "geld"})
    assert _hits() == {}
    client.get("/zoeken/", {"q": "toeslag"})
    assert _hits() == {"geld": 1, "toeslag": 1}


def test_a_broken_database_loses_the_count_not_the_search(
    client, home_page, tally, monkeypatch
):
    def broken(_tally):
        raise DatabaseError("down")

    monkeypatch.setattr(search_counts._tally, "_write", broken)
    client.get("/zoeken/", {"q": "geld"})
    assert search_counts.search_counts_flush() == 0
    monkeypatch.undo()
    assert search_counts.search_counts_flush() == 0  # lost, not written twice
    assert _hits() == {}


def test_a_stopping_worker_writes_its_tally(client, home_page, tally):
    spec = importlib.util.spec_from_file_location(
        "gunicorn_conf", ROOT / "gunicorn.conf.py"
    )
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    client.get("/zoeken/", {"q": "geld"})
    conf.worker_exit(None, None)
    assert _hits() == {"geld": 1}


def test_a_new_promotion_is_shown_at_once(client, home_page):
    """Promotions are kept until content changes; adding one is a change."""
    StandardPageFactory(parent=home_page, title="Geld lenen", slug="lenen")
    promoted = StandardPageFactory(
        parent=home_page, title="Hulp bij schulden", slug="schulden"
    )
    assert "Aanrader" not in client.get("/zoeken/", {"q": "geld"}).content.decode()
    SearchPromotion.objects.create(
        query=Query.get("geld"), page=promoted, description="Begin hier."
    )
    html = client.get("/zoeken/", {"q": "geld"}).content.decode()
    assert "Aanrader" in html and html.index("/schulden/") < html.index("/lenen/")
    promoted.unpublish()
    assert "Aanrader" not in client.get("/zoeken/", {"q": "geld"}).content.decode()
