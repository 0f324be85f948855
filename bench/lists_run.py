"""The list pages of issue 18, interleaved: the static file, the full scheme list, a
theme page with about 100 children, an information page and home, each measured in
turn for --rounds rounds on one gunicorn (2 workers), median req/s and the ratio to
the static file of the same round.

    .venv/bin/python bench/lists_run.py --database eop_bench [--page-cache 60]

Uses the data `make bench` built (bench/run.py); run with --reuse semantics only.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import PY, ROOT, gunicorn, run, server_env, wrk  # noqa: E402

PATHS_SCRIPT = """
import json
import django_setup  # noqa
from django.db.models import Count, Q
from content.models import InfoPage, ThemePage
from wagtail.models import Page
themes = list(ThemePage.objects.live())
def children(t):
    return Page.objects.live().filter(path__startswith=t.path, depth=t.depth + 1).count()
theme = min(themes, key=lambda t: abs(children(t) - 100))
info = InfoPage.objects.live().filter(slug__startswith="bench-").first()
print(json.dumps({"static CSS file": "/static/css/portal.css", "home": "/",
  "information page": info.url, "scheme list, all": "/regelingen/",
  f"theme page ({children(theme)} children)": theme.url}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", required=True)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--page-cache", type=int, default=0)
    parser.add_argument("--out")
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/14",
        help="the shared cache (emptied first); another run's own db when sharing",
    )
    args = parser.parse_args()
    env = server_env(
        args.database, page_cache=args.page_cache, redis_url=args.redis_url
    )
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    paths = json.loads(
        run(
            [PY, "-c", PATHS_SCRIPT],
            {**env, "PYTHONPATH": str(ROOT / "bench")},
            capture_output=True,
            text=True,
        ).stdout
    )
    results: dict[str, list[float]] = {name: [] for name in paths}
    ratios: dict[str, list[float]] = {name: [] for name in paths}
    with gunicorn(env) as (base, _server):
        for path in paths.values():  # warm every worker
            wrk(base + path, seconds=2, connections=2, endpoint={})
        for _round in range(args.rounds):
            figures = {}
            for name, path in paths.items():
                figures[name] = wrk(
                    base + path, seconds=args.duration, connections=8, endpoint={}
                )
                assert figures[name]["non2xx"] == 0, (name, figures[name])
            ceiling = figures["static CSS file"]["rps"]
            for name, f in figures.items():
                results[name].append(f["rps"])
                ratios[name].append(f["rps"] / ceiling)
                print(f"{name:<36} {f['rps']:>8.1f} req/s", flush=True)
    lines = [
        f"Lists {time.strftime('%Y-%m-%d %H:%M')} · gunicorn 2 workers · wrk 8 "
        f"connections × {args.duration} s × {args.rounds} rounds, interleaved · "
        f"page cache {args.page_cache} s · medians",
        "",
        "| endpoint | req/s | × static |",
        "|---|---:|---:|",
    ]
    for name in paths:
        lines.append(
            f"| {name} | {statistics.median(results[name]):.1f} | "
            f"{statistics.median(ratios[name]):.4f} |"
        )
    table = "\n".join(lines)
    print("\n" + table)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
