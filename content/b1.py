"""The B1 check beyond the glossary: rare words, long sentences, passive sentences.

Pure functions over plain text, so they test without a database. The editor gets
the findings as a warning when a page is saved (content.wagtail_hooks), beside
Wagtail's own readability (LIX) score in the preview panel.

- A **rare word** is a word with a Zipf frequency below RARE_ZIPF in the Dutch list
  of `wordfreq` (Zipf 3 = once per million words). Not rare: names (a capital inside
  a sentence), abbreviations (all capitals), numbers, words in the glossary and
  their inflections, words on the approved list (content/seed/b1_approved.yaml,
  kept by editors), and compounds of two common words (omgang + regeling).
- Editors approve a needed sentence (a long official name, a question a parent asks
  in the passive) by adding it to `sentences:` in the same file: data, not code.
- A **long sentence** has more than LONG_SENTENCE_WORDS words.
- A **passive sentence** has a form of "worden" with a past participle, or a form
  of "zijn" with a past participle and "door" ("De toeslag wordt betaald",
  "Het is betaald door de gemeente"). A heuristic: it warns, never blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

RARE_ZIPF = 3.0
COMPOUND_PART_ZIPF = 3.5
LONG_SENTENCE_WORDS = 15
APPROVED_FILE = Path(__file__).resolve().parent / "seed" / "b1_approved.yaml"

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_TOKEN = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n\s*\n|\n(?=\s*[-•*])")
# Endings a glossary word or approved word can take: kind-eren, toeslag-en, ouder-s.
_INFLECTIONS = ("", "s", "'s", "e", "en", "n", "er", "ers", "eren", "es", "t", "te")
_LINKS = ("", "s", "e", "en")  # between the parts of a compound: ouderschap-s-plan

_WORDEN = {"word", "wordt", "worden", "werd", "werden", "geworden"}
_ZIJN = {"is", "zijn", "was", "waren", "ben", "bent", "geweest"}
_SEPARABLE = (
    "aan af bij door in mee na om onder op over terug toe uit vast voor weg"
).split()
# Words that look like a past participle but are not one.
_NOT_PARTICIPLE = set(
    (
        "gezin gezinnen geld gemeente gemeenten genoeg gewoon gewone geen gezond "
        "gesprek gesprekken geval gevallen gegevens geboorte gedrag gebied gebouw "
        "gedachten geheim gehad gelden geldt gelijk gelukkig gemiddeld gemiddelde "
        "gerust geschikt getal gevaar gevoel gevoelens gewicht geweld gezag gezicht "
        "gezondheid gebeurt gebeuren gebruiken gebruikt gebrek geven geeft gaat gaan "
        "genieten geloven gelooft gerecht geleden geduld gedeeltelijk gedeelte "
        "getuige getuigen gewend geheel gehele geestelijk geestelijke gevolg gevolgen "
        "gericht beneden verleden"
    ).split()
)


@dataclass
class B1Findings:
    rare_words: list[str] = field(default_factory=list)
    long_sentences: list[str] = field(default_factory=list)
    passive_sentences: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rare_words or self.long_sentences or self.passive_sentences)


def sentences(text: str) -> list[str]:
    """The sentences of plain text (a blank line or list item also ends one)."""
    found = []
    for part in _SENTENCE_END.split(text):
        part = " ".join(part.split())
        if _WORD.search(part):
            found.append(part)
    return found


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def _unapproved(found: list[str]) -> list[str]:
    ok = approved().sentences
    return [s for s in found if _normal(s) not in ok]


def long_sentences(text: str, limit: int = LONG_SENTENCE_WORDS) -> list[str]:
    """Sentences with more than `limit` words (approved sentences left out)."""
    return _unapproved([s for s in sentences(text) if len(words(s)) > limit])


def is_participle(word: str) -> bool:
    """A past participle, by its form: ge...d/t/en, be/ver/ont/her/er...d, with an
    optional separable prefix (aangevraagd, opgestuurd, vastgesteld)."""
    word = word.lower()
    if word in _NOT_PARTICIPLE or len(word) < 5:
        return False
    for prefix in ("", *_SEPARABLE):
        if prefix and not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        if rest in _NOT_PARTICIPLE:
            return False
        if re.fullmatch(r"ge[^\W\d_]{2,}(?:d|t|en)", rest):
            return True
        if re.fullmatch(r"(?:be|ver|ont|her|er)[^\W\d_]{2,}d", rest):
            return True
    return False


def is_passive(sentence: str) -> bool:
    lowered = [w.lower() for w in words(sentence)]
    if not any(is_participle(w) for w in lowered):
        return False
    if _WORDEN.intersection(lowered):
        return True
    return bool(_ZIJN.intersection(lowered)) and "door" in lowered


def passive_sentences(text: str) -> list[str]:
    return _unapproved([s for s in sentences(text) if is_passive(s)])


def _normal(sentence: str) -> str:
    return " ".join(words(sentence)).lower()


@dataclass(frozen=True)
class Approved:
    """The exceptions editors approved: words and whole sentences."""

    words: frozenset[str] = frozenset()
    sentences: frozenset[str] = frozenset()


def approved_parse(data) -> Approved:
    """The approved list from its YAML data: {words: [...], sentences: [...]}."""
    if not isinstance(data, dict):
        return Approved()

    def items(key):
        value = data.get(key) or []
        return [str(item) for item in value if item] if isinstance(value, list) else []

    return Approved(
        words=frozenset(w.strip().lower() for w in items("words")),
        sentences=frozenset(_normal(s) for s in items("sentences")),
    )


@cache
def approved() -> Approved:
    """The site-wide list editors keep (content/seed/b1_approved.yaml)."""
    try:
        return approved_parse(yaml.safe_load(APPROVED_FILE.read_text("utf-8")))
    except (OSError, yaml.YAMLError):
        return Approved()


@cache
def _zipf(word: str) -> float:
    return zipf_frequency(word, "nl")


def _common(word: str) -> bool:
    return _zipf(word) >= RARE_ZIPF


def _known_form(word: str, known: frozenset[str]) -> bool:
    """The word is a known word or one of its inflections (toeslagen, toeslag)."""
    for ending in _INFLECTIONS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in known:
            return True
        # A doubled or dropped letter: kinderen -> kind, beslagen -> beslag.
        if ending and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
            return True
    return False


def _compound_of_common(word: str) -> bool:
    """Two common words glued together: omgangsregeling = omgang + s + regeling."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if _zipf(tail) < COMPOUND_PART_ZIPF:
            continue
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            if len(first) >= 3 and _zipf(first) >= COMPOUND_PART_ZIPF:
                return True
    return False


def _word_is_rare(word: str, known: frozenset[str]) -> bool:
    lowered = word.lower().replace("’", "'")
    if _known_form(lowered, known):
        return False
    parts = [p for p in re.split(r"[-']", lowered) if p]
    if len(parts) > 1:
        return any(_word_is_rare(p, known) for p in parts if len(p) > 2)
    if len(lowered) <= 3 or _common(lowered):
        return False
    return not _compound_of_common(lowered)


def rare_words(text: str, known_words=()) -> list[str]:
    """Rare words in the text, each once, in the order they appear.

    `known_words`: words that are explained or approved (glossary forms, the
    approved list); their inflections count as known too.
    """
    known = frozenset(w.lower() for w in known_words) | approved().words
    seen: set[str] = set()
    found = []
    for sentence in sentences(text):
        for index, token in enumerate(_TOKEN.findall(sentence)):
            if any(c.isdigit() for c in token) or "@" in token or "/" in token:
                continue
            for word in _WORD.findall(token):
                if word.isupper() and len(word) > 1:
                    continue  # an abbreviation: UWV, SVB
                if word[0].isupper() and index > 0:
                    continue  # a name inside a sentence
                key = word.lower()
                if key in seen:
                    continue
                if _word_is_rare(word, known):
                    seen.add(key)
                    found.append(key)
    return found


def b1_check(text: str, known_words=()) -> B1Findings:
    """Everything the editor is warned about for this text."""
    return B1Findings(
        rare_words=rare_words(text, known_words),
        long_sentences=long_sentences(text),
        passive_sentences=passive_sentences(text),
    )


def glossary_forms(terms) -> list[str]:
    """Every form of every glossary term (objects with `.forms`), lower case."""
    return [form.lower() for term in terms for form in term.forms]
