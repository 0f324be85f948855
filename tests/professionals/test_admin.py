"""Editors (with two-factor) manage memberships and profiles in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model

from professionals.models import Membership
from tests.factories.professionals import (
    PASSWORD,
    MunicipalityPageFactory,
    PracticeFactory,
    member_create,
    two_factor_enable,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@eenouderpunt.example", PASSWORD
    )
    two_factor_enable(editor)
    client.force_login(editor)
    return client


def test_editor_lists_and_filters_professionals_snippets(editor_client, home_page):
    from core.models import Municipality

    pending = member_create(status=Membership.Status.PENDING)
    PracticeFactory(title="Voorbeeld in beheer")
    MunicipalityPageFactory(
        municipality=Municipality.objects.create(
            cbs_code="9999", name="Testdorp", slug="testdorp", province="Zeeland"
        ),
        organisation=pending.membership.organisation,
    )
    base = "/admin/snippets/professionals/"
    html = editor_client.get(base + "membership/?status=pending").content.decode()
    assert pending.email in html
    assert (
        "Voorbeeld in beheer" in editor_client.get(base + "practice/").content.decode()
    )
    assert editor_client.get(base + "organisationprofile/").status_code == 200
    # Municipal pages are public municipal data (gemeenten), edited in the same menu.
    municipal_pages = "/admin/snippets/gemeenten/municipalitypage/"
    assert "Testdorp" in editor_client.get(municipal_pages).content.decode()
    edit = editor_client.get(base + f"membership/edit/{pending.membership.pk}/")
    assert edit.status_code == 200
