"""The national team's desk in the Wagtail admin: queue, answering, report, panel."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail

from tests.factories.content import OrganisationFactory
from tests.factories.professionals import PASSWORD, two_factor_enable
from tests.factories.vragen import QuestionFactory
from vragen.models import Question

pytestmark = pytest.mark.django_db

QUEUE = "/admin/vragen/"


def _admin_user(username, *, perms=(), superuser=False):
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(
            username, f"{username}@example.org", PASSWORD
        )
    else:
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
        group = Group.objects.create(name=f"groep-{username}")
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            *[Permission.objects.get(codename=p) for p in perms],
        )
        user.groups.add(group)
    two_factor_enable(user)
    return user


@pytest.fixture
def editor(client, home_page):
    user = _admin_user("redacteur", perms=["change_question"])
    client.force_login(user)
    return user


def test_editor_sees_the_national_queue_only(client, editor):
    national = QuestionFactory(text="Landelijke vraag", is_example=True)
    QuestionFactory(text="Vraag voor Zutphen", organisation=OrganisationFactory())
    html = client.get(QUEUE).content.decode()
    assert national.reference in html
    assert "Landelijke vraag" in html
    assert "Voorbeeld" in html
    assert "Vraag voor Zutphen" not in html


def test_another_organisations_question_is_not_found_in_the_admin(client, editor):
    other = QuestionFactory(organisation=OrganisationFactory())
    assert client.get(f"{QUEUE}{other.pk}/").status_code == 404


def test_editor_takes_and_answers_by_email(client, editor):
    question = QuestionFactory(email="ouder@example.org")
    url = f"{QUEUE}{question.pk}/"
    assert client.get(url).status_code == 200
    client.post(url, {"actie": "oppakken"})
    question.refresh_from_db()
    assert question.assignee == editor
    assert question.status == Question.Status.IN_PROGRESS
    response = client.post(
        url, {"actie": "antwoorden", "via": "email", "text": "Ons antwoord."}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert mail.outbox[-1].to == ["ouder@example.org"]
    client.post(url, {"actie": "sluiten"})
    question.refresh_from_db()
    assert question.status == Question.Status.CLOSED and question.closed_at


def test_an_empty_answer_is_refused_in_dutch(client, editor):
    question = QuestionFactory()
    response = client.post(
        f"{QUEUE}{question.pk}/", {"actie": "antwoorden", "via": "email", "text": ""}
    )
    assert response.status_code == 400
    assert "Schrijf het antwoord op." in response.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.NEW


def test_report_shows_numbers(client, editor):
    QuestionFactory()
    html = client.get(QUEUE + "rapport/").content.decode()
    assert "Mediaan tot eerste antwoord" in html


def test_dashboard_panel_counts_for_those_who_may_see(client, editor):
    QuestionFactory()
    html = client.get("/admin/").content.decode()
    assert "Vragen van ouders" in html
    assert "1 vraag wacht op antwoord" in html
    assert QUEUE in html


def test_users_without_the_permission_see_no_questions(client, home_page):
    question = QuestionFactory(text="Geheime vraag")
    client.force_login(_admin_user("iemand", perms=["change_page"]))
    assert client.get(QUEUE).status_code in (302, 403)
    assert client.get(f"{QUEUE}{question.pk}/").status_code in (302, 403)
    assert client.post(f"{QUEUE}{question.pk}/", {"actie": "sluiten"}).status_code in (
        302,
        403,
    )
    dashboard = client.get("/admin/").content.decode()
    assert "Vragen van ouders" not in dashboard
    question.refresh_from_db()
    assert question.status == Question.Status.NEW


def test_anonymous_is_sent_to_login(client):
    question = QuestionFactory()
    response = client.get(f"{QUEUE}{question.pk}/")
    assert response.status_code == 302
    assert "Geheim" not in response.content.decode()


def test_a_huge_question_number_is_a_404(client, editor):
    assert client.get(QUEUE + "9" * 30 + "/").status_code == 404
