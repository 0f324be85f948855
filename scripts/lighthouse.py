"""Lighthouse scores of a running site: `make run` in one terminal, then
`make lighthouse` (or `make lighthouse BASE=http://127.0.0.1:8731`).

Uses Debian's /usr/bin/chromium (CHROME_PATH); Lighthouse itself comes from npm
through npx and downloads no browser. Prints the four category scores per page
and every weighted audit below 1. A search result page scores lower on SEO by
design: it says noindex (Lighthouse's "is-crawlable").
"""

import json
import os
import subprocess
import sys
import tempfile

LIGHTHOUSE = "lighthouse@12.8.2"
PAGES = {
    "home": "/",
    "theme": "/toeslagen-en-regelingen/",
    "info (FAQ)": "/toeslagen-en-regelingen/toeslagen-aanvragen/",
    "scheme": "/regelingen/anw-nabestaandenuitkering/",
    "lotgenoten": "/lotgenoten/?postcode=7201",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_run(url: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                "npx",
                "--yes",
                LIGHTHOUSE,
                url,
                "--quiet",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                f"--output-path={report.name}",
            ],
            check=True,
            env={
                **os.environ,
                "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
            },
        )
        return json.load(open(report.name))


def main(base: str) -> None:
    print(f"{'page':<12}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, path in PAGES.items():
        result = lighthouse_run(base.rstrip("/") + path)
        scores = [result["categories"][c]["score"] for c in CATEGORIES]
        print(f"{name:<12}" + "".join(f"{round(s * 100):>16}" for s in scores))
        for category in CATEGORIES:
            for ref in result["categories"][category]["auditRefs"]:
                score = result["audits"][ref["id"]]["score"]
                if ref["weight"] and score is not None and score < 1:
                    print(f"{'':<12}  {category}: {ref['id']} {score}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
