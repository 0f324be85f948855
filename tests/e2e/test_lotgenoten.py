"""Peer groups in a real browser: axe on every state, privacy, and the keyboard-only,
JavaScript-free journey postcode -> group -> meedoen."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from lotgenoten.models import SignUp
from tests.e2e.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

GROUP = "/lotgenoten/koffie-uurtje-voor-alleenstaande-ouders-amsterdam-centrum/"


@pytest.fixture
def groups_url(site_url):
    call_command("load_demo_lotgenoten", verbosity=0)
    cache.clear()
    return site_url


@pytest.mark.parametrize(
    "query, expect",
    [
        ("", "Praat met andere ouders"),
        ("?postcode=12AB", "Dit is geen Nederlandse postcode"),
        ("?postcode=1012+AB", "groepen binnen 25 km van Amsterdam"),
        ("?postcode=1012&avond=on&gratis=on", "binnen 25 km"),
        ("?postcode=9901&doelgroep=kind-met-beperking", "Geen groep binnen 25 km"),
        ("?postcode=2765", "We kennen deze postcode niet"),
        ("?online=on", "online groepen"),
    ],
)
def test_search_states_are_accessible_and_private(
    page, groups_url, outside_requests, query, expect
):
    response = page.goto(groups_url + "/lotgenoten/" + query)
    assert response.status == 200
    assert expect in page.content()
    assert page.context.cookies() == [], "a GET search sets no cookie"
    assert_accessible(page, f"lotgenoten {query or 'leeg'}")
    assert outside_requests == []


def test_no_results_is_never_a_dead_end(page, groups_url):
    page.goto(groups_url + "/lotgenoten/?postcode=9901&doelgroep=kind-met-beperking")
    assert page.get_by_role("link", name="Ik wil een groep starten").is_visible()
    assert page.get_by_text("Groepen die verder weg zijn").is_visible()
    assert page.get_by_role("link", name="Zoek zonder filters").is_visible()


@pytest.mark.parametrize(
    "path",
    [
        GROUP,
        "/in-de-buurt/?postcode=1012AB",
        "/in-de-buurt/?postcode=9901",
        "/lotgenoten/zelf-starten/",
    ],
)
def test_pages_are_accessible(page, groups_url, outside_requests, path):
    assert page.goto(groups_url + path).status == 200
    assert_accessible(page, path)
    assert outside_requests == []


def test_group_page_is_labelled_example_and_sets_no_cookie(page, groups_url):
    page.goto(groups_url + GROUP)
    assert page.get_by_text("Voorbeeldgroep.").is_visible()
    assert page.get_by_text("Laatst bevestigd op").is_visible()
    assert page.context.cookies() == []


def test_signup_states_are_accessible(page, groups_url):
    page.goto(groups_url + GROUP + "meedoen/")
    assert_accessible(page, "meedoen leeg")
    page.get_by_label("Je voornaam of een bijnaam").fill("Sam")
    page.get_by_role("button", name="Verstuur mijn aanmelding").click()
    assert page.get_by_text(
        "Vul je e-mailadres of je telefoonnummer in"
    ).first.is_visible()
    assert page.get_by_label("Je voornaam of een bijnaam").input_value() == "Sam"
    assert_accessible(page, "meedoen fout")
    page.get_by_label("Je e-mailadres").fill("sam@example.org")
    page.get_by_label("Ik vind het goed").check()
    page.get_by_role("button", name="Verstuur mijn aanmelding").click()
    page.wait_for_url("**/meedoen/verstuurd/")
    assert "Binnen een week neemt iemand contact met je op" in page.content()
    assert "sam@example.org" not in page.url
    assert_accessible(page, "meedoen verstuurd")
    assert SignUp.objects.filter(name="Sam").exists()


def test_start_group_error_state_is_accessible(page, groups_url):
    page.goto(groups_url + "/lotgenoten/zelf-starten/")
    page.get_by_label("Je naam").fill("Ayse")
    page.get_by_role("button", name="Verstuur").click()
    assert page.get_by_text("Kies wie je bent").first.is_visible()
    assert page.get_by_label("Je naam").input_value() == "Ayse"
    assert_accessible(page, "zelf starten fout")


def _tab_to(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def test_keyboard_only_journey_without_javascript(browser, groups_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(groups_url + "/lotgenoten/")
    # Focus checks need script in the page; evaluate runs from the test, not the site.
    _tab_to(page, "document.activeElement.id === 'id_postcode'")
    page.keyboard.type("1012 AB")
    page.keyboard.press("Enter")
    page.wait_for_url("**/lotgenoten/?postcode=*")
    assert "groepen binnen 25 km van Amsterdam" in page.content()
    _tab_to(page, "document.activeElement.textContent.includes('Amsterdam-Centrum')")
    page.keyboard.press("Enter")
    page.wait_for_url("**" + GROUP)
    _tab_to(page, "document.activeElement.textContent.trim() === 'Ik wil meedoen'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/meedoen/")
    _tab_to(page, "document.activeElement.id === 'id_name'")
    page.keyboard.type("Robin")
    page.keyboard.press("Tab")
    page.keyboard.type("robin@example.org")
    _tab_to(page, "document.activeElement.id === 'id_consent'")
    page.keyboard.press("Space")
    _tab_to(page, "document.activeElement.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/meedoen/verstuurd/")
    assert "Je aanmelding is verstuurd" in page.content()
    assert SignUp.objects.filter(name="Robin", email="robin@example.org").exists()
    context.close()


def test_home_postcode_box_leads_to_nearby_with_groups(page, groups_url):
    page.goto(groups_url + "/")
    entries = page.evaluate("history.length")
    page.get_by_label("Je postcode").first.fill("1012 AB")
    page.get_by_role("button", name="Zoek in de buurt").first.click()
    page.wait_for_url("**/in-de-buurt/?postcode=1012")
    assert "hoort bij de gemeente Amsterdam" in page.content()
    assert "Andere ouders ontmoeten" in page.content()
    # Only the four digits stay in the address bar and the history: one new entry,
    # and going back and forward again shows the short address.
    assert page.url.endswith("/in-de-buurt/?postcode=1012")
    assert page.evaluate("history.length") == entries + 1
    page.go_back()
    page.go_forward()
    assert page.url.endswith("/in-de-buurt/?postcode=1012")


def test_search_fits_320_pixels(page, groups_url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(groups_url + "/lotgenoten/?postcode=1012")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.goto(groups_url + GROUP)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_a_used_organiser_link_page_is_accessible(page, groups_url):
    """Confirm with the one-click link, then open it again: a clear Dutch page."""
    from lotgenoten import services
    from lotgenoten.models import PeerGroup

    group = PeerGroup.objects.get(slug=GROUP.strip("/").rsplit("/", 1)[-1])
    url = groups_url + f"/lotgenoten/bijwerken/{services.organiser_token_make(group)}/"
    page.goto(url)
    assert_accessible(page, "organisator")
    page.get_by_role("button", name="Ja, onze groep bestaat nog").click()
    page.wait_for_url("**/bijwerken/klaar/**")
    response = page.goto(url)
    assert response.status == 410
    assert page.locator("h1").inner_text() == "Deze link is al gebruikt"
    assert_accessible(page, "link al gebruikt")
