from django import template
from wagtail.models import Page, Site

from content import i18n
from core.page_cache import content_cached

register = template.Library()

# The menu changes only on publish (content_cached starts again then).
MAIN_NAV_CACHE_SECONDS = 60 * 60


def _main_nav_items(site, request) -> list[dict]:
    """Top-level pages marked 'show in menus', in tree order, in the reader's
    language (the Dutch page where a page has no translation): 1–2 queries."""
    pages = i18n.localized_pages(
        Page.objects.child_of(site.root_page)
        .live()
        .in_menu()
        .only("title", "url_path", "path", "depth", "translation_key", "locale_id")
    )
    return [
        {"title": p.title, "url": p.get_url(request), "url_path": p.url_path}
        for p in pages
    ]


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """The main menu: kept per site and language until public content changes,
    so a warm page reads no database for it."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = (
        content_cached(
            f"main_nav:{site.pk}",
            lambda: _main_nav_items(site, request),
            MAIN_NAV_CACHE_SECONDS,
        )
        if site
        else []
    )
    current = context.get("page") or context.get("self")
    return {"items": items, "current_path": getattr(current, "url_path", "")}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Breadcrumb trail from the home page to the given page."""
    # The home page link needs no query; pages right below it have no other ancestor.
    ancestors = (
        page.get_ancestors()
        .filter(depth__gt=2)
        .only("title", "url_path", "depth", "path")
        if page.depth > 3
        else []
    )
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}
