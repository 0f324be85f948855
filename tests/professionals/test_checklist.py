"""Checklist re-integratie: the pure comparison, and saving answers."""

import pytest
from django.urls import reverse

from professionals.checklist import ITEM_KEYS, MIN_ORGANISATIONS, checklist_averages
from professionals.models import ChecklistAnswer
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import member_create

KEY = ITEM_KEYS[0]


def test_checklist_has_the_twenty_items_of_the_source():
    assert len(ITEM_KEYS) == 20
    assert len(set(ITEM_KEYS)) == 20


def test_average_needs_five_other_organisations():
    rows = [(i, KEY, "ja") for i in range(2, 2 + MIN_ORGANISATIONS - 1)]
    assert checklist_averages(rows, exclude_organisation=1)[KEY].score is None
    rows.append((99, KEY, "nee"))
    average = checklist_averages(rows, exclude_organisation=1)[KEY]
    assert average.organisations == 5
    assert average.share_yes == 80
    assert average.score == 80


def test_own_answer_and_unknown_answers_do_not_count():
    rows = [(1, KEY, "ja")] + [(i, KEY, "gedeeltelijk") for i in range(2, 6)]
    rows += [(i, KEY, "weet-niet") for i in range(6, 12)]
    average = checklist_averages(rows, exclude_organisation=1)[KEY]
    assert average.organisations == 4
    assert average.score is None
    rows.append((12, KEY, "nee"))
    average = checklist_averages(rows, exclude_organisation=1)[KEY]
    assert (average.share_yes, average.score) == (0, 40)


@pytest.mark.django_db
def test_fill_in_save_update_and_compare_with_same_size_class(client):
    user = member_create(
        OrganisationFactory(name="Gemeente Klein"), size_class="tot-20k"
    )
    for i in range(5):
        other = OrganisationFactory(name=f"Andere kleine {i}")
        member_create(other, size_class="tot-20k")
        ChecklistAnswer.objects.create(organisation=other, item_key=KEY, answer="ja")
    big = OrganisationFactory(name="Grote stad")
    member_create(big, size_class="100k-plus")
    ChecklistAnswer.objects.create(organisation=big, item_key=KEY, answer="nee")
    client.force_login(user)
    url = reverse("professionals:checklist")
    html = client.get(url).content.decode()
    assert "Vergelijking: 100% van 5 andere organisaties zegt ja." in html
    response = client.post(
        url, {f"answer_{KEY}": "gedeeltelijk", f"note_{KEY}": "Wachtlijst in het dorp"}
    )
    assert response.status_code == 302
    answer = ChecklistAnswer.objects.get(organisation=user.membership.organisation)
    assert (answer.answer, answer.note) == ("gedeeltelijk", "Wachtlijst in het dorp")
    html = client.get(url).content.decode()
    assert "Wachtlijst in het dorp" in html
    assert f'value="gedeeltelijk" id="id_answer_{KEY}_1" checked' in html
    assert "Jullie hebben 1 van de 20 vragen beantwoord." in html
    # Update, then clear.
    client.post(url, {f"answer_{KEY}": "ja"})
    answer.refresh_from_db()
    assert answer.answer == "ja"
    client.post(url, {})
    assert not ChecklistAnswer.objects.filter(
        organisation=user.membership.organisation
    ).exists()


@pytest.mark.django_db
def test_tampered_answer_keeps_input_and_shows_error(client):
    client.force_login(member_create())
    response = client.post(
        reverse("professionals:checklist"),
        {f"answer_{KEY}": "misschien", f"note_{KEY}": "Mijn notitie"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mijn notitie" in html
    assert f'href="#id_answer_{KEY}_0"' in html  # the first option of the group
    assert not ChecklistAnswer.objects.exists()
