"""Issue 12 §1b: 27 more situations through the Regelcheck's rules, with the income
band. Together with tests/regelingen/test_personas.py: 40 situations.

Each situation asserts exactly what is "likely" and what is "maybe"; every other
scheme is "not shown". Every outcome is traced to the criterion that decided it and
its legal basis and source (test_every_outcome_is_traceable...).
"""

import pytest

from content.eligibility import Answers, Criterion, criterion_holds, schemes_evaluate
from regelingen.seeding import schemes_read
from tests.regelingen.test_personas import PERSONAS, RULES, checked

BASE = dict(
    household="alone",
    care="full",
    partner_died="no",
    child_disability="no",
    housing="rent",
    income=frozenset({"work"}),
    alimony="no",
    debts="no",
    alimony_trouble="no",
    legal_problem="no",
    # Asked when a child is 12 or younger and the parent works or studies: the
    # child goes to registered childcare (kinderopvangtoeslag needs it).
    childcare="registered",
)


def persona(band, **changes):
    """A working single renter, changed where the situation differs."""
    low = {"low": "yes", "middle": "no", "high": "no", "not_low": "no"}.get(band)
    return Answers(**{**BASE, "income_band": band, "low_income": low, **changes})


SITUATIONS = {
    "werkt, kind van 3, nog geen kinderopvang": persona(
        "middle", child_ages=(3,), childcare="planned"
    ),
    "werkt, kind van 8, geen kinderopvang": persona(
        "middle", child_ages=(8,), childcare="none"
    ),
    "werkt, kind van 4, kinderopvang leeg gelaten": persona(
        "middle", child_ages=(4,), childcare=None
    ),
    "weduwe, kind van 4, werkt, middeninkomen": persona(
        "middle", partner_died="yes", child_ages=(4,)
    ),
    "weduwnaar, nieuwe partner woont in, kind van 9": persona(
        "high", partner_died="yes", household="partner", child_ages=(9,)
    ),
    "weduwe zonder werk, geen inkomen, kinderen van 2 en 6": persona(
        "low", partner_died="yes", income=frozenset({"none"}), child_ages=(2, 6)
    ),
    "nieuwe partner, middeninkomen samen, kinderen van 5 en 10": persona(
        "middle", household="partner", child_ages=(5, 10)
    ),
    "nieuwe partner, hoog inkomen samen, koophuis": persona(
        "high", household="partner", housing="own", child_ages=(7,)
    ),
    "co-ouder moeder, middeninkomen, kind van 8": persona(
        "middle", care="shared", child_ages=(8,)
    ),
    "co-ouder vader in bijstand, kind van 3": persona(
        "low", care="shared", income=frozenset({"bijstand"}), child_ages=(3,)
    ),
    "betalende vader, kinderen wonen bij moeder, werkt": persona(
        "middle", care="other_parent", child_ages=(6, 9)
    ),
    "vader, kinderen bij de ander, geen werk, schulden": persona(
        "low",
        care="other_parent",
        income=frozenset({"none"}),
        debts="yes",
        child_ages=(10,),
    ),
    "student met kind van 1, woont in": persona(
        "low",
        income=frozenset({"study"}),
        household="others",
        housing="living_in",
        child_ages=(1,),
    ),
    "student met kind van 6, huurt, middeninkomen": persona(
        "middle", income=frozenset({"study", "work"}), child_ages=(6,)
    ),
    "zzp'er met kind van 2, middeninkomen": persona(
        "middle", income=frozenset({"business"}), child_ages=(2,)
    ),
    "zzp'er, hoog inkomen, koophuis, kind van 14": persona(
        "high", income=frozenset({"business"}), housing="own", child_ages=(14,)
    ),
    "WW, net werk kwijt, kind van 5": persona(
        "middle", income=frozenset({"uwv", "job_loss"}), child_ages=(5,)
    ),
    "WW met laag inkomen en schulden, kind van 11": persona(
        "low", income=frozenset({"uwv"}), debts="yes", child_ages=(11,)
    ),
    "zwanger van het eerste kind, werkt, middeninkomen": persona(
        "middle", care="expecting", expecting="yes", child_ages=()
    ),
    "zwanger met een kind van 3, bijstand": persona(
        "low", expecting="yes", income=frozenset({"bijstand"}), child_ages=(3,)
    ),
    "hoog inkomen, huurt, kind van 8": persona("high", child_ages=(8,)),
    "kind wordt 12: nu 11, werkt, middeninkomen": persona("middle", child_ages=(11,)),
    "kind is net 12, werkt, middeninkomen": persona("middle", child_ages=(12,)),
    "kind wordt 18: nu 17, werkt, middeninkomen": persona("middle", child_ages=(17,)),
    "kind is net 18 en gaat naar school, laag inkomen": persona(
        "low", child_ages=(18,)
    ),
    "inkomen onbekend, huurt, kind van 6": persona("unknown", child_ages=(6,)),
    "alimentatie komt niet, juridische vraag, kind van 7": persona(
        "middle",
        alimony="yes",
        alimony_trouble="yes",
        legal_problem="yes",
        child_ages=(7,),
    ),
    "kind met een beperking, middeninkomen, kind van 9": persona(
        "middle", child_disability="yes", child_ages=(9,)
    ),
    "woont bij haar ouders, laag inkomen, kind van 2": persona(
        "low", household="others", housing="living_in", child_ages=(2,)
    ),
    "geen geldige grens bekend (2027), kind van 6": persona("not_low", child_ages=(6,)),
}


EXPECTED = {
    # Kinderopvangtoeslag needs childcare in the Landelijk Register Kinderopvang:
    # none yet but wanted is open (in words), none is not shown, no answer is open.
    "werkt, kind van 3, nog geen kinderopvang": (
        {"inkomensafhankelijke-combinatiekorting", "kinderbijslag", "zorgtoeslag"},
        {
            "kinderopvangtoeslag",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "kindgebonden-budget",
        },
    ),
    "werkt, kind van 8, geen kinderopvang": (
        {"inkomensafhankelijke-combinatiekorting", "kinderbijslag", "zorgtoeslag"},
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "werkt, kind van 4, kinderopvang leeg gelaten": (
        {"inkomensafhankelijke-combinatiekorting", "kinderbijslag", "zorgtoeslag"},
        {
            "kinderopvangtoeslag",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "kindgebonden-budget",
        },
    ),
    "weduwe, kind van 4, werkt, middeninkomen": (
        {
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "anw-nabestaandenuitkering",
            "kindgebonden-budget",
        },
    ),
    "weduwnaar, nieuwe partner woont in, kind van 9": (
        {"inkomensafhankelijke-combinatiekorting", "kinderbijslag"},
        {"kindgebonden-budget", "huurtoeslag", "kinderopvangtoeslag"},
    ),
    "weduwe zonder werk, geen inkomen, kinderen van 2 en 6": (
        {"zorgtoeslag", "kinderbijslag"},
        {
            "stichting-leergeld",
            "minimaregelingen-gemeente",
            "bijstand",
            "anw-nabestaandenuitkering",
            "kwijtschelding-gemeentelijke-belastingen",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "jeugdfonds-sport-en-cultuur",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "nieuwe partner, middeninkomen samen, kinderen van 5 en 10": (
        {"zorgtoeslag", "inkomensafhankelijke-combinatiekorting", "kinderbijslag"},
        {"kindgebonden-budget", "huurtoeslag", "kinderopvangtoeslag"},
    ),
    "nieuwe partner, hoog inkomen samen, koophuis": (
        {"inkomensafhankelijke-combinatiekorting", "kinderbijslag"},
        {"kindgebonden-budget", "kinderopvangtoeslag"},
    ),
    "co-ouder moeder, middeninkomen, kind van 8": (
        {"zorgtoeslag", "kinderopvangtoeslag"},
        {
            "inkomensafhankelijke-combinatiekorting",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "huurtoeslag",
            "kinderbijslag",
        },
    ),
    "co-ouder vader in bijstand, kind van 3": (
        {"zorgtoeslag"},
        {
            "minimaregelingen-gemeente",
            "kwijtschelding-gemeentelijke-belastingen",
            "kinderopvang-via-de-gemeente",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
            "kinderbijslag",
        },
    ),
    "betalende vader, kinderen wonen bij moeder, werkt": (
        {"zorgtoeslag", "kinderopvangtoeslag"},
        {"huurtoeslag"},
    ),
    "vader, kinderen bij de ander, geen werk, schulden": (
        {"zorgtoeslag", "schuldhulpverlening"},
        {
            "stichting-leergeld",
            "minimaregelingen-gemeente",
            "bijstand",
            "kwijtschelding-gemeentelijke-belastingen",
            "nationaal-fonds-kinderhulp",
            "jeugdfonds-sport-en-cultuur",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "student met kind van 1, woont in": (
        {
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "eenoudertoeslag-studiefinanciering",
            "kinderbijslag",
        },
        {
            "minimaregelingen-gemeente",
            "kwijtschelding-gemeentelijke-belastingen",
            "alleenstaande-ouderkop",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "kindgebonden-budget",
            "individuele-inkomenstoeslag",
        },
    ),
    "student met kind van 6, huurt, middeninkomen": (
        {
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
            "eenoudertoeslag-studiefinanciering",
            "zorgtoeslag",
            "kinderopvangtoeslag",
        },
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "zzp'er met kind van 2, middeninkomen": (
        {
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "zzp'er, hoog inkomen, koophuis, kind van 14": (
        {"kinderbijslag"},
        {"alleenstaande-ouderkop", "kindgebonden-budget"},
    ),
    "WW, net werk kwijt, kind van 5": (
        {"zorgtoeslag", "kinderbijslag"},
        {
            "ww-uitkering",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "huurtoeslag",
        },
    ),
    "WW met laag inkomen en schulden, kind van 11": (
        {"schuldhulpverlening", "zorgtoeslag", "kinderbijslag"},
        {
            "stichting-leergeld",
            "minimaregelingen-gemeente",
            "bijstand",
            "kwijtschelding-gemeentelijke-belastingen",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "jeugdfonds-sport-en-cultuur",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "zwanger van het eerste kind, werkt, middeninkomen": (
        {"zorgtoeslag"},
        {
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "kinderbijslag",
            "kindgebonden-budget",
        },
    ),
    "zwanger met een kind van 3, bijstand": (
        {"ontheffing-arbeidsplicht-kind-onder-5", "zorgtoeslag", "kinderbijslag"},
        {
            "minimaregelingen-gemeente",
            "kwijtschelding-gemeentelijke-belastingen",
            "kinderopvang-via-de-gemeente",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "hoog inkomen, huurt, kind van 8": (
        {
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "kind wordt 12: nu 11, werkt, middeninkomen": (
        {
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "kind is net 12, werkt, middeninkomen": (
        {"zorgtoeslag", "kinderopvangtoeslag", "kinderbijslag"},
        {
            "inkomensafhankelijke-combinatiekorting",
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "kindgebonden-budget",
        },
    ),
    "kind wordt 18: nu 17, werkt, middeninkomen": (
        {"zorgtoeslag", "kinderbijslag"},
        {"alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
    "kind is net 18 en gaat naar school, laag inkomen": (
        {"zorgtoeslag"},
        {
            "minimaregelingen-gemeente",
            "bijstand",
            "kwijtschelding-gemeentelijke-belastingen",
            "tegemoetkoming-scholieren",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "inkomen onbekend, huurt, kind van 6": (
        {
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {
            "stichting-leergeld",
            "minimaregelingen-gemeente",
            "bijstand",
            "kwijtschelding-gemeentelijke-belastingen",
            "alleenstaande-ouderkop",
            "kindgebonden-budget",
            "jeugdfonds-sport-en-cultuur",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "zorgtoeslag",
            "individuele-inkomenstoeslag",
            "huurtoeslag",
        },
    ),
    "alimentatie komt niet, juridische vraag, kind van 7": (
        {
            "juridisch-loket",
            "inkomensafhankelijke-combinatiekorting",
            "kinderopvangtoeslag",
            "alimentatie-innen-lbio",
            "zorgtoeslag",
            "kinderbijslag",
        },
        {
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "kindgebonden-budget",
            "gesubsidieerde-rechtsbijstand",
        },
    ),
    "kind met een beperking, middeninkomen, kind van 9": (
        {
            "inkomensafhankelijke-combinatiekorting",
            "jeugdhulp-gemeente",
            "kinderbijslag",
            "zorgtoeslag",
            "kinderopvangtoeslag",
        },
        {
            "alleenstaande-ouderkop",
            "huurtoeslag",
            "dubbele-kinderbijslag",
            "kindgebonden-budget",
        },
    ),
    "woont bij haar ouders, laag inkomen, kind van 2": (
        {
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {
            "minimaregelingen-gemeente",
            "bijstand",
            "kwijtschelding-gemeentelijke-belastingen",
            "alleenstaande-ouderkop",
            "nationaal-fonds-kinderhulp",
            "voedselbank",
            "bijzondere-bijstand",
            "kindgebonden-budget",
            "individuele-inkomenstoeslag",
        },
    ),
    "geen geldige grens bekend (2027), kind van 6": (
        {
            "kinderopvangtoeslag",
            "inkomensafhankelijke-combinatiekorting",
            "kinderbijslag",
        },
        {"zorgtoeslag", "alleenstaande-ouderkop", "huurtoeslag", "kindgebonden-budget"},
    ),
}

# Private funds and charities: no law, their own conditions (their site is the source).
NO_STATUTE = {
    "jeugdfonds-sport-en-cultuur",
    "stichting-leergeld",
    "nationaal-fonds-kinderhulp",
    "voedselbank",
    "juridisch-loket",
}
SCHEMES = {s["slug"]: s for s in schemes_read()}


def test_every_situation_has_expectations():
    assert set(SITUATIONS) == set(EXPECTED)
    assert len(SITUATIONS) + len(PERSONAS) >= 30


@pytest.mark.parametrize("name", SITUATIONS)
def test_situation(name):
    likely, maybe = EXPECTED[name]
    result = schemes_evaluate(RULES, checked(SITUATIONS[name]))
    assert {o.key for o in result.likely} == likely
    assert {o.key for o in result.maybe} == maybe


@pytest.mark.parametrize("name", SITUATIONS)
def test_every_outcome_is_traceable_to_a_criterion_and_its_legal_basis(name):
    """Each shown scheme: a criterion that holds (or is open) decided it, and that
    criterion, or its scheme, names the law and a source."""
    answers = checked(SITUATIONS[name])
    result = schemes_evaluate(RULES, answers)
    for outcome in result.likely + result.maybe:
        scheme = SCHEMES[outcome.key]
        rows = [
            row
            for row in scheme["criteria"]
            if criterion_holds(Criterion(**row), answers)
        ]
        if outcome.result == "likely":
            assert rows, outcome.key
        for row in rows or scheme["criteria"]:
            legal_basis = row.get("legal_basis") or scheme.get("legal_basis")
            source = row.get("source_url") or scheme.get("official_url")
            assert source and source.startswith("https://"), (outcome.key, row)
            if outcome.key not in NO_STATUTE:
                assert legal_basis, (outcome.key, row)


def test_income_band_decides_zorgtoeslag_with_its_source():
    for band, shown in (("low", "likely"), ("middle", "likely"), ("high", None)):
        result = schemes_evaluate(RULES, checked(persona(band, child_ages=(6,))))
        keys = {o.key: o.result for o in result.likely + result.maybe}
        assert keys.get("zorgtoeslag") == shown, band
    rows = [
        row
        for row in SCHEMES["zorgtoeslag"]["criteria"]
        if row["question"] == "income_band"
    ]
    assert all("belastingdienst.nl" in row["source_url"] for row in rows)
    assert all(row["legal_basis"].startswith("Wet op de zorgtoeslag") for row in rows)


def test_no_verified_limit_leaves_zorgtoeslag_open_in_words():
    result = schemes_evaluate(RULES, checked(persona("not_low", child_ages=(6,))))
    zorg = next(o for o in result.maybe if o.key == "zorgtoeslag")
    assert "grens voor zorgtoeslag" in zorg.open_conditions[0]


def test_a_partner_living_in_leaves_kinderopvangtoeslag_open():
    result = schemes_evaluate(
        RULES, checked(persona("middle", household="partner", child_ages=(4,)))
    )
    kot = next(o for o in result.maybe if o.key == "kinderopvangtoeslag")
    assert "partner ook werken" in kot.open_conditions[0]


def test_childcare_not_yet_leaves_kinderopvangtoeslag_open_in_words():
    result = schemes_evaluate(
        RULES, checked(persona("middle", child_ages=(3,), childcare="planned"))
    )
    kot = next(o for o in result.maybe if o.key == "kinderopvangtoeslag")
    assert "Landelijk Register Kinderopvang" in kot.open_conditions[0]
    assert not kot.unanswered


def test_registered_childcare_is_traced_to_the_wet_kinderopvang():
    rows = [
        row
        for row in SCHEMES["kinderopvangtoeslag"]["criteria"]
        if row["question"] == "childcare"
    ]
    assert {row["value"] for row in rows} == {"registered", "planned"}
    for row in rows:
        assert row["legal_basis"].startswith("Wet kinderopvang")
        assert "belastingdienst.nl" in row["source_url"]
