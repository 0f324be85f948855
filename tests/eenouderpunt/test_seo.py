"""What search engines read: meta descriptions, canonical links, robots rules,
robots.txt, the sitemap with its dates, FAQ structured data, heading order."""

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page

from content.models import InfoPage
from core.models import Municipality
from lotgenoten.models import PeerGroup
from regelingen.models import Scheme
from tests.factories.content import InfoPageFactory, OrganisationFactory
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.professionals import MunicipalityPageFactory

BASE = "https://www.eenouderpunt.example"
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_base_url")]


@pytest.fixture
def _base_url():
    with override_settings(WAGTAILADMIN_BASE_URL=BASE):
        yield


class _Head(HTMLParser):
    """The SEO tags of the head, every heading (level, role) and JSON-LD blocks."""

    def __init__(self):
        super().__init__()
        self.description = None
        self.robots = None
        self.canonical = []
        self.headings = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content")
        elif tag == "meta" and attrs.get("name") == "robots":
            self.robots = attrs.get("content")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs.get("href"))
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append((int(tag[1]), attrs.get("role")))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(data)


def _read(client, url) -> _Head:
    response = client.get(url)
    assert response.status_code == 200, url
    head = _Head()
    head.feed(response.content.decode())
    return head


def _load_demo():
    for loader in ("load_demo_regelingen", "load_demo_lotgenoten"):
        call_command(loader, verbosity=0)
    MunicipalityPageFactory(
        municipality=Municipality.objects.get(slug="zutphen"),
        organisation=OrganisationFactory(),
    )


# Public views outside the page tree, and the states parents see of them.
INDEXED_VIEWS = [
    "/regelingen/",
    "/regelingen/check/",
    "/lotgenoten/",
    "/lotgenoten/zelf-starten/",
    "/in-de-buurt/",
    "/gemeente/zutphen/",
    "/vraag/",
]
NOINDEX_VIEWS = [
    "/zoeken/",
    "/zoeken/?q=toeslag",
    "/zoeken/?q=zzzzqqq",
    "/lotgenoten/?postcode=7201",
    "/lotgenoten/?postcode=2765",
    "/lotgenoten/?online=on",
    "/lotgenoten/?postcode=12",
    "/in-de-buurt/?postcode=7201",
    "/in-de-buurt/?postcode=abc",
]
# Indexed, with the canonical link of the list without its filters.
FILTERED_VIEWS = ["/regelingen/?onderwerp=wonen"]


def _group():
    return PeerGroup.objects.public().order_by("slug").first()


def _public_urls() -> list[str]:
    """Every live page of the demo tree, and one of each view outside it."""
    # The Dutch pages: the English and Arabic copies (aliases until translated)
    # repeat their text; their canonical and hreflang belong to the language routing.
    dutch = Page.objects.live().public().filter(depth__gt=1, locale__language_code="nl")
    urls = [p.url for p in dutch]
    scheme = Scheme.objects.filter(live=True).first()
    urls += [scheme.get_absolute_url(), _group().get_absolute_url()]
    urls += [_group().get_absolute_url() + "meedoen/"]
    return urls + INDEXED_VIEWS + NOINDEX_VIEWS + FILTERED_VIEWS


def test_every_public_page_of_the_demo_site(client, demo_site):
    """One walk over the demo site (loading it takes a while): a description and
    a canonical link, or noindex; headings in order and without a role (see
    `_assert_headings_in_order`); FAQ structured data."""
    _load_demo()
    descriptions = {}
    for url in _public_urls():
        head = _read(client, url)
        _assert_headings_in_order(url, head.headings)
        if head.robots == "noindex":
            assert head.canonical == [], f"{url}: noindex and a canonical"
            continue
        assert head.description, f"{url} has no meta description"
        assert len(head.description) <= 160, url
        assert "<" not in head.description, url
        assert head.canonical == [BASE + url.split("?")[0]], url
        if url not in FILTERED_VIEWS:
            descriptions.setdefault(head.description, []).append(url)
    for url in NOINDEX_VIEWS + ["/lotgenoten/" + _group().slug + "/meedoen/"]:
        assert _read(client, url).robots == "noindex", url
    # Each indexed page says something of its own.
    assert not {d: u for d, u in descriptions.items() if len(u) > 1}
    # FAQ blocks of the demo pages become structured data.
    with_faq = [
        p for p in InfoPage.objects.live() if any(b.block_type == "faq" for b in p.body)
    ]
    assert with_faq
    for page in with_faq:
        assert len(_read(client, page.url).json_ld) == 1, page.url


def test_search_description_wins_and_intro_is_the_fallback(client, home_page):
    page = InfoPageFactory(
        parent=home_page,
        slug="uitleg",
        intro="<b>Korte</b> intro. " + "Nog meer tekst hierover. " * 10,
        search_description="",
    )
    description = _read(client, page.url).description
    assert description.startswith("Korte intro. Nog meer tekst")
    assert len(description) <= 155 and description.endswith("…")
    page.search_description = "Wat de zoekmachine laat zien."
    page.save_revision().publish()
    assert _read(client, page.url).description == "Wat de zoekmachine laat zien."


def test_canonical_leaves_the_query_out(client, home_page):
    page = InfoPageFactory(parent=home_page, slug="uitleg")
    head = _read(client, page.url + "?utm_source=nieuwsbrief&x=1")
    assert head.canonical == [f"{BASE}/uitleg/"]


def test_form_result_and_organiser_pages_are_noindex_without_canonical(
    client, home_page
):
    group = PeerGroupFactory(is_online=True)
    for url in (
        f"/lotgenoten/{group.slug}/meedoen/verstuurd/",
        "/lotgenoten/zelf-starten/verstuurd/",
        "/lotgenoten/bijwerken/niet-geldig/",
        "/bestaat-niet/",
    ):
        response = client.get(url)
        head = _Head()
        head.feed(response.content.decode())
        assert head.robots == "noindex", url
        assert head.canonical == [], url


def test_the_question_form_is_found_but_not_what_a_parent_typed(client, home_page):
    """/vraag/ is where a parent finds a person to ask: indexed, with a description.
    The form sent back with an error holds what they typed: never indexed."""
    head = _read(client, "/vraag/")
    assert head.robots is None and head.canonical == [f"{BASE}/vraag/"]
    assert head.description.startswith("Stel je vraag aan Eenouderpunt")
    response = client.post("/vraag/", {"question": ""})
    assert response.status_code == 200
    sent = _Head()
    sent.feed(response.content.decode())
    assert sent.robots == "noindex" and sent.canonical == []


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert not response.cookies
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in (
        "/professionals/",
        "/accounts/",
        "/admin/",
        "/zoeken/",
        "/weg/",
        "/lotgenoten/bijwerken/",
    ):
        assert f"Disallow: {path}" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    # Never the pages parents should find.
    assert not any(line in lines for line in ("Disallow: /", "Disallow: /lotgenoten/"))


@override_settings(PAGE_CACHE_SECONDS=60)
def test_robots_txt_is_cacheable(client):
    response = client.get("/robots.txt")
    assert "public" in response["Cache-Control"]


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_has_every_public_page_with_its_last_change(client, demo_site):
    _load_demo()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    entries = {
        url.find(f"{SITEMAP}loc").text: url.findtext(f"{SITEMAP}lastmod")
        for url in ET.fromstring(response.content).iter(f"{SITEMAP}url")
    }
    assert all(loc.startswith(BASE + "/") for loc in entries)
    assert all(entries.values()), [loc for loc, mod in entries.items() if not mod]
    dutch = Page.objects.live().public().filter(depth__gt=1, locale__language_code="nl")
    expected = [p.url for p in dutch]
    expected += [s.get_absolute_url() for s in Scheme.objects.filter(live=True)]
    expected += [g.get_absolute_url() for g in PeerGroup.objects.public()]
    expected += ["/gemeente/zutphen/"]
    assert {BASE + path for path in expected} <= set(entries)
    # Not in it: drafts, hidden groups, municipalities without a page.
    assert f"{BASE}/gemeente/amsterdam/" not in entries


def test_sitemap_lastmod_follows_a_new_publish(client, home_page):
    page = InfoPageFactory(parent=home_page, slug="uitleg")
    page.save_revision().publish()
    page.refresh_from_db()
    xml = client.get("/sitemap.xml").content.decode()
    assert (
        f"<loc>{BASE}/uitleg/</loc><lastmod>{timezone.localdate(page.last_published_at)}"
        in (xml.replace("\n", "").replace(" ", ""))
    )


def test_faq_blocks_become_faqpage_json_ld_that_cannot_break_out(client, home_page):
    page = InfoPageFactory(
        parent=home_page,
        slug="vragen",
        body=[
            {
                "type": "faq",
                "value": {
                    "heading": "Veelgestelde vragen",
                    "questions": [
                        {
                            "question": "Kost het </script><script>alert(1)</script>?",
                            "answer": "<p>Nee, het is <b>gratis</b> & anoniem.</p>",
                        }
                    ],
                },
            }
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    head = _Head()
    head.feed(html)
    (block,) = head.json_ld
    data = json.loads(block)
    assert data["@type"] == "FAQPage"
    question = data["mainEntity"][0]
    assert question["name"] == "Kost het </script><script>alert(1)</script>?"
    assert question["acceptedAnswer"]["text"] == "Nee, het is gratis & anoniem."


def test_page_without_faq_has_no_json_ld(client, home_page):
    page = InfoPageFactory(parent=home_page, slug="gewoon")
    assert _read(client, page.url).json_ld == []


def _assert_headings_in_order(url, headings):
    """One h1 first; each heading at most one level deeper than the one before it
    (h1 then h3 skips a level); no heading with a role (a heading is not a live
    region, nor anything else: the Nu HTML Checker rejects it)."""
    assert headings and headings[0] == (1, None), f"{url}: {headings}"
    assert [h for h in headings if h[0] == 1] == [(1, None)], url
    previous = 0
    for level, role in headings:
        assert role is None, f"{url}: h{level} has role={role}"
        assert level <= previous + 1, f"{url}: h{previous} then h{level}"
        previous = level


def test_heading_check_fails_on_a_skipped_level_or_a_role():
    with pytest.raises(AssertionError):
        _assert_headings_in_order("/x/", [(1, None), (3, None)])
    with pytest.raises(AssertionError):
        _assert_headings_in_order("/x/", [(1, None), (2, "status")])
    _assert_headings_in_order("/x/", [(1, None), (2, None), (3, None), (2, None)])
