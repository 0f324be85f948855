"""Pure rules for step-by-step plans (GOV.UK step-by-step pattern), and for the
personal plan: which step applies to a parent, and the date of its deadline."""

import calendar
import datetime
from dataclasses import dataclass

from content import eligibility

AND = "en"
OR = "of"


def step_labels(logics: list[str]) -> list[str]:
    """What stands in each step's circle: a number, or 'en' / 'of'.

    A step linked to the previous one with 'en' (do both) or 'of' (do one of them)
    shares the previous step's number and shows the word instead. The first step is
    always number 1, whatever its logic says.
    """
    labels, number = [], 0
    for index, logic in enumerate(logics):
        if index > 0 and logic in (AND, OR):
            labels.append(logic)
        else:
            number += 1
            labels.append(str(number))
    return labels


def step_numbers(logics: list[str]) -> list[int]:
    """The number each step belongs to ('en'/'of' steps belong to the one before)."""
    numbers, number = [], 0
    for index, logic in enumerate(logics):
        if index == 0 or logic not in (AND, OR):
            number += 1
        numbers.append(number)
    return numbers


# --- the personal plan: which step applies, and its deadline -------------------------

DAYS = "days"
WEEKS = "weeks"
MONTHS = "months"
MONTHS_AFTER_MONTH = "months_after_month"  # to the end of the Nth month after it
UNIT_CHOICES = [
    (DAYS, "dagen na de datum"),
    (WEEKS, "weken na de datum"),
    (MONTHS, "maanden na de datum"),
    (
        MONTHS_AFTER_MONTH,
        "maanden na de maand van de datum (tot het eind van de maand)",
    ),
]


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline as editors keep it: after an event, or a fixed day of the year.

    Like an amount it holds for a period (valid_from to valid_to, by the event date,
    or by today for a fixed day), and names the official page that states it.
    """

    text: str  # "binnen 3 maanden na de maand waarin de opvang begint"
    source_url: str
    event: str = ""  # an event code; "" for a fixed day of the year
    amount: int = 0
    unit: str = DAYS
    month: int = 0  # fixed day of the year
    day: int = 0
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    costs_money: bool = False  # "belangrijk: termijn"


@dataclass(frozen=True)
class Deadline:
    """A rule's outcome for one parent: the text, and the date when it can be known."""

    text: str
    source_url: str
    costs_money: bool
    date: datetime.date | None = None


@dataclass(frozen=True)
class PlanStep:
    """One step of a step plan with the editors' data that decides when it applies."""

    key: str  # "<plan slug>-<number>": stable within a published plan
    plan_slug: str
    plan_title: str
    plan_url: str
    title: str
    what_html: str = ""
    contact: str = ""
    bring: tuple[str, ...] = ()
    when: str = ""
    links: tuple[tuple[str, str], ...] = ()  # (title, url)
    situations: frozenset[str] = frozenset()
    conditions: tuple[eligibility.Criterion, ...] = ()
    deadlines: tuple[DeadlineRule, ...] = ()


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(day.day, last))


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def rule_valid(rule: DeadlineRule, on: datetime.date) -> bool:
    if rule.valid_from and on < rule.valid_from:
        return False
    return not (rule.valid_to and on > rule.valid_to)


def deadline_date(
    rule: DeadlineRule, events: dict[str, datetime.date], today: datetime.date
) -> datetime.date | None:
    """The last day to act, or None when the event date is not known."""
    if not rule.event:
        if not 1 <= rule.month <= 12:
            return None
        try:
            this_year = datetime.date(today.year, rule.month, rule.day or 1)
        except ValueError:
            return None
        return this_year if this_year >= today else this_year.replace(today.year + 1)
    event = events.get(rule.event)
    if event is None:
        return None
    amount = max(rule.amount, 0)
    match rule.unit:
        case "days":
            return event + datetime.timedelta(days=amount)
        case "weeks":
            return event + datetime.timedelta(weeks=amount)
        case "months":
            return _add_months(event, amount)
        case "months_after_month":
            end = _add_months(event.replace(day=1), amount)
            return _month_end(end.year, end.month)
    return None


def step_deadline(
    step: PlanStep, events: dict[str, datetime.date], today: datetime.date
) -> Deadline | None:
    """The first rule of the step that holds on the event date (or today)."""
    for rule in step.deadlines:
        reference = events.get(rule.event, today) if rule.event else today
        if not rule_valid(rule, reference):
            continue
        return Deadline(
            text=rule.text,
            source_url=rule.source_url,
            costs_money=rule.costs_money,
            date=deadline_date(rule, events, today),
        )
    return None


def step_applies(
    step: PlanStep, situations: frozenset[str], answers: eligibility.Answers
) -> bool:
    """A step is for the parent when it is marked for one of her situations and none
    of its conditions fails (an unknown answer keeps it in: better one step too many)."""
    if not step.situations & situations:
        return False
    return all(
        eligibility.criterion_holds(c, answers) is not False for c in step.conditions
    )


def plan_steps(
    steps: list[PlanStep] | tuple[PlanStep, ...],
    situations: frozenset[str],
    answers: eligibility.Answers,
    first: frozenset[str] = frozenset(),
) -> list[PlanStep]:
    """The steps that apply, in the editors' order, steps of the `first` situations
    (safety) before the rest; a step with the same title as an earlier one once."""
    chosen = [s for s in steps if step_applies(s, situations, answers)]
    urgent = situations & first
    chosen.sort(key=lambda s: 0 if s.situations & urgent else 1)  # stable sort
    seen, result = set(), []
    for step in chosen:
        title = step.title.strip().lower()
        if title in seen:
            continue
        seen.add(title)
        result.append(step)
    return result


def events_needed(steps, situations: frozenset[str]) -> list[str]:
    """The event codes the deadline rules of the candidate steps count from."""
    needed = []
    for step in steps:
        if not step.situations & situations:
            continue
        for rule in step.deadlines:
            if rule.event and rule.event not in needed:
                needed.append(rule.event)
    return needed
