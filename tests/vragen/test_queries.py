"""The answer queues take a fixed number of queries, whatever the number of
questions (measured at two sizes)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.content import OrganisationFactory
from tests.factories.professionals import PASSWORD, member_create, two_factor_enable
from tests.factories.vragen import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def _fill(count, organisation=None):
    for i in range(count):
        question = QuestionFactory(
            organisation=organisation,
            urgent=i % 3 == 0,
            status=["nieuw", "in_behandeling", "beantwoord", "gesloten"][i % 4],
        )
        if i % 2:
            AnswerFactory(question=question)


def _count(client, url):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    print(f"{url}: {len(ctx.captured_queries)} queries")
    return len(ctx.captured_queries)


def test_professionals_queue_is_constant(client):
    organisation = OrganisationFactory(name="Gemeente Zutphen")
    client.force_login(member_create(organisation))
    _fill(3, organisation)
    small = _count(client, "/professionals/vragen/")
    _fill(40, organisation)
    assert _count(client, "/professionals/vragen/") == small
    assert small <= 14


def test_admin_queue_is_constant(client, home_page):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@example.org", PASSWORD
    )
    two_factor_enable(editor)
    client.force_login(editor)
    _fill(3)
    small = _count(client, "/admin/vragen/")
    _fill(40)
    assert _count(client, "/admin/vragen/") == small
