"""Profile uncached page views in process: cProfile through Django's test client.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/eop_bench DJANGO_DEBUG=false \
    DJANGO_SECRET_KEY=x DJANGO_ALLOWED_HOSTS=testserver \
    .venv/bin/python bench/profile_pages.py [--n 30] [--top 25] [page ...]

Pages: scheme-list (all schemes), theme (the theme page with the most children),
info (an information page), home. --cold: a new content generation before each
request (the first view after a publish). Prints the wall time per request, the SQL
queries of one warm request and the top functions by cumulative and own time.
"""

import argparse
import cProfile
import io
import pstats
import sys
import time

import django_setup  # noqa: F401  (sets up Django)
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from content.models import InfoPage, ThemePage
from core.page_cache import page_cache_invalidate


def paths() -> dict[str, str]:
    theme = (
        ThemePage.objects.live()
        .annotate(children=Count("depth"))
        .order_by("-numchild")
        .first()
    )
    info = (
        InfoPage.objects.live().filter(slug__startswith="bench-").first()
        or InfoPage.objects.live().first()
    )
    return {
        "scheme-list": "/regelingen/",
        "theme": theme.url,
        "info": info.url,
        "home": "/",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dump", help="write each profile to DUMP-<page>.prof")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="a new content generation before every request (the first view after "
        "a publish: nothing kept per generation helps)",
    )
    args = parser.parse_args()
    before = page_cache_invalidate if args.cold else (lambda: None)
    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    for name, path in paths().items():
        if args.pages and name not in args.pages:
            continue
        for _ in range(3):  # warm
            before()
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        before()
        with CaptureQueriesContext(connection) as ctx:
            client.get(path)
        start = time.perf_counter()
        for _ in range(args.n):
            before()
            client.get(path)
        wall = (time.perf_counter() - start) / args.n * 1000
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.n):
            before()
            client.get(path)
        profile.disable()
        if args.dump:
            profile.dump_stats(f"{args.dump}-{name}.prof")
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).strip_dirs()
        # Below the view: the call chain above it says nothing.
        stats.sort_stats("cumulative").print_stats(
            r"(views|pages|selectors|models|loader_tags|defaulttags|query|"
            r"templatetags|wagtail|urls|sections|trans_real|base)",
            args.top,
        )
        stats.sort_stats("tottime").print_stats(args.top)
        print(
            f"## {name} {path}: {wall:.1f} ms/request, "
            f"{len(ctx.captured_queries)} queries, {len(response.content)} bytes"
        )
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
