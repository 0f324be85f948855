"""Editors see "Was dit nuttig?" per page (most nee first), one page's months and
comments, the "dit klopt niet" queue, and pages with many nee in "Te controleren"."""

import datetime

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from feedback.models import ErrorReport, PageFeedbackComment, PageFeedbackMonth
from feedback.services import month_start
from tests.factories.content import InfoPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def _user(username, *perms, superuser=False):
    model = get_user_model()
    if superuser:
        user = model.objects.create_superuser(
            username, f"{username}@example.org", "x" * 14
        )
    else:
        user = model.objects.create_user(username, f"{username}@example.org", "x" * 14)
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        for perm in perms:
            app, codename = perm.split(".")
            user.user_permissions.add(
                Permission.objects.get(codename=codename, content_type__app_label=app)
            )
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def pages(home_page):
    theme = ThemePageFactory(parent=home_page)
    many = InfoPageFactory(parent=theme, title="Veel nee")
    few = InfoPageFactory(parent=theme, title="Weinig nee")
    ct = ContentType.objects.get_for_model(many)
    month = month_start()
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=many.pk, month=month, yes=2, no=9
    )
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=few.pk, month=month, yes=8, no=1
    )
    old = (month - datetime.timedelta(days=1)).replace(day=1)
    PageFeedbackMonth.objects.create(
        content_type=ct, object_id=few.pk, month=old, yes=0, no=50
    )
    PageFeedbackComment.objects.create(
        content_type=ct, object_id=many.pk, text="Bedragen miste ik"
    )
    return {"many": many, "few": few, "ct": ct, "old": old}


def test_report_lists_pages_with_most_no_first(client, pages):
    client.force_login(_user("redactie", superuser=True))
    html = client.get("/admin/rapporten/nuttig/").content.decode()
    assert html.index("Veel nee") < html.index("Weinig nee")
    all_months = client.get("/admin/rapporten/nuttig/?maand=alle").content.decode()
    assert all_months.index("Weinig nee") < all_months.index("Veel nee")  # 51 nee
    old = client.get(
        f"/admin/rapporten/nuttig/?maand={pages['old']:%Y-%m}"
    ).content.decode()
    assert "Weinig nee" in old and "Veel nee" not in old


@pytest.mark.parametrize("maand", ["1999-13", "<script>", "x" * 500, "2026-00"])
def test_report_survives_nonsense_months(client, pages, maand):
    client.force_login(_user("redactie", superuser=True))
    assert client.get("/admin/rapporten/nuttig/", {"maand": maand}).status_code == 200


def test_page_detail_shows_months_and_comments(client, pages):
    client.force_login(_user("redactie", superuser=True))
    url = f"/admin/rapporten/nuttig/{pages['ct'].pk}-{pages['many'].pk}/"
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bedragen miste ik" in html
    assert (
        "no-store" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )
    assert (
        client.get(f"/admin/rapporten/nuttig/99999-{pages['many'].pk}/").status_code
        == 404
    )
    assert (
        client.get(f"/admin/rapporten/nuttig/{pages['ct'].pk}-999999/").status_code
        == 404
    )


def test_editor_without_permission_sees_no_feedback(client, pages):
    client.force_login(_user("zonder"))
    assert client.get("/admin/rapporten/nuttig/").status_code in (302, 403)
    url = f"/admin/rapporten/nuttig/{pages['ct'].pk}-{pages['many'].pk}/"
    assert client.get(url).status_code in (302, 403)


def test_editor_with_view_permission_sees_the_report(client, pages):
    client.force_login(_user("lezer", "feedback.view_pagefeedbackmonth"))
    assert client.get("/admin/rapporten/nuttig/").status_code == 200


def test_pages_with_many_no_join_the_review_report(client, pages):
    client.force_login(_user("redactie", superuser=True))
    html = client.get("/admin/rapporten/te-controleren/").content.decode()
    assert "Veel nee" in html
    assert "Veel &#x27;nee&#x27; bij Was dit nuttig? (9 nee, 2 ja)" in html
    assert "Weinig nee" not in html  # more ja than nee this month


def test_handling_a_report_mails_the_reporter_once(client, home_page):
    reporter = get_user_model().objects.create_user(
        "prof", "prof@example.org", "x" * 14
    )
    report = ErrorReport.objects.create(
        reporter=reporter,
        page_path="/geld/",
        what_is_wrong="Bedrag oud",
        source="https://x.nl",
    )
    editor = _user("redactie", superuser=True)
    client.force_login(editor)
    url = f"/admin/snippets/feedback/errorreport/edit/{report.pk}/"
    assert client.get(url).status_code == 200
    data = {"status": "in_behandeling", "owner": editor.pk, "reply": ""}
    assert client.post(url, data).status_code == 302
    assert not mail.outbox
    data = {"status": "aangepast", "owner": editor.pk, "reply": "Bedrag is aangepast."}
    assert client.post(url, data).status_code == 302
    report.refresh_from_db()
    assert report.handled_at and report.reporter_notified_at
    assert report.what_is_wrong == "Bedrag oud"  # read-only for editors
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["prof@example.org"]
    assert "Bedrag is aangepast." in mail.outbox[0].body
    assert "/geld/" in mail.outbox[0].body
    client.post(url, data)
    assert len(mail.outbox) == 1


def test_reports_cannot_be_added_in_the_admin(client, home_page):
    client.force_login(_user("redactie", superuser=True))
    assert client.get("/admin/snippets/feedback/errorreport/add/").status_code in (
        302,
        403,
    )


def test_retention_deletes_old_comments_and_handled_reports(home_page):
    ct = ContentType.objects.get_for_model(home_page)
    old = timezone.now() - datetime.timedelta(days=400)
    kept = PageFeedbackComment.objects.create(
        content_type=ct, object_id=1, text="nieuw"
    )
    gone = PageFeedbackComment.objects.create(content_type=ct, object_id=1, text="oud")
    PageFeedbackComment.objects.filter(pk=gone.pk).update(created_at=old)
    open_report = ErrorReport.objects.create(
        page_path="/a/", what_is_wrong="x", source="x"
    )
    ErrorReport.objects.create(
        page_path="/b/",
        what_is_wrong="x",
        source="x",
        status="aangepast",
        handled_at=old,
    )
    call_command("feedback_delete_expired", verbosity=0)
    assert list(PageFeedbackComment.objects.all()) == [kept]
    assert list(ErrorReport.objects.all()) == [open_report]
