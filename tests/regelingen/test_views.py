"""The list, a scheme page, the theme include and the open-data export."""

import csv
import datetime
import io
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.content import OrganisationFactory, ThemeFactory, ThemePageFactory
from tests.factories.regelingen import (
    LifeEventFactory,
    SchemeAmountFactory,
    SchemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    housing = ThemeFactory(name="Wonen", slug="wonen")
    money = ThemeFactory(name="Geld", slug="geld")
    split = LifeEventFactory(name="Net uit elkaar", slug="net-uit-elkaar")
    svb = OrganisationFactory(name="SVB")
    SchemeFactory(name="Huurtoeslag", slug="huurtoeslag", themes=[housing, money])
    SchemeFactory(
        name="Kinderbijslag",
        slug="kinderbijslag",
        provider=svb,
        themes=[money],
        life_events=[split],
    )
    SchemeFactory(name="Verborgen concept", slug="concept", live=False, themes=[money])
    return {"housing": housing, "money": money, "split": split, "svb": svb}


def names(response):
    return [s.name for s in response.context["schemes"]]


def test_list_shows_published_schemes_only(client, catalogue):
    response = client.get("/regelingen/")
    assert response.status_code == 200
    assert names(response) == ["Huurtoeslag", "Kinderbijslag"]
    assert response.cookies == {} or set(response.cookies) == set()


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"onderwerp": "wonen"}, ["Huurtoeslag"]),
        ({"gebeurtenis": "net-uit-elkaar"}, ["Kinderbijslag"]),
        ({"q": "kinder"}, ["Kinderbijslag"]),
        ({"q": "svb"}, ["Kinderbijslag"]),
        ({"q": "niets-te-vinden"}, []),
        ({"onderwerp": "bestaat-niet"}, ["Huurtoeslag", "Kinderbijslag"]),
        ({"aanbieder": "<script>"}, ["Huurtoeslag", "Kinderbijslag"]),
        ({"q": "x" * 500}, ["Huurtoeslag", "Kinderbijslag"]),
    ],
)
def test_list_filters_and_ignores_bad_values(client, catalogue, params, expected):
    response = client.get("/regelingen/", params)
    assert response.status_code == 200
    assert names(response) == expected


def test_list_filter_by_provider(client, catalogue):
    response = client.get("/regelingen/", {"aanbieder": catalogue["svb"].pk})
    assert names(response) == ["Kinderbijslag"]
    html = response.content.decode()
    assert f'<option value="{catalogue["svb"].pk}" selected>SVB</option>' in html


def test_list_empty_result_helps(client, catalogue):
    html = client.get("/regelingen/", {"q": "zzz"}).content.decode()
    assert "We vonden geen regeling" in html
    assert "0 regelingen" in html


def test_long_list_comes_in_pages_that_keep_the_filters(client, catalogue):
    from regelingen.views import SCHEMES_PER_PAGE

    for n in range(SCHEMES_PER_PAGE + 5):
        SchemeFactory(
            name=f"Fonds {n:03}", slug=f"fonds-{n}", themes=[catalogue["money"]]
        )
    total = SCHEMES_PER_PAGE + 5 + 2  # + Huurtoeslag and Kinderbijslag
    first = client.get("/regelingen/", {"onderwerp": "geld"})
    html = first.content.decode()
    assert f"{total} regelingen" in html  # the count is of all pages
    assert len(first.context["schemes"]) == SCHEMES_PER_PAGE
    assert "Pagina 1 van 2" in html
    assert 'rel="next" href="?onderwerp=geld&amp;pagina=2"' in html
    assert 'rel="prev"' not in html
    second = client.get("/regelingen/", {"onderwerp": "geld", "pagina": "2"})
    html = second.content.decode()
    shown = names(first) + names(second)
    assert len(shown) == total == len(set(shown))
    assert shown == sorted(shown)
    assert 'rel="prev" href="?onderwerp=geld"' in html
    assert 'rel="next"' not in html
    # The canonical address of page 2 is page 2; a filter is not part of it.
    assert re.search(r'rel="canonical" href="[^"?]*/regelingen/\?pagina=2"', html)


@pytest.mark.parametrize("number", ["0", "-1", "abc", "99", "9" * 40, "2.5"])
def test_a_page_number_out_of_range_or_tampered_shows_a_page(client, catalogue, number):
    response = client.get("/regelingen/", {"pagina": number})
    assert response.status_code == 200
    assert names(response) == ["Huurtoeslag", "Kinderbijslag"]
    assert "Pagina" not in response.content.decode()


def test_list_rows_link_and_describe_each_scheme(client, catalogue):
    html = client.get("/regelingen/").content.decode()
    assert 'href="/regelingen/kinderbijslag/"' in html
    assert "SVB · Landelijk" in html


def _list_queries(client):
    # Every read counted: the list keeps its reads in the shared cache.
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/regelingen/", {"onderwerp": "geld"}).status_code == 200
    return len(queries)


def _detail_queries(client, slug):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/regelingen/{slug}/").status_code == 200
    return len(queries)


def test_list_and_detail_queries_do_not_grow_with_the_number_of_schemes(
    client, home_page
):
    theme = ThemeFactory(slug="geld")
    events = [LifeEventFactory() for _ in range(3)]
    providers = [OrganisationFactory() for _ in range(5)]

    def add(count):
        for n in range(count):
            scheme = SchemeFactory(
                provider=providers[n % 5], themes=[theme], life_events=events[: n % 3]
            )
            SchemeAmountFactory(
                scheme=scheme, valid_from=datetime.date(2020, 1, 1), valid_to=None
            )

    add(10)
    slug = SchemeFactory(themes=[theme], life_events=events).slug
    client.get("/regelingen/")  # warm up (site root, etc.)
    small_list, small_detail = _list_queries(client), _detail_queries(client, slug)
    add(190)
    large_list, large_detail = _list_queries(client), _detail_queries(client, slug)
    print(
        f"queries list 10/200: {small_list}/{large_list}, detail: {small_detail}/{large_detail}"
    )
    assert small_list == large_list <= 12
    assert small_detail == large_detail <= 12


def test_detail_page_shows_what_a_parent_needs(client, catalogue):
    response = client.get("/regelingen/huurtoeslag/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Voor wie?",
        "Wat krijg je?",
        "Zo vraag je het aan",
        "Bronnen",
        "Laatst gecontroleerd op",
        "1 november 2026",
        "Voorbeeldbron",
    ):
        assert text in html
    assert "<li>Voor ouders met een kind.</li>" in html
    assert response.cookies == {} or not response.cookies


def test_drafts_and_unknown_schemes_are_404(client, catalogue):
    assert client.get("/regelingen/concept/").status_code == 404
    assert client.get("/regelingen/bestaat-niet/").status_code == 404


def test_scheme_page_names_its_themes_in_the_readers_language(client, home_page):
    """Themes are shared with the Dutch scheme; an English reader sees the English
    name where the theme is translated, else the Dutch one marked lang="nl"."""
    from wagtail.models import Locale

    housing = ThemeFactory(name="Wonen", slug="wonen")
    money = ThemeFactory(name="Geld", slug="geld")
    english = housing.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Housing"
    english.save()
    scheme = SchemeFactory(slug="met-onderwerp")
    scheme.themes.set([housing, money])
    scheme.save()
    html = client.get("/en/regelingen/met-onderwerp/").content.decode()
    assert "Housing" in html and '<span lang="nl">Geld</span>' in html
    assert "Wonen" not in html
    dutch = client.get("/regelingen/met-onderwerp/").content.decode()
    assert "Wonen" in dutch and "Housing" not in dutch


def test_current_amount_is_shown_with_its_period(client, home_page, freezer=None):
    scheme = SchemeFactory(slug="met-bedrag")
    today = datetime.date.today()
    SchemeAmountFactory(
        scheme=scheme,
        amount="123.45",
        description="Per maand (voorbeeld)",
        valid_from=today - datetime.timedelta(days=30),
        valid_to=today + datetime.timedelta(days=30),
    )
    html = client.get("/regelingen/met-bedrag/").content.decode()
    assert "123,45" in html and "Per maand (voorbeeld)" in html
    assert "Het bedrag wordt gecontroleerd" not in html


def test_expired_amount_is_never_shown_as_current(client, home_page):
    scheme = SchemeFactory(slug="verlopen", official_url="https://www.svb.nl/")
    SchemeAmountFactory(
        scheme=scheme,
        amount="999.99",
        valid_from=datetime.date(2020, 1, 1),
        valid_to=datetime.date(2020, 12, 31),
    )
    html = client.get("/regelingen/verlopen/").content.decode()
    assert "999,99" not in html and "999.99" not in html
    assert "Het bedrag wordt gecontroleerd" in html
    assert 'href="https://www.svb.nl/"' in html


def test_export_json_has_published_schemes_with_sources(client, catalogue):
    response = client.get("/regelingen/export.json")
    data = json.loads(response.content)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert data["aantal"] == 2
    row = next(r for r in data["regelingen"] if r["naam"] == "Kinderbijslag")
    assert row["aanbieder"] == "SVB"
    assert row["onderwerpen"] == ["Geld"]
    assert row["bronnen"][0]["url"] == "https://www.rijksoverheid.nl/"
    assert row["laatst_gecontroleerd"] == "2026-11-01"
    assert row["url"].endswith("/regelingen/kinderbijslag/")


def test_export_csv(client, catalogue):
    response = client.get("/regelingen/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["naam"] for r in rows] == ["Huurtoeslag", "Kinderbijslag"]
    assert (
        rows[0]["onderwerpen"] == "Wonen; Geld"
        or rows[0]["onderwerpen"] == "Geld; Wonen"
    )


def test_export_csv_neutralises_formulas(client, home_page):
    SchemeFactory(name="=HYPERLINK(1)", slug="formule")
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/regelingen/export.csv").content.decode("utf-8-sig")
            )
        )
    )
    assert rows[0]["naam"] == "'=HYPERLINK(1)"


def test_theme_page_lists_its_schemes_in_one_query(client, home_page):
    theme = ThemeFactory(slug="wonen-thema", name="Wonen")
    ThemePageFactory(parent=home_page, title="Wonen", slug="wonen", theme=theme)
    SchemeFactory(name="Huurtoeslag", themes=[theme])
    SchemeFactory(name="Concept", themes=[theme], live=False)
    from regelingen.templatetags.regelingen_tags import schemes_for_theme

    with CaptureQueriesContext(connection) as queries:
        assert [s.name for s in schemes_for_theme(theme)] == ["Huurtoeslag"]
        [s.provider.name for s in schemes_for_theme(theme)]
    assert len(queries) == 2
    html = client.get("/wonen/").content.decode()
    assert "Regelingen bij dit onderwerp" in html and "Huurtoeslag" in html
    assert "Concept" not in html


def test_scheme_is_searchable_and_has_an_address(home_page):
    from regelingen.models import Scheme

    scheme = SchemeFactory(name="Kinderopvangtoeslag", slug="kinderopvangtoeslag")
    assert scheme.get_absolute_url() == "/regelingen/kinderopvangtoeslag/"
    assert list(Scheme.objects.filter(live=True).search("kinderopvangtoeslag")) == [
        scheme
    ]


def test_export_csv_guards_every_cell_joined_lists_included(client, home_page):
    evil = ThemeFactory(name="=cmd|' /C calc'!A0", slug="evil")
    SchemeFactory(name="  +31 bellen", slug="spaties", themes=[evil])
    SchemeFactory(name="\tTab", slug="tab")
    rows = {
        row["url"].rstrip("/").rsplit("/", 1)[-1]: row
        for row in csv.DictReader(
            io.StringIO(
                client.get("/regelingen/export.csv").content.decode("utf-8-sig")
            )
        )
    }
    assert rows["spaties"]["naam"] == "'  +31 bellen"
    assert rows["spaties"]["onderwerpen"] == "'=cmd|' /C calc'!A0"
    assert rows["tab"]["naam"] == "'\tTab"


def test_theme_page_sections_are_kept_until_content_changes(client, home_page):
    theme = ThemeFactory(slug="wonen-kept", name="Wonen")
    ThemePageFactory(parent=home_page, title="Wonen", slug="wonen", theme=theme)
    SchemeFactory(name="Huurtoeslag", themes=[theme])
    client.get("/wonen/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/wonen/").content.decode()
    assert "Huurtoeslag" in html
    assert not [q for q in queries if "regelingen_scheme" in q["sql"]]
    SchemeFactory(name="Zorgtoeslag", themes=[theme])  # a new generation
    assert "Zorgtoeslag" in client.get("/wonen/").content.decode()


def test_list_reads_are_kept_until_content_changes(client, catalogue):
    client.get("/regelingen/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/regelingen/")
    assert not [q for q in queries if "regelingen_scheme" in q["sql"]]
    SchemeFactory(name="Zorgtoeslag", slug="zorgtoeslag")  # a new generation
    assert "Zorgtoeslag" in names(client.get("/regelingen/"))
    # A free-text search is never kept.
    with CaptureQueriesContext(connection) as queries:
        client.get("/regelingen/", {"q": "zorg"})
    assert [q for q in queries if "regelingen_scheme" in q["sql"]]
