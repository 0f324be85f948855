"""Persona scenarios: the demo schemes' criteria against real-life answers, no database.

Each persona lists what must be "likely" and "maybe" exactly, so a change to a
scheme's criteria that changes what a parent is told shows up here. Everything else
is "not shown".

The check always knows whether a child is on the way (a checkbox) and the day of the
check (children's birth years follow from their ages): `checked()` adds both, as the
Regelcheck does, with a fixed day so the tests do not change with the calendar.
"""

import dataclasses
import datetime

import pytest

from content.eligibility import (
    Answers,
    Criterion,
    SchemeRules,
    scheme_evaluate,
    schemes_evaluate,
)
from regelingen.seeding import schemes_read

TODAY = datetime.date(2026, 11, 30)

RULES = [
    SchemeRules(
        key=s["slug"],
        criteria=tuple(Criterion(**c) for c in s["criteria"]),
        maybe_only=s.get("check_maybe_only", False),
    )
    for s in schemes_read()
]


def checked(answers: Answers) -> Answers:
    """The answers as the Regelcheck passes them: expecting known, the day set."""
    return dataclasses.replace(
        answers,
        expecting=answers.expecting or "no",
        reference_date=answers.reference_date or TODAY,
    )


def outcome(slug: str, answers: Answers):
    """One scheme's outcome (None: the scheme has no criteria)."""
    rules = next(r for r in RULES if r.key == slug)
    return scheme_evaluate(rules, checked(answers))


NO_MONEY_TROUBLE = {
    "debts": "no",
    "low_income": "no",
    "income_band": "high",
    "alimony_trouble": "no",
    "legal_problem": "no",
}

PERSONAS = {
    "huurt, werkt, kinderen van 3 en 7": (
        Answers(
            household="alone",
            care="full",
            partner_died="no",
            child_ages=(3, 7),
            child_disability="no",
            housing="rent",
            income=frozenset({"work"}),
            alimony="no",
            childcare="registered",
            **NO_MONEY_TROUBLE,
        ),
        {
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        # Huurtoeslag and kindgebonden budget depend on income and savings.
        {"huurtoeslag", "kindgebonden-budget", "alleenstaande-ouderkop"},
    ),
    "bijstand, baby, huurt, schulden": (
        Answers(
            household="alone",
            care="full",
            partner_died="no",
            child_ages=(0,),
            child_disability="no",
            housing="rent",
            income=frozenset({"bijstand"}),
            alimony="no",
            debts="yes",
            low_income="yes",
            income_band="low",
            alimony_trouble="no",
            legal_problem="no",
        ),
        {
            "kinderbijslag",
            "zorgtoeslag",
            "ontheffing-arbeidsplicht-kind-onder-5",
            "schuldhulpverlening",
        },
        {
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "kinderopvang-via-de-gemeente",
            "minimaregelingen-gemeente",
        },
    ),
    "weduwnaar met twee tieners, koophuis, werkt": (
        Answers(
            household="alone",
            care="full",
            partner_died="yes",
            child_ages=(13, 15),
            child_disability="no",
            housing="own",
            income=frozenset({"work"}),
            alimony="no",
            **NO_MONEY_TROUBLE,
        ),
        {"kinderbijslag"},
        # No Halfwezenuitkering: it was folded into the Anw in 2013.
        {"anw-nabestaandenuitkering", "kindgebonden-budget", "alleenstaande-ouderkop"},
    ),
    "studerende moeder, kind van 2, woont in": (
        Answers(
            household="others",
            care="full",
            partner_died="no",
            child_ages=(2,),
            child_disability="no",
            housing="living_in",
            income=frozenset({"study"}),
            alimony="no",
            low_income="yes",
            income_band="low",
            debts="no",
            alimony_trouble="no",
            legal_problem="no",
            # No childcare yet, she wants it: kinderopvangtoeslag stays open.
            childcare="planned",
        ),
        {
            "kinderbijslag",
            "eenoudertoeslag-studiefinanciering",
            "zorgtoeslag",
        },
        {
            "kinderopvangtoeslag",
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "minimaregelingen-gemeente",
        },
    ),
    "co-ouder vader, werkt, alimentatieruzie en juridische vraag": (
        Answers(
            household="alone",
            care="shared",
            partner_died="no",
            child_ages=(6, 9),
            child_disability="no",
            housing="rent",
            income=frozenset({"work"}),
            alimony="yes",
            debts="no",
            low_income="no",
            income_band="high",
            alimony_trouble="yes",
            legal_problem="yes",
            childcare="registered",
        ),
        {
            "kinderopvangtoeslag",
            "alimentatie-innen-lbio",
            "juridisch-loket",
        },
        # Co-parents: only one of them is paid the kinderbijslag; the co-parent
        # rules of the IACK differ.
        {
            "gesubsidieerde-rechtsbijstand",
            "kinderbijslag",
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "inkomensafhankelijke-combinatiekorting",
            "huurtoeslag",
        },
    ),
    "kinderen wonen vooral bij de andere ouder": (
        Answers(
            household="alone",
            care="other_parent",
            partner_died="no",
            child_ages=(10,),
            child_disability="no",
            housing="rent",
            income=frozenset({"work"}),
            alimony="no",
            # Her child goes to no childcare: no kinderopvangtoeslag (not shown).
            childcare="none",
            **NO_MONEY_TROUBLE,
        ),
        set(),
        {"huurtoeslag"},
    ),
    "kind met een beperking, bijstand, huurt": (
        Answers(
            household="alone",
            care="full",
            partner_died="no",
            child_ages=(8,),
            child_disability="yes",
            housing="rent",
            income=frozenset({"bijstand"}),
            alimony="no",
            debts="no",
            low_income="yes",
            income_band="low",
            alimony_trouble="no",
            legal_problem="no",
        ),
        {
            "kinderbijslag",
            "zorgtoeslag",
            "jeugdhulp-gemeente",
        },
        {
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "dubbele-kinderbijslag",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "jeugdfonds-sport-en-cultuur",
            "stichting-leergeld",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "kinderopvang-via-de-gemeente",
            "minimaregelingen-gemeente",
        },
    ),
    "ouder met een kind van 18 op school, eigen bedrijf": (
        Answers(
            household="alone",
            care="full",
            partner_died="no",
            child_ages=(18,),
            child_disability="no",
            housing="own",
            income=frozenset({"business"}),
            alimony="no",
            **NO_MONEY_TROUBLE,
        ),
        set(),
        {"tegemoetkoming-scholieren"},
    ),
    "geen inkomen, net uit elkaar, woont bij ouders": (
        Answers(
            household="others",
            care="full",
            partner_died="no",
            child_ages=(4, 6),
            child_disability="no",
            housing="living_in",
            income=frozenset({"none"}),
            alimony="unknown",
            debts="unknown",
            low_income="yes",
            income_band="low",
            alimony_trouble="unknown",
            legal_problem="yes",
        ),
        {"kinderbijslag", "zorgtoeslag", "juridisch-loket"},
        {
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "bijstand",
            "gesubsidieerde-rechtsbijstand",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "jeugdfonds-sport-en-cultuur",
            "stichting-leergeld",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "minimaregelingen-gemeente",
            "schuldhulpverlening",
            "alimentatie-innen-lbio",
        },
    ),
    "WW-uitkering, huurt, kind van 1": (
        Answers(
            household="alone",
            care="full",
            partner_died="no",
            child_ages=(1,),
            child_disability="no",
            housing="rent",
            income=frozenset({"uwv"}),
            alimony="no",
            debts="no",
            low_income="unknown",
            income_band="unknown",
            alimony_trouble="no",
            legal_problem="no",
        ),
        {"kinderbijslag"},
        {
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "zorgtoeslag",
            "bijstand",
            # WW is no doelgroep of the gemeente's help with childcare costs.
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "minimaregelingen-gemeente",
        },
    ),
    "bijstand met kind van 4 in co-ouderschap": (
        Answers(
            household="alone",
            care="shared",
            partner_died="no",
            child_ages=(4,),
            child_disability="no",
            housing="rent",
            income=frozenset({"bijstand"}),
            alimony="no",
            debts="no",
            low_income="yes",
            income_band="low",
            alimony_trouble="no",
            legal_problem="no",
        ),
        {"zorgtoeslag"},
        {
            "kinderbijslag",
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "jeugdfonds-sport-en-cultuur",
            "stichting-leergeld",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "kinderopvang-via-de-gemeente",
            "minimaregelingen-gemeente",
        },
    ),
    "zegt liever niets: bijna alles onbekend": (
        Answers(household="alone", care="full", partner_died="no", child_ages=(5,)),
        {"kinderbijslag"},
        {
            "kindgebonden-budget",
            "alleenstaande-ouderkop",
            "ww-uitkering",
            "kinderopvangtoeslag",
            "huurtoeslag",
            "zorgtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "bijstand",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "kwijtschelding-gemeentelijke-belastingen",
            "schuldhulpverlening",
            "alimentatie-innen-lbio",
            "juridisch-loket",
            "gesubsidieerde-rechtsbijstand",
            "jeugdfonds-sport-en-cultuur",
            "stichting-leergeld",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "kinderopvang-via-de-gemeente",
            "minimaregelingen-gemeente",
            "jeugdhulp-gemeente",
            "dubbele-kinderbijslag",
            "eenoudertoeslag-studiefinanciering",
        },
    ),
    "nieuwe partner, werkt, studeert niet": (
        Answers(
            household="partner",
            care="full",
            partner_died="no",
            child_ages=(11,),
            child_disability="no",
            housing="own",
            income=frozenset({"work"}),
            alimony="yes",
            **NO_MONEY_TROUBLE,
        ),
        {
            "kinderbijslag",
            "inkomensafhankelijke-combinatiekorting",
        },
        # A partner living in is a toeslagpartner: no alleenstaande-ouderkop; and
        # for kinderopvangtoeslag the partner must work too (open, in words).
        {"kindgebonden-budget", "kinderopvangtoeslag"},
    ),
}


@pytest.mark.parametrize("name", PERSONAS)
def test_persona(name):
    answers, likely, maybe = PERSONAS[name]
    result = schemes_evaluate(RULES, checked(answers))
    assert {o.key for o in result.likely} == likely
    assert {o.key for o in result.maybe} == maybe


def test_likely_results_say_why():
    answers, _, _ = PERSONAS["huurt, werkt, kinderen van 3 en 7"]
    result = schemes_evaluate(RULES, checked(answers))
    reasons = {o.key: o.reasons for o in result.likely + result.maybe}
    assert reasons["huurtoeslag"] == ("je huurt",)
    assert "je werkt" in reasons["kinderopvangtoeslag"]


def test_there_are_at_least_twelve_personas():
    assert len(PERSONAS) >= 12


# --- issue 12 §1b: situations the check decided wrongly ------------------------

WORKING_RENTER = {
    "household": "alone",
    "care": "full",
    "partner_died": "no",
    "child_disability": "no",
    "housing": "rent",
    "income": frozenset({"work"}),
    "alimony": "no",
    "childcare": "registered",
    **NO_MONEY_TROUBLE,
}
IACK = "inkomensafhankelijke-combinatiekorting"
LIKELY, MAYBE = "likely", "maybe"


def shown(slug, answers):
    result = outcome(slug, answers)
    return None if result is None or result.result == "no" else result.result


def test_baby_born_in_2026_gives_no_combinatiekorting():
    # Age 0 on 30 November 2026: born in 2025 or 2026, after 1 January 2025.
    baby = Answers(**WORKING_RENTER, child_ages=(0,))
    assert shown(IACK, baby) is None
    assert shown("kinderbijslag", baby) == LIKELY
    assert shown("kinderopvangtoeslag", baby) == LIKELY
    # A child of 1 may be born in 2025 or in December 2024: open, in words.
    one = outcome(IACK, Answers(**WORKING_RENTER, child_ages=(1,)))
    assert one.result == MAYBE and not one.unanswered
    assert "geboren is in 2014 tot en met 2024" in one.open_conditions[0]
    # A baby with an older brother of 5 (born 2021): the brother counts.
    assert shown(IACK, Answers(**WORKING_RENTER, child_ages=(0, 5))) == LIKELY
    # 12 or older on 1 January 2026 does not count either.
    assert shown(IACK, Answers(**WORKING_RENTER, child_ages=(13,))) is None


def test_widow_living_with_a_new_partner_is_not_offered_the_anw():
    widow = {**WORKING_RENTER, "partner_died": "yes", "child_ages": (8,)}
    assert shown("anw-nabestaandenuitkering", Answers(**widow)) == MAYBE
    with_partner = Answers(**{**widow, "household": "partner"})
    assert shown("anw-nabestaandenuitkering", with_partner) is None
    assert shown("kinderbijslag", with_partner) == LIKELY
    # Living with others may count as living together: open, said in words.
    with_others = outcome(
        "anw-nabestaandenuitkering", Answers(**{**widow, "household": "others"})
    )
    assert with_others.result == MAYBE
    assert "samenwonen" in with_others.open_conditions[0]


def test_new_partner_gets_no_alleenstaande_ouderkop():
    with_partner = Answers(
        **{**WORKING_RENTER, "household": "partner"}, child_ages=(6,)
    )
    assert shown("alleenstaande-ouderkop", with_partner) is None
    assert shown("kindgebonden-budget", with_partner) == MAYBE
    kgb = next(s for s in schemes_read() if s["slug"] == "kindgebonden-budget")
    assert "alleenstaande" not in kgb["name"].lower()
    alone = Answers(**WORKING_RENTER, child_ages=(6,))
    assert shown("alleenstaande-ouderkop", alone) == MAYBE
    with_others = outcome(
        "alleenstaande-ouderkop",
        Answers(**{**WORKING_RENTER, "household": "others"}, child_ages=(6,)),
    )
    assert with_others.result == MAYBE
    assert "toeslagpartner" in with_others.open_conditions[0]


def test_co_parents_do_not_both_get_kinderbijslag_as_likely():
    co_parent = outcome(
        "kinderbijslag",
        Answers(**{**WORKING_RENTER, "care": "shared"}, child_ages=(7,)),
    )
    assert co_parent.result == MAYBE
    assert "co-ouderschap" in co_parent.open_conditions[0]
    full = Answers(**WORKING_RENTER, child_ages=(7,))
    assert shown("kinderbijslag", full) == LIKELY
    other = Answers(**{**WORKING_RENTER, "care": "other_parent"}, child_ages=(7,))
    assert shown("kinderbijslag", other) is None


def test_high_income_gets_no_income_dependent_scheme_as_likely():
    # Someone earning EUR 150,000: works, rents, no money trouble.
    high = Answers(**WORKING_RENTER, child_ages=(8,))
    assert shown("huurtoeslag", high) == MAYBE
    assert shown("kindgebonden-budget", high) == MAYBE
    assert shown("zorgtoeslag", high) is None
    assert shown("bijstand", high) is None
    note = next(s for s in schemes_read() if s["slug"] == "huurtoeslag")["check_note"]
    assert "inkomen" in note


def test_pregnant_with_a_first_child():
    pregnant = Answers(
        **{**WORKING_RENTER, "care": "expecting"}, child_ages=(), expecting="yes"
    )
    for slug in ("kinderbijslag", "kindgebonden-budget", "alleenstaande-ouderkop"):
        result = outcome(slug, pregnant)
        assert result.result == MAYBE, slug
        assert "nog niet geboren" in result.open_conditions[0]
    for slug in (
        IACK,
        "kinderopvangtoeslag",
        "ontheffing-arbeidsplicht-kind-onder-5",
        "tegemoetkoming-scholieren",
        "jeugdfonds-sport-en-cultuur",
    ):
        assert shown(slug, pregnant) is None, slug


def test_halfwezenuitkering_is_gone():
    assert "anw-halfwezenuitkering" not in {s["slug"] for s in schemes_read()}
    widow = Answers(**{**WORKING_RENTER, "partner_died": "yes"}, child_ages=(8,))
    result = schemes_evaluate(RULES, checked(widow))
    keys = {o.key for o in result.likely + result.maybe}
    assert "anw-nabestaandenuitkering" in keys
    assert not any("halfwe" in key for key in keys)


def test_losing_a_job_shows_the_ww():
    losing = Answers(
        **{**WORKING_RENTER, "income": frozenset({"work", "job_loss"})},
        child_ages=(8,),
    )
    ww = outcome("ww-uitkering", losing)
    assert ww.result == MAYBE and ww.reasons
    assert shown("ww-uitkering", Answers(**WORKING_RENTER, child_ages=(8,))) is None


def test_every_criterion_names_its_legal_basis_and_source_where_it_decides():
    changed = {
        "kinderbijslag",
        "kindgebonden-budget",
        "alleenstaande-ouderkop",
        "huurtoeslag",
        IACK,
        "anw-nabestaandenuitkering",
        "ww-uitkering",
    }
    for scheme in schemes_read():
        if scheme["slug"] not in changed:
            continue
        for row in scheme["criteria"]:
            if row["question"] == "care" and row["value"] == "expecting":
                continue  # no rule of its own: the child on the way decides
            assert row.get("legal_basis"), (scheme["slug"], row)
            assert row.get("source_url", "").startswith("https://"), row
