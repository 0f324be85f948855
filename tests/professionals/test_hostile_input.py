"""Hostile input in the secure area and on allauth's login and sign-up forms.

A signed-in member (verified address, two-factor, approved) throws random strings,
markup and random files at every filter and form. Never a server error, never the
markup echoed unescaped (also not later, from what was stored), and a refused form
keeps what was typed. The helpers and strategies are those of the public tests.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from core.models import Municipality
from lotgenoten.models import SignUp
from professionals.checklist import ITEM_KEYS
from professionals.models import Membership, Practice, PracticeAttachment
from professionals.models.choices import Province, SizeClass
from tests.factories.content import OrganisationFactory, ThemeFactory
from tests.factories.lotgenoten import PeerGroupFactory, SignUpFactory
from tests.factories.professionals import PracticeFactory, member_create
from tests.test_hostile_input_public import (
    PROBES,
    assert_kept,
    assert_no_raw_echo,
    body,
    hostile,
    hostile_settings,
    send,
    typed,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 16


@pytest.fixture
def member():
    """An organisation admin of a gemeente: may use every page of the area."""
    zutphen = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    organisation = OrganisationFactory(
        name="Gemeente Zutphen", kind="gemeente", municipality=zutphen
    )
    return member_create(
        organisation, role=Membership.Role.ORG_ADMIN, size_class="20k-50k"
    )


@pytest.fixture
def member_client(member):
    client = Client(raise_request_exception=True)
    client.force_login(member)
    return client


@pytest.fixture
def area(member):
    """Stored content with markup in it: pages must show it escaped."""
    organisation = member.membership.organisation
    theme = ThemeFactory(slug="werk", name='Werk <b id="probe">')
    practice = PracticeFactory(
        organisation=organisation,
        title='Koffie-uurtje "><script>alert(1)</script>',
        tags=["wijkteam", "<img src=x onerror=alert(1)>"],
        themes=[theme],
    )
    PracticeFactory(title="Ander voorbeeld", publication=Practice.Publication.DRAFT)
    group = PeerGroupFactory(organiser=organisation, postcode="", is_online=True)
    group.managers.set([member])  # the inbox shows only groups one manages
    group.save()
    signup = SignUpFactory(group=group, name="'><svg onload=alert(1)>")
    return {"practice": practice, "signup": signup}


def assert_no_stored_echo(response):
    """The markup stored by the `area` fixture never comes back raw."""
    page = body(response)
    for probe in PROBES:
        assert probe not in page, f"unescaped stored {probe!r}"


# --- lists and filters ----------------------------------------------------------


@hostile_settings
@given(
    params=st.fixed_dictionaries(
        {},
        optional={
            "q": hostile,
            "theme": st.one_of(hostile, st.just("werk")),
            "tag": st.one_of(hostile, st.just("wijkteam")),
            "size_class": st.one_of(hostile, st.sampled_from(SizeClass.values)),
            "organisation_kind": hostile,
            "province": st.one_of(hostile, st.sampled_from(Province.values)),
            "status": st.one_of(hostile, st.sampled_from(Practice.Status.values)),
            "pagina": st.one_of(hostile, st.integers().map(str)),
            "sort": hostile,
        },
    )
)
@example(params={"q": "\x00", "tag": "\x00", "pagina": "\x00"})
@example(params={"q": "koffie", "pagina": "1e400"})
def test_practice_list_filters(member_client, area, params):
    response = send(member_client, "get", "/professionals/praktijkvoorbeelden/", params)
    assert response.status_code == 200
    assert_no_raw_echo(response, *params.values())
    assert_no_stored_echo(response)


@hostile_settings
@given(
    status=st.one_of(hostile, st.sampled_from(SignUp.Status.values)),
    new_status=st.one_of(hostile, st.sampled_from(SignUp.Status.values)),
)
@example(status="\x00", new_status="\x00")
def test_inbox_filter_and_status(member_client, area, status, new_status):
    response = send(
        member_client, "get", "/professionals/aanmeldingen/", {"status": status}
    )
    assert response.status_code == 200
    assert_no_raw_echo(response, status)
    assert_no_stored_echo(response)
    path = f"/professionals/aanmeldingen/{area['signup'].pk}/status/"
    response = send(member_client, "post", path, {"status": new_status}, follow=True)
    assert response.status_code == 200
    assert_no_raw_echo(response, new_status)
    assert_no_stored_echo(response)


@hostile_settings
@given(
    path=st.sampled_from(
        [
            "/professionals/",
            "/professionals/leden/",
            "/professionals/wachten/",
            "/professionals/praktijkvoorbeelden/{pk}/",
            "/professionals/praktijkvoorbeelden/{pk}/bewerken/",
            "/professionals/praktijkvoorbeelden/999999/",
            "/professionals/bijlagen/999999/",
            "/professionals/checklist/",
            "/professionals/gemeentepagina/",
        ]
    ),
    params=st.dictionaries(hostile, hostile, max_size=3),
)
def test_area_pages_ignore_junk_parameters(member_client, area, path, params):
    path = path.format(pk=area["practice"].pk)
    response = send(member_client, "get", path, params)
    assert response.status_code in (200, 302, 404)
    assert_no_raw_echo(response, *params.keys(), *params.values())
    assert_no_stored_echo(response)


# --- practice form, with attachments ----------------------------------------------


def _multipart(fields: dict, upload: tuple[str, bytes] | None) -> tuple[bytes, str]:
    """A form body as a browser sends it, with any file name (RFC 2231 encoded)."""
    boundary = "----hostile-input-boundary"
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                f"\r\n\r\n{item}\r\n".encode()
            )
    if upload is not None:
        filename, content = upload
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="attachment"; '
            f"filename*=UTF-8''{quote(filename, safe='')}\r\n"
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


PRACTICE_TEXT_FIELDS = [
    "aim",
    "target_group",
    "approach",
    "results",
    "funding",
    "partners",
    "region",
    "contact_name",
    "contact_phone",
    "source",
    "attachment_title",
]
# Valid choices with markup in every text field (so some are saved and shown
# again), plus up to two fields of any kind overwritten with hostile values.
practice_fields = st.builds(
    lambda valid, texts, broken: {**valid, **texts, **broken},
    st.fixed_dictionaries(
        {
            "title": typed,
            "summary": typed,
            "status": st.sampled_from(["loopt", "gestopt"]),
            "ended_reason": typed,
            "size_class": st.sampled_from(SizeClass.values),
            "province": st.sampled_from(Province.values),
            "publication": st.sampled_from(["gepubliceerd", "concept"]),
            "tags": st.one_of(hostile, st.text(min_size=80, max_size=300)),
        },
        optional={"contact_email": st.emails().map(str)},
    ),
    st.fixed_dictionaries({}, optional=dict.fromkeys(PRACTICE_TEXT_FIELDS, hostile)),
    st.dictionaries(
        st.sampled_from(
            [
                "status",
                "size_class",
                "province",
                "publication",
                "themes",
                "contact_email",
                "ended_reason",
                "title",
            ]
        ),
        hostile,
        max_size=2,
    ),
)
# No file; a real PDF or PNG signature with random bytes after it under a hostile
# name; or random bytes under a hostile name with any extension.
uploads = st.one_of(
    st.none(),
    st.tuples(
        st.builds(lambda stem: stem + ".pdf", hostile),
        st.builds(lambda tail: PDF + tail, st.binary(max_size=50)),
    ),
    st.tuples(
        st.builds(lambda stem: stem + ".PNG", hostile),
        st.builds(lambda tail: PNG + tail, st.binary(max_size=50)),
    ),
    st.tuples(
        st.builds(
            lambda stem, suffix: stem + suffix,
            hostile,
            st.sampled_from([".pdf", ".docx", ".exe", "", ".pdf.exe"]),
        ),
        st.binary(max_size=200),
    ),
)


@settings(hostile_settings, max_examples=40)
@given(fields=practice_fields, upload=uploads)
@example(
    fields={
        "title": "Koffie",
        "summary": "Samen",
        "status": "loopt",
        "size_class": "20k-50k",
        "province": "Gelderland",
        "publication": "gepubliceerd",
        # Found on PostgreSQL: taggit stored tags past its 100-character column.
        "tags": "a" * 150 + ", " + "\ufdfa" * 8,  # a slug of 144 characters
    },
    upload=("plan.pdf", PDF),
)
@example(
    fields={
        "title": "Koffie",
        "summary": "Samen",
        "status": "loopt",
        "size_class": "20k-50k",
        "province": "Gelderland",
        "publication": "gepubliceerd",
        "tags": "\x00",
        "attachment_title": '<b id="probe">\x00',
    },
    upload=('"><script>alert(1)</script>\x00\n.pdf', PDF),
)
def test_practice_create_and_edit(member_client, area, fields, upload):
    data, content_type = _multipart(fields, upload)
    filename = upload[0] if upload else ""
    for path in (
        "/professionals/praktijkvoorbeelden/nieuw/",
        f"/professionals/praktijkvoorbeelden/{area['practice'].pk}/bewerken/",
    ):
        response = send(member_client, "post", path, data, content_type=content_type)
        values = [*fields.values(), filename]
        event(f"practice form: {response.status_code}")
        if response.status_code == 302:
            # Saved: what was stored is shown escaped wherever it appears.
            for shown in (
                response["Location"],
                path,
                "/professionals/praktijkvoorbeelden/",
            ):
                page = send(member_client, "get", shown)
                assert_no_raw_echo(page, *values)
            for attachment in PracticeAttachment.objects.order_by("-pk")[:1]:
                event("attachment stored")
                download = send(member_client, "get", attachment.get_absolute_url())
                assert download.status_code == 200
        else:
            assert response.status_code == 400
            assert_kept(response, fields["title"])
            assert_kept(response, fields["summary"])
        assert_no_raw_echo(response, *values)


@hostile_settings
@given(question=typed)
@example(question="\x00")
@example(question="x" * 2001 + '<b id="probe">')
def test_practice_question(member_client, area, question):
    path = f"/professionals/praktijkvoorbeelden/{area['practice'].pk}/vraag/"
    response = send(member_client, "post", path, {"body": question})
    if response.status_code != 302:
        assert response.status_code == 400
        assert_kept(response, question)
    else:
        response = send(member_client, "get", response["Location"])
    assert_no_raw_echo(response, question)
    assert_no_stored_echo(response)


# --- municipality page and checklist ---------------------------------------------


def _management(prefix, total):
    return {
        f"{prefix}-TOTAL_FORMS": total,
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }


@settings(hostile_settings, max_examples=40)
@given(
    page=st.fixed_dictionaries(
        {"intro": typed, "front_door_name": typed},
        optional={
            "address": hostile,
            "phone": hostile,
            "email": st.one_of(hostile, st.emails().map(str)),
            "website": st.one_of(hostile, st.just("www.example.org")),
            "walk_in_hours": hostile,
            "published": hostile,
            "verified": hostile,
        },
    ),
    scheme=st.fixed_dictionaries(
        {},
        optional={
            "regelingen-0-kind": st.one_of(hostile, st.just("minima")),
            "regelingen-0-name": hostile,
            "regelingen-0-summary": hostile,
            "regelingen-0-url": hostile,
            "regelingen-0-id": hostile,
            "regelingen-0-DELETE": hostile,
            "initiatieven-0-name": hostile,
            "initiatieven-0-summary": hostile,
            "initiatieven-0-url": hostile,
        },
    ),
    totals=st.tuples(
        st.one_of(hostile, st.sampled_from(["0", "1", "2", "-1"])),
        st.one_of(hostile, st.sampled_from(["0", "1"])),
    ),
)
@example(
    page={"intro": "\x00", "front_door_name": "\x00", "website": "\x00"},
    scheme={"regelingen-0-url": "http://[::1", "regelingen-0-id": "\x00"},
    totals=("\x00", "\x00"),
)
@example(
    page={"intro": "x", "front_door_name": "y"}, scheme={}, totals=("9" * 12, "-9")
)
def test_municipality_page_form(member_client, area, page, scheme, totals):
    data = {
        **page,
        **scheme,
        **_management("regelingen", totals[0]),
        **_management("initiatieven", totals[1]),
    }
    response = send(member_client, "post", "/professionals/gemeentepagina/", data)
    assert response.status_code in (302, 400)
    if response.status_code == 400 and "intro" in body(response):
        assert_kept(response, page["intro"])
        assert_kept(response, page["front_door_name"])
    assert_no_raw_echo(response, *data.values())
    shown = send(member_client, "get", "/professionals/gemeentepagina/")
    assert_no_raw_echo(shown, *data.values())
    public = send(member_client, "get", "/gemeente/zutphen/")
    assert_no_raw_echo(public, *data.values())


@hostile_settings
@given(
    answers=st.dictionaries(
        st.sampled_from(ITEM_KEYS[:6]),
        st.one_of(st.sampled_from(["ja", "nee", "gedeeltelijk", "weet-niet"]), hostile),
        max_size=4,
    ),
    notes=st.dictionaries(st.sampled_from(ITEM_KEYS[:6]), typed, max_size=3),
    junk=st.dictionaries(hostile, hostile, max_size=2),
)
@example(answers={ITEM_KEYS[0]: "\x00"}, notes={ITEM_KEYS[0]: "\x00"}, junk={})
@example(answers={}, notes={ITEM_KEYS[1]: "x" * 1001 + '<b id="probe">'}, junk={})
def test_checklist_form(member_client, area, answers, notes, junk):
    data = {
        **junk,
        **{f"answer_{key}": value for key, value in answers.items()},
        **{f"note_{key}": value for key, value in notes.items()},
    }
    response = send(member_client, "post", "/professionals/checklist/", data)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        for note in notes.values():
            assert_kept(response, note)
    else:
        response = send(member_client, "get", "/professionals/checklist/")
    assert_no_raw_echo(response, *data.keys(), *data.values())


@pytest.fixture
def newcomer():
    """Signed in with two-factor, but not a member of any organisation yet."""
    client = Client(raise_request_exception=True)
    client.force_login(member_create(status=None))
    return client


KINDS = st.one_of(hostile, st.sampled_from(["gemeente", "ketenpartner", "lokaal"]))


@hostile_settings
@given(
    organisation=st.one_of(hostile, st.integers().map(str)),
    job_title=typed,
    decision=st.one_of(hostile, st.sampled_from(["approve", "reject"])),
    role=hostile,
    kind=KINDS,
    municipality=st.one_of(hostile, st.integers().map(str)),
    organisation_new=st.one_of(hostile, st.just("on")),
)
@example(
    organisation="\x00",
    job_title="\x00",
    decision="\x00",
    role="\x00",
    kind="gemeente",
    municipality="\x00",
    organisation_new="",
)
@example(
    organisation="<b>Nieuw</b>",
    job_title="",
    decision="approve",
    role="",
    kind="lokaal",
    municipality="",
    organisation_new="on",
)
def test_membership_forms(
    member_client,
    member,
    newcomer,
    organisation,
    job_title,
    decision,
    role,
    kind,
    municipality,
    organisation_new,
):
    """The waiting page's request form and an organisation admin's decision."""
    Membership.objects.exclude(user=member).delete()  # a fresh start
    data = {
        "organisation": organisation,
        "job_title": job_title,
        "kind": kind,
        "municipality": municipality,
        "organisation_new": organisation_new,
    }
    response = send(newcomer, "post", "/professionals/wachten/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert_kept(response, job_title)
    assert_no_raw_echo(response, *data.values())
    pending = Membership.objects.create(
        user=member_create(status=None),
        organisation=member.membership.organisation,
        job_title='<b id="probe">',
    )
    path = f"/professionals/leden/{pending.pk}/besluit/"
    data = {"decision": decision, "role": role}
    response = send(member_client, "post", path, data, follow=True)
    assert response.status_code == 200
    assert_no_raw_echo(response, decision, role)
    assert '<b id="probe">' not in body(
        send(member_client, "get", "/professionals/leden/")
    )


# --- allauth, anonymous ------------------------------------------------------------


@hostile_settings
@given(login=typed, password=hostile, remember=hostile)
@example(login="\x00", password="\x00", remember="\x00")
@example(login='"><script>alert(1)</script>@example.org', password="x", remember="")
def test_login_form(login, password, remember):
    client = Client(raise_request_exception=True)
    data = {"login": login, "password": password, "remember": remember}
    response = send(client, "post", "/accounts/login/", data)
    assert response.status_code in (200, 302, 429)
    if response.status_code == 200:
        assert_kept(response, login)
    assert_no_raw_echo(response, *data.values())


@hostile_settings
@given(
    email=st.one_of(typed, st.emails().map(str)),
    password1=hostile,
    password2=hostile,
    organisation=st.one_of(hostile, st.integers().map(str)),
    job_title=typed,
    kind=KINDS,
    municipality=st.one_of(hostile, st.integers().map(str)),
)
@example(
    email="\x00",
    password1="\x00",
    password2="\x00",
    organisation="\x00",
    job_title="\x00",
    kind="gemeente",
    municipality="\x00",
)
def test_signup_form(
    member, email, password1, password2, organisation, job_title, kind, municipality
):
    client = Client(raise_request_exception=True)
    data = {
        "email": email,
        "password1": password1,
        "password2": password2,
        "organisation": organisation,
        "job_title": job_title,
        "kind": kind,
        "municipality": municipality,
        "organisation_new": "on",
    }
    response = send(client, "post", "/accounts/signup/", data)
    assert response.status_code in (200, 302, 429)
    if response.status_code == 200:
        assert_kept(response, email)
        assert_kept(response, job_title)
    assert_no_raw_echo(response, *data.values())


# --- roles and the inbox (issue 17) ----------------------------------------------


@hostile_settings
@given(
    decision=st.one_of(hostile, st.sampled_from(["approve", "reject"])),
    role=st.one_of(hostile, st.sampled_from(Membership.Role.values)),
)
@example(decision="reject", role="")
@example(decision="approve", role="member")
@example(decision="approve", role="moderator")
@example(decision="\x00", role="\x00")
def test_member_decide_never_changes_an_approved_colleague(
    member_client, member, decision, role
):
    """Whatever an organisation admin sends about an approved colleague (another
    admin): nothing changes, and a refusal says why in Dutch."""
    colleague = member_create(
        member.membership.organisation, role=Membership.Role.ORG_ADMIN
    ).membership
    path = f"/professionals/leden/{colleague.pk}/besluit/"
    response = send(member_client, "post", path, {"decision": decision, "role": role})
    assert response.status_code in (302, 403)
    assert_no_raw_echo(response, decision, role)
    colleague.refresh_from_db()
    assert colleague.status == Membership.Status.APPROVED
    assert colleague.role == Membership.Role.ORG_ADMIN
    if response.status_code == 403:
        assert "moderator" in body(response)


@hostile_settings
@given(status=st.one_of(hostile, st.sampled_from(SignUp.Status.values)))
@example(status="afgesloten")
def test_inbox_of_a_colleague_who_does_not_manage_the_group(area, status):
    """A colleague of the organiser sees no parent's data and changes nothing."""
    colleague = member_create(area["practice"].organisation)
    client = Client(raise_request_exception=True)
    client.force_login(colleague)
    page = send(client, "get", "/professionals/aanmeldingen/", {"status": status})
    assert page.status_code == 200
    assert "svg onload" not in body(page)  # the parent's (hostile) name
    path = f"/professionals/aanmeldingen/{area['signup'].pk}/status/"
    assert send(client, "post", path, {"status": status}).status_code == 404
    area["signup"].refresh_from_db()
    assert area["signup"].status == SignUp.Status.NEW
