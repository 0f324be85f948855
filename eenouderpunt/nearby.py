"""/in-de-buurt/?postcode=…: one postcode answer that combines several apps: the
municipality and its local offer (gemeenten), the nearest peer groups (lotgenoten) and
the helplines (content), and upcoming events nearby (lotgenoten's agenda). It lives in the roof because it composes them."""

from django.shortcuts import render

from content.helplines import helplines_with_status
from content.sources_line import SourceLink, sources_line
from core.demand import demand_counted
from core.forms import PostcodeForm
from core.postcodes import postcode_area_get, postcode_pc4_redirect
from lotgenoten import selectors as peer_groups

# Where the postcode -> gemeente table comes from (scripts/build_pc4.py).
POSTCODE_SOURCE = (
    "GeoNames: postcodes en gemeenten",
    "https://download.geonames.org/export/zip/",
)


@demand_counted
def nearby(request):
    form = PostcodeForm(request.GET or None, auto_id="nearby-%s")
    context = {"form": form}
    if form.is_valid():
        if shorter := postcode_pc4_redirect(request, form.cleaned_data["postcode"]):
            return shorter
        area = postcode_area_get(form.cleaned_data["postcode"])
        context["area"] = area
        context["not_found"] = area is None
        if area is not None:
            point = (area.latitude, area.longitude)
            near = peer_groups.peer_groups_near(
                point, radius_km=peer_groups.DEFAULT_RADIUS_KM, limit=3
            )
            context.update(
                municipality=area.municipality,
                near=near,
                nearest=[]
                if near.groups
                else peer_groups.peer_groups_nearest(point, limit=3),
                online_groups=peer_groups.peer_groups_online(limit=3),
                events=peer_groups.events_upcoming_near(
                    area, peer_groups.EVENT_RADIUS_KM, 3
                ),
                radius_km=peer_groups.EVENT_RADIUS_KM,
            )
    if context.get("area") is not None or context.get("not_found"):
        # The data this answer shows: the postcode table and the helplines (each
        # group card says itself when its organiser last confirmed it).
        extra = [SourceLink(*POSTCODE_SOURCE)] if context.get("area") else []
        context["nearby_sources"] = sources_line(
            [s.helpline for s in helplines_with_status()], extra=extra
        )
    return render(request, "eenouderpunt/nearby.html", context)
