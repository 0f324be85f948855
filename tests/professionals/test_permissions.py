"""Every URL under /professionals/ refuses everyone who should not get in.

The URL list is walked from professionals.urls, so a new view without a case here
fails `test_every_url_is_covered`.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, reverse

from professionals import urls as professional_urls
from professionals.models import Membership, Practice, PracticeAttachment
from professionals.permissions import access_block
from tests.factories.content import OrganisationFactory
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory, SignUpFactory
from tests.factories.professionals import PracticeFactory, UserFactory, member_create
from tests.factories.vragen import QuestionFactory
from vragen.models import Question, RoutingOptIn

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def owner_objects():
    """A draft practice with an attachment and a pending member, all of one org."""
    organisation = OrganisationFactory(name="Eigenaar")
    member_create(organisation, role=Membership.Role.ORG_ADMIN)
    practice = PracticeFactory(
        organisation=organisation,
        publication=Practice.Publication.DRAFT,
        title="Geheim concept",
    )
    attachment = PracticeAttachment.objects.create(
        practice=practice,
        file=SimpleUploadedFile("plan.pdf", PDF),
        original_name="plan.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    published = PracticeFactory(organisation=organisation, title="Openbaar voorbeeld")
    pending = Membership.objects.get(
        user=member_create(organisation, status=Membership.Status.PENDING)
    )
    signup = SignUpFactory(group=PeerGroupFactory(organiser=organisation), name="Sanne")
    # A parent's question routed to this organisation (its gemeente opted in).
    question = QuestionFactory(
        organisation=organisation, text="Geheim concept", name="Sanne"
    )
    event = EventFactory(organiser=organisation, title="Geheime workshop", live=False)
    return {
        "question": question,
        "signup": signup,
        "event": event,
        "practice": practice,
        "published": published,
        "attachment": attachment,
        "pending": pending,
    }


def _kwargs(name, objects):
    if name.startswith("practice_") and name not in {
        "practice_list",
        "practice_create",
    }:
        return {"pk": objects["practice"].pk}
    if name.startswith("attachment_"):
        return {"pk": objects["attachment"].pk}
    if name == "member_decide":
        return {"pk": objects["pending"].pk}
    if name == "inbox_status":
        return {"pk": objects["signup"].pk}
    if name == "question_detail":
        return {"pk": objects["question"].pk}
    if name == "event_edit":
        return {"pk": objects["event"].pk}
    return {}


# Views reached from a link in an e-mail before the person has an account: they
# check only their signed token and show nothing but a gemeente's name (tested in
# test_public_token_views_show_nothing_without_a_valid_token below).
PUBLIC_TOKEN_NAMES = {"invitation"}
ALL_NAMES = sorted(
    p.name
    for p in professional_urls.urlpatterns
    if isinstance(p, URLPattern) and p.name not in PUBLIC_TOKEN_NAMES
)
# Pages that signed-in people waiting for approval may see (allow_waiting).
WAITING_NAMES = {"waiting", "invitation_accept"}
OBJECT_NAMES = [
    "practice_detail",
    "practice_edit",
    "practice_unpublish",
    "practice_republish",
    "practice_question",
    "attachment_download",
    "attachment_delete",
    "member_decide",
    "inbox_status",
    "question_detail",
    "event_edit",
]


def test_every_url_is_covered_and_guarded():
    assert set(OBJECT_NAMES) <= set(ALL_NAMES)
    for pattern in professional_urls.urlpatterns:
        if pattern.name in PUBLIC_TOKEN_NAMES:
            assert getattr(pattern.callback, "public_token_view", False)
            assert not getattr(pattern.callback, "member_required", False)
            continue
        assert getattr(pattern.callback, "member_required", False), pattern.name


def _outsider(kind):
    if kind == "anonymous":
        return None
    if kind == "unverified":
        return member_create(verified=False)
    if kind == "no_two_factor":
        return member_create(two_factor=False)
    if kind == "pending":
        return member_create(status=Membership.Status.PENDING)
    if kind == "rejected":
        return member_create(status=Membership.Status.REJECTED)
    if kind == "no_membership":
        return member_create(status=None)
    if kind == "inactive":
        user = member_create()
        user.is_active = False
        user.save()
        return user
    raise ValueError(kind)


EXPECTED_REDIRECT = {
    "anonymous": "/accounts/login/",
    "inactive": "/accounts/login/",
    "unverified": "/accounts/email/",
    "no_two_factor": "/accounts/2fa/totp/activate",
    "pending": "/professionals/wachten/",
    "rejected": "/professionals/wachten/",
    "no_membership": "/professionals/wachten/",
}


@pytest.mark.parametrize("kind", sorted(EXPECTED_REDIRECT))
@pytest.mark.parametrize("name", ALL_NAMES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_outsiders_are_redirected_and_change_nothing(
    client, owner_objects, kind, name, method
):
    user = _outsider(kind)
    if user is not None:
        client.force_login(user)
    url = reverse(f"professionals:{name}", kwargs=_kwargs(name, owner_objects))
    data = {
        "body": "Hallo",
        "decision": "approve",
        "title": "Overgenomen",
        "status": "afgesloten",
        "actie": "sluiten",
        "active": "on",
        "organisation": owner_objects["question"].organisation_id,
    }
    response = getattr(client, method)(url, data)
    if name in WAITING_NAMES and kind in {"pending", "rejected", "no_membership"}:
        assert response.status_code in (200, 302, 410)
        assert "Geheim concept" not in response.content.decode()
        assert "Sanne" not in response.content.decode()
    else:
        assert response.status_code == 302, (kind, name, response.status_code)
        assert response["Location"].startswith(EXPECTED_REDIRECT[kind])
    # Nothing changed.
    owner_objects["practice"].refresh_from_db()
    owner_objects["published"].refresh_from_db()
    owner_objects["pending"].refresh_from_db()
    assert owner_objects["practice"].title == "Geheim concept"
    assert owner_objects["published"].publication == Practice.Publication.PUBLISHED
    assert owner_objects["pending"].status == Membership.Status.PENDING
    assert not owner_objects["published"].questions.exists()
    owner_objects["signup"].refresh_from_db()
    assert owner_objects["signup"].status == "nieuw"
    assert PracticeAttachment.objects.filter(pk=owner_objects["attachment"].pk).exists()
    _question_untouched(owner_objects)
    owner_objects["event"].refresh_from_db()
    assert owner_objects["event"].title == "Geheime workshop"
    assert "Geheime workshop" not in response.content.decode()


def _question_untouched(objects):
    objects["question"].refresh_from_db()
    assert objects["question"].status == Question.Status.NEW
    assert objects["question"].assignee_id is None
    assert not objects["question"].answers.exists()
    assert not RoutingOptIn.objects.exists()


OTHER_ORG_EXPECT = {
    # A draft of another organisation does not exist for you.
    ("get", "practice_detail"): 404,
    ("get", "practice_edit"): 404,
    ("post", "practice_edit"): 404,
    ("post", "practice_unpublish"): 404,
    ("post", "practice_republish"): 404,
    ("post", "practice_question"): 404,
    ("get", "attachment_download"): 404,
    ("post", "attachment_delete"): 404,
    ("post", "member_decide"): 403,
    ("post", "inbox_status"): 404,
    # The municipal page's import and export are for a gemeente's admins only.
    ("get", "municipality_export"): 403,
    ("get", "municipality_import"): 403,
    ("post", "municipality_import"): 403,
    ("get", "municipality_page"): 403,
    # Another organisation's question does not exist for you.
    ("get", "question_detail"): 404,
    ("post", "question_detail"): 404,
    ("get", "event_edit"): 403,
    ("post", "event_edit"): 403,
    ("get", "event_list"): 200,
}


@pytest.mark.parametrize("method, name", sorted(OTHER_ORG_EXPECT))
def test_member_of_another_organisation_gets_nothing(
    client, owner_objects, method, name
):
    client.force_login(member_create(OrganisationFactory(name="Andere gemeente")))
    url = reverse(f"professionals:{name}", kwargs=_kwargs(name, owner_objects))
    response = getattr(client, method)(
        url,
        {
            "body": "x",
            "decision": "approve",
            "status": "afgesloten",
            "actie": "antwoorden",
            "via": "email",
            "text": "Overgenomen",
        },
    )
    assert response.status_code == OTHER_ORG_EXPECT[(method, name)]
    _question_untouched(owner_objects)
    assert b"Sanne" not in response.content
    owner_objects["signup"].refresh_from_db()
    assert owner_objects["signup"].status == "nieuw"
    assert b"Geheim concept" not in response.content
    owner_objects["pending"].refresh_from_db()
    assert owner_objects["pending"].status == Membership.Status.PENDING
    assert b"Geheime workshop" not in response.content
    owner_objects["event"].refresh_from_db()
    assert owner_objects["event"].title == "Geheime workshop"


@pytest.mark.parametrize(
    "method, name", [("get", "practice_edit"), ("post", "practice_edit")]
)
def test_other_organisation_cannot_edit_a_published_practice(
    client, owner_objects, method, name
):
    client.force_login(member_create(OrganisationFactory(name="Andere gemeente")))
    url = reverse(f"professionals:{name}", kwargs={"pk": owner_objects["published"].pk})
    response = getattr(client, method)(url, {"title": "Overgenomen", "summary": "x"})
    assert response.status_code == 403
    owner_objects["published"].refresh_from_db()
    assert owner_objects["published"].title == "Openbaar voorbeeld"


def test_other_organisation_cannot_unpublish_or_delete_attachments(
    client, owner_objects
):
    published = owner_objects["published"]
    attachment = PracticeAttachment.objects.create(
        practice=published,
        file=SimpleUploadedFile("open.pdf", PDF),
        original_name="open.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    client.force_login(member_create(OrganisationFactory(name="Andere gemeente")))
    assert (
        client.post(
            reverse("professionals:practice_unpublish", args=[published.pk])
        ).status_code
        == 403
    )
    assert (
        client.post(
            reverse("professionals:attachment_delete", args=[attachment.pk])
        ).status_code
        == 403
    )
    # …but may read and download what is published.
    assert (
        client.get(
            reverse("professionals:attachment_download", args=[attachment.pk])
        ).status_code
        == 200
    )
    published.refresh_from_db()
    assert published.publication == Practice.Publication.PUBLISHED


def test_moderator_may_take_any_practice_offline(client, owner_objects):
    moderator = member_create(
        OrganisationFactory(name="Redactie"), role=Membership.Role.MODERATOR
    )
    client.force_login(moderator)
    published = owner_objects["published"]
    # A moderator cannot edit another organisation's practice…
    assert (
        client.get(
            reverse("professionals:practice_edit", args=[published.pk])
        ).status_code
        == 403
    )
    response = client.post(
        reverse("professionals:practice_unpublish", args=[published.pk])
    )
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED


def test_org_admin_approves_only_own_organisation(client, owner_objects):
    other_pending = Membership.objects.get(
        user=member_create(
            OrganisationFactory(name="Andere"), status=Membership.Status.PENDING
        )
    )
    admin = Membership.objects.filter(
        organisation=owner_objects["pending"].organisation,
        role=Membership.Role.ORG_ADMIN,
    ).get()
    client.force_login(admin.user)
    members_page = client.get(reverse("professionals:members"))
    assert owner_objects["pending"].user.email in members_page.content.decode()
    assert other_pending.user.email not in members_page.content.decode()
    assert (
        client.post(
            reverse("professionals:member_decide", args=[other_pending.pk]),
            {"decision": "approve"},
        ).status_code
        == 403
    )
    client.post(
        reverse("professionals:member_decide", args=[owner_objects["pending"].pk]),
        {"decision": "approve", "role": "member"},
    )
    owner_objects["pending"].refresh_from_db()
    other_pending.refresh_from_db()
    assert owner_objects["pending"].status == Membership.Status.APPROVED
    assert other_pending.status == Membership.Status.PENDING


def test_plain_member_cannot_see_member_list(client):
    client.force_login(member_create())
    assert client.get(reverse("professionals:members")).status_code == 403


def test_access_block_order():
    assert access_block(UserFactory()) == "unverified"
    assert access_block(member_create(two_factor=False)) == "no_two_factor"
    assert access_block(member_create(status=None)) == "no_membership"
    assert access_block(member_create()) is None


def test_approved_member_reaches_every_page(client, owner_objects):
    client.force_login(
        owner_objects["pending"]
        .organisation.memberships.get(role=Membership.Role.ORG_ADMIN)
        .user
    )
    for name in [
        "dashboard",
        "practice_list",
        "practice_create",
        "checklist",
        "members",
        "embed_snippets",
    ]:
        assert client.get(reverse(f"professionals:{name}")).status_code == 200, name
    assert client.get(reverse("professionals:waiting")).status_code == 302


# --- Issue 17: hardening from an outside probe -------------------------------------


def _admin_of(organisation):
    return organisation.memberships.get(role=Membership.Role.ORG_ADMIN).user


def test_moderator_takedown_holds_against_own_organisation(client, owner_objects):
    """offline → "offline" again → edit as published: the takedown holds."""
    published = owner_objects["published"]
    client.force_login(
        member_create(
            OrganisationFactory(name="Redactie"), role=Membership.Role.MODERATOR
        )
    )
    client.post(reverse("professionals:practice_unpublish", args=[published.pk]))
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED

    client.force_login(_admin_of(published.organisation))
    client.post(reverse("professionals:practice_unpublish", args=[published.pk]))
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED
    client.post(
        reverse("professionals:practice_edit", args=[published.pk]),
        {
            "title": "Weer online",
            "summary": "Kort.",
            "status": "loopt",
            "size_class": "nvt",
            "publication": Practice.Publication.PUBLISHED,
        },
    )
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED


def test_takedown_holds_in_the_service_too(owner_objects):
    from professionals import services
    from professionals.forms import PracticeForm
    from professionals.permissions import membership_of

    published = owner_objects["published"]
    services.practice_unpublish(published, by_moderator=True)
    membership = membership_of(_admin_of(published.organisation))
    form = PracticeForm(
        {
            "title": "Weer online",
            "summary": "Kort.",
            "status": "loopt",
            "size_class": "nvt",
            "publication": Practice.Publication.PUBLISHED,
        },
        instance=published,
        membership=membership,
    )
    assert form.is_valid(), form.errors
    form.cleaned_data["publication"] = Practice.Publication.PUBLISHED
    form.instance.publication = Practice.Publication.PUBLISHED  # a tampered form
    services.practice_save(form, membership=membership, user=membership.user)
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED


def test_a_rejection_holds_against_the_auto_approve_domain(client):
    from professionals.models import OrganisationProfile
    from professionals.services import membership_auto_approve

    organisation = OrganisationFactory(name="Gemeente Zutphen")
    OrganisationProfile.objects.create(
        organisation=organisation, email_domains="zutphen.example"
    )
    admin = member_create(organisation, role=Membership.Role.ORG_ADMIN)
    user = member_create(
        organisation,
        status=Membership.Status.PENDING,
        email="afgewezen@zutphen.example",
    )
    client.force_login(admin)
    client.post(
        reverse("professionals:member_decide", args=[user.membership.pk]),
        {"decision": "reject"},
    )
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.REJECTED

    client.force_login(user)
    response = client.post(
        reverse("professionals:waiting"),
        {
            "kind": organisation.kind,
            "organisation": organisation.name,
            "job_title": "Opnieuw",
        },
    )
    assert response.status_code == 302
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.PENDING
    assert membership_auto_approve(user) is False  # e.g. on a new verified address
    user.membership.refresh_from_db()
    assert user.membership.status == Membership.Status.PENDING
    # Someone never decided on is still approved by the domain.
    fresh = member_create(status=None, email="nieuw@zutphen.example")
    Membership.objects.create(user=fresh, organisation=organisation)
    assert membership_auto_approve(fresh) is True


@pytest.fixture
def team():
    """One organisation with two admins and a member; a moderator elsewhere."""
    organisation = OrganisationFactory(name="Gemeente Team")
    return {
        "organisation": organisation,
        "admin": member_create(organisation, role=Membership.Role.ORG_ADMIN),
        "admin2": member_create(organisation, role=Membership.Role.ORG_ADMIN),
        "member": member_create(organisation),
        "pending": member_create(organisation, status=Membership.Status.PENDING),
        "moderator": member_create(
            OrganisationFactory(name="Portaal"), role=Membership.Role.MODERATOR
        ),
        "moderator2": member_create(
            OrganisationFactory(name="Portaal 2"), role=Membership.Role.MODERATOR
        ),
    }


ROLE_CASES = [
    # actor, target, decision, role, allowed, Dutch reason when refused
    ("admin", "pending", "approve", "member", True, ""),
    ("admin", "pending", "reject", "", True, ""),
    ("admin", "member", "reject", "", False, "al goedgekeurd"),
    ("admin", "member", "approve", "org_admin", False, "al goedgekeurd"),
    ("admin", "admin2", "reject", "", False, "al goedgekeurd"),
    ("admin", "admin2", "approve", "member", False, "al goedgekeurd"),
    ("admin", "admin", "approve", "member", False, "eigen lidmaatschap"),
    ("admin", "moderator", "reject", "", False, "redactie"),
    ("member", "pending", "approve", "member", False, "Alleen beheerders"),
    ("moderator", "member", "reject", "", True, ""),
    ("moderator", "admin2", "approve", "member", True, ""),
    ("moderator", "moderator2", "reject", "", False, "redactie"),
]


@pytest.mark.parametrize(
    "actor, target, decision, role, allowed, reason",
    ROLE_CASES,
    ids=[f"{c[0]}-{c[2]}-{c[1]}-{c[3] or 'x'}" for c in ROLE_CASES],
)
def test_who_may_change_whose_membership(
    client, team, actor, target, decision, role, allowed, reason
):
    target_membership = team[target].membership
    before = (target_membership.status, target_membership.role)
    client.force_login(team[actor])
    response = client.post(
        reverse("professionals:member_decide", args=[target_membership.pk]),
        {"decision": decision, "role": role},
    )
    target_membership.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert (target_membership.status, target_membership.role) != before
    else:
        assert response.status_code == 403
        assert reason in response.content.decode()
        assert (target_membership.status, target_membership.role) == before


def test_the_last_admin_cannot_be_removed(client, team):
    client.force_login(team["moderator"])
    decide = "professionals:member_decide"
    # Two admins: one may go.
    response = client.post(
        reverse(decide, args=[team["admin2"].membership.pk]), {"decision": "reject"}
    )
    assert response.status_code == 302
    for data in ({"decision": "reject"}, {"decision": "approve", "role": "member"}):
        response = client.post(
            reverse(decide, args=[team["admin"].membership.pk]), data
        )
        assert response.status_code == 403
        assert "de laatste beheerder van Gemeente Team" in response.content.decode()
    team["admin"].membership.refresh_from_db()
    assert team["admin"].membership.role == Membership.Role.ORG_ADMIN
    assert team["admin"].membership.status == Membership.Status.APPROVED


def test_the_service_refuses_what_the_rules_refuse(team):
    from professionals.services import MemberDecisionRefused, membership_decide

    with pytest.raises(MemberDecisionRefused):
        membership_decide(
            team["admin2"].membership, by=team["admin"], approve=False, role=""
        )
    team["admin2"].membership.refresh_from_db()
    assert team["admin2"].membership.status == Membership.Status.APPROVED


@pytest.fixture
def managed_signup():
    organisation = OrganisationFactory(name="Buurthuis")
    manager = member_create(organisation)
    colleague = member_create(organisation, role=Membership.Role.ORG_ADMIN)
    group = PeerGroupFactory(organiser=organisation, name="Koffie")
    group.managers.set([manager])
    group.save()
    signup = SignUpFactory(group=group, name="Sanne", email="sanne@example.org")
    return {"manager": manager, "colleague": colleague, "signup": signup}


def test_only_managers_of_the_group_see_a_parents_sign_up(client, managed_signup):
    signup = managed_signup["signup"]
    client.force_login(managed_signup["colleague"])
    page = client.get(reverse("professionals:inbox")).content.decode()
    assert "Sanne" not in page and "sanne@example.org" not in page
    assert "groepen die jij beheert" in page
    assert "1 nieuwe aanmelding" not in client.get("/professionals/").content.decode()
    response = client.post(
        reverse("professionals:inbox_status", args=[signup.pk]),
        {"status": "afgesloten"},
    )
    assert response.status_code == 404
    signup.refresh_from_db()
    assert signup.status == "nieuw"

    client.force_login(managed_signup["manager"])
    page = client.get(reverse("professionals:inbox")).content.decode()
    assert "Sanne" in page and "sanne@example.org" in page
    assert "1 nieuwe aanmelding" in client.get("/professionals/").content.decode()


@pytest.mark.parametrize("name", ["inbox", "dashboard", "members"])
def test_secure_area_pages_are_never_stored(client, managed_signup, name):
    client.force_login(managed_signup["colleague"])
    response = client.get(reverse(f"professionals:{name}"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_admin_sends_professionals_to_their_own_area(client, home_page):
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")
    client.force_login(member_create())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/professionals/"
    assert client.get("/admin/pages/")["Location"] == "/professionals/"
    # Following the redirect ends in their area, not in a loop.
    assert client.get("/admin/", follow=True).status_code == 200


def test_only_a_moderator_lifts_a_takedown(client, owner_objects):
    published = owner_objects["published"]
    moderator = member_create(
        OrganisationFactory(name="Redactie"), role=Membership.Role.MODERATOR
    )
    client.force_login(moderator)
    client.post(reverse("professionals:practice_unpublish", args=[published.pk]))
    republish = reverse("professionals:practice_republish", args=[published.pk])

    client.force_login(_admin_of(published.organisation))
    detail = client.get(published.get_absolute_url()).content.decode()
    assert republish not in detail
    response = client.post(republish)
    assert response.status_code == 403
    assert "Alleen een moderator kan het weer publiceren" in response.content.decode()
    published.refresh_from_db()
    assert published.publication == Practice.Publication.UNPUBLISHED

    client.force_login(moderator)
    assert republish in client.get(published.get_absolute_url()).content.decode()
    assert client.post(republish).status_code == 302
    published.refresh_from_db()
    assert published.publication == Practice.Publication.PUBLISHED


# --- Issue 15: onboarding (invitation link, import/export, admin) ------------------


@pytest.mark.parametrize("token", ["x", "a" * 600, "eyJpIjoxfQ:1abc:def", "%00"])
def test_public_token_views_show_nothing_without_a_valid_token(client, token):
    from professionals.views.invitations import SESSION_KEY

    response = client.get(f"/professionals/uitnodiging/{token}/")
    assert response.status_code in (404, 410)
    assert SESSION_KEY not in client.session
    assert response["Cache-Control"].startswith("max-age=0")
    assert client.post(f"/professionals/uitnodiging/{token}/").status_code in (
        404,
        405,
    )


ADMIN_PATHS = [
    "/admin/snippets/professionals/municipalityinvitation/",
    "/admin/snippets/professionals/municipalityinvitation/add/",
    "/admin/snippets/professionals/organisationprofile/",
    "/admin/snippets/professionals/organisationprofile/?approval=requested",
]


@pytest.mark.parametrize("path", ADMIN_PATHS)
@pytest.mark.parametrize("kind", ["anonymous", "member", "org_admin"])
def test_admin_pages_of_onboarding_refuse_non_editors(client, path, kind):
    from core.models import Municipality
    from professionals.models import MunicipalityInvitation

    municipality = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    MunicipalityInvitation.objects.create(
        municipality=municipality, email="geheim@zutphen.example"
    )
    if kind != "anonymous":
        client.force_login(
            member_create(
                role=Membership.Role.ORG_ADMIN
                if kind == "org_admin"
                else Membership.Role.MEMBER
            )
        )
    response = client.get(path)
    assert response.status_code in (302, 403)
    assert b"geheim@zutphen.example" not in response.content
    response = client.post(
        "/admin/snippets/professionals/municipalityinvitation/add/",
        {"municipality": municipality.pk, "email": "aanvaller@example.org"},
    )
    assert response.status_code in (302, 403)
    assert MunicipalityInvitation.objects.count() == 1
