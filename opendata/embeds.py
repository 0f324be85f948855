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
