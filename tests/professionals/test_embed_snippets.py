"""'Op je eigen website': the code to copy for an embed page, with a preview."""

import html

import pytest
from django.urls import reverse

from core.models import Municipality
from professionals.models import Membership
from tests.factories.professionals import MunicipalityOrganisationFactory, member_create

pytestmark = pytest.mark.django_db
URL = "/professionals/op-je-website/"


@pytest.fixture
def zutphen():
    return Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )


@pytest.fixture
def member(client, home_page, zutphen):
    organisation = MunicipalityOrganisationFactory(
        name="Gemeente Zutphen", municipality=zutphen
    )
    user = member_create(organisation, role=Membership.Role.MEMBER)
    client.force_login(user)
    return user


def test_url_is_the_named_view():
    assert reverse("professionals:embed_snippets") == URL


def test_form_starts_with_own_municipality_and_stores_nothing(client, member):
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<option value="zutphen" selected>' in page
    assert "no-store" in response["Cache-Control"]


def test_snippet_for_the_municipality_with_preview(client, member):
    response = client.get(URL, {"soort": "gemeente", "gemeente": "zutphen"})
    page = html.unescape(response.content.decode())
    assert '<iframe src="http://testserver/embed/gemeente/zutphen/"' in page
    assert 'title="Hulp voor alleenstaande ouders in Zutphen (Eenouderpunt)"' in page
    assert 'event.origin !== "http://testserver"' in page
    assert 'class="professionals-embed-preview" src="/embed/gemeente/zutphen/"' in page


def test_snippet_for_groups_keeps_only_four_digits(client, member):
    response = client.get(URL, {"soort": "lotgenoten", "postcode": "7201 AB"})
    page = html.unescape(response.content.decode())
    assert "/embed/lotgenoten/?postcode=7201" in page
    assert "7201 AB" not in page.split("<textarea")[1].split("</textarea>")[0]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"soort": "gemeente", "gemeente": ""}, "Kies een gemeente"),
        ({"soort": "gemeente", "gemeente": "<script>x</script>"}, "gemeente"),
        ({"soort": "iets-anders"}, "soort"),
        ({"soort": "lotgenoten", "postcode": "abc"}, "postcode"),
    ],
)
def test_bad_input_gets_a_message_and_keeps_the_input(client, member, params, field):
    response = client.get(URL, params)
    assert response.status_code == 200
    page = response.content.decode()
    assert "error-summary" in page
    assert "<script>x</script>" not in page
    assert "<textarea" not in page
