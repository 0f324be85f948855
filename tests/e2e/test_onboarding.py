"""Issue 15 in a real browser, with axe: registration with the gemeente choice
(empty, error, done; keyboard only; without JavaScript), the invitation pages and
the import form with its report."""

import os
import re
from pathlib import Path

import pytest
from django.core import mail

from content.models import Organisation
from core.models import Municipality
from professionals import services
from professionals.models import Membership, MunicipalityInvitation
from tests.e2e.axe import assert_accessible
from tests.e2e.test_professionals import login_as
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import PASSWORD, member_create

pytestmark = pytest.mark.django_db(transaction=True)

# Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280 and 320 px.
SHOTS = os.environ.get("E2E_SCREENSHOTS", "")


def shoot(page, name):
    if not SHOTS:
        return
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_registration_with_gemeente_choice(page, site_url, outside_requests):
    page.goto(site_url + "/accounts/signup/")
    options = page.locator("#id_municipality-lijst option")
    assert options.count() == 342
    assert_accessible(page, "registreren: leeg")
    shoot(page, "registreren-leeg")

    page.get_by_label("E-mail").fill("nieuw@tiel.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Gemeente", exact=True).check()
    page.get_by_label("Bij welke gemeente werk je?").fill("Atlantis")
    page.get_by_role("button", name="Registreren").click()
    assert page.locator("#foutmeldingen").is_visible()
    assert "Deze gemeente kennen we niet" in page.locator("#foutmeldingen").inner_text()
    assert page.get_by_label("Bij welke gemeente werk je?").input_value() == "Atlantis"
    assert page.get_by_label("E-mail").input_value() == "nieuw@tiel.example"
    assert_accessible(page, "registreren: onbekende gemeente")
    shoot(page, "registreren-fout")
    # The summary's link brings the focus to the gemeente box.
    page.locator("#foutmeldingen a", has_text="gemeente").first.click()
    assert page.evaluate("document.activeElement.id") == "id_municipality"

    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Bij welke gemeente werk je?").fill("Tiel")
    page.get_by_role("button", name="Registreren").click()
    assert "/accounts/confirm-email/" in page.url
    assert_accessible(page, "registreren: klaar")
    membership = Membership.objects.get(user__email="nieuw@tiel.example")
    assert membership.organisation.municipality.name == "Tiel"
    assert outside_requests == []


def test_registration_by_keyboard_only(page, site_url):
    page.goto(site_url + "/accounts/signup/")
    page.get_by_label("E-mail").focus()
    page.keyboard.type("toetsen@zwolle.example")

    def tab_to(element_id, limit=15):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == element_id:
                return
        raise AssertionError(f"Tab never reached #{element_id}")

    tab_to("id_kind_0")  # the first option, Gemeente
    page.keyboard.press("Space")
    assert page.locator("#id_kind_0").is_checked()
    tab_to("id_municipality")
    page.keyboard.type("zwol")
    page.keyboard.press("ArrowDown")  # the browser's list of suggestions
    page.keyboard.press("Enter")
    if page.locator("#id_municipality").input_value() != "Zwolle":
        page.locator("#id_municipality").fill("")  # headless may not show the list
        page.keyboard.type("Zwolle")
    tab_to("id_password1")
    page.keyboard.type(PASSWORD)
    tab_to("id_password2")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")  # submits the form
    page.wait_for_url(re.compile("/accounts/confirm-email/"))
    membership = Membership.objects.get(user__email="toetsen@zwolle.example")
    assert membership.organisation.municipality.name == "Zwolle"


def test_registration_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + "/accounts/signup/")
    page.get_by_label("E-mail").fill("zonderjs@initiatief.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Lokaal initiatief").check()
    page.get_by_label("Naam van je organisatie").fill("Ouders van Oost")
    page.get_by_role("button", name="Registreren").click()
    assert "staat niet in de lijst" in page.locator("#foutmeldingen").inner_text()
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label("Mijn organisatie staat niet in de lijst").check()
    page.get_by_role("button", name="Registreren").click()
    assert "/accounts/confirm-email/" in page.url
    organisation = Organisation.objects.get(name="Ouders van Oost")
    assert organisation.professional_profile.approval == "requested"
    context.close()


def test_invitation_pages(page, site_url, browser):
    tiel = Municipality.objects.get(name="Tiel")
    invitation = MunicipalityInvitation.objects.create(
        municipality=tiel, email="contact@tiel.example"
    )
    token = services.invitation_send(invitation)
    assert mail.outbox[-1].to == ["contact@tiel.example"]
    user = member_create(status=None, email="beheer@tiel.example")
    login_as(page.context, user, site_url)
    page.goto(site_url + f"/professionals/uitnodiging/{token}/")
    assert page.locator("h1").inner_text() == "Uitnodiging voor gemeente Tiel"
    assert_accessible(page, "uitnodiging")
    shoot(page, "uitnodiging")
    page.get_by_role("link", name="Verder naar de uitnodiging").click()
    assert_accessible(page, "uitnodiging aannemen")
    page.get_by_role("button", name="Uitnodiging aannemen").click()
    assert "/professionals/gemeentepagina/" in page.url
    assert Membership.objects.get(user=user).is_org_admin

    again = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    response = again.goto(site_url + f"/professionals/uitnodiging/{token}/")
    assert response.status == 410
    assert again.locator("h1").inner_text() == "Deze uitnodiging is al gebruikt"
    assert_accessible(again, "uitnodiging gebruikt")
    shoot(again, "uitnodiging-gebruikt")


CSV = (
    "type,kind,name,summary,url\n"
    "regeling,minima,Voorbeeld: meedoenregeling,Geld voor sport en cultuur.,"
    "https://www.example.org/meedoen\n"
    "regeling,geheim,Voorbeeld: onbekende soort,Tekst.,https://www.example.org/x\n"
    "initiatief,,Voorbeeld: koffie-uurtje,Elke dinsdag.,\n"
)


def test_import_form_with_its_report(page, site_url):
    almere = Municipality.objects.get(slug="almere")
    organisation = OrganisationFactory(
        name="Gemeente Almere",
        kind=Organisation.Kind.MUNICIPALITY,
        municipality=almere,
    )
    admin = member_create(organisation, role=Membership.Role.ORG_ADMIN)
    login_as(page.context, admin, site_url)
    page.goto(site_url + "/professionals/gemeentepagina/")
    page.get_by_role("link", name=re.compile("importeren of exporteren")).click()
    assert_accessible(page, "import: leeg")
    shoot(page, "import-leeg")

    page.get_by_role("button", name="Importeren").click()
    assert page.locator("#foutmeldingen").is_visible()
    assert_accessible(page, "import: geen bestand")

    page.get_by_label("Bestand (CSV of JSON)").set_input_files(
        files=[{"name": "aanbod.csv", "mimeType": "text/csv", "buffer": CSV.encode()}]
    )
    page.get_by_role("button", name="Importeren").click()
    report = page.locator("#verslag")
    assert "2 nieuwe items" in report.inner_text()
    assert "1 regel afgewezen" in report.inner_text()
    assert report.get_by_role("cell", name="regel 3").is_visible()
    assert_accessible(page, "import: verslag")
    shoot(page, "import-verslag")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download als CSV")).click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert "Voorbeeld: meedoenregeling" in text
