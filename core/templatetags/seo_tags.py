"""`{% seo_head %}`: the meta description, canonical link and robots rule of a page.

Without arguments it describes the Wagtail `page` in the context; views that are
not pages pass their own text: `{% seo_head description=scheme.summary %}`.
Search and form-result pages pass `noindex=True`: they get
`<meta name="robots" content="noindex">` and no canonical link.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.seo import canonical_url, description_for, description_trim

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context, description=None, noindex=False):
    request = context.get("request")
    if description is None:
        description = description_for(context.get("page"))
    else:
        description = description_trim(str(description))
    tags = []
    if description:
        tags.append(format_html('<meta name="description" content="{}">', description))
    if noindex:
        tags.append(mark_safe('<meta name="robots" content="noindex">'))
    elif request is not None:
        url = canonical_url(request.path, request.GET)
        tags.append(format_html('<link rel="canonical" href="{}">', url))
    return mark_safe("\n  ".join(tags))  # noqa: S308 - each part escaped above
