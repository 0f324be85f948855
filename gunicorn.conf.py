"""gunicorn settings read from the project directory (command-line options win).

Access log lines carry no personal data: no client address, no user agent, no referrer
and no query string (a postcode or a search can be in it); method, path, status, size
and duration are enough to run the service. Secret path segments (password-reset and
e-mail confirmation keys, organisers' one-click tokens) are replaced by "…"
(core/log_redaction.py).

Workers: threaded (`gthread`), so a few slow clients hold a few threads, not whole
workers. A slow client is held off first by the reverse proxy, which buffers request
headers and bodies and has its own timeouts (docs/deployment.md, "Reverse proxy").
"""

import os

from gunicorn.glogging import Logger

from core.log_redaction import redact_path

# `WEB_CONCURRENCY` (read by gunicorn itself) sets the number of worker processes;
# the default is gunicorn's (1). Production: 2 × cores + 1, see docs/deployment.md.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# A request running longer than this gets its worker restarted.
timeout = 30
graceful_timeout = 30
# Idle kept-alive connections (behind a proxy that reuses its upstream connections).
keepalive = 5
# Small request heads: no page needs long URLs or many/big headers.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190


class RedactingLogger(Logger):
    """gunicorn's logger, with secret segments of the path left out of access lines."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        # Every text atom: the path, the request line, RAW_URI and the like.
        return {
            key: redact_path(value) if isinstance(value, str) else value
            for key, value in atoms.items()
        }


accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
logger_class = RedactingLogger


def worker_exit(server, worker):
    """A stopping worker writes what it counted (core/tally.py): site searches and
    postcode searches."""
    from core.tally import tallies_flush

    tallies_flush()
