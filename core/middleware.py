"""Project middleware: the language from the URL, a friendly 503 when the database
is gone, security headers, and the Wagtail Site kept per process."""

import logging
import time

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.template.response import SimpleTemplateResponse
from django.utils import translation

from core.languages import language_of_path
from core.page_cache import content_generation_recent

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError) or (
            type(exception) is DatabaseError
        ):
            logger.error("Database unavailable: %s", type(exception).__name__)
            # Drop the broken connection now: the next request connects afresh
            # instead of finding it (and failing) first.
            for conn in connections.all(initialized_only=True):
                if not conn.in_atomic_block:
                    conn.close()
            response = SimpleTemplateResponse("503.html", status=503)
            response["Retry-After"] = "30"
            return response.render()
        return None


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: Permissions-Policy, and a
    Content-Security-Policy for the Wagtail admin.

    The strict policy of django-csp skips the admin (Wagtail's admin needs inline
    script and style); the admin still gets the directives that do not break it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(settings.ADMIN_CSP_PREFIXES):
            response.headers.setdefault(
                "Content-Security-Policy", settings.ADMIN_CONTENT_SECURITY_POLICY
            )
        return response


class PathLanguageMiddleware:
    """Activate the language of the URL prefix for this request, and only that.

    Django's LocaleMiddleware would fall back to a cookie, the session and the
    browser's Accept-Language, and redirect; here an unprefixed URL is always Dutch,
    nothing is stored and nobody is redirected. URL resolution follows the active
    language (i18n_patterns in eenouderpunt/urls.py), so an unknown prefix or a
    prefix on a URL outside those patterns (/en/professionals/) is simply a 404.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_of_path(request.path_info)
        request.LANGUAGE_CODE = language
        # Restored afterwards, so no language outlives its request in this thread.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class SiteCacheMiddleware:
    """The request's Wagtail Site, and its root page, from a copy kept in this process.

    Wagtail looks the Site up with a query on every request (`Site.find_for_request`
    keeps it on the request only), and routing then reads the site's root page and
    its specific type: three queries before the page itself. Sites change once in a
    blue moon, so each process keeps what it found per host and port for
    SITE_CACHE_SECONDS (0: off) and gives every request its own fresh instance of it;
    saving or deleting a Site empties the copy in this process at once, other
    processes follow within that time. The root page (the home page, which is also
    rendered from it) is kept per content generation as the page cache reads it, so a
    publish reaches it as it reaches cached pages.
    """

    sites: dict[tuple[str, str], tuple[dict | None, float]] = {}
    roots: dict[tuple[str, str], tuple[str, type, dict]] = {}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.SITE_CACHE_SECONDS
        if seconds and not hasattr(request, "_wagtail_site"):
            self.site_set(request, seconds)
        return self.get_response(request)

    @staticmethod
    def _fresh(model, values: dict):
        instance = model(**values)
        instance._state.adding = False
        instance._state.db = "default"
        return instance

    @classmethod
    def site_set(cls, request, seconds: float) -> None:
        from wagtail.models import Site

        key = (request._get_raw_host(), request.get_port())
        found = cls.sites.get(key)
        if found is not None and time.monotonic() - found[1] < seconds:
            site = cls._fresh(Site, found[0]) if found[0] is not None else None
            request._wagtail_site = site
            if site is not None:
                cls.root_set(key, site)
            return
        try:
            site = Site.find_for_request(request)
        except DatabaseError:
            return  # the view's own lookup fails the usual way (a 503)
        values = None
        if site is not None:
            values = {
                field.attname: getattr(site, field.attname)
                for field in Site._meta.concrete_fields
            }
        cls.sites[key] = (values, time.monotonic())

    @classmethod
    def root_set(cls, key, site) -> None:
        """Give `site` its root page (specific) from this process's copy, made again
        when public content changed (core.page_cache.content_generation_recent)."""
        generation = content_generation_recent()
        found = cls.roots.get(key)
        if (
            found is None
            or found[0] != generation
            or found[2].get("id") != site.root_page_id
        ):
            try:
                root = site.root_page.specific
            except DatabaseError:
                return
            values = {
                field.attname: getattr(root, field.attname)
                for field in type(root)._meta.concrete_fields
            }
            cls.roots[key] = (generation, type(root), values)
            site.root_page = root
            return
        site.root_page = cls._fresh(found[1], found[2])

    @classmethod
    def clear(cls, **kwargs) -> None:
        cls.sites.clear()
        cls.roots.clear()
