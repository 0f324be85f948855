"""Site search and the Regelcheck are rate-limited per client address (issue 17):
far above what a parent does, low enough to stop a script. Counted in the cache."""

import pytest
from django.conf import settings as django_settings

LIMIT = 5


@pytest.fixture
def low_limit(settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = LIMIT


def test_default_limit_is_for_scripts_not_parents():
    assert 30 <= django_settings.SEARCH_RATE_LIMIT_PER_MINUTE <= 120


@pytest.mark.parametrize("url", ["/zoeken/?q=toeslag", "/regelingen/check/"])
def test_a_script_gets_a_dutch_429_other_clients_do_not(
    client, home_page, low_limit, url
):
    for _ in range(LIMIT):
        assert client.get(url).status_code == 200
    refused = client.get(url)
    assert refused.status_code == 429
    page = refused.content.decode()
    assert 'lang="nl"' in page and "Wacht een minuut" in page
    assert refused["Retry-After"] == "60"
    assert "no-store" in refused["Cache-Control"]
    assert client.get(url, REMOTE_ADDR="10.9.8.7").status_code == 200


def test_regelcheck_answers_count_too(client, home_page, low_limit):
    for _ in range(LIMIT):
        client.get("/regelingen/check/")
    assert client.post("/regelingen/check/", {"step": "1"}).status_code == 429
