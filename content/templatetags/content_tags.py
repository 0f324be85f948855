"""Template helpers for parents' pages: glossary links in rich text."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from content.glossary import mark_terms

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
    return render_to_string(section.template, section.context, context.get("request"))
