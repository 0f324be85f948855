"""Readability: the LIX score, the same formula as Wagtail's editor check.

LIX = words / sentences + 100 * long words / words, where a long word has more than
six letters. Below 35 is easy, 35-45 average. Our bar for parents' pages: 40. Only the
demo-content tests measure it; editors get Wagtail's own readability check.
"""

import re

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n\s*\n")


def lix(text: str) -> float:
    """The LIX score of plain text (0 for text without words)."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    long_words = sum(1 for w in words if len(w) > 6)
    return len(words) / sentences + 100 * long_words / len(words)
