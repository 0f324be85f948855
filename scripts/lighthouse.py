"""Lighthouse scores of a running site: `make run` in one terminal, then
`make lighthouse` (or `make lighthouse BASE=http://127.0.0.1:8731`).

Uses Debian's /usr/bin/chromium (CHROME_PATH); Lighthouse itself comes from npm
through npx and downloads no browser. Prints the four category scores per page
and every weighted audit below 1. Search result pages (site search, lotgenoten and
nearby by postcode) score lower on SEO by design: they say noindex, so that search
engines do not index them (Lighthouse's "is-crawlable").
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
    "step plans": "/stappenplannen/",
    "step plan": "/stappenplannen/uit-elkaar/",
    "helplines": "/hulp/",
    "glossary": "/begrippen/",
    "standard": "/veilig-gebruiken/",
    "schemes": "/regelingen/?onderwerp=wonen",
    "scheme": "/regelingen/anw-nabestaandenuitkering/",
    "Regelcheck": "/regelingen/check/",
    "plan": "/jouw-plan/",
    "ask": "/vraag/",
    "lotgenoten": "/lotgenoten/?postcode=7201",
    "group": "/lotgenoten/koffie-uurtje-voor-alleenstaande-ouders-amsterdam-centrum/",
    "agenda": "/agenda/",
    "event": "/agenda/voorbeeld-webinar-je-geldzaken-op-een-rij/",
    "nearby": "/in-de-buurt/?postcode=1012",
    "municipality": "/gemeente/zutphen/",
    "search": "/zoeken/?q=kinderopvang",
    "home (en)": "/en/",
    "helplines (ar)": "/ar/hulp/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_run(url: str, tries: int = 3) -> dict:
    """One page's report; run again when Lighthouse itself fails (it sometimes
    loses the trace of a page load: NO_NAVSTART)."""
    for attempt in range(1, tries + 1):
        try:
            return _lighthouse_once(url)
        except subprocess.CalledProcessError:
            if attempt == tries:
                raise
    raise AssertionError("unreachable")


def _lighthouse_once(url: str) -> dict:
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
    print(f"{'page':<16}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, path in PAGES.items():
        result = lighthouse_run(base.rstrip("/") + path)
        scores = [result["categories"][c]["score"] for c in CATEGORIES]
        print(f"{name:<16}" + "".join(f"{round(s * 100):>16}" for s in scores))
        for category in CATEGORIES:
            for ref in result["categories"][category]["auditRefs"]:
                score = result["audits"][ref["id"]]["score"]
                if ref["weight"] and score is not None and score < 1:
                    print(f"{'':<16}  {category}: {ref['id']} {score}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
