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
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Apps whose saved objects appear on public pages.
CONTENT_APPS = {
    "content",
    "regelingen",
    "lotgenoten",
    "professionals",
    "wagtailcore",
    "core",
    "gemeenten",
    "taggit",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
}
UNCACHED_PREFIXES = ("/admin/", "/professionals/", "/accounts/", "/health/", "/weg/")
_NOT_SHARED = ("private", "no-cache", "no-store", "max-age=0")


def page_cache_invalidate(**kwargs) -> None:
    """Start a new generation: every cached page is stale from now on.

    A cache that cannot be written (not yet created during the first migrate, or
    down) must not stop an editor from saving; a cache that is down serves nothing.
    """
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:  # noqa: BLE001
        logger.warning("Page cache not invalidated: the cache is unavailable")


# Saved by visitors or for statistics, never shown on a public page: saving them must
# not empty the cache (every site search counts its query, every sign-up is saved).
# Our own models say so with `shown_on_public_pages = False`.
NOT_PUBLIC_MODELS = {
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "wagtailcore.revision",
}


def page_cache_generation() -> str:
    """The current generation: it changes whenever public content changes, so other
    caches of content (e.g. search hits) can key on it."""
    return cache.get(GENERATION_KEY) or ""


def _on_content_change(sender, **kwargs):
    meta = sender._meta
    if (
        meta.app_label in CONTENT_APPS
        and meta.label_lower not in NOT_PUBLIC_MODELS
        and getattr(sender, "shown_on_public_pages", True)
    ):
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


def _add_cache_control(request, response, seconds: int) -> None:
    """Tell browsers and a CDN what they may keep (when the view did not say).

    Anonymous pages that this cache may store may be stored by a CDN for as long;
    anything with a cookie, sent or set, is private to that browser.
    """
    if response.has_header("Cache-Control"):
        return
    if response.cookies or settings.SESSION_COOKIE_NAME in request.COOKIES:
        patch_cache_control(response, private=True)
    elif seconds and _cacheable_request(request) and _cacheable_response(response):
        patch_cache_control(response, public=True, max_age=seconds)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            response = self.get_response(request)
            _add_cache_control(request, response, seconds)
            return response
        try:
            url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
            key = "pagecache:" + hashlib.sha256(url.encode()).hexdigest()
            # One round trip: the current generation and the stored page together.
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:  # noqa: BLE001 - a broken cache must not break the page
            response = self.get_response(request)
            _add_cache_control(request, response, seconds)
            return response
        generation = found.get(GENERATION_KEY) or ""
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            response = HttpResponse(stored[1], headers=stored[2])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        _add_cache_control(request, response, seconds)
        if _cacheable_response(response):
            try:
                stored = (generation, response.content, dict(response.items()))
                cache.set(key, stored, seconds)
            except Exception:  # noqa: BLE001 - serve the page even if caching fails
                return response
            response["X-Page-Cache"] = "miss"
        return response
