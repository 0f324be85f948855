"""Editors' admin: snippet listings with search and filters, page editors open."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from tests.factories.content import (
    GlossaryTermFactory,
    HelplineFactory,
    InfoPageFactory,
    StepPlanIndexPageFactory,
    StepPlanPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(user)
    return client


def test_snippet_listings_search_and_edit(editor_client):
    line = HelplineFactory(name="Veilig Thuis")
    term = GlossaryTermFactory(term="toeslag")
    html = editor_client.get(
        "/admin/snippets/content/helpline/?q=veilig"
    ).content.decode()
    assert "Veilig Thuis" in html
    assert (
        editor_client.get(
            f"/admin/snippets/content/helpline/edit/{line.pk}/"
        ).status_code
        == 200
    )
    assert editor_client.get("/admin/snippets/content/helpline/add/").status_code == 200
    assert (
        editor_client.get(
            f"/admin/snippets/content/glossaryterm/edit/{term.pk}/"
        ).status_code
        == 200
    )
    for model in ("theme", "organisation", "publicholiday"):
        assert editor_client.get(f"/admin/snippets/content/{model}/").status_code == 200


def test_page_editors_open(editor_client, home_page):
    theme_page = ThemePageFactory(parent=home_page, slug="geld")
    info = InfoPageFactory(parent=theme_page)
    plan = StepPlanPageFactory(parent=StepPlanIndexPageFactory(parent=home_page))
    for page in (theme_page, info, plan):
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        # Wagtail's checks panel (accessibility, readability) comes with the preview.
        assert "data-content-readability-score" in response.content.decode()
    assert (
        editor_client.get(
            f"/admin/pages/add/content/infopage/{theme_page.pk}/"
        ).status_code
        == 200
    )
