"""Site search at /zoeken/: pages, plans, and the models of the apps below.

It lives in the roof because it combines several apps. Each model in SEARCH_MODELS is
Wagtail-search indexed and has get_absolute_url(); it may define a classmethod
`search_queryset()` with what parents may see (default: live=True when the model has a
`live` field, else everything).
"""

import hashlib
import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import normalise_query_string

from content.forms import SearchForm
from content.i18n import in_source_locale, search_locale_pick, search_locale_scope
from content.models import GlossaryTerm, ThemePage
from content.search import (
    MAX_QUERY_LENGTH,
    excerpt,
    expand_words,
    highlight,
    meaningful_words,
    query_may_be_counted,
    rank_by_title,
    search_terms,
    search_words,
    suggest,
    word_variants,
)
from content.synonyms import glossary_terms_for, synonym_table
from core.page_cache import content_cached
from core.ratelimit import rate_limited
from lotgenoten.models import Event, PeerGroup
from regelingen.models import Scheme

logger = logging.getLogger(__name__)

__all__ = ["search", "search_terms"]

# Enough for any real question; keeps the work per request bounded.
MAX_RESULTS_PER_SOURCE = 50
# Hits of a query are kept until content changes (a new page-cache generation).
SEARCH_CACHE_SECONDS = 600
# Models of the apps below that join the search, besides the Wagtail pages.
SEARCH_MODELS = (PeerGroup, Event, Scheme)
PAGE_TYPE_LABELS = {
    "infopage": _("Informatie"),
    "stepplanpage": _("Stappenplan"),
    "themepage": _("Onderwerp"),
    "helplineindexpage": _("Hulp"),
    "glossarypage": _("Uitleg"),
}


@dataclass
class Hit:
    title: str
    url: str
    text: str
    kind: str
    promoted: bool = False


def build_query(words: list[str], expansions: dict[str, list[str]] | None = None):
    """Every word must match, in any of its Dutch forms or what it also means."""
    expansions = expansions or {}
    parts = [
        Or(
            [PlainText(form) for form in word_variants(w)]
            + [PlainText(meaning) for meaning in expansions.get(w, ())]
        )
        for w in words
    ]
    return parts[0] if len(parts) == 1 else And(parts)


# Values in StreamField data that are settings, not words parents read: a
# heading's level ("h2") would otherwise show up in a result's excerpt.
_NOT_TEXT_KEYS = frozenset({"level"})
# A block element ends with a space: "<li>a.</li><li>b" reads "a. b", not "a.b".
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|dt|dd|td|th|caption)>")


def stream_text(data) -> str:
    """The words in StreamField data (strings only; ids and flags are skipped)."""
    if isinstance(data, str):
        return strip_tags(_BLOCK_END.sub(" ", data))
    if isinstance(data, dict):
        if "type" in data and "value" in data:
            return stream_text(data["value"])
        return " ".join(
            stream_text(v) for k, v in data.items() if k not in _NOT_TEXT_KEYS
        )
    if isinstance(data, list | tuple) or hasattr(data, "__iter__"):
        return " ".join(stream_text(v) for v in data)
    return ""


def _page_text(page) -> str:
    for name in ("search_description", "intro"):
        value = getattr(page, name, "")
        if value:
            return value
    return ""


def _page_hits(query, words, request) -> list[Hit]:
    pages = search_locale_pick(
        search_locale_scope(Page.objects.live().public())
        .specific()
        .search(query)[:MAX_RESULTS_PER_SOURCE]
    )
    hits = []
    for page in pages:
        body = getattr(page, "body", None)
        text = _page_text(page)
        if body is not None:
            # From the stored data, not by rendering: rendering costs queries.
            body_text = stream_text(body.raw_data)
            # Show the part of the body that matched when the intro does not.
            if not highlight(text, words).count("<mark>"):
                text = excerpt(body_text, words) or text
        hits.append(
            Hit(
                title=page.title,
                url=page.get_url(request),
                text=text,
                kind=PAGE_TYPE_LABELS.get(page._meta.model_name, _("Pagina")),
            )
        )
    return hits


def _model_hits(query) -> list[Hit]:
    hits = []
    for model in SEARCH_MODELS:
        label = model._meta.label
        if hasattr(model, "search_queryset"):
            queryset = model.search_queryset()
        else:
            queryset = model._default_manager.all()
            if any(f.name == "live" for f in model._meta.fields):
                queryset = queryset.filter(live=True)
        if any(f.name == "translation_key" for f in model._meta.fields):
            queryset = search_locale_scope(queryset)
        kind = str(model._meta.verbose_name).capitalize()
        try:
            found = list(
                get_search_backend().search(query, queryset)[:MAX_RESULTS_PER_SOURCE]
            )
            if any(f.name == "translation_key" for f in model._meta.fields):
                found = search_locale_pick(found)
        except Exception:  # another app's model must never break the search page
            logger.exception("search in %s failed", label)
            continue
        for obj in found:
            text = next(
                (
                    str(getattr(obj, name))
                    for name in (
                        "summary",
                        "search_description",
                        "description",
                        "intro",
                    )
                    if getattr(obj, name, "")
                ),
                "",
            )
            hits.append(
                Hit(title=str(obj), url=obj.get_absolute_url(), text=text, kind=kind)
            )
    return hits


def _promoted_hits(query_string: str, request) -> list[Hit]:
    promotions = (
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    hits = []
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if not page.live:
                continue
            hits.append(
                Hit(
                    page.title,
                    page.get_url(request),
                    promotion.description,
                    _("Aanrader"),
                    True,
                )
            )
        elif promotion.external_link_url:
            hits.append(
                Hit(
                    promotion.external_link_text or promotion.external_link_url,
                    promotion.external_link_url,
                    promotion.description,
                    _("Aanrader"),
                    True,
                )
            )
    return hits


def _log_query(raw: str, normalised: str, *, matched: bool):
    """Count the query in aggregate (query text and daily hits only, never who);
    a query that may hold personal data is not stored (query_may_be_counted)."""
    if not normalised or not query_may_be_counted(raw, matched=matched):
        return
    try:
        Query.get(normalised).add_hit()
    except DatabaseError:  # counting must never break searching
        logger.warning("search query could not be counted")


def _vocabulary():
    words = set()
    pages = in_source_locale(Page.objects.live().public())
    for title in pages.values_list("title", flat=True)[:2000]:
        words.update(w.lower() for w in search_terms(title).split())
    terms = in_source_locale(GlossaryTerm.objects.all())
    words.update(t.lower() for t in terms.values_list("term", flat=True))
    return words


def _hits(words: list[str], normalised: str, request, expansions=None) -> list[Hit]:
    search_query = build_query(words, expansions)
    # Mark what a synonym found too ("huiselijk geweld" for "geweld").
    marked = words + [
        part
        for meanings in (expansions or {}).values()
        for m in meanings
        for part in m.split()
    ]
    hits = _promoted_hits(normalised, request)
    promoted_urls = {h.url for h in hits}
    hits += [
        h
        for h in rank_by_title(
            _page_hits(search_query, marked, request), words, expansions or {}
        )
        + _model_hits(search_query)
        if h.url not in promoted_urls
    ]
    hits = [hit for hit in hits if hit.url]  # pages outside any site have no URL
    for hit in hits:
        hit.kind = str(hit.kind)
        hit.title_html = highlight(hit.title, marked)
        hit.text_html = highlight(hit.text, marked)
    return hits


def _hits_cached(
    words: list[str], normalised: str, request, expansions=None
) -> list[Hit]:
    """The hits for these words, kept in the shared cache until content changes.

    The full-text searches are the costly part of a search; the view itself still
    runs for every search, so each one is counted.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return _hits(words, normalised, request, expansions)
    raw = f"{request.get_host()}|{chr(31).join(words)}"
    key = "search:" + hashlib.sha256(raw.encode()).hexdigest()
    return content_cached(
        key,
        lambda: _hits(words, normalised, request, expansions),
        SEARCH_CACHE_SECONDS,
    )


@rate_limited("search", limit_setting="SEARCH_RATE_LIMIT_PER_MINUTE")
def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    words = meaningful_words(search_words(search_terms(query)))
    context = {
        "query": query,
        "results": None,
        "words": words,
        "form": SearchForm(initial={"q": query}, auto_id="search-%s"),
    }
    # An odd query that has no words left still gets the "nothing found" help.
    if words:
        normalised = normalise_query_string(" ".join(words))
        # The synonyms table changes only with a new content generation, which
        # also empties the cached hits: the cache key can stay the words alone.
        expansions = expand_words(words, synonym_table())
        context["glossary_terms"] = glossary_terms_for(words, expansions)
        hits = _hits_cached(words, normalised, request, expansions)
        paginator = Paginator(hits, 10)
        page_number = request.GET.get("pagina", "1")
        context["results"] = paginator.get_page(page_number)
        if page_number in ("", "1"):
            _log_query(query, normalised, matched=bool(hits))
        if not hits:
            context["suggestion"] = suggest(words, _vocabulary())
            context["theme_pages"] = search_locale_pick(
                search_locale_scope(ThemePage.objects.live().public()).only(
                    "title", "url_path", "locale_id", "translation_key"
                )
            )
    response = render(request, "eenouderpunt/search.html", context)
    # Every search is counted for the editors' "popular searches": no shared cache
    # (ours or a CDN's) may answer it instead of this view.
    patch_cache_control(response, private=True)
    return response
