"""The read API /api/v1/…: resources, paging, formats, errors, headers (docs/api.md)."""

import csv
import io

import pytest

from lotgenoten.models import PeerGroup
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory
from tests.factories.regelingen import SchemeFactory

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/regelingen",
    "/api/v1/lotgenotengroepen",
    "/api/v1/activiteiten",
    "/api/v1/gemeenten",
    "/api/v1/lokale-regelingen",
]


def test_index_links_every_collection_and_the_openapi_document(client, open_data):
    response = client.get("/api/v1")
    assert response.status_code == 200
    assert response["API-Version"] == "1.0.0"
    links = response.json()["_links"]
    hrefs = {link["href"].removeprefix("http://testserver") for link in links.values()}
    assert set(LISTS) | {"/api/v1/openapi.json", "/api/v1"} == hrefs


@pytest.mark.parametrize("url", LISTS)
def test_lists_are_paged_with_links_and_licence(client, open_data, url):
    response = client.get(url, {"paginaGrootte": 2})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["aantal"] == 3 and body["aantalPaginas"] == 2
    assert len(body["resultaten"]) == 2
    assert "pagina=2" in body["_links"]["next"]["href"]
    assert body["_links"]["prev"] is None
    assert body["licentie"]["naam"].startswith("CC0")
    assert response["X-Total-Count"] == "3"
    assert 'rel="next"' in response["Link"] and 'rel="license"' in response["Link"]
    last = client.get(body["_links"]["last"]["href"])
    assert len(last.json()["resultaten"]) == 1


def test_only_published_schemes_and_public_groups(client, open_data):
    SchemeFactory(name="Concept", live=False)
    PeerGroupFactory(name="Gestopt", status=PeerGroup.Status.STOPPED)
    PeerGroupFactory(name="Verborgen", live=False)
    names = [
        item["naam"]
        for url in ("/api/v1/regelingen", "/api/v1/lotgenotengroepen")
        for item in client.get(url).json()["resultaten"]
    ]
    assert len(names) == 6
    assert not {"Concept", "Gestopt", "Verborgen"} & set(names)


def test_groups_carry_no_contact_details_and_credit_geonames(client, open_data):
    group = PeerGroup.objects.first()
    group.contact_name, group.contact_email = "Sanne de Vries", "sanne@example.org"
    group.address = "Dorpsstraat 1"
    group.postcode = "1012 AB"
    group.save()
    response = client.get(f"/api/v1/lotgenotengroepen/{group.slug}")
    text = response.content.decode()
    for secret in (
        "Sanne",
        "sanne@example.org",
        "06 12345678",
        "aanmeldingen@example.org",
        "organisator@example.org",
        "Dorpsstraat",
        "1012 AB",
        "1012AB",
    ):
        assert secret not in text
    assert response.json()["postcodegebied"] == "1012"
    assert response.json()["gemeente"]
    listing = client.get("/api/v1/lotgenotengroepen").json()
    assert "GeoNames" in listing["bronvermelding"]


def test_details_and_their_404(client, open_data):
    scheme = client.get("/api/v1/regelingen").json()["resultaten"][0]
    detail = client.get(f"/api/v1/regelingen/{scheme['slug']}")
    assert detail.json() == scheme
    municipality = client.get("/api/v1/gemeenten").json()["resultaten"][0]
    assert client.get(f"/api/v1/gemeenten/{municipality['slug']}").status_code == 200
    local = client.get("/api/v1/lokale-regelingen").json()["resultaten"][0]
    assert client.get(f"/api/v1/lokale-regelingen/{local['id']}").status_code == 200
    for url in (
        "/api/v1/regelingen/bestaat-niet",
        "/api/v1/gemeenten/bestaat-niet",
        "/api/v1/lokale-regelingen/999999",
        "/api/v1/lotgenotengroepen/bestaat-niet",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 404


def test_filters(client, open_data):
    page = client.get("/api/v1/gemeenten").json()["resultaten"][0]
    local = client.get("/api/v1/lokale-regelingen", {"gemeente": page["slug"]})
    assert [r["gemeente"] for r in local.json()["resultaten"]] == [page["slug"]]
    assert client.get("/api/v1/regelingen", {"niveau": "fonds"}).json()["aantal"] == 0
    assert (
        client.get("/api/v1/lotgenotengroepen", {"online": "true"}).json()["aantal"]
        == 0
    )
    assert (
        client.get("/api/v1/gemeenten", {"provincie": "Gelderland"}).json()["aantal"]
        == 3
    )


@pytest.mark.parametrize(
    "params, status, name",
    [
        ({"pagina": "-1"}, 400, "pagina"),
        ({"pagina": "0"}, 400, "pagina"),
        ({"pagina": "abc"}, 400, "pagina"),
        ({"pagina": "1.5"}, 400, "pagina"),
        ({"pagina": "٣"}, 400, "pagina"),  # an Arabic-Indic digit
        ({"pagina": "9" * 40}, 400, "pagina"),
        ({"pagina": str(10**9)}, 404, None),
        ({"paginaGrootte": "0"}, 400, "paginaGrootte"),
        ({"paginaGrootte": "100000"}, 400, "paginaGrootte"),
        ({"niveau": "heel-hoog"}, 400, "niveau"),
        ({"onbekend": "1"}, 400, "onbekend"),
        ({"formaat": "xml"}, 400, "formaat"),
        ({"formaat": "\x00"}, 400, "formaat"),
    ],
)
def test_bad_parameters_are_problems_never_500(client, open_data, params, status, name):
    response = client.get("/api/v1/regelingen", params)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["instance"]
    if name:
        assert [p["name"] for p in body["invalidParams"]] == [name]


def test_unknown_paths_and_trailing_slashes_are_problem_404s(client, open_data):
    for url in (
        "/api/v1/regelingen/",
        "/api/v1/onbekend",
        "/api/v2/regelingen",
        "/api/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/problem+json"


def test_csv_is_guarded_and_has_a_row_per_item(client, open_data):
    SchemeFactory(name="=HYPERLINK(1)", slug="formule")
    response = client.get("/api/v1/regelingen", {"formaat": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "regelingen.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 4
    assert "'=HYPERLINK(1)" in [row["naam"] for row in rows]
    plain = [row for row in rows if row["naam"].startswith("Voorbeeld")]
    assert plain[0]["onderwerpen"]  # a list is joined into one cell
    groups = client.get("/api/v1/lotgenotengroepen", {"formaat": "csv"})
    assert groups.status_code == 200 and b"beschrijving" in groups.content


def test_etag_and_last_modified_give_304_and_garbage_is_ignored(client, open_data):
    first = client.get("/api/v1/gemeenten")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and modified
    again = client.get("/api/v1/gemeenten", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["API-Version"] == "1.0.0"
    assert again["Access-Control-Allow-Origin"] == "*"
    assert (
        client.get("/api/v1/gemeenten", HTTP_IF_MODIFIED_SINCE=modified).status_code
        == 304
    )
    for garbage in ('"', "W/", "*,,;", "\x00", "a" * 5000, '"x", W/"y"'):
        assert (
            client.get("/api/v1/regelingen", HTTP_IF_NONE_MATCH=garbage).status_code
            == 200
        )
    for garbage in ("gisteren", "Mon, 99 Foo 2026", "\x00", "9" * 50):
        assert (
            client.get("/api/v1/regelingen", HTTP_IF_MODIFIED_SINCE=garbage).status_code
            == 200
        )
    assert client.get("/api/v1/gemeenten", HTTP_IF_NONE_MATCH='"x"').status_code == 200
    assert client.get("/api/v1/regelingen", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_304_also_for_answers_from_the_page_cache(client, open_data, settings):
    settings.PAGE_CACHE_SECONDS = 60
    first = client.get("/api/v1/gemeenten")
    assert first["X-Page-Cache"] == "miss"
    again = client.get("/api/v1/gemeenten", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_cors_for_reading_only(client, open_data):
    response = client.get("/api/v1/regelingen", HTTP_ORIGIN="https://gemeente.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options("/api/v1/regelingen", HTTP_ORIGIN="https://x.example")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(
            "/api/v1/regelingen", HTTP_ORIGIN="https://x.example"
        )
        assert response.status_code == 405
        assert response["Content-Type"] == "application/problem+json"
        assert "Access-Control-Allow-Origin" not in response
        assert "GET" in response["Allow"]
    assert client.get("/api/v1/openapi.json")["Access-Control-Allow-Origin"] == "*"


def test_no_cookies_and_version_header_everywhere(client, open_data):
    for url in [
        *LISTS,
        "/api/v1",
        "/api/v1/openapi.json",
        "/api/v1/regelingen?pagina=x",
    ]:
        response = client.get(url)
        assert not response.cookies, url
        assert response["API-Version"] == "1.0.0", url


def test_head_works(client, open_data):
    response = client.head("/api/v1/regelingen")
    assert response.status_code == 200
    assert response["ETag"]


def test_old_export_address_still_works_and_points_to_the_api(client, open_data):
    response = client.get("/regelingen/export.json")
    assert response.status_code == 200
    assert "/api/v1/regelingen" in response["Link"]


def test_events_show_public_fields_only_and_never_past_or_unapproved_ones(
    client, home_page, postcode_areas
):
    """/api/v1/activiteiten: coming, approved, published events; no contact details."""
    EventFactory(slug="komt-nog", title="Workshop rust", postcode="1012")
    EventFactory(slug="concept", live=False)
    EventFactory(slug="niet-goedgekeurd", review="wacht")
    body = client.get("/api/v1/activiteiten").json()
    slugs = [item["slug"] for item in body["resultaten"]]
    assert slugs == ["komt-nog"]
    item = body["resultaten"][0]
    assert item["postcodegebied"] == "1012" and item["volgendeKeer"]
    text = client.get("/api/v1/activiteiten/komt-nog").content.decode()
    assert (
        "organisator@example.org" not in text and "activiteit@example.org" not in text
    )
    assert client.get("/api/v1/activiteiten/concept").status_code == 404
