"""Which dated changes of a scheme are still to come and which already apply: pure.

A change (for example a new rule on 1 January 2027) is entered once with the date it
takes effect. Before that date the page shows it as coming ("Vanaf ..."); from that day
on as applying ("Sinds ..."), without an editor touching it. Same rule as the amounts
(regelingen.amounts): ``valid_from`` decides, today counts as "applies".
"""

from __future__ import annotations

import datetime
from typing import NamedTuple, Protocol


class DatedChange(Protocol):
    valid_from: datetime.date


class ChangesSplit(NamedTuple):
    upcoming: list
    current: list


def change_applies(change: DatedChange, on: datetime.date) -> bool:
    """True from ``valid_from`` on (that day included); a change without date never."""
    return change.valid_from is not None and change.valid_from <= on


def changes_split(changes, on: datetime.date) -> ChangesSplit:
    """Coming changes (soonest first) and changes that apply (newest first)."""
    changes = [c for c in changes if c.valid_from is not None]
    upcoming = sorted(
        (c for c in changes if not change_applies(c, on)), key=lambda c: c.valid_from
    )
    current = sorted(
        (c for c in changes if change_applies(c, on)),
        key=lambda c: c.valid_from,
        reverse=True,
    )
    return ChangesSplit(upcoming=upcoming, current=current)
