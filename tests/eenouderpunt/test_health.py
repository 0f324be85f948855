from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import override_settings
from wagtail.models import Site

from .test_two_processes import site  # noqa: F401 (a fixture: pages, transactional)


def test_health_ok_as_json(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_reports_database_down_with_503(client, db):
    with mock.patch(
        "eenouderpunt.views.connection.cursor", side_effect=OperationalError
    ):
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_health_as_html_for_a_browser(client, db):
    response = client.get("/health/", HTTP_ACCEPT="text/html,application/xhtml+xml")
    assert response.status_code == 200
    assert "Bereikbaar" in response.content.decode()


def test_lost_database_gives_friendly_503_page(client, home_page):
    with mock.patch(
        "content.models.HomePage.get_context", side_effect=OperationalError("gone")
    ):
        response = client.get("/")
    assert response.status_code == 503
    assert "even niet bereikbaar" in response.content.decode()
    assert "gone" not in response.content.decode()


def test_health_reads_a_table_not_just_select_1(client, db):
    """The database answers SELECT 1 but cannot serve a page's data: 503."""
    table = Site._meta.db_table
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


# Nothing listens on port 9 of the loopback: every cache call fails at once.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "eenouderpunt.redis_cache.ReusedClientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/6",
    }
}


def test_health_cache_down_is_reported_but_keeps_200(client, db):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "cache": "unavailable",
    }


def test_health_html_names_the_cache(client, db):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/health/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cache" in html and "Niet bereikbaar" in html


@pytest.mark.django_db(transaction=True)
def test_lost_database_connection_is_dropped_at_once(client, site):  # noqa: F811
    """The 503 closes the broken connection: the next request connects afresh
    instead of failing on it first (the portal recovers as soon as the database is
    back)."""
    connection.ensure_connection()
    with mock.patch(
        "content.models.HomePage.get_context", side_effect=OperationalError("gone")
    ):
        assert client.get("/").status_code == 503
    assert connection.connection is None
    assert client.get("/").status_code == 200
