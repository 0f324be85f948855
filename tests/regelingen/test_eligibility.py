"""The rules engine on its own: no database."""

import pytest

from content.eligibility import (
    LIKELY,
    MAYBE,
    NO,
    QUESTIONS,
    Answers,
    Criterion,
    CriterionError,
    SchemeRules,
    criterion_holds,
    criterion_validate,
    reasons_sentence,
    scheme_evaluate,
)
from regelingen.seeding import schemes_read

SCHEMES = schemes_read()

RENTER = Answers(housing="rent", child_ages=(3, 7), income=frozenset({"work"}))


@pytest.mark.parametrize(
    "criterion, expected",
    [
        (Criterion("housing", "eq", "rent"), True),
        (Criterion("housing", "ne", "rent"), False),
        (Criterion("housing", "in", "own, rent"), True),
        (Criterion("youngest_child_age", "lt", "4"), True),
        (Criterion("youngest_child_age", "lte", "3"), True),
        (Criterion("youngest_child_age", "gt", "3"), False),
        (Criterion("oldest_child_age", "gte", "7"), True),
        (Criterion("children_count", "eq", "2"), True),
        (Criterion("income", "contains", "work"), True),
        (Criterion("income", "not_contains", "work"), False),
        (Criterion("child_ages", "any_between", "6-8"), True),
        (Criterion("child_ages", "any_between", "12-17"), False),
    ],
)
def test_operators(criterion, expected):
    assert criterion_holds(criterion, RENTER) is expected


def test_unanswered_question_is_unknown_not_false():
    assert criterion_holds(Criterion("debts", "eq", "yes"), RENTER) is None
    assert (
        criterion_holds(Criterion("child_ages", "any_between", "0-17"), Answers())
        is None
    )


def test_a_broken_criterion_never_crashes_the_check():
    assert criterion_holds(Criterion("housing", "lt", "rent"), RENTER) is None
    assert criterion_holds(Criterion("nope", "eq", "x"), RENTER) is None


@pytest.mark.parametrize(
    "question, operator, value, message",
    [
        ("nope", "eq", "x", "Onbekende vraag"),
        ("housing", "zz", "rent", "Onbekende vergelijking"),
        ("housing", "lt", "rent", "past niet"),
        ("housing", "eq", "tent", "kan niet"),
        ("youngest_child_age", "lt", "vijf", "geen heel getal"),
        ("child_ages", "any_between", "17-4", "groter dan het tweede"),
        ("child_ages", "any_between", "4", "geen bereik"),
    ],
)
def test_editors_get_a_dutch_message_for_a_wrong_criterion(
    question, operator, value, message
):
    with pytest.raises(CriterionError, match=message):
        criterion_validate(question, operator, value)


def test_same_group_is_or_and_groups_are_and():
    rules = SchemeRules(
        "x",
        (
            Criterion("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            Criterion("income", "contains", "work", 1, "je werkt"),
            Criterion("housing", "eq", "rent", 2, "je huurt"),
        ),
    )
    outcome = scheme_evaluate(rules, RENTER)
    assert outcome.result == LIKELY
    assert outcome.reasons == ("je werkt", "je huurt")
    assert (
        scheme_evaluate(
            rules, Answers(housing="own", income=frozenset({"work"}))
        ).result
        == NO
    )


def test_unknown_group_gives_maybe_and_maybe_only_caps():
    rules = SchemeRules("x", (Criterion("debts", "eq", "yes", 1, "je schulden hebt"),))
    outcome = scheme_evaluate(rules, RENTER)
    assert outcome.result == MAYBE and outcome.unanswered
    capped = SchemeRules("y", (Criterion("housing", "eq", "rent"),), maybe_only=True)
    assert scheme_evaluate(capped, RENTER).result == MAYBE
    assert not scheme_evaluate(capped, RENTER).unanswered


def test_a_failed_group_wins_over_an_unknown_one():
    rules = SchemeRules(
        "x", (Criterion("debts", "eq", "yes", 1), Criterion("housing", "eq", "own", 2))
    )
    assert scheme_evaluate(rules, RENTER).result == NO


def test_scheme_without_criteria_is_left_out():
    assert scheme_evaluate(SchemeRules("x", ()), RENTER) is None


def test_unknown_answers_count_as_not_given():
    assert Answers(debts="unknown").value("debts") is None
    with pytest.raises(KeyError):
        Answers().value("shoe_size")


@pytest.mark.parametrize(
    "reasons, sentence",
    [
        ((), ""),
        (("je huurt",), "Omdat je huurt."),
        (("je huurt", "je werkt."), "Omdat je huurt en je werkt."),
        (
            ("je huurt", "je werkt", "je een kind hebt"),
            "Omdat je huurt, je werkt en je een kind hebt.",
        ),
    ],
)
def test_reasons_in_plain_words(reasons, sentence):
    assert reasons_sentence(reasons) == sentence


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s["slug"] for s in SCHEMES])
def test_every_demo_criterion_is_valid_and_explained(scheme):
    for row in scheme["criteria"]:
        question, operator, value = row["question"], row["operator"], row["value"]
        group, reason = row["group"], row["reason"]
        criterion_validate(question, operator, value)
        assert question in QUESTIONS
        assert isinstance(group, int)
        if operator not in ("not_contains", "ne"):
            assert reason, f"{scheme['slug']}: {question} needs a reason"
