"""Profile the site search in process (Django test client, cProfile) on the bench
database: the first N queries of bench/search-queries.txt (written by
bench/endpoints.py), each once, after one warm-up request.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/eop_bench DJANGO_DEBUG=false \\
      DJANGO_SECRET_KEY=x DJANGO_ALLOWED_HOSTS=testserver \\
      EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend \\
      .venv/bin/python bench/profile_search.py [--queries 200] [--top 25]

Prints wall time per search, SQL queries per search, and the top entries of the
profile by cumulative and by own time.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time

os.environ.setdefault("SEARCH_RATE_LIMIT_PER_MINUTE", str(10**9))
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

import django_setup  # noqa: E402, F401  (sets up Django)
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from endpoints import SEARCH_QUERIES_FILE  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--repeat", help="one query, repeated, instead of the list")
    args = parser.parse_args()
    if args.repeat:
        paths = ["/zoeken/?q=" + args.repeat] * args.queries
    else:
        paths = SEARCH_QUERIES_FILE.read_text().split()[: args.queries]
    client = Client()
    assert client.get(paths[0]).status_code == 200
    connection.force_debug_cursor = True
    reset_queries()
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    profile.disable()
    elapsed = time.perf_counter() - start
    print(
        f"{len(paths)} searches: {1000 * elapsed / len(paths):.1f} ms each (profiled), "
        f"{len(connection.queries) / len(paths):.1f} SQL queries each"
    )
    if os.environ.get("PROFILE_OUT"):
        profile.dump_stats(os.environ["PROFILE_OUT"])
    for key in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(key).print_stats(args.top)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
