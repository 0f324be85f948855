"""Issue 15: a gemeente's admin imports and exports the municipal page's local
schemes and initiatives as CSV and JSON, with a report of rejected rows."""

import json
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import Municipality
from gemeenten.models import LocalInitiative, LocalScheme, MunicipalityPage
from professionals import local_offer_io
from professionals.models import Membership
from tests.factories.content import OrganisationFactory
from tests.factories.professionals import MunicipalityPageFactory, member_create

pytestmark = pytest.mark.django_db

EXPORT = reverse("professionals:municipality_export")
IMPORT = reverse("professionals:municipality_import")


@pytest.fixture
def zwolle_page():
    zwolle = Municipality.objects.create(
        cbs_code="0193", name="Zwolle", slug="zwolle", province="Overijssel"
    )
    organisation = OrganisationFactory(
        name="Gemeente Zwolle", kind="gemeente", municipality=zwolle
    )
    page = MunicipalityPageFactory(municipality=zwolle, organisation=organisation)
    LocalScheme.objects.create(
        page=page,
        kind="minima",
        name="Meedoenregeling",
        summary="Geld voor sport en cultuur.\nVraag het aan bij de gemeente.",
        url="https://www.example.org/meedoen",
        sort_order=0,
    )
    LocalScheme.objects.create(
        page=page,
        kind="anders",
        name='=HYPERLINK("http://kwaad.example")',
        summary="+Een som die geen som is; met ‘quotes’ en é, ß, Ĳ.",
        url="https://www.example.org/som",
        sort_order=1,
    )
    LocalInitiative.objects.create(
        page=page, name="Koffie-uurtje", summary="Elke dinsdag.", url="", sort_order=0
    )
    return page


@pytest.fixture
def admin_client(client, zwolle_page):
    client.force_login(
        member_create(zwolle_page.organisation, role=Membership.Role.ORG_ADMIN)
    )
    return client


def _state(page):
    return (
        list(page.local_schemes.values_list("kind", "name", "summary", "url")),
        list(page.local_initiatives.values_list("name", "summary", "url")),
    )


def _upload(client, content: bytes, name="aanbod.csv", **extra):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, content), **extra})


def test_csv_export_is_formula_safe_with_bom(admin_client):
    response = admin_client.get(EXPORT + "?formaat=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufefftype,kind,name,summary,url")
    assert "'=HYPERLINK" in text
    assert "'+Een som" in text


def test_json_export(admin_client):
    data = json.loads(admin_client.get(EXPORT + "?formaat=json").content)
    assert data["gemeente"] == "Zwolle"
    assert [s["name"] for s in data["regelingen"]][0] == "Meedoenregeling"
    assert data["initiatieven"] == [
        {"name": "Koffie-uurtje", "summary": "Elke dinsdag.", "url": ""}
    ]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_gives_the_same_data(admin_client, zwolle_page, fmt):
    before = _state(zwolle_page)
    exported = admin_client.get(EXPORT + f"?formaat={fmt}").content
    # Importing onto the same page changes nothing…
    response = _upload(admin_client, exported, name=f"a.{fmt}")
    assert response.status_code == 200
    assert _state(zwolle_page) == before
    # …and onto an emptied page it brings everything back, in order.
    zwolle_page.local_schemes.all().delete()
    zwolle_page.local_initiatives.all().delete()
    response = _upload(admin_client, exported, name=f"a.{fmt}")
    assert "3 nieuwe items" in response.content.decode()
    assert _state(zwolle_page) == before
    assert admin_client.get(EXPORT + f"?formaat={fmt}").content == exported


def test_rejected_rows_are_reported_and_the_rest_saved(admin_client, zwolle_page):
    content = (
        b"type,kind,name,summary,url\n"
        b"regeling,stadspas,Stadspas,Korting op uitjes.,https://www.example.org/pas\n"
        b"regeling,geheim,Onbekende soort,Tekst.,https://www.example.org/x\n"
        b"regeling,minima,Zonder link,Tekst.,\n"
        b"regeling,minima,Foute link,Tekst.,javascript:alert(1)\n"
        b"vlieger,,Verkeerd type,Tekst.,\n"
        b"initiatief,,,Zonder naam.,\n"
        b"initiatief,,Inloop,Op woensdag.,\n"
        b"initiatief,,inloop,Dubbel.,\n"
    )
    response = _upload(admin_client, content)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 nieuwe items" in html
    assert "6 regels afgewezen" in html
    for where in ["regel 3", "regel 4", "regel 5", "regel 6", "regel 7", "regel 9"]:
        assert f'<td class="utrecht-table__cell">{where}</td>' in html, where
    assert "Onbekende soort" in html
    assert "Deze naam staat al eerder in het bestand." in html
    assert "type moet" in html
    names = set(zwolle_page.local_schemes.values_list("name", flat=True))
    assert "Stadspas" in names and "Onbekende soort" not in names
    assert zwolle_page.local_initiatives.filter(name="Inloop").exists()


def test_ten_thousand_rows_get_a_clear_message_fast(admin_client, zwolle_page):
    before = _state(zwolle_page)
    rows = "".join(
        f"regeling,minima,Regeling {n},Tekst.,https://www.example.org/{n}\n"
        for n in range(10_000)
    )
    content = ("type,kind,name,summary,url\n" + rows).encode()
    assert len(content) < local_offer_io.MAX_BYTES
    started = time.monotonic()
    response = _upload(admin_client, content)
    assert time.monotonic() - started < 5
    assert response.status_code == 400
    assert "meer dan 200 regels" in response.content.decode()
    assert _state(zwolle_page) == before


def test_too_large_file(admin_client, zwolle_page):
    content = b"type,kind,name,summary,url\n" + b"x" * (local_offer_io.MAX_BYTES + 10)
    response = _upload(admin_client, content)
    assert response.status_code == 400
    assert "groter dan 1 MB" in response.content.decode()


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("cp1252", b""),
        ("latin-1", b""),
        ("utf-16", b""),  # Python writes the BOM itself
    ],
)
def test_encodings(admin_client, zwolle_page, encoding, bom):
    name = "Zoë’s fonds" if encoding == "cp1252" else "Zoë en Chloé"
    text = (
        "type;kind;name;summary;url\r\n"
        f"regeling;sport-cultuur;{name};Voor café en sport.;https://www.example.org/z\r\n"
    )
    response = _upload(admin_client, bom + text.encode(encoding))
    assert response.status_code == 200, response.content.decode()[-1500:]
    scheme = zwolle_page.local_schemes.get(kind="sport-cultuur")
    assert scheme.name == name
    assert scheme.summary == "Voor café en sport."


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Het bestand is leeg"),
        (b"   \n  ", "leeg"),
        (b"\x00\x01\x02PK\x03\x04", "geen tekstbestand"),
        (b"naam,uitleg\nx,y\n", "Deze kolommen ontbreken"),
        (b"{kapot", "geen geldige JSON"),
        (b"[1, 2]", "opbouw van de export"),
        (b'{"regelingen": "x"}', "moet een lijst zijn"),
        (b"[" * 100_000, "geen geldige JSON"),
        (b'type,name\n"open quote,\n', ""),
    ],
)
def test_bad_files_get_a_dutch_message(admin_client, zwolle_page, content, message):
    before = _state(zwolle_page)
    response = _upload(admin_client, content)
    assert response.status_code in (200, 400)
    assert message in response.content.decode()
    if response.status_code == 400:
        assert "Controleer wat je hebt ingevuld" in response.content.decode()
    assert _state(zwolle_page) == before


def test_json_items_of_the_wrong_shape_are_rejected(admin_client, zwolle_page):
    data = {
        "regelingen": [
            1,
            {"kind": "minima", "name": 5, "summary": "x", "url": "https://e.org/"},
            {"kind": "minima", "name": "Goed", "summary": "x", "url": "https://e.org/"},
        ],
        "initiatieven": [None],
    }
    response = _upload(admin_client, json.dumps(data).encode(), name="a.json")
    html = response.content.decode()
    assert "regelingen nr. 1" in html and "initiatieven nr. 1" in html
    assert "3 regels afgewezen" in html
    assert zwolle_page.local_schemes.filter(name="Goed").exists()


def test_html_in_names_is_stripped_and_formulas_kept_as_text(admin_client, zwolle_page):
    content = (
        b"type,kind,name,summary,url\n"
        b'regeling,minima,"<b>Vet</b> <script>alert(1)</script>fonds",'
        b'"<img src=x onerror=alert(1)>Uitleg",https://www.example.org/v\n'
        b"regeling,minima,'=1+1,'@SUM(A1),https://www.example.org/f\n"
        b"initiatief,,<i></i>,Alleen een tag als naam.,\n"
    )
    html = _upload(admin_client, content).content.decode()
    scheme = zwolle_page.local_schemes.get(url="https://www.example.org/v")
    assert scheme.name == "Vet alert(1)fonds"
    assert scheme.summary == "Uitleg"
    assert "<script>alert" not in html
    formula = zwolle_page.local_schemes.get(url="https://www.example.org/f")
    assert (formula.name, formula.summary) == ("=1+1", "@SUM(A1)")
    assert "1 regel afgewezen" in html  # the name that was only a tag
    exported = admin_client.get(EXPORT + "?formaat=csv").content.decode()
    assert "'=1+1" in exported and "'@SUM(A1)" in exported


def test_dry_run_saves_nothing(admin_client, zwolle_page):
    before = _state(zwolle_page)
    content = (
        b"type,kind,name,summary,url\nregeling,minima,Nieuw,Tekst.,https://e.org/\n"
    )
    html = _upload(admin_client, content, dry_run="on").content.decode()
    assert "er is niets opgeslagen" in html
    assert "1 nieuw item" in html
    assert _state(zwolle_page) == before


def test_replace_removes_what_is_not_in_the_file(admin_client, zwolle_page):
    content = b"type,kind,name,summary,url\nregeling,minima,Alleen deze,Tekst.,https://e.org/\n"
    html = _upload(admin_client, content, replace="on").content.decode()
    assert "3 items verwijderd" in html
    assert list(zwolle_page.local_schemes.values_list("name", flat=True)) == [
        "Alleen deze"
    ]
    assert not zwolle_page.local_initiatives.exists()


def test_at_most_twenty_per_list_so_the_editor_keeps_working(admin_client, zwolle_page):
    rows = "".join(
        f"regeling,minima,Regeling {n},Tekst.,https://www.example.org/{n}\n"
        for n in range(25)
    )
    html = _upload(
        admin_client, ("type,kind,name,summary,url\n" + rows).encode()
    ).content.decode()
    assert zwolle_page.local_schemes.count() == 20
    assert "hoogstens 20 regelingen" in html
    assert (
        admin_client.get(reverse("professionals:municipality_page")).status_code == 200
    )


def test_import_creates_the_page_when_there_is_none(client):
    almelo = Municipality.objects.create(
        cbs_code="0141", name="Almelo", slug="almelo", province="Overijssel"
    )
    organisation = OrganisationFactory(
        name="Gemeente Almelo", kind="gemeente", municipality=almelo
    )
    client.force_login(member_create(organisation, role=Membership.Role.ORG_ADMIN))
    assert client.get(IMPORT).status_code == 200
    assert client.get(EXPORT).content.decode() == "\ufefftype,kind,name,summary,url\r\n"
    content = (
        b"type,kind,name,summary,url\nregeling,minima,Eerste,Tekst.,https://e.org/\n"
    )
    _upload(client, content)
    page = MunicipalityPage.objects.get(municipality=almelo)
    assert not page.published
    assert page.local_schemes.get().name == "Eerste"


def test_other_gemeente_admin_exports_only_their_own(client, zwolle_page):
    almelo = Municipality.objects.create(
        cbs_code="0141", name="Almelo", slug="almelo", province="Overijssel"
    )
    organisation = OrganisationFactory(
        name="Gemeente Almelo", kind="gemeente", municipality=almelo
    )
    client.force_login(member_create(organisation, role=Membership.Role.ORG_ADMIN))
    assert b"Meedoenregeling" not in client.get(EXPORT + "?formaat=json").content
    _upload(
        client, b"type,kind,name,summary,url\nregeling,minima,X,T.,https://e.org/\n"
    )
    assert not zwolle_page.local_schemes.filter(name="X").exists()


def test_plain_member_of_the_gemeente_is_refused(client, zwolle_page):
    client.force_login(member_create(zwolle_page.organisation))
    assert client.get(EXPORT).status_code == 403
    assert _upload(client, b"type,name\nregeling,X\n").status_code == 403
