"""Security headers on a public page, a form page and an admin page."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from tests.factories.lotgenoten import PeerGroupFactory

pytestmark = pytest.mark.django_db

STRICT = ("default-src 'self'", "script-src 'self'", "style-src 'self'")


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "object-src 'none'" in response["Content-Security-Policy"]
    assert "base-uri 'self'" in response["Content-Security-Policy"]


def assert_strict_csp(response):
    csp = response["Content-Security-Policy"]
    assert all(directive in csp for directive in STRICT)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"


def test_public_page(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_csp(response)


@pytest.mark.parametrize("form", ["regelcheck", "group sign-up"])
def test_form_page(client, home_page, postcode_areas, form):
    if form == "regelcheck":
        url = "/regelingen/check/"
    else:
        url = PeerGroupFactory(postcode="3511").get_absolute_url() + "meedoen/"
    response = client.get(url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert_common_headers(response)
    assert_strict_csp(response)
    assert "form-action 'self'" in response["Content-Security-Policy"]
    assert (
        "no-store" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )


def test_admin_page(client, home_page):
    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "form-action 'self'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert (
        "private" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )
