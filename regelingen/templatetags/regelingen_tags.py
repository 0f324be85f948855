from django import template

from regelingen import selectors

register = template.Library()


@register.simple_tag
def schemes_for_theme(theme):
    """Published schemes of a theme, for the include on theme pages (one query)."""
    return selectors.schemes_for_theme(theme)


@register.filter
def lines(text):
    """The non-empty lines of an editor's text, to show as a list or paragraphs."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
