"""Template helpers for parents' pages: glossary links in rich text."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.rich_text import expand_db_html

from content import i18n
from content.glossary import mark_terms
from core.page_cache import content_cached
from core.seo import faq_json_ld, json_ld_dumps

register = template.Library()


@register.simple_tag(takes_context=True)
def richtext_explained(context, value):
    """Rich text with the first use of each word the page explains linked to it."""
    html = expand_db_html(value.source if hasattr(value, "source") else str(value))
    page = context.get("page")
    terms = getattr(page, "explained_terms", None)
    if terms:
        if not hasattr(page, "_glossary_marked"):
            page._glossary_marked = set()
        html = mark_terms(html, terms, page._glossary_marked)
    return mark_safe(html)  # noqa: S308 - editor rich text, already sanitised by Wagtail


@register.simple_tag(takes_context=True)
def render_section(context, section):
    """One section another app added to this page (content/sections.py)."""
    request = context.get("request")
    if not section.cache_seconds:
        return render_to_string(section.template, section.context, request)
    names = ",".join(
        f"{name}={getattr(value, 'pk', value)}"
        for name, value in sorted(section.context.items())
    )
    key = f"section:{get_language()}:{section.template}:{names}"
    return content_cached(
        key,
        lambda: render_to_string(section.template, section.context, request),
        section.cache_seconds,
    )


@register.simple_tag
def faq_structured_data(body):
    """The FAQ blocks of a page body as schema.org `FAQPage` JSON-LD, or "".

    A data block (`application/ld+json`), never run: CSP's `script-src` does
    not apply to it. `json_ld_dumps` escapes `<`, so no editor text can end it.
    """
    questions = [
        (item["question"], expand_db_html(item["answer"].source))
        for block in body or []
        if block.block_type == "faq"
        for item in block.value["questions"]
    ]
    data = faq_json_ld(questions)
    if data is None:
        return ""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json_ld_dumps(data)),  # noqa: S308 - escaped for a script element
    )


@register.simple_tag(takes_context=True)
def translation_state(context, page):
    """Whether the page the reader sees is in their language and how current it is
    (content.i18n.translation_state; no query in Dutch)."""
    if page is None or not hasattr(page, "translation_key"):
        return None
    return i18n.translation_state(page)
