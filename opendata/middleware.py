"""ETag and 304 Not Modified for the open-data API, also for answers from the page cache.

It sits above core.page_cache.AnonymousPageCacheMiddleware, so a client that sends
`If-None-Match` gets a 304 without the page being rendered again. Header values that
are not valid (garbage) are ignored by Django's parsers: the full answer follows.
"""

from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe

API_PREFIX = "/api/"
# Kept on a 304, so a browser can still read it from another origin.
_KEEP_ON_304 = (
    "API-Version",
    "Access-Control-Allow-Origin",
    "Access-Control-Expose-Headers",
)


class ApiConditionalGetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or not request.path.startswith(API_PREFIX)
            or response.status_code != 200
            or response.streaming
        ):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        conditional = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
        if conditional is not response:
            for header in _KEEP_ON_304:
                if header in response:
                    conditional[header] = response[header]
        return conditional
