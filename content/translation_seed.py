"""Load translations from files as real wagtail-localize translations.

`<app>/seed/translations/<lang>/` mirrors `<app>/seed/` with the same relative paths
(docs/content.md). For each file that exists, after the Dutch load:

1. the translated field values are built with the SAME converters as the Dutch
   load (Markdown → StreamField blocks), on an unsaved copy of the Dutch object;
   StreamField blocks get the Dutch blocks' ids by position;
2. wagtail-localize extracts the segments of both; they pair by position, and the
   paths must match (same headings, paragraphs, list items, ::: blocks): else a
   SeedError names the file;
3. each pair is stored as a StringTranslation on the Dutch object's
   TranslationSource, and the translated page or snippet is created or updated
   with `Translation.save_target` — so a later "Sync" in the admin keeps them.

Translations from files are the team's: the translated page's `review_note` (when
the model has one) and the report say "to be reviewed by a professional
translator". Files may exist for some pages only; the rest stay aliases (Dutch).
"""

import re
from pathlib import Path

import frontmatter
from django.apps import apps
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from core.seed import SEED_DIR, SeedError

TRANSLATIONS_DIR = "translations"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def translations_root(app_label: str) -> Path:
    return Path(apps.get_app_config(app_label).path, SEED_DIR, TRANSLATIONS_DIR)


def languages(app_label: str) -> list[str]:
    """The languages with a translations folder that have a locale."""
    root = translations_root(app_label)
    if not root.is_dir():
        return []
    known = set(Locale.objects.values_list("language_code", flat=True))
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name in known)


def markdown_read(path: Path) -> dict:
    post = frontmatter.load(path)
    return {**post.metadata, "body": post.content, "path": path}


def _with_source_ids(raw_blocks: list[dict], source_raw: list[dict], label) -> list:
    """The translated blocks with the Dutch blocks' ids, by position."""
    if len(raw_blocks) != len(source_raw):
        raise SeedError(
            f"{label}: {len(raw_blocks)} blocks, the Dutch text has "
            f"{len(source_raw)}: keep the same headings, paragraphs and ::: blocks"
        )
    result = []
    for block, source in zip(raw_blocks, source_raw, strict=True):
        if block["type"] != source["type"]:
            raise SeedError(
                f"{label}: a '{block['type']}' block where the Dutch text has "
                f"'{source['type']}'"
            )
        result.append({**block, "id": source.get("id")})
    return result


def _segments(instance) -> list[StringSegmentValue]:
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def _shape(path: str) -> str:
    return UUID.sub("*", path)


def translated_copy(source_obj, values: dict, label):
    """An unsaved copy of the Dutch object with the translated values set."""
    obj = type(source_obj)._default_manager.get(pk=source_obj.pk)
    for name, value in values.items():
        field = obj._meta.get_field(name)
        if isinstance(field, StreamField):
            source_raw = list(getattr(source_obj, name).raw_data)
            value = _with_source_ids(value, source_raw, f"{label} ({name})")
        setattr(obj, name, value)
    return obj


def slug_collision_check(source_page: Page, slug: str, locale, label) -> None:
    """A translated slug that a sibling in the language already has: a clear error."""
    parent = source_page.get_parent()
    target_parent = parent.get_translation_or_none(locale) if parent else None
    if target_parent is None:
        return
    clash = (
        target_parent.get_children()
        .filter(slug=slug)
        .exclude(translation_key=source_page.translation_key)
        .first()
    )
    if clash is not None:
        raise SeedError(
            f"{label}: the slug '{slug}' is already used by '{clash.title}' "
            f"in this language; choose another slug"
        )


@transaction.atomic
def translation_store(source_obj, values: dict, language: str, label) -> object:
    """Store the translated `values` of a Dutch page or snippet as a real
    wagtail-localize translation in `language`; return the translated object."""
    locale = Locale.objects.get(language_code=language)
    if isinstance(source_obj, Page):
        source_obj = source_obj.specific
        if "slug" in values:
            slug_collision_check(source_obj, values["slug"], locale, label)
    translated = translated_copy(source_obj, values, label)
    source, _ = TranslationSource.update_or_create_from_instance(source_obj)
    dutch, own = _segments(source_obj), _segments(translated)
    if [_shape(s.path) for s in dutch] != [_shape(s.path) for s in own]:
        first = next(
            (
                f"{a.path} ≠ {b.path}"
                for a, b in zip(dutch, own, strict=False)
                if _shape(a.path) != _shape(b.path)
            ),
            f"{len(own)} texts, the Dutch has {len(dutch)}",
        )
        raise SeedError(f"{label}: the structure differs from the Dutch text ({first})")
    for nl_segment, own_segment in zip(dutch, own, strict=True):
        string = String.from_value(source.locale, nl_segment.string)
        context, _ = TranslationContext.objects.get_or_create(
            object_id=source.object_id, path=nl_segment.path
        )
        StringTranslation.objects.update_or_create(
            translation_of=string,
            locale=locale,
            context=context,
            defaults={
                "data": own_segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "seed files",
            },
        )
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    translation.save_target(publish=True)
    return source_obj.get_translation(locale)


def page_values(record: dict, fields=("title", "slug", "intro", "search_description")):
    return {name: record[name] for name in fields if name in record}
