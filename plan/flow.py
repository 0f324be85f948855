"""Jouw plan as one straight line, in the style of the Regelcheck (regelingen/check.py).

Screens: "Wat is er aan de hand?" (situations), the dates and postcode (details), the
Regelcheck's own steps that matter for the chosen situations, then the plan. Every
answer travels in one signed, expiring hidden field (`plan_state`): nothing is stored
on the server, put in a URL or logged. Each request validates all carried answers
again, so a tampered or outdated answer is dropped and asked again, with the valid
answers kept. The Regelcheck's answers come along when the parent starts from its
result ("Maak je plan"), so no question is asked twice.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core import signing
from django.utils.translation import gettext_lazy as _

from content.situations import (
    BABY,
    CARE,
    DEATH,
    MONEY,
    SEPARATION,
    SITUATION_CODES,
    UNSAFE,
    WORK,
)
from plan.forms import DetailsForm, SituationsForm
from regelingen import check as regelcheck
from regelingen.check import Step

STATE_SALT = "plan.state"
STATE_MAX_AGE = 6 * 60 * 60  # seconds, as the Regelcheck
STATE_MAX_LENGTH = 12000
MAX_DONE = 200

SITUATIONS = "situations"
DETAILS = "details"
PLAN = "plan"

# Which of the Regelcheck's steps matter for a situation: the questions its steps'
# conditions and the schemes' criteria ask about. "Niet veilig thuis" asks nothing
# more than the postcode: safety first, and no long form.
QUESTION_STEPS: dict[str, tuple[Step, ...]] = {
    SEPARATION: tuple(Step),
    DEATH: (Step.HOUSEHOLD, Step.CHILDREN, Step.AGES, Step.WORK),
    BABY: (Step.HOUSEHOLD, Step.CHILDREN, Step.AGES, Step.WORK),
    MONEY: tuple(Step),
    WORK: (Step.HOUSEHOLD, Step.CHILDREN, Step.AGES, Step.WORK),
    UNSAFE: (),
    CARE: (Step.HOUSEHOLD, Step.CHILDREN, Step.AGES),
}

MSG_BROKEN = _(
    "We konden je eerdere antwoorden niet goed lezen. Misschien was het te lang "
    "geleden. Wil je de vragen nog een keer beantwoorden? We bewaren niets."
)
MSG_SKIPPED = _("Beantwoord eerst deze vragen. Daarna ga je verder.")
MSG_UNKNOWN_PC4 = _(
    "We kennen deze postcode niet. Klopt hij? Je mag het veld ook leeg laten."
)


def check_screen(step: int) -> str:
    return f"check-{int(step)}"


def screen_step(name: str) -> Step | None:
    if not name.startswith("check-"):
        return None
    try:
        return Step(int(name.removeprefix("check-")[:2]))
    except ValueError:
        return None


@dataclass
class PlanState:
    situations: list[str] = field(default_factory=list)
    details: dict | None = None  # {"events": {code: iso}, "postcode": "1234"}
    check: dict[Step, dict] = field(default_factory=dict)
    done: list[str] = field(default_factory=list)
    carried_pc4: str = ""  # from the Regelcheck: filled in, still to be confirmed

    @property
    def pc4(self) -> str:
        return (self.details or {}).get("postcode", "")

    def events(self) -> dict[str, datetime.date]:
        result = {}
        for code, iso in ((self.details or {}).get("events") or {}).items():
            try:
                result[code] = datetime.date.fromisoformat(iso)
            except (TypeError, ValueError):
                continue
        return result

    def dump(self) -> dict:
        state = {"s": self.situations, "d": self.done}
        if self.details is not None:
            state["e"] = self.details
        if self.check:
            state["c"] = regelcheck.answers_to_state(self.check)
        if self.carried_pc4 and self.details is None:
            state["p"] = self.carried_pc4
        return state


@dataclass(frozen=True)
class Deps:
    """What the flow needs from the database, passed in so the flow stays pure."""

    events_for: Callable[[frozenset[str]], list[str]]
    pc4_known: Callable[[str], bool]
    today: datetime.date


def token_dump(state: PlanState) -> str:
    return signing.dumps(state.dump(), salt=STATE_SALT, compress=True)


def token_load(token: str, salt: str = STATE_SALT) -> tuple[dict, bool]:
    """The signed answers and whether the token was broken (tampered or expired)."""
    if not token:
        return {}, False
    try:
        raw = signing.loads(token[:STATE_MAX_LENGTH], salt=salt, max_age=STATE_MAX_AGE)
    except signing.BadSignature:
        return {}, True
    if not isinstance(raw, dict):
        return {}, True
    return raw, False


def details_form(state: PlanState, deps: Deps, data=None) -> DetailsForm:
    events = deps.events_for(frozenset(state.situations))
    if data is not None:
        return DetailsForm(data, events=events, today=deps.today)
    stored = state.details or {"postcode": state.carried_pc4}
    return DetailsForm(
        initial=DetailsForm.initial_from(stored), events=events, today=deps.today
    )


def state_validate(raw: dict, deps: Deps) -> tuple[PlanState, bool]:
    """Keep the carried answers that are still valid; say if any were dropped."""
    state, dropped = PlanState(), False
    situations = raw.get("s", [])
    if not isinstance(situations, list):
        situations, dropped = [], True
    for code in situations:
        if isinstance(code, str) and code in SITUATION_CODES:
            if code not in state.situations:
                state.situations.append(code)
        else:
            dropped = True
    details = raw.get("e")
    if isinstance(details, dict):
        form = details_form(state, deps, data=DetailsForm.data_from(details))
        if form.is_valid():
            state.details = form.stored()
        else:
            dropped = True
    elif details is not None:
        dropped = True
    check = raw.get("c", {})
    if isinstance(check, dict):
        state.check, check_dropped = regelcheck.answers_validate(check)
        dropped = dropped or check_dropped
        # The postcode is asked on our own screen, never in the Regelcheck's step.
        situation = state.check.get(Step.SITUATION)
        if situation is not None:
            state.carried_pc4 = situation.pop("postcode", "") or ""
    else:
        dropped = True
    carried = raw.get("p")
    if (
        isinstance(carried, str)
        and carried.isascii()
        and carried.isdigit()
        and len(carried) == 4
    ):
        state.carried_pc4 = state.carried_pc4 or carried
    done = raw.get("d", [])
    if isinstance(done, list):
        state.done = [k for k in done if isinstance(k, str) and len(k) <= 120][
            :MAX_DONE
        ]
    return state, dropped


def check_steps(situations) -> list[Step]:
    wanted = {step for code in situations for step in QUESTION_STEPS.get(code, ())}
    return [step for step in Step if step in wanted]


def sequence(state: PlanState) -> list[str]:
    screens = [SITUATIONS]
    if state.situations:
        screens.append(DETAILS)
        screens += [check_screen(step) for step in check_steps(state.situations)]
    return screens


def answered(state: PlanState, screen: str) -> bool:
    if screen == SITUATIONS:
        return bool(state.situations)
    if screen == DETAILS:
        return state.details is not None
    step = screen_step(screen)
    return step is not None and step in state.check


def first_missing(state: PlanState) -> str:
    return next((s for s in sequence(state) if not answered(state, s)), PLAN)


def _no_children(state: PlanState) -> bool:
    return state.check.get(Step.CHILDREN, {}).get("children_count") == 0


def form_for(screen: str, state: PlanState, deps: Deps, data=None):
    if screen == SITUATIONS:
        if data is not None:
            return SituationsForm(data)
        return SituationsForm(initial={"situations": state.situations})
    if screen == DETAILS:
        return details_form(state, deps, data)
    step = screen_step(screen)
    answers = dict(state.check)
    if data is None and step is Step.HOUSEHOLD and step not in answers:
        # Ticked "mijn partner is overleden": do not ask it again.
        if DEATH in state.situations:
            answers[step] = {"partner_died": "yes"}
    form = regelcheck.step_form(step, answers, data=data)
    form.fields.pop("postcode", None)  # asked once, on the details screen
    return form


@dataclass
class Screen:
    name: str
    form: object | None
    state: PlanState
    messages: list[str] = field(default_factory=list)
    export: str = ""  # "pdf" or "ics" on the plan
    pc4_given: str = ""  # a postcode the parent just gave (for the demand counter)
    editing: bool = False  # changing one answer from the plan: then back to it

    @property
    def is_plan(self) -> bool:
        return self.name == PLAN

    @property
    def token(self) -> str:
        return token_dump(self.state)

    @property
    def position(self) -> tuple[int, int]:
        """(number of this screen, number of screens) for "Stap 2 van 5"."""
        screens = sequence(self.state)
        if self.name in screens:
            return screens.index(self.name) + 1, len(screens)
        return len(screens), len(screens)


def _screen_at(
    name: str, state: PlanState, deps: Deps, messages=(), back=False, editing=False
):
    screens = sequence(state)
    if name == check_screen(Step.AGES) and _no_children(state):
        # Nothing to ask with no children yet: skip the step either way.
        index = screens.index(name) + (-1 if back else 1)
        name = screens[index] if 0 <= index < len(screens) else first_missing(state)
        if name == check_screen(Step.AGES):  # pragma: no cover - defensive
            name = first_missing(state)
    if name == PLAN or name not in screens:
        if first_missing(state) != PLAN:
            return _screen_at(first_missing(state), state, deps, messages)
        return Screen(PLAN, None, state, list(messages))
    form = form_for(name, state, deps)
    return Screen(name, form, state, list(messages), editing=editing)


def screen_start(deps: Deps, carried_token: str = "") -> Screen:
    """The first screen; with the Regelcheck's signed answers when it sent them."""
    state, messages = PlanState(), []
    if carried_token:
        raw, broken = token_load(carried_token, salt=regelcheck.STATE_SALT)
        state, dropped = state_validate({"c": raw}, deps)
        if broken or dropped:
            messages.append(MSG_BROKEN)
    return _screen_at(SITUATIONS, state, deps, messages)


def screen_for_post(post, deps: Deps) -> Screen:
    """The next screen for a POST of the plan form."""
    if post.get("check_state") is not None and post.get("plan_state") is None:
        return screen_start(deps, post.get("check_state", ""))
    raw, broken = token_load(post.get("plan_state", ""))
    state, dropped = state_validate(raw, deps)
    messages = [MSG_BROKEN] if (broken or dropped) else []
    missing = first_missing(state)
    screens = sequence(state)

    goto = post.get("goto")
    if goto is not None:
        # "Verander" on the plan: show that screen, then come back to the plan.
        target = str(goto)[:20]
        if target not in screens or (
            missing != PLAN and screens.index(target) > screens.index(missing)
        ):
            return _screen_at(missing, state, deps, messages + [MSG_SKIPPED])
        return _screen_at(target, state, deps, messages, back=True, editing=True)

    name = str(post.get("screen", ""))[:20]
    editing = post.get("editing") == "1"
    if name == PLAN:
        if missing != PLAN:
            return _screen_at(missing, state, deps, messages + [MSG_SKIPPED])
        state.done = [k[:120] for k in post.getlist("done")][:MAX_DONE]
        action = post.get("action", "")
        export = action if action in ("pdf", "ics") else ""
        return Screen(PLAN, None, state, messages, export=export)

    if name not in screens or (
        missing != PLAN and screens.index(name) > screens.index(missing)
    ):
        # A screen reached without the ones before it (a forged form).
        return _screen_at(missing, state, deps, messages + [MSG_SKIPPED])

    revisiting = answered(state, name)  # came back to it: go on one by one
    form = form_for(name, state, deps, data=post)
    valid = form.is_valid()
    if valid and name == DETAILS:
        pc4 = form.cleaned_data.get("postcode")
        if pc4 and not deps.pc4_known(pc4):
            form.add_error("postcode", MSG_UNKNOWN_PC4)
            valid = False
    if valid:
        stored = form.stored()
        if name == SITUATIONS:
            state.situations = stored["situations"]
        elif name == DETAILS:
            state.details = stored
        else:
            state.check[screen_step(name)] = stored
            # A changed number of children asks the ages again.
            state.check, _dropped = regelcheck.answers_validate(
                regelcheck.answers_to_state(state.check)
            )

    if post.get("action") == "back":
        screens = sequence(state)
        index = max(screens.index(name) - 1, 0) if name in screens else 0
        return _screen_at(
            screens[index], state, deps, messages, back=True, editing=editing
        )
    if not valid:
        return Screen(name, form, state, messages, editing=editing)
    screens = sequence(state)
    target = first_missing(state)
    if revisiting and not editing and name in screens[:-1]:
        # Back to this question and on again: the next one, though it is answered.
        following = screens[screens.index(name) + 1]
        if target == PLAN or screens.index(following) <= screens.index(target):
            target = following
    screen = _screen_at(target, state, deps, messages, editing=editing)
    if name == DETAILS:
        screen.pc4_given = state.pc4
    return screen
