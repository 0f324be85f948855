import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache

from lotgenoten.models import GroupRequest, SignUp
from lotgenoten.selectors import signups_for_organisation, signups_visible_to
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory

VALID = {
    "name": "Sam",
    "email": "sam@example.org",
    "phone": "",
    "message": "Mag mijn dochter mee?",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def group(home_page, postcode_areas):
    return PeerGroupFactory(name="Koffie in Oost", notify_email="oost@example.org")


def url(group):
    return f"/lotgenoten/{group.slug}/meedoen/"


def test_signup_sends_organiser_email_and_redirects_without_personal_data(
    client, group, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(group), VALID)
    assert response.status_code == 302
    assert response["Location"] == f"/lotgenoten/{group.slug}/meedoen/verstuurd/"
    assert "sam" not in response["Location"].lower()
    signup = SignUp.objects.get()
    assert (signup.name, signup.email, signup.status) == (
        "Sam",
        "sam@example.org",
        "nieuw",
    )
    assert signup.consent_at is not None
    # The organiser's mail, and a confirmation for the parent who gave an address.
    assert len(mailoutbox) == 2
    mail = mailoutbox[0]
    assert mail.to == ["oost@example.org"]
    assert "Sam" in mail.body and "sam@example.org" in mail.body
    assert "Mag mijn dochter mee?" in mail.body
    # The organiser updates the sign-up through a signed link, never /admin/.
    assert "/lotgenoten/aanmeldingen/" in mail.body and "/admin/" not in mail.body
    confirmation = mailoutbox[1]
    assert confirmation.to == ["sam@example.org"]
    assert "Wat gebeurt er nu?" in confirmation.body
    assert f"/lotgenoten/{group.slug}/" in confirmation.body
    done = client.get(response["Location"]).content.decode()
    assert "Binnen een week neemt iemand contact met je op" in done
    assert "sam@example.org" not in done


def test_signup_with_phone_only(client, group):
    data = {**VALID, "email": "", "phone": "06 12345678"}
    assert client.post(url(group), data).status_code == 302
    assert SignUp.objects.get().phone == "06 12345678"


def test_same_signup_sent_twice_is_stored_and_mailed_once(client, group, mailoutbox):
    # A double click, or a parent trying again after an error page.
    first = client.post(url(group), VALID)
    again = client.post(url(group), VALID)
    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    # Once to the organiser, once to the parent.
    assert SignUp.objects.count() == 1 and len(mailoutbox) == 2
    other = client.post(url(group), {**VALID, "message": "Nog een vraag"})
    assert other.status_code == 302
    assert SignUp.objects.count() == 2 and len(mailoutbox) == 4


@pytest.mark.parametrize(
    "change, message",
    [
        ({"email": "", "phone": ""}, "Vul je e-mailadres of je telefoonnummer in"),
        ({"email": "geen-email"}, "Dit lijkt geen e-mailadres"),
        ({"phone": "123", "email": ""}, "Dit lijkt geen telefoonnummer"),
        ({"name": ""}, "Vul je voornaam of een bijnaam in"),
        ({"consent": ""}, "Zet een vinkje als je het goed vindt"),
        ({"message": "x" * 1001}, "Je bericht is te lang"),
    ],
)
def test_signup_errors_keep_input(client, group, mailoutbox, change, message):
    data = {**VALID, **change}
    if not data["consent"]:
        del data["consent"]
    response = client.post(url(group), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert 'aria-invalid="true"' in page
    assert "Er ging iets mis" in page
    if data["name"]:
        assert f'value="{data["name"]}"' in page
    assert "Mag mijn dochter mee?" in page or change.get("message")
    assert not SignUp.objects.exists() and not mailoutbox


def test_honeypot_pretends_success_but_stores_nothing(client, group, mailoutbox):
    response = client.post(url(group), {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not SignUp.objects.exists() and not mailoutbox


def test_rate_limit_per_ip_keeps_input(client, group):
    # Five different sign-ups: the same one sent again is not stored twice.
    for number in range(5):
        data = {**VALID, "message": f"Vraag {number}"}
        assert client.post(url(group), data).status_code == 302
    response = client.post(url(group), VALID)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Probeer het over een uur nog eens" in page
    assert 'value="Sam"' in page
    assert SignUp.objects.count() == 5
    other = client.post(url(group), VALID, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302


def test_rate_limit_key_does_not_contain_the_ip(rf):
    from core.ratelimit import _client_key

    request = rf.get("/", REMOTE_ADDR="203.0.113.7")
    assert "203.0.113.7" not in _client_key(request, "signup")


def test_signup_for_unknown_group_is_404(client, home_page):
    assert client.get("/lotgenoten/bestaat-niet/meedoen/").status_code == 404
    assert client.post("/lotgenoten/bestaat-niet/meedoen/", VALID).status_code == 404


def test_group_page_never_shows_signups(client, group):
    SignUpFactory(group=group, name="Geheimnaam", email="geheim@example.org")
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Geheimnaam" not in page and "geheim@example.org" not in page


# --- Who sees sign-ups ----------------------------------------------------------


@pytest.fixture
def editors_group(db):
    editors = Group.objects.create(name="Groepsbeheerders")
    editors.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="lotgenoten",
            codename__in=["view_signup", "change_signup"],
        ),
    )
    return editors


def make_user(email, editors_group):
    user = get_user_model().objects.create_user(
        username=email, email=email, password="x-very-secret-pass"
    )
    user.groups.add(editors_group)
    # The admin asks for two-factor authentication; set it up as an editor would.
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    return user


def test_signups_visible_only_to_managers_of_the_group(
    client, home_page, postcode_areas, editors_group
):
    mine = PeerGroupFactory(name="Mijn groep")
    theirs = PeerGroupFactory(name="Andere groep")
    manager = make_user("beheer@example.org", editors_group)
    other = make_user("ander@example.org", editors_group)
    mine.managers.set([manager])
    mine.save()
    own = SignUpFactory(group=mine, name="Zichtbaar")
    foreign = SignUpFactory(group=theirs, name="Onzichtbaar")

    assert list(signups_visible_to(manager)) == [own]
    assert list(signups_visible_to(other)) == []

    client.force_login(manager)
    listing = client.get("/admin/snippets/lotgenoten/signup/").content.decode()
    assert "Zichtbaar" in listing and "Onzichtbaar" not in listing
    assert (
        client.get(f"/admin/snippets/lotgenoten/signup/edit/{own.pk}/").status_code
        == 200
    )
    assert client.get(
        f"/admin/snippets/lotgenoten/signup/edit/{foreign.pk}/"
    ).status_code in (302, 403)
    assert client.get("/admin/snippets/lotgenoten/signup/add/").status_code in (
        302,
        403,
    )
    searched = client.get("/admin/snippets/lotgenoten/signup/", {"q": "zichtbaar"})
    assert searched.status_code == 200
    assert "Onzichtbaar" not in searched.content.decode()
    delete = f"/admin/snippets/lotgenoten/signup/delete/{foreign.pk}/"
    assert client.post(delete).status_code in (302, 403)
    assert SignUp.objects.filter(pk=foreign.pk).exists()

    client.force_login(other)
    listing = client.get("/admin/snippets/lotgenoten/signup/").content.decode()
    assert "Zichtbaar" not in listing


def test_signups_for_organisation(home_page, postcode_areas):
    group = PeerGroupFactory()
    other = PeerGroupFactory(organiser__name="Andere organisatie")
    own = SignUpFactory(group=group)
    SignUpFactory(group=other)
    assert list(signups_for_organisation(group.organiser)) == [own]


def test_closing_a_signup_sets_dates(home_page, postcode_areas):
    signup = SignUpFactory()
    signup.status = SignUp.Status.CLOSED
    signup.save()
    assert signup.closed_at is not None and signup.handled_at is not None


# --- Start a group ------------------------------------------------------------


def test_start_group_request_emails_editors(
    client, home_page, mailoutbox, django_capture_on_commit_callbacks, editors_group
):
    get_user_model().objects.create_superuser(
        username="admin", email="redactie@example.org", password="x-very-secret-pass"
    )
    data = {
        "role": "ouder",
        "name": "Ayse",
        "email": "ayse@example.org",
        "place": "Veendam",
        "message": "Ik wil graag een koffie-ochtend beginnen.",
        "consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/lotgenoten/zelf-starten/", data)
    assert response.status_code == 302
    assert response["Location"] == "/lotgenoten/zelf-starten/verstuurd/"
    assert GroupRequest.objects.get().place == "Veendam"
    assert mailoutbox[0].to == ["redactie@example.org"]
    assert "koffie-ochtend" in mailoutbox[0].body


def test_start_group_errors_keep_input(client, home_page):
    response = client.post(
        "/lotgenoten/zelf-starten/", {"name": "Ayse", "message": "Mijn plan"}
    )
    page = response.content.decode()
    assert "Kies wie je bent" in page and "Vul je e-mailadres in" in page
    assert 'value="Ayse"' in page and "Mijn plan" in page
    assert not GroupRequest.objects.exists()


def test_pages_with_a_parents_sign_up_are_never_stored(
    client, home_page, postcode_areas, editors_group
):
    group = PeerGroupFactory(name="Mijn groep")
    manager = make_user("beheer@example.org", editors_group)
    group.managers.set([manager])
    group.save()
    signup = SignUpFactory(group=group, name="Zichtbaar")
    # The public form, after an error, shows what the parent typed.
    refused = client.post(
        group.get_absolute_url() + "meedoen/", {"name": "Sanne", "email": "x"}
    )
    assert "no-store" in refused["Cache-Control"]
    client.force_login(manager)
    for url in (
        "/admin/snippets/lotgenoten/signup/",
        f"/admin/snippets/lotgenoten/signup/edit/{signup.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
    chief = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x-very-secret-pass"
    )
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(chief, generate_totp_secret())
    client.force_login(chief)
    response = client.get("/admin/snippets/lotgenoten/grouprequest/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
