"""Template tags: peer groups and events on theme pages."""

from django import template

from lotgenoten.selectors import events_for_theme, peer_groups_for_theme

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


@register.inclusion_tag("lotgenoten/includes/theme_events_list.html")
def theme_events(theme):
    """A few upcoming events for a theme page (two queries)."""
    if theme is None:
        return {"events": []}
    return {"events": events_for_theme(theme)}
