"""Jouw plan for example parents: pure functions over the demo step plans, no database.

Each case: the situations a parent ticks, her answers, her dates; the steps she gets,
their order and their deadlines (dates computed from the editors' deadline rules).
"""

import datetime

import pytest

from content import stepplans
from content.eligibility import Answers
from content.situations import (
    BABY,
    CARE,
    CHILDCARE_START,
    DEATH,
    DEATH_DATE,
    MONEY,
    MOVE,
    SEPARATION,
    UNSAFE,
    WORK,
)
from plan.build import FrontDoor, contact_resolve, plan_build
from tests.plan.seed_steps import demo_plan_steps

TODAY = datetime.date(2026, 1, 20)
STEPS = demo_plan_steps()

SEP_TITLES = [
    "Zorg dat jij en je kinderen veilig zijn",
    "Maak afspraken over de kinderen",
    "Regel de alimentatie",
    "Zoek een woning",
    "Geef je nieuwe adres door aan de gemeente",
    "Geef je nieuwe situatie door",
    "Zorg ook voor jezelf",
]


def answers(**kwargs) -> Answers:
    base = {"reference_date": TODAY}
    base.update(kwargs)
    return Answers(**base)


def titles(plan):
    return [item.step.title for item in plan.items]


def dates(plan):
    return {
        item.step.title: (item.deadline.date, item.urgent)
        for item in plan.items
        if item.deadline
    }


def build(situations, given=None, events=None, done=(), door=None, today=TODAY):
    return plan_build(
        STEPS, situations, given or answers(), events or {}, done, today, door
    )


def test_separated_on_15_january_2026_with_two_children_under_12():
    plan = build(
        [SEPARATION],
        answers(care="full", child_ages=(4, 9), housing="rent"),
        {MOVE: datetime.date(2026, 1, 15)},
    )
    assert titles(plan) == SEP_TITLES
    assert dates(plan) == {
        "Geef je nieuwe adres door aan de gemeente": (
            datetime.date(2026, 1, 20),
            False,
        ),
        "Geef je nieuwe situatie door": (datetime.date(2026, 2, 12), False),
    }
    assert [i.number for i in plan.items] == list(range(1, 8))


def test_separation_while_expecting_a_first_child_skips_the_children_steps():
    plan = build(
        [SEPARATION], answers(care="expecting", child_ages=(), expecting="yes")
    )
    assert "Maak afspraken over de kinderen" not in titles(plan)
    assert "Regel de alimentatie" not in titles(plan)


def test_separation_without_a_date_keeps_the_rule_in_words_without_a_date():
    plan = build([SEPARATION], answers(care="full"))
    item = next(
        i for i in plan.items if i.step.title.startswith("Geef je nieuwe adres")
    )
    assert item.deadline.date is None
    assert "5 dagen" in item.deadline.text
    assert item.deadline.source_url.startswith("https://")
    assert plan.dated == []


def test_partner_died_anw_within_a_year_is_marked_important():
    plan = build(
        [DEATH], answers(partner_died="yes"), {DEATH_DATE: datetime.date(2026, 3, 20)}
    )
    assert titles(plan) == [
        "Regel de uitvaart",
        "Kijk naar je geld",
        "Steun je kinderen",
        "Zorg ook voor jezelf",
    ]
    # Paid from the month of death, at most one year back: apply by end of Feb 2027.
    assert dates(plan) == {"Kijk naar je geld": (datetime.date(2027, 2, 28), True)}


def test_work_with_bijstand_and_childcare_from_2_march_2026():
    plan = build(
        [WORK],
        answers(care="full", income=frozenset({"bijstand"})),
        {CHILDCARE_START: datetime.date(2026, 3, 2)},
    )
    assert titles(plan)[0] == "Maak een plan met je gemeente"
    # Within 3 months after the month the childcare starts: by 30 June 2026.
    assert dates(plan) == {"Vraag toeslag aan": (datetime.date(2026, 6, 30), True)}
    assert plan.items[-1].step.plan_slug == "kinderopvang-regelen"


def test_work_without_bijstand_and_children_living_with_the_other_parent():
    plan = build([WORK], answers(care="other_parent", income=frozenset({"work"})))
    assert "Maak een plan met je gemeente" not in titles(plan)
    assert not any(i.step.plan_slug == "kinderopvang-regelen" for i in plan.items)


def test_not_safe_at_home_only_gets_the_safety_step():
    plan = build([UNSAFE])
    assert titles(plan) == ["Zorg dat jij en je kinderen veilig zijn"]
    assert plan.unsafe
    assert plan.without_steps == []


def test_not_safe_and_money_worries_safety_comes_first():
    plan = build([MONEY, UNSAFE])
    assert titles(plan)[0] == "Zorg dat jij en je kinderen veilig zijn"
    assert titles(plan)[1:] == [
        "Maak een overzicht",
        "Kijk of je geld mist",
        "Bel over rekeningen die je niet kunt betalen",
        "Vraag hulp bij je gemeente",
        "Vraag een vrijwilliger",
    ]


def test_separation_and_not_safe_has_the_safety_step_once():
    plan = build([SEPARATION, UNSAFE], answers(care="full"))
    assert titles(plan).count("Zorg dat jij en je kinderen veilig zijn") == 1
    assert titles(plan) == SEP_TITLES


def test_separation_and_money_merges_both_plans_in_order():
    plan = build([SEPARATION, MONEY], answers(care="full"))
    assert titles(plan)[: len(SEP_TITLES)] == SEP_TITLES
    assert titles(plan)[len(SEP_TITLES)] == "Maak een overzicht"


def test_situations_without_steps_are_named_for_general_guidance():
    plan = build([BABY, CARE])
    assert plan.items == []
    assert len(plan.without_steps) == 2


def test_done_steps_are_ticked():
    plan = build([UNSAFE], done=["uit-elkaar-1", "not-a-step"])
    assert plan.items[0].done


def test_nothing_ticked_gives_an_empty_plan():
    assert build([]).items == []


def test_contact_is_resolved_to_the_parents_gemeente():
    door = FrontDoor(municipality="Zutphen", name="Het sociaal loket")
    plan = build([MONEY], door=door)
    contacts = [i.contact for i in plan.items if i.contact]
    assert "Dienst Toeslagen en de gemeente Zutphen (Het sociaal loket)" in contacts
    assert contact_resolve("Je gemeente", door).startswith("De gemeente Zutphen")
    assert contact_resolve("Je gemeente", None) == "Je gemeente"
    assert contact_resolve("Dienst Toeslagen", door) == "Dienst Toeslagen"


# --- the deadline rules themselves ----------------------------------------------------


def rule(**kwargs):
    base = {"text": "t", "source_url": "https://example.org/", "event": MOVE}
    base.update(kwargs)
    return stepplans.DeadlineRule(**base)


@pytest.mark.parametrize(
    ("kwargs", "event", "expected"),
    [
        (
            {"amount": 5, "unit": "days"},
            datetime.date(2026, 12, 29),
            datetime.date(2027, 1, 3),
        ),
        (
            {"amount": 4, "unit": "weeks"},
            datetime.date(2026, 1, 15),
            datetime.date(2026, 2, 12),
        ),
        (
            {"amount": 1, "unit": "months"},
            datetime.date(2026, 1, 31),
            datetime.date(2026, 2, 28),
        ),
        (
            {"amount": 3, "unit": "months_after_month"},
            datetime.date(2026, 11, 30),
            datetime.date(2027, 2, 28),
        ),
        (
            {"amount": 3, "unit": "months_after_month"},
            datetime.date(2027, 11, 1),
            datetime.date(2028, 2, 29),
        ),
    ],
)
def test_relative_deadline_dates(kwargs, event, expected):
    assert stepplans.deadline_date(rule(**kwargs), {MOVE: event}, TODAY) == expected


def test_fixed_day_of_the_year_is_the_next_one():
    fixed = rule(event="", month=5, day=1)
    assert stepplans.deadline_date(
        fixed, {}, datetime.date(2026, 4, 30)
    ) == datetime.date(2026, 5, 1)
    assert stepplans.deadline_date(
        fixed, {}, datetime.date(2026, 5, 2)
    ) == datetime.date(2027, 5, 1)
    assert stepplans.deadline_date(rule(event="", month=2, day=30), {}, TODAY) is None


def test_the_rule_valid_on_the_event_date_counts():
    old = rule(amount=2, unit="weeks", valid_to=datetime.date(2025, 12, 31))
    new = rule(amount=4, unit="weeks", valid_from=datetime.date(2026, 1, 1))
    step = stepplans.PlanStep("k", "p", "P", "/", "Stap", deadlines=(old, new))
    before = stepplans.step_deadline(step, {MOVE: datetime.date(2025, 12, 1)}, TODAY)
    after = stepplans.step_deadline(step, {MOVE: datetime.date(2026, 1, 5)}, TODAY)
    assert before.date == datetime.date(2025, 12, 15)
    assert after.date == datetime.date(2026, 2, 2)


def test_events_needed_come_from_the_rules_of_the_chosen_situations():
    assert stepplans.events_needed(STEPS, frozenset({SEPARATION})) == [MOVE]
    assert stepplans.events_needed(STEPS, frozenset({UNSAFE})) == []
    assert set(stepplans.events_needed(STEPS, frozenset({WORK, DEATH}))) == {
        CHILDCARE_START,
        DEATH_DATE,
    }
