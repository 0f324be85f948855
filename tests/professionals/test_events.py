"""Professionals add and change their organisation's events; editors approve."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lotgenoten.models import Event
from lotgenoten.selectors import events_waiting_for_approval, public_events
from professionals.models import Membership
from tests.factories.content import OrganisationFactory
from tests.factories.lotgenoten import EventFactory
from tests.factories.professionals import member_create

pytestmark = pytest.mark.django_db


def _day(days=10):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


VALID = {
    "title": "Workshop geld en rust",
    "description": "Je krijgt tips om overzicht te houden. Je mag alles vragen.",
    "day": _day(),
    "start_time": "19:30",
    "end_time": "21:00",
    "repeat": "",
    "repeat_until": "",
    "is_online": "",
    "venue_name": "Buurthuis",
    "address": "Straat 1",
    "postcode": "1012 AB",
    "is_free": "on",
    "join_method": "aanmelden",
    "notify_email": "team@example.org",
}


@pytest.fixture
def member(client, postcode_areas):
    organisation = OrganisationFactory(name="Wijkteam Oost")
    user = member_create(organisation, role=Membership.Role.MEMBER)
    client.force_login(user)
    return user


def test_member_adds_an_event_that_waits_for_an_editor(client, member, mailoutbox):
    response = client.post(reverse("professionals:event_create"), VALID)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get()
    assert event.organiser == member.membership.organisation
    assert event.review == Event.Review.WAITING and event.live
    assert list(event.managers.all()) == [member]
    assert timezone.localtime(event.starts_at).hour == 19
    assert event.municipality_id is not None and event.latitude is not None
    assert event in events_waiting_for_approval()
    assert event not in public_events()
    listing = client.get(reverse("professionals:event_list")).content.decode()
    assert "Workshop geld en rust" in listing and "Wacht op goedkeuring" in listing
    # An editor approves: now parents see it.
    Event.objects.filter(pk=event.pk).update(review=Event.Review.APPROVED)
    assert client.get(event.get_absolute_url()).status_code == 200


def test_end_before_start_is_refused_and_input_kept(client, member):
    data = {**VALID, "start_time": "21:00", "end_time": "19:00", "title": "<b>Mijn</b>"}
    response = client.post(reverse("professionals:event_create"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "De eindtijd moet na de begintijd liggen." in html
    assert 'value="&lt;b&gt;Mijn&lt;/b&gt;"' in html and 'value="21:00"' in html
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", "x" * 20000),
        ("description", "<script>alert(1)</script>" * 1000),
        ("day", "gisteren"),
        ("start_time", "25:99"),
        ("repeat", "elke seconde"),
        ("repeat_until", "9999-99-99"),
        ("postcode", "<script>"),
        ("join_url", "javascript:alert(1)"),
        ("notify_email", "geen adres"),
        ("target_groups", "999999"),
    ],
)
def test_hostile_input_gives_a_dutch_message_never_a_500(client, member, field, value):
    response = client.post(
        reverse("professionals:event_create"), {**VALID, field: value}
    )
    assert response.status_code == 400
    assert not Event.objects.exists()
    assert "<script>alert(1)" not in response.content.decode()


def test_repeat_until_before_the_start_is_refused(client, member):
    data = {**VALID, "repeat": "wekelijks", "repeat_until": _day(-5)}
    response = client.post(reverse("professionals:event_create"), data)
    assert response.status_code == 400
    assert "Deze datum ligt voor het begin" in response.content.decode()


def test_a_change_goes_back_to_the_editors(client, member):
    event = EventFactory(organiser=member.membership.organisation, title="Oud")
    url = reverse("professionals:event_edit", args=[event.pk])
    page = client.get(url).content.decode()
    assert 'value="Oud"' in page and 'value="19:30"' in page
    response = client.post(url, {**VALID, "title": "Nieuw"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.title == "Nieuw" and event.review == Event.Review.WAITING


def test_dashboard_panel_counts_waiting_events_for_editors(
    client, home_page, postcode_areas
):
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    EventFactory(review=Event.Review.WAITING)
    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Activiteiten die wachten op goedkeuring" in html
    assert "1 activiteit van een professional wacht op goedkeuring." in html
    assert "/admin/snippets/lotgenoten/event/?review=wacht" in html
