"""The Regelcheck as one straight line: carried answers in, the next screen out.

The answers of finished steps travel in one signed hidden field (`check_state`), so
nothing is stored on the server and no cookie besides CSRF is needed. Each request
validates the carried answers again with the step forms, so a tampered or outdated
answer is dropped and that step is asked again with the parent's valid answers kept.

The view asks `screen_start()` or `screen_for_request(post)` for a Screen, and renders
it: which step, which form, the signed state, or the result with the rules' answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from content.eligibility import Answers
from regelingen.forms import (
    AgesForm,
    CheckStepForm,
    ChildrenForm,
    HouseholdForm,
    SituationForm,
    WorkForm,
)
from regelingen.income_limits import low_income_from_band

STATE_SALT = "regelingen.check.state"
STATE_MAX_AGE = 6 * 60 * 60  # seconds: a started check stays usable for 6 hours
STATE_MAX_LENGTH = 8000  # characters of a token we read at all


class Step(IntEnum):
    """The questions in the order parents answer them; the value is the step number."""

    HOUSEHOLD = 1
    CHILDREN = 2
    AGES = 3
    WORK = 4
    SITUATION = 5

    @property
    def form_class(self) -> type[CheckStepForm]:
        return STEP_FORMS[self]

    @property
    def title(self) -> str:
        return self.form_class.title


STEP_FORMS: dict[Step, type[CheckStepForm]] = {
    Step.HOUSEHOLD: HouseholdForm,
    Step.CHILDREN: ChildrenForm,
    Step.AGES: AgesForm,
    Step.WORK: WorkForm,
    Step.SITUATION: SituationForm,
}
STEP_COUNT = len(Step)
RESULT = STEP_COUNT + 1  # the screen after the last step

MSG_BROKEN = _(
    "We konden je eerdere antwoorden niet goed lezen. Misschien was het te lang "
    "geleden. Wil je de vragen nog een keer beantwoorden? We bewaren niets."
)
MSG_SKIPPED = _("Beantwoord eerst deze vragen. Daarna ga je verder.")


# --- the signed state ----------------------------------------------------------


def state_dump(state: dict) -> str:
    """Sign the answers so a change on the way back is noticed."""
    return signing.dumps(state, salt=STATE_SALT, compress=True)


def state_load(token: str) -> tuple[dict, bool]:
    """The signed answers and whether the token was broken (tampered or expired)."""
    if not token:
        return {}, False
    try:
        state = signing.loads(
            token[:STATE_MAX_LENGTH], salt=STATE_SALT, max_age=STATE_MAX_AGE
        )
    except signing.BadSignature:
        return {}, True
    if not isinstance(state, dict):
        return {}, True
    return state, False


def answers_to_state(answers: dict[int, dict]) -> dict:
    return {str(int(step)): values for step, values in answers.items()}


# --- the steps -----------------------------------------------------------------


def step_form(step: int, answers: dict, data=None) -> CheckStepForm:
    """The form of a step, filled with the carried answers or bound to POST data."""
    step = Step(step)
    kwargs = {}
    if step is Step.AGES:
        children = answers.get(Step.CHILDREN, {})
        kwargs["children_count"] = children.get("children_count", 1)
    if step is Step.SITUATION:
        kwargs["ask_childcare"] = childcare_decides(answers)
    if data is not None:
        return step.form_class(data, **kwargs)
    return step.form_class(initial=answers.get(step, {}), **kwargs)


def answers_validate(state: dict) -> tuple[dict[Step, dict], bool]:
    """Keep the carried answers that are still valid; say if any were dropped."""
    valid: dict[Step, dict] = {}
    dropped = False
    for step in Step:
        if step is Step.AGES and _no_children(valid):
            valid[step] = {}  # nothing to ask: she is expecting her first child
            continue
        stored = state.get(str(int(step)))
        if stored is None:
            continue
        if not isinstance(stored, dict):
            dropped = True
            continue
        if step is Step.AGES and Step.CHILDREN not in valid:
            dropped = True
            continue
        form = step_form(step, valid, data=stored)
        if form.is_valid():
            valid[step] = form.stored()
        else:
            dropped = True
    return valid, dropped


# Kinderopvangtoeslag is for a child up to the age it goes to secondary school, for
# parents who work, have an own business or study (content/seed: its criteria).
CHILDCARE_MAX_AGE = 12
CHILDCARE_INCOME = {"work", "business", "study"}


def childcare_decides(answers: dict) -> bool:
    """Whether the childcare question can change an outcome, from earlier answers."""
    ages = answers.get(Step.AGES, {})
    young = any(
        isinstance(age, int) and age <= CHILDCARE_MAX_AGE for age in ages.values()
    )
    income = set(answers.get(Step.WORK, {}).get("income") or ())
    return young and bool(income & CHILDCARE_INCOME)


def _no_children(answers: dict) -> bool:
    return answers.get(Step.CHILDREN, {}).get("children_count") == 0


def first_missing(answers: dict[int, dict]) -> int:
    """The first step without valid answers, or RESULT when all are there."""
    return next((step for step in Step if step not in answers), RESULT)


def _known(value):
    return None if value in (None, "", "unknown") else value


def answers_from_steps(answers: dict[int, dict]) -> Answers:
    """The rules' view of the parent's answers."""
    household = answers.get(Step.HOUSEHOLD, {})
    children = answers.get(Step.CHILDREN, {})
    ages = answers.get(Step.AGES, {})
    work = answers.get(Step.WORK, {})
    situation = answers.get(Step.SITUATION, {})
    count = children.get("children_count") or 0
    child_ages = tuple(
        ages[f"age_{n}"] for n in range(1, count + 1) if f"age_{n}" in ages
    )
    if Step.CHILDREN not in answers:
        child_ages = None
    income = work.get("income")
    alimony_trouble = _known(situation.get("alimony_trouble"))
    return Answers(
        household=_known(household.get("household")),
        care=_known(household.get("care")),
        partner_died=_known(household.get("partner_died")),
        child_ages=child_ages,
        expecting="yes" if children.get("expecting") else "no",
        reference_date=timezone.localdate(),
        child_disability=_known(children.get("child_disability")),
        housing=_known(work.get("housing")),
        income=frozenset(income) if income else None,
        alimony=_known(work.get("alimony")),
        alimony_trouble="no" if alimony_trouble == "none" else alimony_trouble,
        debts=_known(situation.get("debts")),
        low_income=low_income_from_band(_known(situation.get("income_band"))),
        income_band=_known(situation.get("income_band")),
        legal_problem=_known(situation.get("legal_problem")),
        childcare=_known(situation.get("childcare")),
    )


# --- the screen ------------------------------------------------------------------


@dataclass
class Screen:
    """What to show next: a step (with its form) or the result."""

    step: int
    form: CheckStepForm | None
    answers: dict[int, dict]
    messages: list[str] = field(default_factory=list)
    editing: bool = False

    @property
    def is_result(self) -> bool:
        return self.step == RESULT

    @property
    def state_token(self) -> str:
        """The signed answers for the hidden field ('' before the first answer)."""
        return state_dump(answers_to_state(self.answers)) if self.answers else ""

    @property
    def rules_answers(self) -> Answers:
        return answers_from_steps(self.answers)

    @property
    def pc4(self) -> str:
        """The 4 digits of the postcode the parent gave, or ''."""
        return self.answers.get(Step.SITUATION, {}).get("postcode") or ""


def step_titles() -> list[tuple[int, str]]:
    """(number, title) of every step, for 'change an answer' on the result."""
    return [(int(step), step.title) for step in Step]


def _screen_at(
    step: int, answers: dict, messages=(), editing=False, back=False
) -> Screen:
    if step == Step.AGES and _no_children(answers):
        # No ages to ask with no children yet: skip the step either way.
        step = Step.CHILDREN if back else Step.WORK
    if step == RESULT:
        return Screen(RESULT, None, answers, list(messages))
    form = step_form(step, answers)
    return Screen(int(step), form, answers, list(messages), editing)


def _int_or(value, default: int) -> int:
    try:
        return int(str(value)[:3])
    except (TypeError, ValueError):
        return default


def _clamp_step(value) -> int:
    return min(max(_int_or(value, 1), 1), STEP_COUNT)


def screen_start() -> Screen:
    """The first question, with nothing answered yet."""
    return _screen_at(Step.HOUSEHOLD, {})


def screen_for_request(post) -> Screen:
    """The next screen for a POST of the check form (state read from the POST)."""
    state, broken = state_load(post.get("check_state", ""))
    return screen_for_post(post, state, broken)


def screen_for_post(post, state: dict, state_broken: bool) -> Screen:
    """Decide the next screen from a POST of the check form."""
    answers, dropped = answers_validate(state)
    messages = [MSG_BROKEN] if (state_broken or dropped) else []
    editing = post.get("editing") == "1"
    missing = first_missing(answers)

    goto = post.get("goto")
    if goto is not None:
        # 'Wijzig' on the result: show that step, then come back to the result.
        target = _clamp_step(goto)
        if target > missing:
            target, messages = missing, messages + [MSG_SKIPPED]
        return _screen_at(target, answers, messages, editing=True, back=True)

    step = _clamp_step(post.get("step"))
    if step > missing:
        # A step reached without the ones before it (a forged form or URL).
        return _screen_at(missing, answers, messages + [MSG_SKIPPED])

    form = step_form(step, answers, data=post)
    valid = form.is_valid()
    if valid:
        answers[Step(step)] = form.stored()
        if step in (Step.CHILDREN, Step.AGES, Step.WORK):
            # A changed number of children asks the ages again; changed ages or
            # income may add or remove a later question (childcare).
            answers, _dropped = answers_validate(answers_to_state(answers))

    if post.get("action") == "back":
        return _screen_at(max(step - 1, 1), answers, messages, editing, back=True)
    if not valid:
        return Screen(step, form, answers, messages, editing)

    target = first_missing(answers) if editing else step + 1
    if target > STEP_COUNT:
        target = first_missing(answers)
    return _screen_at(target, answers, messages, editing)
