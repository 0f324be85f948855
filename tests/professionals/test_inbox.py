"""Inbox: sign-ups for the organisation's own groups, and their status."""

import pytest
from django.urls import reverse

from lotgenoten.models import SignUp
from tests.factories.content import OrganisationFactory
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory
from tests.factories.professionals import member_create

pytestmark = pytest.mark.django_db


def test_member_sees_and_handles_only_own_groups_signups(client):
    organisation = OrganisationFactory(name="Buurthuis")
    group = PeerGroupFactory(organiser=organisation, name="Koffie in de wijk")
    own = SignUpFactory(group=group, name="Sanne", message="<b>Hoi</b>")
    other = SignUpFactory(group=PeerGroupFactory(), name="Ahmed")
    member = member_create(organisation)
    group.managers.set([member])  # the inbox shows only the groups one manages
    group.save()
    client.force_login(member)
    html = client.get(reverse("professionals:inbox")).content.decode()
    assert "Sanne" in html and "Koffie in de wijk" in html
    assert "&lt;b&gt;Hoi&lt;/b&gt;" in html
    assert "Ahmed" not in html
    response = client.post(
        reverse("professionals:inbox_status", args=[own.pk]), {"status": "contact"}
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == SignUp.Status.CONTACTED
    assert own.handled_at is not None
    assert (
        client.post(
            reverse("professionals:inbox_status", args=[other.pk]),
            {"status": "afgesloten"},
        ).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.status == SignUp.Status.NEW
    # Filter by status; a tampered status is ignored.
    html = client.get(reverse("professionals:inbox"), {"status": "nieuw"}).content
    assert "Sanne · Koffie in de wijk".encode() not in html
    html = client.get(reverse("professionals:inbox"), {"status": "contact"}).content
    assert "Sanne · Koffie in de wijk".encode() in html
    assert (
        client.get(reverse("professionals:inbox"), {"status": "x"}).status_code == 200
    )
