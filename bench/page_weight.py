"""Page weight on a first visit: what a browser downloads for the home page and an
information page, counted by Chromium (compressed bytes on the wire, headers included).

Serves the bench database (or --database) with gunicorn and production settings, so
static files come compressed from WhiteNoise. gunicorn does not compress HTML; in
production the reverse proxy does, so the HTML is also reported gzip-compressed (-6, as
nginx does by default). Writes bench/page-weight.md.
"""

import argparse
import gzip
import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from run import PY, ROOT, gunicorn, run, server_env

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic"]


def first_visit(browser, url: str) -> list[dict]:
    context = browser.new_context()
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    response = page.goto(url, wait_until="networkidle")
    # An error page is not the page: fail loudly instead of measuring it.
    if response is None or response.status != 200:
        status = response.status if response else "no response"
        raise SystemExit(f"{url} answered {status}, not 200: nothing measured")
    rows = []
    for request in responses:
        sizes = request.sizes()
        response = request.response()
        body = response.body() if request.resource_type == "document" else b""
        rows.append(
            {
                "url": request.url.split("/", 3)[-1],
                "type": request.resource_type,
                "wire": sizes["responseBodySize"] + sizes["responseHeadersSize"],
                "body": sizes["responseBodySize"],
                "html_gzip": len(gzip.compress(body, 6)) if body else 0,
            }
        )
    context.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="eop_bench")
    parser.add_argument(
        "paths", nargs="*", default=["/", "/geld-en-schulden/rondkomen/"]
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "page-weight.md"))
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        print("chromium is missing: apt-get install chromium", file=sys.stderr)
        return 1
    env = server_env(args.database)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    # Without Redis the shared cache is the database's cache table (as on a single
    # machine): create it, or every page answers with an error.
    run([PY, "manage.py", "createcachetable"], env)
    lines = [
        f"Page weight {time.strftime('%Y-%m-%d %H:%M')} · first visit, empty browser "
        "cache · Chromium · bytes on the wire including headers",
        "",
    ]
    with gunicorn(env, workers=1) as (base, _server):
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for path in args.paths:
                rows = first_visit(browser, base + path)
                lines += [
                    f"### {path}",
                    "",
                    "| resource | type | bytes on the wire |",
                    "|---|---|---:|",
                ]
                for row in rows:
                    lines.append(f"| /{row['url']} | {row['type']} | {row['wire']:,} |")
                total = sum(r["wire"] for r in rows)
                html = next(r for r in rows if r["type"] == "document")
                proxied = total - html["body"] + html["html_gzip"]
                lines += [
                    f"| **total as gunicorn serves it** | | **{total:,}** |",
                    f"| **total with the proxy gzipping HTML** | | **{proxied:,}** |",
                    "",
                ]
            browser.close()
    report = "\n".join(lines)
    print(report)
    Path(args.out).write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
