"""A server-side cache of anonymous HTML pages, shared by all app servers, and the
content generation that every cache of public content keys on.

Only GET/HEAD requests without a session cookie are served from it, and only plain
200 responses that set no cookie and are not marked private or no-cache are stored:
form pages (CSRF cookie), logged-in pages and never_cache views stay uncached.
Every `public_content_changed` (core/public_content.py) starts a new generation, so
parents never see a page older than the last publish; PAGE_CACHE_SECONDS bounds the
staleness of time-dependent parts such as "nu open". Search hits and helplines are
kept with `content_cached()` on the same generation. Both key on the active
language (set from the URL prefix by core.middleware.PathLanguageMiddleware), so a
Dutch page or list is never served for /en/ or /ar/. Cache failures are handled by
the cache backend (core/cache.py): here a broken cache is simply an empty one.

A hit costs no network: each app process keeps its most recently served pages in
memory (at most PAGE_CACHE_LOCAL_BYTES) and reads the shared generation at most every
PAGE_CACHE_LOCAL_SECONDS. A publish in this process starts the new generation here at
once; other processes see it within that many seconds (default 1; 0 reads the shared
generation on every request, as the tests do).
"""

import hashlib
import logging
import pickle
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

T = TypeVar("T")
GENERATION_KEY = "pagecache:generation"
UNCACHED_PREFIXES = ("/admin/", "/professionals/", "/accounts/", "/health/", "/weg/")
_NOT_SHARED = ("private", "no-cache", "no-store", "max-age=0")


class _LocalPages:
    """This process's copy of the generation and of recently served pages, least
    recently used first; bounded in bytes."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pages: OrderedDict[str, tuple] = OrderedDict()
        self.size = 0
        self.generation = ""
        self.read_at = 0.0

    def generation_fresh(self, seconds: float) -> str:
        """The generation read less than `seconds` ago, or ""."""
        if self.generation and time.monotonic() - self.read_at < seconds:
            return self.generation
        return ""

    def generation_set(self, generation: str) -> None:
        if generation != self.generation:
            self.clear()
        self.generation = generation
        self.read_at = time.monotonic()

    def get(self, key: str, generation: str):
        stored = self.pages.get(key)
        if stored is None or stored[0] != generation:
            return None
        with self.lock:
            if key in self.pages:
                self.pages.move_to_end(key)
        return stored

    def put(self, key: str, stored: tuple, limit: int) -> None:
        size = len(stored[1])
        if size > limit // 4:
            return
        with self.lock:
            old = self.pages.pop(key, None)
            if old is not None:
                self.size -= len(old[1])
            self.pages[key] = stored
            self.size += size
            while self.size > limit:
                _key, dropped = self.pages.popitem(last=False)
                self.size -= len(dropped[1])

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.size = 0


_local = _LocalPages()
# What content_cached() keeps in this process (pickled), on the same generation.
_local_values = _LocalPages()


def page_cache_invalidate(**kwargs) -> None:
    """Start a new generation: every cached page, search hit and helpline list is
    stale from now on. Receives `public_content_changed`."""
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    _local.generation_set(generation)


def _generation_start() -> str:
    """The generation key was never set, cleared or evicted: start one, so copies
    stored under an older generation can never match again."""
    generation = uuid.uuid4().hex
    if cache.add(GENERATION_KEY, generation, None):
        return generation
    return cache.get(GENERATION_KEY) or generation


def content_generation() -> str:
    """The current generation: it changes whenever public content changes."""
    return cache.get(GENERATION_KEY) or _generation_start()


def content_generation_recent() -> str:
    """The generation as this process read it at most PAGE_CACHE_LOCAL_SECONDS ago
    (the page cache's own policy), else read now: one cache round trip at most."""
    generation = _local.generation_fresh(settings.PAGE_CACHE_LOCAL_SECONDS)
    if not generation:
        generation = content_generation()
        _local.generation_set(generation)
    return generation


def content_cached(
    key: str,
    build: Callable[[], T],
    seconds: int,
    keep: Callable[[T], bool] | None = None,
) -> T:
    """`build()`, kept in the shared cache for `seconds` or until public content
    changes, whichever comes first. One cache round trip when it is there.

    Kept per language: what `build()` makes may hold translated text and URLs with
    the language prefix.

    Like pages, each process also keeps a copy (pickled, so no request shares an
    object with another) while its generation is recent enough: then no round trip
    at all. A publish reaches it as it reaches cached pages.

    `keep(value)` false: the value is returned but not kept (a miss for a key a
    visitor chose, say, so that made-up keys fill no cache)."""
    key = f"{key}:{get_language()}"
    limit = settings.PAGE_CACHE_LOCAL_BYTES
    generation = _local.generation_fresh(settings.PAGE_CACHE_LOCAL_SECONDS)
    if generation and limit:
        kept = _local_values.get(key, generation)
        if kept is not None:
            return pickle.loads(kept[1])  # noqa: S301 - our own cache's bytes
        found = {GENERATION_KEY: generation, key: cache.get(key)}
    else:
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _generation_start()
        _local.generation_set(generation)
    stored = found.get(key)
    if stored is not None and stored[0] == generation:
        value = stored[1]
    else:
        value = build()
        if keep is not None and not keep(value):
            return value
        cache.set(key, (generation, value), seconds)
    if limit and settings.PAGE_CACHE_LOCAL_SECONDS:
        kept = (generation, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        _local_values.put(key, kept, limit)
    return value


def content_cached_many(
    prefix: str, ids: list, build: Callable[[list], dict], seconds: int
) -> dict:
    """{id: value} for many ids at once, kept as content_cached() keeps one value
    (per language and content generation, a copy in this process): `build(ids)`
    makes {id: value} for the ids found nowhere, in one go. At most one shared cache
    round trip to read and one to store."""
    if not ids:
        return {}
    language = get_language()
    keys = {item: f"{prefix}:{item}:{language}" for item in ids}
    limit = settings.PAGE_CACHE_LOCAL_BYTES
    local = bool(limit and settings.PAGE_CACHE_LOCAL_SECONDS)
    generation = content_generation_recent()
    found, missing = {}, []
    for item, key in keys.items():
        kept = _local_values.get(key, generation) if local else None
        if kept is not None:
            found[item] = pickle.loads(kept[1])  # noqa: S301 - our own cache's bytes
        else:
            missing.append(item)
    if not missing:
        return found
    stored = cache.get_many([keys[item] for item in missing])
    new = {}
    for item in missing:
        value = stored.get(keys[item])
        if value is not None and value[0] == generation:
            found[item] = value[1]
        else:
            new[item] = None
    if new:
        built = build(list(new))
        cache.set_many(
            {keys[item]: (generation, value) for item, value in built.items()},
            seconds,
        )
        found.update(built)
    if local:
        for item in missing:
            if item in found:
                kept = (generation, pickle.dumps(found[item], pickle.HIGHEST_PROTOCOL))
                _local_values.put(keys[item], kept, limit)
    return found


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
        url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        # The language is in the path already; named as well, so that a page is
        # never served in another language even if the language ever came from
        # somewhere else.
        language = getattr(request, "LANGUAGE_CODE", None) or get_language()
        key = f"pagecache:{language}:" + hashlib.sha256(url.encode()).hexdigest()
        limit = settings.PAGE_CACHE_LOCAL_BYTES
        # This process's copy, while its generation is recent enough: no round trip.
        generation = _local.generation_fresh(settings.PAGE_CACHE_LOCAL_SECONDS)
        stored = _local.get(key, generation) if generation and limit else None
        if stored is None:
            # One round trip: the current generation and the stored page together.
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or _generation_start()
            _local.generation_set(generation)
            stored = found.get(key)
            if stored is not None and stored[0] == generation and limit:
                _local.put(key, stored, limit)
        if stored is not None and stored[0] == generation:
            response = HttpResponse(stored[1], headers=stored[2])
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        _add_cache_control(request, response, seconds)
        if _cacheable_response(response):
            stored = (generation, response.content, dict(response.items()))
            cache.set(key, stored, seconds)
            if limit:
                _local.put(key, stored, limit)
            response["X-Page-Cache"] = "miss"
        return response
