"""Jouw plan in a real browser: axe on every screen, the error state and the plan;
the whole journey by keyboard alone without JavaScript; 320 px; privacy."""

import os

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.axe import assert_accessible
from tests.e2e.test_regelingen import press_and_wait, tab_to

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def plan_url(site_url):
    for loader in (
        "load_demo_regelingen",
        "load_demo_lotgenoten",
        "load_demo_professionals",
    ):
        call_command(loader, verbosity=0, stdout=open("/dev/null", "w"))
    return site_url + "/jouw-plan/"


def _shot(page, name):
    """Full-page screenshots to look at, when PLAN_SCREENSHOTS names a folder."""
    folder = os.environ.get("PLAN_SCREENSHOTS")
    if folder:
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


def _next(page):
    page.get_by_role("button", name="Volgende").click()


def test_every_screen_the_error_state_and_the_plan_are_accessible(
    page, plan_url, outside_requests
):
    page.goto(plan_url)
    expect(page.get_by_role("heading", name="Wat is er aan de hand?")).to_be_visible()
    assert_accessible(page, "plan: situations")
    _shot(page, "start-1280")
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    _shot(page, "start-320")
    page.set_viewport_size({"width": 1280, "height": 800})
    _next(page)  # nothing ticked: the error state
    expect(page.get_by_role("heading", name="Er gaat iets mis")).to_be_visible()
    assert_accessible(page, "plan: error state")
    page.get_by_label("We gaan uit elkaar, of we zijn uit elkaar").check()
    page.get_by_label("Ik voel me niet veilig thuis").check()
    _next(page)
    expect(page.get_by_text("Stap 2 van 7")).to_be_visible()
    page.get_by_label("Op welke dag ben jij of je ex verhuisd?").fill("01-01-1900")
    _next(page)
    expect(page.get_by_text("Vul een datum in tussen").first).to_be_visible()
    assert_accessible(page, "plan: date error")
    page.get_by_label("Op welke dag ben jij of je ex verhuisd?").fill("15-01-2026")
    page.get_by_label("Je postcode (mag je leeg laten)").fill("7201 AB")
    _next(page)
    assert_accessible(page, "plan: household")
    page.get_by_label("Alleen met mijn kinderen").check()
    page.get_by_label("Vooral bij mij").check()
    page.get_by_role("group", name="Is je partner overleden?").get_by_label(
        "Nee"
    ).check()
    _next(page)
    assert_accessible(page, "plan: children")
    page.get_by_label("Hoeveel kinderen heb je?").fill("2")
    page.get_by_role("group", name="beperking").get_by_label("Nee").check()
    _next(page)
    page.get_by_label("Leeftijd kind 1").fill("4")
    page.get_by_label("Leeftijd kind 2").fill("9")
    assert_accessible(page, "plan: ages")
    _next(page)
    assert_accessible(page, "plan: work")
    page.get_by_label("Ik huur een huis").check()
    page.get_by_label("Werk in loondienst").check()
    page.get_by_role("group", name="alimentatie voor je kinderen").get_by_label(
        "Nee"
    ).check()
    _next(page)
    assert_accessible(page, "plan: money")
    assert page.get_by_label("Je postcode (mag je leeg laten)").count() == 0
    page.locator("input[name=income_band][value=low]").check()
    for group in ("schulden", "niet op tijd", "juridische vraag"):
        page.get_by_role("group", name=group).get_by_label("Nee", exact=True).check()
    page.get_by_role("button", name="Bekijk je plan").click()
    expect(page.get_by_role("heading", name="Jouw plan", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Eerst: ben je veilig?")).to_be_visible()
    expect(page.get_by_text("Uiterlijk 20 januari 2026.")).to_be_visible()
    expect(page.get_by_text("Voorbeeld: minimaregeling")).to_be_visible()
    assert_accessible(page, "plan")
    assert "?" not in page.url and "7201" not in page.url
    assert {c["name"] for c in page.context.cookies()} == {"csrftoken"}
    assert outside_requests == []
    _shot(page, "plan-1280")
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    _shot(page, "plan-320")
    # The .ics download.
    with page.expect_download() as download:
        page.get_by_role("button", name="Zet de data in je agenda (.ics)").click()
    assert download.value.suggested_filename == "jouw-plan.ics"


def test_the_whole_journey_by_keyboard_alone_without_javascript(browser, plan_url):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(plan_url)
    tab_to(page, "input[value=werk-of-leren]")
    page.keyboard.press("Space")
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    expect(page.get_by_text("Stap 2 van 6")).to_be_visible()
    tab_to(page, "input[name=event_start-opvang]")
    page.keyboard.type("02-03-2026")
    press_and_wait(page, "Enter")
    tab_to(page, "#id_household_0")
    page.keyboard.press("Space")
    tab_to(page, "input[name=care]")
    page.keyboard.press("Space")
    tab_to(page, "input[name=partner_died]")
    page.keyboard.press("Space")
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    tab_to(page, "#id_children_count")
    page.keyboard.type("1")
    tab_to(page, "input[name=child_disability]")
    page.keyboard.press("ArrowDown")
    press_and_wait(page, "Enter")
    tab_to(page, "#id_age_1")
    page.keyboard.type("3")
    press_and_wait(page, "Enter")
    tab_to(page, "input[name=housing]")
    page.keyboard.press("Space")
    tab_to(page, "#id_income_0")
    page.keyboard.press("Space")
    tab_to(page, "input[name=alimony]")
    page.keyboard.press("ArrowDown")
    # Back, and forward again: the answers stay.
    tab_to(page, "button[value=back]")
    press_and_wait(page, "Enter")
    assert page.locator("#id_age_1").input_value() == "3"
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    assert page.locator("#id_housing_0").is_checked()  # kept when going back
    assert page.locator("#id_income_0").is_checked()
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    expect(page.get_by_role("heading", name="Jouw plan", exact=True)).to_be_visible()
    expect(page.get_by_text("Uiterlijk 30 juni 2026.")).to_be_visible()
    expect(page.get_by_text("Belangrijk: termijn").first).to_be_visible()
    # Tick the first step as done, by keyboard.
    tab_to(page, "input[name=done]")
    page.keyboard.press("Space")
    tab_to(page, "button[value=done]")
    press_and_wait(page, "Enter")
    assert page.locator("input[name=done]").first.is_checked()
    context.close()
