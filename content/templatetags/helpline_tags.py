"""{% load helpline_tags %}{% helplines_block %}: helplines for any page.

Other apps use it, e.g. lotgenoten on its "no results" page:
    {% helplines_block %}                       every helpline
    {% helplines_block theme=theme %}           lines for one content.Theme (+ 112)
    {% helplines_block open_only=True %}        only the lines open now
    {% helplines_block heading_level=3 %}       h3 instead of h2 for the block heading
"""

from django import template

from content.helplines import helpline_statuses, helplines_with_status

register = template.Library()


@register.inclusion_tag("components/helplines_block.html")
def helplines_block(theme=None, open_only=False, heading_level=2, heading=None):
    lines = helplines_with_status(theme=theme)
    if open_only:
        lines = [s for s in lines if s.is_open or s.helpline.is_emergency]
    return {
        "helplines": lines,
        "heading_level": heading_level,
        "heading": heading,
        "open_only": open_only,
    }


@register.inclusion_tag("components/helpline_card.html")
def helpline_card(helpline, level=3):
    """One helpline (a content.Helpline) with its status now, e.g. in a contact block."""
    if not getattr(helpline, "live", False):
        return {"item": None, "level": level}
    # The cached list already has this line's hours: no extra queries.
    item = next(
        (s for s in helplines_with_status() if s.helpline.pk == helpline.pk), None
    )
    return {"item": item, "level": level}


@register.simple_tag
def helpline_status(helpline):
    """A helpline with its status now, also a draft (the editor's preview)."""
    return helpline_statuses([helpline])[0]
