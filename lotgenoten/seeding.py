"""Turn the files in lotgenoten/seed/ into target groups and the example peer groups.

Idempotent: a group whose slug exists is left alone. Every group is saved with
is_example (the site shows "Voorbeeldgroep"): none of these groups exists.
"""

import datetime

from django.utils.text import slugify

from content.models import Organisation, Theme
from core.seed import yaml_read
from lotgenoten.models import PeerGroup, TargetGroup

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
