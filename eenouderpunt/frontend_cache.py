"""Purge a CDN or caching proxy in front of the portal when content changes.

Uses wagtail.contrib.frontend_cache (backends for Varnish/Squid-style HTTP PURGE,
Cloudflare, CloudFront, Azure), configured by environment variables in settings.py.
Wagtail itself purges a page's own URLs when it is published or unpublished; this
module adds what lists that page (its parent and the home page), and purges the pages
of snippets that are shown publicly (schemes, groups, helplines, municipal pages).

A snippet model says which paths show it with a `frontend_cache_paths()` method; models
without one are not purged. Anything else that shows the object (a theme page listing a
scheme, say) is refreshed by the CDN's own expiry: public pages send
`s-maxage=PAGE_CACHE_SECONDS` (see page_cache.py).
"""

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)


def frontend_cache_enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _site_root_url() -> str:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def purge_paths(paths) -> None:
    """Purge these site paths (e.g. "/regelingen/") from every configured backend."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    root = _site_root_url()
    batch = PurgeBatch()
    batch.add_urls(sorted({root + path for path in paths}))
    try:
        batch.purge()
    except Exception:  # noqa: BLE001 - a CDN outage must not stop an editor's save
        logger.warning("Frontend cache purge failed for %d paths", len(batch.urls))


def _on_page_change(instance, **kwargs) -> None:
    """A page was published or unpublished: purge the pages that link to it."""
    if not frontend_cache_enabled():
        return
    parent = instance.get_parent()
    paths = {"/"}
    if parent is not None and parent.depth > 1:
        url = parent.get_url()
        if url:
            paths.add(url)
    purge_paths(paths)


def _on_snippet_change(sender, instance, **kwargs) -> None:
    paths_of = getattr(instance, "frontend_cache_paths", None)
    if paths_of is None or not frontend_cache_enabled():
        return
    purge_paths({"/", *paths_of()})


def frontend_cache_connect_signals() -> None:
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(_on_page_change, dispatch_uid="frontend_cache_page_pub")
    page_unpublished.connect(_on_page_change, dispatch_uid="frontend_cache_page_unpub")
    post_save.connect(_on_snippet_change, dispatch_uid="frontend_cache_save")
    post_delete.connect(_on_snippet_change, dispatch_uid="frontend_cache_delete")
