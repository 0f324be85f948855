"""The admin preview: editors pick an example parent and see the plan it gets."""

import pytest
from django.contrib.auth import get_user_model

from plan.personas import PERSONAS
from tests.factories.professionals import PASSWORD, two_factor_enable

pytestmark = pytest.mark.django_db
URL = "/admin/jouw-plan/voorbeeld/"


def test_only_editors_see_the_preview(client, home_page):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]
    user = get_user_model().objects.create_user("ouder", "o@example.org", PASSWORD)
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code in (302, 403)


@pytest.mark.parametrize("persona", [*PERSONAS, "", "bestaat-niet", "<x>"])
def test_editor_previews_each_persona(client, home_page, postcode_areas, persona):
    editor = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@eenouderpunt.example", PASSWORD
    )
    two_factor_enable(editor)
    client.force_login(editor)
    response = client.get(URL, {"persona": persona})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies een voorbeeldouder" in html
    if persona in PERSONAS:
        assert "Jouw stappen" in html
        assert 'name="done"' not in html  # read only
