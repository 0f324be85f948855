"""Registration, verification, approval, two-factor, rate limits and CSRF."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from core.models import Municipality
from professionals.models import Membership, OrganisationProfile
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import PASSWORD, member_create, two_factor_enable

pytestmark = pytest.mark.django_db


def organisation_fields(organisation) -> dict:
    """What a person types to choose this organisation at sign-up."""
    if organisation.kind == "gemeente":
        return {"kind": "gemeente", "municipality": organisation.municipality.name}
    return {"kind": organisation.kind, "organisation": organisation.name}


@pytest.fixture
def zutphen():
    municipality = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    organisation = OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=municipality
    )
    OrganisationProfile.objects.create(
        organisation=organisation, size_class="20k-50k", email_domains="zutphen.example"
    )
    return organisation


def _signup(client, email, organisation, **extra):
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            **organisation_fields(organisation),
            "job_title": "Beleidsmedewerker",
            **extra,
        },
    )


def _confirm_from_mail(client):
    link = re.search(
        r"http://testserver(/accounts/confirm-email/\S+/)", mail.outbox[-1].body
    )
    assert link, mail.outbox[-1].body
    return client.post(link.group(1))


def test_signup_verify_and_auto_approve_by_domain(client, zutphen):
    response = _signup(client, "nieuw@zutphen.example", zutphen)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@zutphen.example")
    assert user.membership.status == Membership.Status.PENDING
    assert user.membership.job_title == "Beleidsmedewerker"
    _confirm_from_mail(client)
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.APPROVED


def test_signup_with_other_domain_waits_for_approval(client, zutphen):
    _signup(client, "iemand@gmail.example", zutphen)
    _confirm_from_mail(client)
    user = get_user_model().objects.get(email="iemand@gmail.example")
    assert user.membership.status == Membership.Status.PENDING
    # After two-factor, the secure area shows the waiting page.
    two_factor_enable(user)
    client.force_login(user)
    response = client.get(reverse("professionals:dashboard"))
    assert response["Location"] == reverse("professionals:waiting")
    page = client.get(reverse("professionals:waiting")).content.decode()
    assert "wacht op goedkeuring" in page
    assert "Gemeente Zutphen" in page


def test_signup_errors_keep_input_and_are_linked(client, zutphen):
    response = _signup(client, "geen-email", zutphen, password2="iets anders")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="geen-email"' in html
    assert 'href="#id_email"' in html
    assert 'aria-invalid="true"' in html
    assert not get_user_model().objects.exists()


def test_signup_rejects_weak_password(client, zutphen):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "a@zutphen.example",
            "password1": "kort",
            "password2": "kort",
            **organisation_fields(zutphen),
        },
    )
    assert response.status_code == 200
    assert not get_user_model().objects.exists()


def test_user_without_membership_can_request_one(client, zutphen):
    user = member_create(status=None)
    client.force_login(user)
    response = client.post(
        reverse("professionals:waiting"), organisation_fields(zutphen)
    )
    assert response.status_code == 302
    assert Membership.objects.get(user=user).status == Membership.Status.PENDING


def test_login_rate_limit_triggers(zutphen):
    member_create(zutphen, email="slot@zutphen.example")
    client = Client()
    url = reverse("account_login")
    responses = [
        client.post(
            url, {"login": "slot@zutphen.example", "password": "fout-wachtwoord"}
        )
        for _ in range(7)
    ]
    assert "Te veel inlogpogingen" not in responses[0].content.decode()
    assert "Te veel inlogpogingen" in responses[-1].content.decode()
    # Even the right password is refused while the limit holds.
    right = client.post(url, {"login": "slot@zutphen.example", "password": PASSWORD})
    assert "Te veel inlogpogingen" in right.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_with_password_then_asks_for_second_factor(client, zutphen):
    member_create(zutphen, email="twee@zutphen.example")
    response = client.post(
        reverse("account_login"),
        {"login": "twee@zutphen.example", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session


def test_csrf_is_enforced_on_secure_area_posts(zutphen):
    user = member_create(zutphen)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(
        reverse("professionals:practice_create"),
        {"title": "Zonder token", "summary": "x", "status": "loopt"},
    )
    assert response.status_code == 403
    response = client.post(reverse("account_login"), {"login": "x", "password": "y"})
    assert response.status_code == 403


def test_editor_without_two_factor_is_sent_to_setup(client):
    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@eenouderpunt.example", PASSWORD
    )
    EmailAddress.objects.create(
        user=editor, email=editor.email, verified=True, primary=True
    )
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    two_factor_enable(editor)
    assert client.get("/admin/").status_code == 200


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_account_pages_render_in_dutch_layout(client):
    html = client.get(reverse("account_login")).content.decode()
    assert '<html lang="nl"' in html
    assert "utrecht-textbox" in html
    assert 'for="id_login"' in html
    assert "Snel weg" in html


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/password_reset/"])
def test_wagtail_login_cannot_bypass_two_factor(client, path):
    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@eenouderpunt.example", PASSWORD
    )
    two_factor_enable(editor)
    response = client.post(path, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login")
    assert "_auth_user_id" not in client.session
