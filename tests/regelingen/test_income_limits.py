"""The income band question: a verified, dated limit, and what happens outside it."""

import datetime

import pytest

from regelingen.check import Step, answers_from_steps
from regelingen.forms import SituationForm
from regelingen.income_limits import (
    income_band_choices,
    income_limit_current,
    income_limits_read,
    low_income_from_band,
)

LIMITS = income_limits_read()


def test_the_zorgtoeslag_limit_2026_is_dated_and_sourced():
    limit = income_limit_current(LIMITS, datetime.date(2026, 6, 1))
    assert (limit.alone, limit.with_partner) == (40857, 51142)
    assert limit.valid_from == datetime.date(2026, 1, 1)
    assert limit.valid_to == datetime.date(2026, 12, 31)
    assert limit.source_url.startswith("https://www.belastingdienst.nl/")
    assert limit.last_reviewed is not None


@pytest.mark.parametrize(
    "day", [datetime.date(2025, 12, 31), datetime.date(2027, 1, 1)]
)
def test_outside_its_validity_the_limit_is_not_used(day):
    assert income_limit_current(LIMITS, day) is None
    values = [value for value, _ in income_band_choices(None)]
    assert values == ["low", "not_low", "unknown"]


def test_choices_name_the_limit_in_euros():
    limit = income_limit_current(LIMITS, datetime.date(2026, 11, 30))
    labels = dict(income_band_choices(limit))
    assert "€ 40.857" in labels["middle"] and "€ 51.142" in labels["middle"]
    assert "€ 40.857" in labels["high"]


def test_low_income_follows_from_the_band():
    assert low_income_from_band("low") == "yes"
    assert low_income_from_band("middle") == "no"
    assert low_income_from_band("high") == "no"
    assert low_income_from_band("not_low") == "no"
    assert low_income_from_band(None) is None
    answers = answers_from_steps({Step.SITUATION: {"income_band": "low"}})
    assert (answers.income_band, answers.low_income) == ("low", "yes")
    unknown = answers_from_steps({Step.SITUATION: {"income_band": "unknown"}})
    assert (unknown.income_band, unknown.low_income) == (None, None)


DATA = {"debts": "no", "alimony_trouble": "none", "legal_problem": "no", "postcode": ""}


def _on(monkeypatch, day):
    monkeypatch.setattr("regelingen.forms.timezone.localdate", lambda: day)


def test_form_in_2026_asks_the_bands_with_the_limit(monkeypatch):
    _on(monkeypatch, datetime.date(2026, 11, 30))
    form = SituationForm({**DATA, "income_band": "middle"})
    assert form.is_valid(), form.errors
    assert "€ 40.857" in dict(form.fields["income_band"].choices)["high"]
    # A forged value is refused; no answer asks again.
    assert not SituationForm({**DATA, "income_band": "150000"}).is_valid()
    assert not SituationForm(DATA).is_valid()


def test_form_in_2027_without_a_verified_limit_asks_low_or_more(monkeypatch):
    _on(monkeypatch, datetime.date(2027, 1, 1))
    assert not SituationForm({**DATA, "income_band": "middle"}).is_valid()
    form = SituationForm({**DATA, "income_band": "not_low"})
    assert form.is_valid(), form.errors
