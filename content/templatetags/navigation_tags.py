from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked 'show in menus', in tree order (one query)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = (
        Page.objects.child_of(site.root_page).live().in_menu()
        if site
        else Page.objects.none()
    )
    current = context.get("page") or context.get("self")
    # Pass the request on: {% pageurl %} then caches the site's root paths on it
    # instead of reading them from the cache for every link.
    return {
        "items": items,
        "current_path": getattr(current, "url_path", ""),
        "request": request,
    }


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
