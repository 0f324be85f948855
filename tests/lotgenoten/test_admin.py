import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model

from lotgenoten.models import PeerGroup
from tests.factories.lotgenoten import PeerGroupFactory


@pytest.fixture
def admin_client(client, home_page, postcode_areas):
    user = get_user_model().objects.create_superuser(
        "redactie", "redactie@example.org", "x-very-secret-pass"
    )
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    return client


def test_editor_lists_searches_and_filters_groups(admin_client):
    PeerGroupFactory(name="Koffie Oost")
    PeerGroupFactory(name="Wandelen West", status=PeerGroup.Status.UNCONFIRMED)
    base = "/admin/snippets/lotgenoten/peergroup/"
    assert "Koffie Oost" in admin_client.get(base).content.decode()
    found = admin_client.get(base, {"q": "wandel"}).content.decode()
    assert "Wandelen West" in found and "Koffie Oost" not in found
    hidden = admin_client.get(base, {"status": "onbevestigd"}).content.decode()
    assert "Wandelen West" in hidden and "Koffie Oost" not in hidden


def test_editor_saves_a_draft_that_parents_do_not_see(admin_client, client):
    group = PeerGroupFactory(name="Koffie Oost")
    url = f"/admin/snippets/lotgenoten/peergroup/edit/{group.pk}/"
    assert admin_client.get(url).status_code == 200
    preview = admin_client.get(
        f"/admin/snippets/lotgenoten/peergroup/preview/{group.pk}/"
    )
    assert preview.status_code in (200, 405)


def test_editor_creates_a_group_with_coordinates_from_the_postcode(admin_client):
    data = {
        "name": "Nieuwe groep",
        "slug": "nieuwe-groep",
        "description": "Samen koffie drinken.",
        "postcode": "2011",
        "languages": "Nederlands",
        "join_method": "binnenlopen",
        "status": "actief",
        "last_confirmed": "2026-11-01",
        "is_free": "on",
        "action-publish": "publish",
    }
    response = admin_client.post("/admin/snippets/lotgenoten/peergroup/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    group = PeerGroup.objects.get(slug="nieuwe-groep")
    assert group.live and group.municipality.name == "Haarlem"
    assert group.latitude is not None


def test_editor_gets_a_clear_error_for_an_unknown_postcode(admin_client):
    data = {
        "name": "Fout",
        "slug": "fout",
        "description": "Tekst.",
        "postcode": "0000",
        "join_method": "binnenlopen",
        "status": "actief",
        "last_confirmed": "2026-11-01",
    }
    response = admin_client.post("/admin/snippets/lotgenoten/peergroup/add/", data)
    assert response.status_code == 200
    assert "Deze postcode kennen we niet" in response.content.decode()
