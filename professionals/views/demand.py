"""'Vraag in jullie gemeente': a gemeente's demand per month against its offer, and
the nearest white spots. For members of a gemeente's organisation."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from core.demand import SUPPRESS_BELOW, demand_display
from lotgenoten.selectors import public_peer_groups
from professionals.coverage import (
    NEAR_KM,
    WHITE_SPOT_KM,
    coverage_rows,
    demand_months,
    white_spots_nearest,
)
from professionals.permissions import member_required


@member_required
def demand(request):
    organisation = request.membership.organisation
    if not (organisation.kind == "gemeente" and organisation.municipality_id):
        return render(
            request,
            "professionals/forbidden.html",
            {"reason": _("Deze pagina is voor medewerkers van een gemeente.")},
            status=403,
        )
    rows = coverage_rows()
    row = next(r for r in rows if r.municipality_id == organisation.municipality_id)
    months = [
        {"month": month, "display": demand_display(row.demand_by_month.get(month))}
        for month in demand_months()
    ]
    context = {
        "nav": "demand",
        "row": row,
        "months": months,
        "organised_groups": public_peer_groups().filter(organiser=organisation).count(),
        "spots": white_spots_nearest(rows, row.municipality_id),
        "near_km": NEAR_KM,
        "white_spot_km": WHITE_SPOT_KM,
        "suppress_below": SUPPRESS_BELOW,
    }
    return render(request, "professionals/demand.html", context)
