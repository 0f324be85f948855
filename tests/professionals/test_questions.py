"""Parents' questions in the secure area: only the routed organisation's approved
members with two-factor see and answer them; the opt-in is for the own gemeente."""

import pytest
from django.core import mail
from django.urls import reverse

from core.models import Municipality
from professionals.models import Membership
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import member_create
from tests.factories.vragen import QuestionFactory
from vragen.models import Question, RoutingOptIn

pytestmark = pytest.mark.django_db

QUEUE = reverse("professionals:question_queue")
ROUTING = reverse("professionals:question_routing")


@pytest.fixture
def zutphen():
    municipality = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    return OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=municipality
    )


def test_member_sees_own_organisations_questions_only(client, zutphen):
    own = QuestionFactory(organisation=zutphen, text="Vraag uit Zutphen")
    QuestionFactory(organisation=OrganisationFactory(), text="Vraag van een ander")
    QuestionFactory(text="Vraag voor het landelijke team")
    client.force_login(member_create(zutphen))
    html = client.get(QUEUE).content.decode()
    assert own.reference in html and "Vraag uit Zutphen" in html
    assert "Vraag van een ander" not in html
    assert "Vraag voor het landelijke team" not in html
    assert "no-store" in client.get(QUEUE)["Cache-Control"]


def test_member_takes_answers_by_phone_and_closes(client, zutphen):
    question = QuestionFactory(
        organisation=zutphen, contact="telefoon", email="", phone="0612345678"
    )
    user = member_create(zutphen)
    client.force_login(user)
    url = reverse("professionals:question_detail", args=[question.pk])
    assert "0612345678" in client.get(url).content.decode()
    client.post(url, {"actie": "oppakken"})
    response = client.post(
        url, {"actie": "antwoorden", "via": "telefoon", "text": "Gebeld, uitgelegd."}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.assignee == user
    assert mail.outbox == []
    client.post(url, {"actie": "sluiten"})
    question.refresh_from_db()
    assert question.status == Question.Status.CLOSED


def test_an_email_answer_cannot_be_forced_without_an_address(client, zutphen):
    question = QuestionFactory(organisation=zutphen, email="", contact="telefoon")
    client.force_login(member_create(zutphen))
    url = reverse("professionals:question_detail", args=[question.pk])
    response = client.post(url, {"actie": "antwoorden", "via": "email", "text": "x"})
    assert response.status_code == 400
    assert not question.answers.exists()


@pytest.mark.parametrize("kind", ["other_org", "no_two_factor", "pending"])
def test_outsiders_see_no_question(client, zutphen, kind):
    question = QuestionFactory(organisation=zutphen, text="Geheime vraag")
    if kind == "other_org":
        user = member_create(OrganisationFactory(name="Andere gemeente"))
    elif kind == "no_two_factor":
        user = member_create(zutphen, two_factor=False)
    else:
        user = member_create(zutphen, status=Membership.Status.PENDING)
    client.force_login(user)
    for response in (
        client.get(QUEUE),
        client.get(reverse("professionals:question_detail", args=[question.pk])),
        client.post(
            reverse("professionals:question_detail", args=[question.pk]),
            {"actie": "oppakken"},
        ),
    ):
        assert "Geheime vraag" not in response.content.decode()
        assert question.reference not in response.content.decode()
    question.refresh_from_db()
    assert question.assignee_id is None


def test_org_admin_opts_in_for_own_gemeente(client, zutphen):
    client.force_login(member_create(zutphen, role=Membership.Role.ORG_ADMIN))
    page = client.get(ROUTING).content.decode()
    assert "Zutphen" in page
    response = client.post(
        ROUTING,
        {"active": "on", "municipalities": [zutphen.municipality_id]},
    )
    assert response.status_code == 302
    optin = RoutingOptIn.objects.get(organisation=zutphen)
    assert optin.active
    assert list(optin.municipalities.all()) == [zutphen.municipality]


def test_forged_organisation_id_is_refused(client, zutphen):
    other = OrganisationFactory(name="Andere gemeente")
    client.force_login(member_create(zutphen, role=Membership.Role.ORG_ADMIN))
    response = client.post(
        ROUTING,
        {
            "organisation": other.pk,
            "active": "on",
            "municipalities": [zutphen.municipality_id],
        },
    )
    assert response.status_code == 400
    assert (
        "alleen de instellingen van je eigen organisatie" in response.content.decode()
    )
    assert not RoutingOptIn.objects.exists()
    response = client.post(ROUTING, {"organisation": "1 OR 1=1", "active": "on"})
    assert response.status_code == 400
    assert not RoutingOptIn.objects.exists()


def test_another_gemeente_cannot_be_chosen(client, zutphen):
    amsterdam = Municipality.objects.create(
        cbs_code="0363", name="Amsterdam", slug="amsterdam", province="Noord-Holland"
    )
    client.force_login(member_create(zutphen, role=Membership.Role.ORG_ADMIN))
    for value in [amsterdam.pk, "abc", "-1", "9" * 30]:
        response = client.post(ROUTING, {"active": "on", "municipalities": [value]})
        assert response.status_code == 400
        assert "Je kunt alleen je eigen gemeente kiezen." in response.content.decode()
    assert not RoutingOptIn.objects.exists()


def test_active_without_a_gemeente_gets_a_dutch_message(client, zutphen):
    client.force_login(member_create(zutphen, role=Membership.Role.ORG_ADMIN))
    response = client.post(ROUTING, {"active": "on"})
    assert response.status_code == 400
    assert "Kies minstens één gemeente" in response.content.decode()


def test_plain_member_cannot_change_routing(client, zutphen):
    client.force_login(member_create(zutphen))
    assert client.get(ROUTING).status_code == 403
    assert client.post(ROUTING, {"active": "on"}).status_code == 403
    assert not RoutingOptIn.objects.exists()


def test_organisation_without_a_gemeente_is_told_to_ask_the_editors(client):
    client.force_login(member_create(role=Membership.Role.ORG_ADMIN))
    html = client.get(ROUTING).content.decode()
    assert "Vraag het de redactie" in html


def test_a_huge_question_number_is_a_404(client, zutphen):
    client.force_login(member_create(zutphen))
    assert client.get("/professionals/vragen/" + "9" * 30 + "/").status_code == 404


def test_the_action_forms_carry_a_csrf_token(zutphen):
    from django.test import Client

    question = QuestionFactory(organisation=zutphen)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member_create(zutphen))
    html = client.get(
        reverse("professionals:question_detail", args=[question.pk])
    ).content.decode()
    assert html.count('name="csrfmiddlewaretoken"') == html.count('method="post"')
