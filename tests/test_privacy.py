"""Privacy over the whole demo site: an anonymous reader of a page without a form gets
no cookie, and no page loads anything from another host."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page

from lotgenoten.models import Event, PeerGroup
from regelingen.models import Scheme

# Attributes that make the browser fetch something (links to sources are fine, and
# so are <link rel="canonical"> and the hreflang alternates: they name this page's
# addresses, nothing is fetched).
_LOADS = re.compile(
    r"<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc=[\"']([^\"']+)"
    r"|<link\b(?![^>]*\brel=[\"'](?:canonical|alternate)[\"'])[^>]*\bhref=[\"']([^\"']+)",
    re.IGNORECASE,
)


def _public_urls():
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    urls += [s.get_absolute_url() for s in Scheme.objects.filter(live=True)[:5]]
    urls += [g.get_absolute_url() for g in PeerGroup.objects.filter(live=True)[:5]]
    urls += [e.get_absolute_url() for e in Event.objects.public()[:5]]
    urls += [
        reverse("regelingen:list") + "?onderwerp=wonen",
        reverse("lotgenoten:search") + "?postcode=3511",
        reverse("lotgenoten:agenda"),
        reverse("lotgenoten:agenda") + "?postcode=3511&gratis=on",
        reverse("nearby") + "?postcode=1012",
        "/gemeente/zutphen/",
        "/zoeken/?q=kinderopvang",
        "/regelingen/export.json",
        "/api/v1/lotgenotengroepen",
        "/embed/regelingen/",
        "/embed/lotgenoten/?postcode=3511",
        "/embed/gemeente/zutphen/",
    ]
    return urls


@pytest.mark.django_db
def test_no_cookie_and_no_other_host_on_any_public_page(client, demo_site):
    from django.core.management import call_command

    for loader in ("load_demo_regelingen", "load_demo_lotgenoten"):
        call_command(loader, verbosity=0)
    urls = _public_urls()
    assert len(urls) > 40
    for url in urls:
        client.cookies.clear()
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        # A form with a CSRF token needs its cookie; the "Was deze pagina nuttig?"
        # form on reading pages has none and must not set one.
        if "csrfmiddlewaretoken" not in html:
            assert not response.cookies, f"{url} set {list(response.cookies)}"
        for match in _LOADS.finditer(html):
            target = match.group(1) or match.group(2)
            assert not re.match(r"^(https?:)?//", target), f"{url} loads {target}"
