"""Coverage and demand in a real browser (issue 15): the admin report with its map and
table, and a gemeente's demand page in the secure area, with axe, at 1280 and 320 px."""

import os
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from core.demand import month_previous, month_start
from core.models import DemandCount, Municipality
from tests.e2e.axe import assert_accessible
from tests.e2e.test_professionals import login_as
from tests.factories.professionals import MunicipalityOrganisationFactory, member_create

pytestmark = pytest.mark.django_db(transaction=True)

# Screenshots for a person to look at (not compared by the test).
SHOTS = Path(os.environ.get("E2E_SCREENSHOTS", "/tmp/e2e-screenshots"))


def _shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _demand():
    last = month_previous(month_start())
    for name, count in [("Utrecht", 44), ("Groningen", 23), ("Zeist", 6)]:
        DemandCount.objects.create(
            municipality=Municipality.objects.get(name=name), month=last, count=count
        )


@pytest.fixture
def editor(site_url):
    user = get_user_model().objects.create_superuser(
        "redactie-e2e", "redactie-e2e@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    return user


def test_coverage_report_map_and_table(page, site_url, editor, outside_requests):
    _demand()
    login_as(page.context, editor, site_url)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/admin/rapporten/dekking-gemeenten/")
    figure = page.locator("figure.coverage-map")
    assert figure.locator("svg[role=img]").is_visible()
    assert figure.locator("svg use").count() == 342
    assert page.locator("#dekking-tabel tbody tr").count() == 342
    assert_accessible(page, "dekking gemeenten")
    _shoot(page, "coverage-report-1280")

    # The text alternative is one link away, by keyboard too.
    link = page.get_by_role("link", name="Naar de tabel met dezelfde cijfers")
    link.focus()
    page.keyboard.press("Enter")
    assert page.url.endswith("#dekking-tabel")

    # Filter by province without JavaScript being needed: a plain GET form.
    page.get_by_label("Provincie").select_option("Utrecht")
    page.get_by_role("button", name="Toon gemeenten").click()
    page.wait_for_url("**provincie=Utrecht**")
    rows = page.locator("#dekking-tabel tbody tr")
    assert 0 < rows.count() < 342
    assert "44" in page.locator("#gemeente-utrecht").inner_text()
    assert "< 10" in page.locator("#gemeente-zeist").inner_text()
    page.get_by_role("link", name="Zoekvragen vorige maand").click()
    page.wait_for_url("**ordering=vraag-maand**")
    page.get_by_role("link", name="Zoekvragen vorige maand").click()  # descending
    page.wait_for_url("**ordering=-vraag-maand**")
    assert page.locator("#dekking-tabel tbody tr").first.get_attribute("id") == (
        "gemeente-utrecht"
    )
    assert_accessible(page, "dekking gemeenten, Utrecht, gesorteerd")

    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "/admin/rapporten/dekking-gemeenten/?provincie=Utrecht")
    assert (
        page.locator("figure.coverage-map svg[role=img]").bounding_box()["width"] <= 320
    )
    assert_accessible(page, "dekking gemeenten at 320px")
    _shoot(page, "coverage-report-320")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/admin/rapporten/witte-vlekken/")
    assert "Groningen" in page.locator("table.listing").inner_text()
    assert_accessible(page, "witte vlekken")
    _shoot(page, "white-spots-1280")
    assert outside_requests == []


def test_gemeente_demand_page(page, site_url, outside_requests):
    _demand()
    utrecht = Municipality.objects.get(name="Utrecht")
    user = member_create(MunicipalityOrganisationFactory(municipality=utrecht))
    login_as(page.context, user, site_url)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "/professionals/zoekvraag/")
    assert page.get_by_role("heading", level=1).inner_text() == "Vraag in Utrecht"
    assert page.get_by_role("link", name="Vraag").get_attribute("aria-current") == (
        "page"
    )
    assert "Groningen" in page.locator("main").inner_text()
    assert_accessible(page, "vraag in de gemeente")
    _shoot(page, "demand-1280")

    page.set_viewport_size({"width": 320, "height": 640})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page, "vraag in de gemeente at 320px")
    _shoot(page, "demand-320")
    assert outside_requests == []
