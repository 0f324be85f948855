"""The Regelcheck's steps: carried answers in, the next screen out.

The answers of finished steps travel in one signed hidden field. Each request
validates them again with the step forms, so a tampered or outdated answer is
dropped and that step is asked again with the parent's valid answers kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from regelingen.eligibility import Answers
from regelingen.forms import STEPS, AgesForm, CheckStepForm

STEP_COUNT = len(STEPS)
RESULT = STEP_COUNT + 1
AGES_STEP = 3
CHILDREN_STEP = 2


def step_form(number: int, answers: dict, data=None) -> CheckStepForm:
    """The form of a step, filled with the carried answers or bound to POST data."""
    form_class = STEPS[number - 1]
    kwargs = {}
    if form_class is AgesForm:
        kwargs["children_count"] = answers.get(CHILDREN_STEP, {}).get(
            "children_count", 1
        )
    if data is not None:
        return form_class(data, **kwargs)
    return form_class(initial=answers.get(number, {}), **kwargs)


def answers_validate(state: dict) -> tuple[dict[int, dict], bool]:
    """Keep the carried answers that are still valid; say if any were dropped."""
    valid: dict[int, dict] = {}
    dropped = False
    for number in range(1, STEP_COUNT + 1):
        stored = state.get(str(number))
        if stored is None:
            continue
        if not isinstance(stored, dict):
            dropped = True
            continue
        if number == AGES_STEP and CHILDREN_STEP not in valid:
            dropped = True
            continue
        form = step_form(number, valid, data=stored)
        if form.is_valid():
            valid[number] = form.stored()
        else:
            dropped = True
    return valid, dropped


def answers_to_state(answers: dict[int, dict]) -> dict:
    return {str(number): values for number, values in answers.items()}


def first_missing(answers: dict[int, dict]) -> int:
    """The first step without valid answers, or RESULT when all are there."""
    for number in range(1, STEP_COUNT + 1):
        if number not in answers:
            return number
    return RESULT


def _known(value):
    return None if value in (None, "", "unknown") else value


def answers_from_steps(answers: dict[int, dict]) -> Answers:
    """The rules' view of the parent's answers."""
    household = answers.get(1, {})
    children = answers.get(2, {})
    ages = answers.get(3, {})
    work = answers.get(4, {})
    situation = answers.get(5, {})
    count = children.get("children_count") or 0
    child_ages = tuple(
        ages[f"age_{n}"] for n in range(1, count + 1) if f"age_{n}" in ages
    )
    income = work.get("income")
    alimony_trouble = _known(situation.get("alimony_trouble"))
    return Answers(
        household=_known(household.get("household")),
        care=_known(household.get("care")),
        partner_died=_known(household.get("partner_died")),
        child_ages=child_ages,
        child_disability=_known(children.get("child_disability")),
        housing=_known(work.get("housing")),
        income=frozenset(income) if income else None,
        alimony=_known(work.get("alimony")),
        alimony_trouble="no" if alimony_trouble == "none" else alimony_trouble,
        debts=_known(situation.get("debts")),
        low_income=_known(situation.get("low_income")),
        legal_problem=_known(situation.get("legal_problem")),
    )


@dataclass
class Screen:
    """What to show next: a step (with its form) or the result."""

    step: int
    form: CheckStepForm | None
    answers: dict[int, dict]
    messages: list[str] = field(default_factory=list)
    editing: bool = False


MSG_BROKEN = _(
    "We konden je eerdere antwoorden niet goed lezen. Misschien was het te lang "
    "geleden. Wil je de vragen nog een keer beantwoorden? We bewaren niets."
)
MSG_SKIPPED = _("Beantwoord eerst deze vragen. Daarna ga je verder.")


def _int_or(value, default: int) -> int:
    try:
        return int(str(value)[:3])
    except (TypeError, ValueError):
        return default


def screen_for_post(post, state: dict, state_broken: bool) -> Screen:
    """Decide the next screen from a POST of the check form."""
    answers, dropped = answers_validate(state)
    messages = [MSG_BROKEN] if (state_broken or dropped) else []
    editing = post.get("editing") == "1"
    missing = first_missing(answers)

    goto = post.get("goto")
    if goto is not None:
        target = min(max(_int_or(goto, 1), 1), STEP_COUNT)
        if target > missing:
            target, messages = missing, messages + [MSG_SKIPPED]
        return Screen(target, step_form(target, answers), answers, messages, True)

    step = min(max(_int_or(post.get("step"), 1), 1), STEP_COUNT)
    if step > missing:
        # A step reached without the ones before it (a forged form or URL).
        return Screen(
            missing, step_form(missing, answers), answers, messages + [MSG_SKIPPED]
        )

    form = step_form(step, answers, data=post)
    valid = form.is_valid()
    if valid:
        answers[step] = form.stored()
        if step == CHILDREN_STEP:
            # A changed number of children asks the ages again.
            answers, _dropped = answers_validate(answers_to_state(answers))

    if post.get("action") == "back":
        target = max(step - 1, 1)
        return Screen(target, step_form(target, answers), answers, messages, editing)

    if not valid:
        return Screen(step, form, answers, messages, editing)

    target = first_missing(answers) if editing else step + 1
    if target > STEP_COUNT:
        target = first_missing(answers)
    if target == RESULT:
        return Screen(RESULT, None, answers, messages)
    return Screen(target, step_form(target, answers), answers, messages, editing)
