"""What search engines read about the whole site: robots.txt and the sitemap.

The sitemap lists Wagtail's pages and the public pages outside the page tree
(schemes, peer groups, municipal pages), each with the date it last changed.
Every address in it is on WAGTAILADMIN_BASE_URL, as the canonical links are
(core/seo.py).
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core.seo import absolute_url
from gemeenten.selectors import municipality_pages_for_sitemap
from lotgenoten.selectors import events_for_sitemap, peer_groups_for_sitemap
from regelingen.selectors import schemes_for_sitemap

# Pages no search engine needs: the secure area, logins, the editors' admin,
# search results (noindex too), the quick exit, organisers' one-click links,
# and the forms behind a group ("meedoen") with their thank-you pages.
ROBOTS_DISALLOW = (
    "/professionals/",
    "/accounts/",
    "/admin/",
    "/zoeken/",
    "/weg/",
    "/lotgenoten/bijwerken/",
    "/lotgenoten/*/meedoen/",
    "/lotgenoten/aanmeldingen/",
    "/agenda/*/aanmelden/",
    "/agenda/*/agenda.ics",
)


@require_safe
def robots_txt(request):
    """/robots.txt: plain text, no cookie, cached like any anonymous page."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _on_site_address(url: str) -> str:
    """A full URL from Wagtail (the Site's host) on the public base URL."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""))


class PageSitemap(WagtailSitemap):
    """Wagtail's sitemap (lastmod: `last_published_at`, else the latest
    revision), with addresses on the public base URL."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = _on_site_address(url["location"])
        return urls


class _OutsideTreeSitemap(Sitemap):
    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["location"] = _on_site_address(url["location"])
        return urls


class SchemeSitemap(_OutsideTreeSitemap):
    def items(self):
        return schemes_for_sitemap()

    def lastmod(self, scheme):
        return scheme.last_published_at


class PeerGroupSitemap(_OutsideTreeSitemap):
    def items(self):
        return peer_groups_for_sitemap()

    def lastmod(self, group):
        # An organiser's "still running" saves the row (updated_at) without
        # a new publish; either is a change a parent sees.
        dates = [d for d in (group.last_published_at, group.updated_at) if d]
        return max(dates) if dates else None


class EventSitemap(_OutsideTreeSitemap):
    """Upcoming events; a past one leaves the sitemap by itself."""

    def items(self):
        return events_for_sitemap()

    def lastmod(self, event):
        dates = [d for d in (event.last_published_at, event.updated_at) if d]
        return max(dates) if dates else None


class MunicipalityPageSitemap(_OutsideTreeSitemap):
    def items(self):
        return municipality_pages_for_sitemap()

    def lastmod(self, offer_page):
        return offer_page.updated_at

    def location(self, offer_page):
        return reverse("gemeente:detail", args=[offer_page.municipality.slug])


SITEMAPS = {
    "pages": PageSitemap,
    "regelingen": SchemeSitemap,
    "lotgenoten": PeerGroupSitemap,
    "agenda": EventSitemap,
    "gemeenten": MunicipalityPageSitemap,
}


def sitemap(request):
    """/sitemap.xml: one file (a few hundred addresses, far below 50,000)."""
    return wagtail_sitemap(request, sitemaps=SITEMAPS)
