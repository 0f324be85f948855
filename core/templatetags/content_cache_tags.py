"""{% content_cached %}: a part of a template rendered once per content generation.

    {% load content_cache_tags %}
    {% content_cached "info-article" page.pk seconds=page.render_seconds %}
      … what every reader of this page sees alike …
    {% endcontent_cached %}

The HTML is kept with core.page_cache.content_cached(): per language, until public
content changes (any publish), and at most `seconds` (default 3600; 0 renders every
time). The key is the name and the values given, so give every value the part reads
(a page's primary key, say). Only for a part that shows the same to every reader: it
may not read the request, the user, a form or the clock, except where `seconds`
bounds it (a helpline's "nu open": a minute, as long as a cached page). A
Wagtail preview (a draft) is always rendered afresh and never kept.
"""

from django import template
from django.utils.safestring import mark_safe

from core.page_cache import content_cached

register = template.Library()

DEFAULT_SECONDS = 3600


class ContentCachedNode(template.Node):
    def __init__(self, nodelist, parts, seconds):
        self.nodelist = nodelist
        self.parts = parts
        self.seconds = seconds

    def render(self, context):
        seconds = (
            int(self.seconds.resolve(context)) if self.seconds else DEFAULT_SECONDS
        )
        request = context.get("request")
        if seconds <= 0 or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = "fragment:" + ":".join(str(part.resolve(context)) for part in self.parts)
        return mark_safe(  # noqa: S308 - our own template's rendered output
            content_cached(key, lambda: str(self.nodelist.render(context)), seconds)
        )


@register.tag("content_cached")
def content_cached_tag(parser, token):
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("content_cached needs a name")
    seconds = None
    parts = []
    for bit in bits:
        if bit.startswith("seconds="):
            seconds = parser.compile_filter(bit.removeprefix("seconds="))
        else:
            parts.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endcontent_cached",))
    parser.delete_first_token()
    return ContentCachedNode(nodelist, parts, seconds)
