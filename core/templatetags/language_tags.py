"""The language links in the header and the `hreflang` alternates in <head>.

`{% language_links %}`: plain links to this page in every language, each named in
its own language, the current one marked with aria-current. `{% language_alternates %}`:
`<link rel="alternate" hreflang>` for every language and x-default (Dutch). No
database, no JavaScript, no cookie: the language is the URL's prefix (core/languages.py).
"""

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.languages import language_versions, path_in_language
from core.seo import canonical_url

register = template.Library()


@register.inclusion_tag("components/language_links.html", takes_context=True)
def language_links(context):
    request = context.get("request")
    if request is None:
        return {"versions": []}
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for version in language_versions(request.path, get_language()):
        url = version.path + (f"?{query}" if query else "")
        versions.append((version, url))
    return {"versions": versions}


@register.simple_tag(takes_context=True)
def language_alternates(context):
    request = context.get("request")
    if request is None:
        return ""
    # Absolute, as search engines want them; of the query only the list's page
    # number is kept (canonical_url).
    links = [
        (canonical_url(version.path, request.GET), version.code)
        for version in language_versions(request.path, get_language())
    ]
    dutch = path_in_language(request.path, settings.LANGUAGE_CODE)
    links.append((canonical_url(dutch, request.GET), "x-default"))
    return format_html_join(
        "\n  ", '<link rel="alternate" hreflang="{1}" href="{0}">', links
    )


@register.simple_tag
def lang_url(path: str) -> str:
    """A site path in the language being read: `{% lang_url "/hulp/" %}` is
    /en/hulp/ on an English page, /hulp/ on a Dutch one."""
    return path_in_language(path, get_language())


def _reading_another_language() -> bool:
    return (get_language() or settings.LANGUAGE_CODE) != settings.LANGUAGE_CODE


@register.simple_tag
def dutch_text(text: str) -> str:
    """A text that stays Dutch (the Regelcheck's reasons: criteria are not
    translated) as the page's language allows it: as it is on a Dutch page, else
    after "In Dutch:" and marked lang="nl" (WCAG 3.1.2)."""
    if not text or not _reading_another_language():
        return text
    return format_html(
        '{} <span lang="{}">{}</span>',
        _("In het Nederlands:"),
        settings.LANGUAGE_CODE,
        text,
    )


@register.simple_tag
def dutch_lang_attr() -> str:
    """` lang="nl"` on an element holding Dutch text on a page in another language."""
    if not _reading_another_language():
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)
