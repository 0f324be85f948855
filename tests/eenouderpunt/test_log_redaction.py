"""Secrets in paths are replaced by "…" wherever a path is logged (issue 17)."""

import pytest
from django.test import Client

from core.log_redaction import redact_path

from .test_bad_requests import log_output  # noqa: F401 (a fixture)


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        (
            "/accounts/password/reset/key/3f-c2b7a1-0f1e2d3c4b5a/",
            "/accounts/password/reset/key/…/",
        ),
        ("/accounts/confirm-email/MQ:1vQzZz:abc-DEF/", "/accounts/confirm-email/…/"),
        ("/lotgenoten/bijwerken/eyJ0.a-b_c/", "/lotgenoten/bijwerken/…/"),
        (
            "/admin/password_reset/confirm/MQ/cb7-0f1e2d3c/",
            "/admin/password_reset/confirm/MQ/…/",
        ),
        (
            'GET /lotgenoten/bijwerken/abc?x=1 HTTP/1.1"',
            'GET /lotgenoten/bijwerken/…?x=1 HTTP/1.1"',
        ),
        # No secret: unchanged.
        ("/lotgenoten/bijwerken/klaar/", "/lotgenoten/bijwerken/klaar/"),
        ("/lotgenoten/koffie-in-zutphen/", "/lotgenoten/koffie-in-zutphen/"),
        ("/accounts/password/reset/", "/accounts/password/reset/"),
    ],
)
def test_redact_path(path, logged):
    assert redact_path(path) == logged


def test_django_request_log_keeps_the_organiser_token_out(db, log_output):  # noqa: F811
    token = "geheim-token.123"
    response = Client().get(f"/lotgenoten/bijwerken/{token}/")
    assert response.status_code == 400
    output = log_output.getvalue()
    assert "Bad Request: /lotgenoten/bijwerken/…/" in output
    assert token not in output


def test_not_found_log_keeps_a_confirmation_key_out(db, home_page, log_output):  # noqa: F811
    key = "MQ:1vQzZz:abcDEF"
    response = Client().get(f"/accounts/confirm-email/{key}/nog-iets/")
    assert response.status_code == 404
    output = log_output.getvalue()
    assert "Not Found: /accounts/confirm-email/…/nog-iets/" in output
    assert key not in output
