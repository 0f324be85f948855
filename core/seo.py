"""What search engines read about a page: its description, canonical URL, JSON-LD.

Pure helpers, no database: the template tags in `core.templatetags.seo_tags`
call them with the page or object a view renders.
"""

import html
import json
import re
from urllib.parse import urlencode

from django.conf import settings
from django.utils.html import strip_tags

DESCRIPTION_LENGTH = 155  # about what a search engine shows under the title
# Query parameters that make a different page of the same list; every other
# parameter (filters, postcodes, tracking) is left out of the canonical URL.
CANONICAL_QUERY_PARAMETERS = ("pagina",)
# Where a description may come from, best first: Wagtail's own field, then the
# page's or object's own short text.
DESCRIPTION_FIELDS = ("search_description", "intro", "summary", "description")

_SPACE = re.compile(r"\s+")


def description_trim(text: str, *, length: int = DESCRIPTION_LENGTH) -> str:
    """Plain text of at most `length` characters, cut on a word boundary.

    HTML tags are removed and entities decoded (rich text may come in); a cut
    text ends in an ellipsis, so a reader sees it goes on.
    """
    plain = _SPACE.sub(" ", html.unescape(strip_tags(text or ""))).strip()
    if len(plain) <= length:
        return plain
    cut = plain[: length - 1]
    if plain[length - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + "…"


def description_for(obj) -> str:
    """The meta description of a page or object: the first filled field of
    `DESCRIPTION_FIELDS`, trimmed; "" when it has none."""
    for name in DESCRIPTION_FIELDS:
        value = getattr(obj, name, "")
        if isinstance(value, str) and value.strip():
            return description_trim(value)
    return ""


def absolute_url(path: str) -> str:
    """`path` on the site's public address (WAGTAILADMIN_BASE_URL), the one
    address canonical links and the sitemap use, whatever host asked."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def canonical_url(path: str, query) -> str:
    """The absolute URL of this page without query, except a list's page number
    (`?pagina=2`; page 1 is the list itself)."""
    kept = []
    for name in CANONICAL_QUERY_PARAMETERS:
        value = query.get(name, "")
        # ASCII digits only ("²" is a digit to Python, not to int()), and not longer
        # than any real page number (int() refuses thousands of digits).
        if value.isascii() and value.isdigit() and len(value) <= 9 and int(value) > 1:
            kept.append((name, str(int(value))))
    return absolute_url(path) + ("?" + urlencode(kept) if kept else "")


def json_ld_dumps(data: dict) -> str:
    """JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are
    escaped as Unicode escapes (as Django's `json_script` does), so text from
    an editor can never close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def faq_json_ld(questions) -> dict | None:
    """Schema.org `FAQPage` for (question text, answer HTML) pairs; None if empty."""
    entities = [
        {
            "@type": "Question",
            "name": _SPACE.sub(" ", question).strip(),  # plain text already
            "acceptedAnswer": {
                "@type": "Answer",
                "text": description_trim(answer, length=10_000),
            },
        }
        for question, answer in questions
        if question and answer
    ]
    if not entities:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": entities,
    }
