from unittest import mock

from django.db import OperationalError


def test_health_ok_as_json(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
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
