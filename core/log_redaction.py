"""Keep secrets out of logged paths, and every log record on one line.

Some links carry a secret in their path: a password-reset key, an e-mail confirmation
key, an organiser's one-click token, an invitation to a gemeente. Whoever reads a log must not be able to use them.
`redact_path()` replaces such a segment with "…"; gunicorn's access log
(gunicorn.conf.py) and Django's loggers (the filters below, in settings.LOGGING) use it.

Pure Python: gunicorn.conf.py imports this module before Django is set up.
"""

import logging
import re

REDACTED = "…"

# A path prefix followed by a secret segment (up to the next "/").
SECRET_PATHS = re.compile(
    r"(?P<prefix>"
    r"/accounts/password/reset/key/"  # allauth: <uidb36>-<key>
    r"|/accounts/confirm-email/"  # allauth: <key>
    r"|/lotgenoten/bijwerken/(?!klaar/)"  # organisers' one-click token
    r"|/professionals/uitnodiging/"  # editors' invitation to a gemeente
    r"|/admin/password_reset/confirm/[^/]*/"  # Wagtail admin: <uidb64>/<token>
    r")(?P<secret>[^/?#\s\"]+)"
)


def redact_path(path: str) -> str:
    """`path` (or any text holding paths) with every secret segment replaced."""
    if not path:
        return path
    return SECRET_PATHS.sub(lambda m: m["prefix"] + REDACTED, path)


def _flatten(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


class RedactSecretPaths(logging.Filter):
    """Redact secret path segments in a record's message and arguments.

    django.request logs "Not Found: /lotgenoten/bijwerken/<token>/" with the path as
    an argument; the record also carries the request, which formatters leave alone.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_path(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


class OneLineClientErrors(logging.Filter):
    """Client errors on one line, without a traceback: a bad Host header, too many
    fields, a body too large, malformed multipart (django.security.*), and the 4xx
    warnings of django.request. The exception's class is kept, so the line still
    says what happened. Server errors (5xx) keep their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        client_error = record.name.startswith("django.security") or (
            record.name == "django.request"
            and getattr(record, "status_code", 500) < 500
        )
        if not client_error:
            return True
        message = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            message = f"{message} ({record.exc_info[0].__name__})"
        record.msg = _flatten(redact_path(message))
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
