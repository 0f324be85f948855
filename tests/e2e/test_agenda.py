"""The agenda in a real browser: axe on results, none, event page and every state of
the event sign-up; the keyboard-only, JavaScript-free sign-up journey; 320 px."""

import os

import pytest
from django.core.cache import cache
from django.core.management import call_command

from lotgenoten.models import SignUp
from tests.e2e.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

EVENT = "/agenda/voorbeeld-informatieavond-scheiden-den-haag/"
SHOTS = os.environ.get("AGENDA_SCREENSHOTS", "")


@pytest.fixture
def agenda_url(site_url):
    call_command("load_demo_lotgenoten", verbosity=0)
    cache.clear()
    return site_url


def _shots(page, name):
    if not SHOTS:
        return
    os.makedirs(SHOTS, exist_ok=True)
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize(
    "query, expect",
    [
        ("", "activiteiten binnenkort"),
        ("?postcode=2511+AB", "activiteiten binnen 50 km van"),
        ("?waar=online&gratis=on", "activiteiten binnenkort"),
        ("?postcode=1791&waar=ter-plekke", "Geen activiteit binnen 50 km"),
        ("?postcode=12AB", "Dit is geen Nederlandse postcode"),
    ],
)
def test_agenda_states_are_accessible_and_private(
    page, agenda_url, outside_requests, query, expect
):
    response = page.goto(agenda_url + "/agenda/" + query)
    assert response.status == 200
    assert expect in page.content()
    assert page.context.cookies() == [], "a GET agenda sets no cookie"
    assert_accessible(page, f"agenda {query or 'leeg'}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert outside_requests == []
    if query in ("", "?postcode=1791&waar=ter-plekke"):
        _shots(page, "agenda-geen" if "Geen" in expect else "agenda")


def test_event_page_is_accessible_labelled_and_fits_320(
    page, agenda_url, outside_requests
):
    assert page.goto(agenda_url + EVENT).status == 200
    assert page.get_by_text("Voorbeeld.").is_visible()
    assert page.get_by_role("link", name="Zet in je agenda").is_visible()
    assert page.context.cookies() == []
    assert_accessible(page, "activiteit")
    _shots(page, "activiteit")
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.goto(agenda_url + "/agenda/?postcode=2511")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert outside_requests == []


def test_event_signup_states_are_accessible(page, agenda_url):
    page.goto(agenda_url + EVENT + "aanmelden/")
    assert_accessible(page, "aanmelden leeg")
    _shots(page, "aanmelden-leeg")
    page.get_by_label("Je voornaam of een bijnaam").fill("Sam")
    page.get_by_role("button", name="Verstuur mijn aanmelding").click()
    assert page.get_by_text(
        "Vul je e-mailadres of je telefoonnummer in"
    ).first.is_visible()
    assert page.get_by_label("Je voornaam of een bijnaam").input_value() == "Sam"
    assert_accessible(page, "aanmelden fout")
    _shots(page, "aanmelden-fout")
    page.get_by_label("Je e-mailadres").fill("sam@example.org")
    page.get_by_label("Ik vind het goed").check()
    page.get_by_role("button", name="Verstuur mijn aanmelding").click()
    page.wait_for_url("**/aanmelden/verstuurd/")
    assert "Je aanmelding is verstuurd" in page.content()
    assert "sam@example.org" not in page.url
    assert_accessible(page, "aanmelden verstuurd")
    _shots(page, "aanmelden-verstuurd")
    assert SignUp.objects.filter(name="Sam", event__isnull=False).exists()


def test_organiser_signups_page_is_accessible(page, agenda_url):
    from lotgenoten import services
    from lotgenoten.models import Event
    from tests.factories.lotgenoten import SignUpFactory

    event = Event.objects.get(slug=EVENT.strip("/").rsplit("/", 1)[-1])
    SignUpFactory(group=None, event=event, name="Noor")
    token = services.signups_token_make(event)
    page.goto(agenda_url + f"/lotgenoten/aanmeldingen/{token}/")
    assert "Noor" in page.content()
    assert_accessible(page, "aanmeldingen organisator")
    _shots(page, "organisator-aanmeldingen")
    page.get_by_label("Nieuwe status").select_option("contact")
    page.get_by_role("button", name="Bewaar de status van Noor").click()
    assert page.get_by_text("De aanmelding is bijgewerkt.").is_visible()
    assert_accessible(page, "aanmeldingen bijgewerkt")


def _tab_to(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def test_keyboard_only_event_signup_without_javascript(browser, agenda_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(agenda_url + "/agenda/")
    _tab_to(page, "document.activeElement.id === 'id_postcode'")
    page.keyboard.type("2511 AB")
    page.keyboard.press("Enter")
    page.wait_for_url("**/agenda/?postcode=*")
    assert "binnen 50 km" in page.content()
    _tab_to(
        page, "document.activeElement.textContent.includes('scheiden met kinderen')"
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**" + EVENT)
    _tab_to(page, "document.activeElement.textContent.trim() === 'Ik meld me aan'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/aanmelden/")
    _tab_to(page, "document.activeElement.id === 'id_name'")
    page.keyboard.type("Robin")
    page.keyboard.press("Tab")
    page.keyboard.type("robin@example.org")
    _tab_to(page, "document.activeElement.id === 'id_consent'")
    page.keyboard.press("Space")
    _tab_to(page, "document.activeElement.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/aanmelden/verstuurd/")
    assert "Je aanmelding is verstuurd" in page.content()
    assert SignUp.objects.filter(name="Robin", email="robin@example.org").exists()
    context.close()


def test_professional_event_form_states_are_accessible(browser, site_url):
    """List, empty form, error (end before start, input kept) and saved, with axe."""
    from lotgenoten.models import Event
    from tests.e2e.test_professionals import login_as
    from tests.factories.content import OrganisationFactory
    from tests.factories.professionals import member_create

    call_command("load_reference_data", verbosity=0)
    user = member_create(OrganisationFactory(name="Wijkteam Oost"))
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    login_as(context, user, site_url)
    page = context.new_page()
    page.goto(site_url + "/professionals/agenda/")
    assert_accessible(page, "professionals agenda leeg")
    page.get_by_role("link", name="Nieuwe activiteit").click()
    assert_accessible(page, "nieuwe activiteit")
    page.get_by_label("Titel").fill("Workshop rust")
    page.get_by_label("Wat er gebeurt").fill(
        "Je leert in een groepje hoe je rust vindt."
    )
    page.get_by_label("Datum (de eerste keer)").fill("2030-03-12")
    page.get_by_label("Begintijd").fill("21:00")
    page.get_by_label("Eindtijd").fill("19:00")
    page.get_by_label("Postcode").fill("1012 AB")
    page.get_by_role("button", name="Opslaan en laten goedkeuren").click()
    assert page.get_by_text(
        "De eindtijd moet na de begintijd liggen."
    ).first.is_visible()
    assert page.get_by_label("Titel").input_value() == "Workshop rust"
    assert_accessible(page, "nieuwe activiteit fout")
    _shots(page, "professionals-activiteit-fout")
    page.get_by_label("Eindtijd").fill("22:00")
    page.get_by_role("button", name="Opslaan en laten goedkeuren").click()
    page.wait_for_url("**/professionals/agenda/")
    assert "Wacht op goedkeuring" in page.content()
    assert_accessible(page, "professionals agenda opgeslagen")
    _shots(page, "professionals-agenda")
    assert Event.objects.get().review == Event.Review.WAITING
    context.close()
