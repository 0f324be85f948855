"""Benchmark the peer group postcode search with 1,000 and then 10,000 groups.

    .venv/bin/python scripts/bench_postcode_search.py            (or: make bench-lotgenoten)

Uses PostgreSQL by default, in its own database (created when missing):
DATABASE_URL=postgres://postgres@127.0.0.1:5432/eop_lotgenoten_bench. Any other
DATABASE_URL works too (an SQLite file, say). The groups are example rows
(is_example, slug "bench-…"), placed on random PC4 areas with a fixed seed; a second
run replaces them.

For a few hundred postcodes spread over all twelve provinces it measures the server
time of GET /lotgenoten/?postcode=… through Django's test client (no network, full
middleware and template rendering), and the number of SQL queries per search. For
comparison it measures an information page (/privacy/) the same way.
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
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/eop_lotgenoten_bench"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "eenouderpunt.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-secret")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.dummy.EmailBackend")

SEARCHES_PER_PROVINCE = 25
SEED = 2026


def database_ensure():
    url = os.environ["DATABASE_URL"]
    if not url.startswith("postgres"):
        return
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    conn = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    exists = conn.execute(
        "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
    ).fetchone()
    if not exists:
        conn.execute(f'CREATE DATABASE "{config["NAME"]}"')
    conn.close()


def setup():
    database_ensure()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test.utils import override_settings

    # Production settings, but plain static URLs: no collectstatic manifest needed.
    override_settings(
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
            },
        }
    ).enable()

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    call_command("load_demo_content", verbosity=0)


def groups_create(total: int, rng: random.Random):
    """Make the number of bench groups `total` (adds to those already there)."""
    import datetime

    from core.models import PostcodeArea
    from lotgenoten.models import PeerGroup, schedule_is_outside_working_hours

    existing = PeerGroup.objects.filter(slug__startswith="bench-").count()
    areas = list(PostcodeArea.objects.all())
    batch = []
    for n in range(existing, total):
        area = rng.choice(areas)
        weekday = rng.randint(1, 7)
        start = datetime.time(rng.choice([9, 10, 13, 14, 19, 20]), rng.choice([0, 30]))
        batch.append(
            PeerGroup(
                name=f"Voorbeeldgroep {n}",
                slug=f"bench-{n}",
                description="Voorbeeldgroep voor de benchmark.",
                is_example=True,
                postcode=area.pc4,
                place=area.place,
                latitude=area.latitude,
                longitude=area.longitude,
                municipality_id=area.municipality_id,
                is_online=rng.random() < 0.02,
                weekday=weekday,
                start_time=start,
                outside_working_hours=schedule_is_outside_working_hours(weekday, start),
                is_free=rng.random() < 0.8,
                childcare=rng.random() < 0.3,
                children_welcome=rng.random() < 0.4,
            )
        )
    PeerGroup.objects.bulk_create(batch, batch_size=1000)


def sample_postcodes(rng: random.Random) -> list[str]:
    from core.models import PostcodeArea

    by_province: dict[str, list[str]] = {}
    for pc4, province in PostcodeArea.objects.values_list(
        "pc4", "municipality__province"
    ):
        by_province.setdefault(province, []).append(pc4)
    sample = []
    for province in sorted(by_province):
        sample += rng.sample(
            by_province[province],
            min(SEARCHES_PER_PROVINCE, len(by_province[province])),
        )
    rng.shuffle(sample)
    return sample, sorted(by_province)


def measure(client, urls: list[str]) -> tuple[list[float], list[int]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls[:20]:  # warm up
        client.get(url)
    times, queries = [], []
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(ctx.captured_queries))
    return times, queries


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def report(label: str, times: list[float], queries: list[int]):
    print(
        f"{label:<44} n={len(times):>3}  median {statistics.median(times):6.1f} ms  "
        f"p95 {p95(times):6.1f} ms  queries min {min(queries)} max {max(queries)}"
    )


def main():
    setup()
    from django.db import connection
    from django.test import Client

    from lotgenoten.models import PeerGroup

    rng = random.Random(SEED)
    PeerGroup.objects.filter(slug__startswith="bench-").delete()
    postcodes, provinces = sample_postcodes(rng)
    urls = [f"/lotgenoten/?postcode={pc4}" for pc4 in postcodes]
    client = Client()
    print(
        f"Database: {connection.vendor}; {len(urls)} postcodes in {len(provinces)} provinces"
    )
    info_times, info_queries = measure(client, ["/privacy/"] * 200)
    report("information page /privacy/", info_times, info_queries)
    for total in (1_000, 10_000):
        groups_create(total, rng)
        count = PeerGroup.objects.count()
        times, queries = measure(client, urls)
        report(f"postcode search, {count} groups", times, queries)
        filtered = [url + "&avond=on&gratis=on" for url in urls]
        times, queries = measure(client, filtered)
        report(f"postcode search + 2 filters, {count} groups", times, queries)
    print(
        f"p95 search / p95 information page: {p95(times) / p95(info_times):.2f} "
        "(last run: 10,000 groups, with filters)"
    )


if __name__ == "__main__":
    main()
