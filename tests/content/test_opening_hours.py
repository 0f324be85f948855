"""'Nu open' rules: weekly hours, holidays, slots past midnight (Europe/Amsterdam)."""

import datetime

import pytest
from django.utils import translation

from content.opening_hours import (
    AMSTERDAM,
    DayException,
    Schedule,
    Slot,
    WeeklySlot,
    opening_status,
    status_text,
)

T = datetime.time
MONDAY = datetime.date(2026, 11, 23)  # a Monday
# Weekdays 9:00-17:00, plus Friday evening 20:00 until 02:00 at night.
OFFICE = Schedule(
    weekly=tuple(WeeklySlot(opens=T(9), closes=T(17), weekday=d) for d in range(5))
    + (WeeklySlot(opens=T(20), closes=T(2), weekday=4),)
)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, T(hour, minute), tzinfo=AMSTERDAM)


def plus(days):
    return MONDAY + datetime.timedelta(days=days)


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


def test_open_during_weekday_hours():
    status = opening_status(OFFICE, at(MONDAY, 10))
    assert status.is_open and status.closes_at == at(MONDAY, 17)
    assert status_text(status, at(MONDAY, 10)) == "Nu open tot 17:00"


def test_closed_in_the_evening_opens_tomorrow():
    status = opening_status(OFFICE, at(MONDAY, 18))
    assert not status.is_open and status.opens_at == at(plus(1), 9)
    assert status_text(status, at(MONDAY, 18)) == "Gesloten. Opent morgen om 9:00"


def test_closing_time_itself_is_closed():
    assert not opening_status(OFFICE, at(MONDAY, 17)).is_open


def test_weekend_opens_on_monday():
    saturday_noon = at(plus(5), 12)
    status = opening_status(OFFICE, saturday_noon)
    assert status.opens_at == at(plus(7), 9)
    assert status_text(status, saturday_noon) == "Gesloten. Opent maandag om 9:00"


def test_slot_past_midnight_is_still_open_after_midnight():
    # Friday 20:00 - Saturday 02:00: at 00:30 on Saturday the line is open.
    after_midnight = at(plus(5), 0, 30)
    status = opening_status(OFFICE, after_midnight)
    assert status.is_open and status.closes_at == at(plus(5), 2)
    assert status_text(status, after_midnight) == "Nu open tot 2:00"
    # Before midnight it closes "tomorrow" at 2:00.
    friday_late = at(plus(4), 23, 59)
    assert status_text(opening_status(OFFICE, friday_late), friday_late) == (
        "Nu open tot 2:00 (morgen)"
    )
    assert not opening_status(OFFICE, at(plus(5), 2, 1)).is_open


def test_until_midnight():
    schedule = Schedule(weekly=(WeeklySlot(opens=T(18), closes=T(0), weekday=0),))
    status = opening_status(schedule, at(MONDAY, 23, 59))
    assert status.is_open
    assert status_text(status, at(MONDAY, 23, 59)) == "Nu open tot middernacht"
    assert not opening_status(schedule, at(plus(1), 0, 0)).is_open


def test_public_holiday_exception_closes_the_line():
    christmas = DayException(date=MONDAY, note="Kerstmis")
    schedule = Schedule(weekly=OFFICE.weekly, exceptions=(christmas,))
    status = opening_status(schedule, at(MONDAY, 10))
    assert not status.is_open
    assert status.opens_at == at(plus(1), 9)
    assert status.note == "Kerstmis"


def test_exception_with_other_hours():
    short_day = DayException(date=MONDAY, slots=(Slot(opens=T(9), closes=T(12)),))
    schedule = Schedule(weekly=OFFICE.weekly, exceptions=(short_day,))
    assert opening_status(schedule, at(MONDAY, 11)).is_open
    assert not opening_status(schedule, at(MONDAY, 13)).is_open


def test_holiday_after_a_night_slot_keeps_the_night_open():
    # The night slot starts on Friday; a holiday on Saturday does not cut it off.
    holiday = DayException(date=plus(5))
    schedule = Schedule(weekly=OFFICE.weekly, exceptions=(holiday,))
    assert opening_status(schedule, at(plus(5), 1)).is_open


def test_always_open_and_unknown_hours():
    always = opening_status(Schedule(always_open=True), at(MONDAY, 3))
    assert always.is_open and status_text(always, at(MONDAY, 3)) == (
        "Altijd open, dag en nacht"
    )
    unknown = opening_status(Schedule(), at(MONDAY, 3))
    assert not unknown.is_open and "website" in status_text(unknown, at(MONDAY, 3))


def test_time_is_read_in_amsterdam_time():
    # 08:30 UTC on a winter Monday is 09:30 in Amsterdam: open.
    utc = datetime.datetime(2026, 11, 23, 8, 30, tzinfo=datetime.UTC)
    assert opening_status(OFFICE, utc).is_open


def test_far_away_opening_names_the_date():
    schedule = Schedule(weekly=(WeeklySlot(opens=T(9), closes=T(10), weekday=0),))
    closed_week = tuple(DayException(date=plus(7)) for _ in range(1))
    schedule = Schedule(weekly=schedule.weekly, exceptions=closed_week)
    status = opening_status(schedule, at(MONDAY, 11))
    assert status.opens_at == at(plus(14), 9)
    assert (
        status_text(status, at(MONDAY, 11))
        == "Gesloten. Opent maandag 7 december om 9:00"
    )
