"""Time the admin report "Dekking gemeenten" for all 342 gemeenten with 10,000 groups.

    .venv/bin/python scripts/bench_coverage_report.py       (or: make bench-coverage)

In process, through Django's test client (full middleware and template rendering, the
map included), signed in as an editor with two-factor. Uses PostgreSQL by default in
its own database (DATABASE_URL=postgres://postgres@127.0.0.1:5432/eop_coverage_bench,
created when missing); any other DATABASE_URL works too. Adds the bench groups of
scripts/bench_postcode_search.py (example rows, fixed seed), demand counts for every
gemeente for 12 months and 60 municipal pages, all marked as example.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/eop_coverage_bench"
)

from scripts.bench_postcode_search import groups_create, setup  # noqa: E402

RUNS = 10
GROUPS = 10_000


def data_create(rng: random.Random) -> None:
    from content.models import Organisation
    from core.models import DemandCount, Municipality
    from gemeenten.models import MunicipalityPage
    from professionals.coverage import demand_months

    groups_create(GROUPS, rng)
    months = demand_months()
    municipalities = list(Municipality.objects.all())
    DemandCount.objects.bulk_create(
        [
            DemandCount(
                municipality=m, month=month, count=rng.randint(0, 60), is_example=True
            )
            for m in municipalities
            for month in months
        ],
        ignore_conflicts=True,
    )
    organisation, _ = Organisation.objects.get_or_create(
        name="Benchmark-organisatie", defaults={"kind": "lokaal"}
    )
    for m in municipalities[:60]:
        MunicipalityPage.objects.get_or_create(
            municipality=m,
            defaults={
                "organisation": organisation,
                "is_example": True,
                "published": True,
                "last_verified": months[rng.randrange(len(months))],
            },
        )


def editor_client():
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="bench-editor",
        defaults={"is_superuser": True, "is_staff": True, "email": "b@example.org"},
    )
    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
    )
    client = Client()
    client.force_login(user)
    return client


def measure(client, url: str) -> tuple[list[float], int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm up
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                size = len(b"".join(response.streaming_content))
            else:
                size = len(response.content)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times, len(ctx.captured_queries), size


def main():
    setup()
    from django.db import connection

    from core.models import Municipality
    from lotgenoten.models import PeerGroup
    from professionals.coverage import coverage_rows

    data_create(random.Random(2026))
    print(
        f"Database: {connection.vendor}; {Municipality.objects.count()} gemeenten, "
        f"{PeerGroup.objects.count()} groups"
    )
    start = time.perf_counter()
    for _ in range(RUNS):
        coverage_rows()
    print(
        f"coverage_rows() alone: {(time.perf_counter() - start) * 1000 / RUNS:.0f} ms"
    )
    client = editor_client()
    for label, url in [
        ("report with map, all 342", "/admin/rapporten/dekking-gemeenten/"),
        (
            "report, sorted by demand",
            "/admin/rapporten/dekking-gemeenten/?ordering=-vraag-jaar",
        ),
        (
            "report, one province",
            "/admin/rapporten/dekking-gemeenten/?provincie=Utrecht",
        ),
        ("CSV export, all 342", "/admin/rapporten/dekking-gemeenten/?export=csv"),
        ("white spots", "/admin/rapporten/witte-vlekken/"),
    ]:
        times, queries, size = measure(client, url)
        print(
            f"{label:<28} median {statistics.median(times):6.0f} ms  "
            f"max {max(times):6.0f} ms  queries {queries}  {size / 1024:.0f} KiB"
        )


if __name__ == "__main__":
    main()
