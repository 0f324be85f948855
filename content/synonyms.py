"""The editors' search synonyms and the glossary words a search is about.

Reads for the site search (eenouderpunt/search.py); the rules that use them are
pure functions in content/search.py.
"""

from content.glossary import terms_used
from content.i18n import in_source_locale
from content.models import GlossaryTerm, SearchSynonym
from core.page_cache import content_cached

CACHE_KEY = "search-synonyms"
GLOSSARY_CACHE_KEY = "search-glossary"
CACHE_SECONDS = 600
# The table is small; a runaway import must not make each search slow.
MAX_ROWS = 2000
MAX_GLOSSARY_TERMS = 3


def synonym_table() -> dict[str, list[str]]:
    """{word: [what it also means]}, kept until content changes (one query when
    the cache is cold)."""

    def build():
        rows = SearchSynonym.objects.only("word", "also_means")[:MAX_ROWS]
        return {row.word: row.meanings for row in rows if row.meanings}

    return content_cached(CACHE_KEY, build, CACHE_SECONDS)


def glossary_terms_for(words: list[str], expansions: dict[str, list[str]]) -> list:
    """The glossary terms the searched words (or what they also mean) name.

    The glossary is kept until content changes: no query on a warm search."""
    text = " ".join(words + [m for meanings in expansions.values() for m in meanings])
    if not text:
        return []
    terms = content_cached(
        GLOSSARY_CACHE_KEY,
        lambda: list(in_source_locale(GlossaryTerm.objects.all())[:MAX_ROWS]),
        CACHE_SECONDS,
    )
    return terms_used(text, terms)[:MAX_GLOSSARY_TERMS]
