"""Turn the files in lotgenoten/seed/ into target groups, the example peer groups
and the example events (agenda).

Idempotent: a group whose slug exists is left alone. Every group is saved with
is_example (the site shows "Voorbeeldgroep"): none of these groups exists.
"""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from content.models import Organisation, Theme
from core.seed import yaml_read
from lotgenoten.models import Event, PeerGroup, TargetGroup
from lotgenoten.models.events import AMSTERDAM

APP = "lotgenoten"


def target_groups_ensure() -> dict[str, TargetGroup]:
    result = {group.slug: group for group in TargetGroup.objects.all()}
    for order, data in enumerate(yaml_read(APP, "target_groups.yaml")):
        if data["slug"] not in result:
            result[data["slug"]] = TargetGroup.objects.create(
                slug=data["slug"], name=data["name"], sort_order=order
            )
    return result


def _organisations() -> dict[str, Organisation]:
    data = yaml_read(APP, "organisations.yaml")
    existing = {o.name: o for o in Organisation.objects.all()}
    result = {}
    for row in data["organisations"]:
        result[row["name"]] = existing.get(row["name"]) or Organisation.objects.create(
            name=row["name"],
            kind=Organisation.Kind.LOCAL_INITIATIVE,
            description=row["description"],
            email=data["email"],
        )
    return result


def _groups() -> list[dict]:
    """Every example group as (slug, fields, target slugs, theme slugs)."""
    data = yaml_read(APP, "groups.yaml")
    groups = []
    local = data["local"]
    for row in local["places"]:
        spec = {**local["defaults"], **local["kinds"][row["kind"]]}
        spec["name"] = spec["name"].format(place=row["place"])
        slug = slugify(spec["name"])[:120]
        spec["notify_email"] = f"{slug[:50]}@example.org"
        spec["postcode"] = row["postcode"]
        spec["place"] = row["place"].split("-")[0].replace(" Poort", "")
        groups.append((slug, spec))
    online = data["online"]
    for row in online["groups"]:
        spec = {**online["defaults"], **row, "is_online": True}
        slug = spec.pop("slug")
        spec["notify_email"] = f"{slug}@example.org"
        groups.append((slug, spec))
    return [(slug, spec, data["last_confirmed"]) for slug, spec in groups]


def seed_load() -> tuple[int, int]:
    """Create the example groups that do not exist yet. Returns (created, total)."""
    targets = target_groups_ensure()
    existing = set(PeerGroup.objects.values_list("slug", flat=True))
    groups = [g for g in _groups() if g[0] not in existing]
    if groups:
        organisations = _organisations()
        themes = {theme.slug: theme for theme in Theme.objects.all()}
    for slug, spec, confirmed in groups:
        target_slugs = spec.pop("targets", [])
        theme_slugs = spec.pop("themes", [])
        spec["organiser"] = organisations[spec["organiser"]]
        for field in ("start_time", "end_time"):
            spec[field] = datetime.time.fromisoformat(spec[field])
        group = PeerGroup(slug=slug, is_example=True, last_confirmed=confirmed, **spec)
        group.save()
        group.target_groups.set([targets[t] for t in target_slugs])
        group.themes.set([themes[t] for t in theme_slugs if t in themes])
        group.save()
        group.save_revision().publish()
    return len(groups), PeerGroup.objects.filter(is_example=True).count()


# --- Example events (seed/events.yaml) -------------------------------------------


def _event_dates(spec: dict, today: datetime.date):
    """(starts_at, ends_at) for `in_days`, `time` and `minutes`, in Amsterdam."""
    day = today + datetime.timedelta(days=int(spec.pop("in_days")))
    if weekday := spec.pop("weekday", None):  # 1 = Monday ... 7 = Sunday
        day += datetime.timedelta(days=(int(weekday) - 1 - day.weekday()) % 7)
    clock = datetime.time.fromisoformat(spec.pop("time"))
    start = datetime.datetime.combine(day, clock, tzinfo=AMSTERDAM)
    return start, start + datetime.timedelta(minutes=int(spec.pop("minutes")))


def events_seed_load(now: datetime.datetime | None = None) -> tuple[int, int]:
    """Create the example events that do not exist yet, and give example events
    that are over new dates (so the demo agenda stays upcoming).

    Returns (created or moved, total example events).
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    data = yaml_read(APP, "events.yaml")
    targets = target_groups_ensure()
    existing = {event.slug: event for event in Event.objects.filter(is_example=True)}
    taken = set(Event.objects.values_list("slug", flat=True))
    organisations = themes = None
    changed = 0
    for row in data["events"]:
        spec = {**data["defaults"], **row}
        slug = spec.pop("slug")
        starts_at, ends_at = _event_dates(spec, today)
        event = existing.get(slug)
        if event is not None:
            if event.series_ends_at is None or event.series_ends_at < now:
                event.starts_at, event.ends_at = starts_at, ends_at
                event.save()
                event.save_revision().publish()
                changed += 1
            continue
        if slug in taken:
            continue  # an editor's own event has this slug: leave it alone
        if organisations is None:
            organisations = _organisations()
            themes = {theme.slug: theme for theme in Theme.objects.all()}
        target_slugs = spec.pop("targets", [])
        theme_slugs = spec.pop("themes", [])
        spec["organiser"] = organisations[spec["organiser"]]
        if spec.get("is_online"):
            for field in ("venue_name", "address"):
                spec.pop(field, None)
        event = Event(
            slug=slug,
            is_example=True,
            starts_at=starts_at,
            ends_at=ends_at,
            notify_email=f"{slug[:50]}@example.org",
            **spec,
        )
        event.full_clean()
        event.save()
        event.target_groups.set([targets[t] for t in target_slugs])
        event.themes.set([themes[t] for t in theme_slugs if t in themes])
        event.save()  # stores the ParentalManyToManyFields
        event.save_revision().publish()
        changed += 1
    return changed, Event.objects.filter(is_example=True).count()
