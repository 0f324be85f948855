"""The question form ("Stel je vraag") in a real browser: axe on every state of the form, the done page
(with and without a safety word), the professionals' answer queue; the keyboard-only
journey without JavaScript; reflow at 320 px."""

import os
from pathlib import Path

import pytest
from django.test import Client

from content.models import Organisation
from tests.e2e.axe import assert_accessible
from tests.factories.professionals import member_create
from tests.factories.vragen import QuestionFactory
from vragen.models import Question

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path(os.environ.get("VRAGEN_SHOTS", "/tmp/vragen-shots"))


def _shoot(page, name):
    """Screenshots at 1280 and 320 px, for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (
            name,
            width,
        )
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_question_form_empty_error_and_done(page, site_url, outside_requests):
    page.goto(site_url + "/vraag/")
    assert_accessible(page, "vraag leeg")
    _shoot(page, "vraag-leeg")
    page.get_by_label("Je vraag", exact=True).fill("Hoe vraag ik kinderbijslag aan?")
    page.get_by_role("radio", name="Per e-mail").check()
    page.get_by_label("Je e-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Verstuur mijn vraag").click()
    page.locator("#foutmeldingen").wait_for()
    assert page.get_by_label("Je vraag", exact=True).input_value() == (
        "Hoe vraag ik kinderbijslag aan?"
    )
    assert page.get_by_label("Je e-mailadres").input_value() == "geen-adres"
    assert_accessible(page, "vraag fout")
    _shoot(page, "vraag-fout")
    page.get_by_label("Je e-mailadres").fill("ouder@example.org")
    page.get_by_label("Ik vind het goed").check()
    page.get_by_role("button", name="Verstuur mijn vraag").click()
    page.wait_for_url("**/vraag/verstuurd/")
    reference = Question.objects.get().reference
    assert reference in page.content()
    assert_accessible(page, "vraag verstuurd")
    _shoot(page, "vraag-verstuurd")
    assert outside_requests == []


def test_done_page_with_a_safety_word_shows_the_helpline(page, site_url):
    page.goto(site_url + "/vraag/")
    page.get_by_label("Je vraag", exact=True).fill("Mijn ex slaat me. Ik ben bang.")
    page.get_by_role("radio", name="Per telefoon").check()
    page.get_by_label("Je telefoonnummer").fill("06 12345678")
    page.get_by_label("Ik vind het goed").check()
    page.get_by_role("button", name="Verstuur mijn vraag").click()
    page.wait_for_url("**/vraag/verstuurd/")
    assert "Veilig Thuis" in page.content()
    assert "0800-2000" in page.content()
    assert Question.objects.get().urgent
    assert_accessible(page, "vraag verstuurd, signaalwoord")
    _shoot(page, "vraag-signaal")


def _tab_to(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def test_keyboard_only_journey_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/hulp/")
    _tab_to(page, "document.activeElement.getAttribute('href') === '/vraag/'", 200)
    page.keyboard.press("Enter")
    page.wait_for_url("**/vraag/")
    _tab_to(page, "document.activeElement.id === 'id_text'")
    page.keyboard.type("Waar vind ik hulp bij mijn geldzaken?")
    _tab_to(page, "document.activeElement.id === 'id_contact_0'")
    page.keyboard.press("Space")
    _tab_to(page, "document.activeElement.id === 'id_email'")
    page.keyboard.type("robin@example.org")
    _tab_to(page, "document.activeElement.id === 'id_consent'")
    page.keyboard.press("Space")
    _tab_to(page, "document.activeElement.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/vraag/verstuurd/")
    assert "Je vraag is verstuurd" in page.content()
    question = Question.objects.get()
    assert question.email == "robin@example.org"
    assert question.reference in page.content()
    context.close()


def _login(context, user, base_url):
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": base_url,
            }
        ]
    )


def test_professionals_answer_queue(browser, site_url):
    organisation = Organisation.objects.create(name="Gemeente Zutphen", kind="gemeente")
    question = QuestionFactory(
        organisation=organisation,
        text="Kan ik hulp krijgen bij de kosten van school?",
        is_example=True,
    )
    QuestionFactory(organisation=organisation, urgent=True)
    context = browser.new_context(bypass_csp=True, locale="nl-NL")
    _login(context, member_create(organisation), site_url)
    page = context.new_page()
    page.goto(site_url + "/professionals/vragen/")
    assert question.reference in page.content()
    assert_accessible(page, "vragen van ouders")
    _shoot(page, "prof-vragen")
    page.get_by_role("link", name=question.reference).click()
    assert_accessible(page, "vraag beantwoorden")
    page.get_by_role("button", name="Opslaan en versturen").click()
    page.locator("#foutmeldingen").wait_for()
    assert_accessible(page, "vraag beantwoorden, fout")
    page.get_by_role("radio", name="Per e-mail verstuurd").check()
    page.get_by_role("textbox", name="Antwoord").fill("Ja, bij de gemeente.")
    page.get_by_role("button", name="Opslaan en versturen").click()
    page.get_by_text("Het antwoord is per e-mail verstuurd.").wait_for()
    assert_accessible(page, "vraag beantwoord")
    _shoot(page, "prof-vraag")
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    context.close()
