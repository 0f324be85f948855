"""Helplines: 'nu open' from the database, holidays, the shared tag and /hulp/."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.helplines import helpline_statuses, helplines_open_now
from content.models import HelplineException, PublicHoliday
from content.opening_hours import AMSTERDAM
from tests.factories.content import (
    HelplineFactory,
    HelplineHoursFactory,
    HelplineIndexPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db
MONDAY = datetime.date(2026, 11, 23)


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)


@pytest.fixture
def office_line():
    line = HelplineFactory(name="Kantoorlijn", phone="0800-1234")
    for weekday in range(5):
        HelplineHoursFactory(helpline=line, weekday=weekday)
    return line


def test_weekly_hours_from_the_database(office_line):
    [status] = helpline_statuses([office_line], now=at(MONDAY, 10))
    assert status.is_open and status.text == "Nu open tot 17:00"


def test_public_holiday_closes_lines_that_close_on_holidays(office_line):
    PublicHoliday.objects.create(date=MONDAY, name="Feestdag")
    office_line.closed_on_public_holidays = True
    office_line.save()
    [status] = helpline_statuses([office_line], now=at(MONDAY, 10))
    assert not status.is_open
    assert status.text == "Gesloten. Opent morgen om 9:00"
    assert status.status.note == "Feestdag"


def test_holiday_does_not_close_lines_that_stay_open(office_line):
    PublicHoliday.objects.create(date=MONDAY, name="Feestdag")
    [status] = helpline_statuses([office_line], now=at(MONDAY, 10))
    assert status.is_open


def test_own_exception_wins_over_the_holiday(office_line):
    PublicHoliday.objects.create(date=MONDAY, name="Feestdag")
    office_line.closed_on_public_holidays = True
    office_line.save()
    HelplineException.objects.create(
        helpline=office_line,
        date=MONDAY,
        closed=False,
        opens=datetime.time(10),
        closes=datetime.time(12),
        note="Extra open",
    )
    [status] = helpline_statuses([office_line], now=at(MONDAY, 11))
    assert status.is_open


def test_open_now_lists_emergency_and_open_lines(office_line):
    HelplineFactory(name="112", is_emergency=True, always_open=True)
    HelplineFactory(name="Concept", always_open=True, live=False)
    names = [s.helpline.name for s in helplines_open_now(now=at(MONDAY, 20))]
    assert names == ["112"]
    names = [s.helpline.name for s in helplines_open_now(now=at(MONDAY, 10))]
    assert names == ["112", "Kantoorlijn"]


def render(source, **context):
    return Template("{% load helpline_tags %}" + source).render(Context(context))


def test_helplines_block_tag_for_other_apps(office_line):
    money = ThemeFactory(slug="geld", name="Geld")
    office_line.themes.add(money)
    office_line.save()
    HelplineFactory(name="Andere lijn", always_open=True)
    html = render("{% helplines_block theme=theme %}", theme=money)
    assert "Kantoorlijn" in html and "Andere lijn" not in html
    assert 'href="tel:08001234"' in html
    assert "Direct hulp nodig?" in html and 'href="/hulp/"' in html
    html = render("{% helplines_block heading_level=3 %}")
    assert "<h3" in html and "Andere lijn" in html and "<h4" in html


def test_helplines_block_open_only(office_line):
    HelplineFactory(name="Altijd", always_open=True)
    html = render("{% helplines_block open_only=True %}")
    assert "Altijd" in html
    # Whether the office line shows depends on the clock; it must match its status.
    [status] = helpline_statuses([office_line], now=timezone.now())
    assert ("Kantoorlijn" in html) == status.is_open


def test_helpline_page_lists_every_line_with_status(client, home_page, office_line):
    HelplineIndexPageFactory(parent=home_page)
    HelplineFactory(name="Veilig Thuis", phone="0800-2000", always_open=True)
    html = client.get("/hulp/").content.decode()
    assert "Veilig Thuis" in html and "0800-2000" in html
    assert "Altijd open, dag en nacht" in html
    assert "Kantoorlijn" in html
    assert "Bel 112" in html


def _queries(client, url):
    client.get(url)  # warm the caches (site, helplines)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_helpline_page_queries_do_not_grow(client, home_page):
    HelplineIndexPageFactory(parent=home_page)
    for n in range(2):
        HelplineHoursFactory(helpline=HelplineFactory(name=f"Lijn {n}"))
    few = _queries(client, "/hulp/")
    for n in range(2, 12):
        HelplineHoursFactory(helpline=HelplineFactory(name=f"Lijn {n}"))
    many = _queries(client, "/hulp/")
    assert many == few
    # Pages from the tree (site, page, restrictions, menu, breadcrumbs) + 1 cache read.
    assert many <= 12


def test_editor_preview_shows_a_draft_line_with_its_status_now(office_line):
    office_line.live = False
    office_line.save()
    html = office_line.make_preview_request().content.decode()
    assert "Kantoorlijn" in html and "helpline__status" in html
    assert 'href="tel:08001234"' in html
