"""Safety words: a question that mentions suicide, violence or fear is marked
urgent, and the confirmation page shows the matching helplines at once.

The list is maintained here, in code, with tests (tests/vragen/test_safety.py).
Helplines are named as in content's Helpline snippets (content/seed/helplines.yaml);
a helpline that is not live is simply not shown. Matching is on whole words,
without case or accents; it is a signal for the people who answer, never a
diagnosis: it can miss things and it can mark a question that is not urgent.
"""

import re
import unicodedata

# topic: (patterns, helpline names in the order they are shown)
SAFETY_TOPICS = {
    "zelfdoding": (
        [
            r"zelfmoord\w*",
            r"zelfdoding",
            r"suicid\w*",
            r"suicide\w*",
            r"dood\s+willen",
            r"wil\s+dood",
            r"niet\s+meer\s+(?:leven|verder)",
            r"einde\s+aan\s+(?:mijn|m'n|mn)\s+leven",
            r"(?:mezelf|mijzelf)\s+iets\s+aan\s*(?:doen|te\s+doen)",
            r"mezelf\s+(?:van\s+kant|ophangen)",
        ],
        ["113 Zelfmoordpreventie", "Alarmnummer 112"],
    ),
    "geweld": (
        [
            r"geweld\w*",
            r"mishandel\w*",
            r"(?:slaat|sloeg|schopt|schopte)\s+(?:me|mij|ons|mijn\s+kind\w*|de\s+kinderen)",
            r"bedreig\w*",
            r"ik\s+ben\s+bang",
            r"bang\s+voor\s+(?:hem|haar|mijn\s+ex|m'n\s+ex)",
            r"(?:niet|nergens)\s+(?:meer\s+)?veilig",
            r"onveilig\w*",
            r"stalk\w*",
            r"misbruik\w*",
            r"verkracht\w*",
        ],
        ["Veilig Thuis", "Alarmnummer 112"],
    ),
}

_COMPILED = {
    topic: re.compile(r"\b(?:" + "|".join(patterns) + r")\b")
    for topic, (patterns, _lines) in SAFETY_TOPICS.items()
}


def _plain(text: str) -> str:
    """Lower case, accents off ("suïcide" -> "suicide"), one kind of apostrophe."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(char for char in text if not unicodedata.combining(char))


def safety_topics(text: str) -> list[str]:
    """The safety topics a question touches, in the order of SAFETY_TOPICS."""
    plain = _plain(text or "")
    return [topic for topic, pattern in _COMPILED.items() if pattern.search(plain)]


def safety_helpline_names(topics: list[str]) -> list[str]:
    """The helplines for these topics, each once, in order."""
    names: list[str] = []
    for topic in topics:
        for name in SAFETY_TOPICS.get(topic, ((), ()))[1]:
            if name not in names:
                names.append(name)
    return names
