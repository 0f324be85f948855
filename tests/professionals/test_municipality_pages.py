"""'Onze gemeentepagina': editing by the gemeente, the public page, reminders."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from core.models import Municipality
from gemeenten.models import LocalScheme, MunicipalityPage
from professionals.models import Membership
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import MunicipalityPageFactory, member_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def zutphen():
    return Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )


@pytest.fixture
def gemeente(zutphen):
    return OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=zutphen
    )


def _management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }


def _post_data(**extra):
    data = {
        "intro": "In Zutphen helpen we je graag.",
        "front_door_name": "Sociaal Wijkteam",
        "website": "www.example.org/zutphen",
        "walk_in_hours": "Maandag 9 tot 12 uur",
        "published": "on",
        "verified": "on",
        **_management("regelingen", 1),
        **_management("initiatieven", 1),
        "regelingen-0-kind": "minima",
        "regelingen-0-name": "Meedoenregeling",
        "regelingen-0-summary": "Geld voor sport en cultuur.",
        "regelingen-0-url": "https://www.example.org/meedoen",
    }
    data.update(extra)
    return data


def test_org_admin_fills_page_and_parents_see_it(client, gemeente, zutphen):
    client.force_login(member_create(gemeente, role=Membership.Role.ORG_ADMIN))
    url = reverse("professionals:municipality_page")
    assert client.get(url).status_code == 200
    response = client.post(url, _post_data())
    assert response.status_code == 302
    page = MunicipalityPage.objects.get()
    assert page.last_verified == timezone.localdate()
    assert page.website == "https://www.example.org/zutphen"
    assert page.local_schemes.get().name == "Meedoenregeling"
    client.logout()
    public = client.get("/gemeente/zutphen/")
    html = public.content.decode()
    assert public.status_code == 200
    assert "Sociaal Wijkteam" in html
    assert "Meedoenregeling" in html
    assert "Laatst gecontroleerd op" in html
    assert "niet gecontroleerd sinds" not in html
    assert public.cookies == {} or "sessionid" not in public.cookies


def test_errors_in_rows_keep_input(client, gemeente):
    client.force_login(member_create(gemeente, role=Membership.Role.ORG_ADMIN))
    response = client.post(
        reverse("professionals:municipality_page"),
        _post_data(**{"regelingen-0-url": "geen url", "regelingen-0-summary": ""}),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Meedoenregeling" in html
    assert 'href="#id_regelingen-0-summary"' in html
    assert not MunicipalityPage.objects.exists()


def test_a_huge_row_count_is_refused_quickly(client, gemeente):
    """A forged TOTAL_FORMS must not make the server build thousands of forms."""
    client.force_login(member_create(gemeente, role=Membership.Role.ORG_ADMIN))
    response = client.post(
        reverse("professionals:municipality_page"),
        _post_data(**_management("regelingen", 99999)),
    )
    assert response.status_code == 400
    assert len(response.content) < 200_000
    assert not MunicipalityPage.objects.exists()


def test_member_without_admin_role_or_non_gemeente_cannot_edit(client, gemeente):
    client.force_login(member_create(gemeente))
    assert client.get(reverse("professionals:municipality_page")).status_code == 403
    partner = OrganisationFactory(name="Ketenpartner", kind="ketenpartner")
    client.force_login(member_create(partner, role=Membership.Role.ORG_ADMIN))
    assert client.get(reverse("professionals:municipality_page")).status_code == 403


def test_page_of_another_organisation_for_same_municipality_is_protected(
    client, gemeente, zutphen
):
    MunicipalityPageFactory(municipality=zutphen, organisation=gemeente)
    impostor = OrganisationFactory(
        name="Andere gemeente-organisatie", kind="gemeente", municipality=zutphen
    )
    client.force_login(member_create(impostor, role=Membership.Role.ORG_ADMIN))
    response = client.post(reverse("professionals:municipality_page"), _post_data())
    assert response.status_code == 403


def test_stale_page_says_so(client, gemeente, zutphen):
    MunicipalityPageFactory(
        municipality=zutphen,
        organisation=gemeente,
        last_verified=timezone.localdate() - datetime.timedelta(days=200),
    )
    html = client.get("/gemeente/zutphen/").content.decode()
    assert "niet gecontroleerd sinds" in html


def test_municipality_without_page_shows_guidance_and_unknown_is_404(client, zutphen):
    response = client.get("/gemeente/zutphen/")
    assert response.status_code == 200
    assert "heeft hier nog geen eigen informatie" in response.content.decode()
    MunicipalityPageFactory(
        municipality=zutphen,
        organisation=OrganisationFactory(),
        published=False,
        front_door_name="Geheim loket",
    )
    html = client.get("/gemeente/zutphen/").content.decode()
    assert "Geheim loket" not in html
    assert client.get("/gemeente/bestaat-niet/").status_code == 404


def test_public_page_query_count_is_constant(
    client, gemeente, zutphen, django_assert_max_num_queries
):
    page = MunicipalityPageFactory(
        municipality=zutphen, organisation=gemeente, last_verified=timezone.localdate()
    )
    for i in range(12):
        LocalScheme.objects.create(
            page=page,
            kind="minima",
            name=f"Regeling {i}",
            summary="x",
            url="https://e.org/",
        )
    with django_assert_max_num_queries(6):
        assert client.get("/gemeente/zutphen/").status_code == 200


def test_include_renders_for_any_municipality(gemeente, zutphen):
    html = render_to_string("gemeenten/includes/offer.html", {"municipality": zutphen})
    assert "Hulp van de gemeente Zutphen" in html
    MunicipalityPageFactory(
        municipality=zutphen, organisation=gemeente, front_door_name="Het Loket"
    )
    zutphen = Municipality.objects.get(pk=zutphen.pk)
    html = render_to_string("gemeenten/includes/offer.html", {"municipality": zutphen})
    assert "Het Loket" in html


def test_reminder_goes_to_admins_of_stale_pages_once_a_month(gemeente, zutphen):
    admin = member_create(gemeente, role=Membership.Role.ORG_ADMIN)
    member_create(gemeente)  # a plain member gets no reminder
    MunicipalityPageFactory(
        municipality=zutphen,
        organisation=gemeente,
        last_verified=timezone.localdate() - datetime.timedelta(days=190),
    )
    call_command("remind_municipality_pages", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [admin.email]
    call_command("remind_municipality_pages", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
