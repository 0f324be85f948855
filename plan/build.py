"""The personal plan from plain data: pure functions, no database (testable alone).

`plan_build` takes the step plans' steps, the parent's situations, answers, event
dates and ticked steps, and where she lives; it returns the steps that apply, in
order, each with its deadline and with "je gemeente" resolved to her own gemeente.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from content import eligibility, stepplans
from content.situations import SITUATIONS, UNSAFE

FIRST = frozenset({UNSAFE})  # "niet veilig thuis": the safety steps come first
_GEMEENTE = re.compile(r"\b(je|jouw|de) gemeente\b", re.IGNORECASE)


@dataclass(frozen=True)
class FrontDoor:
    """Where the parent's gemeente receives her (from its municipal page)."""

    municipality: str
    name: str = ""
    phone: str = ""
    website: str = ""
    page_url: str = ""
    is_example: bool = False


@dataclass(frozen=True)
class PlanItem:
    step: stepplans.PlanStep
    number: int
    contact: str
    deadline: stepplans.Deadline | None
    done: bool

    @property
    def urgent(self) -> bool:
        """ "Belangrijk: termijn": missing it costs money."""
        return bool(self.deadline and self.deadline.costs_money)


@dataclass
class PlanResult:
    items: list[PlanItem] = field(default_factory=list)
    situations: list[str] = field(default_factory=list)  # labels
    without_steps: list[str] = field(default_factory=list)  # labels
    unsafe: bool = False

    @property
    def dated(self) -> list[PlanItem]:
        return [i for i in self.items if i.deadline and i.deadline.date]


def contact_resolve(contact: str, door: FrontDoor | None) -> str:
    """'Je gemeente' becomes 'de gemeente Zutphen (Het sociaal loket)'."""
    if not contact or door is None:
        return contact
    named = _("de gemeente %(name)s") % {"name": door.municipality}
    if door.name:
        named = f"{named} ({door.name})"
    resolved, count = _GEMEENTE.subn(named, contact, count=1)
    if count and resolved[:1].islower() and contact[:1].isupper():
        resolved = resolved[:1].upper() + resolved[1:]
    return resolved


def plan_build(
    steps,
    situations,
    answers: eligibility.Answers,
    events: dict[str, datetime.date],
    done,
    today: datetime.date,
    door: FrontDoor | None = None,
) -> PlanResult:
    chosen_set = frozenset(situations)
    chosen = stepplans.plan_steps(steps, chosen_set, answers, first=FIRST)
    done = set(done)
    items = [
        PlanItem(
            step=step,
            number=number,
            contact=contact_resolve(step.contact, door),
            deadline=stepplans.step_deadline(step, events, today),
            done=step.key in done,
        )
        for number, step in enumerate(chosen, 1)
    ]
    covered = {code for step in chosen for code in step.situations}
    labels = {s.code: str(s.label) for s in SITUATIONS}
    return PlanResult(
        items=items,
        situations=[labels[c] for c in situations if c in labels],
        without_steps=[
            labels[c] for c in situations if c in labels and c not in covered
        ],
        unsafe=UNSAFE in chosen_set,
    )
