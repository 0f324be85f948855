""" "Was deze pagina nuttig?", "Dit klopt niet" and the home page's first screen in a
real browser, with axe: every state, without JavaScript too."""

import pytest

from feedback.models import ErrorReport, PageFeedbackComment, PageFeedbackMonth
from tests.e2e.axe import assert_accessible
from tests.e2e.test_professionals import login_as
from tests.factories.professionals import member_create

pytestmark = pytest.mark.django_db(transaction=True)

INFO_PAGE = "/geld-en-schulden/rondkomen/"


def test_feedback_yes_and_no_with_what_was_missing(page, site_url, outside_requests):
    page.goto(site_url + INFO_PAGE)
    form = page.locator("#nuttig")
    assert form.get_by_role("heading", name="Was deze pagina nuttig?").is_visible()
    assert page.context.cookies() == []
    assert_accessible(page, "pagina met nuttig-vraag")

    form.get_by_role("button", name="Ja").click()
    assert page.get_by_role("heading", name="Bedankt voor je antwoord").is_visible()
    assert page.context.cookies() == []
    assert_accessible(page, "nuttig: ja")
    page.get_by_role("link", name="Terug naar").click()
    assert page.url.endswith(INFO_PAGE)

    page.locator("#nuttig").get_by_role("button", name="Nee").click()
    assert page.get_by_role(
        "heading", name="Jammer dat de pagina je niet hielp"
    ).is_visible()
    assert_accessible(page, "nuttig: nee, wat miste je?")
    field = page.get_by_label("Wat miste je?")
    field.evaluate("el => el.removeAttribute('maxlength')")  # as an old browser
    field.fill("x" * 501)
    page.get_by_role("button", name="Verstuur").click()
    assert page.get_by_text("Schrijf maximaal 500 tekens").first.is_visible()
    assert page.get_by_label("Wat miste je?").input_value() == "x" * 501
    assert_accessible(page, "wat miste je: te lang")
    page.get_by_label("Wat miste je?").fill(
        "Hoeveel het is. Mail me op ouder@example.nl"
    )
    page.get_by_role("button", name="Verstuur").click()
    assert page.get_by_role("heading", name="Bedankt voor je antwoord").is_visible()
    assert page.context.cookies() == []
    assert outside_requests == []

    counts = PageFeedbackMonth.objects.get()
    assert (counts.yes, counts.no) == (1, 1)
    assert (
        PageFeedbackComment.objects.get().text
        == "Hoeveel het is. Mail me op [weggehaald]"
    )


def test_feedback_without_javascript_by_keyboard(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + INFO_PAGE)
    page.locator("#nuttig").get_by_role("button", name="Nee").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role(
        "heading", name="Jammer dat de pagina je niet hielp"
    ).is_visible()
    page.get_by_label("Wat miste je?").focus()
    page.keyboard.type("Een voorbeeld")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Bedankt voor je antwoord").is_visible()
    assert context.cookies() == []
    context.close()
    assert PageFeedbackComment.objects.get().text == "Een voorbeeld"


def test_professional_reports_a_mistake(page, site_url):
    login_as(page.context, member_create(), site_url)
    page.goto(site_url + INFO_PAGE)
    page.get_by_role("link", name="Dit klopt niet").click()
    assert page.get_by_role("heading", name="Dit klopt niet").is_visible()
    assert page.get_by_label("Over welke pagina gaat het?").input_value() == INFO_PAGE
    assert_accessible(page, "dit klopt niet: leeg")

    page.get_by_label("Over welke pagina gaat het?").fill("")
    page.get_by_role("button", name="Verstuur melding").click()
    assert page.get_by_text("Vul in over welke pagina het gaat.").first.is_visible()
    assert_accessible(page, "dit klopt niet: fouten")

    page.get_by_label("Over welke pagina gaat het?").fill(INFO_PAGE)
    page.get_by_label("Wat klopt er niet?").fill("Het telefoonnummer is veranderd.")
    page.get_by_label("Voor welke gemeente?").select_option(label="Zutphen")
    page.get_by_label("Bron").fill("https://www.zutphen.nl/")
    page.get_by_role("button", name="Verstuur melding").click()
    assert page.get_by_role(
        "heading", name="Dank je wel, je melding is verstuurd"
    ).is_visible()
    assert_accessible(page, "dit klopt niet: verstuurd")
    report = ErrorReport.objects.get()
    assert report.page_path == INFO_PAGE and report.municipality.name == "Zutphen"


@pytest.mark.parametrize("javascript", [True, False])
def test_home_first_screen_on_a_phone(browser, site_url, javascript):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(site_url + "/")
    for heading in (
        "Wat moet je regelen?",
        "Wat is er bij jou in de buurt?",
        "Direct hulp nodig?",
    ):
        box = page.get_by_role("heading", name=heading).bounding_box()
        assert box["y"] + box["height"] <= 844, f"{heading} below the first screen"
    themes = page.get_by_role(
        "heading", name="Waar wil je meer over weten?"
    ).bounding_box()
    assert themes["y"] > 844 - 100
    plan = page.get_by_role("link", name="Maak je plan")
    assert plan.get_attribute("href") == "/jouw-plan/"
    assert page.get_by_role("link", name="Doe de Regelcheck").is_visible()
    assert page.locator('input[type="search"]').count() == 1
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert not menu.get_by_role("link", name="Wonen").is_visible()
    menu.get_by_text("Menu").click()
    assert menu.get_by_role("link", name="Wonen").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
    if javascript:
        check = browser.new_page(
            viewport={"width": 390, "height": 844}, bypass_csp=True
        )
        check.goto(site_url + "/")
        assert_accessible(check, "home at 390px")
        check.get_by_text("Menu", exact=True).click()
        assert_accessible(check, "home at 390px, menu open")
        check.close()


def test_home_on_a_wide_screen(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/")
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert menu.get_by_role("link", name="Wonen").is_visible()
    assert not page.locator("summary.site-nav__toggle").is_visible()
    assert page.locator('input[type="search"]').count() == 1
    for heading in (
        "Wat moet je regelen?",
        "Wat is er bij jou in de buurt?",
        "Direct hulp nodig?",
    ):
        box = page.get_by_role("heading", name=heading).bounding_box()
        assert box["y"] < 900
    assert_accessible(page, "home at 1280px")
