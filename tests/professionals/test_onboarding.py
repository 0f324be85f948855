"""Issue 15, onboarding every municipality: the gemeente and organisation choice at
sign-up (all 342 gemeenten, every kind), organisations on request approved by an
editor, and the editors' invitation that makes the first to accept the admin."""

import csv
import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from content.models import Organisation
from core.models import Municipality
from core.reference_data import PC4_CSV
from professionals import services
from professionals.models import Membership, MunicipalityInvitation, OrganisationProfile
from professionals.permissions import access_block
from professionals.views.invitations import SESSION_KEY
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import (
    PASSWORD,
    member_create,
    two_factor_enable,
)

pytestmark = pytest.mark.django_db


def _csv_municipalities() -> dict[str, tuple[str, str]]:
    with PC4_CSV.open(encoding="utf-8", newline="") as f:
        return {
            row["cbs_code"]: (row["municipality"], row["province"])
            for row in csv.DictReader(f)
            if row["cbs_code"]
        }


MUNICIPALITIES = _csv_municipalities()
NAMES = sorted(name for name, _province in MUNICIPALITIES.values())
# A spread over the alphabet, with the names that are easy to get wrong.
SAMPLE = sorted(
    {*NAMES[::37], "'s-Hertogenbosch", "Súdwest-Fryslân", NAMES[0], NAMES[-1]}
    & set(NAMES)
)


@pytest.fixture
def gemeenten():
    """All 342 municipalities of the reference data (without the PC4 areas)."""
    Municipality.objects.bulk_create(
        Municipality(cbs_code=code, name=name, slug=f"g{code}", province=province)
        for code, (name, province) in MUNICIPALITIES.items()
    )


def _signup(client, email, **fields):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": PASSWORD, "password2": PASSWORD, **fields},
    )


def test_reference_data_has_342_gemeenten():
    assert len(MUNICIPALITIES) == 342


def test_choice_list_holds_all_342_gemeenten_and_every_kind(client, gemeenten):
    html = client.get(reverse("account_signup")).content.decode()
    datalist = re.search(
        r'<datalist id="id_municipality-lijst">(.*?)</datalist>', html, re.S
    )
    assert datalist, "the gemeente box has no list of suggestions"
    options = re.findall(r'<option value="([^"]*)">', datalist.group(1))
    assert len(options) == 342
    assert 'list="id_municipality-lijst"' in html
    for value, _label in Organisation.Kind.choices:
        assert f'value="{value}"' in html, value
    # No `required` attribute, the label says what is needed.
    assert "required" not in re.search(r"<input[^>]*id_municipality[^>]*>", html)[0]


@pytest.mark.parametrize("name", SAMPLE)
def test_registration_for_any_gemeente(client, gemeenten, name):
    response = _signup(
        client, "nieuw@gemeente.example", kind="gemeente", municipality=name
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = get_user_model().objects.get(email="nieuw@gemeente.example")
    organisation = user.membership.organisation
    assert organisation.municipality.name == name
    assert organisation.kind == Organisation.Kind.MUNICIPALITY
    assert user.membership.status == Membership.Status.PENDING
    # A gemeente new to the portal waits for the editors; the requester is known.
    profile = organisation.professional_profile
    assert profile.approval == OrganisationProfile.Approval.REQUESTED
    assert profile.requested_by == user


def test_gemeente_typed_loosely_and_existing_organisation_is_joined(client, gemeenten):
    zutphen = Municipality.objects.get(name="Zutphen")
    existing = OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=zutphen
    )
    _signup(
        client, "a@zutphen.example", kind="gemeente", municipality="  gemeente ZUTPHEN "
    )
    membership = Membership.objects.get(user__email="a@zutphen.example")
    assert membership.organisation == existing
    assert Organisation.objects.filter(municipality=zutphen).count() == 1


@pytest.mark.parametrize(
    "fields, message",
    [
        (
            {"kind": "gemeente", "municipality": "Atlantis"},
            "Deze gemeente kennen we niet",
        ),
        ({"kind": "gemeente", "municipality": "363"}, "Deze gemeente kennen we niet"),
        (
            {"kind": "gemeente", "municipality": '<script>alert("x")</script>'},
            "Deze gemeente kennen we niet",
        ),
        (
            {"kind": "gemeente", "municipality": "x" * 5000},
            "Deze gemeente kennen we niet",
        ),
        ({"kind": "gemeente"}, "Typ de naam van je gemeente"),
        ({"kind": "ketenpartner", "organisation": "12345"}, "staat niet in de lijst"),
        ({"kind": "ketenpartner"}, "Typ de naam van je organisatie"),
        ({"kind": "geheim", "municipality": "Zutphen"}, "Selecteer een geldige keuze"),
        ({"municipality": "Zutphen"}, "Kies wat voor organisatie het is"),
    ],
)
def test_forged_choice_gives_dutch_error_and_keeps_input(
    client, gemeenten, fields, message
):
    response = _signup(client, "vals@voorbeeld.example", job_title="Adviseur", **fields)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="vals@voorbeeld.example"' in html
    assert 'value="Adviseur"' in html
    typed = fields.get("municipality") or fields.get("organisation")
    if typed and len(typed) < 100:
        assert "<script>alert" not in html
        from django.utils.html import escape

        assert f'value="{escape(typed)}"' in html
    assert 'href="#id_' in html  # the error summary links to the field
    assert not get_user_model().objects.exists()
    assert not Organisation.objects.exists()


def test_closed_or_requested_organisations_are_not_offered(client, gemeenten):
    open_org = OrganisationFactory(name="Open partner")
    closed = OrganisationFactory(name="Gesloten partner")
    OrganisationProfile.objects.create(organisation=closed, open_for_signup=False)
    waiting = OrganisationFactory(name="Aangevraagde partner")
    OrganisationProfile.objects.create(
        organisation=waiting, approval=OrganisationProfile.Approval.REQUESTED
    )
    html = client.get(reverse("account_signup")).content.decode()
    assert f'<option value="{open_org.name}">' in html
    assert "Gesloten partner" not in html
    assert "Aangevraagde partner" not in html
    response = _signup(
        client,
        "x@voorbeeld.example",
        kind="ketenpartner",
        organisation="Gesloten partner",
    )
    assert "staat niet in de lijst" in response.content.decode()


# --- An organisation on request, approved by an editor ----------------------------


@pytest.fixture
def editor_client():
    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@eenouderpunt.example", PASSWORD
    )
    two_factor_enable(editor)
    client = Client()
    client.force_login(editor)
    return client


def _request_new_organisation(client, name="Ouderinitiatief De Brug"):
    return _signup(
        client,
        "oprichter@debrug.example",
        kind="lokaal",
        organisation=name,
        organisation_new="on",
    )


def _profile_form(profile, **changes):
    data = {
        "organisation": profile.organisation_id,
        "approval": profile.approval,
        "requested_by": profile.requested_by_id or "",
        "size_class": profile.size_class,
        "email_domains": profile.email_domains,
        "open_for_signup": "on" if profile.open_for_signup else "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_organisation_on_request_then_editor_approves(client, editor_client, home_page):
    response = _request_new_organisation(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="oprichter@debrug.example")
    organisation = Organisation.objects.get(name="Ouderinitiatief De Brug")
    assert organisation.kind == Organisation.Kind.LOCAL_INITIATIVE
    profile = organisation.professional_profile
    assert profile.approval == OrganisationProfile.Approval.REQUESTED
    assert user.membership.organisation == organisation

    # With a verified address and two-factor, they wait for the editors.
    user.emailaddress_set.update(verified=True)
    two_factor_enable(user)
    client.force_login(user)
    assert access_block(user) == "pending"
    page = client.get(reverse("professionals:waiting")).content.decode()
    assert "De redactie van Eenouderpunt kijkt naar je aanvraag" in page

    # The editor finds it in the admin and approves it.
    listing = editor_client.get(
        "/admin/snippets/professionals/organisationprofile/?approval=requested"
    )
    assert "Ouderinitiatief De Brug" in listing.content.decode()
    url = f"/admin/snippets/professionals/organisationprofile/edit/{profile.pk}/"
    assert editor_client.get(url).status_code == 200
    mail.outbox.clear()
    response = editor_client.post(url, _profile_form(profile, approval="approved"))
    assert response.status_code == 302, response.content.decode()[-3000:]
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.APPROVED
    assert user.membership.role == Membership.Role.ORG_ADMIN
    assert access_block(user) is None
    assert [m.to for m in mail.outbox] == [["oprichter@debrug.example"]]
    assert "goedgekeurd" in mail.outbox[0].body
    assert client.get(reverse("professionals:dashboard")).status_code == 200
    # Saving it again changes nothing and sends nothing.
    editor_client.post(url, _profile_form(profile, approval="approved"))
    assert len(mail.outbox) == 1


def test_editor_rejects_organisation_request(client, editor_client, home_page):
    _request_new_organisation(client)
    user = get_user_model().objects.get(email="oprichter@debrug.example")
    profile = OrganisationProfile.objects.get(
        organisation__name="Ouderinitiatief De Brug"
    )
    url = f"/admin/snippets/professionals/organisationprofile/edit/{profile.pk}/"
    editor_client.post(url, _profile_form(profile, approval="rejected"))
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.REJECTED
    # They may choose another organisation on the waiting page.
    assert access_block(user) in {"rejected", "unverified"}


def test_approved_member_of_a_requested_organisation_stays_out(client):
    organisation = OrganisationFactory(name="Nog niet goedgekeurd")
    OrganisationProfile.objects.create(
        organisation=organisation, approval=OrganisationProfile.Approval.REQUESTED
    )
    user = member_create(organisation)  # approved membership, somehow
    assert access_block(user) == "pending"
    client.force_login(user)
    response = client.get(reverse("professionals:dashboard"))
    assert response["Location"] == reverse("professionals:waiting")


@pytest.mark.parametrize(
    "name, message",
    [
        ("Bestaande partner", "Er is al een organisatie met deze naam"),
        ("ab", "3 tot 150 tekens"),
        ("<b>Vet</b> initiatief", "zonder &lt; of &gt; of andere codes"),
        ("x" * 151, "3 tot 150 tekens"),
        ("Nul\x00byte", "zonder &lt; of &gt; of andere codes"),
    ],
)
def test_new_organisation_name_is_checked(client, name, message):
    closed = OrganisationFactory(name="Bestaande partner")
    OrganisationProfile.objects.create(organisation=closed, open_for_signup=False)
    response = _request_new_organisation(client, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Organisation.objects.count() == 1


def test_waiting_page_offers_the_same_choice(client, gemeenten):
    user = member_create(status=None)
    client.force_login(user)
    html = client.get(reverse("professionals:waiting")).content.decode()
    assert len(re.findall(r"<option value=", html)) >= 342
    response = client.post(
        reverse("professionals:waiting"),
        {"kind": "gemeente", "municipality": "Atlantis"},
    )
    assert "Deze gemeente kennen we niet" in response.content.decode()
    response = client.post(
        reverse("professionals:waiting"), {"kind": "gemeente", "municipality": "Zwolle"}
    )
    assert response.status_code == 302
    assert Membership.objects.get(user=user).organisation.municipality.name == "Zwolle"


# --- Invitations --------------------------------------------------------------------


@pytest.fixture
def zwolle():
    return Municipality.objects.create(
        cbs_code="0193", name="Zwolle", slug="zwolle", province="Overijssel"
    )


def _invite(zwolle, email="contact@zwolle.example"):
    invitation = MunicipalityInvitation.objects.create(municipality=zwolle, email=email)
    token = services.invitation_send(invitation)
    return invitation, token


def test_editor_invites_in_the_admin_and_mail_goes_out(
    editor_client, zwolle, home_page
):
    mail.outbox.clear()
    response = editor_client.post(
        "/admin/snippets/professionals/municipalityinvitation/add/",
        {"municipality": zwolle.pk, "email": "wethouder@zwolle.example"},
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    invitation = MunicipalityInvitation.objects.get()
    assert invitation.created_by.username == "redacteur"
    assert [m.to for m in mail.outbox] == [["wethouder@zwolle.example"]]
    link = re.search(r"http\S+/professionals/uitnodiging/(\S+)/", mail.outbox[0].body)
    token = link.group(1)
    # Only a hash is stored, never the token.
    assert token not in str(MunicipalityInvitation.objects.values().get())
    assert services.invitation_read(token) == invitation
    listing = editor_client.get("/admin/snippets/professionals/municipalityinvitation/")
    assert "wethouder@zwolle.example" in listing.content.decode()
    assert "Open" in listing.content.decode()


def test_first_to_accept_becomes_admin_after_two_factor(client, zwolle):
    invitation, token = _invite(zwolle)
    landing = client.get(reverse("professionals:invitation", args=[token]))
    assert landing.status_code == 200
    assert "Uitnodiging voor gemeente Zwolle" in landing.content.decode()
    assert (
        "no-store" in landing["Cache-Control"]
        or "max-age=0" in landing["Cache-Control"]
    )
    assert client.session[SESSION_KEY] == token

    # An account without two-factor is sent to set it up first.
    user = member_create(status=None, two_factor=False, email="nieuw@zwolle.example")
    client.force_login(user)
    assert client.session[SESSION_KEY] == token  # the session survives login
    accept = reverse("professionals:invitation_accept")
    response = client.post(accept)
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate" in response["Location"]
    assert not Membership.objects.filter(user=user).exists()

    two_factor_enable(user)
    assert "Beheerder worden van gemeente Zwolle" in client.get(accept).content.decode()
    response = client.post(accept)
    assert response["Location"] == reverse("professionals:municipality_page")
    membership = Membership.objects.get(user=user)
    assert membership.is_org_admin
    assert membership.organisation.municipality == zwolle
    assert membership.organisation.professional_profile.is_approved
    assert client.get(reverse("professionals:municipality_page")).status_code == 200
    invitation.refresh_from_db()
    assert invitation.accepted_by == user
    assert SESSION_KEY not in client.session


def test_reused_invitation_gives_410(client, zwolle):
    _invitation, token = _invite(zwolle)
    first = member_create(status=None)
    client.get(reverse("professionals:invitation", args=[token]))
    client.force_login(first)
    client.post(reverse("professionals:invitation_accept"))
    other = Client()
    response = other.get(reverse("professionals:invitation", args=[token]))
    assert response.status_code == 410
    assert "Deze uitnodiging is al gebruikt" in response.content.decode()
    # And the same link again from the winner's browser.
    response = client.get(reverse("professionals:invitation", args=[token]))
    assert response.status_code == 410


def test_second_invitation_for_the_same_gemeente_is_spent_too(client, zwolle):
    _first, token1 = _invite(zwolle, "a@zwolle.example")
    _second, token2 = _invite(zwolle, "b@zwolle.example")
    services.invitation_accept(token1, member_create(status=None))
    with pytest.raises(services.InvitationUsed):
        services.invitation_accept(token2, member_create(status=None))
    assert client.get(f"/professionals/uitnodiging/{token2}/").status_code == 410


def test_accept_raced_twice_has_one_winner(zwolle):
    _invitation, token = _invite(zwolle)
    winner, loser = member_create(status=None), member_create(status=None)
    services.invitation_accept(token, winner)
    with pytest.raises(services.InvitationUsed):
        services.invitation_accept(token, loser)
    assert not Membership.objects.filter(user=loser).exists()


def test_expired_invitation_gives_410(client, zwolle):
    invitation, token = _invite(zwolle)
    MunicipalityInvitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.get(reverse("professionals:invitation", args=[token]))
    assert response.status_code == 410
    assert "Deze uitnodiging is verlopen" in response.content.decode()


def test_expired_signature_gives_410(client, zwolle, settings, monkeypatch):
    _invitation, token = _invite(zwolle)
    later = timezone.now() + datetime.timedelta(days=15)
    monkeypatch.setattr("django.core.signing.time.time", lambda: later.timestamp())
    response = client.get(reverse("professionals:invitation", args=[token]))
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()


def test_expired_after_landing_gives_410_on_accept(client, zwolle):
    invitation, token = _invite(zwolle)
    client.get(reverse("professionals:invitation", args=[token]))
    client.force_login(member_create(status=None))
    MunicipalityInvitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.post(reverse("professionals:invitation_accept"))
    assert response.status_code == 410
    assert not Membership.objects.filter(organisation__municipality=zwolle).exists()


def test_resent_invitation_kills_the_old_link(client, zwolle):
    invitation, old = _invite(zwolle)
    services.invitation_send(invitation)
    assert client.get(f"/professionals/uitnodiging/{old}/").status_code == 404


def test_tampered_token_and_no_session(client, zwolle):
    _invitation, token = _invite(zwolle)
    response = client.get(f"/professionals/uitnodiging/{token[:-2]}xx/")
    assert response.status_code == 404
    assert "Deze uitnodiging kennen we niet" in response.content.decode()
    client.force_login(member_create(status=None))
    response = client.post(reverse("professionals:invitation_accept"))
    assert response.status_code == 410
    assert "Geen uitnodiging gevonden" in response.content.decode()


def test_old_invitations_are_forgotten(zwolle):
    invitation, _token = _invite(zwolle)
    MunicipalityInvitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=31)
    )
    _invite(zwolle, "nog@zwolle.example")
    call_command("invitations_delete_expired", stdout=open("/dev/null", "w"))
    assert list(MunicipalityInvitation.objects.values_list("email", flat=True)) == [
        "nog@zwolle.example"
    ]


def test_invitation_token_is_kept_out_of_logs():
    from core.log_redaction import redact_path

    assert (
        redact_path("Gone: /professionals/uitnodiging/eyJpIjox:1x:abc/")
        == "Gone: /professionals/uitnodiging/…/"
    )


@pytest.mark.parametrize("size", [10, 200])
def test_signup_page_queries_do_not_grow_with_organisations(client, gemeenten, size):
    """The choice lists are two queries, whatever the number of organisations."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(size):
        OrganisationFactory(name=f"Partner {n}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert response.content.decode().count('<option value="Partner ') == size
    assert len(queries) <= 6, [q["sql"][:120] for q in queries.captured_queries]
