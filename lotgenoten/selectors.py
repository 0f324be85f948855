"""Reads: peer groups near a postcode, online groups, and who may see sign-ups.

Distance ranking works the same on SQLite and PostgreSQL without PostGIS: a
bounding box on the indexed latitude/longitude in SQL narrows the candidates, then
haversine in Python ranks them. Only the page of groups that is shown is loaded as
objects, so the number of queries is constant, whatever the number of groups.
"""

import math
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils import timezone

from content.i18n import in_source_locale
from content.models import StepPlanIndexPage, StepPlanPage
from lotgenoten.models import Event, PeerGroup, SignUp

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LATITUDE = 111.2
# Radius of "near you", and the steps we widen to when nothing is that near.
DEFAULT_RADIUS_KM = 25
WIDER_RADII_KM = (75, 200, 400)

Point = tuple[float, float]

# The step plan that the start-a-group pages link to
# (content/seed/step_plans/06-lotgenotengroep-starten.md).
START_PLAN_SLUG = "lotgenotengroep-starten"


@dataclass(frozen=True)
class GroupFilters:
    """What a parent ticked in the search form."""

    outside_working_hours: bool = False
    free: bool = False
    childcare: bool = False
    children_welcome: bool = False
    online: bool = False
    target_group: str = ""

    @property
    def any(self) -> bool:
        return any(
            (
                self.outside_working_hours,
                self.free,
                self.childcare,
                self.children_welcome,
                self.online,
                self.target_group,
            )
        )


@dataclass
class NearbyGroups:
    """One page of groups ranked by distance, each with `distance_km` set."""

    groups: list[PeerGroup] = field(default_factory=list)
    total: int = 0


def haversine_km(a: Point, b: Point) -> float:
    """Great-circle distance in km between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(point: Point, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) of a box that holds the circle."""
    lat, lon = point
    dlat = radius_km / KM_PER_DEGREE_LATITUDE
    # Longitude degrees shrink towards the poles; never divide by ~0.
    dlon = radius_km / (KM_PER_DEGREE_LATITUDE * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def public_peer_groups() -> QuerySet[PeerGroup]:
    """Groups parents may see: published and active (not stopped, not hidden)."""
    return PeerGroup.objects.public()


def _filtered(filters: GroupFilters | None) -> QuerySet[PeerGroup]:
    qs = public_peer_groups()
    if filters is None:
        return qs
    if filters.outside_working_hours:
        qs = qs.filter(outside_working_hours=True)
    if filters.free:
        qs = qs.filter(is_free=True)
    if filters.childcare:
        qs = qs.filter(childcare=True)
    if filters.children_welcome:
        qs = qs.filter(children_welcome=True)
    if filters.target_group:
        qs = qs.filter(target_groups__slug=filters.target_group)
    return qs


def _with_details(qs: QuerySet[PeerGroup]) -> QuerySet[PeerGroup]:
    # Result cards need no many-to-many data: no prefetch, one query.
    return qs.select_related("organiser", "municipality")


def peer_groups_near(
    point: Point,
    *,
    radius_km: float = DEFAULT_RADIUS_KM,
    filters: GroupFilters | None = None,
    limit: int = 20,
    offset: int = 0,
) -> NearbyGroups:
    """Groups that meet in person within `radius_km` of `point`, nearest first.

    Two queries at most: the candidates' coordinates, then the page's groups.
    """
    min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_km)
    candidates = (
        _filtered(filters)
        .filter(
            is_online=False,
            latitude__range=(min_lat, max_lat),
            longitude__range=(min_lon, max_lon),
        )
        .values_list("pk", "latitude", "longitude")
    )
    ranked = sorted(
        (distance, pk)
        for pk, lat, lon in candidates
        if (distance := haversine_km(point, (lat, lon))) <= radius_km
    )
    page = ranked[offset : offset + limit]
    if not page:
        return NearbyGroups(groups=[], total=len(ranked))
    by_pk = _with_details(PeerGroup.objects.all()).in_bulk([pk for _, pk in page])
    groups = []
    for distance, pk in page:
        group = by_pk[pk]
        group.distance_km = distance
        groups.append(group)
    return NearbyGroups(groups=groups, total=len(ranked))


def peer_groups_nearest(
    point: Point,
    *,
    filters: GroupFilters | None = None,
    beyond_km: float = DEFAULT_RADIUS_KM,
    limit: int = 3,
) -> list[PeerGroup]:
    """The nearest groups further away than `beyond_km`, for when none is near.

    Widens the circle step by step, so at most a few small queries.
    """
    for radius in WIDER_RADII_KM:
        if radius <= beyond_km:
            continue
        found = peer_groups_near(point, radius_km=radius, filters=filters, limit=limit)
        if found.groups:
            return found.groups
    return []


def peer_groups_online(
    filters: GroupFilters | None = None, *, limit: int = 10
) -> list[PeerGroup]:
    """Online groups, for everyone wherever they live."""
    return list(_with_details(_filtered(filters).filter(is_online=True))[:limit])


def peer_groups_for_theme(theme, *, limit: int = 3) -> list[PeerGroup]:
    """A few groups about a theme (for the theme page), online ones first."""
    return list(
        public_peer_groups()
        .filter(themes=theme)
        .select_related("municipality")
        .order_by("-is_online", "name")[:limit]
    )


def signups_for_organisation(organisation) -> QuerySet[SignUp]:
    """Sign-ups for the groups and events an organisation runs, newest first.

    For the professionals' inbox: the caller must have checked that the member
    belongs to `organisation`.
    """
    return SignUp.objects.filter(
        Q(group__organiser=organisation) | Q(event__organiser=organisation)
    ).select_related("group", "event")


def signups_managed_by(user_id: int, *, organisation) -> QuerySet[SignUp]:
    """Sign-ups for the groups `organisation` runs that the user manages.

    A parent's name and contact details are for the people who manage the group
    (PeerGroup.managers), not for every colleague of the organiser. The caller
    must have checked that the (active) user belongs to `organisation`.
    """
    return signups_for_organisation(organisation).filter(
        Q(group__managers=user_id) | Q(event__managers=user_id)
    )


def signups_visible_to(user) -> QuerySet[SignUp]:
    """Sign-ups a user may see: only those of groups they manage.

    Superusers see all (they run the site); nobody else sees other groups' sign-ups.
    """
    qs = SignUp.objects.select_related("group", "event")
    if not user.is_authenticated or not user.is_active:
        return qs.none()
    if user.is_superuser:
        return qs
    return qs.filter(Q(group__managers=user) | Q(event__managers=user)).distinct()


def signup_visible_to(user, signup: SignUp) -> bool:
    return signups_visible_to(user).filter(pk=signup.pk).exists()


def editor_emails() -> list[str]:
    """E-mail addresses of the editors: active users who may change peer groups."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    perm = Q(
        groups__permissions__codename="change_peergroup",
        groups__permissions__content_type__app_label="lotgenoten",
    )
    return sorted(
        set(users.filter(Q(is_superuser=True) | perm).values_list("email", flat=True))
    )


def start_plan_url() -> str:
    """The address of the step plan 'Een lotgenotengroep starten'.

    Looked up by slug, so the link follows the page wherever editors move it; if the
    plan is gone or unpublished, the overview of step plans; "" if there is none."""
    plan = (
        in_source_locale(StepPlanPage.objects.live().public())
        .filter(slug=START_PLAN_SLUG)
        .first()
        or in_source_locale(StepPlanIndexPage.objects.live().public()).first()
    )
    return (plan.get_url() or "") if plan is not None else ""


def peer_groups_for_sitemap() -> QuerySet[PeerGroup]:
    """Public groups with what the sitemap shows (slug, last change): 1 query."""
    return (
        public_peer_groups()
        .only("slug", "last_published_at", "updated_at")
        .order_by("slug")
    )


# --- Events (workshops, meetings, webinars) --------------------------------------
#
# Like the groups: the candidates' few columns in one query, the ranking (by next
# date or by distance) in Python, then only the page's events as objects. Past
# events and past dates drop out by the clock (Event.series_ends_at, occurrences).

EVENT_RADIUS_KM = 50
_EVENT_RANK_FIELDS = (
    "pk",
    "starts_at",
    "ends_at",
    "repeat",
    "repeat_until",
    "latitude",
    "longitude",
)


@dataclass(frozen=True)
class EventFilters:
    """What a parent ticked in the agenda: where ("online", "ter-plekke" or
    ""), free, evening or weekend."""

    where: str = ""
    free: bool = False
    evening_or_weekend: bool = False


@dataclass
class EventPage:
    """One page of upcoming events, each with `next_start`, `next_end` and, when
    ranked by distance, `distance_km` set."""

    events: list[Event] = field(default_factory=list)
    total: int = 0


def public_events(now=None) -> QuerySet[Event]:
    """Events parents may see: published, approved by an editor, not yet over."""
    return Event.objects.public(now)


def _events_filtered(filters: EventFilters | None, now=None) -> QuerySet[Event]:
    qs = public_events(now)
    if filters is None:
        return qs
    if filters.where == "online":
        qs = qs.filter(is_online=True)
    elif filters.where == "ter-plekke":
        qs = qs.filter(is_online=False)
    if filters.free:
        qs = qs.filter(is_free=True)
    if filters.evening_or_weekend:
        qs = qs.filter(evening_or_weekend=True)
    return qs


def _next_dates(row, now):
    pk, starts_at, ends_at, repeat, repeat_until, *_ = row
    probe = Event(
        starts_at=starts_at, ends_at=ends_at, repeat=repeat, repeat_until=repeat_until
    )
    return probe.next_occurrence(now)


def _events_load(ranked: list, now) -> list[Event]:
    """The events of `ranked` [(key, pk, (start, end), distance)], in that order."""
    by_pk = (
        Event.objects.select_related("organiser", "municipality")
        .defer("description")
        .in_bulk([pk for _, pk, _, _ in ranked])
    )
    events = []
    for _key, pk, (start, end), distance in ranked:
        event = by_pk[pk]
        event.next_start, event.next_end = start, end
        event.distance_km = distance
        events.append(event)
    return events


def events_upcoming(
    filters: EventFilters | None = None,
    *,
    limit: int = 10,
    offset: int = 0,
    now=None,
) -> EventPage:
    """Upcoming events by their next date, soonest first. Two queries at most."""
    now = now or timezone.now()
    ranked = []
    for row in _events_filtered(filters, now).values_list(*_EVENT_RANK_FIELDS):
        dates = _next_dates(row, now)
        if dates is not None:
            ranked.append((dates[0], row[0], dates, None))
    ranked.sort(key=lambda item: (item[0], item[1]))
    page = ranked[offset : offset + limit]
    return EventPage(events=_events_load(page, now) if page else [], total=len(ranked))


def _point_of(area) -> Point:
    if isinstance(area, tuple):
        return area
    return (area.latitude, area.longitude)


def _events_near_ranked(point, radius_km, filters, now) -> list:
    min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_km)
    rows = (
        _events_filtered(filters, now)
        .filter(
            is_online=False,
            latitude__range=(min_lat, max_lat),
            longitude__range=(min_lon, max_lon),
        )
        .values_list(*_EVENT_RANK_FIELDS)
    )
    ranked = []
    for row in rows:
        distance = haversine_km(point, (row[5], row[6]))
        if distance > radius_km:
            continue
        dates = _next_dates(row, now)
        if dates is not None:
            ranked.append(((round(distance, 1), dates[0]), row[0], dates, distance))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return ranked


def events_upcoming_near(
    area,
    km: float = EVENT_RADIUS_KM,
    limit: int = 10,
    *,
    filters: EventFilters | None = None,
    offset: int = 0,
    now=None,
) -> EventPage:
    """Upcoming in-person events within `km` of `area` (a PostcodeArea, or any
    object with latitude/longitude, or a (lat, lon) tuple), nearest first, then
    soonest. Two queries at most, whatever the number of events."""
    now = now or timezone.now()
    ranked = _events_near_ranked(_point_of(area), km, filters, now)
    page = ranked[offset : offset + limit]
    return EventPage(events=_events_load(page, now) if page else [], total=len(ranked))


def events_upcoming_count_near(
    area, km: float = EVENT_RADIUS_KM, *, filters: EventFilters | None = None, now=None
) -> int:
    """How many upcoming in-person events are within `km` of `area` (1 query)."""
    now = now or timezone.now()
    return len(_events_near_ranked(_point_of(area), km, filters, now))


def events_online(filters: EventFilters | None = None, *, limit: int = 5, now=None):
    """Upcoming online events, soonest first (for everyone, wherever they live)."""
    online = EventFilters(
        where="online",
        free=filters.free if filters else False,
        evening_or_weekend=filters.evening_or_weekend if filters else False,
    )
    return events_upcoming(online, limit=limit, now=now).events


def events_for_theme(theme, *, limit: int = 3, now=None) -> list[Event]:
    """A few upcoming events about a theme (for the theme page), soonest first."""
    now = now or timezone.now()
    ranked = []
    for row in public_events(now).filter(themes=theme).values_list(*_EVENT_RANK_FIELDS):
        dates = _next_dates(row, now)
        if dates is not None:
            ranked.append((dates[0], row[0], dates, None))
    ranked.sort(key=lambda item: (item[0], item[1]))
    page = ranked[:limit]
    return _events_load(page, now) if page else []


def events_waiting_for_approval() -> QuerySet[Event]:
    """Events professionals sent in that an editor has not approved yet."""
    return Event.objects.filter(review=Event.Review.WAITING).order_by("created_at")


def events_for_organisation(organisation) -> QuerySet[Event]:
    """Every event of an organisation (drafts, waiting and past ones too), for
    the professionals area. The caller checks the membership."""
    return Event.objects.filter(organiser=organisation).order_by("-starts_at")


def events_for_sitemap() -> QuerySet[Event]:
    """Upcoming public events with what the sitemap shows: 1 query."""
    return (
        public_events().only("slug", "last_published_at", "updated_at").order_by("slug")
    )
