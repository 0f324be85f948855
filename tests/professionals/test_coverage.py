"""The coverage report "Dekking gemeenten" with its map, and the white spots."""

import csv
import datetime
import io
import random
import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.demand import month_previous, month_start
from core.models import DemandCount, Municipality, PostcodeArea
from lotgenoten.models import PeerGroup
from lotgenoten.selectors import haversine_km
from professionals.coverage import (
    Level,
    counts_within,
    coverage_rows,
    white_spots,
    white_spots_nearest,
)
from tests.factories.content import OrganisationFactory
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory
from tests.factories.professionals import (
    MunicipalityOrganisationFactory,
    MunicipalityPageFactory,
    member_create,
)
from vragen import services

pytestmark = pytest.mark.django_db
REPORT = "/admin/rapporten/dekking-gemeenten/"
WHITE_SPOTS = "/admin/rapporten/witte-vlekken/"
LAST_MONTH = month_previous(month_start())


# --- Distances: pure ---------------------------------------------------------------


def test_counts_within_matches_brute_force():
    rng = random.Random(15)
    points = [(rng.uniform(50.7, 53.6), rng.uniform(3.3, 7.3)) for _ in range(2000)]
    centres = [(rng.uniform(50.7, 53.6), rng.uniform(3.3, 7.3)) for _ in range(60)]
    centres.append(None)
    for radius in (10, 15):
        expected = [
            0 if c is None else sum(1 for p in points if haversine_km(c, p) <= radius)
            for c in centres
        ]
        assert counts_within(centres, points, radius) == expected
    assert counts_within(centres, [], 10) == [0] * len(centres)


# --- Data ---------------------------------------------------------------------------


def _groups(total: int, municipality: Municipality | None = None, rng=None):
    """`total` in-person groups in bulk; around a gemeente's PC4 areas when given."""
    rng = rng or random.Random(total)
    organiser = OrganisationFactory()
    areas = list(
        (municipality.postcode_areas if municipality else _areas()).values_list(
            "latitude", "longitude"
        )
    )
    groups = PeerGroupFactory.build_batch(total, organiser=organiser)
    for group in groups:
        group.latitude, group.longitude = rng.choice(areas)
    PeerGroup.objects.bulk_create(groups)


def _areas():
    return PostcodeArea.objects.all()


def _demand(municipality, count, month=LAST_MONTH):
    DemandCount.objects.create(municipality=municipality, month=month, count=count)


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser(
        "redactie", "redactie@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(user)
    return user


@pytest.fixture
def utrecht(postcode_areas):
    return Municipality.objects.get(cbs_code="0344")


def test_every_gemeente_has_a_row_with_its_offer_and_demand(utrecht):
    organisation = OrganisationFactory(kind="gemeente", municipality=utrecht)
    page = MunicipalityPageFactory(
        municipality=utrecht,
        organisation=organisation,
        last_verified=timezone.localdate() - datetime.timedelta(days=400),
    )
    page.local_schemes.create(
        kind="minima", name="Meedoenregeling", summary="Uitleg.", url="https://x.nl/"
    )
    _groups(3, utrecht)
    _demand(utrecht, 25)
    _demand(utrecht, 4, month=month_start())
    rows = coverage_rows()
    assert len(rows) == 342
    row = next(r for r in rows if r.municipality_id == utrecht.pk)
    assert row.has_page and row.overdue and row.local_schemes == 1
    assert row.groups_near == 3 and row.events_near == 0 and row.questions == 0
    assert (row.demand_last_month, row.demand_year) == (25, 29)
    assert (row.demand_last_month_display, row.demand_year_display) == ("25", "29")
    assert row.level == Level.PARTIAL  # overdue page: not "good"
    amsterdam = next(r for r in rows if r.cbs_code == "0363")
    assert amsterdam.level == Level.NONE
    assert amsterdam.demand_year_display == "< 10"


def test_white_spots_are_high_demand_without_a_group_within_15_km(utrecht):
    zeist = Municipality.objects.get(name="Zeist")
    groningen = Municipality.objects.get(name="Groningen")
    _demand(zeist, 40)
    _demand(groningen, 12)
    _demand(Municipality.objects.get(name="Delft"), 9)  # small: never pointed at
    rows = coverage_rows()
    assert [r.name for r in white_spots(rows)] == ["Zeist", "Groningen"]
    nearest = white_spots_nearest(rows, utrecht.pk)
    assert [s.row.name for s in nearest] == ["Zeist", "Groningen"]
    assert nearest[0].distance_km < 15
    assert [s.row.name for s in white_spots_nearest(rows, zeist.pk)] == ["Groningen"]
    _groups(1, zeist)
    assert [r.name for r in white_spots(coverage_rows())] == ["Groningen"]


# --- The admin report ---------------------------------------------------------------


def test_report_with_map_and_table(client, editor, utrecht):
    _demand(utrecht, 31)
    html = client.get(REPORT).content.decode()
    assert "Dekking gemeenten" in html
    assert html.count('<tr id="gemeente-') == 342
    svg = html.split('<figure class="coverage-map">', 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count('<use href="#mark-') == 342
    # Coordinates as SVG numbers, never Dutch decimal commas ("12,5").
    positions = re.findall(r'<use href="#mark-\w+" x="([^"]*)" y="([^"]*)"', svg)
    assert len(positions) == 342
    assert all(re.fullmatch(r"\d+(\.\d+)?", v) for pair in positions for v in pair)
    assert 'href="#dekking-tabel"' in html and 'id="dekking-tabel"' in html
    # Nothing from another host in the map (the SVG namespace is no request).
    assert "//" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert "31" in html and "&lt; 10" in html
    assert (
        "/admin/rapporten/dekking-gemeenten/" in client.get("/admin/").content.decode()
    )


def test_report_queries_do_not_grow_with_the_data(client, editor, utrecht):
    _groups(5)
    client.get(REPORT)
    with CaptureQueriesContext(connection) as small:
        assert client.get(REPORT).status_code == 200
    _groups(600)
    for municipality in Municipality.objects.all()[:100]:
        _demand(municipality, 11)
        _demand(municipality, 30, month=month_start())
        MunicipalityPageFactory(
            municipality=municipality,
            organisation=OrganisationFactory(),
            last_verified=timezone.localdate(),
        )
    with CaptureQueriesContext(connection) as large:
        assert client.get(REPORT).status_code == 200
    assert len(large) == len(small), [q["sql"][:80] for q in large]


def test_province_filter(client, editor, utrecht):
    html = client.get(REPORT, {"provincie": "Utrecht"}).content.decode()
    rows = html.count('<tr id="gemeente-')
    assert rows == Municipality.objects.filter(province="Utrecht").count() < 342
    assert 'id="gemeente-utrecht"' in html and 'id="gemeente-amsterdam"' not in html
    unknown = client.get(REPORT, {"provincie": "<b>Atlantis</b>"})
    assert unknown.status_code == 200
    html = unknown.content.decode()
    assert "Die provincie kennen we niet" in html and "<b>Atlantis" not in html
    assert html.count('<tr id="gemeente-') == 342
    results = client.get(REPORT + "resultaten/", {"provincie": "Utrecht"})
    assert results.status_code == 200
    assert results.content.decode().count('<tr id="gemeente-') == rows


@pytest.mark.parametrize(
    "ordering", ["-groepen", "vraag-jaar", "-vraag-maand", "naam", "x" * 500, "-"]
)
def test_sorting_never_fails(client, editor, utrecht, ordering):
    assert client.get(REPORT, {"ordering": ordering}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {"export": "xlsx"},
        {"export": "pdf"},
        {"provincie": "x" * 10_000},
        {"provincie": "Utrecht\x00"},
        {"p": "-1"},
    ],
)
def test_hostile_queries_never_fail(client, editor, utrecht, query):
    assert client.get(REPORT, query).status_code == 200


def test_sorting_by_demand_hides_the_order_of_small_counts(client, editor, utrecht):
    _demand(utrecht, 50)
    _demand(Municipality.objects.get(name="Zeist"), 9)
    html = client.get(REPORT, {"ordering": "-vraag-jaar"}).content.decode()
    first_rows = html.split('<tr id="gemeente-')[1:3]
    assert first_rows[0].startswith("utrecht")
    # Zeist's 9 sorts like every count under 10: by name, not above the others.
    assert not first_rows[1].startswith("zeist")


def test_csv_export(client, editor, utrecht):
    _demand(utrecht, 27)
    zeist = Municipality.objects.get(name="Zeist")
    _demand(zeist, 3)
    zeist.name = "=HYPERLINK(1)"
    zeist.save()
    response = client.get(REPORT, {"export": "csv", "provincie": "Utrecht"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == Municipality.objects.filter(province="Utrecht").count()
    by_code = {r["CBS-code"]: r for r in rows}
    assert by_code["0344"]["Zoekvragen vorige maand"] == "27"
    assert by_code[zeist.cbs_code]["Zoekvragen vorige maand"] == "< 10"
    assert by_code[zeist.cbs_code]["Gemeente"] == "'=HYPERLINK(1)"
    assert "3" not in by_code[zeist.cbs_code]["Zoekvragen 12 maanden"]


def test_white_spots_report(client, editor, utrecht):
    _demand(Municipality.objects.get(name="Zeist"), 40)
    html = client.get(WHITE_SPOTS).content.decode()
    assert "Witte vlekken" in html and "Zeist" in html
    assert client.get(WHITE_SPOTS, {"export": "csv"}).status_code == 200


@pytest.mark.parametrize("url", [REPORT, REPORT + "resultaten/", WHITE_SPOTS])
def test_reports_are_for_editors_only(client, db, url):
    assert client.get(url).status_code == 302  # anonymous: to the login
    client.force_login(member_create())  # a professional: not in the admin
    response = client.get(url)
    assert response.status_code == 302
    assert not response["Location"].startswith(url)


# --- A gemeente's own demand page (secure area) --------------------------------------

DEMAND_PAGE = "/professionals/zoekvraag/"


@pytest.fixture
def utrecht_member(client, utrecht):
    organisation = MunicipalityOrganisationFactory(municipality=utrecht)
    user = member_create(organisation)
    client.force_login(user)
    return organisation


def test_gemeente_sees_its_demand_offer_and_nearby_white_spots(
    client, utrecht, utrecht_member
):
    _demand(utrecht, 23)
    _demand(utrecht, 7, month=month_start())
    _demand(Municipality.objects.get(name="Groningen"), 40)
    _groups(2, utrecht)
    response = client.get(DEMAND_PAGE)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Vraag in Utrecht" in html
    assert "23" in html and "&lt; 10" in html and ">30<" in html  # 23 + 7 in a year
    assert "Groningen" in html and "Witte vlekken in de buurt" in html
    assert 'aria-current="page"' in html
    assert DEMAND_PAGE in client.get("/professionals/").content.decode()


def test_demand_page_is_for_gemeenten_only(client, postcode_areas):
    client.force_login(member_create(OrganisationFactory(kind="lokaal")))
    response = client.get(DEMAND_PAGE)
    assert response.status_code == 403
    assert "medewerkers van een gemeente" in response.content.decode()
    assert DEMAND_PAGE not in client.get("/professionals/").content.decode()


def test_demand_page_queries_do_not_grow_with_the_data(client, utrecht, utrecht_member):
    client.get(DEMAND_PAGE)
    with CaptureQueriesContext(connection) as small:
        client.get(DEMAND_PAGE)
    _groups(400)
    for municipality in Municipality.objects.all()[:80]:
        _demand(municipality, 15)
    with CaptureQueriesContext(connection) as large:
        assert client.get(DEMAND_PAGE).status_code == 200
    assert len(large) == len(small)


def test_example_demand_is_labelled_as_example(client, editor, utrecht):
    DemandCount.objects.create(
        municipality=utrecht, month=LAST_MONTH, count=33, is_example=True
    )
    html = client.get(REPORT).content.decode()
    assert "verzonnen demo-cijfers" in html
    row = html.split('<tr id="gemeente-utrecht">', 1)[1].split("</tr>", 1)[0]
    assert "33 (voorbeeld)" in row
    assert (
        "verzonnen demo-cijfers"
        not in client.get(REPORT, {"provincie": "Groningen"}).content.decode()
    )


def test_questions_from_a_gemeente_are_counted_in_its_row(utrecht):
    """Parents' questions (#14) count for the gemeente of their postcode, in one query."""
    data = {"text": "Waar vind ik hulp?", "contact": "email"}
    data |= {"email": "ouder@example.org", "phone": "", "call_times": "", "name": ""}
    services.question_create(data={**data, "postcode": "3511"})
    services.question_create(data={**data, "postcode": "3512"})
    services.question_create(data={**data, "postcode": ""})
    rows = coverage_rows()
    row = next(r for r in rows if r.municipality_id == utrecht.pk)
    assert row.questions == 2
    assert sum(r.questions for r in rows) == 2


def test_coming_events_near_a_gemeente_are_counted_in_its_row(utrecht):
    """Events (#14): in person, coming, within 10 km; online and past ones are not."""
    EventFactory(slug="utrecht-workshop", postcode="3511")
    EventFactory(slug="online-webinar", is_online=True)
    EventFactory(
        slug="voorbij",
        postcode="3512",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3, hours=-2),
    )
    rows = coverage_rows()
    row = next(r for r in rows if r.municipality_id == utrecht.pk)
    assert row.events_near == 1
    amsterdam = next(r for r in rows if r.cbs_code == "0363")
    assert amsterdam.events_near == 0
