"""A server-side cache of anonymous HTML pages, shared by all app servers.

Only GET/HEAD requests without a session cookie are served from it, and only plain
200 responses that set no cookie and are not marked private or no-cache are stored:
form pages (CSRF cookie), logged-in pages and never_cache views stay uncached.
Any saved or deleted content (pages, snippets, municipal pages) starts a new
generation, so parents never see a page older than the last publish; PAGE_CACHE_SECONDS
bounds the staleness of time-dependent parts such as "nu open".
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse

GENERATION_KEY = "pagecache:generation"
# Apps whose saved objects appear on public pages.
CONTENT_APPS = {
    "content",
    "regelingen",
    "lotgenoten",
    "professionals",
    "wagtailcore",
    "eenouderpunt",
    "taggit",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
}
UNCACHED_PREFIXES = ("/admin/", "/professionals/", "/accounts/", "/health/", "/weg/")
_NOT_SHARED = ("private", "no-cache", "no-store", "max-age=0")


logger = logging.getLogger(__name__)


def page_cache_invalidate(**kwargs) -> None:
    """Start a new generation: every cached page is stale from now on.

    A cache that cannot be written (not yet created during the first migrate, or
    down) must not stop an editor from saving; a cache that is down serves nothing.
    """
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:  # noqa: BLE001
        logger.warning("Page cache not invalidated: the cache is unavailable")


def _on_content_change(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS:
        page_cache_invalidate()


def page_cache_connect_signals() -> None:
    post_save.connect(_on_content_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_content_change, dispatch_uid="page_cache_delete")


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(UNCACHED_PREFIXES)
    )


def _cacheable_response(response) -> bool:
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and not any(word in control for word in _NOT_SHARED)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        try:
            generation = cache.get(GENERATION_KEY) or ""
            url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
            key = (
                "pagecache:"
                + hashlib.sha256(f"{generation}|{url}".encode()).hexdigest()
            )
            stored = cache.get(key)
        except Exception:  # noqa: BLE001 - a broken cache must not break the page
            return self.get_response(request)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            try:
                cache.set(key, (response.content, dict(response.items())), seconds)
            except Exception:  # noqa: BLE001 - serve the page even if caching fails
                return response
            response["X-Page-Cache"] = "miss"
        return response
