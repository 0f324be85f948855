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
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory
from tests.factories.professionals import PracticeFactory, UserFactory, member_create

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
    return {
        "signup": signup,
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
    return {}


ALL_NAMES = sorted(
    p.name for p in professional_urls.urlpatterns if isinstance(p, URLPattern)
)
OBJECT_NAMES = [
    "practice_detail",
    "practice_edit",
    "practice_unpublish",
    "practice_question",
    "attachment_download",
    "attachment_delete",
    "member_decide",
    "inbox_status",
]


def test_every_url_is_covered_and_guarded():
    assert set(OBJECT_NAMES) <= set(ALL_NAMES)
    for pattern in professional_urls.urlpatterns:
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
    }
    response = getattr(client, method)(url, data)
    if name == "waiting" and kind in {"pending", "rejected", "no_membership"}:
        assert response.status_code in (200, 302)
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


OTHER_ORG_EXPECT = {
    # A draft of another organisation does not exist for you.
    ("get", "practice_detail"): 404,
    ("get", "practice_edit"): 404,
    ("post", "practice_edit"): 404,
    ("post", "practice_unpublish"): 404,
    ("post", "practice_question"): 404,
    ("get", "attachment_download"): 404,
    ("post", "attachment_delete"): 404,
    ("post", "member_decide"): 403,
    ("post", "inbox_status"): 404,
}


@pytest.mark.parametrize("method, name", sorted(OTHER_ORG_EXPECT))
def test_member_of_another_organisation_gets_nothing(
    client, owner_objects, method, name
):
    client.force_login(member_create(OrganisationFactory(name="Andere gemeente")))
    url = reverse(f"professionals:{name}", kwargs=_kwargs(name, owner_objects))
    response = getattr(client, method)(
        url, {"body": "x", "decision": "approve", "status": "afgesloten"}
    )
    assert response.status_code == OTHER_ORG_EXPECT[(method, name)]
    assert b"Sanne" not in response.content
    owner_objects["signup"].refresh_from_db()
    assert owner_objects["signup"].status == "nieuw"
    assert b"Geheim concept" not in response.content
    owner_objects["pending"].refresh_from_db()
    assert owner_objects["pending"].status == Membership.Status.PENDING


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
    ]:
        assert client.get(reverse(f"professionals:{name}")).status_code == 200, name
    assert client.get(reverse("professionals:waiting")).status_code == 302
