"""Oversized or malformed requests get a Dutch 400 page and one line in the log, no
traceback (issue 17)."""

import io
import logging

import pytest
from django.test import Client

from core.log_redaction import RedactSecretPaths


@pytest.fixture
def log_output():
    """What the configured console handler (settings.LOGGING) writes."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, RedactSecretPaths) for f in handler.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)


def _assert_dutch_400(response):
    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="nl"' in page and "Dit verzoek klopt niet" in page
    assert "Bad Request" not in page


def _assert_one_line_each(output: str, expected: str):
    """The expected line is there, and no record went on over several lines (a
    traceback's lines start with spaces)."""
    assert expected in output
    assert "Traceback" not in output
    for line in output.splitlines():
        assert line and not line[0].isspace(), f"continuation line: {line!r}"


def test_bad_host_header(db, settings, log_output):
    settings.ALLOWED_HOSTS = ["www.eenouderpunt.example"]
    response = Client().get("/", HTTP_HOST="evil.example")
    _assert_dutch_400(response)
    _assert_one_line_each(log_output.getvalue(), "(DisallowedHost)")


def test_too_many_fields(db, log_output):
    data = {f"veld{number}": "x" for number in range(1200)}
    response = Client().post("/regelingen/check/", data)
    _assert_dutch_400(response)
    _assert_one_line_each(log_output.getvalue(), "(TooManyFieldsSent)")


def test_request_data_too_big(db, log_output):
    response = Client().post(
        "/regelingen/check/",
        "a=" + "x" * (3 * 1024 * 1024),
        content_type="application/x-www-form-urlencoded",
    )
    _assert_dutch_400(response)
    _assert_one_line_each(log_output.getvalue(), "(RequestDataTooBig)")


def test_malformed_multipart(db, log_output):
    response = Client().post(
        "/regelingen/check/",
        b"--grens\r\nrommel zonder einde",
        content_type="multipart/form-data; boundary=",
    )
    _assert_dutch_400(response)
    _assert_one_line_each(log_output.getvalue(), "(MultiPartParserError)")
