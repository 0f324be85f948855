"""Every internal link of the demo site leads somewhere: a crawl from / with the test
client (no browser) over every same-site <a href>, which fails on a 404 or a 500."""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from gemeenten.models import MunicipalityPage
from lotgenoten.models import Event, PeerGroup
from regelingen.models import Scheme

# Not part of the public site, or an action rather than a page.
SKIP_PREFIXES = ("/weg/", "/admin/", "/accounts/", "/professionals/", "/static/")
SITE_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}
MAX_PAGES = 2000  # a runaway crawl (a link that makes new links) fails, not hangs


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _internal(base: str, href: str) -> str | None:
    """The path (and query) of a same-site link, or None for anything else."""
    href = href.strip()
    if href.startswith(("mailto:", "tel:", "javascript:", "#")):
        return None
    url, _fragment = urldefrag(urljoin(base, href))
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in SITE_HOSTS:
        return None
    path = parts.path or "/"
    if path.startswith(SKIP_PREFIXES):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def crawl(client, starts=("/",)):
    """Visit every internal link reachable from the start pages; return
    {url: status} and {url: the page that linked to it}."""
    statuses, found_on = {}, dict.fromkeys(starts, "(start)")
    queue = deque(found_on)
    while queue:
        url = queue.popleft()
        assert len(statuses) < MAX_PAGES, "the crawl does not end"
        response = client.get(url)
        statuses[url] = response.status_code
        if response.status_code in (301, 302, 303, 307, 308):
            targets = [response["Location"]]
        elif response.status_code == 200 and response.get(
            "Content-Type", ""
        ).startswith("text/html"):
            parser = _Links()
            parser.feed(response.content.decode())
            targets = parser.hrefs
        else:
            targets = []
        for href in targets:
            target = _internal(f"http://testserver{url}", href)
            if target is not None and target not in found_on:
                found_on[target] = url
                queue.append(target)
    return statuses, found_on


def test_link_filter():
    base = "http://testserver/lotgenoten/"
    assert _internal(base, "/regelingen/#top") == "/regelingen/"
    assert _internal(base, "groep/x/") == "/lotgenoten/groep/x/"
    assert _internal(base, "?pagina=2") == "/lotgenoten/?pagina=2"
    assert _internal(base, "http://localhost/zoeken/?q=a") == "/zoeken/?q=a"
    for outside in (
        "https://www.rijksoverheid.nl/",
        "mailto:redactie@example.org",
        "tel:0800-1234",
        "/weg/?naar=x",
        "/admin/",
        "/accounts/login/",
        "/professionals/",
        "#inhoud",
    ):
        assert _internal(base, outside) is None, outside


@pytest.mark.django_db
def test_every_internal_link_of_the_demo_site_works(client, demo_site, settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 10_000  # one visitor who asks a lot
    for loader in (
        "load_demo_regelingen",
        "load_demo_lotgenoten",
        "load_demo_professionals",
    ):
        call_command(loader, verbosity=0, stdout=open("/dev/null", "w"))
    # Start at /, and also at what a parent reaches only through a form (a postcode,
    # a search) or a page nothing links to yet: every page, scheme, group and
    # municipal page, so the links on each of them are followed as well.
    starts = ["/"]
    starts += [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    starts += [s.get_absolute_url() for s in Scheme.objects.filter(live=True)]
    starts += [g.get_absolute_url() for g in PeerGroup.objects.filter(live=True)]
    starts += [e.get_absolute_url() for e in Event.objects.public()]
    starts += [
        m.get_absolute_url() for m in MunicipalityPage.objects.filter(published=True)
    ]
    starts += [
        reverse("nearby") + "?postcode=1312",  # Almere, with a municipal page
        reverse("nearby") + "?postcode=7201",  # Zutphen, with a municipal page
        reverse("lotgenoten:search") + "?postcode=3511",
        reverse("lotgenoten:search") + "?postcode=9999",  # nothing near
        reverse("lotgenoten:agenda"),
        reverse("lotgenoten:agenda") + "?postcode=3511",
        reverse("lotgenoten:agenda") + "?postcode=9999&waar=ter-plekke",
        reverse("regelingen:list") + "?onderwerp=wonen",
        reverse("search") + "?q=kinderopvang",
    ]
    statuses, found_on = crawl(client, dict.fromkeys(starts))
    broken = {
        url: f"{status} (linked from {found_on[url]})"
        for url, status in statuses.items()
        if status >= 400
    }
    assert not broken, f"broken internal links: {broken}"
    # Each kind of page was reached, so the crawl really covered the site.
    for prefix in (
        "/regelingen/",
        "/lotgenoten/",
        "/gemeente/",
        "/hulp/",
        "/stappenplannen/lotgenotengroep-starten/",
        "/agenda/",
    ):
        assert any(url.startswith(prefix) for url in statuses), prefix
    print(f"crawled {len(statuses)} pages")
