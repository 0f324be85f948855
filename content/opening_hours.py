"""'Nu open' for helplines: pure functions over a weekly schedule and exceptions.

Times are wall-clock times in Europe/Amsterdam. A slot whose closing time is at or
before its opening time runs past midnight (20:00-02:00 closes at 02:00 the next day;
00:00-00:00 is a full day). An exception for a date (a public holiday, a special
evening) replaces that date's weekly slots; an exception without slots means closed.
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.utils.formats import date_format
from django.utils.translation import gettext as _

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# How far ahead we look for the next opening time.
LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class Slot:
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class WeeklySlot(Slot):
    weekday: int  # 0 = Monday … 6 = Sunday, as datetime.date.weekday()


@dataclass(frozen=True)
class DayException:
    date: datetime.date
    slots: tuple[Slot, ...] = ()  # empty: closed all day
    note: str = ""


@dataclass(frozen=True)
class Schedule:
    always_open: bool = False
    weekly: tuple[WeeklySlot, ...] = ()
    exceptions: tuple[DayException, ...] = ()


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    always_open: bool = False
    closes_at: datetime.datetime | None = None  # while open
    opens_at: datetime.datetime | None = None  # while closed
    has_hours: bool = True
    note: str = field(default="", compare=False)


def _intervals_for_day(schedule: Schedule, day: datetime.date, exceptions: dict):
    exception = exceptions.get(day)
    slots = (
        exception.slots
        if exception is not None
        else [s for s in schedule.weekly if s.weekday == day.weekday()]
    )
    for slot in slots:
        start = datetime.datetime.combine(day, slot.opens, tzinfo=AMSTERDAM)
        end_day = day if slot.closes > slot.opens else day + datetime.timedelta(days=1)
        end = datetime.datetime.combine(end_day, slot.closes, tzinfo=AMSTERDAM)
        yield start, end


def opening_status(schedule: Schedule, now: datetime.datetime) -> OpeningStatus:
    """Whether the line is open at `now` (aware), and until or from when."""
    if schedule.always_open:
        return OpeningStatus(is_open=True, always_open=True)
    if not schedule.weekly and not schedule.exceptions:
        return OpeningStatus(is_open=False, has_hours=False)
    now = now.astimezone(AMSTERDAM)
    exceptions = {e.date: e for e in schedule.exceptions}
    intervals = []
    # Start a day early: yesterday's evening slot may still run after midnight.
    for offset in range(-1, LOOKAHEAD_DAYS + 1):
        day = now.date() + datetime.timedelta(days=offset)
        intervals.extend(_intervals_for_day(schedule, day, exceptions))
    intervals.sort()
    today_note = exceptions[now.date()].note if now.date() in exceptions else ""
    current = [end for start, end in intervals if start <= now < end]
    if current:
        # Adjoining slots (23:00-00:00, 00:00-06:00) count as one open period.
        closes = max(current)
        for start, end in intervals:
            if start <= closes < end:
                closes = end
        return OpeningStatus(is_open=True, closes_at=closes, note=today_note)
    upcoming = [start for start, _end in intervals if start > now]
    return OpeningStatus(
        is_open=False, opens_at=min(upcoming) if upcoming else None, note=today_note
    )


def _clock(moment: datetime.datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def _day_phrase(moment: datetime.datetime, now: datetime.datetime) -> str:
    days = (moment.date() - now.date()).days
    if days == 0:
        return _("vandaag")
    if days == 1:
        return _("morgen")
    if days < 7:
        return date_format(moment, "l")
    return date_format(moment, "l j F")


def status_text(status: OpeningStatus, now: datetime.datetime) -> str:
    """The status in plain Dutch: 'Nu open tot 17:00', 'Gesloten. Opent morgen om 9:00'."""
    now = now.astimezone(AMSTERDAM)
    if status.always_open:
        return _("Altijd open, dag en nacht")
    if not status.has_hours:
        return _("Kijk op de website wanneer ze open zijn")
    if status.is_open:
        closes = status.closes_at.astimezone(AMSTERDAM)
        if (closes - now) > datetime.timedelta(days=1):
            return _("Nu open")
        if closes.time() == datetime.time(0, 0):
            return _("Nu open tot middernacht")
        if closes.date() != now.date():
            return _("Nu open tot %(time)s (%(day)s)") % {
                "time": _clock(closes),
                "day": _day_phrase(closes, now),
            }
        return _("Nu open tot %(time)s") % {"time": _clock(closes)}
    if status.opens_at is None:
        return _("Gesloten")
    opens = status.opens_at.astimezone(AMSTERDAM)
    return _("Gesloten. Opent %(day)s om %(time)s") % {
        "day": _day_phrase(opens, now),
        "time": _clock(opens),
    }
