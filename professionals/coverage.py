"""Coverage per gemeente: the local offer against parents' demand (issue 15).

Combines gemeenten (municipal pages, local schemes), lotgenoten (peer groups) and
core (municipalities, postcode areas, demand counts), so it lives here, above them.
Read by the admin report "Dekking gemeenten" with its map, the national list of
"witte vlekken" and a gemeente's own demand page in the secure area.

Distances are measured from a gemeente's centre: the mean of its PC4 centroids. All
coordinates are loaded once (one query per kind of data, whatever the number of
gemeenten or groups); groups are put in a grid of cells at least one radius wide, so
each gemeente compares only with the groups in its own and the 8 cells around it.
"""

import datetime
import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.demand import (
    SUPPRESS_BELOW,
    demand_display,
    demand_shown,
    month_previous,
    month_start,
)
from core.models import DemandCount, Municipality, PostcodeArea
from gemeenten.models import LocalScheme, MunicipalityPage
from lotgenoten.selectors import (
    KM_PER_DEGREE_LATITUDE,
    haversine_km,
    public_events,
    public_peer_groups,
)
from vragen.models import Question

NEAR_KM = 10  # "within 10 km" in the report
WHITE_SPOT_KM = 15  # no group within this distance: a white spot when demand is high
# Demand is "high" from the first number we may show: never point at a small place
# with fewer searches than that.
WHITE_SPOT_MIN_DEMAND = SUPPRESS_BELOW
DEMAND_MONTHS = 12

Point = tuple[float, float]


class Level:
    """Coverage on the map: each level has its own shape as well as its colour."""

    GOOD = "goed"
    PARTIAL = "deels"
    NONE = "geen"

    LABELS = {
        GOOD: _("Goed: actuele gemeentepagina én een groep binnen 10 km"),
        PARTIAL: _("Deels: een gemeentepagina of een groep binnen 10 km"),
        NONE: _("Geen: geen gemeentepagina en geen groep binnen 10 km"),
    }


@dataclass
class CoverageRow:
    municipality_id: int
    name: str
    slug: str
    province: str
    cbs_code: str
    point: Point | None
    has_page: bool = False
    page_is_example: bool = False
    last_verified: datetime.date | None = None
    overdue: bool = False
    local_schemes: int = 0
    groups_near: int = 0
    groups_white_spot_radius: int = 0
    events_near: int = 0
    questions: int = 0
    demand_last_month: int = 0
    demand_year: int = 0
    demand_by_month: dict = field(default_factory=dict)
    demand_is_example: bool = False  # demo numbers (make run), said so on the page

    @property
    def level(self) -> str:
        page_ok = self.has_page and not self.overdue
        if page_ok and self.groups_near:
            return Level.GOOD
        if self.has_page or self.groups_near:
            return Level.PARTIAL
        return Level.NONE

    @property
    def level_label(self) -> str:
        return str(Level.LABELS[self.level]).split(":")[0]

    @property
    def demand_last_month_display(self) -> str:
        return demand_display(self.demand_last_month)

    @property
    def demand_year_display(self) -> str:
        return demand_display(self.demand_year)

    @property
    def demand_last_month_shown(self) -> int | None:
        return demand_shown(self.demand_last_month)

    @property
    def demand_year_shown(self) -> int | None:
        return demand_shown(self.demand_year)

    @property
    def is_white_spot(self) -> bool:
        return (
            self.demand_year >= WHITE_SPOT_MIN_DEMAND
            and self.groups_white_spot_radius == 0
        )

    @property
    def page_status(self) -> str:
        if not self.has_page:
            return str(_("Geen pagina"))
        if self.overdue:
            return str(_("Te laat gecontroleerd"))
        return str(_("Actueel"))


# --- Distances: pure --------------------------------------------------------------


def counts_within(
    centres: list[Point | None], points: list[Point], radius_km: float
) -> list[int]:
    """For each centre, how many of `points` lie within `radius_km` (haversine)."""
    return [counts[0] for counts in counts_within_radii(centres, points, (radius_km,))]


def counts_within_radii(
    centres: list[Point | None], points: list[Point], radii: tuple[float, ...]
) -> list[tuple[int, ...]]:
    """For each centre, how many of `points` lie within each of `radii` (haversine).

    Fast enough for 342 gemeenten x 10,000 groups in pure Python:
    - points at the same place are counted once with their weight (groups get the
      centre of their PC4 area, so 10,000 groups sit on at most ~4,000 places);
    - a grid of cells at least the largest radius wide (longitude cells sized at the
      most northern latitude, where degrees are narrowest) limits each centre to the
      places in its own and the 8 cells around it;
    - a flat-earth distance (within 0.5% of haversine at these distances) decides,
      and only places within 1% of a radius get the exact haversine.
    """
    if not points:
        return [tuple(0 for _ in radii) for _ in centres]
    weights: dict[Point, int] = defaultdict(int)
    for point in points:
        weights[point] += 1
    widest = max(radii)
    lats = [p[0] for p in weights] + [c[0] for c in centres if c]
    north = min(max(abs(lat) for lat in lats), 85.0)
    cell_lat = widest / KM_PER_DEGREE_LATITUDE
    cell_lon = widest / (KM_PER_DEGREE_LATITUDE * math.cos(math.radians(north)))
    grid: dict[tuple[int, int], list[tuple[float, float, int]]] = defaultdict(list)
    for (lat, lon), weight in weights.items():
        cell = (math.floor(lat / cell_lat), math.floor(lon / cell_lon))
        grid[cell].append((lat, lon, weight))
    sure = [((r * 0.99) ** 2, (r * 1.01) ** 2) for r in radii]
    results = []
    for centre in centres:
        counts = [0] * len(radii)
        if centre is None:
            results.append(tuple(counts))
            continue
        clat, clon = centre
        km_lon = KM_PER_DEGREE_LATITUDE * math.cos(math.radians(clat))
        row, col = math.floor(clat / cell_lat), math.floor(clon / cell_lon)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for lat, lon, weight in grid.get((row + dr, col + dc), ()):
                    dy = (lat - clat) * KM_PER_DEGREE_LATITUDE
                    dx = (lon - clon) * km_lon
                    flat = dx * dx + dy * dy
                    for i, (inside, outside) in enumerate(sure):
                        if flat <= inside or (
                            flat <= outside
                            and haversine_km(centre, (lat, lon)) <= radii[i]
                        ):
                            counts[i] += weight
        results.append(tuple(counts))
    return results


# --- Data: a fixed number of queries ---------------------------------------------


def pc4_points() -> list[tuple[int, float, float]]:
    """(municipality id, latitude, longitude) of every PC4 area (one query)."""
    return list(
        PostcodeArea.objects.values_list("municipality_id", "latitude", "longitude")
    )


def _centres(pc4: list[tuple[int, float, float]]) -> dict[int, Point]:
    """Each gemeente's centre: the mean of its PC4 centroids."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for municipality_id, lat, lon in pc4:
        entry = sums[municipality_id]
        entry[0] += lat
        entry[1] += lon
        entry[2] += 1
    return {mid: (s[0] / s[2], s[1] / s[2]) for mid, s in sums.items()}


def _group_points() -> list[Point]:
    """Where public peer groups meet in person (one query)."""
    return list(
        public_peer_groups()
        .filter(is_online=False, latitude__isnull=False, longitude__isnull=False)
        .values_list("latitude", "longitude")
    )


def _events_within(centres: list[Point | None], radius_km: float) -> list[int]:
    """Upcoming in-person events within `radius_km` of each centre (one query)."""
    points = list(
        public_events()
        .filter(is_online=False, latitude__isnull=False, longitude__isnull=False)
        .values_list("latitude", "longitude")
    )
    return counts_within(centres, points, radius_km)


def _questions_routed(municipality_ids: list[int]) -> dict[int, int]:
    """How many parents' questions came from each gemeente's postcodes (one query;
    questions are deleted after their retention period, so this is the recent past)."""
    rows = (
        Question.objects.filter(municipality_id__in=municipality_ids)
        .values("municipality_id")
        .annotate(n=Count("id"))
        .values_list("municipality_id", "n")
    )
    return dict(rows)


def _demand(
    today: datetime.date,
) -> tuple[dict[int, dict[datetime.date, int]], set[int]]:
    """{municipality_id: {month: count}} for the last DEMAND_MONTHS, and the ids
    whose counts include example numbers (one query)."""
    first = month_start(today)
    for _i in range(DEMAND_MONTHS - 1):
        first = month_previous(first)
    result: dict[int, dict[datetime.date, int]] = defaultdict(dict)
    examples = set()
    for municipality_id, month, count, is_example in DemandCount.objects.filter(
        month__gte=first
    ).values_list("municipality_id", "month", "count", "is_example"):
        result[municipality_id][month] = count
        if is_example:
            examples.add(municipality_id)
    return result, examples


def demand_months(today: datetime.date | None = None) -> list[datetime.date]:
    """The last DEMAND_MONTHS months, oldest first, the current one last."""
    month = month_start(today or timezone.localdate())
    months = [month]
    for _i in range(DEMAND_MONTHS - 1):
        month = month_previous(month)
        months.append(month)
    return months[::-1]


def coverage_rows(
    *,
    province: str = "",
    today: datetime.date | None = None,
    pc4: list[tuple[int, float, float]] | None = None,
) -> list[CoverageRow]:
    """One row per gemeente (all of them, or one province), sorted by name.

    Six queries (five when `pc4`, from pc4_points(), is given), whatever the
    number of gemeenten, groups or demand counts. Groups across a province border
    count too.
    """
    today = today or timezone.localdate()
    municipalities = Municipality.objects.order_by("name")
    if province:
        municipalities = municipalities.filter(province=province)
    centres = _centres(pc4_points() if pc4 is None else pc4)
    rows = [
        CoverageRow(
            municipality_id=pk,
            name=name,
            slug=slug,
            province=prov,
            cbs_code=code,
            point=centres.get(pk),
        )
        for pk, name, slug, prov, code in municipalities.values_list(
            "pk", "name", "slug", "province", "cbs_code"
        )
    ]
    by_id = {row.municipality_id: row for row in rows}
    pages = MunicipalityPage.objects.filter(municipality_id__in=by_id).values_list(
        "municipality_id", "published", "is_example", "last_verified"
    )
    for municipality_id, published, is_example, last_verified in pages:
        row = by_id[municipality_id]
        row.has_page = published
        row.page_is_example = is_example
        row.last_verified = last_verified
        row.overdue = published and MunicipalityPage(
            last_verified=last_verified
        ).is_stale(today)
    schemes = (
        LocalScheme.objects.filter(
            page__municipality_id__in=by_id, page__published=True
        )
        .values("page__municipality_id")
        .annotate(n=Count("pk"))
        .values_list("page__municipality_id", "n")
    )
    for municipality_id, n in schemes:
        by_id[municipality_id].local_schemes = n

    points = [row.point for row in rows]
    groups = counts_within_radii(points, _group_points(), (NEAR_KM, WHITE_SPOT_KM))
    for row, (near, wide), events in zip(
        rows, groups, _events_within(points, NEAR_KM), strict=True
    ):
        row.groups_near, row.groups_white_spot_radius, row.events_near = (
            near,
            wide,
            events,
        )
    for municipality_id, n in _questions_routed(list(by_id)).items():
        if municipality_id in by_id:
            by_id[municipality_id].questions = n

    last_month = month_previous(month_start(today))
    demand, examples = _demand(today)
    for municipality_id, months in demand.items():
        row = by_id.get(municipality_id)
        if row is not None:
            row.demand_is_example = municipality_id in examples
            row.demand_by_month = months
            row.demand_last_month = months.get(last_month, 0)
            row.demand_year = sum(months.values())
    return rows


def provinces() -> list[str]:
    """The provinces that have gemeenten (one query)."""
    return list(
        Municipality.objects.order_by("province")
        .values_list("province", flat=True)
        .distinct()
    )


def white_spots(rows: list[CoverageRow]) -> list[CoverageRow]:
    """Gemeenten with high demand and no group within 15 km, most demand first."""
    return sorted(
        (row for row in rows if row.is_white_spot),
        key=lambda row: (-row.demand_year, row.name),
    )


@dataclass
class NearbySpot:
    row: CoverageRow
    distance_km: float


def white_spots_nearest(
    rows: list[CoverageRow], municipality_id: int, *, limit: int = 5
) -> list[NearbySpot]:
    """The white spots nearest to one gemeente (not itself), nearest first."""
    own = next((r for r in rows if r.municipality_id == municipality_id), None)
    if own is None or own.point is None:
        return []
    spots = [
        NearbySpot(row, haversine_km(own.point, row.point))
        for row in white_spots(rows)
        if row.point is not None and row.municipality_id != municipality_id
    ]
    spots.sort(key=lambda spot: (spot.distance_km, spot.row.name))
    return spots[:limit]
