"""/embed/…: small pages that any site may frame (a gemeente's or partner's website).

Only these views loosen framing: `frame-ancestors *` and no X-Frame-Options; every
other page keeps refusing frames (settings: CSP frame-ancestors 'none', XFO DENY).
They set no cookie (no form posts, no session), load only our own CSS and one small
script, follow the width of the frame, and open every link in a new tab of the
portal (`<base target="_blank">`), so the host page stays where it is.
"""

from csp.decorators import csp_replace
from django import forms
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from core.forms import PostcodeField
from core.postcodes import postcode_area_get, postcode_pc4_redirect
from lotgenoten import selectors as group_selectors
from opendata import selectors

GROUPS_SHOWN = 10


def framable(view):
    """Any site may frame this view; GET only."""
    return require_GET(
        xframe_options_exempt(csp_replace({"frame-ancestors": ["*"]})(view))
    )


class EmbedPostcodeForm(forms.Form):
    mark_required = False
    postcode = PostcodeField(required=True)


@framable
def schemes(request):
    return render(
        request,
        "opendata/embed_schemes.html",
        {"schemes": list(selectors.schemes_public().prefetch_related(None))},
    )


@framable
def peer_groups(request):
    """Groups near a postcode (4 digits in the address, like /lotgenoten/)."""
    form = EmbedPostcodeForm(request.GET if "postcode" in request.GET else None)
    context = {"form": form}
    if form.is_bound and form.is_valid():
        pc4 = form.cleaned_data["postcode"]
        if shorter := postcode_pc4_redirect(request, pc4):
            return shorter
        area = postcode_area_get(pc4)
        context["area"] = area
        if area is not None:
            near = group_selectors.peer_groups_near(
                (area.latitude, area.longitude),
                radius_km=group_selectors.DEFAULT_RADIUS_KM,
                limit=GROUPS_SHOWN,
            )
            context.update(near=near, radius_km=group_selectors.DEFAULT_RADIUS_KM)
    return render(request, "opendata/embed_groups.html", context)


@framable
def municipality(request, slug):
    municipality, page = selectors.municipality_with_page(slug)
    if municipality is None:
        return render(
            request,
            "opendata/embed_not_found.html",
            {"message": _("Deze gemeente kennen we niet. Kijk of het adres klopt.")},
            status=404,
        )
    return render(
        request,
        "opendata/embed_municipality.html",
        {"municipality": municipality, "offer_page": page},
    )


# The height message of static/js/embed-height.js, read by the host page. It only
# resizes the frame that sent it, and only from the portal's own origin.
_RESIZE_SCRIPT = """<script>
window.addEventListener("message", function (event) {
  if (event.origin !== "%(origin)s" || !event.data) return;
  var height = event.data.eenouderpuntEmbedHeight;
  if (typeof height !== "number") return;
  document.querySelectorAll("iframe").forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = height + "px";
  });
});
</script>"""


def embed_snippet(src: str, title: str, *, origin: str, resize: bool = True) -> str:
    """The HTML a website pastes to show an embed page: a frame of the host's width
    with a title (screen readers announce it) and, optionally, the resize script."""
    frame = format_html(
        '<iframe src="{}" title="{}" width="100%" height="600" loading="lazy" '
        'style="border:0;width:100%;max-width:100%"></iframe>',
        src,
        title,
    )
    if not resize:
        return str(frame)
    return f"{frame}\n{_RESIZE_SCRIPT % {'origin': origin}}"
