"""Site search at /zoeken/: pages, plans, and the models of the apps below.

It lives in the roof because it combines several apps. Each model in SEARCH_MODELS is
Wagtail-search indexed and has get_absolute_url(); it may define a classmethod
`search_queryset()` with what parents may see (default: live=True when the model has a
`live` field, else everything).
"""

import hashlib
import logging
import re
import time
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import QuerySet
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import normalise_query_string

from content.forms import SearchForm
from content.i18n import (
    SOURCE_LANGUAGE,
    active_language,
    in_source_locale,
    search_locale_pick,
    search_locale_scope,
)
from content.models import GlossaryTerm, ThemePage, public_filter
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
from core.page_cache import (
    content_cached,
    content_cached_many,
    content_generation_recent,
)
from core.ratelimit import rate_limited
from eenouderpunt.search_counts import search_count
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
    # A page whose text is only looked up when the hit is shown (its id and type).
    page_id: int | None = None
    page_type: int | None = None
    # An object of another app that is only loaded when the hit is shown.
    model_label: str = ""
    object_pk: object = None


def build_query(words: list[str], expansions: dict[str, list[str]] | None = None):
    """Every word must match, in any of its Dutch forms or what it also means."""
    parts = [
        Or([PlainText(term) for term in terms])
        for terms in _word_terms(words, expansions)
    ]
    return parts[0] if len(parts) == 1 else And(parts)


def _word_terms(words, expansions=None) -> list[list[str]]:
    """For each searched word, what may match it: its Dutch forms (computed once) and
    what it also means."""
    expansions = expansions or {}
    return [list(word_variants(w)) + list(expansions.get(w, ())) for w in words]


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


def _sources() -> dict[str, QuerySet]:
    """What parents may find, per source: {"page": pages, model label: objects}.

    Every search path (PostgreSQL's single query and the fallback) filters by these
    querysets: a filter that applies to all searches (the language of a page, say)
    is added here, once per source.
    """
    # Pages under a view restriction are left out as Page.public() does, from the
    # restricted paths kept per content generation (no query per search).
    sources = {"page": search_locale_scope(public_filter()(Page.objects.live()))}
    for model in SEARCH_MODELS:
        if hasattr(model, "search_queryset"):
            queryset = model.search_queryset()
        else:
            queryset = model._default_manager.all()
            if any(f.name == "live" for f in model._meta.fields):
                queryset = queryset.filter(live=True)
        if _translatable(model):
            queryset = search_locale_scope(queryset)
        sources[model._meta.label] = queryset
    return sources


def _translatable(model) -> bool:
    return any(f.name == "translation_key" for f in model._meta.fields)


def _one_per_item(model, keys: list) -> list:
    """The found keys of a translatable model, one per item in the search's order:
    the active language's row where it was found, else the Dutch one (one query, none
    in Dutch)."""
    rows = model._default_manager.filter(pk__in=keys).only(
        "locale_id", "translation_key"
    )
    by_pk = {row.pk: row for row in rows}
    picked = search_locale_pick([by_pk[k] for k in keys if k in by_pk])
    return [row.pk for row in picked]


def _tsquery_term(term: str) -> str:
    """One term as to_tsquery text: its words (split as Wagtail splits them) quoted
    and joined by AND."""
    parts = [p for p in re.split(r"[\s\-]+", term) if p]
    return " & ".join(
        "'" + p.replace("\\", "\\\\").replace("'", "''") + "'" for p in parts
    )


# Primary keys that are whole numbers, as the search index stores them (text).
_INTEGER_KEYS = frozenset(
    {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}
)


def _source_parts(sources: dict) -> tuple[list, list, list]:
    """The SQL that names each source's rows and keeps what parents may see:
    (CASE branches, visibility conditions, [(number, label, content types,
    parameters)]). Built from the sources' querysets; the same for every search."""
    from django.db.models import CharField, F
    from django.db.models.functions import Cast
    from wagtail.search.utils import get_descendant_models

    cases, visible, labels = [], [], []
    for number, (label, queryset) in enumerate(sources.items()):
        try:
            content_types = [
                ct.pk
                for ct in ContentType.objects.get_for_models(
                    *get_descendant_models(queryset.model)
                ).values()
            ]
            if queryset.model._meta.pk.get_internal_type() in _INTEGER_KEYS:
                # Looked up by primary key for each matching row only: an IN list
                # would read every row the source may show (all 10,000 groups:
                # 6 ms of a 12 ms search in EXPLAIN ANALYZE). The CASE keeps the
                # cast to rows of this source's types, whose keys are numbers.
                rows = queryset.order_by().annotate(_pk=F("pk")).values("_pk")
                ids_sql, ids_params = rows.query.sql_with_params()
                condition = (
                    "(CASE WHEN e.content_type_id = ANY(%s) THEN EXISTS (SELECT 1 "
                    f"FROM ({ids_sql}) v WHERE v._pk = e.object_id::bigint) "
                    "ELSE false END)"
                )
            else:
                ids = (
                    queryset.order_by()
                    .annotate(_sid=Cast("pk", CharField()))
                    .values("_sid")
                )
                ids_sql, ids_params = ids.query.sql_with_params()
                condition = (
                    f"(e.content_type_id = ANY(%s) AND e.object_id IN ({ids_sql}))"
                )
        except Exception:  # another app's model must never break the search page
            logger.exception("search in %s failed", label)
            continue
        cases.append(f"WHEN e.content_type_id = ANY(%s) THEN {number}")
        visible.append(condition)
        labels.append((number, label, content_types, ids_params))
    return cases, visible, labels


# (content generation, language, minute) -> _source_parts of that moment.
_source_parts_kept: dict[tuple, tuple] = {}


def _source_parts_recent() -> tuple[list, list, list]:
    """_source_parts, built at most once a minute per content generation and
    language in each process (1-2 ms of every search). Within that minute an event
    that just ended can still be found, as for the search hits kept per generation
    (SEARCH_CACHE_SECONDS); everything parents may no longer see after a change is
    gone at once, because the change starts a new generation."""
    key = (content_generation_recent(), active_language(), int(time.time() // 60))
    parts = _source_parts_kept.get(key)
    if parts is None:
        parts = _source_parts(_sources())
        if len(_source_parts_kept) > 16:
            _source_parts_kept.clear()
        _source_parts_kept[key] = parts
    return parts


def _postgres_found(word_terms) -> dict[str, list]:
    """All sources in one PostgreSQL full-text query on the stored search index
    (tsvectors with GIN indexes), the best MAX_RESULTS_PER_SOURCE of each source.

    The ranking is the one Wagtail's database backend computes for the same query
    (ts_rank per term on title and body, title weighted by its norm; an AND of words
    multiplies, an OR of forms averages), built as SQL text once per query instead
    of compiled as expressions per source. The GIN indexes narrow the rows first: a
    row can only match when every word has one of its forms in the title or body.
    """
    from wagtail.search.backends.database.postgres.weights import get_sql_weights
    from wagtail.search.models import IndexEntry

    config = getattr(get_search_backend(), "config", None) or "simple"
    groups = [
        [t for t in (_tsquery_term(term) for term in terms) if t]
        for terms in word_terms
    ]
    groups = [g for g in groups if g]
    if not groups:
        return {}
    tsq = "to_tsquery(%s::regconfig, %s)"
    weights = get_sql_weights()

    def rank(vector: str) -> tuple[str, list]:
        factors, params = [], []
        for group in groups:
            ranks = []
            for term in group:
                ranks.append(f"ts_rank(%s::float4[], e.{vector}, {tsq})")
                params += [weights, config, term]
            factors.append(f"(1 + ({' + '.join(ranks)}) / {len(ranks)})")
        if len(factors) == 1:  # one word: its OR alone, as Wagtail ranks it
            return f"(({' + '.join(ranks)}) / {len(ranks)})", params
        return f"({' * '.join(factors)} - 1)", params

    title_rank, title_params = rank("title")
    body_rank, body_params = rank("body")
    whole = " & ".join("(" + " | ".join(f"({t})" for t in g) + ")" for g in groups)
    narrow, narrow_params = [], []
    for group in groups:
        lexemes = " | ".join(
            f"'{w}'" for t in group for w in re.findall(r"'((?:[^']|'')*)'", t)
        )
        narrow.append(f"(e.title @@ {tsq} OR e.body @@ {tsq})")
        narrow_params += [config, lexemes, config, lexemes]

    cases, visible, labels = _source_parts_recent()
    if not visible:
        return {}
    # The parameters in the order of their places in the SQL below.
    case_params = [content_types for _n, _l, content_types, _p in labels]
    visible_params = []
    for _n, _label, content_types, ids_params in labels:
        visible_params += [content_types, *ids_params]
    table = IndexEntry._meta.db_table
    # First the matching rows (GIN indexes), then what parents may see, ranked.
    sql = f"""
        WITH matched AS MATERIALIZED (
            SELECT e.content_type_id, e.object_id, e.title, e.body, e.title_norm
            FROM {table} e
            WHERE {" AND ".join(narrow)} AND (e.title || e.body) @@ {tsq}
        )
        SELECT source, object_id FROM (
            SELECT source, object_id, row_number() OVER (
                PARTITION BY source ORDER BY rank DESC, length(object_id) DESC,
                object_id DESC
            ) AS position
            FROM (
                SELECT CASE {" ".join(cases)} END AS source, e.object_id,
                    {title_rank} * e.title_norm + {body_rank} AS rank
                FROM matched e
                WHERE ({" OR ".join(visible)})
            ) visible
        ) ranked
        WHERE position <= %s
        ORDER BY source, position
    """
    all_params = (
        narrow_params
        + [config, whole]
        + case_params
        + title_params
        + body_params
        + visible_params
        + [MAX_RESULTS_PER_SOURCE]
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, all_params)
        rows = cursor.fetchall()
    by_number = {number: label for number, label, _c, _p in labels}
    found: dict[str, list] = {}
    for number, object_id in rows:
        found.setdefault(by_number[number], []).append(object_id)
    # Keys only: what a page hit needs (title and URL rank and dedupe them) is kept
    # per content generation (_page_cards); other objects are loaded only when
    # shown (_texts_fill).
    result = {}
    for label, object_ids in found.items():
        model = Page if label == "page" else apps.get_model(label)
        keys = [model._meta.pk.to_python(i) for i in object_ids]
        if label != "page" and (
            _translatable(model) and active_language() != SOURCE_LANGUAGE
        ):
            keys = _one_per_item(model, keys)
        result[label] = [_Found(k) for k in keys]
    return result


@dataclass(frozen=True)
class _Found:
    """The key of a found object that is loaded only when its hit is shown."""

    pk: object


def _backend_found(query, sources: dict) -> dict[str, list]:
    """Each source searched by Wagtail's search backend (SQLite and others)."""
    found = {}
    for label, queryset in sources.items():
        try:
            found[label] = list(
                get_search_backend().search(query, queryset)[:MAX_RESULTS_PER_SOURCE]
            )
            if label == "page" or _translatable(queryset.model):
                found[label] = search_locale_pick(found[label])
        except Exception:  # another app's model must never break the search page
            logger.exception("search in %s failed", label)
    return found


def _found(words, expansions) -> dict[str, list]:
    if connection.vendor == "postgresql":
        return _postgres_found(_word_terms(words, expansions))
    return _backend_found(build_query(words, expansions), _sources())


@dataclass(frozen=True)
class _PageCard:
    """What a hit needs of a found page: no text yet (_texts_fill)."""

    pk: int
    title: str
    url: str | None
    model_name: str
    content_type_id: int
    locale_id: int
    translation_key: object


def _page_card(page, request) -> _PageCard:
    model = page.specific_class
    return _PageCard(
        pk=page.pk,
        title=page.title,
        url=page.get_url(request),
        model_name=model._meta.model_name if model else "",
        content_type_id=page.content_type_id,
        locale_id=page.locale_id,
        translation_key=page.translation_key,
    )


def _page_cards(pages, request) -> list[_PageCard]:
    """Cards for found pages, in order: from Page objects (the search backend), or
    for keys (_Found, PostgreSQL) kept per content generation, language and host
    (a URL is relative to the site asked for), one per item in the reader's
    language. Loading 50 pages and working out their URLs took 6 ms of a search."""
    keys = [page.pk for page in pages if isinstance(page, _Found)]
    if not keys:
        return [_page_card(page, request) for page in pages]

    def build(ids: list) -> dict:
        return {
            pk: _page_card(page, request)
            for pk, page in Page.objects.in_bulk(ids).items()
        }

    cards = content_cached_many(
        f"search-page-card:{request.get_host()}", keys, build, SEARCH_CACHE_SECONDS
    )
    return search_locale_pick(cards[k] for k in keys if k in cards)


def _page_hits(pages, request) -> list[Hit]:
    """Hits for found pages (not their specific types): the text is looked up only
    for the pages shown (_texts_fill)."""
    return [
        Hit(
            title=card.title,
            url=card.url,
            text="",
            kind=PAGE_TYPE_LABELS.get(card.model_name, _("Pagina")),
            page_id=card.pk,
            page_type=card.content_type_id,
        )
        for card in _page_cards(pages, request)
    ]


def _model_hits(found: dict[str, list]) -> list[Hit]:
    hits = []
    for model in SEARCH_MODELS:
        kind = str(model._meta.verbose_name).capitalize()
        for obj in found.get(model._meta.label, ()):
            if isinstance(obj, _Found):
                hits.append(
                    Hit(
                        "",
                        "",
                        "",
                        kind,
                        model_label=model._meta.label,
                        object_pk=obj.pk,
                    )
                )
            else:
                hits.append(
                    Hit(str(obj), obj.get_absolute_url(), _object_text(obj), kind)
                )
    return hits


def _object_text(obj) -> str:
    return next(
        (
            str(getattr(obj, name))
            for name in ("summary", "search_description", "description", "intro")
            if getattr(obj, name, "")
        ),
        "",
    )


def _texts_fill(hits: list[Hit], marked: list[str]) -> None:
    """The text, and the marked title and text, of the hits shown: a page's intro,
    or the part of its body that matched when the intro does not (from the stored
    data, not by rendering: rendering costs queries). What a page or object says is
    kept per content generation (_page_texts, _object_texts); only the marks and
    the excerpt depend on the words searched."""
    page_types = {
        hit.page_id: hit.page_type
        for hit in hits
        if hit.page_id is not None and hit.page_type is not None and not hit.text
    }
    texts = content_cached_many(
        "search-page-text",
        list(page_types),
        lambda ids: _page_texts({pk: page_types[pk] for pk in ids}),
        SEARCH_CACHE_SECONDS,
    )
    object_keys = [
        f"{hit.model_label}:{hit.object_pk}"
        for hit in hits
        if hit.model_label and not hit.url
    ]
    objects = content_cached_many(
        "search-object", object_keys, _object_texts, SEARCH_CACHE_SECONDS
    )
    for hit in hits:
        found = objects.get(f"{hit.model_label}:{hit.object_pk}")
        if hit.model_label and not hit.url and found is not None:
            hit.title, hit.url, hit.text = found
    for hit in hits:
        if hit.page_id in texts and not hit.text:
            text, body_text = texts[hit.page_id]
            if body_text is not None and not highlight(text, marked).count("<mark>"):
                text = excerpt(body_text, marked) or text
            hit.text = text
        hit.kind = str(hit.kind)
        hit.title_html = highlight(hit.title, marked)
        hit.text_html = highlight(hit.text, marked)


def _page_texts(page_types: dict[int, int]) -> dict[int, tuple[str, str | None]]:
    """{page id: (intro or description, the words of its body or None)}: one query
    per page type."""
    by_type: dict[int, list[int]] = {}
    for page_id, content_type_id in page_types.items():
        by_type.setdefault(content_type_id, []).append(page_id)
    texts = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        for pk, page in model._default_manager.in_bulk(ids).items():
            body = getattr(page, "body", None)
            texts[pk] = (
                _page_text(page),
                None if body is None else stream_text(body.raw_data),
            )
    return texts


def _object_texts(keys: list[str]) -> dict[str, tuple[str, str, str]]:
    """{"label:pk": (title, link, text)} of other apps' objects: one query per model."""
    by_model: dict[str, dict[str, str]] = {}
    for key in keys:
        label, _sep, pk = key.partition(":")
        by_model.setdefault(label, {})[pk] = key
    texts = {}
    for label, wanted in by_model.items():
        model = apps.get_model(label)
        pks = {model._meta.pk.to_python(pk): key for pk, key in wanted.items()}
        for pk, obj in model._default_manager.in_bulk(list(pks)).items():
            texts[pks[pk]] = (str(obj), obj.get_absolute_url(), _object_text(obj))
    return texts


def _promoted_hits(query_string: str, request) -> list[Hit]:
    """The editors' picks for this query, first (from _promotions: no query)."""
    return [
        Hit(title, url, description, _("Aanrader"), True)
        for title, url, description in _promotions(request).get(query_string, ())
    ]


def _promotions(request) -> dict[str, list[tuple[str, str, str]]]:
    """Every search promotion as (title, link, description) per query, kept per host
    until content changes (promotions and pages are public content): a first-time
    search would otherwise ask the database for picks it almost never has."""

    def build():
        promotions = (
            SearchPromotion.objects.filter(query__isnull=False)
            .select_related("page", "query")
            .order_by("sort_order", "pk")
        )
        found: dict[str, list[tuple[str, str, str]]] = {}
        for promotion in promotions:
            if promotion.page_id:
                page = promotion.page
                if not page.live:
                    continue
                title, url = page.title, page.get_url(request)
            elif promotion.external_link_url:
                title = promotion.external_link_text or promotion.external_link_url
                url = promotion.external_link_url
            else:
                continue
            found.setdefault(promotion.query.query_string, []).append(
                (title, url, promotion.description)
            )
        return found

    host = hashlib.sha256(request.get_host().encode()).hexdigest()
    return content_cached(f"search-promotions:{host}", build, SEARCH_CACHE_SECONDS)


def _log_query(raw: str, normalised: str, *, matched: bool):
    """Count the query in aggregate (query text and daily hits only, never who);
    a query that may hold personal data is not stored (query_may_be_counted)."""
    if not normalised or not query_may_be_counted(raw, matched=matched):
        return
    search_count(normalised)


def _vocabulary():
    """Words on the site for spelling suggestions, kept until content changes."""

    def build():
        words = set()
        pages = in_source_locale(public_filter()(Page.objects.live()))
        titles = pages.values_list("title", flat=True)[:2000]
        for title in titles:
            words.update(w.lower() for w in search_terms(title).split())
        words.update(
            t.lower()
            for t in in_source_locale(GlossaryTerm.objects.all()).values_list(
                "term", flat=True
            )
        )
        return words

    return content_cached("search-vocabulary", build, SEARCH_CACHE_SECONDS)


def _marked(words: list[str], expansions) -> list[str]:
    """The words to mark: what was searched and what a synonym found too
    ("huiselijk geweld" for "geweld")."""
    return words + [
        part
        for meanings in (expansions or {}).values()
        for m in meanings
        for part in m.split()
    ]


def _hits(words: list[str], normalised: str, request, expansions=None) -> list[Hit]:
    """All hits in order (promoted first); their text is filled in when shown."""
    found = _found(words, expansions)
    hits = _promoted_hits(normalised, request)
    promoted_urls = {h.url for h in hits}
    hits += [
        h
        for h in rank_by_title(
            _page_hits(found.get("page", ()), request), words, expansions or {}
        )
        + _model_hits(found)
        if h.url not in promoted_urls
    ]
    # Pages outside any site have no URL; other objects get theirs when shown.
    hits = [hit for hit in hits if hit.url or hit.model_label]
    for hit in hits:
        hit.kind = str(hit.kind)
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


def _theme_pages() -> list:
    return search_locale_pick(
        search_locale_scope(public_filter()(ThemePage.objects.live())).only(
            "title", "url_path", "locale_id", "translation_key"
        )
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
        # Only the hits shown get their text, excerpt and marks.
        _texts_fill(list(context["results"].object_list), _marked(words, expansions))
        if page_number in ("", "1"):
            _log_query(query, normalised, matched=bool(hits))
        if not hits:
            context["suggestion"] = suggest(words, _vocabulary())
            # Called only when the help for "nothing found" is rendered, not when
            # it comes from the cache.
            context["theme_pages"] = _theme_pages
    response = render(request, "eenouderpunt/search.html", context)
    # Every search is counted for the editors' "popular searches": no shared cache
    # (ours or a CDN's) may answer it instead of this view.
    patch_cache_control(response, private=True)
    return response
