"""Signing up for an event (the peer-group sign-up, generalised), the parent's
confirmation, and the organiser's signed, expiring link to their sign-ups."""

import datetime
import re

import pytest
from django.core import signing
from django.core.cache import cache

from lotgenoten import services
from lotgenoten.models import Event, SignUp
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory, SignUpFactory

VALID = {
    "name": "Sam",
    "email": "sam@example.org",
    "phone": "",
    "message": "",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(home_page, postcode_areas):
    return EventFactory(title="Workshop rust", notify_email="workshop@example.org")


def url(event):
    return f"/agenda/{event.slug}/aanmelden/"


def test_event_signup_stores_and_mails_organiser_and_parent(client, event, mailoutbox):
    response = client.post(url(event), VALID)
    assert response.status_code == 302
    assert response["Location"] == f"/agenda/{event.slug}/aanmelden/verstuurd/"
    signup = SignUp.objects.get()
    assert signup.event == event and signup.group is None
    assert signup.consent_at is not None
    organiser, parent = mailoutbox
    assert organiser.to == ["workshop@example.org"]
    assert "Sam" in organiser.body and "/admin/" not in organiser.body
    assert "/lotgenoten/aanmeldingen/" in organiser.body
    assert parent.to == ["sam@example.org"]
    assert "Workshop rust" in parent.subject and "Wanneer:" in parent.body
    done = client.get(response["Location"]).content.decode()
    assert "Je aanmelding is verstuurd" in done and "sam@example.org" not in done


def test_event_signup_without_consent_keeps_input(client, event, mailoutbox):
    data = {**VALID, "consent": "", "message": "<script>alert(1)</script>"}
    response = client.post(url(event), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zet een vinkje" in html
    assert 'value="Sam"' in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert not SignUp.objects.exists() and not mailoutbox


def test_event_signup_honeypot_stores_nothing(client, event, mailoutbox):
    response = client.post(url(event), {**VALID, "website": "spam.example"})
    assert response.status_code == 302
    assert not SignUp.objects.exists() and not mailoutbox


def test_event_signup_rate_limited_keeps_input(client, event):
    for number in range(5):
        assert (
            client.post(url(event), {**VALID, "name": f"Sam{number}"}).status_code
            == 302
        )
    response = client.post(url(event), {**VALID, "name": "Noor"})
    assert response.status_code == 429
    assert 'value="Noor"' in response.content.decode()


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", "x" * 20000),
        ("email", "geen-adres"),
        ("phone", "<b>06</b>"),
        ("message", "a" * 20000),
        ("consent", "\x00"),
    ],
)
def test_event_signup_hostile_input_never_500(client, event, field, value):
    response = client.post(url(event), {**VALID, field: value})
    assert response.status_code in (200, 302)


def test_no_signup_form_for_open_events_or_past_ones(client, home_page, postcode_areas):
    open_event = EventFactory(join_method=Event.JoinMethod.OPEN)
    assert client.get(url(open_event)).status_code == 404
    past = EventFactory(
        starts_at=datetime.datetime(2020, 1, 1, 19, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2020, 1, 1, 21, tzinfo=datetime.UTC),
    )
    assert client.get(url(past)).status_code == 404
    assert client.post(url(past), VALID).status_code == 404


def _link_path(target) -> str:
    link = services.signups_link(target)
    return re.sub(r"^https?://[^/]+", "", link)


def test_organiser_sees_and_updates_own_signups_through_the_link(client, event):
    mine = SignUpFactory(group=None, event=event, name="Sam")
    other_group = PeerGroupFactory()
    other = SignUpFactory(group=other_group, name="Noor")
    path = _link_path(event)
    assert path.startswith("/lotgenoten/aanmeldingen/")
    response = client.get(path)
    assert response.status_code == 200
    assert (
        response["Cache-Control"].startswith("max-age=0")
        or "no-cache" in (response["Cache-Control"])
    )
    assert response["Referrer-Policy"] == "no-referrer"
    html = response.content.decode()
    assert "Sam" in html and "Noor" not in html
    changed = client.post(path, {"aanmelding": mine.pk, "status": "contact"})
    assert changed.status_code == 302
    mine.refresh_from_db()
    assert mine.status == SignUp.Status.CONTACTED and mine.handled_at is not None
    # The link of one event never reaches another's sign-ups.
    assert (
        client.post(path, {"aanmelding": other.pk, "status": "afgesloten"}).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.status == SignUp.Status.NEW
    # The link keeps working for the next sign-up within its time.
    assert client.get(path).status_code == 200
    assert (
        client.post(path, {"aanmelding": mine.pk, "status": "rubbish"}).status_code
        == 404
    )
    assert (
        client.post(path, {"aanmelding": "x", "status": "contact"}).status_code == 404
    )


def test_group_organiser_link_works_for_groups_too(client, home_page, postcode_areas):
    group = PeerGroupFactory()
    SignUpFactory(group=group, name="Sam")
    assert "Sam" in client.get(_link_path(group)).content.decode()


def test_expired_forged_and_other_links_are_refused(client, event, monkeypatch):
    SignUpFactory(group=None, event=event, name="Sam")
    path = _link_path(event)
    later = datetime.datetime.now().timestamp() + 31 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    expired = client.get(path)
    assert expired.status_code == 410 and "30 dagen" in expired.content.decode()
    monkeypatch.undo()
    assert client.get(path[:-3] + "abc/").status_code == 400
    # A one-click confirm link (another salt) never opens the sign-ups.
    group = PeerGroupFactory()
    confirm = services.organiser_token_make(group)
    assert client.get(f"/lotgenoten/aanmeldingen/{confirm}/").status_code == 400
    forged = signing.dumps({"e": "1 OR 1"}, salt=services.SIGNUPS_LINK_SALT)
    assert client.get(f"/lotgenoten/aanmeldingen/{forged}/").status_code == 400
    gone = signing.dumps({"e": 999999}, salt=services.SIGNUPS_LINK_SALT)
    assert client.get(f"/lotgenoten/aanmeldingen/{gone}/").status_code == 400
    assert "Sam" not in client.get(f"/lotgenoten/aanmeldingen/{gone}/").content.decode()


def test_managers_get_their_inbox_not_a_link(event, django_user_model):
    user = django_user_model.objects.create_user("p@example.org", "p@example.org")
    event.managers.add(user)
    assert services.signups_link(event).endswith("/professionals/aanmeldingen/")


def test_reminder_links_to_the_signups_page_not_admin(event, mailoutbox):
    signup = SignUpFactory(group=None, event=event, name="Sam")
    SignUp.objects.filter(pk=signup.pk).update(
        created_at=signup.created_at - datetime.timedelta(days=10)
    )
    assert services.signups_remind() == 1
    body = mailoutbox[-1].body
    assert "/lotgenoten/aanmeldingen/" in body and "/admin/" not in body


def test_event_signups_are_deleted_like_group_signups(event):
    from django.utils import timezone

    signup = SignUpFactory(group=None, event=event, status=SignUp.Status.CLOSED)
    SignUp.objects.filter(pk=signup.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=91)
    )
    assert services.personal_data_delete_expired()[0] == 1
    assert not SignUp.objects.exists()


def test_event_signups_are_deleted_90_days_after_the_event(event):
    SignUpFactory(group=None, event=event)
    assert services.personal_data_delete_expired()[0] == 0
    later = event.series_ends_at + datetime.timedelta(days=91)
    assert services.personal_data_delete_expired(now=later)[0] == 1
