import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories.lotgenoten import PeerGroupFactory


@pytest.fixture
def groups(home_page, postcode_areas):
    return [
        PeerGroupFactory(name="Groep Groningen", postcode="9711"),
        PeerGroupFactory(name="Groep Haarlem", postcode="2011"),
        PeerGroupFactory(name="Groep Amsterdam", postcode="1091", is_example=True),
        PeerGroupFactory(name="Online groep", postcode="", is_online=True),
    ]


def html(client, **params):
    response = client.get("/lotgenoten/", params, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def test_empty_search_page_has_the_form_and_no_cookie(client, home_page):
    response = client.get("/lotgenoten/")
    page = response.content.decode()
    assert 'name="postcode"' in page
    assert "Start zelf een groep" in page
    assert not response.cookies


@pytest.mark.parametrize("postcode", ["1012", "1012AB", "1012 ab", " 1012  AB "])
def test_accepted_postcode_forms(client, groups, postcode):
    page = html(client, postcode=postcode)
    assert "2 groepen binnen 25 km van Amsterdam" in page
    assert page.index("Groep Amsterdam") < page.index("Groep Haarlem")
    assert "Groep Groningen" not in page
    assert "Voorbeeldgroep" in page
    assert "km van je postcode" in page


@pytest.mark.parametrize("postcode", ["abcd", "0000", "1234 SS", "12", "x" * 10_000])
def test_rejected_postcodes_keep_input_and_say_why(client, home_page, postcode):
    page = html(client, postcode=postcode)
    assert "Dit is geen Nederlandse postcode" in page
    assert 'aria-invalid="true"' in page
    assert 'href="#id_postcode"' in page  # error summary links to the field
    if len(postcode) < 20:
        assert f'value="{postcode}"' in page


def test_empty_postcode_asks_for_one(client, home_page):
    assert "Vul je postcode in" in html(client, postcode="")


def test_unknown_postcode_is_not_a_dead_end(client, groups):
    page = html(client, postcode="2765")
    assert "We kennen deze postcode niet" in page
    assert "Online groep" in page
    assert "Ik wil een groep starten" in page
    assert "hulplijnen" in page.lower()


def test_nothing_near_shows_further_online_start_and_help(client, groups):
    page = html(client, postcode="4331")  # Middelburg
    assert "Geen groep binnen 25 km van Middelburg" in page
    assert "Groepen die verder weg zijn" in page
    assert "Groep Haarlem" in page or "Groep Amsterdam" in page
    assert "Online groep" in page
    assert "Ik wil een groep starten" in page
    assert "/hulp/" in page or "hulplijn" in page.lower()


def test_filters_apply_and_suggest_removing_them(client, groups):
    page = html(client, postcode="1012", opvang="on")
    assert "Geen groep binnen 25 km" in page
    assert "Zoek zonder filters" in page
    assert "checked" in page


def test_online_only(client, groups):
    page = html(client, online="on")
    assert "1 online groep" in page
    assert "Online groep" in page and "Groep Haarlem" not in page


def test_odd_parameters_do_not_break(client, groups):
    page = html(client, postcode="1012", pagina="abc", doelgroep="bestaat-niet")
    assert "Kies een geldige optie" in page or "Selecteer een geldige keuze" in page


def test_pagination(client, home_page, postcode_areas):
    for n in range(23):
        PeerGroupFactory(name=f"Groep {n:02d}", postcode="1012")
    first = html(client, postcode="1012")
    assert "23 groepen" in first and "Meer groepen verder weg" in first
    second = html(client, postcode="1012", pagina="2")
    assert second.count('class="lotgenoten-card"') == 10
    third = html(client, postcode="1012", pagina="3")
    assert third.count('class="lotgenoten-card"') == 3
    assert "Meer groepen verder weg" not in third and "Vorige groepen" in third


def test_search_query_count_is_constant(client, home_page, postcode_areas):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        client.get("/lotgenoten/", {"postcode": "1012"})  # warm the site caches
        with CaptureQueriesContext(connection) as ctx:
            client.get("/lotgenoten/", {"postcode": "1012"})
        return len(ctx.captured_queries)

    PeerGroupFactory.create_batch(3, postcode="1012")
    few = queries()
    PeerGroupFactory.create_batch(40, postcode="1091")
    many = queries()
    # target groups (form), postcode area, candidates, one page of groups + the shell
    assert few == many <= 8


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(postcode=st.text(max_size=60), page=st.text(max_size=8))
def test_search_never_fails(client, home_page, postcode, page):
    response = client.get(
        "/lotgenoten/",
        {"postcode": postcode, "pagina": page, "avond": postcode[:3]},
        follow=True,
    )
    assert response.status_code == 200


def test_detail_page(client, groups):
    group = groups[2]
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Voorbeeldgroep." in page
    assert "Laatst bevestigd op" in page
    assert "Ik wil meedoen" in page
    assert "Elke week op dinsdag 9.30–11.00 uur" in page


def test_detail_of_unknown_or_hidden_group_is_404(client, groups):
    from lotgenoten.models import PeerGroup

    assert client.get("/lotgenoten/bestaat-niet/").status_code == 404
    groups[0].status = PeerGroup.Status.UNCONFIRMED
    groups[0].save()
    assert client.get(groups[0].get_absolute_url()).status_code == 404


def test_nearby_shows_municipality_guidance_and_groups(client, groups):
    response = client.get("/in-de-buurt/", {"postcode": "1012 AB"}, follow=True)
    page = response.content.decode()
    assert "hoort bij de gemeente Amsterdam" in page
    assert "wijkteam" in page
    assert "Groep Amsterdam" in page
    assert "/hulp/" in page


def test_nearby_without_groups_is_not_a_dead_end(client, home_page, postcode_areas):
    page = client.get("/in-de-buurt/", {"postcode": "9711"}).content.decode()
    assert "Er is geen lotgenotengroep dichtbij" in page
    assert "Ik wil een groep starten" in page


def test_theme_page_links_to_groups(client, home_page, postcode_areas):
    from tests.factories.content import ThemeFactory, ThemePageFactory

    theme = ThemeFactory(slug="steun", name="Steun")
    ThemePageFactory(parent=home_page, theme=theme, slug="steun")
    group = PeerGroupFactory(name="Groep met thema")
    group.themes.set([theme])
    group.save()
    page = client.get("/steun/").content.decode()
    assert "Groep met thema" in page
    assert "Zoek een groep bij jou in de buurt" in page


def test_site_search_shows_only_public_groups(home_page, postcode_areas):
    from wagtail.search.backends import get_search_backend

    from lotgenoten.models import PeerGroup

    PeerGroupFactory(name="Wandelgroep Oost")
    PeerGroupFactory(name="Wandelgroep West", status=PeerGroup.Status.UNCONFIRMED)
    PeerGroupFactory(name="Wandelgroep Zuid", live=False)
    found = get_search_backend().search("wandelgroep", PeerGroup.search_queryset())
    assert [g.name for g in found] == ["Wandelgroep Oost"]


@pytest.mark.parametrize("path", ["/lotgenoten/", "/in-de-buurt/"])
def test_only_the_four_digits_stay_in_the_address(client, groups, path):
    """A full postcode narrows a parent down to a few streets: it is not kept in the
    address bar, the history or the cache key."""
    response = client.get(path, {"postcode": " 1012 ab ", "avond": "on"})
    assert response.status_code == 302
    assert response["Location"] == f"{path}?postcode=1012&avond=on"
    assert client.get(path, {"postcode": "1012"}).status_code == 200


def test_access_log_keeps_no_personal_data():
    from pathlib import Path

    config = {}
    exec((Path(__file__).parents[2] / "gunicorn.conf.py").read_text(), config)
    line = config["access_log_format"]
    # client address, request line with query string, query, referrer, user agent
    for personal in ("%(h)s", "%(r)s", "%(q)s", "%(f)s", "%(a)s", "%({"):
        assert personal not in line
    assert "%(U)s" in line and "%(s)s" in line
