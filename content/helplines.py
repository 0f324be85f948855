"""Reads for helplines: live lines with their hours, and each line's status now.

The lines, their hours and the coming public holidays change a few times a year, but
are shown on most pages. So they are cached (one cache read per request) until public
content changes (`content_cached`, core/page_cache.py): helplines, their hours, themes
and holidays are PublicContent. The status itself ("nu open") is computed for every
request.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from content import opening_hours
from content.i18n import active_language, in_source_locale, overlay
from content.models.snippets import Helpline, PublicHoliday
from core.page_cache import content_cached

CACHE_KEY = "content:helplines"
CACHE_SECONDS = 600
# A rendered part that says whether a line is open now may be kept this long, as
# long as a cached page (PAGE_CACHE_SECONDS in production): "nu open" is at most a
# minute late.
STATUS_SECONDS = 60


@dataclass(frozen=True)
class HelplineStatus:
    helpline: Helpline
    status: opening_hours.OpeningStatus
    text: str

    @property
    def is_open(self) -> bool:
        return self.status.is_open


def helplines_live(theme=None, with_themes=False):
    """Published helplines (emergency numbers first), hours prefetched: 3 queries."""
    lines = in_source_locale(Helpline.objects.filter(live=True)).prefetch_related(
        "weekly_hours", "exceptions"
    )
    if with_themes:
        lines = lines.prefetch_related("themes")
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


def helplines_cached(today: datetime.date):
    """(live lines with hours and themes, holidays near today), from the cache."""

    language = active_language()

    def build():
        # Dutch lines (hours, numbers, themes) with the language's name and text.
        lines = overlay(
            helplines_live(with_themes=True),
            ["name", "description", "cost", "hours_note"],
            language,
        )
        return lines, holidays_near(today)

    return content_cached(
        f"{CACHE_KEY}:{language}:{today.isoformat()}", build, CACHE_SECONDS
    )


def _today(now):
    return now.astimezone(opening_hours.AMSTERDAM).date()


def helpline_statuses(helplines, now=None, holidays=None) -> list[HelplineStatus]:
    """Each line with its opening status at `now` (default: the current time)."""
    now = now or timezone.now()
    helplines = list(helplines)
    if not helplines:
        return []
    if holidays is None:
        holidays = holidays_near(_today(now))
    result = []
    for line in helplines:
        status = opening_hours.opening_status(line.schedule(holidays), now)
        result.append(
            HelplineStatus(line, status, opening_hours.status_text(status, now))
        )
    return result


def helplines_with_status(now=None, theme=None) -> list[HelplineStatus]:
    """Every live line (or a theme's lines plus emergency numbers) with its status."""
    now = now or timezone.now()
    lines, holidays = helplines_cached(_today(now))
    if theme is not None:
        theme_id = getattr(theme, "pk", theme)
        lines = [
            line
            for line in lines
            if line.is_emergency or theme_id in {t.pk for t in line.themes.all()}
        ]
    return helpline_statuses(lines, now, holidays)


def helplines_open_now(now=None, theme=None) -> list[HelplineStatus]:
    """Only the lines that are open at this moment (emergency numbers always are)."""
    return [
        s
        for s in helplines_with_status(now, theme)
        if s.is_open or s.helpline.is_emergency
    ]
