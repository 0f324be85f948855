"""Response-time targets in working days (Monday to Friday, minus public holidays).

Pure functions over dates; the caller passes the holidays (editors keep them in
content's PublicHoliday snippet). A question asked on day D is due on the Nth
working day after D: asked on Monday with a target of 2, due on Wednesday; asked on
Saturday, due on Tuesday. It is overdue from the day after its due date.
"""

import datetime
from collections.abc import Collection

ONE_DAY = datetime.timedelta(days=1)


def is_working_day(day: datetime.date, holidays: Collection[datetime.date] = ()):
    return day.weekday() < 5 and day not in holidays


def working_days_add(
    start: datetime.date, days: int, holidays: Collection[datetime.date] = ()
) -> datetime.date:
    """The `days`-th working day after `start` (`start` itself never counts)."""
    day = start
    remaining = days
    while remaining > 0:
        day += ONE_DAY
        if is_working_day(day, holidays):
            remaining -= 1
    return day


def working_day_before(
    day: datetime.date, holidays: Collection[datetime.date] = ()
) -> datetime.date:
    """The last working day before `day`."""
    day -= ONE_DAY
    while not is_working_day(day, holidays):
        day -= ONE_DAY
    return day


def reminder_due(
    due: datetime.date,
    today: datetime.date,
    holidays: Collection[datetime.date] = (),
) -> bool:
    """True from 1 working day before the due date (and after it: a question that
    was missed still gets its one reminder)."""
    return today >= working_day_before(due, holidays)
