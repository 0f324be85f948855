"""Glossary rules: find difficult words in a text, and link them to their explanation.

Pure functions over plain objects with `.forms` (the word and its other forms) and
`.anchor` (the id of its explanation on the page), so they test without a database.
"""

import re

from django.utils.html import escape, strip_tags

_TAG = re.compile(r"(<[^>]+>)")
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|dt|dd|td|th|summary|caption)>")


def html_to_text(html: str) -> str:
    """Plain text from HTML; block elements end a sentence."""
    return strip_tags(_BLOCK_END.sub(".\n\n", html))


def _pattern(forms) -> re.Pattern:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


def terms_used(text: str, terms) -> list:
    """The terms that occur in `text` (any of their forms, whole words only)."""
    return [t for t in terms if t.forms and _pattern(t.forms).search(text)]


def terms_unexplained(text: str, terms, explained) -> list:
    """Terms the text uses that the page does not explain: for the editor's warning."""
    explained_ids = {id(t) if not hasattr(t, "pk") else t.pk for t in explained}
    return [
        t
        for t in terms_used(text, terms)
        if (t.pk if hasattr(t, "pk") else id(t)) not in explained_ids
    ]


def _mark_text(text: str, todo: list, already_marked: set) -> str:
    """Link the first use of each term in a plain-text part of the HTML."""
    pieces = []
    while todo:
        best = None
        for term in todo:
            match = _pattern(term.forms).search(text)
            if match and (best is None or match.start(1) < best[1].start(1)):
                best = (term, match)
        if best is None:
            break
        term, match = best
        pieces.append(text[: match.start(1)])
        pieces.append(
            f'<a class="glossary-term" href="#{escape(term.anchor)}">{match.group(1)}</a>'
        )
        text = text[match.end(1) :]
        already_marked.add(term.anchor)
        todo.remove(term)
    pieces.append(text)
    return "".join(pieces)


def mark_terms(html: str, terms, already_marked: set) -> str:
    """Link the first use of each term on the page to its explanation.

    Only text outside tags and outside existing links is changed. `already_marked`
    holds the anchors linked earlier on the page; it is updated in place.
    """
    todo = [t for t in terms if t.anchor not in already_marked and t.forms]
    if not todo:
        return html
    parts = _TAG.split(html)
    in_link = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            lowered = part.lower()
            if lowered.startswith("<a ") or lowered == "<a>":
                in_link += 1
            elif lowered.startswith("</a"):
                in_link = max(0, in_link - 1)
            continue
        if in_link or not part.strip():
            continue
        parts[index] = _mark_text(part, todo, already_marked)
        if not todo:
            break
    return "".join(parts)
