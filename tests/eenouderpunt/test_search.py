"""Site search: safe input, Dutch word forms, highlighting, privacy, promotions."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from content.models import Organisation
from content.search import (
    excerpt,
    highlight,
    looks_personal,
    search_terms,
    search_words,
    suggest,
    word_variants,
)
from eenouderpunt import search as search_view
from tests.factories.content import (
    InfoPageFactory,
    OrganisationFactory,
    StandardPageFactory,
    ThemePageFactory,
)


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


def test_search_words_drop_operators_and_duplicates():
    assert search_words("Toeslag OR toeslag and geld") == ["toeslag", "geld"]


@pytest.mark.parametrize(
    "word, form",
    [
        ("kinderen", "kind"),
        ("kind", "kinderen"),
        ("toeslagen", "toeslag"),
        ("toeslag", "toeslagen"),
        ("ouders", "ouder"),
        ("scholen", "school"),
        ("kindje", "kind"),
    ],
)
def test_word_variants_know_dutch_plurals(word, form):
    assert form in word_variants(word)


@pytest.mark.parametrize(
    "query, personal",
    [
        ("1012 AB", True),
        ("1012ab kinderopvang", True),
        ("3511", True),
        ("jan@example.nl", True),
        ("06-12345678", True),
        ("+31 6 1234 5678", True),
        ("kinderopvang", False),
        ("toeslag 2027", False),
        ("alimentatie", False),
    ],
)
def test_looks_personal(query, personal):
    assert looks_personal(query) is personal


def test_highlight_escapes_and_marks():
    html = highlight("<b>Kinderen</b> en een kind", ["kind"])
    assert html == "&lt;b&gt;<mark>Kinderen</mark>&lt;/b&gt; en een <mark>kind</mark>"


def test_excerpt_shows_the_matching_part():
    text = "Begin. " + "woord " * 100 + "Hier staat alimentatie in. " + "slot " * 50
    part = excerpt(text, ["alimentatie"], length=120)
    assert "alimentatie" in part and part.startswith("…")


def test_suggest_a_close_word():
    assert suggest(["kinderopvng"], {"kinderopvang", "toeslag"}) == "kinderopvang"
    assert suggest(["toeslag"], {"kinderopvang", "toeslag"}) == ""


@pytest.mark.django_db
def test_search_finds_a_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Kinderopvang betalen", slug="opvang")
    html = client.get("/zoeken/", {"q": "kinderopvang"}).content.decode()
    assert "<mark>Kinderopvang</mark> betalen" in html
    assert 'href="/opvang/"' in html


@pytest.mark.django_db
def test_pages_behind_a_view_restriction_are_not_found(client, home_page):
    """Restricted pages stay out as with Page.public(), without asking the
    restrictions table on every search (they are kept per content generation)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import PageViewRestriction

    open_page = StandardPageFactory(parent=home_page, title="Opvang open", slug="open")
    closed = StandardPageFactory(parent=home_page, title="Opvang leden", slug="leden")
    below = StandardPageFactory(parent=closed, title="Opvang dieper", slug="dieper")
    PageViewRestriction.objects.create(
        page=closed, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    client.get("/zoeken/", {"q": "opvang"})
    with CaptureQueriesContext(connection) as ctx:
        html = client.get("/zoeken/", {"q": "opvang"}).content.decode()
    assert f'href="{open_page.url}"' in html
    assert f'href="{closed.url}"' not in html and f'href="{below.url}"' not in html
    assert not [q for q in ctx if "pageviewrestriction" in q["sql"]]


@pytest.mark.django_db
def test_inflected_query_finds_the_base_word(client, home_page):
    theme_page = ThemePageFactory(parent=home_page, slug="opvoeden")
    InfoPageFactory(
        parent=theme_page,
        slug="praten",
        title="Praten met je kind",
        intro="Zo praat je met je kind over de scheiding.",
    )
    html = client.get("/zoeken/", {"q": "kinderen"}).content.decode()
    assert 'href="/opvoeden/praten/"' in html
    assert "Informatie" in html  # labelled by type


@pytest.mark.django_db
def test_search_without_results_helps_further(client, home_page):
    ThemePageFactory(parent=home_page, title="Kinderopvang", slug="kinderopvang")
    html = client.get("/zoeken/", {"q": "kinderopvng"}).content.decode()
    assert "We hebben niets gevonden" in html
    assert "/hulp/" in html
    assert 'href="/kinderopvang/"' in html  # the themes
    assert "Bedoel je:" in html and "?q=kinderopvang" in html


@pytest.mark.django_db
def test_queries_are_counted_without_personal_data(client, home_page):
    client.get("/zoeken/", {"q": "Alimentatie"})
    client.get("/zoeken/", {"q": "alimentatie"})
    client.get("/zoeken/", {"q": "1012 AB"})
    client.get("/zoeken/", {"q": "mijn@mail.nl"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["alimentatie"]
    assert Query.objects.get().hits == 2
    response = client.get("/zoeken/", {"q": "alimentatie"})
    assert not response.cookies


@pytest.mark.django_db
def test_editors_promoted_result_comes_first(client, home_page):
    StandardPageFactory(parent=home_page, title="Geld lenen", slug="lenen")
    promoted = StandardPageFactory(
        parent=home_page, title="Hulp bij schulden", slug="schulden"
    )
    query = Query.get("geld")
    SearchPromotion.objects.create(
        query=query, page=promoted, description="Begin hier."
    )
    html = client.get("/zoeken/", {"q": "geld"}).content.decode()
    assert html.index('href="/schulden/"') < html.index('href="/lenen/"')
    assert "Aanrader" in html and "Begin hier." in html


@pytest.mark.django_db
def test_other_apps_models_join_the_search(client, home_page, monkeypatch):
    monkeypatch.setattr(
        Organisation,
        "get_absolute_url",
        lambda self: f"/organisaties/{self.pk}/",
        raising=False,
    )
    OrganisationFactory(name="Stichting Zonnebloem", description="Uitjes voor ouders.")
    monkeypatch.setattr(
        search_view, "SEARCH_MODELS", (*search_view.SEARCH_MODELS, Organisation)
    )
    html = client.get("/zoeken/", {"q": "zonnebloem"}).content.decode()
    assert "/organisaties/" in html and "Organisatie" in html


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=300))
@pytest.mark.django_db
def test_search_never_fails_and_escapes_input(client, home_page, query):
    response = client.get("/zoeken/", {"q": query, "pagina": query[:5]})
    assert response.status_code == 200
    if "<script" in query:
        assert "<script" not in response.content.decode().split("</header>")[1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 2000,
        "'; DROP TABLE wagtailcore_page; --",
        "<script>alert(1)</script>",
        "AND OR NOT",
    ],
)
def test_bad_input_gives_a_normal_page(client, home_page, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    body = response.content.decode().split("</header>")[1]
    assert "<script>alert" not in body


# Odd input that a parent's phone, a copy-paste or a bot may send.
ODD_QUERIES = [
    "kinderopvang toeslag " * 100,  # 2,100 characters of real words
    "ab cd ef gh " * 170,  # 2,040 characters, many distinct short words
    "-" * 2000,
    "_" * 2000,
    "?!.,;:'\"()[]{}…—–«»¿¡*&^%$#@~`|\\/+=",  # only punctuation
    "...",
    " - ",
    "\u00a0\u2003\u200b\ufeff",  # non-breaking, em, zero-width spaces, BOM
    "kinder\u200bopvang",  # a zero-width space inside a word
    "e\u0301" * 700,  # combining accents
    "\u202etoeslag\u202c",  # right-to-left override
    "👨‍👩‍👧‍👦 hulp 🏠",  # emoji and joiners
    "İstanbul ß ﬁnanciën",  # lower() changes the length
    "تربية الأطفال",  # Arabic
    "育儿 补贴",  # Chinese
    "١٢٣٤ ٥٦",  # Arabic-Indic digits
    "kinder\x00opvang",  # a NUL byte (PostgreSQL refuses it in a string)
    "\x01\x1f\x7f",  # control characters
    "%00 %ff %25",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_input_gives_a_normal_page(client, home_page, query):
    StandardPageFactory(parent=home_page, title="Kinderopvang betalen", slug="opvang")
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query_string",
    [
        "q=%ED%A0%80",  # a lone surrogate in UTF-8
        "q=%FF%FE%FD",  # not UTF-8 at all
        "q=%C3",  # half a character
        "q=toeslag&q=%00&q=" + "x" * 2000,  # the parameter three times
        "q=toeslag&pagina=99999999999999999999999",
        "q=toeslag&pagina=-1",
        "q=toeslag&pagina=%00",
        "q",
        "=&&&=",
    ],
)
def test_broken_query_strings_give_a_normal_page(client, home_page, query_string):
    response = client.get("/zoeken/", QUERY_STRING=query_string)
    assert response.status_code == 200
    assert "<h1" in response.content.decode()


def test_hits_are_cached_until_content_changes_and_every_search_counts(
    client, home_page, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 60
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    InfoPageFactory(parent=theme, title="Toeslagen aanvragen", slug="toeslagen")
    with CaptureQueriesContext(connection) as first:
        assert "</mark> aanvragen" in client.get("/zoeken/?q=toeslagen").text
    with CaptureQueriesContext(connection) as second:
        assert "</mark> aanvragen" in client.get("/zoeken/?q=toeslagen").text

    def searches(ctx):
        return [q for q in ctx.captured_queries if "indexentry" in q["sql"].lower()]

    assert searches(first) and not searches(second)
    assert Query.get("toeslagen").hits == 2
    InfoPageFactory(parent=theme, title="Toeslagen terugbetalen", slug="terug")
    assert "</mark> terugbetalen" in client.get("/zoeken/?q=toeslagen").text


def test_what_search_keeps_follows_a_publish(client, home_page, settings):
    """A found page's title and URL, the sources' SQL and the help for "nothing
    found" are kept per content generation: a rename, a move out of sight and a new
    theme show in the next search."""
    settings.PAGE_CACHE_SECONDS = 60
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    info = InfoPageFactory(parent=theme, title="Toeslagen aanvragen", slug="aanvragen")
    assert "aanvragen/" in client.get("/zoeken/?q=toeslagen").text
    info.title, info.slug = "Toeslagen regelen", "regelen"
    info.save_revision().publish()
    html = client.get("/zoeken/?q=toeslagen").text
    assert "</mark> regelen" in html and "/geld/regelen/" in html
    assert "/geld/aanvragen/" not in html
    info.unpublish()
    assert "/geld/regelen/" not in client.get("/zoeken/?q=toeslagen").text
    assert 'href="/werk/"' not in client.get("/zoeken/?q=xyzzy").text
    ThemePageFactory(parent=home_page, title="Werk", slug="werk")
    assert 'href="/werk/"' in client.get("/zoeken/?q=xyzzy").text


@pytest.mark.parametrize(
    "query",
    [
        "Jan Jansen Dorpsstraat 12",
        "jan jansen dorpsstraat 12",
        "Piet de Vries, Kerkweg 3",
        "Anna Bakker Heuvel 12",
        "Keizersgracht",
        "Molenlaan 4a",
        "Marktplein 4 Utrecht",
        "12-03-1985",
    ],
)
def test_a_name_and_street_address_look_personal(query):
    assert looks_personal(query) is True


@pytest.mark.parametrize(
    "query",
    [
        "gerechtshof",
        "ww uitkering 3 maanden",
        "kinderbijslag 2026 bedrag",
        "groep 8",
        "2e kind kinderbijslag",
    ],
)
def test_ordinary_questions_with_numbers_do_not(query):
    assert looks_personal(query) is False


@pytest.mark.django_db
def test_personal_queries_are_not_counted_even_when_they_match(client, home_page):
    StandardPageFactory(parent=home_page, title="Jan en de straat", slug="jan")
    client.get("/zoeken/", {"q": "Jan Jansen Dorpsstraat 12"})
    client.get("/zoeken/", {"q": "jan"})
    # Found nothing and more than one word: perhaps a name, so not stored.
    client.get("/zoeken/", {"q": "Karin Wolters"})
    # Found nothing, one word: what parents miss is still counted.
    client.get("/zoeken/", {"q": "alimentatie"})
    assert sorted(Query.objects.values_list("query_string", flat=True)) == [
        "alimentatie",
        "jan",
    ]


@pytest.mark.django_db
def test_search_counts_are_deleted_after_the_retention_period(settings):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import QueryDailyHits

    settings.SEARCH_QUERY_RETENTION_DAYS = 30
    today = timezone.localdate()
    old = Query.get("oud")
    QueryDailyHits.objects.create(
        query=old, date=today - datetime.timedelta(days=31), hits=4
    )
    mixed = Query.get("gemengd")
    QueryDailyHits.objects.create(
        query=mixed, date=today - datetime.timedelta(days=31), hits=1
    )
    QueryDailyHits.objects.create(
        query=mixed, date=today - datetime.timedelta(days=30), hits=2
    )
    promoted = Query.get("geld")  # editors picked a result for it: theirs
    SearchPromotion.objects.create(
        query=promoted, external_link_url="https://example.org/", description="x"
    )
    call_command("search_queries_delete_expired", verbosity=0)
    assert sorted(Query.objects.values_list("query_string", flat=True)) == [
        "geld",
        "gemengd",
    ]
    assert Query.get("gemengd").hits == 2


def _search_queries(client, query: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # the second, warm request counts
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/zoeken/", {"q": query})
        assert response.status_code == 200
    return len(ctx.captured_queries)


def _more_to_find(home_page, start: int, count: int):
    """Pages, schemes and groups, each found by its own word."""
    from tests.factories.lotgenoten import PeerGroupFactory
    from tests.factories.regelingen import SchemeFactory

    theme_page = ThemePageFactory(parent=home_page, slug=f"thema-{start}")
    for n in range(start, start + count):
        InfoPageFactory(
            parent=theme_page,
            slug=f"alimentatie-{n}",
            title=f"Alimentatie vraag {n}",
            intro="Over alimentatie voor je kinderen.",
        )
        SchemeFactory(slug=f"bijdrageregeling-{n}", name=f"Bijdrageregeling {n}")
        PeerGroupFactory(
            slug=f"koffieochtend-{n}", name=f"Koffieochtend {n}", is_online=True
        )


# Pages only, schemes only, groups only, and no hits (spelling suggestions).
_QUERIES = ("alimentatie", "bijdrageregeling", "koffieochtend", "alimentatei")


@pytest.mark.django_db
def test_search_takes_a_fixed_number_of_queries(client, home_page, settings):
    """The same number of queries with 3 or 60 matching pages, schemes and groups
    each (the objects of the ten hits shown are loaded, not all that were found)."""
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 10_000
    _more_to_find(home_page, 0, 3)
    small = {q: _search_queries(client, q) for q in _QUERIES}
    _more_to_find(home_page, 3, 57)
    large = {q: _search_queries(client, q) for q in _QUERIES}
    assert large == small
    html = client.get("/zoeken/", {"q": "alimentatie"}).content.decode()
    assert html.count("search-results__title") == 10  # ten shown, the rest paged
