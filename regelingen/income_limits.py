"""The income band question of the Regelcheck and the dated limit behind it.

The parent says in which band their yearly income lies (with a toeslagpartner:
together). The bands' border is a limit verified on an official page and valid for a
period (regelingen/seed/income_limits.yaml), like amounts: outside that period the
check does not use it. Then "middle" and "high" merge into "not_low", which a rule can
only treat as open ("maybe", with the condition in words). Pure, no database.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.seed import yaml_read
from regelingen.amounts import amount_is_current

APP = "regelingen"
BAND_LIMIT_KEY = "zorgtoeslag"  # the verified limit the bands use


@dataclass(frozen=True)
class IncomeLimit:
    key: str
    label: str
    alone: int
    with_partner: int
    valid_from: datetime.date
    valid_to: datetime.date | None
    source_url: str
    legal_basis: str = ""
    last_reviewed: datetime.date | None = None


def income_limits_read() -> list[IncomeLimit]:
    return [IncomeLimit(**row) for row in yaml_read(APP, "income_limits.yaml") or []]


def income_limit_current(
    limits, on: datetime.date, key: str = BAND_LIMIT_KEY
) -> IncomeLimit | None:
    """The limit with this key valid on that day, or None."""
    return next(
        (lim for lim in limits if lim.key == key and amount_is_current(lim, on)), None
    )


def _euro(value: int) -> str:
    return "€ " + f"{value:,}".replace(",", ".")


def income_band_choices(limit: IncomeLimit | None) -> list[tuple[str, str]]:
    """The answers to 'how much do you earn', with the limit valid today in words."""
    low = (
        "low",
        _("Laag: ongeveer bijstand of minimumloon, of minder"),
    )
    unknown = ("unknown", _("Weet ik niet, of zeg ik liever niet"))
    if limit is None:
        return [low, ("not_low", _("Meer dan dat")), unknown]
    amounts = {"alone": _euro(limit.alone), "together": _euro(limit.with_partner)}
    return [
        low,
        (
            "middle",
            _(
                "Meer dan dat, maar niet meer dan %(alone)s per jaar "
                "(met een toeslagpartner samen: niet meer dan %(together)s)"
            )
            % amounts,
        ),
        (
            "high",
            _(
                "Meer dan %(alone)s per jaar "
                "(met een toeslagpartner samen: meer dan %(together)s)"
            )
            % amounts,
        ),
        unknown,
    ]


def low_income_from_band(band: str | None) -> str | None:
    """The older yes/no answer 'weinig geld', for criteria that still ask it."""
    if band == "low":
        return "yes"
    if band in ("middle", "high", "not_low"):
        return "no"
    return None
