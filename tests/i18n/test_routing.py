"""The language is the URL's prefix and nothing else: Dutch without prefix (every
URL as it was), /en/ and /ar/ for the public pages, a 404 for anything else."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from tests.factories.content import ThemePageFactory

pytestmark = pytest.mark.django_db


def _html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_dutch_urls_are_unchanged():
    assert reverse("search") == "/zoeken/"
    assert reverse("regelingen:check") == "/regelingen/check/"
    assert reverse("lotgenoten:search") == "/lotgenoten/"
    assert reverse("vragen:ask") == "/vraag/"
    assert reverse("health") == "/health/"


def test_urls_in_english_and_arabic_carry_the_prefix():
    with translation.override("en"):
        assert reverse("search") == "/en/zoeken/"
        assert reverse("regelingen:check") == "/en/regelingen/check/"
        # The secure area and the API have no language.
        assert reverse("health") == "/health/"
    with translation.override("ar"):
        assert reverse("lotgenoten:search") == "/ar/lotgenoten/"


@pytest.mark.parametrize(
    "path, lang, direction",
    [("/", "nl", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_home_page_in_each_language(client, home_page, path, lang, direction):
    response = client.get(path)
    assert response.status_code == 200
    tag = _html_tag(response)
    assert f'lang="{lang}"' in tag and f'dir="{direction}"' in tag
    assert response["Content-Language"] == lang
    assert not response.cookies
    assert "Accept-Language" not in response.get("Vary", "")


def test_theme_page_in_english(client, home_page):
    theme = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    assert client.get(theme.url).status_code == 200
    response = client.get(f"/en{theme.url}")
    assert response.status_code == 200
    assert 'lang="en"' in _html_tag(response)


def test_only_the_url_decides_the_language(client, home_page):
    """No cookie, no session, no Accept-Language: an unprefixed URL is Dutch."""
    client.cookies["django_language"] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.9")
    assert response.status_code == 200
    assert 'lang="nl"' in _html_tag(response)
    assert "django_language" not in response.cookies


@pytest.mark.parametrize(
    "path",
    [
        "/fr/",
        "/xx/",
        "/fr/zoeken/",
        "/nl/",
        "/en-gb/",
        "/EN/",
        "/en/professionals/",
        "/ar/professionals/",
        "/en/admin/",
        "/en/accounts/login/",
        "/en/api/v1/regelingen",
        "/en/embed/regelingen/",
        "/en/health/",
        "/ar/documenten/1/x.pdf",
        "/en/en/",
        "/en/bestaat-niet/",
    ],
)
def test_unknown_or_misplaced_prefix_is_a_404(client, home_page, path):
    # (A path without its final slash is first sent to the one with it.)
    response = client.get(path, follow=True)
    assert response.status_code == 404, path


def test_prefix_without_slash_goes_to_the_language_home(client, home_page):
    response = client.get("/en")
    assert response.status_code == 301
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("path", ["/en/regelingen/check/", "/en/lotgenoten/"])
def test_regelcheck_and_group_search_in_english(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="en"' in _html_tag(response)
    # The form sends the parent on in English: its action keeps the prefix.
    actions = re.findall(r'<form[^>]*action="([^"]*)"', html)
    main_forms = [a for a in actions if a and a != reverse("search")]
    assert main_forms and all(a.startswith("/en/") for a in main_forms), actions


def test_group_search_with_postcode_in_arabic(client, home_page, postcode_areas):
    response = client.get("/ar/lotgenoten/", {"postcode": "3511"})
    assert response.status_code == 200
    assert 'dir="rtl"' in _html_tag(response)


def test_language_links_and_alternates(client, home_page):
    html = client.get("/en/zoeken/?q=geld").content.decode()
    nav = re.search(r'<nav class="language-links".*?</nav>', html, re.S).group(0)
    links = re.findall(r"<a [^>]*>[^<]*</a>", nav)
    assert len(links) == 3
    dutch, english, arabic = links
    assert 'href="/zoeken/?q=geld"' in dutch and 'lang="nl"' in dutch
    assert ">Nederlands<" in dutch and 'hreflang="nl"' in dutch
    assert 'href="/en/zoeken/?q=geld"' in english and 'aria-current="true"' in english
    assert 'href="/ar/zoeken/?q=geld"' in arabic and ">العربية<" in arabic
    assert 'dir="rtl"' in arabic and "aria-current" not in dutch + arabic
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    )
    assert set(alternates) == {"nl", "en", "ar", "x-default"}
    assert alternates["en"].endswith("/en/zoeken/")
    assert alternates["x-default"] == alternates["nl"]
    assert alternates["nl"].endswith("/zoeken/") and "/en/" not in alternates["nl"]


def test_site_links_stay_in_the_language(client, home_page):
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/hulp/"' in html
    assert 'href="/ar/privacy/"' in html
    assert 'href="/hulp/"' not in html


def test_secure_area_has_no_language_links(client, db):
    html = client.get("/accounts/login/").content.decode()
    assert "language-links" not in html
    assert 'hreflang="en"' not in html


def test_english_catalogue_is_used_on_english_pages(
    client, home_page, english_catalogue
):
    assert "Quick exit" in client.get("/en/").content.decode()
    dutch = client.get("/").content.decode()
    assert "Snel weg" in dutch and "Quick exit" not in dutch


class TestPageCache:
    @pytest.fixture(autouse=True)
    def page_cache_on(self, settings):
        settings.PAGE_CACHE_SECONDS = 60
        cache.clear()

    def test_a_cached_dutch_page_is_never_served_for_another_language(
        self, client, home_page
    ):
        assert client.get("/")["X-Page-Cache"] == "miss"
        assert client.get("/")["X-Page-Cache"] == "hit"
        for path, lang in (("/en/", "en"), ("/ar/", "ar")):
            first = client.get(path)
            assert first["X-Page-Cache"] == "miss"
            assert f'lang="{lang}"' in _html_tag(first)
            second = client.get(path)
            assert second["X-Page-Cache"] == "hit"
            assert f'lang="{lang}"' in _html_tag(second)
            assert second["Content-Language"] == lang
            assert not second.cookies

    def test_the_cache_key_names_the_language(self, client, home_page):
        from core.page_cache import content_cached

        with translation.override("en"):
            assert content_cached("test:key", lambda: "en", 60) == "en"
        with translation.override("nl"):
            assert content_cached("test:key", lambda: "nl", 60) == "nl"
        with translation.override("en"):
            assert content_cached("test:key", lambda: "other", 60) == "en"


class TestParentMailLanguage:
    def test_question_asked_in_english_is_confirmed_and_answered_in_english(
        self, client, home_page, english_catalogue, django_user_model
    ):
        from vragen.models import Question
        from vragen.services import answer_create

        response = client.post(
            "/en/vraag/",
            {
                "text": "How do I apply for child benefit?",
                "contact": "email",
                "email": "ouder@example.org",
                "consent": "on",
            },
        )
        assert response.status_code == 302
        assert response["Location"].startswith("/en/")
        question = Question.objects.get()
        assert question.language == "en"
        confirmation = mail.outbox[-1]
        assert confirmation.subject.startswith("Your question arrived")
        assert "We received your question. Thank you." in confirmation.body
        # Answered later by someone working in Dutch: still English for the parent.
        user = django_user_model.objects.create_user("team", "t@example.org", "x" * 14)
        with translation.override("nl"):
            answer_create(question, text="Via de SVB.", via="email", by=user)
        assert mail.outbox[-1].subject.startswith("Answer to your question")

    def test_question_asked_in_dutch_stays_dutch(
        self, client, home_page, english_catalogue
    ):
        client.post(
            "/vraag/",
            {
                "text": "Hoe vraag ik kinderbijslag aan?",
                "contact": "email",
                "email": "ouder@example.org",
                "consent": "on",
            },
        )
        assert mail.outbox[-1].subject.startswith("Je vraag is binnengekomen")

    def test_signup_in_english_mails_the_parent_in_english_the_organiser_in_dutch(
        self, client, home_page, postcode_areas, english_catalogue
    ):
        from tests.factories.lotgenoten import PeerGroupFactory

        group = PeerGroupFactory(name="Koffie in Oost", notify_email="oost@example.org")
        response = client.post(
            f"/en/lotgenoten/{group.slug}/meedoen/",
            {
                "name": "Sam",
                "email": "sam@example.org",
                "phone": "",
                "message": "Hello",
                "consent": "on",
                "website": "",
            },
        )
        assert response.status_code == 302
        by_recipient = {m.to[0]: m for m in mail.outbox}
        parent = by_recipient["sam@example.org"]
        assert parent.subject == "Your sign-up for Koffie in Oost"
        assert "The organiser gets your sign-up." in parent.body
        assert "/en/lotgenoten/" in parent.body
        organiser = by_recipient["oost@example.org"]
        assert organiser.subject.startswith("Nieuwe aanmelding")
        assert "/en/" not in organiser.body


# The theme 'Geld en schulden' as its translation file names it.
MENU_THEME = {"en": "Money and debts", "ar": "المال والديون"}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_public_page_works_in_each_language(
    client, demo_site_translated, language, settings
):
    """Every public page type the privacy test visits, under the language prefix:
    a 200 in that language, no cookie without a form, links that stay in it. With
    the Site and its root page kept per process, as in production."""
    from django.core.management import call_command

    from core.languages import path_in_language
    from core.middleware import SiteCacheMiddleware
    from tests.test_privacy import _public_urls

    settings.SITE_CACHE_SECONDS = 60
    SiteCacheMiddleware.clear()

    for loader in ("load_demo_regelingen", "load_demo_lotgenoten"):
        call_command(loader, verbosity=0)
    for url in _public_urls():
        if url.startswith(("/api/", "/embed/")):
            continue  # no language prefix there (a 404, tested above)
        client.cookies.clear()
        translated = path_in_language(url, language)
        response = client.get(translated)
        assert response.status_code == 200, translated
        if not response["Content-Type"].startswith("text/html"):
            continue  # a calendar file or a download
        html = response.content.decode()
        assert f'lang="{language}"' in _html_tag(response), translated
        if "csrfmiddlewaretoken" not in html:
            assert not response.cookies, f"{translated} set {list(response.cookies)}"
        nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S)
        if nav:  # the main menu names the theme pages in the reader's language
            assert MENU_THEME[language] in nav.group(0), translated
            assert "Geld en schulden" not in nav.group(0), translated
        # Only the language links lead to the Dutch page (with hreflang="nl").
        assert not re.search(r'href="/hulp/"(?! hreflang="nl")', html), (
            f"{translated} links to the Dutch /hulp/"
        )
