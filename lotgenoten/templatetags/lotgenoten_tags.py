"""Template tags: peer groups on theme pages, and the helplines block."""

import importlib

from django import template
from django.template.loader import render_to_string

from lotgenoten.selectors import peer_groups_for_theme

register = template.Library()

# The theme page where peer contact is the subject itself.
SUPPORT_THEME_SLUG = "steun"


@register.inclusion_tag("lotgenoten/includes/theme_groups_list.html")
def theme_peer_groups(theme):
    """A few groups for a theme page (one query), and the way to all groups."""
    if theme is None:
        return {"groups": [], "show": False}
    groups = peer_groups_for_theme(theme)
    return {
        "groups": groups,
        "show": bool(groups) or theme.slug == SUPPORT_THEME_SLUG,
        "theme": theme,
    }


def _content_helplines_available() -> bool:
    try:
        module = importlib.import_module("content.templatetags.helpline_tags")
    except ImportError:
        return False
    library = getattr(module, "register", None)
    return library is not None and "helplines_block" in library.tags


@register.simple_tag(takes_context=True)
def helplines(context):
    """The content app's helplines block when it exists, else a link to /hulp/."""
    if _content_helplines_available():
        return template.Template(
            "{% load helpline_tags %}{% helplines_block %}"
        ).render(context)
    return render_to_string("lotgenoten/includes/helplines_fallback.html")
