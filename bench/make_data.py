"""Grow the demo database to benchmark size: 1,000 information pages, 200 schemes,
10,000 peer groups and 300 practices (times --scale), copied from the demo content.

One theme (the bench theme, see `bench_theme()`) gets 100 information pages in all, so
the theme page is measured with 100 children. Everything is put in the search index
(bulk-created groups too), and PostgreSQL gets VACUUM ANALYZE (planner statistics,
merged GIN pending lists): this machine kind runs PostgreSQL with autovacuum off,
production has it on.

Bench data is marked: slugs start with "bench-".
"""

import argparse
import random
import time

import django_setup  # noqa: F401  (sets up Django)
from django.db import connection, transaction
from django.forms.models import model_to_dict

from content.models import InfoPage, ThemePage
from professionals.models import Membership, Practice
from regelingen.models import Scheme, SchemeCriterion
from scripts.bench_postcode_search import groups_create  # noqa: E402

# The theme page measured "with 100 information pages" (bench/endpoints.py).
THEME_CHILDREN = 100


def bench_theme() -> ThemePage:
    """The theme that gets THEME_CHILDREN information pages: the last live theme in
    the tree (the first one stays as the demo has it, for the plain theme page)."""
    return (
        ThemePage.objects.live()
        .filter(locale__language_code="nl")
        .order_by("-path")
        .first()
    )


def info_pages_create(total: int, rng: random.Random) -> None:
    # The Dutch tree: English and Arabic copies follow it (synchronised trees).
    dutch = {"locale__language_code": "nl"}
    existing = InfoPage.objects.filter(slug__startswith="bench-", **dutch).count()
    sources = list(
        InfoPage.objects.live().filter(**dutch).exclude(slug__startswith="bench-")
    )
    big = bench_theme()
    themes = [t for t in ThemePage.objects.live().filter(**dutch) if t.pk != big.pk]
    # The first pages fill the bench theme up to THEME_CHILDREN information pages.
    for_big = max(
        0,
        int(THEME_CHILDREN * min(1.0, total / 1000))
        - InfoPage.objects.child_of(big).count(),
    )
    for n in range(existing, total):
        source = rng.choice(sources)
        parent = big if n - existing < for_big else rng.choice(themes)
        page = InfoPage(
            title=f"{source.title} ({n})",
            slug=f"bench-{n}",
            intro=source.intro,
            body=source.body.raw_data,
            sources=source.sources.raw_data,
            last_reviewed=source.last_reviewed,
            next_review_due=source.next_review_due,
        )
        parent.add_child(instance=page)


@transaction.atomic
def schemes_create(total: int, rng: random.Random) -> None:
    existing = Scheme.objects.filter(slug__startswith="bench-").count()
    sources = list(
        Scheme.objects.filter(live=True)
        .exclude(slug__startswith="bench-")
        .prefetch_related("themes", "life_events", "criteria")
    )
    skip = {
        "id",
        "slug",
        "name",
        "themes",
        "life_events",
        "latest_revision",
        "live_revision",
    }
    for n in range(existing, total):
        source = rng.choice(sources)
        data = {k: v for k, v in model_to_dict(source).items() if k not in skip}
        data["provider_id"] = data.pop("provider")
        data["review_owner_id"] = data.pop("review_owner", None)
        for key in [k for k in data if k.startswith("locked_by")]:
            data.pop(key)
        scheme = Scheme(
            **data, name=f"{source.name} ({n})", slug=f"bench-{n}", live=True
        )
        scheme.save()
        scheme.themes.set(source.themes.all())
        scheme.life_events.set(source.life_events.all())
        criteria = []
        for criterion in source.criteria.all():
            criterion.pk = None
            criterion.scheme = scheme
            criteria.append(criterion)
        SchemeCriterion.objects.bulk_create(criteria)


@transaction.atomic
def practices_create(total: int, rng: random.Random) -> None:
    existing = Practice.objects.filter(title__startswith="Bench ").count()
    sources = list(
        Practice.objects.exclude(title__startswith="Bench ").prefetch_related(
            "themes", "tags"
        )
    )
    for n in range(existing, total):
        source = rng.choice(sources)
        themes, tags = list(source.themes.all()), [t.name for t in source.tags.all()]
        source.pk = None
        source.id = None
        source.title = f"Bench {n}: {source.title}"[:160]
        source._state.adding = True
        source.save()
        source.themes.set(themes)
        source.tags.set(tags)


def bench_member_create(total, rng) -> None:
    """An approved member with two-factor, for the logged-in page (demo accounts only
    exist in development)."""
    from content.models import Organisation
    from tests.factories.professionals import member_create

    if Membership.objects.filter(user__username="bench@example.org").exists():
        return
    organisation = Organisation.objects.filter(kind="gemeente").first()
    member_create(organisation, email="bench@example.org")


def bench_editor_create(total, rng) -> None:
    """An editor with two-factor, for the admin report "Dekking gemeenten"."""
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="bench-editor@example.org",
        defaults={"email": "bench-editor@example.org", "is_superuser": True},
    )
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
    )


def demand_create(total, rng) -> None:
    """Example demand counts for every gemeente for the last 12 months."""
    from core.models import DemandCount, Municipality
    from professionals.coverage import demand_months

    DemandCount.objects.bulk_create(
        [
            DemandCount(
                municipality=m, month=month, count=rng.randint(0, 60), is_example=True
            )
            for m in Municipality.objects.all()
            for month in demand_months()
        ],
        ignore_conflicts=True,
    )


def search_index_fill(total, rng) -> None:
    """Put the bulk-created groups in the search index (pages and schemes are indexed
    when saved), so the site search is measured at this volume."""
    from wagtail.search.backends import get_search_backend

    from lotgenoten.models import PeerGroup

    backend = get_search_backend()
    queryset = PeerGroup.objects.filter(slug__startswith="bench-").order_by("pk")
    pks = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(pks), 1000):
        backend.add_bulk(
            PeerGroup, list(queryset.filter(pk__in=pks[start : start + 1000]))
        )


def statistics_update(total, rng) -> None:
    """Planner statistics and vacuumed tables, as autovacuum keeps them in
    production. VACUUM also merges the GIN indexes' pending lists (the search
    index's tsvectors): without it, a full-text search scans a long unsorted list."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    rng = random.Random(2026)
    for label, create, total in [
        ("information pages", info_pages_create, 1000),
        ("schemes", schemes_create, 200),
        ("peer groups", lambda n, r: groups_create(n, r), 10000),
        ("practices", practices_create, 300),
        ("bench member", bench_member_create, 1),
        ("bench editor", bench_editor_create, 1),
        ("demand counts", demand_create, 1),
        ("search index (groups)", search_index_fill, 1),
        ("VACUUM ANALYZE", statistics_update, 1),
    ]:
        start = time.monotonic()
        create(int(total * args.scale), rng)
        print(
            f"{label}: {int(total * args.scale)} in {time.monotonic() - start:.1f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
