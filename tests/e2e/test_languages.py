"""English and Arabic in a real browser: lang and dir right, axe 0 violations, no
cookie, no outside request, nothing wider than the screen, at 320 and 1280 px; the
Regelcheck by keyboard alone in English. Wording is not tested here (the catalogues
are translated separately): structure, language and direction are.

Set E2E_SCREENSHOTS to a folder to keep screenshots of home and /hulp/ to look at.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.axe import assert_accessible
from tests.e2e.test_regelingen import press_and_wait, tab_to

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = os.environ.get("E2E_SCREENSHOTS", "")
PAGES = {
    "home": "/",
    "theme": "/geld-en-schulden/",
    "regelcheck": "/regelingen/check/",
    "lotgenoten": "/lotgenoten/?postcode=3511",
    "hulp": "/hulp/",
}
SHOT_PAGES = ("home", "hulp")


@pytest.fixture
def full_site_url(site_url, demo_site_translated):
    call_command("load_demo_regelingen", verbosity=0)
    call_command("load_demo_lotgenoten", verbosity=0)
    return site_url


@pytest.mark.parametrize(
    "language, direction", [("en", "ltr"), ("ar", "rtl")], ids=["en", "ar"]
)
def test_pages_in_each_language_are_accessible_at_both_widths(
    page, full_site_url, outside_requests, language, direction
):
    for name, path in PAGES.items():
        for width in (1280, 320):
            page.set_viewport_size({"width": width, "height": 900})
            page.context.clear_cookies()
            response = page.goto(f"{full_site_url}/{language}{path}")
            where = f"{language} {name} {width}px"
            assert response.status == 200, where
            html = page.locator("html")
            expect(html).to_have_attribute("lang", language)
            expect(html).to_have_attribute("dir", direction)
            # The current language is marked; each link is named in its own language.
            current = page.locator(".language-links a[aria-current]")
            expect(current).to_have_attribute("lang", language)
            expect(page.locator('.language-links a[lang="nl"]')).to_have_text(
                "Nederlands"
            )
            width_used = page.evaluate("document.documentElement.scrollWidth")
            assert width_used <= width, f"{where}: {width_used}px wide"
            assert_accessible(page, where)
            if name != "regelcheck":  # a form: its CSRF cookie is expected
                assert page.context.cookies() == [], f"{where}: reading sets a cookie"
            if SHOTS and name in SHOT_PAGES:
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                page.screenshot(
                    path=f"{SHOTS}/{language}-{name}-{width}.png", full_page=True
                )
    assert outside_requests == []


def test_arabic_layout_mirrors(page, full_site_url):
    """The quick exit sits at the inline end (left in Arabic), the logo at the
    start (right), and the skip link is the first thing the keyboard reaches."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(full_site_url + "/ar/hulp/")
    exit_box = page.locator("a.quick-exit").bounding_box()
    logo_box = page.locator("a.site-logo").bounding_box()
    assert exit_box["x"] < 200, exit_box
    assert logo_box["x"] + logo_box["width"] > 1280 - 300, logo_box
    page.keyboard.press("Tab")
    assert page.evaluate(
        "document.activeElement.classList.contains('utrecht-skip-link')"
    )
    page.goto(full_site_url + "/en/hulp/")
    exit_box = page.locator("a.quick-exit").bounding_box()
    assert exit_box["x"] > 1280 - 300, exit_box


def test_regelcheck_by_keyboard_alone_in_english(page, full_site_url):
    page.goto(full_site_url + "/en/regelingen/check/")
    tab_to(page, "#id_household_0")
    page.keyboard.press("Space")
    tab_to(page, "input[name=care]")
    page.keyboard.press("Space")
    tab_to(page, "input[name=partner_died]")
    page.keyboard.press("Space")
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    assert "/en/regelingen/check/" in page.url
    tab_to(page, "#id_children_count")
    page.keyboard.type("1")
    tab_to(page, "input[name=child_disability]")
    page.keyboard.press("ArrowDown")
    press_and_wait(page, "Enter")
    tab_to(page, "#id_age_1")
    page.keyboard.type("4")
    press_and_wait(page, "Enter")
    tab_to(page, "input[name=housing]")
    page.keyboard.press("Space")
    tab_to(page, "#id_income_0")
    page.keyboard.press("Space")
    tab_to(page, "input[name=alimony]")
    page.keyboard.press("ArrowDown")
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    for name in ("income_band", "debts", "alimony_trouble", "legal_problem"):
        tab_to(page, f"input[name={name}]")
        page.keyboard.press("ArrowDown")
    tab_to(page, "button[value=next]")
    press_and_wait(page, "Enter")
    # The result, still in English: scheme links keep the /en/ prefix.
    assert "/en/regelingen/check/" in page.url
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator('a[href="/en/regelingen/huurtoeslag/"]').first).to_be_visible()
    assert_accessible(page, "en check result")
