"""The editors' desk (Wagtail dashboard): each queue a count with a link, shown only
to users who may open that queue."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from feedback.models import ErrorReport, PageFeedbackMonth
from feedback.services import month_start
from lotgenoten.models import GroupRequest, PeerGroup
from professionals.models import Membership
from tests.factories.content import InfoPageFactory, ThemePageFactory
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.professionals import member_create

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()

PANELS = {
    "error-reports": (
        "feedback.change_errorreport",
        "/admin/snippets/feedback/errorreport/",
    ),
    "feedback-no": ("feedback.view_pagefeedbackmonth", "/admin/rapporten/nuttig/"),
    "review-overdue": (None, "/admin/rapporten/te-controleren/"),
    "members-pending": (
        "professionals.change_membership",
        "/admin/snippets/professionals/membership/?status=pending",
    ),
    "group-requests": (
        "lotgenoten.change_grouprequest",
        "/admin/snippets/lotgenoten/grouprequest/",
    ),
    "groups-hidden-soon": (
        "lotgenoten.change_peergroup",
        "/admin/snippets/lotgenoten/peergroup/?status=actief&amp;ordering=last_confirmed",
    ),
}


def _editor(*perms):
    user = get_user_model().objects.create_user("ed", "ed@example.org", "x" * 14)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for perm in perms:
        app, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(codename=codename, content_type__app_label=app)
        )
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def queues(home_page):
    """Two of everything that waits, and one of each that does not count."""
    theme = ThemePageFactory(parent=home_page)
    page = InfoPageFactory(
        parent=theme, next_review_due=TODAY - datetime.timedelta(days=3)
    )
    InfoPageFactory(parent=theme, next_review_due=TODAY - datetime.timedelta(days=1))
    InfoPageFactory(parent=theme, next_review_due=TODAY + datetime.timedelta(days=40))
    ct = ContentType.objects.get_for_model(page)
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=page.pk, month=month_start(), no=3
    )
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=page.pk + 1000, month=month_start(), no=1
    )
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=page.pk + 2000, month=month_start(), yes=4
    )
    for status in ("nieuw", "in_behandeling", "aangepast"):
        ErrorReport.objects.create(
            page_path="/x/", what_is_wrong="x", source="x", status=status
        )
    member_create(status=Membership.Status.PENDING)
    member_create(status=Membership.Status.PENDING)
    member_create()
    for handled in (False, False, True):
        GroupRequest.objects.create(
            role="ouder",
            name="A",
            email="a@example.org",
            place="Zutphen",
            message="x",
            consent_at=timezone.now(),
            handled=handled,
        )
    old = TODAY - datetime.timedelta(days=350)
    PeerGroupFactory(is_online=True, last_confirmed=old)
    PeerGroupFactory(is_online=True, last_confirmed=old)
    PeerGroupFactory(is_online=True, last_confirmed=TODAY)
    PeerGroupFactory(
        is_online=True, last_confirmed=old, status=PeerGroup.Status.STOPPED
    )


def _panel(html, name):
    start = html.find(f'id="desk-{name}-content"')
    return None if start < 0 else html[start : start + 600]


def test_superuser_sees_every_queue_with_its_count_and_link(client, queues):
    user = get_user_model().objects.create_superuser("boss", "b@example.org", "x" * 14)
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    for name, (_perm, url) in PANELS.items():
        panel = _panel(html, name)
        assert panel is not None, name
        assert f'href="{url}"' in panel, name
        assert '<strong class="desk-panel__count">2</strong>' in panel, name


@pytest.mark.parametrize("name", sorted(PANELS))
def test_each_panel_only_for_users_who_may_open_its_queue(client, queues, name):
    perm, _url = PANELS[name]
    client.force_login(_editor(*([perm] if perm else [])))
    html = client.get("/admin/").content.decode()
    assert _panel(html, name) is not None
    others = [other for other, (p, _u) in PANELS.items() if p and p != perm]
    for other in others:
        assert _panel(html, other) is None, f"{other} shown with only {perm}"


def test_every_queue_link_opens_for_its_editor(client, queues):
    for name, (perm, url) in PANELS.items():
        user = _editor(*([perm] if perm else []))
        client.force_login(user)
        assert client.get(url.replace("&amp;", "&")).status_code == 200, name
        client.logout()
        user.delete()
