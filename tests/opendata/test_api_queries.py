"""Every list of the API answers in a fixed number of queries, whatever the amount of
data: measured with 3 items of each kind, then with 40 (pages of 25)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.opendata.conftest import open_data_create

pytestmark = pytest.mark.django_db

# Queries per list page (count, rows, one per prefetched relation); docs/api.md.
BUDGETS = {
    "/api/v1/regelingen": 4,
    "/api/v1/lotgenotengroepen": 4,
    "/api/v1/activiteiten": 2,
    "/api/v1/gemeenten": 4,
    "/api/v1/lokale-regelingen": 2,
}


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"paginaGrootte": 25})
    assert response.status_code == 200
    return len(queries)


def test_list_pages_take_a_fixed_number_of_queries(client, home_page, postcode_areas):
    open_data_create(3)
    small = {url: _count(client, url) for url in BUDGETS}
    open_data_create(37)
    large = {url: _count(client, url) for url in BUDGETS}
    assert client.get("/api/v1/regelingen").json()["aantal"] == 40
    assert small == large == BUDGETS
