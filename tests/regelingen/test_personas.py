"""Persona scenarios: the demo schemes' criteria against real-life answers, no database.

Each persona lists what must be "likely" and "maybe" exactly, so a change to a
scheme's criteria that changes what a parent is told shows up here.
"""

import pytest

from regelingen.eligibility import Answers, Criterion, SchemeRules, schemes_evaluate
from regelingen.seeding import schemes_read

RULES = [
    SchemeRules(
        key=s["slug"],
        criteria=tuple(Criterion(**c) for c in s["criteria"]),
        maybe_only=s.get("check_maybe_only", False),
    )
    for s in schemes_read()
]

NO_MONEY_TROUBLE = {
    "debts": "no",
    "low_income": "no",
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
            **NO_MONEY_TROUBLE,
        ),
        {
            "huurtoeslag",
            "kindgebonden-budget",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        set(),
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
            alimony_trouble="no",
            legal_problem="no",
        ),
        {
            "kinderbijslag",
            "kindgebonden-budget",
            "huurtoeslag",
            "zorgtoeslag",
            "ontheffing-arbeidsplicht-kind-onder-5",
            "schuldhulpverlening",
        },
        {
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
        {"kinderbijslag", "kindgebonden-budget"},
        {"anw-nabestaandenuitkering", "anw-halfwezenuitkering"},
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
            debts="no",
            alimony_trouble="no",
            legal_problem="no",
        ),
        {
            "kinderbijslag",
            "kindgebonden-budget",
            "kinderopvangtoeslag",
            "eenoudertoeslag-studiefinanciering",
            "zorgtoeslag",
        },
        {
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
            alimony_trouble="yes",
            legal_problem="yes",
        ),
        {
            "kinderbijslag",
            "kindgebonden-budget",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "huurtoeslag",
            "alimentatie-innen-lbio",
            "juridisch-loket",
        },
        {"gesubsidieerde-rechtsbijstand"},
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
            **NO_MONEY_TROUBLE,
        ),
        {"huurtoeslag", "kinderopvangtoeslag"},
        set(),
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
            alimony_trouble="no",
            legal_problem="no",
        ),
        {
            "kinderbijslag",
            "kindgebonden-budget",
            "huurtoeslag",
            "zorgtoeslag",
            "jeugdhulp-gemeente",
        },
        {
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
            alimony_trouble="unknown",
            legal_problem="yes",
        ),
        {"kinderbijslag", "kindgebonden-budget", "zorgtoeslag", "juridisch-loket"},
        {
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
            alimony_trouble="no",
            legal_problem="no",
        ),
        {"kinderbijslag", "kindgebonden-budget", "huurtoeslag"},
        {
            "zorgtoeslag",
            "bijstand",
            "kinderopvang-via-de-gemeente",
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
            alimony_trouble="no",
            legal_problem="no",
        ),
        {"kinderbijslag", "kindgebonden-budget", "huurtoeslag", "zorgtoeslag"},
        {
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
        {"kinderbijslag", "kindgebonden-budget"},
        {
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
            "kindgebonden-budget",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
        },
        set(),
    ),
}


@pytest.mark.parametrize("name", PERSONAS)
def test_persona(name):
    answers, likely, maybe = PERSONAS[name]
    result = schemes_evaluate(RULES, answers)
    assert {o.key for o in result.likely} == likely
    assert {o.key for o in result.maybe} == maybe


def test_likely_results_say_why():
    answers, _, _ = PERSONAS["huurt, werkt, kinderen van 3 en 7"]
    result = schemes_evaluate(RULES, answers)
    reasons = {o.key: o.reasons for o in result.likely}
    assert reasons["huurtoeslag"] == ("je huurt",)
    assert "je werkt" in reasons["kinderopvangtoeslag"]


def test_there_are_at_least_twelve_personas():
    assert len(PERSONAS) >= 12
