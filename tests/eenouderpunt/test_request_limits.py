"""Oversized request bodies are refused before anything reads them (issue 17).

The WSGI application gunicorn serves (eenouderpunt.wsgi.application) is called
directly, with a request body that counts what is read from it.
"""

import io
from unittest import mock
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings
from django.core.files.uploadhandler import (
    MemoryFileUploadHandler,
    TemporaryFileUploadHandler,
)

from core.request_limits import RequestBodyLimit, body_limit

MB = 1024 * 1024
BOUNDARY = "grens"


class CountingBody(io.RawIOBase):
    """A multipart body of `size` bytes, made as it is read; counts what was read."""

    def __init__(self, size: int):
        self.head = (
            f"--{BOUNDARY}\r\n"
            'Content-Disposition: form-data; name="bestand"; filename="groot.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        self.size = size
        self.position = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        count = min(len(buffer), self.size - self.position)
        chunk = self.head[self.position : self.position + count]
        buffer[:count] = chunk + b"%" * (count - len(chunk))
        self.position += count
        return count


def _environ(path: str, body, *, length: int | None, chunked: bool = False) -> dict:
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "wsgi.input": body,
        # A CSRF cookie, as any client gets with the form: Django then reads the
        # body to find the token (without one it refuses the POST unread).
        "HTTP_COOKIE": "csrftoken=" + "a" * 32,
    }
    if length is not None:
        environ["CONTENT_LENGTH"] = str(length)
    if chunked:
        environ["HTTP_TRANSFER_ENCODING"] = "chunked"
    setup_testing_defaults(environ)
    return environ


def _call(app, environ) -> tuple[str, dict, str]:
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response)).decode()
    return answer["status"], answer["headers"], body


@pytest.fixture
def upload_handlers():
    """Spies on Django's upload handlers: did any of them start on a file?"""
    with (
        mock.patch.object(
            TemporaryFileUploadHandler, "new_file", autospec=True
        ) as on_disk,
        mock.patch.object(
            MemoryFileUploadHandler, "new_file", autospec=True
        ) as in_memory,
    ):
        yield on_disk, in_memory


@pytest.mark.parametrize(
    "path", ["/lotgenoten/zelf-starten/", "/professionals/praktijkvoorbeelden/nieuw/"]
)
def test_anonymous_30_mb_post_is_refused_unread(db, path, upload_handlers):
    from eenouderpunt.wsgi import application

    body = CountingBody(30 * MB)
    status, headers, page = _call(application, _environ(path, body, length=30 * MB))
    assert body.position == 0, f"{body.position} bytes of the body were read"
    on_disk, in_memory = upload_handlers
    on_disk.assert_not_called()
    in_memory.assert_not_called()
    assert status.startswith("413")
    assert "te groot" in page and 'lang="nl"' in page
    assert headers["Content-Type"].startswith("text/html")


def test_limits_per_path():
    small, upload = settings.REQUEST_BODY_MAX_BYTES, settings.REQUEST_UPLOAD_MAX_BYTES
    assert small <= 256 * 1024
    assert upload >= settings.PROFESSIONALS_MAX_UPLOAD_BYTES
    assert body_limit("/lotgenoten/zelf-starten/") == small
    assert body_limit("/zoeken/") == small
    assert body_limit("/regelingen/check/") == small
    assert body_limit("/professionals/praktijkvoorbeelden/nieuw/") == upload
    assert body_limit("/professionals/praktijkvoorbeelden/12/bewerken/") == upload
    assert body_limit("/professionals/praktijkvoorbeelden/12/vraag/") == small
    assert body_limit("/admin/images/multiple/add/") == upload


def _inner():
    """A stand-in for Django that reads the whole body it is given."""
    seen = {}

    def app(environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        seen["length"] = length
        seen["body"] = environ["wsgi.input"].read(length)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    return app, seen


def test_attachment_within_the_limit_passes():
    app, seen = _inner()
    size = settings.PROFESSIONALS_MAX_UPLOAD_BYTES
    path = "/professionals/praktijkvoorbeelden/nieuw/"
    status, _, _ = _call(
        RequestBodyLimit(app), _environ(path, CountingBody(size), length=size)
    )
    assert status.startswith("200") and seen["length"] == size


def test_chunked_body_without_length_is_capped():
    body = CountingBody(30 * MB)
    app, seen = _inner()
    status, _, page = _call(
        RequestBodyLimit(app),
        _environ("/lotgenoten/zelf-starten/", body, length=None, chunked=True),
    )
    assert status.startswith("413") and "te groot" in page
    assert body.position <= settings.REQUEST_BODY_MAX_BYTES + 1
    assert not seen, "the application ran"


def test_small_chunked_body_reaches_django_with_a_length():
    app, seen = _inner()
    status, _, _ = _call(
        RequestBodyLimit(app),
        _environ(
            "/lotgenoten/zelf-starten/",
            io.BytesIO(b"naam=Sam&email=sam%40example.org"),
            length=None,
            chunked=True,
        ),
    )
    assert status.startswith("200")
    assert seen == {"length": 32, "body": b"naam=Sam&email=sam%40example.org"}
