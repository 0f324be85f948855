"""Search synonyms: the editors' table applied at query time, one step and safe.

Pure rules (content/search.py) without a database; the view with a table that is
empty, that loops, or that meets a 2,000-character query.
"""

import pytest

from content.models import GlossaryTerm, SearchSynonym
from content.search import expand_words, meaningful_words, rank_by_title
from eenouderpunt.search import Hit, stream_text
from tests.factories.content import InfoPageFactory, ThemePageFactory


def test_a_word_also_finds_what_it_means():
    table = {"geweld": ["huiselijk geweld", "veiligheid"]}
    assert expand_words(["geweld"], table) == {
        "geweld": ["huiselijk geweld", "veiligheid"]
    }


def test_synonyms_are_applied_one_step_so_a_loop_cannot_grow():
    table = {"a": ["b"], "b": ["a", "c"], "c": ["a"]}
    assert expand_words(["a"], table) == {"a": ["b"]}
    assert expand_words(["a", "b"], table) == {"a": [], "b": ["c"]}


def test_an_empty_table_changes_nothing():
    assert expand_words(["gezag", "kind"], {}) == {"gezag": [], "kind": []}


def test_a_plural_finds_the_row_of_its_singular():
    table = {"omgangsregeling": ["omgang"]}
    assert expand_words(["omgangsregelingen"], table) == {
        "omgangsregelingen": ["omgang"]
    }


def test_meanings_per_word_are_capped():
    table = {"x": [f"w{i}" for i in range(50)]}
    assert len(expand_words(["x"], table)["x"]) == 6


def test_function_words_are_dropped_unless_nothing_else_is_left():
    assert meaningful_words(["wie", "mag", "in", "het", "huis", "blijven"]) == [
        "huis",
        "blijven",
    ]
    assert meaningful_words(["het"]) == ["het"]


def test_a_title_that_names_the_searched_word_comes_first():
    hits = [
        Hit("Afspraken over de kinderen", "/a/", "", "Informatie"),
        Hit("Je krijgt een kind", "/b/", "", "Stappenplan"),
        Hit("Gezag en erkenning", "/c/", "", "Informatie"),
    ]
    ranked = rank_by_title(hits, ["gezag"], {"gezag": ["erkenning"]})
    assert [h.url for h in ranked] == ["/c/", "/a/", "/b/"]
    # A synonym in the title counts, less than the word itself.
    ranked = rank_by_title(hits, ["erkennen"], {"erkennen": ["erkenning"]})
    assert ranked[0].url == "/c/"


@pytest.mark.django_db
def test_a_synonym_row_is_stored_lower_case_without_itself():
    row = SearchSynonym.objects.create(
        word="  Geweld ", also_means="Huiselijk geweld, geweld, ,veiligheid"
    )
    row.refresh_from_db()
    assert row.word == "geweld"
    assert row.meanings == ["huiselijk geweld", "veiligheid"]


@pytest.fixture
def violence_page(home_page):
    theme_page = ThemePageFactory(parent=home_page, slug="veiligheid")
    return InfoPageFactory(
        parent=theme_page,
        slug="huiselijk-geweld",
        title="Thuis niet veilig",
        intro="Word je thuis geslagen of bedreigd? Bel Veilig Thuis.",
    )


@pytest.mark.django_db
def test_a_synonym_finds_a_page_that_does_not_use_the_word(client, violence_page):
    html = client.get("/zoeken/", {"q": "mishandeling"}).content.decode()
    assert "We hebben niets gevonden" in html
    SearchSynonym.objects.create(word="mishandeling", also_means="geslagen, bedreigd")
    html = client.get("/zoeken/", {"q": "mishandeling"}).content.decode()
    assert 'href="/veiligheid/huiselijk-geweld/"' in html
    assert "<mark>geslagen</mark>" in html  # what the synonym found is marked


@pytest.mark.django_db
def test_glossary_terms_are_shown_with_the_results(client, violence_page):
    GlossaryTerm.objects.create(
        term="huiselijk geweld", explanation="Geweld door iemand uit je eigen kring."
    )
    SearchSynonym.objects.create(word="geweld", also_means="huiselijk geweld, veilig")
    html = client.get("/zoeken/", {"q": "geweld"}).content.decode()
    assert "Wat betekent het?" in html
    assert "Geweld door iemand uit je eigen kring." in html
    assert 'href="/begrippen/#begrip-huiselijk-geweld"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "rows",
    [
        [],  # an empty table
        [("a", "b"), ("b", "a")],  # a loop
        [("veilig", "veilig, onveilig"), ("onveilig", "veilig")],  # itself, a loop
        [("x", ", ".join(f"woord{i}" for i in range(25)))],  # a long row
    ],
)
@pytest.mark.parametrize(
    "query",
    ["a", "a " * 1000, "veilig " * 286, "x " + "a" * 1998],
)
def test_any_table_and_any_long_query_give_a_normal_page(
    client, violence_page, settings, rows, query
):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 10_000
    for word, also_means in rows:
        SearchSynonym.objects.create(word=word, also_means=also_means)
    assert len(query) >= 2000 or len(query) < 10
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "Zoeken" in response.content.decode()


def test_result_text_has_no_heading_levels_and_blocks_keep_a_space():
    data = [
        {"type": "heading", "value": {"text": "Wat is gezag?", "level": "h2"}},
        {"type": "text", "value": "<ul><li>Eén.</li><li><b>Twee</b>.</li></ul>"},
    ]
    words = " ".join(stream_text(data).split())
    assert "h2" not in words
    assert words == "Wat is gezag? Eén. Twee."
