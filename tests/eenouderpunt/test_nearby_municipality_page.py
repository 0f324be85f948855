"""/in-de-buurt/ shows the municipality's own page when it has published one."""

import datetime

from core.models import Municipality
from tests.factories.professionals import (
    MunicipalityOrganisationFactory,
    MunicipalityPageFactory,
)


def test_nearby_shows_published_municipality_page(client, home_page, postcode_areas):
    amsterdam = Municipality.objects.get(name="Amsterdam")
    MunicipalityPageFactory(
        municipality=amsterdam,
        organisation=MunicipalityOrganisationFactory(municipality=amsterdam),
        front_door_name="Buurtteam Centrum",
        last_verified=datetime.date.today(),
    )
    html = client.get("/in-de-buurt/", {"postcode": "1012"}).content.decode()
    assert "Hulp van de gemeente Amsterdam" in html
    assert "Buurtteam Centrum" in html


def test_nearby_without_municipality_page_gives_general_guidance(
    client, home_page, postcode_areas
):
    html = client.get("/in-de-buurt/", {"postcode": "1012"}).content.decode()
    assert "heeft hier nog geen eigen informatie gezet" in html
    assert "wijkteam" in html
