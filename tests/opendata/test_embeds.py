"""/embed/…: framable by any site (and only these pages), no cookie, Dutch 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Municipality
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.regelingen import SchemeFactory
from tests.opendata.conftest import municipality_page_create, open_data_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def embed_data(home_page, postcode_areas):
    SchemeFactory(name="Kinderbijslag voorbeeld")
    PeerGroupFactory(name="Koffie in de Jordaan", slug="jordaan", postcode="1015")
    municipality_page_create(Municipality.objects.get(slug="amsterdam"))


def _embed_urls():
    return [
        "/embed/regelingen/",
        "/embed/lotgenoten/",
        "/embed/lotgenoten/?postcode=1015",
        "/embed/gemeente/amsterdam/",
        "/embed/gemeente/zutphen/",  # no page: general guidance
    ]


def test_embed_pages_may_be_framed_by_any_site_and_set_no_cookie(client, embed_data):
    for url in _embed_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Frame-Options" not in response, url
        csp = response["Content-Security-Policy"]
        assert "frame-ancestors *" in csp, url
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert not response.cookies, url
        html = response.content.decode()
        assert '<base target="_blank">' in html
        assert (
            "http://" not in html.replace("http://testserver", "").split("</head>")[0]
        )


def test_other_pages_still_refuse_frames(client, embed_data):
    for url in ("/", "/regelingen/", "/lotgenoten/", "/gemeente/amsterdam/", "/api/v1"):
        response = client.get(url)
        assert response.get("X-Frame-Options") == "DENY", url
        if url != "/api/v1":
            assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_embeds_show_the_content_and_link_back(client, embed_data):
    schemes = client.get("/embed/regelingen/").content.decode()
    assert "Kinderbijslag voorbeeld" in schemes and "/regelingen/check/" in schemes
    groups = client.get("/embed/lotgenoten/?postcode=1015").content.decode()
    assert "Koffie in de Jordaan" in groups
    assert "/lotgenoten/jordaan/" in groups
    offer = client.get("/embed/gemeente/amsterdam/").content.decode()
    assert "Minimaregeling Amsterdam" in offer and "/gemeente/amsterdam/" in offer


def test_full_postcode_is_cut_to_four_digits_in_the_address(client, embed_data):
    response = client.get("/embed/lotgenoten/", {"postcode": "1015 AB"})
    assert response.status_code == 302
    assert response["Location"].endswith("postcode=1015")
    assert "X-Frame-Options" not in response


@pytest.mark.parametrize(
    "postcode, message",
    [
        ("", "Vul"),
        ("abcd", "postcode"),
        ("<b>1</b>", "postcode"),
        ("9" * 500, "postcode"),
    ],
)
def test_bad_postcodes_get_a_dutch_message(client, embed_data, postcode, message):
    response = client.get("/embed/lotgenoten/", {"postcode": postcode})
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html and message in html
    assert "<b>1</b>" not in html


def test_unknown_postcode_says_so(client, embed_data):
    html = client.get("/embed/lotgenoten/?postcode=1100").content.decode()
    assert "We kennen deze postcode niet" in html


def test_unknown_municipality_is_a_dutch_404_that_may_be_framed(client, embed_data):
    for slug in ("bestaat-niet", "a" * 300):
        response = client.get(f"/embed/gemeente/{slug}/")
        assert response.status_code == 404
        assert "Deze gemeente kennen we niet" in response.content.decode()
        assert "X-Frame-Options" not in response


def test_embeds_only_answer_get(client, embed_data):
    assert client.post("/embed/regelingen/").status_code in (403, 405)


def test_embed_lists_take_a_fixed_number_of_queries(client, embed_data):
    urls = ["/embed/regelingen/", "/embed/lotgenoten/?postcode=1012"]

    def counts():
        result = {}
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            result[url] = len(queries)
        return result

    small = counts()
    open_data_create(30, postcode="1012")
    assert counts() == small
    assert small == {"/embed/regelingen/": 1, "/embed/lotgenoten/?postcode=1012": 3}
