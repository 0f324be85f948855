"""Refuse oversized request bodies before anything reads them (WSGI middleware).

Django reads a body only when a view or middleware asks for it, but CSRF checking asks
for every POST, and a multipart upload then streams to a temporary file on disk. This
middleware sits outside Django (eenouderpunt/wsgi.py) and answers 413 with a short
Dutch page when the body is larger than the limit of its path:

- `REQUEST_UPLOAD_MAX_BYTES` for the paths in `REQUEST_UPLOAD_PATHS` (forms that take
  a file, and the Wagtail admin);
- `REQUEST_BODY_MAX_BYTES` (far less) everywhere else.

A declared Content-Length is checked without reading a byte. A chunked body (no
Content-Length) is read up to the limit into a spooled buffer and refused as soon as
it passes the limit; Django then gets it with a Content-Length, as from a proxy.
The reverse proxy enforces the same limits first (docs/deployment.md).
"""

import logging
import re
import tempfile
from functools import cache

from django.conf import settings
from django.template.loader import render_to_string

from core.log_redaction import redact_path

logger = logging.getLogger(__name__)

CHUNK = 64 * 1024
# A chunked body stays in memory up to this size, then goes to a temporary file
# (bounded by the limit of its path).
SPOOL_IN_MEMORY = 256 * 1024
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"),
]


@cache
def _upload_paths() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in settings.REQUEST_UPLOAD_PATHS))


def body_limit(path: str) -> int:
    """The largest request body, in bytes, that `path` accepts."""
    if settings.REQUEST_UPLOAD_PATHS and _upload_paths().match(path):
        return settings.REQUEST_UPLOAD_MAX_BYTES
    return settings.REQUEST_BODY_MAX_BYTES


class RequestBodyLimit:
    """WSGI middleware: 413 for a body over the limit of its path, before reading it."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        limit = body_limit(path)
        declared = environ.get("CONTENT_LENGTH", "").strip()
        if declared:
            if declared.isascii() and declared.isdigit() and int(declared) > limit:
                return self._refuse(start_response, path, declared, limit)
        elif "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            body = _read_at_most(environ["wsgi.input"], limit)
            if body is None:
                return self._refuse(start_response, path, "chunked", limit)
            environ["CONTENT_LENGTH"] = str(body.tell())
            body.seek(0)
            environ["wsgi.input"] = body
        return self.app(environ, start_response)

    @staticmethod
    def _refuse(start_response, path: str, size: str, limit: int):
        logger.warning(
            "Request body too large (%s bytes, limit %s) for %s",
            size,
            limit,
            redact_path(path),
        )
        page = render_to_string("413.html").encode()
        start_response(
            "413 Content Too Large",
            [*HEADERS, ("Content-Length", str(len(page)))],
        )
        return [page]


def _read_at_most(stream, limit: int):
    """The stream in a spooled file, or None as soon as it is longer than `limit`."""
    body = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    size = 0
    while chunk := stream.read(min(CHUNK, limit + 1 - size)):
        size += len(chunk)
        if size > limit:
            body.close()
            return None
        body.write(chunk)
    return body
