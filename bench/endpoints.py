"""The URLs `bench/run.py` measures, with the SQL queries each takes (warm, in process).

Prints a JSON list of {name, path, queries, cookie?, method?, body?, paths_file?}.

The distinct-queries site search cycles through SEARCH_QUERIES_FILE: at least 500
different parent-like queries built deterministically from the content's own words
(titles, intros, scheme names and summaries, single words and title bigrams) and the
editors' synonyms (content/seed/search_synonyms.yaml).
"""

import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlencode

import django_setup  # noqa: F401  (sets up Django)
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from content.models import InfoPage, StepPlanPage, Theme, ThemePage
from lotgenoten.models import PeerGroup
from plan import flow, views
from plan.personas import persona_raw
from professionals.models import Membership
from regelingen import check
from regelingen.check import state_dump
from regelingen.models import Scheme

SEARCH_QUERIES_FILE = Path(__file__).resolve().parent / "search-queries.txt"
MIN_SEARCH_QUERIES = 500
CSRF = "benchmarkcsrfsecret0123456789abc"  # 32 characters: a valid unmasked token


def regelcheck_result_body() -> str:
    """The POST of the last Regelcheck step, as a parent's browser would send it."""
    from urllib.parse import urlencode

    steps = {
        1: {"household": "alone", "care": "full", "partner_died": "no"},
        2: {"children_count": "2", "child_disability": "no"},
        3: {"age_1": "3", "age_2": "7"},
        4: {"housing": "rent", "income": ["work"], "alimony": "no"},
    }
    answers = {}
    for number, data in steps.items():
        form = check.step_form(number, answers, data=_query(data))
        assert form.is_valid(), form.errors
        answers[number] = form.stored()
    token = state_dump(check.answers_to_state(answers))
    last = {
        "low_income": "yes",
        "debts": "no",
        "alimony_trouble": "none",
        "legal_problem": "no",
        "postcode": "1012",
    }
    return urlencode(
        {
            "step": 5,
            "check_state": token,
            "action": "next",
            "csrfmiddlewaretoken": CSRF,
            **last,
        }
    )


def plan_body() -> str:
    """The POST that shows Jouw plan: three situations, dates and a postcode."""
    from urllib.parse import urlencode

    raw = persona_raw("mo")
    raw["s"] = ["uit-elkaar", "geldzorgen", "werk-of-leren"]
    raw["e"] = {
        "events": {"verhuizing": "2026-01-15", "start-opvang": "2026-03-02"},
        "postcode": "7201",
    }
    state, _dropped = flow.state_validate(raw, views.deps_now())
    assert flow.first_missing(state) == flow.PLAN
    return urlencode(
        {
            "plan_state": flow.token_dump(state),
            "screen": "plan",
            "action": "done",
            "csrfmiddlewaretoken": CSRF,
        }
    )


def _query(data):
    from django.http import QueryDict

    q = QueryDict(mutable=True)
    for key, value in data.items():
        q.setlist(key, value if isinstance(value, list) else [value])
    return q


def _words(text: str) -> list[str]:
    from content.search import STOP_WORDS, search_terms, search_words

    return [
        w
        for w in search_words(search_terms(text or ""))
        if len(w) >= 4 and w not in STOP_WORDS and not any(c.isdigit() for c in w)
    ]


def search_queries() -> list[str]:
    """Different queries a parent might type, from the content's own words: single
    words and two-word phrases of titles, intros and scheme summaries, and
    the synonyms' words and meanings. Deterministic for the same content; shuffled by
    a hash so that the kinds of queries mix."""
    import yaml
    from django.conf import settings as django_settings
    from wagtail.models import Page

    queries = set()
    titles = list(
        Page.objects.live()
        .public()
        .exclude(depth__lte=1)
        .values_list("title", flat=True)
    )
    titles += list(Scheme.objects.filter(live=True).values_list("name", flat=True))
    for title in titles:
        words = _words(title)
        queries.update(words)
        queries.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    texts = list(InfoPage.objects.live().values_list("intro", flat=True))
    texts += list(Scheme.objects.filter(live=True).values_list("summary", flat=True))
    for text in texts:
        words = _words(text)
        queries.update(words)
        queries.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    seed = Path(django_settings.BASE_DIR) / "content" / "seed" / "search_synonyms.yaml"
    for row in yaml.safe_load(seed.read_text(encoding="utf-8")) or []:
        queries.add(row["word"])
        queries.update(row.get("also_means") or [])
    ordered = sorted(queries, key=lambda q: hashlib.sha256(q.encode()).hexdigest())
    if len(ordered) < MIN_SEARCH_QUERIES:
        raise SystemExit(
            f"only {len(ordered)} search queries, need {MIN_SEARCH_QUERIES}"
        )
    return ordered


def search_paths_write() -> str:
    paths = ["/zoeken/?" + urlencode({"q": q}) for q in search_queries()]
    SEARCH_QUERIES_FILE.write_text("\n".join(paths) + "\n", encoding="utf-8")
    return paths[0]


def member_cookie() -> str:
    membership = Membership.objects.filter(status=Membership.Status.APPROVED).first()
    client = Client()
    client.force_login(membership.user)
    return f"sessionid={client.cookies['sessionid'].value}"


def editor_cookie() -> str:
    """An editor with two-factor (bench/make_data.py), for the admin report."""
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.filter(is_superuser=True).first()
    client = Client()
    client.force_login(editor)
    return f"sessionid={client.cookies['sessionid'].value}"


def queries(path: str, *, cookie: str = "", method: str = "GET", body: str = "") -> int:
    """SQL queries of a warm but uncached request (the page cache is off here)."""
    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    headers = {"HTTP_COOKIE": cookie} if cookie else {}
    for _ in range(2):  # the second, warm request counts
        with CaptureQueriesContext(connection) as ctx:
            if method == "POST":
                response = client.post(
                    path,
                    body,
                    content_type="application/x-www-form-urlencoded",
                    **headers,
                )
            else:
                response = client.get(path, **headers)
    if response.status_code != 200:
        # Loud, but the run goes on: the table would otherwise measure an error page
        # or a redirect without saying so (see the warning in the run's output).
        print(
            f"WARNING: {path} answered {response.status_code}, not 200",
            file=sys.stderr,
        )
    return len(ctx.captured_queries)


def main():
    from make_data import bench_theme

    theme = ThemePage.objects.live().first()
    big_theme = bench_theme()
    first_search = search_paths_write()
    info = (
        InfoPage.objects.live().filter(slug__startswith="bench-").first()
        or InfoPage.objects.live().first()
    )
    plan = StepPlanPage.objects.live().first()
    scheme = Scheme.objects.filter(live=True).first()
    group = (
        PeerGroup.objects.filter(slug__startswith="bench-", is_online=False).first()
        or PeerGroup.objects.first()
    )
    a_theme = Theme.objects.first()
    member = member_cookie()
    editor = editor_cookie()
    body = regelcheck_result_body()
    endpoints = [
        {"name": "static CSS file", "path": "/static/css/portal.css", "queries": 0},
        {"name": "home", "path": "/"},
        {"name": "theme page", "path": theme.url},
        {
            "name": f"theme page, {InfoPage.objects.child_of(big_theme).count()} "
            "information pages",
            "path": big_theme.url,
        },
        {"name": "information page", "path": info.url},
        {"name": "step-by-step plan", "path": plan.url},
        {
            "name": f"scheme list, all {Scheme.objects.filter(live=True).count()} schemes",
            "path": reverse("regelingen:list"),
        },
        {
            "name": "scheme list, filtered",
            "path": reverse("regelingen:list") + f"?onderwerp={a_theme.slug}",
        },
        {
            "name": "scheme detail",
            "path": reverse("regelingen:detail", args=[scheme.slug]),
        },
        {
            "name": "Regelcheck result (POST)",
            "path": reverse("regelingen:check"),
            "method": "POST",
            "body": body,
            "cookie": f"csrftoken={CSRF}",
        },
        {
            "name": "Jouw plan (POST, 3 situations and a postcode)",
            "path": "/jouw-plan/",
            "method": "POST",
            "body": plan_body(),
            "cookie": f"csrftoken={CSRF}",
        },
        {
            "name": "postcode search",
            "path": reverse("lotgenoten:search") + "?postcode=3511",
        },
        {"name": "group page", "path": reverse("lotgenoten:detail", args=[group.slug])},
        {"name": "site search, repeated query", "path": "/zoeken/?q=kinderopvang"},
        {
            "name": "site search, distinct queries",
            "path": first_search,
            "paths_file": str(SEARCH_QUERIES_FILE),
        },
        {"name": "API: peer groups, page of 50", "path": "/api/v1/lotgenotengroepen"},
        {"name": "API: schemes as CSV", "path": "/api/v1/regelingen?formaat=csv"},
        {
            "name": "embed: groups near a postcode",
            "path": "/embed/lotgenoten/?postcode=3511",
        },
        {
            "name": "practice list (logged in)",
            "path": reverse("professionals:practice_list"),
            "cookie": member,
        },
        {
            # 342 gemeenten x 10,000 groups, with the map (issue 15)
            "name": "coverage report (admin)",
            "path": "/admin/rapporten/dekking-gemeenten/",
            "cookie": editor,
        },
    ]
    for endpoint in endpoints:
        if "queries" not in endpoint:
            endpoint["queries"] = queries(
                endpoint["path"],
                cookie=endpoint.get("cookie", ""),
                method=endpoint.get("method", "GET"),
                body=endpoint.get("body", ""),
            )
    print(json.dumps(endpoints))


if __name__ == "__main__":
    main()
