"""Site search rules: query words, Dutch word forms, privacy filter, highlighting.

Pure functions (no database). The view in eenouderpunt/search.py puts them together.
"""

import difflib
import functools
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# Other meanings searched per word (from the editors' synonyms table).
MAX_MEANINGS = 6
# Dutch function words parents type in a question ("wie mag in het huis blijven"):
# every searched word must match, so these would make a question find nothing.
# Snowball's Dutch stop words (PostgreSQL's "dutch" configuration ignores them, so
# both database backends treat a question alike) and a few more.
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bent bij daar dan dat de der deze die dit
    doch doe doen door dus een eens en er ga gaan ge geen geweest haar had heb
    hebben hebt heeft hem het hier hij hoe hun iemand iets ik in is ja je jij
    jou jouw kan kon kun kunnen kunt m'n maar mag me meer men met mij mijn moet
    moeten na naar niet niets nog nu of om omdat onder ons onze ook op over
    reeds te tegen toch toen tot u uit uw van veel voor waar wanneer want waren
    was wat we werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo
    zonder zou
    """.split()
)
# Search engines give query syntax to quotes and operators; parents mean words.
_NOT_A_WORD = re.compile(r"[^\w\s-]+")
_OPERATORS = {"and", "or", "not"}
_VOWELS = set("aeiou")

# Personal data must never be stored, not even as a search term.
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[a-z]{2}\b|^\s*[1-9]\d{3}\s*$", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_LONG_NUMBER = re.compile(r"(?:\d[\s.-]?){8,}")
# An address: a street name (by its usual Dutch endings), a street-like word with a
# house number, or a house number with a letter or addition ("12a", "12-2").
_STREET = re.compile(
    r"[^\W\d_]{2,}(?:straat|str|laan|gracht|kade|singel|steeg|dreef|plantsoen|"
    r"boulevard)\b",
    re.IGNORECASE,
)
_STREET_WITH_NUMBER = re.compile(
    r"[^\W\d_]{2,}(?:weg|plein|dijk|pad|markt|park|dam|wal|veld|baan|erf|"
    r"kamp|hoek|burg|berg|oord|hof|weide|zijde)\.?\s+\d{1,5}\b",
    re.IGNORECASE,
)
# Not "2e" (tweede): "2e kind" is a question, not an address.
_HOUSE_NUMBER = re.compile(r"\b\d{1,5}(?:\s?[a-df-z]|\s?-\s?\d{1,4})\b", re.IGNORECASE)
_WORD_THEN_NUMBER = re.compile(
    r"[^\W\d_]{2,}\.?\s+(\d{1,5})\b"
    r"(?!\s*(?:jaar|maand|week|weken|dag|dagen|uur|kind|euro|keer|procent|%))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def search_terms(raw: str) -> str:
    """Words to search for: punctuation and query syntax removed, length capped."""
    return " ".join(_NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split())


def search_words(terms: str) -> list[str]:
    """The distinct words of a cleaned query, lower case, without operators."""
    words = []
    for word in terms.lower().split():
        word = word.strip("-_")
        if word and word not in _OPERATORS and word not in words:
            words.append(word)
    return words[:MAX_WORDS]


def _undouble(stem: str) -> str:
    """Dutch spelling: 'scholen' -> 'schol' -> 'school'; 'bonnen' -> 'bonn' -> 'bon'."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return stem[:-1]
    if (
        len(stem) >= 3
        and stem[-1] not in _VOWELS
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    ):
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def word_variants(word: str) -> list[str]:
    """The word and its likely other Dutch forms (plural, singular, diminutive).

    PostgreSQL's Dutch stemmer already folds most forms, but not irregular plurals
    ('kinderen' -> 'kinder', not 'kind'), and SQLite has no stemming at all. So we
    search for a few forms of each word: 'kinderen' also finds 'kind'. Computed once
    per word (a search asks for them when querying, ranking and marking).
    """
    return list(_word_variants(word.lower()))


@functools.lru_cache(maxsize=2048)
def _word_variants(word: str) -> tuple[str, ...]:
    forms = [word]

    def add(form):
        if len(form) >= 3 and form not in forms:
            forms.append(form)

    if word.endswith("eren") and len(word) > 6:
        add(word[:-4])  # kinderen -> kind, liederen -> lied
    if word.endswith("tje") or word.endswith("pje"):
        add(word[:-3])
    elif word.endswith("je"):
        add(word[:-2])  # kindje -> kind
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        add(stem)
        add(_undouble(stem))
    elif word.endswith("s") and len(word) > 4:
        add(word[:-1])  # ouders -> ouder
    elif len(word) >= 3 and not word.endswith(("en", "s")):
        # A singular query also finds the plural: kind -> kinderen, toeslag -> toeslagen.
        add(word + "en")
        add(word + "eren")
        add(word + "s")
    return tuple(forms[:5])


def meaningful_words(words: list[str]) -> list[str]:
    """The searched words without Dutch function words; all of them when every
    word is one ("het" alone is still searched)."""
    kept = [w for w in words if w not in STOP_WORDS]
    return kept or words


def expand_words(words: list[str], table: dict[str, list[str]]) -> dict[str, list[str]]:
    """For each searched word, the other words it also means (editors' synonyms).

    One step only: the synonyms of a synonym are not looked up, so a loop in the
    table (a -> b -> a) cannot grow the query. A word is looked up in its Dutch
    forms too ("omgangsregelingen" finds the row for "omgangsregeling"). A meaning
    that is already a searched word is left out.
    """
    expansions = {}
    for word in words:
        meanings = []
        for form in word_variants(word):
            for meaning in table.get(form, ()):
                if meaning != word and meaning not in words and meaning not in meanings:
                    meanings.append(meaning)
        expansions[word] = meanings[:MAX_MEANINGS]
    return expansions


def _title_matches(title: str, words) -> int:
    pattern = _mark_pattern(list(words))
    if pattern is None:
        return 0
    return len({m.group(1).lower() for m in pattern.finditer(title or "")})


def rank_by_title(hits: list, words: list[str], expansions: dict[str, list[str]]):
    """Hits whose title names what was searched first, keeping the search engine's
    order otherwise: a searched word in the title counts twice, a word it also
    means (a synonym) once. A parent who types "gezag" gets "Gezag en erkenning"
    before a page that mentions gezag in passing."""
    meanings = [
        part for found in expansions.values() for m in found for part in m.split()
    ]

    def score(hit):
        return 2 * _title_matches(hit.title, words) + _title_matches(
            hit.title, meanings
        )

    return sorted(hits, key=lambda hit: -score(hit))


def looks_personal(raw: str) -> bool:
    """Whether a query looks like personal data: a postcode, e-mail address, phone
    or other long number, or a street address (with or without a name before it).
    """
    return bool(
        _POSTCODE.search(raw)
        or _EMAIL.search(raw)
        or _LONG_NUMBER.search(raw)
        or _looks_like_address(raw)
    )


def _looks_like_address(raw: str) -> bool:
    if _STREET.search(raw) or _STREET_WITH_NUMBER.search(raw):
        return True
    if _HOUSE_NUMBER.search(raw):
        return True
    # "Jan Jansen Heuvel 12": a word and a number among other words. A year
    # ("toeslag 2027") is not a house number.
    if len(raw.split()) >= 3:
        return any(
            not _YEAR.fullmatch(m.group(1)) for m in _WORD_THEN_NUMBER.finditer(raw)
        )
    return False


def query_may_be_counted(raw: str, *, matched: bool) -> bool:
    """Whether the editors' search statistics may store this query.

    Never when it looks personal. A query that found nothing is stored only as a
    single word: a name, or a name with an address, is never one word; what
    parents miss ("alimentatie") usually is.
    """
    if looks_personal(raw):
        return False
    return matched or len(search_words(search_terms(raw))) == 1


def _mark_pattern(words: list[str]) -> re.Pattern | None:
    return _mark_pattern_cached(tuple(words))


@functools.lru_cache(maxsize=256)
def _mark_pattern_cached(words: tuple[str, ...]) -> re.Pattern | None:
    stems = sorted(
        {v for w in words for v in word_variants(w) if len(v) >= 3},
        key=len,
        reverse=True,
    )
    if not stems:
        return None
    # A word that starts with a searched form is a match: 'kind' marks 'kinderen'.
    return re.compile(
        r"\b(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE
    )


def highlight(text: str, words: list[str]) -> SafeString:
    """Escaped text with the searched words wrapped in <mark>."""
    text = text or ""
    pattern = _mark_pattern(words)
    if pattern is None:
        return mark_safe(escape(text))  # noqa: S308 - escaped
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped


def excerpt(text: str, words: list[str], length: int = 220) -> str:
    """A part of the text around the first searched word (plain text)."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    pattern = _mark_pattern(words)
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    end = text.rfind(" ", start, start + length)
    end = end if end > start else start + length
    return ("… " if start else "") + text[start:end] + " …"


def suggest(words: list[str], vocabulary) -> str:
    """A spelling suggestion from words on the site, or '' when none is close."""
    vocabulary = {v.lower() for v in vocabulary if len(v) >= 4}
    changed, suggestion = False, []
    for word in words:
        if word in vocabulary:
            suggestion.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        if close:
            suggestion.append(close[0])
            changed = True
        else:
            suggestion.append(word)
    return " ".join(suggestion) if changed else ""
