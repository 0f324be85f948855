import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.management import call_command
from django.utils import timezone

from lotgenoten import services
from lotgenoten.models import GroupRequest, PeerGroup, SignUp
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory


@pytest.fixture
def group(home_page, postcode_areas):
    return PeerGroupFactory(
        name="Koffie in Oost",
        notify_email="oost@example.org",
        last_confirmed=datetime.date(2025, 1, 1),
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        username="redactie", email="redactie@example.org", password="x-very-secret-pass"
    )


# --- Signed links ----------------------------------------------------------------


def link(group):
    return f"/lotgenoten/bijwerken/{services.organiser_token_make(group)}/"


def test_get_shows_buttons_but_changes_nothing(client, group):
    response = client.get(link(group))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ja, onze groep bestaat nog" in page and "De groep is gestopt" in page
    group.refresh_from_db()
    assert group.last_confirmed == datetime.date(2025, 1, 1)


def test_confirm_by_post(client, group):
    group.status = PeerGroup.Status.UNCONFIRMED
    group.save()
    response = client.post(link(group), {"actie": "bevestigen"})
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.last_confirmed == timezone.localdate()
    assert group.status == PeerGroup.Status.ACTIVE
    assert "bevestigd" in client.get(response["Location"]).content.decode()


def test_report_stopped(client, group, editor, mailoutbox):
    client.post(link(group), {"actie": "gestopt"})
    group.refresh_from_db()
    assert group.status == PeerGroup.Status.STOPPED
    assert mailoutbox[0].to == ["redactie@example.org"]
    assert client.get(group.get_absolute_url()).status_code == 404


def test_report_changes_goes_to_editors_and_errors_keep_nothing_lost(
    client, group, editor, mailoutbox
):
    empty = client.post(link(group), {"actie": "wijzigingen", "changes": ""})
    assert empty.status_code == 400
    assert "Schrijf op wat er veranderd is" in empty.content.decode()
    response = client.post(
        link(group), {"actie": "wijzigingen", "changes": "We zitten nu op donderdag."}
    )
    assert response.status_code == 302
    assert "donderdag" in mailoutbox[0].body


def test_expired_link(client, group, monkeypatch):
    import time

    token = services.organiser_token_make(group)
    later = time.time() + services.ORGANISER_LINK_MAX_AGE.total_seconds() + 86400
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.get(f"/lotgenoten/bijwerken/{token}/")
    post = client.post(f"/lotgenoten/bijwerken/{token}/", {"actie": "bevestigen"})
    monkeypatch.undo()
    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()
    assert post.status_code == 410
    group.refresh_from_db()
    assert group.last_confirmed == datetime.date(2025, 1, 1)


@pytest.mark.parametrize(
    "token",
    [
        "abc",
        "x" * 2000,
        "%00",
        signing.dumps({"g": 1}, salt="andere-salt"),
        signing.dumps({"g": 999999}, salt=services.ORGANISER_LINK_SALT),
        signing.dumps("geen-dict", salt=services.ORGANISER_LINK_SALT),
    ],
)
def test_tampered_links(client, group, token):
    response = client.get(f"/lotgenoten/bijwerken/{token}/")
    assert response.status_code in (400, 404)
    if response.status_code == 400:
        assert "Deze link werkt niet" in response.content.decode()


def test_tampered_signature_of_a_real_token(client, group):
    token = services.organiser_token_make(group)
    forged = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    assert (
        client.post(
            f"/lotgenoten/bijwerken/{forged}/", {"actie": "gestopt"}
        ).status_code
        == 400
    )
    group.refresh_from_db()
    assert group.status == PeerGroup.Status.ACTIVE


# --- Auto-hide and reminders ------------------------------------------------------


def test_hide_after_twelve_months(group, editor, mailoutbox, home_page):
    fresh = PeerGroupFactory(name="Vers", last_confirmed=timezone.localdate())
    now = timezone.make_aware(datetime.datetime(2026, 1, 2, 6, 0))
    assert services.peer_groups_hide_unconfirmed(now) == 1
    group.refresh_from_db()
    fresh.refresh_from_db()
    assert group.status == PeerGroup.Status.UNCONFIRMED
    assert fresh.status == PeerGroup.Status.ACTIVE
    recipients = sorted(address for mail in mailoutbox for address in mail.to)
    assert recipients == ["oost@example.org", "redactie@example.org"]
    organiser_mail = next(m for m in mailoutbox if m.to == ["oost@example.org"])
    assert "/lotgenoten/bijwerken/" in organiser_mail.body
    # A second run does nothing more.
    assert services.peer_groups_hide_unconfirmed(now) == 0


def test_not_hidden_before_twelve_months(group):
    now = timezone.make_aware(datetime.datetime(2025, 12, 30, 6, 0))
    assert services.peer_groups_hide_unconfirmed(now) == 0


def test_ask_confirmation_after_eleven_months_once_per_fortnight(group, mailoutbox):
    now = timezone.make_aware(datetime.datetime(2025, 12, 5, 6, 0))
    assert services.peer_groups_ask_confirmation(now) == 1
    assert "Onze groep bestaat nog" in mailoutbox[0].body
    assert services.peer_groups_ask_confirmation(now + datetime.timedelta(days=1)) == 0
    assert services.peer_groups_ask_confirmation(now + datetime.timedelta(days=15)) == 1


@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2026-11-16", "2026-11-20", 4),  # Monday to Friday
        ("2026-11-16", "2026-11-23", 5),  # to next Monday
        ("2026-11-20", "2026-11-27", 5),  # Friday to Friday
        ("2026-11-21", "2026-11-22", 0),  # weekend
        ("2026-11-20", "2026-11-19", 0),
    ],
)
def test_working_days_between(start, end, expected):
    d = datetime.date.fromisoformat
    assert services.working_days_between(d(start), d(end)) == expected


def test_signup_reminder_after_five_working_days(group, mailoutbox):
    created = timezone.make_aware(datetime.datetime(2026, 11, 16, 10, 0))  # Monday
    waiting = SignUpFactory(group=group, created_at=created, name="Sam")
    SignUpFactory(group=group, created_at=created, status=SignUp.Status.CONTACTED)
    friday = timezone.make_aware(datetime.datetime(2026, 11, 20, 6, 0))
    assert services.signups_remind(friday) == 0
    monday = timezone.make_aware(datetime.datetime(2026, 11, 23, 6, 0))
    assert services.signups_remind(monday) == 1
    assert mailoutbox[0].to == ["oost@example.org"] and "Sam" in mailoutbox[0].body
    waiting.refresh_from_db()
    assert waiting.reminder_sent_at is not None
    assert services.signups_remind(monday) == 0


def test_retention_deletes_closed_signups_after_ninety_days(group):
    now = timezone.now()
    old = SignUpFactory(group=group)
    SignUp.objects.filter(pk=old.pk).update(
        status=SignUp.Status.CLOSED, closed_at=now - datetime.timedelta(days=91)
    )
    recent = SignUpFactory(group=group)
    SignUp.objects.filter(pk=recent.pk).update(
        status=SignUp.Status.CLOSED, closed_at=now - datetime.timedelta(days=10)
    )
    open_recent = SignUpFactory(
        group=group, created_at=now - datetime.timedelta(days=300)
    )
    SignUpFactory(group=group, created_at=now - datetime.timedelta(days=400))
    GroupRequest.objects.create(
        role="ouder",
        name="A",
        email="a@example.org",
        place="X",
        message="m",
        consent_at=now,
        created_at=now - datetime.timedelta(days=200),
    )
    call_command("lotgenoten_delete_expired", verbosity=0)
    assert set(SignUp.objects.values_list("pk", flat=True)) == {
        recent.pk,
        open_recent.pk,
    }
    assert not GroupRequest.objects.exists()


def test_daily_command_runs_every_step(group, editor, mailoutbox, capsys):
    call_command("lotgenoten_daily")
    out = capsys.readouterr().out
    assert "Verborgen groepen: 1" in out
    assert "Gewist:" in out


# --- One-click links work once ---------------------------------------------------


@pytest.mark.parametrize("action", ["bevestigen", "gestopt"])
def test_a_used_link_cannot_be_replayed(client, group, editor, mailoutbox, action):
    url = link(group)
    assert client.post(url, {"actie": action}).status_code == 302
    PeerGroup.objects.filter(pk=group.pk).update(
        status=PeerGroup.Status.ACTIVE, last_confirmed=datetime.date(2025, 1, 1)
    )
    sent = len(mailoutbox)
    for replay in (
        client.post(url, {"actie": action}),
        client.post(url, {"actie": "bevestigen"}),
        client.get(url),
    ):
        assert replay.status_code == 410
        assert "Deze link is al gebruikt" in replay.content.decode()
    group.refresh_from_db()
    assert group.status == PeerGroup.Status.ACTIVE
    assert group.last_confirmed == datetime.date(2025, 1, 1)
    assert len(mailoutbox) == sent
    # A new link works again.
    assert client.post(link(group), {"actie": "bevestigen"}).status_code == 302


def test_a_used_changes_link_sends_nothing_twice(client, group, editor, mailoutbox):
    url = link(group)
    data = {"actie": "wijzigingen", "changes": "We zitten nu op donderdag."}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 410
    assert len(mailoutbox) == 1


def test_a_form_error_does_not_use_up_the_link(client, group, editor):
    url = link(group)
    assert client.post(url, {"actie": "wijzigingen", "changes": ""}).status_code == 400
    assert client.post(url, {"actie": "onzin"}).status_code == 400
    assert client.post(url, {"actie": "bevestigen"}).status_code == 302


def test_used_links_are_forgotten_after_they_would_have_expired(client, group):
    from lotgenoten.models import OrganiserLinkUse

    client.post(link(group), {"actie": "bevestigen"})
    assert OrganiserLinkUse.objects.count() == 1
    later = timezone.now() + services.ORGANISER_LINK_MAX_AGE + datetime.timedelta(1)
    assert services.organiser_link_uses_delete_expired(now=timezone.now()) == 0
    assert services.organiser_link_uses_delete_expired(now=later) == 1
    call_command("lotgenoten_delete_expired", verbosity=0)


def test_organiser_pages_are_never_stored(client, group):
    url = link(group)
    assert "no-store" in client.get(url)["Cache-Control"]
    client.post(url, {"actie": "bevestigen"})
    assert "no-store" in client.get(url)["Cache-Control"]


def test_each_link_in_the_mail_works_once_on_its_own(client, group, editor):
    links = services.organiser_links(group)
    paths = {
        key: url.split("testserver", 1)[-1].split("#")[0]
        if "testserver" in url
        else "/" + url.split("/", 3)[3].split("#")[0]
        for key, url in links.items()
    }
    assert len(set(paths.values())) == 3
    assert client.post(paths["confirm"], {"actie": "bevestigen"}).status_code == 302
    assert client.post(paths["confirm"], {"actie": "gestopt"}).status_code == 410
    data = {"actie": "wijzigingen", "changes": "Nu op donderdag."}
    assert client.post(paths["changes"], data).status_code == 302
    group.refresh_from_db()
    assert group.status == PeerGroup.Status.ACTIVE
