""" "Dit klopt niet": the link on public pages for approved professionals only, the
anonymous cached page unchanged, and the report form in the secure area."""

import pytest
from django.urls import reverse

from core.models import Municipality
from feedback.models import ErrorReport
from professionals.models import Membership
from tests.factories.content import InfoPageFactory, ThemePageFactory
from tests.factories.professionals import member_create
from tests.factories.regelingen import SchemeFactory

pytestmark = pytest.mark.django_db
URL = "/professionals/melding/"


@pytest.fixture
def page(home_page):
    return InfoPageFactory(
        parent=ThemePageFactory(parent=home_page, slug="geld"), slug="toeslag"
    )


@pytest.fixture
def zutphen():
    return Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )


def test_urls_are_stable():
    assert reverse("professionals:error_report") == URL
    assert reverse("professionals:error_report_done") == URL + "verstuurd/"


def test_approved_member_sees_the_link_with_the_page_path(client, page):
    client.force_login(member_create())
    html = client.get(page.url).content.decode()
    assert "Dit klopt niet" in html
    assert f'href="{URL}?pagina=%2Fgeld%2Ftoeslag%2F"' in html


@pytest.mark.parametrize(
    "status", [Membership.Status.PENDING, Membership.Status.REJECTED]
)
def test_members_not_approved_see_no_link(client, page, status):
    client.force_login(member_create(status=status))
    assert "Dit klopt niet" not in client.get(page.url).content.decode()


def test_member_without_two_factor_sees_no_link(client, page):
    client.force_login(member_create(two_factor=False))
    assert "Dit klopt niet" not in client.get(page.url).content.decode()


def test_anonymous_page_stays_cached_and_identical(client, page, settings):
    settings.PAGE_CACHE_SECONDS = 60
    member = member_create()  # before: a new organisation starts a new generation
    anonymous = client.get(page.url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Dit klopt niet" not in anonymous.content.decode()
    assert not anonymous.cookies

    client.force_login(member)
    member = client.get(page.url)
    assert "Dit klopt niet" in member.content.decode()
    assert "X-Page-Cache" not in member  # a member's page is never cached
    assert "private" in member["Cache-Control"]

    client.logout()
    client.cookies.clear()
    again = client.get(page.url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == anonymous.content


def test_scheme_and_municipal_pages_get_the_link_too(client, home_page, zutphen):
    client.force_login(member_create())
    scheme = SchemeFactory()
    assert "Dit klopt niet" in client.get(scheme.get_absolute_url()).content.decode()
    assert "Dit klopt niet" in client.get("/gemeente/zutphen/").content.decode()


def test_form_is_prefilled_from_the_link(client):
    client.force_login(member_create())
    html = client.get(URL, {"pagina": "/geld/toeslag/"}).content.decode()
    assert 'value="/geld/toeslag/"' in html


@pytest.mark.parametrize(
    "pagina",
    ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "x" * 5000],
)
def test_foreign_paths_are_not_prefilled(client, pagina):
    client.force_login(member_create())
    response = client.get(URL, {"pagina": pagina})
    assert response.status_code == 200
    assert "evil.example" not in response.content.decode()
    assert "javascript:" not in response.content.decode()


def test_empty_form_gets_dutch_messages(client):
    client.force_login(member_create())
    response = client.post(URL, {})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Vul in over welke pagina het gaat." in html
    assert "Schrijf wat er niet klopt." in html
    assert "Vul een bron in" in html
    assert not ErrorReport.objects.exists()


def test_report_is_stored_for_the_editors(client, zutphen):
    user = member_create()
    client.force_login(user)
    response = client.post(
        URL,
        {
            "page_path": "/geld/toeslag/",
            "what_is_wrong": "Het bedrag is van vorig jaar.",
            "municipality": zutphen.pk,
            "source": "https://www.zutphen.nl/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == URL + "verstuurd/"
    report = ErrorReport.objects.get()
    assert report.reporter == user and report.municipality == zutphen
    assert report.status == ErrorReport.Status.NEW
    done = client.get(response["Location"])
    assert "je melding is verstuurd" in done.content.decode()
    assert 'href="/geld/toeslag/"' in done.content.decode()
    assert "no-store" in done["Cache-Control"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"page_path": "https://evil.example/"}, "Vul het adres van een pagina"),
        ({"page_path": "//evil.example/"}, "Vul het adres van een pagina"),
        ({"page_path": "/x/\\evil"}, "Vul het adres van een pagina"),
        ({"page_path": "/" + "a" * 400}, "Dit adres is te lang"),
        ({"what_is_wrong": "x" * 20000}, "Schrijf maximaal 2000 tekens"),
        ({"source": "y" * 20000}, "Schrijf maximaal 1000 tekens"),
        ({"municipality": "999999"}, "Kies een gemeente uit de lijst."),
        ({"municipality": "<script>"}, "Kies een gemeente uit de lijst."),
    ],
)
def test_hostile_input_gets_a_dutch_message_and_keeps_the_rest(client, data, message):
    client.force_login(member_create())
    valid = {
        "page_path": "/geld/",
        "what_is_wrong": "<script>alert('x')</script> klopt niet",
        "source": "https://www.rijksoverheid.nl/",
    }
    response = client.post(URL, {**valid, **data})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    if "what_is_wrong" not in data:
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; klopt niet" in html
    assert "<script>alert" not in html
    assert not ErrorReport.objects.exists()
