import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.views import search_terms
from tests.factories.content import StandardPageFactory


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("kinderopvang", "kinderopvang"),
        ('"toeslag" OR (geld*)', "toeslag OR geld"),
        ("  veel   ruimte ", "veel ruimte"),
        ("'\"<>", ""),
        ("x" * 500, "x" * 200),
    ],
)
def test_search_terms_keeps_words_only(raw, expected):
    assert search_terms(raw) == expected


def test_search_finds_a_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Kinderopvang betalen", slug="opvang")
    html = client.get("/zoeken/", {"q": "kinderopvang"}).content.decode()
    assert "Kinderopvang betalen" in html


def test_search_without_results_helps_further(client, home_page):
    html = client.get("/zoeken/", {"q": "qwertyuiop"}).content.decode()
    assert "We hebben niets gevonden" in html
    assert "/hulp/" in html


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=300))
def test_search_never_fails_and_escapes_input(client, home_page, query):
    response = client.get("/zoeken/", {"q": query, "pagina": query[:5]})
    assert response.status_code == 200
    if "<script" in query:
        assert "<script" not in response.content.decode().split("</header>")[1]
