"""Reads for helplines: live lines with their hours, and each line's status now."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from content import opening_hours
from content.models.snippets import Helpline, PublicHoliday


@dataclass(frozen=True)
class HelplineStatus:
    helpline: Helpline
    status: opening_hours.OpeningStatus
    text: str

    @property
    def is_open(self) -> bool:
        return self.status.is_open


def helplines_live(theme=None):
    """Published helplines (emergency numbers first), hours and themes prefetched: 4 queries."""
    lines = Helpline.objects.filter(live=True).prefetch_related(
        "weekly_hours", "exceptions", "themes"
    )
    if theme is not None:
        lines = lines.filter(themes=theme)
    return lines


def holidays_near(today: datetime.date):
    return list(
        PublicHoliday.objects.filter(
            date__range=(
                today - datetime.timedelta(days=1),
                today + datetime.timedelta(days=opening_hours.LOOKAHEAD_DAYS + 1),
            )
        )
    )


def helpline_statuses(helplines, now=None) -> list[HelplineStatus]:
    """Each line with its opening status at `now` (default: the current time)."""
    now = now or timezone.now()
    helplines = list(helplines)
    if not helplines:
        return []
    today = now.astimezone(opening_hours.AMSTERDAM).date()
    holidays = holidays_near(today)
    result = []
    for line in helplines:
        status = opening_hours.opening_status(line.schedule(holidays), now)
        result.append(
            HelplineStatus(line, status, opening_hours.status_text(status, now))
        )
    return result


def helplines_open_now(now=None, theme=None) -> list[HelplineStatus]:
    """Only the lines that are open at this moment (emergency numbers always are)."""
    return [
        s
        for s in helpline_statuses(helplines_live(theme=theme), now)
        if s.is_open or s.helpline.is_emergency
    ]
