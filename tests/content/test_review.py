"""Freshness: the 'Te controleren' report and the e-mail to owners."""

import datetime

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from content.models import Helpline, InfoPage, ThemePage
from content.review import review_items_due, review_models
from tests.factories.content import HelplineFactory, InfoPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def days(n):
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def owner():
    return get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", "x" * 12, first_name="Sanne"
    )


@pytest.fixture
def due_items(home_page, owner):
    theme_page = ThemePageFactory(
        parent=home_page, slug="geld", next_review_due=days(60)
    )
    InfoPageFactory(
        parent=theme_page,
        slug="oud",
        title="Oude pagina",
        next_review_due=days(-3),
        review_owner=owner,
    )
    InfoPageFactory(
        parent=theme_page,
        slug="bijna",
        title="Bijna aan de beurt",
        next_review_due=days(10),
    )
    HelplineFactory(name="Oude hulplijn", next_review_due=days(-1), review_owner=owner)
    return theme_page


def test_every_model_with_review_fields_joins(settings):
    models = review_models()
    assert {InfoPage, ThemePage, Helpline} <= set(models)


def test_due_items_are_overdue_or_soon(due_items):
    items = review_items_due(TODAY)
    titles = [i.title for i in items]
    assert titles == ["Oude pagina", "Oude hulplijn", "Bijna aan de beurt"]
    assert [i.overdue for i in items] == [True, True, False]
    assert items[0].edit_url.startswith("/admin/pages/")
    assert "/admin/snippets/content/helpline/edit/" in items[1].edit_url


def test_report_in_the_admin(client, due_items):
    admin = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    # Editors need two-factor for the admin (professionals' middleware).
    Authenticator.objects.create(
        user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(admin)
    html = client.get("/admin/rapporten/te-controleren/").content.decode()
    assert "Te controleren" in html
    assert "Oude pagina" in html and "Oude hulplijn" in html and "Te laat" in html
    assert "Bijna aan de beurt" in html and "Binnenkort" in html
    menu = client.get("/admin/").content.decode()
    assert "rapporten/te-controleren" in menu
    csv = client.get("/admin/rapporten/te-controleren/?export=csv")
    assert csv.status_code == 200 and b"Oude pagina" in b"".join(csv.streaming_content)


def test_report_needs_admin_login(client, due_items):
    response = client.get("/admin/rapporten/te-controleren/")
    assert response.status_code == 302


def test_reminders_mail_each_owner_their_overdue_items(due_items, owner):
    call_command("send_review_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redacteur@example.org"]
    assert "Oude pagina" in message.body and "Oude hulplijn" in message.body
    assert "Bijna aan de beurt" not in message.body
    assert "Hallo Sanne" in message.body


def test_reminders_dry_run_sends_nothing(due_items):
    call_command("send_review_reminders", "--dry-run", verbosity=0)
    assert mail.outbox == []
