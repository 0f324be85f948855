"""Personal details out of free text, before it is stored.

"Wat miste je?" is anonymous: a parent who types an e-mail address, a phone number,
a postcode or a bank account number there would make it personal data. They are
replaced by a marker; the rest of the text stays. Pure functions, no database.
Rather too much removed ("2025 EN" looks like a postcode) than a person kept.
"""

import re
import unicodedata

REMOVED = "[weggehaald]"
MAX_LENGTH = 500

_EMAIL = re.compile(r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*\.\s*[\w-]+)+", re.I)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b", re.I)
# A run of digits with the separators people type in phone numbers; it counts as a
# phone number from 9 digits on (06-12345678 has 10, "2025-2026" only 8).
_DIGIT_RUN = re.compile(r"(?:\+|\b00)?\d[\d\s().\-/]{6,}\d")
_POSTCODE = re.compile(r"\b[1-9]\d{3}(\s?)([a-z]{2})\b", re.I)
# Two-letter Dutch words that follow a number in a sentence ("in 2025 en 2026").
_WORDS = {"en", "of", "in", "op", "je", "is", "te", "de", "na", "om", "al", "er", "ik"}
_WORDS |= {"we", "ze", "zo", "nu", "al", "uw", "nl", "eu", "pm", "am"}


def _phone(match: re.Match) -> str:
    digits = sum(char.isdigit() for char in match.group())
    return REMOVED if digits >= 9 else match.group()


def _postcode(match: re.Match) -> str:
    space, letters = match.group(1), match.group(2)
    if space and letters.islower() and letters in _WORDS:
        return match.group()
    if letters.upper() in {"SA", "SD", "SS"}:  # never given to a postcode
        return match.group()
    return REMOVED


def personal_details_remove(text: str, *, max_length: int = MAX_LENGTH) -> str:
    """`text` without e-mail addresses, phone numbers, postcodes and bank account
    numbers, without control characters, and at most `max_length` characters."""
    text = "".join(
        " "
        if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} and char != "\n"
        else char
        for char in str(text or "")
    )
    text = _EMAIL.sub(REMOVED, text)
    text = _IBAN.sub(REMOVED, text)
    text = _DIGIT_RUN.sub(_phone, text)
    text = _POSTCODE.sub(_postcode, text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return text[:max_length]
