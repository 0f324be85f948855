"""Side by side with a reference site (issue 18: wagtail/bakerydemo), in one run.

The reference runs on its own (for example bakerydemo under gunicorn, 2 sync workers,
PostgreSQL, no page cache, on 127.0.0.1:8100); this script serves the portal from the
bench database (make bench builds it; same settings as make bench: gunicorn 2 workers,
no page cache) and drives both with wrk, pair by pair and round by round, so that
other load on the machine falls on both alike. Prints req/s per side, the portal's
ratio to the reference (median of the rounds' ratios) and the portal's ratio to its
own static file.

Every request comes on a new connection (`Connection: close`) on both sides: the
reference's sync workers close each connection anyway, and the portal's threaded
workers would otherwise keep wrk's connections for a whole round, at times all on
one worker (run.wrk). `--keep-alive` measures kept-alive connections instead.

    .venv/bin/python bench/compare.py --reference http://127.0.0.1:8100 \\
        --pair "home=/" --pair "information page=/breads/anpan/" \\
        --pair "site search, repeated query=/search/?q=bread" \\
        --pair "site search, distinct queries=/search/?q=" \\
        --reference-queries ../bakerydemo/search-queries.txt --runs 3

A pair names one of make bench's endpoints (bench/endpoints.py) and the reference's
path for the same kind of page. For the distinct-queries search the reference's path
ends with `q=` and --reference-queries holds its queries, one a line: each request
sends the next one, as the portal's side does with bench/search-queries.txt.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import quote_plus

from run import PY, ROOT, STATIC, gunicorn, run, server_env, wrk


def reference_paths_file(prefix: str, queries_file: str) -> str:
    queries = [
        line.strip() for line in Path(queries_file).read_text().splitlines() if line
    ]
    out = tempfile.NamedTemporaryFile(
        "w", suffix=".txt", delete=False, encoding="utf-8"
    )
    out.write("\n".join(prefix + quote_plus(q) for q in queries) + "\n")
    out.close()
    return out.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reference", required=True, help="base URL of the reference")
    parser.add_argument("--pair", action="append", required=True, help="NAME=PATH")
    parser.add_argument("--reference-queries", help="queries for a path ending in q=")
    parser.add_argument("--database", default="eop_bench")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--keep-alive",
        action="store_true",
        help="keep wrk's connections open (default: a new connection per request, "
        "as the reference's sync workers do anyway; see run.wrk)",
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "results-compare.md"))
    args = parser.parse_args()

    env = server_env(args.database, redis_url=args.redis_url)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    ours = {
        e["name"]: e
        for e in json.loads(
            run(
                [PY, "bench/endpoints.py"], env, stdout=subprocess.PIPE, text=True
            ).stdout
        )
    }
    pairs = []
    for pair in args.pair:
        name, _, path = pair.partition("=")
        if name not in ours:
            parser.error(f"{name!r} is not one of: {', '.join(ours)}")
        theirs = {"path": path}
        if path.endswith("q=") and args.reference_queries:
            theirs["paths_file"] = reference_paths_file(path, args.reference_queries)
            theirs["path"] = path + "x"
        status = urllib.request.urlopen(args.reference + theirs["path"]).status
        if status != 200:
            parser.error(f"the reference answered {status} to {theirs['path']}")
        pairs.append((name, ours[name], theirs))

    rounds = []
    with gunicorn(env, 2) as (base, _server):
        for number in range(args.runs):
            figures = {}

            def measure(url, endpoint):
                close = not args.keep_alive
                # Warm up first.
                wrk(url, seconds=2, connections=2, endpoint=endpoint, close=close)
                return wrk(
                    url,
                    seconds=args.duration,
                    connections=args.connections,
                    endpoint=endpoint,
                    close=close,
                )

            figures[STATIC] = measure(base + ours[STATIC]["path"], ours[STATIC])
            for name, mine, theirs in pairs:
                figures[name] = (
                    measure(base + mine["path"], mine),
                    measure(args.reference + theirs["path"], theirs),
                )
                print(
                    f"round {number + 1}: {name:<34} portal "
                    f"{figures[name][0]['rps']:>7.1f}  reference "
                    f"{figures[name][1]['rps']:>7.1f} req/s",
                    flush=True,
                )
            rounds.append(figures)

    def median(values):
        return statistics.median(values)

    lines = [
        f"Portal (bench database, gunicorn 2 workers, no page cache) beside "
        f"{args.reference}; wrk {args.connections} connections × {args.duration} s, "
        f"{'kept alive' if args.keep_alive else 'a new connection per request'}; "
        f"median of {args.runs} interleaved round(s)",
        "",
        "| page | reference path | portal req/s | reference req/s | portal ÷ reference "
        "| portal × static | portal p50 ms | reference p50 ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, _mine, theirs in pairs:
        rows = [r[name] for r in rounds]
        static = [r[STATIC]["rps"] for r in rounds]
        lines.append(
            f"| {name} | `{theirs['path'].removesuffix('x') if 'paths_file' in theirs else theirs['path']}` "
            f"| {median(p['rps'] for p, _t in rows):.1f} "
            f"| {median(t['rps'] for _p, t in rows):.1f} "
            f"| {median(p['rps'] / t['rps'] for p, t in rows):.2f} "
            f"| {median(p['rps'] / s for (p, _t), s in zip(rows, static, strict=True)):.3f} "
            f"| {median(p['p50_ms'] for p, _t in rows):.1f} "
            f"| {median(t['p50_ms'] for _p, t in rows):.1f} |"
        )
    table = "\n".join(lines)
    print("\n" + table)
    Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
