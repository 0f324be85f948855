"""The secure area in a real browser: a new professional's whole journey, the
municipal page editor, the public municipal page and the checklist, with axe."""

import re
import time

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.test import Client

from content.models import Organisation
from core.models import Municipality
from professionals.checklist import ITEM_KEYS
from professionals.models import ChecklistAnswer, Membership, OrganisationProfile
from tests.e2e.axe import assert_accessible
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import PASSWORD, PracticeFactory, member_create

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def login_as(context, user, base_url):
    """Sign a browser context in through a session made by Django's test client."""
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


def totp_code(secret: str) -> str:
    period = mfa_settings.TOTP_PERIOD
    if period - time.time() % period < 3:  # do not type a code that is about to expire
        time.sleep(3)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def test_new_professional_journey(page, site_url, browser, outside_requests):
    zutphen = OrganisationFactory(name="Gemeente Zutphen", kind="gemeente")
    OrganisationProfile.objects.create(organisation=zutphen, size_class="20k-50k")

    # Register: empty form, then an error, then for real.
    page.goto(site_url + "/accounts/signup/")
    assert_accessible(page, "registreren")
    page.get_by_label("E-mail").fill("nieuw@zutphen.example")
    page.get_by_label("Gemeente", exact=True).check()
    page.get_by_label("Bij welke gemeente werk je?").fill("Zutphen")
    page.get_by_label("Wachtwoord", exact=False).first.fill(PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill("iets-heel-anders-2026")
    page.get_by_role("button", name="Registreren").click()
    assert page.locator("#foutmeldingen").is_visible()
    assert page.get_by_label("E-mail").input_value() == "nieuw@zutphen.example"
    assert_accessible(page, "registreren met fouten")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Registreren").click()
    assert_accessible(page, "verificatie verstuurd")

    # Verify the address with the link from the e-mail.
    link = re.search(
        r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", mail.outbox[-1].body
    )
    page.goto(site_url + link.group(1))
    assert_accessible(page, "e-mailadres bevestigen")
    page.get_by_role("button", name="Bevestig").click()

    # Log in: password, then set up two-factor.
    page.goto(site_url + "/accounts/login/?next=/professionals/")
    assert_accessible(page, "inloggen")
    page.get_by_label("E-mail").fill("nieuw@zutphen.example")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    # allauth asks for the password once more before adding a second factor.
    assert "/accounts/reauthenticate/" in page.url
    assert_accessible(page, "wachtwoord nogmaals")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    assert "/accounts/2fa/totp/activate" in page.url
    assert_accessible(page, "tweestapsverificatie instellen")
    secret = page.locator("#authenticator_secret").inner_text().strip()
    page.locator("#id_code").fill(totp_code(secret))
    page.get_by_role("button", name="Activeer").click()
    assert "/accounts/2fa/recovery-codes" in page.url
    assert_accessible(page, "herstelcodes")

    # Waiting for approval, then approved.
    page.goto(site_url + "/professionals/")
    assert "/professionals/wachten/" in page.url
    assert page.get_by_text("wacht op goedkeuring").count() >= 1
    assert_accessible(page, "wachten op goedkeuring")
    Membership.objects.filter(user__email="nieuw@zutphen.example").update(
        status=Membership.Status.APPROVED
    )

    # Post a practice with an attachment: empty form, errors, then saved.
    page.goto(site_url + "/professionals/praktijkvoorbeelden/nieuw/")
    assert_accessible(page, "praktijkvoorbeeld: leeg formulier")
    page.get_by_label("Doel", exact=True).fill("Meer ouders aan het werk")
    page.get_by_role("button", name="Opslaan").click()
    assert page.locator("#foutmeldingen").is_visible()
    assert (
        page.get_by_label("Doel", exact=True).input_value()
        == "Meer ouders aan het werk"
    )
    assert_accessible(page, "praktijkvoorbeeld: fouten")
    page.get_by_role("link", name=re.compile("Titel")).click()
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.get_by_label("Titel").fill("Gastoudercursus voor ouders")
    page.get_by_label("Samenvatting").fill("Ouders in de bijstand worden gastouder.")
    page.get_by_label("Trefwoorden").fill("gastouder, kinderopvang")
    page.get_by_label("Gepubliceerd voor alle professionals").check()
    page.get_by_label("Bijlage toevoegen").set_input_files(
        files=[{"name": "plan.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Opslaan").click()
    assert page.locator("h1").inner_text() == "Gastoudercursus voor ouders"
    assert page.get_by_role("link", name="plan.pdf").is_visible()
    assert_accessible(page, "praktijkvoorbeeld")

    # A member of another organisation finds it and asks a question.
    almere = OrganisationFactory(name="Gemeente Almere", kind="gemeente")
    other = browser.new_context(locale="nl-NL", bypass_csp=True)
    login_as(other, member_create(almere), site_url)
    other_page = other.new_page()
    other_page.goto(site_url + "/professionals/praktijkvoorbeelden/")
    other_page.get_by_label("Zoekwoorden").fill("gastouder")
    other_page.get_by_label("Soort organisatie").select_option("gemeente")
    other_page.get_by_role("button", name="Toon resultaten").click()
    assert "1 praktijkvoorbeeld" in other_page.locator("#resultaten").inner_text()
    assert_accessible(other_page, "praktijkvoorbeelden met filters")
    other_page.get_by_role("link", name="Gastoudercursus voor ouders").click()
    other_page.get_by_label("Je vraag of reactie").fill("Hoe selecteerden jullie?")
    other_page.get_by_role("button", name="Vraag plaatsen").click()
    assert other_page.get_by_text("Hoe selecteerden jullie?").is_visible()
    assert mail.outbox[-1].to == ["nieuw@zutphen.example"]
    assert outside_requests == []
    other.close()


def test_anonymous_attachment_link_goes_to_login(page, site_url):
    page.goto(site_url + "/professionals/bijlagen/1/")
    assert "/accounts/login/" in page.url
    assert page.locator("h1").count() == 1


@pytest.fixture
def almere_admin():
    municipality = Municipality.objects.get(slug="almere")
    organisation = OrganisationFactory(
        name="Gemeente Almere",
        kind=Organisation.Kind.MUNICIPALITY,
        municipality=municipality,
    )
    return member_create(organisation, role=Membership.Role.ORG_ADMIN)


def test_municipal_page_editor_and_public_page(page, site_url, almere_admin, browser):
    login_as(page.context, almere_admin, site_url)
    page.goto(site_url + "/professionals/gemeentepagina/")
    assert_accessible(page, "gemeentepagina: leeg")
    page.get_by_label("Naam van het loket of wijkteam").fill("Sociaal loket Almere")
    page.locator("#id_regelingen-0-name").fill("Voorbeeld: minimaregeling")
    page.get_by_role("button", name="Opslaan").click()
    assert page.locator("#foutmeldingen").is_visible()
    assert (
        page.locator("#id_regelingen-0-name").input_value()
        == "Voorbeeld: minimaregeling"
    )
    assert_accessible(page, "gemeentepagina: fouten")
    page.locator("#id_regelingen-0-kind").select_option("minima")
    page.locator("#id_regelingen-0-summary").fill(
        "Extra geld als je weinig inkomen hebt."
    )
    page.locator("#id_regelingen-0-url").fill("https://www.example.org/minima")
    page.get_by_label("Ik heb alles op deze pagina gecontroleerd").check()
    page.get_by_label("Zichtbaar voor ouders").check()
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("De gemeentepagina is opgeslagen.").is_visible()

    anonymous = browser.new_context(locale="nl-NL", bypass_csp=True)
    public = anonymous.new_page()
    public.goto(site_url + "/gemeente/almere/")
    assert public.get_by_text("Sociaal loket Almere").is_visible()
    assert public.get_by_text("Laatst gecontroleerd op").count() == 1
    assert anonymous.cookies() == [], "an anonymous reader gets no cookie"
    assert_accessible(public, "/gemeente/almere/")
    public.goto(site_url + "/gemeente/zutphen/")
    assert public.get_by_text("heeft hier nog geen eigen informatie").is_visible()
    assert_accessible(public, "/gemeente/zutphen/ zonder pagina")
    anonymous.close()


def test_checklist_with_comparison(page, site_url):
    user = member_create(
        OrganisationFactory(name="Gemeente Klein"), size_class="tot-20k"
    )
    for i in range(5):
        other = OrganisationFactory(name=f"Kleine gemeente {i}")
        OrganisationProfile.objects.create(organisation=other, size_class="tot-20k")
        ChecklistAnswer.objects.create(
            organisation=other, item_key=ITEM_KEYS[0], answer="ja"
        )
    login_as(page.context, user, site_url)
    page.goto(site_url + "/professionals/checklist/")
    assert_accessible(page, "checklist: leeg")
    page.locator(f"#id_answer_{ITEM_KEYS[0]}_1").check()
    page.get_by_role("button", name="Antwoorden opslaan").click()
    assert page.get_by_text("Je antwoorden zijn opgeslagen.").is_visible()
    assert page.get_by_text("100% van 5 andere organisaties zegt ja").is_visible()
    assert_accessible(page, "checklist: opgeslagen")


def test_secure_area_works_by_keyboard(page, site_url):
    user = member_create(OrganisationFactory(name="Toetsenbord"))
    PracticeFactory(title="Met het toetsenbord gevonden")
    login_as(page.context, user, site_url)
    page.goto(site_url + "/professionals/praktijkvoorbeelden/")
    page.get_by_label("Zoekwoorden").focus()
    page.keyboard.type("toetsenbord")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=toetsenbord**")
    link = page.get_by_role("link", name="Met het toetsenbord gevonden")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/praktijkvoorbeelden/*/")
    assert page.locator("h1").inner_text() == "Met het toetsenbord gevonden"


def test_inbox_is_accessible(page, site_url):
    from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory

    organisation = OrganisationFactory(name="Buurthuis")
    group = PeerGroupFactory(organiser=organisation)
    SignUpFactory(group=group, name="Sanne")
    member = member_create(organisation)
    group.managers.set([member])  # only a group's managers see its sign-ups
    group.save()
    login_as(page.context, member, site_url)
    page.goto(site_url + "/professionals/aanmeldingen/")
    assert page.get_by_text("Sanne").count() >= 1
    assert_accessible(page, "aanmeldingen")
    page.get_by_label("Status van Sanne").select_option("contact")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("Contact opgenomen").count() >= 1
    assert_accessible(page, "aanmeldingen na wijzigen")


def test_a_refused_member_decision_says_why(page, site_url):
    """An admin who tries to remove an approved colleague gets a Dutch reason."""
    organisation = OrganisationFactory(name="Gemeente Team")
    admin = member_create(organisation, role=Membership.Role.ORG_ADMIN)
    colleague = member_create(organisation, role=Membership.Role.ORG_ADMIN)
    login_as(page.context, admin, site_url)
    page.goto(site_url + "/professionals/leden/")
    assert_accessible(page, "leden")
    # No button does this; a hand-made form (as a probe would send) is refused.
    with page.expect_navigation():
        page.evaluate(
            """([action, token]) => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = action;
                for (const [name, value] of [["csrfmiddlewaretoken", token],
                                             ["decision", "reject"]]) {
                    const input = document.createElement("input");
                    input.type = "hidden"; input.name = name; input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
            }""",
            [
                f"/professionals/leden/{colleague.membership.pk}/besluit/",
                next(
                    c["value"]
                    for c in page.context.cookies()
                    if c["name"] == "csrftoken"
                ),
            ],
        )
    assert "Alleen een moderator van het portaal" in page.locator("main").inner_text()
    assert_accessible(page, "besluit geweigerd")
