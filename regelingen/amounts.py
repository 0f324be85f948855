"""Which amount of a scheme may be shown as current: pure, no database.

An amount is only ever shown for the period it is valid for. When none is valid today,
the page says the amount is being checked and links the official source instead.
"""

from __future__ import annotations

import datetime
from typing import Protocol


class Dated(Protocol):
    valid_from: datetime.date
    valid_to: datetime.date | None


def amount_is_current(amount: Dated, on: datetime.date) -> bool:
    """Valid on that date: from ``valid_from`` up to and including ``valid_to``."""
    if amount.valid_from is None or amount.valid_from > on:
        return False
    return amount.valid_to is None or on <= amount.valid_to


def amounts_current(amounts, on: datetime.date) -> list:
    """The amounts valid on that date, in their given order."""
    return [amount for amount in amounts if amount_is_current(amount, on)]


def amounts_need_checking(amounts, on: datetime.date) -> bool:
    """True when the scheme has amounts but none is valid on that date."""
    amounts = list(amounts)
    return bool(amounts) and not amounts_current(amounts, on)
