"""Purge a CDN or caching proxy in front of the portal when public content changes.

Uses wagtail.contrib.frontend_cache (backends for Varnish/Squid-style HTTP PURGE,
Cloudflare, CloudFront, Azure), configured by environment variables in settings.py.
It follows `public_content_changed` (core/public_content.py): the paths a changed
row names with `public_paths()` are purged, with the home page. A page names itself,
its parent and the home page (core/apps.py); Wagtail also purges a page's own URLs
when it is published or unpublished. Rows that name no paths are not purged: other
pages that show them are refreshed by the CDN's own expiry, as public pages send
`max-age=PAGE_CACHE_SECONDS` (core/page_cache.py).
"""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def frontend_cache_enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _site_root_url() -> str:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def purge_paths(paths) -> None:
    """Purge these site paths (e.g. "/regelingen/") from every configured backend;
    full URLs (pages of another site) are purged as they are."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    root = _site_root_url()
    # Each site path is also read in the other languages (/en/…, /ar/…): purge those.
    prefixes = [""] + [
        f"/{code}"
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
    urls = {
        path if "://" in path else root + prefix + path
        for path in paths
        for prefix in ([""] if "://" in path else prefixes)
    }
    batch = PurgeBatch()
    batch.add_urls(sorted(urls))
    try:
        batch.purge()
    except Exception:  # noqa: BLE001 - a CDN outage must not stop an editor's save
        logger.warning("Frontend cache purge failed for %d paths", len(batch.urls))


def frontend_cache_purge(sender, paths, **kwargs) -> None:
    """Receives `public_content_changed`: purge the paths that show the change."""
    if paths and frontend_cache_enabled():
        purge_paths({"/", *paths})
