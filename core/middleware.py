"""Project middleware: the language from the URL, a friendly 503 when the database
is gone, and security headers."""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.template.response import SimpleTemplateResponse
from django.utils import translation

from core.languages import language_of_path

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
