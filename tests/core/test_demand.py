"""Demand counters: a number per gemeente and month, never a postcode or a visitor."""

import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.cache import CircuitBreaker
from core.demand import (
    demand_count,
    demand_count_pc4,
    demand_display,
    demand_flush,
    demand_key,
    demand_shown,
    month_start,
)
from core.models import DemandCount, Municipality
from tests.support.hanging_server import HangingServer
from tests.test_query_budgets import _result_post

UTRECHT = "0344"  # CBS code of the gemeente Utrecht; PC4 3511 lies in it


def _counter(code=UTRECHT):
    return cache.get(demand_key(code, month_start()))


def _demand_keys() -> list[str]:
    return [key for key in cache._cache if ":demand:" in key]  # locmem in tests


# --- Showing: pure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (None, "< 10"),
        (0, "< 10"),
        (1, "< 10"),
        (9, "< 10"),
        (10, "10"),
        (1234, "1.234"),
    ],
)
def test_counts_below_ten_are_never_shown(count, shown):
    assert demand_display(count) == shown
    assert demand_shown(count) == (count if shown != "< 10" else None)


# --- Counting -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_postcode_search_counts_the_gemeente_and_stores_no_postcode(
    client, postcode_areas
):
    url = reverse("lotgenoten:search")
    response = client.get(url, {"postcode": "3511 AB"})
    assert response.status_code == 302  # to ?postcode=3511: not counted yet
    assert _counter() is None
    assert client.get(response["Location"]).status_code == 200
    assert client.get(url, {"postcode": "3511", "pagina": "2"}).status_code == 200
    assert client.get(reverse("nearby"), {"postcode": "3511"}).status_code == 200
    assert _counter() == 2  # the first page of each search, not page 2
    keys = _demand_keys()
    assert keys and all("3511" not in key for key in keys)
    assert all(key.endswith(f"demand:{UTRECHT}:{month_start():%Y%m}") for key in keys)


@pytest.mark.django_db
def test_unknown_or_bad_postcodes_count_nothing(client, postcode_areas):
    url = reverse("lotgenoten:search")
    for raw in ["0000", "1000", "abcd", "<script>", "1" * 5000, "3511\x00"]:
        assert client.get(url, {"postcode": raw}).status_code in (200, 302)
    assert client.get("/geen-pagina/", {"postcode": "3511"}).status_code == 404
    assert _demand_keys() == []


@pytest.mark.django_db
def test_the_flush_moves_counts_into_the_database(postcode_areas):
    utrecht = Municipality.objects.get(cbs_code=UTRECHT)
    for _ in range(12):
        demand_count(utrecht)
    demand_count_pc4("3511")
    call_command("demand_flush", verbosity=0)
    row = DemandCount.objects.get()
    assert (row.municipality, row.month, row.count) == (utrecht, month_start(), 13)
    # The stored row holds only these fields: no postcode, time or visitor.
    assert {f.attname for f in DemandCount._meta.concrete_fields} == {
        "id",
        "municipality_id",
        "month",
        "count",
        "is_example",
    }
    assert _counter() == 0
    assert demand_flush() == 0  # nothing new: nothing changes
    demand_count(utrecht)
    assert demand_flush() == 1
    row.refresh_from_db()
    assert row.count == 14


@pytest.mark.django_db
def test_the_flush_also_takes_last_months_counters(postcode_areas):
    utrecht = Municipality.objects.get(cbs_code=UTRECHT)
    today = datetime.date(2026, 3, 2)
    cache.set(demand_key(UTRECHT, datetime.date(2026, 2, 1)), 11)
    assert demand_flush(today) == 11
    assert DemandCount.objects.get(municipality=utrecht).month == datetime.date(
        2026, 2, 1
    )


@pytest.fixture
def cache_down():
    server = HangingServer()
    CircuitBreaker.reset_all()
    caches = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=caches):
        yield
    server.close()
    CircuitBreaker.reset_all()


@pytest.mark.django_db
def test_with_the_cache_down_the_count_is_lost_without_an_error(
    client, postcode_areas, cache_down
):
    utrecht = Municipality.objects.get(cbs_code=UTRECHT)
    demand_count(utrecht)
    demand_count_pc4("3511")
    response = client.get(reverse("lotgenoten:search"), {"postcode": "3511"})
    assert response.status_code == 200
    assert demand_flush() == 0
    assert not DemandCount.objects.exists()


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_cached_search_page_is_counted_without_a_query(client, postcode_areas):
    url = reverse("lotgenoten:search") + "?postcode=3511"
    assert client.get(url).get("X-Page-Cache") == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.get("X-Page-Cache") == "hit"
    assert len(queries) == 0
    assert _counter() == 2


@pytest.mark.django_db
def test_counting_adds_no_query_to_a_page(client, postcode_areas):
    url = reverse("nearby") + "?postcode=3511"
    client.get(url)
    with CaptureQueriesContext(connection) as counted:
        client.get(url)
    cache.clear()
    without = [
        m for m in settings.MIDDLEWARE if m != "core.demand.DemandCountMiddleware"
    ]
    with override_settings(MIDDLEWARE=without):
        client.get(url)
        with CaptureQueriesContext(connection) as plain:
            client.get(url)
    assert len(counted) == len(plain)


@pytest.mark.django_db
def test_a_regelcheck_with_a_postcode_counts_its_gemeente(client, postcode_areas):
    data = _result_post(client)
    response = client.post(reverse("regelingen:check"), data)
    assert response.status_code == 200 and "Amsterdam" in response.content.decode()
    assert _counter("0363") == 1  # 1012 lies in Amsterdam
    assert all("1012" not in key for key in _demand_keys())


@pytest.mark.django_db
def test_deferred_counts_reach_the_shared_counter_in_one_go(
    client, postcode_areas, search_counts_deferred
):
    """In production each process keeps its counts in memory (core/tally.py): no
    cache round trip per search; the tally is added to the shared counter later."""
    cache.set(demand_key(UTRECHT, month_start()), 5)  # another process counted
    url = reverse("lotgenoten:search")
    for _ in range(3):
        assert client.get(url, {"postcode": "3511"}).status_code == 200
    assert _counter() == 5  # not yet
    assert demand_flush() == 8  # the tally first, then into the database
    assert DemandCount.objects.get().count == 8
    assert _counter() == 0


@pytest.mark.django_db
def test_a_full_tally_is_written_at_once(
    postcode_areas, search_counts_deferred, settings
):
    settings.COUNT_FLUSH_SIZE = 2  # written when it holds two municipalities
    demand_count_pc4("3511")
    assert _counter() is None
    demand_count_pc4("1012")
    assert (_counter(), _counter("0363")) == (1, 1)
