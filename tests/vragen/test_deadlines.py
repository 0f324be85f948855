"""Working-day deadlines: pure functions, no database."""

import datetime

import pytest

from vragen.deadlines import (
    is_working_day,
    reminder_due,
    working_day_before,
    working_days_add,
)

MON = datetime.date(2026, 11, 30)  # a Monday
CHRISTMAS = {datetime.date(2026, 12, 25), datetime.date(2026, 12, 26)}


@pytest.mark.parametrize(
    "asked, days, due",
    [
        (MON, 2, datetime.date(2026, 12, 2)),  # Monday -> Wednesday
        (datetime.date(2026, 12, 3), 2, datetime.date(2026, 12, 7)),  # Thu -> Mon
        (datetime.date(2026, 12, 4), 2, datetime.date(2026, 12, 8)),  # Fri -> Tue
        (datetime.date(2026, 12, 5), 2, datetime.date(2026, 12, 8)),  # Sat -> Tue
        (datetime.date(2026, 12, 6), 1, datetime.date(2026, 12, 7)),  # Sun -> Mon
        (MON, 0, MON),
        (MON, 5, datetime.date(2026, 12, 7)),  # a whole week
    ],
)
def test_working_days_add(asked, days, due):
    assert working_days_add(asked, days) == due


def test_public_holidays_do_not_count():
    # Thursday 24 December + 2 working days: Friday 25th and Saturday 26th do not
    # count, nor Sunday: Monday 28th and Tuesday 29th.
    assert working_days_add(datetime.date(2026, 12, 24), 2, CHRISTMAS) == (
        datetime.date(2026, 12, 29)
    )
    assert not is_working_day(datetime.date(2026, 12, 25), CHRISTMAS)
    assert is_working_day(datetime.date(2026, 12, 25))


def test_working_day_before_skips_weekend_and_holidays():
    assert working_day_before(datetime.date(2026, 12, 7)) == datetime.date(2026, 12, 4)
    assert working_day_before(datetime.date(2026, 12, 28), CHRISTMAS) == (
        datetime.date(2026, 12, 24)
    )


def test_reminder_one_working_day_before_the_due_date():
    due = datetime.date(2026, 12, 7)  # Monday
    assert not reminder_due(due, datetime.date(2026, 12, 3))  # Thursday
    assert reminder_due(due, datetime.date(2026, 12, 4))  # Friday
    assert reminder_due(due, datetime.date(2026, 12, 5))  # and later
    assert reminder_due(due, datetime.date(2026, 12, 9))
