"""`make bench`: load a large data set into PostgreSQL, serve it with gunicorn
(production settings, 2 workers) on 127.0.0.1 and drive every page type with wrk for a
fixed time. Prints a table (requests/s, the ratio to a static CSS file served by the
same stack, median, 95th- and 99th-percentile latency, errors, SQL queries per request)
and writes it to bench/results-*.md.

With --runs N every endpoint is measured N times, the endpoints interleaved (round 1 of
all, then round 2, ...); the table shows the medians, and the ratio is the median of the
ratios within each round (other load on the machine changes both alike). --only picks
endpoints by part of their name (the static file is always measured).

Loopback only; every run is bounded by --duration per endpoint.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
LUA = str(ROOT / "bench" / "wrk_report.lua")


def run(cmd, env, **kwargs):
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


STATIC = "static CSS file"

DEMO_COMMANDS = [
    "load_reference_data",
    "load_demo_content",
    "load_demo_regelingen",
    "load_demo_lotgenoten",
    "load_demo_professionals",
]


def database_build(database: str, scale: float, env: dict) -> None:
    """A new PostgreSQL database with the demo content and the large data set."""
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc"]
    run(psql + [f'drop database if exists "{database}"'], env)
    run(psql + [f'create database "{database}"'], env)
    run([PY, "manage.py", "demo_setup", *DEMO_COMMANDS], env)
    run([PY, "bench/make_data.py", "--scale", str(scale)], env)


def server_env(database: str, *, page_cache: int = 0, redis_url: str = "") -> dict:
    """Production settings for a server on loopback; Redis (emptied) or the database
    as the shared cache."""
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings",
        "PAGE_CACHE_SECONDS": str(page_cache),
        # wrk is one client address: the search limit would answer 429 (a script).
        "SEARCH_RATE_LIMIT_PER_MINUTE": str(10**9),
        # Production refuses to start without a mail backend; the bench sends none.
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    env.pop("REDIS_URL", None)
    if redis_url:
        import redis

        env["REDIS_URL"] = redis_url
        redis.Redis.from_url(redis_url).flushdb()
    return env


@contextlib.contextmanager
def gunicorn(env: dict, workers: int = 2, **popen):
    """A gunicorn on a free loopback port, ready when /health/ answers: (base, process)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "eenouderpunt.wsgi", "-b", f"127.0.0.1:{port}"]
        + ["-w", str(workers), "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=env,
        **popen,
    )
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/health/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield base, server
    finally:
        server.terminate()
        server.wait(timeout=20)


def wrk(
    url: str,
    *,
    seconds: int,
    connections: int,
    endpoint: dict,
    close: bool = False,
) -> dict:
    """wrk's figures for one URL. `close`: a new connection for every request
    (`Connection: close`), so each request goes to whichever worker accepts first.
    With kept-alive connections gunicorn's threaded workers keep the connections they
    accepted for the whole run, and at times one worker holds all of them: then one
    core serves and the run is slow for that reason alone (seen: the static file at
    1,239 instead of 3,166 req/s in the next round of the same server)."""
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        LUA,
    ]
    if endpoint.get("cookie"):
        cmd += ["-H", f"Cookie: {endpoint['cookie']}"]
    if close:
        cmd += ["-H", "Connection: close"]
    env = dict(os.environ)
    if endpoint.get("method"):
        env.update(WRK_METHOD=endpoint["method"], WRK_BODY=endpoint["body"])
    if endpoint.get("paths_file"):
        env["WRK_PATHS"] = endpoint["paths_file"]
    out = subprocess.run(
        cmd + [url], capture_output=True, text=True, check=True, env=env
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="eop_bench")
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="keep the existing data")
    parser.add_argument("--runs", type=int, default=1, help="rounds; medians shown")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated parts of endpoint names (e.g. 'search,scheme list')",
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="fraction of the data set"
    )
    parser.add_argument(
        "--page-cache",
        type=int,
        default=0,
        help="PAGE_CACHE_SECONDS for the server (0: measure uncached pages)",
    )
    parser.add_argument(
        "--cache",
        choices=["redis", "database"],
        default="redis",
        help="the shared cache: Redis as in production (redis://127.0.0.1:6379/14), "
        "or the database cache of a single machine",
    )
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/14",
        help="the Redis database for --cache redis (emptied first)",
    )
    parser.add_argument(
        "--out",
        help="default: bench/results-cached.md or bench/results-uncached.md",
    )
    parser.add_argument(
        "--close",
        action="store_true",
        help="a new connection per request (Connection: close), spread over the "
        "workers; default: kept-alive connections",
    )
    args = parser.parse_args()
    kind = "cached" if args.page_cache else "uncached"
    args.out = args.out or str(ROOT / "bench" / f"results-{kind}.md")

    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 1
    redis_url = args.redis_url if args.cache == "redis" else ""
    env = server_env(args.database, page_cache=args.page_cache, redis_url=redis_url)
    if not args.reuse:
        database_build(args.database, args.scale, env)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    run([PY, "manage.py", "createcachetable"], env)  # the database cache needs it
    endpoints = json.loads(
        run([PY, "bench/endpoints.py"], env, stdout=subprocess.PIPE, text=True).stdout
    )

    if args.only:
        parts = [p.strip().lower() for p in args.only.split(",") if p.strip()]
        endpoints = [
            e
            for e in endpoints
            if e["name"] == STATIC or any(p in e["name"].lower() for p in parts)
        ]

    rounds = []
    with gunicorn(env, args.workers) as (base, _server):
        for number in range(args.runs):
            figures_by_name = {}
            for endpoint in endpoints:
                wrk(
                    base + endpoint["path"],
                    seconds=2,
                    connections=2,
                    endpoint=endpoint,
                    close=args.close,
                )
                figures = wrk(
                    base + endpoint["path"],
                    seconds=args.duration,
                    connections=args.connections,
                    endpoint=endpoint,
                    close=args.close,
                )
                figures_by_name[endpoint["name"]] = figures
                print(
                    f"round {number + 1}: {endpoint['name']:<40} "
                    f"{figures['rps']:>8.1f} req/s",
                    flush=True,
                )
            ceiling = figures_by_name[STATIC]["rps"]
            for figures in figures_by_name.values():
                figures["ratio"] = figures["rps"] / ceiling
            rounds.append(figures_by_name)

    def median(name, key):
        return statistics.median(r[name][key] for r in rounds)

    lines = [
        f"Benchmark {time.strftime('%Y-%m-%d %H:%M')} · gunicorn {args.workers} workers · "
        f"wrk {args.connections} connections × {args.duration} s · PostgreSQL · scale {args.scale} · "
        f"page cache {args.page_cache} s · {args.cache} cache · "
        f"{'a new connection per request' if args.close else 'kept-alive connections'} · "
        f"median of {args.runs} interleaved round(s) "
        "(SQL counts are for uncached requests)",
        "",
        "| endpoint | req/s | × static | median ms | p95 ms | p99 ms | errors | non-2xx "
        "| SQL/request |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for endpoint in endpoints:
        name = endpoint["name"]
        errors = sum(r[name]["errors"] - r[name]["non2xx"] for r in rounds)
        non2xx = sum(r[name]["non2xx"] for r in rounds)
        lines.append(
            f"| {name} | {median(name, 'rps'):.1f} | {median(name, 'ratio'):.3f} | "
            f"{median(name, 'p50_ms'):.1f} | {median(name, 'p95_ms'):.1f} | "
            f"{median(name, 'p99_ms'):.1f} | {errors} | {non2xx} | "
            f"{endpoint.get('queries', '-')} |"
        )
    table = "\n".join(lines)
    print("\n" + table)
    Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
