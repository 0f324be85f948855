"""The portal shell in a real browser: accessibility, privacy, keyboard, small screens."""

import pytest

from tests.e2e.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC_PAGES = [
    "/",
    "/geld-en-schulden/",
    "/privacy/",
    "/toegankelijkheid/",
    "/colofon/",
    "/hulp/",
]


def test_home_page_is_accessible_private_and_self_contained(
    page, site_url, outside_requests
):
    response = page.goto(site_url + "/")
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.get_by_role("link", name="Snel weg").is_visible()
    assert page.context.cookies() == [], "an anonymous reader gets no cookie"
    assert_accessible(page, "home")
    assert outside_requests == [], f"requests to other hosts: {outside_requests}"
    # Nothing on the page loads from another host (canonical and hreflang links load
    # nothing:
    # it names this page's public address).
    for attr in ("src", "href"):
        selector = f'script[{attr}], link[{attr}]:not([rel="canonical"]):not([rel="alternate"]), img[{attr}]'
        for el in page.locator(selector).all():
            assert not el.get_attribute(attr).startswith(("http:", "https:", "//"))


@pytest.mark.parametrize("path", PUBLIC_PAGES[1:])
def test_public_pages_are_accessible(page, site_url, outside_requests, path):
    assert page.goto(site_url + path).status == 200
    assert page.context.cookies() == []
    assert page.get_by_text("Laatst gecontroleerd op").count() == 1
    assert_accessible(page, path)
    assert outside_requests == []


def test_404_page_is_accessible(page, site_url):
    response = page.goto(site_url + "/deze-pagina-bestaat-niet/")
    assert response.status == 404
    assert_accessible(page, "404")


def test_500_page_is_accessible(page, live_server, settings):
    settings.ROOT_URLCONF = "tests.e2e.broken_urls"
    settings.DEBUG_PROPAGATE_EXCEPTIONS = False
    response = page.goto(live_server.url + "/kapot/")
    assert response.status == 500
    assert "Er ging iets mis" in page.content()
    assert "ZeroDivisionError" not in page.content()
    assert_accessible(page, "500")


def test_health_endpoint_is_accessible(page, site_url):
    response = page.goto(site_url + "/health/")
    assert response.status == 200
    assert_accessible(page, "health")


@pytest.mark.parametrize(
    "query, expect",
    [("", None), ("geld", "resultaten"), ("qwertyuiop", "We hebben niets gevonden")],
)
def test_search_states_are_accessible(page, site_url, query, expect):
    page.goto(site_url + "/zoeken/?q=" + query)
    if expect:
        assert expect in page.content()
    assert_accessible(page, f"zoeken q={query!r}")


def test_postcode_from_home_page_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/")
    page.get_by_label("Je postcode").fill("1012 AB")
    page.get_by_role("button", name="Zoek in de buurt").click()
    assert "hoort bij de gemeente Amsterdam" in page.content()
    assert_accessible_nojs(context, page.url)
    context.close()


def assert_accessible_nojs(context, url):
    # axe needs script; audit the same URL in a script-enabled page.
    page = context.browser.new_page(bypass_csp=True)
    page.goto(url)
    assert_accessible(page, url)
    page.close()


def test_postcode_error_state_keeps_input_and_is_accessible(page, site_url):
    page.goto(site_url + "/")
    page.get_by_label("Je postcode").fill("12AB")
    page.get_by_role("button", name="Zoek in de buurt").click()
    assert page.get_by_label("Je postcode").input_value() == "12AB"
    assert page.get_by_text("Dit is geen Nederlandse postcode").first.is_visible()
    assert_accessible(page, "postcode error")


def test_keyboard_skip_link_then_quick_exit(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.quickExit") == ""


def test_quick_exit_replaces_history(page, site_url, settings):
    settings.QUICK_EXIT_URL = site_url + "/health/"
    page.goto(site_url + "/privacy/")
    page.get_by_role("link", name="Snel weg").click()
    page.wait_for_url("**/health/")
    # location.replace: "back" does not return to the page the parent was on.
    page.go_back()
    assert "/privacy/" not in page.url


def test_escape_twice_leaves(page, site_url, settings):
    settings.QUICK_EXIT_URL = site_url + "/health/"
    page.goto(site_url + "/privacy/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("**/health/")


@pytest.mark.parametrize("path", ["/", "/privacy/", "/zoeken/?q=geld"])
def test_fits_320_pixels_without_sideways_scrolling(page, site_url, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page, f"{path} at 320px")
