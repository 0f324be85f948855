import io

import pytest
from django.core.management import call_command

from lotgenoten.csv_io import peer_groups_export, peer_groups_import, report_lines
from lotgenoten.models import PeerGroup
from tests.factories.content import OrganisationFactory, ThemeFactory
from tests.factories.lotgenoten import PeerGroupFactory

HEADER = "slug;name;description;organiser;postcode;is_online;weekday;start_time;end_time;target_groups;themes;is_free\n"


@pytest.fixture
def setup(home_page, postcode_areas):
    OrganisationFactory(name="Welzijn Oost")
    ThemeFactory(slug="steun", name="Steun")


def run(text, **kwargs):
    return peer_groups_import(io.BytesIO(text.encode("utf-8")), **kwargs)


def test_import_creates_and_reports_rejected_rows_with_reasons(setup):
    text = HEADER + (
        "koffie-oost;Koffie Oost;Samen koffie drinken.;Welzijn Oost;1091 AB;nee;dinsdag;9:30;11:00;vaders;steun;ja\n"
        "online-avond;Online avond;Praten vanuit huis.;;;ja;4;20:00;21:00;;;ja\n"
        "nulpostcode;Fout 1;Tekst.;;0000;nee;;;;;;ja\n"
        ";Zonder slug;Tekst.;;1012;nee;;;;;;ja\n"
        "onbekend;Fout 3;Tekst.;Bestaat Niet;1012;nee;;;;ouders-op-mars;;misschien\n"
        "koffie-oost;Dubbel;Tekst.;;1012;nee;;;;;;ja\n"
        "tijd;Fout 5;Tekst.;;1012;nee;achtdag;25:99;;;;ja\n"
    )
    report = run(text)
    assert (report.created, report.updated) == (2, 0)
    rejected = {line: errors for line, _slug, errors in report.rejected}
    assert set(rejected) == {4, 5, 6, 7, 8}
    assert any("postcode" in e for e in rejected[4])
    assert any("slug" in e for e in rejected[5])
    joined = " ".join(rejected[6])
    assert (
        "Bestaat Niet" in joined
        and "ouders-op-mars" in joined
        and "misschien" in joined
    )
    assert "eerder in het bestand" in rejected[7][0]
    assert any(e.startswith("weekday") for e in rejected[8])
    assert any(e.startswith("start_time") for e in rejected[8])
    group = PeerGroup.objects.get(slug="koffie-oost")
    assert group.municipality.name == "Amsterdam" and group.latitude is not None
    assert group.organiser.name == "Welzijn Oost"
    assert [t.slug for t in group.target_groups.all()] == ["vaders"]
    assert group.live and group.weekday == 2
    lines = report_lines(report)
    assert lines[0] == "Nieuw: 2. Bijgewerkt: 0. Afgewezen: 5."
    assert lines[1].startswith("Regel 4 (nulpostcode): ")


def test_import_updates_by_slug_and_dry_run_saves_nothing(setup):
    PeerGroupFactory(slug="koffie-oost", name="Oude naam")
    text = HEADER + "koffie-oost;Nieuwe naam;Tekst.;;1012;nee;;;;;;ja\n"
    assert run(text, dry_run=True).updated == 1
    assert PeerGroup.objects.get(slug="koffie-oost").name == "Oude naam"
    assert run(text).updated == 1
    assert PeerGroup.objects.get(slug="koffie-oost").name == "Nieuwe naam"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "leeg"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
        (b"name;description\nA;B\n", "ontbreken: slug"),
        (b"slug;name;description;kleur\n", "kennen we niet: kleur"),
    ],
)
def test_import_file_errors(setup, content, message):
    report = peer_groups_import(io.BytesIO(content))
    assert message in report.error


def test_export_then_import_round_trip(setup):
    group = PeerGroupFactory(slug="rond", name="Rondje", postcode="2011")
    group.themes.set([ThemeFactory(slug="steun")])
    group.save()
    out = io.StringIO()
    assert peer_groups_export(out) == 1
    exported = out.getvalue()
    assert "rond,Rondje" in exported and "steun" in exported
    PeerGroup.objects.all().delete()
    report = run(exported)
    assert report.ok and report.created == 1
    assert PeerGroup.objects.get(slug="rond").place == "Haarlem"


def test_import_command_prints_the_report(setup, tmp_path, capsys):
    path = tmp_path / "groepen.csv"
    path.write_text(HEADER + "x;Fout;Tekst.;;0000;nee;;;;;;ja\n", encoding="utf-8")
    call_command("import_peer_groups", str(path))
    assert "Regel 2 (x): postcode" in capsys.readouterr().out


def test_admin_csv_page_requires_permission(client, setup):
    from django.contrib.auth import get_user_model

    assert client.get("/admin/lotgenoten/csv/").status_code == 302
    user = get_user_model().objects.create_superuser(
        "a", "a@example.org", "x-very-secret-pass"
    )
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    assert client.get("/admin/lotgenoten/csv/").status_code == 200
    upload = io.BytesIO((HEADER + "x;Fout;Tekst.;;0000;nee;;;;;;ja\n").encode())
    upload.name = "groepen.csv"
    page = client.post("/admin/lotgenoten/csv/", {"file": upload}).content.decode()
    assert "Regel 2 (x)" in page
    export = client.get("/admin/lotgenoten/csv/?export=1")
    assert export["Content-Type"].startswith("text/csv")


def test_export_guards_formulas_and_import_takes_the_guard_off(setup):
    """A name, a description or a joined list that starts a formula is exported
    as text, and an export imported again keeps the values as they were."""
    ThemeFactory(slug="-steun-", name="Min")
    group = PeerGroupFactory(
        slug="formule",
        name="=HYPERLINK(1)",
        description="  @SUM(A1) na spaties",
        postcode="2011",
    )
    group.themes.set(ThemeFactory._meta.model.objects.filter(slug="-steun-"))
    group.save()
    out = io.StringIO()
    peer_groups_export(out)
    import csv as std_csv

    row = next(std_csv.DictReader(io.StringIO(out.getvalue())))
    assert row["name"] == "'=HYPERLINK(1)"
    assert row["description"] == "'  @SUM(A1) na spaties"
    assert row["themes"] == "'-steun-"
    PeerGroup.objects.all().delete()
    assert run(out.getvalue()).ok
    group = PeerGroup.objects.get(slug="formule")
    assert group.name == "=HYPERLINK(1)"
    assert group.description == "@SUM(A1) na spaties"  # the import trims spaces
    assert [t.slug for t in group.themes.all()] == ["-steun-"]
