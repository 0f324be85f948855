"""Example parents for the admin preview ("pick a persona, see the plan") and tests.

Each persona is what a parent would answer, in the form of the signed state: the
situations, the Regelcheck's answers per step, the event dates and the postcode.
Invented people; the postcodes are real areas (7201 is Zutphen).
"""

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

FULL_ALONE = {"household": "alone", "care": "full", "partner_died": "no"}
NO_MONEY_TROUBLE = {
    "income_band": "high",
    "debts": "no",
    "alimony_trouble": "none",
    "legal_problem": "no",
}

PERSONAS = {
    "sanne": {
        "label": "Sanne: net uit elkaar, 2 kinderen (4 en 9), huurt, werkt, Zutphen",
        "s": [SEPARATION],
        "c": {
            "1": FULL_ALONE,
            "2": {"children_count": 2, "expecting": False, "child_disability": "no"},
            "3": {"age_1": 4, "age_2": 9},
            "4": {"housing": "rent", "income": ["work"], "alimony": "no"},
            "5": {**NO_MONEY_TROUBLE, "income_band": "low"},
        },
        "e": {"events": {MOVE: "2026-01-15"}, "postcode": "7201"},
    },
    "ahmed": {
        "label": "Ahmed: partner overleden, 1 kind (6), werkt, geen postcode",
        "s": [DEATH],
        "c": {
            "1": {"household": "alone", "care": "full", "partner_died": "yes"},
            "2": {"children_count": 1, "expecting": False, "child_disability": "no"},
            "3": {"age_1": 6},
            "4": {"housing": "own", "income": ["work"], "alimony": "no"},
        },
        "e": {"events": {DEATH_DATE: "2026-03-20"}, "postcode": ""},
    },
    "lotte": {
        "label": "Lotte: niet veilig thuis en uit elkaar, Almere",
        "s": [SEPARATION, UNSAFE],
        "c": {
            "1": FULL_ALONE,
            "2": {"children_count": 1, "expecting": False, "child_disability": "no"},
            "3": {"age_1": 2},
            "4": {"housing": "rent", "income": ["none"], "alimony": "unknown"},
            "5": {**NO_MONEY_TROUBLE, "income_band": "low", "debts": "yes"},
        },
        "e": {"events": {}, "postcode": "1315"},
    },
    "mo": {
        "label": "Mo: wil gaan werken, bijstand, kinderopvang vanaf 2 maart 2026",
        "s": [WORK, MONEY],
        "c": {
            "1": FULL_ALONE,
            "2": {"children_count": 1, "expecting": False, "child_disability": "no"},
            "3": {"age_1": 3},
            "4": {"housing": "rent", "income": ["bijstand"], "alimony": "no"},
            "5": {**NO_MONEY_TROUBLE, "income_band": "low", "debts": "yes"},
        },
        "e": {"events": {CHILDCARE_START: "2026-03-02"}, "postcode": "7201"},
    },
    "eva": {
        "label": "Eva: zwanger van haar eerste kind, kind met extra zorg nog niet",
        "s": [BABY],
        "c": {
            "1": {"household": "alone", "care": "expecting", "partner_died": "no"},
            "2": {"children_count": 0, "expecting": True, "child_disability": "no"},
            "4": {"housing": "rent", "income": ["work"], "alimony": "no"},
        },
        "e": {"events": {}, "postcode": ""},
    },
    "kees": {
        "label": "Kees: vader, kind met extra zorg, online (geen postcode)",
        "s": [CARE],
        "c": {
            "1": {"household": "alone", "care": "shared", "partner_died": "no"},
            "2": {"children_count": 1, "expecting": False, "child_disability": "yes"},
            "3": {"age_1": 11},
        },
        "e": {"events": {}, "postcode": ""},
    },
}


def persona_raw(key: str) -> dict:
    """The persona as the raw signed state (before validation)."""
    persona = PERSONAS[key]
    return {"s": persona["s"], "c": persona["c"], "e": persona["e"], "d": []}
