"""Languages of content: B1 Dutch is the source, English and Arabic follow it.

With wagtail-localize every translatable page and snippet (Scheme, Helpline,
GlossaryTerm, Theme) has one row per language, linked by `translation_key`. The
business logic keeps working on the Dutch rows only, so every list keeps ONE row
per item:

- `in_source_locale(queryset)` scopes a query to the Dutch rows (a join, no extra
  query);
- `overlay(objects, fields)` shows the active language's text of the display fields
  on those Dutch objects, with ONE extra query per list and Dutch per item where a
  translation is missing (the criteria, amounts, links and hours stay the Dutch
  object's);
- `localized_pages(pages)` swaps Dutch pages for their live page in the active
  language, one query per list, Dutch per page where there is none;
- `search_locale_scope(queryset)` scopes a search to the active language and Dutch,
  `search_locale_pick(results)` keeps one result per item (the language's first);
- `translation_state(page)` says whether a page is a translation, untranslated
  (an alias or Dutch shown as fallback) or older than its Dutch source.
"""

import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.utils import translation
from wagtail.models import Locale, Page

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LOCALES_CACHE_KEY = "content:i18n:locales"


def active_language() -> str:
    """The active content language (one of WAGTAIL_CONTENT_LANGUAGES), else Dutch."""
    code = (translation.get_language() or SOURCE_LANGUAGE).split("-")[0]
    known = {c for c, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return code if code in known else SOURCE_LANGUAGE


# The locales as this process read them last, and when (time.monotonic()).
_locales_kept: tuple[dict, float] = ({}, -math.inf)


def _locale_languages(missing=None) -> dict:
    """{locale id: language code}: kept in this process for PAGE_CACHE_LOCAL_SECONDS
    (asked on almost every request, several times), then from the shared cache, then
    from the database. An unknown id or language reads them again at once."""
    global _locales_kept
    languages, read_at = _locales_kept
    if time.monotonic() - read_at >= settings.PAGE_CACHE_LOCAL_SECONDS or (
        missing is not None and missing not in languages
    ):
        languages = cache.get(LOCALES_CACHE_KEY)
        if languages is None or (missing is not None and missing not in languages):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            cache.set(LOCALES_CACHE_KEY, languages, 3600)
        _locales_kept = (languages, time.monotonic())
    return languages


def _locales_forget() -> None:
    global _locales_kept
    _locales_kept = ({}, -math.inf)
    cache.delete(LOCALES_CACHE_KEY)


def locale_language(locale_id) -> str:
    """The language code of a locale id, from the cache (no query after the first)."""
    return _locale_languages(locale_id).get(locale_id, SOURCE_LANGUAGE)


def locale_id(language: str):
    """The id of a language's locale, from the cache (None when it has none)."""
    by_code = {code: pk for pk, code in _locale_languages().items()}
    if language not in by_code:
        _locales_forget()
        by_code = {code: pk for pk, code in _locale_languages().items()}
    return by_code.get(language)


def source_locale_q(prefix: str = "") -> Q:
    """A condition on the Dutch rows; `prefix` for a relation ("scheme__")."""
    return Q(**{f"{prefix}locale__language_code": SOURCE_LANGUAGE})


def in_source_locale(queryset: QuerySet) -> QuerySet:
    """Only the Dutch rows of a translatable model (no extra query)."""
    return queryset.filter(source_locale_q())


def _translations(model, keys, language, fields=None):
    rows = model._default_manager.filter(
        translation_key__in=keys, locale__language_code=language
    )
    if any(f.name == "live" for f in model._meta.concrete_fields):
        rows = rows.filter(live=True)
    if fields is not None:
        return {
            row["translation_key"]: row
            for row in rows.values("translation_key", *fields)
        }
    return {obj.translation_key: obj for obj in rows}


def overlay(objects, fields, language: str | None = None):
    """Put the `language` text of `fields` on Dutch objects, in place (1 query).

    Returns the same objects (a list). No query in Dutch or for an empty list. A
    field the translation leaves empty keeps the Dutch text.
    """
    objects = list(objects)
    language = language or active_language()
    if language == SOURCE_LANGUAGE or not objects:
        return objects
    model = type(objects[0])
    found = _translations(
        model, {o.translation_key for o in objects}, language, list(fields)
    )
    for obj in objects:
        row = found.get(obj.translation_key)
        if row is None:
            continue
        for field in fields:
            if row[field]:
                setattr(obj, field, row[field])
        obj.shown_language = language
    return objects


def localized_pages(pages, language: str | None = None) -> list:
    """Each page's live, public page in `language` (1 query), else the page itself."""
    pages = list(pages)
    language = language or active_language()
    if not pages or all(p.locale_id is None for p in pages):
        return pages
    wanted = [p for p in pages if getattr(p, "_language", None) != language]
    if language == SOURCE_LANGUAGE or not wanted:
        return pages
    found = {
        p.translation_key: p
        for p in Page.objects.live()
        .filter(
            translation_key__in={p.translation_key for p in wanted},
            locale__language_code=language,
        )
        .only("title", "url_path", "path", "depth", "translation_key", "locale_id")
    }
    return [found.get(p.translation_key, p) for p in pages]


def search_locale_scope(queryset: QuerySet, language: str | None = None) -> QuerySet:
    """A search over pages or translatable snippets in the active language and in
    Dutch (no query: the locale ids come from the cache). Search backends filter on the
    indexed `locale` only, so pass the results through `search_locale_pick`."""
    language = language or active_language()
    if language == SOURCE_LANGUAGE:
        codes = [SOURCE_LANGUAGE]
    else:
        codes = [language, SOURCE_LANGUAGE]
    return queryset.filter(locale_id__in=[locale_id(code) for code in codes])


def search_locale_pick(results, language: str | None = None) -> list:
    """One result per item: the active language's row where the search found it,
    else the Dutch one; in the search's order."""
    language = language or active_language()
    results = list(results)
    if language == SOURCE_LANGUAGE or not results:
        return results
    wanted_id = locale_id(language)
    in_language = {r.translation_key for r in results if r.locale_id == wanted_id}
    return [
        r
        for r in results
        if r.locale_id == wanted_id or r.translation_key not in in_language
    ]


def source_of(obj):
    """The Dutch row of a translatable object (no query when it is Dutch)."""
    if obj is None or locale_language(obj.locale_id) == SOURCE_LANGUAGE:
        return obj
    return (
        type(obj)
        ._default_manager.filter(
            translation_key=obj.translation_key, locale__language_code=SOURCE_LANGUAGE
        )
        .first()
        or obj
    )


@dataclass(frozen=True)
class TranslationState:
    """What a reader needs to know about the language of the page they read."""

    language: str  # the language the reader chose
    translated: bool  # the page's own text is in that language
    outdated: bool = False  # the Dutch source changed after the translation
    source: Page | None = None  # the Dutch page
    source_changed: object = None  # when the Dutch text last changed


def translation_state(page: Page, language: str | None = None) -> TranslationState:
    """Translated, untranslated (alias or Dutch fallback) or outdated (1 query)."""
    language = language or active_language()
    page_language = locale_language(page.locale_id)
    if language == SOURCE_LANGUAGE:
        return TranslationState(language=language, translated=True)
    if page_language == SOURCE_LANGUAGE or page.alias_of_id:
        source = page if page_language == SOURCE_LANGUAGE else None
        return TranslationState(language=language, translated=False, source=source)
    source = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=SOURCE_LANGUAGE,
        )
        .only("title", "url_path", "last_published_at", "path", "depth", "locale_id")
        .first()
    )
    if source is None:
        return TranslationState(language=language, translated=True)
    changed = source.last_published_at
    outdated = bool(
        changed and page.last_published_at and changed > page.last_published_at
    )
    return TranslationState(
        language=language,
        translated=True,
        outdated=outdated,
        source=source,
        source_changed=changed,
    )
