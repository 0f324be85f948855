"""'Wat verandert er?': dated changes show as coming before their date, as applying after.

Time is frozen by fixing what the page takes as today (django.utils.timezone.localdate),
the same date the amounts use, so no editor has to touch a change when its day comes.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from regelingen.changes import change_applies, changes_split
from regelingen.models import Scheme, SchemeChange
from tests.factories.regelingen import SchemeFactory

NEW_YEAR_2027 = datetime.date(2027, 1, 1)


def change(valid_from):
    return SimpleNamespace(valid_from=valid_from)


@pytest.mark.parametrize(
    ("today", "applies"),
    [
        (datetime.date(2026, 11, 30), False),
        (datetime.date(2026, 12, 31), False),
        (NEW_YEAR_2027, True),
        (datetime.date(2027, 1, 2), True),
        (datetime.date(2031, 6, 1), True),
    ],
)
def test_a_change_applies_from_its_day_on(today, applies):
    assert change_applies(change(NEW_YEAR_2027), today) is applies


def test_a_change_without_a_date_never_applies_and_is_left_out():
    assert change_applies(change(None), NEW_YEAR_2027) is False
    split = changes_split([change(None)], NEW_YEAR_2027)
    assert split.upcoming == [] and split.current == []


def test_split_orders_coming_soonest_first_and_applying_newest_first():
    a, b, c, d = (
        change(datetime.date(2025, 1, 1)),
        change(datetime.date(2026, 1, 1)),
        change(datetime.date(2028, 1, 1)),
        change(datetime.date(2027, 1, 1)),
    )
    split = changes_split([a, b, c, d], datetime.date(2026, 11, 30))
    assert split.upcoming == [d, c]
    assert split.current == [b, a]


def test_split_takes_any_iterable_once():
    rows = (change(d) for d in (NEW_YEAR_2027, datetime.date(2026, 1, 1)))
    split = changes_split(rows, datetime.date(2026, 6, 1))
    assert len(split.upcoming) == 1 and len(split.current) == 1


@pytest.fixture
def frozen_today(monkeypatch):
    def freeze(day: datetime.date):
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)

    return freeze


@pytest.fixture
def scheme_with_change(home_page):
    scheme = SchemeFactory(slug="met-verandering")
    SchemeChange.objects.create(
        scheme=scheme,
        valid_from=NEW_YEAR_2027,
        text="Voorbeeld: de regels voor bijverdienen veranderen.",
        source_url="https://wetten.overheid.nl/BWBR0051679/2027-01-01",
    )
    return scheme


def test_before_its_date_the_change_shows_as_coming(
    client, scheme_with_change, frozen_today
):
    frozen_today(datetime.date(2026, 12, 31))
    html = client.get("/regelingen/met-verandering/").content.decode()
    assert "Wat verandert er?" in html
    assert "Vanaf 1 januari 2027:" in html
    assert "Sinds 1 januari 2027" not in html
    assert "scheme-change--upcoming" in html
    assert 'href="https://wetten.overheid.nl/BWBR0051679/2027-01-01"' in html


def test_on_and_after_its_date_the_change_shows_as_applying(
    client, scheme_with_change, frozen_today
):
    for day in (NEW_YEAR_2027, datetime.date(2027, 3, 1)):
        frozen_today(day)
        html = client.get("/regelingen/met-verandering/").content.decode()
        assert "Sinds 1 januari 2027:" in html
        assert "Vanaf 1 januari 2027" not in html
        assert "scheme-change--current" in html


def test_a_scheme_without_changes_has_no_empty_block(client, home_page):
    SchemeFactory(slug="zonder-verandering")
    html = client.get("/regelingen/zonder-verandering/").content.decode()
    assert "Wat verandert er?" not in html


def test_the_change_text_is_escaped(client, home_page):
    scheme = SchemeFactory(slug="met-html")
    SchemeChange.objects.create(
        scheme=scheme,
        valid_from=datetime.date(2020, 1, 1),
        text="<script>alert(1)</script>",
        source_url="https://www.rijksoverheid.nl/onderwerpen/bijstand",
    )
    html = client.get("/regelingen/met-html/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_detail_queries_do_not_grow_with_the_number_of_changes(
    client, home_page, django_assert_max_num_queries
):
    scheme = SchemeFactory(slug="veel-veranderingen")
    SchemeChange.objects.create(
        scheme=scheme,
        valid_from=NEW_YEAR_2027,
        text="Eén",
        source_url="https://www.rijksoverheid.nl/onderwerpen/bijstand",
    )
    client.get("/regelingen/veel-veranderingen/")
    with CaptureQueriesContext(connection) as one:
        client.get("/regelingen/veel-veranderingen/")
    few = len(one.captured_queries)  # counted now: the next request empties the log
    for year in range(2020, 2030):
        SchemeChange.objects.create(
            scheme=scheme,
            valid_from=datetime.date(year, 1, 1),
            text=f"Verandering {year}",
            source_url="https://www.rijksoverheid.nl/onderwerpen/bijstand",
        )
    # New changes start a new content generation: warm again (the main menu) first.
    client.get("/regelingen/veel-veranderingen/")
    with django_assert_max_num_queries(few):
        client.get("/regelingen/veel-veranderingen/")


def test_the_demo_loads_the_dated_changes(demo_site):
    call_command("load_demo_regelingen", verbosity=0)
    bijstand = Scheme.objects.get(slug="bijstand")
    dates = sorted(c.valid_from for c in bijstand.changes.all())
    assert dates == [datetime.date(2026, 1, 1), NEW_YEAR_2027]
    for row in SchemeChange.objects.all():
        assert row.text.strip() and row.source_url.startswith("https://")
    assert SchemeChange.objects.filter(scheme__slug="huurtoeslag").exists()
    assert SchemeChange.objects.filter(scheme__slug="kinderopvangtoeslag").exists()


def test_a_verified_scheme_carries_the_date_a_person_checked_it(demo_site):
    """Only what was checked in the audit of 30 November 2026 carries that date."""
    call_command("load_demo_regelingen", verbosity=0)
    for slug in ("bijstand", "anw-nabestaandenuitkering"):
        assert Scheme.objects.get(slug=slug).last_reviewed == datetime.date(
            2026, 11, 30
        )
    # Not re-checked: its age rule (18 and older) is on no stored official page.
    assert Scheme.objects.get(slug="zorgtoeslag").last_reviewed == datetime.date(
        2026, 11, 1
    )


def test_the_list_says_where_the_data_comes_from_and_when_it_was_checked(
    client, home_page
):
    SchemeFactory(last_reviewed=datetime.date(2026, 11, 1))
    SchemeFactory(last_reviewed=datetime.date(2026, 11, 30))
    SchemeFactory(live=False, last_reviewed=datetime.date(2020, 1, 1))
    html = client.get("/regelingen/").content.decode()
    assert "Bronnen en controle" in html
    assert "officiële websites van de aanbieders" in html
    assert '<time datetime="2026-11-30">30 november 2026</time>' in html
    assert "De oudste controle is van 1 november 2026" in html
    assert "2020" not in html.split("Bronnen en controle")[1]


def test_the_list_without_checked_dates_shows_no_date(client, home_page):
    SchemeFactory(last_reviewed=None)
    html = client.get("/regelingen/").content.decode()
    assert "Bronnen en controle" in html
    assert "Laatst gecontroleerd" not in html
