"""Schemes for parents: the list with filters, a scheme, the Regelcheck, open data."""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from content import eligibility
from content.sections import CheckResult, check_result_sections
from content.sources_line import sources_line
from core import csv_safe
from core.demand import demand_count
from core.page_cache import content_cached
from core.postcodes import postcode_area_get
from core.ratelimit import rate_limited
from regelingen import check as regelcheck
from regelingen import selectors
from regelingen.forms import SchemeFilterForm
from regelingen.models import scheme_detail_context

# Schemes per page of the list: the whole demo catalogue fits on one.
SCHEMES_PER_PAGE = 50


def _page_number(value: str) -> int:
    """`?pagina=` as a page number; anything else (a tampered URL) is page 1."""
    ok = value.isascii() and value.isdigit() and 0 < len(value) <= 6
    return int(value) if ok and int(value) else 1


# The list's reads are kept per content generation (one round trip to the shared
# cache instead of six queries), at most this long: only editors change them.
LIST_CACHE_SECONDS = 3600
# Part of the keys: change it when what is kept changes shape, so that a deploy
# never reads the previous version's values.
LIST_CACHE_VERSION = 1


def _list_options() -> tuple[dict, dict]:
    """The filter choices and the list's checked dates."""
    return content_cached(
        f"schemelist:{LIST_CACHE_VERSION}:options:{get_language()}",
        lambda: (selectors.filter_options(), selectors.schemes_review_dates()),
        LIST_CACHE_SECONDS,
    )


def _list_page(filters: dict, number: int) -> tuple[list, int, int]:
    """One page of the list for valid filters: (schemes, total, page number shown,
    the last page when `number` is past it). A free-text search is not kept."""

    def build():
        matching = selectors.schemes_filter(**filters)
        schemes, total = selectors.schemes_page(matching, number, SCHEMES_PER_PAGE)
        last = max(1, -(-total // SCHEMES_PER_PAGE))
        if number <= last:
            return schemes, total, number
        schemes, total = selectors.schemes_page(matching, last, SCHEMES_PER_PAGE)
        return schemes, total, last

    if filters.get("q"):
        return build()
    chosen = ",".join(f"{name}={value}" for name, value in sorted(filters.items()))
    key = f"schemelist:{LIST_CACHE_VERSION}:{get_language()}:{chosen}:{number}"
    return content_cached(key, build, LIST_CACHE_SECONDS)


@require_GET
def scheme_list(request):
    options, review = _list_options()
    form = SchemeFilterForm(request.GET or None, **options)
    filters = form.filters() if request.GET else {}
    number = _page_number(request.GET.get("pagina", ""))
    schemes, total, number = _list_page(filters, number)
    pages = max(1, -(-total // SCHEMES_PER_PAGE))
    query = request.GET.copy()
    query.pop("pagina", None)

    def page_url(n: int) -> str:
        """The list's address for page `n` with the same filters."""
        if n > 1:
            query["pagina"] = str(n)
        else:
            query.pop("pagina", None)
        return "?" + query.urlencode() if query else request.path

    return render(
        request,
        "regelingen/scheme_list.html",
        {
            "form": form,
            "schemes": schemes,
            "total": total,
            "page_number": number,
            "pages": pages,
            "previous_url": page_url(number - 1) if number > 1 else "",
            "next_url": page_url(number + 1) if number < pages else "",
            "filtered": any(filters.values()),
            "review": review,
            **options,
        },
    )


@require_GET
def scheme_detail(request, slug):
    scheme = selectors.scheme_for_detail(slug[:120])
    if scheme is None:
        raise Http404
    return render(
        request, "regelingen/scheme_detail.html", scheme_detail_context(scheme)
    )


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
@rate_limited("regelcheck", limit_setting="SEARCH_RATE_LIMIT_PER_MINUTE")
def check(request):
    """The Regelcheck. Answers are POSTed, carried signed in the form, never stored."""
    if request.method == "GET":
        screen = regelcheck.screen_start()
    else:
        screen = regelcheck.screen_for_request(request.POST)
    context = {
        "screen": screen,
        "step_count": regelcheck.STEP_COUNT,
        "check_state": screen.state_token,
    }
    if screen.is_result:
        return render(
            request, "regelingen/check_result.html", _result_context(screen, context)
        )
    return render(request, "regelingen/check_step.html", context)


def _result_context(screen, context: dict) -> dict:
    outcome = eligibility.schemes_evaluate(
        selectors.scheme_rules_for_check(), screen.rules_answers
    )
    by_key = selectors.schemes_by_slug(o.key for o in outcome.likely + outcome.maybe)

    def rows(outcomes):
        return [
            {
                "scheme": by_key[o.key],
                "because": eligibility.reasons_sentence(o.reasons),
                "unanswered": o.unanswered,
                "open_conditions": o.open_conditions,
            }
            for o in outcomes
        ]

    area = postcode_area_get(screen.pc4) if screen.pc4 else None
    # Apps above add their parts: the municipality's local schemes, "Maak je plan".
    sections = check_result_sections(
        CheckResult(
            answers=screen.rules_answers,
            pc4=screen.pc4,
            municipality=area.municipality if area else None,
            state_token=context["check_state"],
        )
    )
    if area is not None:
        demand_count(area.municipality)  # a number per gemeente, never the postcode
    return {
        **context,
        "likely": rows(outcome.likely),
        "maybe": rows(outcome.maybe),
        "pc4": screen.pc4,
        "area": area,
        "sections": sections,
        "step_titles": regelcheck.step_titles(),
        # The sources of the schemes shown, and the oldest date a person checked one.
        "result_sources": sources_line(
            [by_key[o.key] for o in outcome.likely + outcome.maybe]
        ),
    }


EXPORT_FIELDS = [
    "naam",
    "officiele_naam",
    "samenvatting",
    "niveau",
    "aanbieder",
    "aanbieder_website",
    "onderwerpen",
    "levensgebeurtenissen",
    "wettelijke_basis",
    "officiele_informatie",
    "bronnen",
    "laatst_gecontroleerd",
    "url",
]


def _export_rows(request):
    for scheme in selectors.schemes_for_export():
        yield {
            "naam": scheme.name,
            "officiele_naam": scheme.official_name,
            "samenvatting": scheme.summary,
            "niveau": scheme.level,
            "aanbieder": scheme.provider.name,
            "aanbieder_website": scheme.provider.website,
            "onderwerpen": [t.name for t in scheme.themes.all()],
            "levensgebeurtenissen": [e.name for e in scheme.life_events.all()],
            "wettelijke_basis": scheme.legal_basis,
            "officiele_informatie": scheme.official_url,
            "bronnen": [
                {"titel": block.value["title"], "url": block.value["url"]}
                for block in scheme.sources
            ],
            "laatst_gecontroleerd": scheme.last_reviewed.isoformat()
            if scheme.last_reviewed
            else None,
            "url": request.build_absolute_uri(scheme.get_absolute_url()),
        }


@require_GET
def export_json(request):
    rows = list(_export_rows(request))
    response = JsonResponse(
        {
            "titel": "Regelingen voor alleenstaande ouders (Eenouderpunt)",
            "gegenereerd": timezone.now().isoformat(timespec="seconds"),
            "aantal": len(rows),
            "regelingen": rows,
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Access-Control-Allow-Origin"] = "*"
    _successor(response)
    return response


def _successor(response) -> None:
    """These exports keep working; the open-data API (docs/api.md) replaces them."""
    response["Deprecation"] = "true"
    response["Link"] = '</api/v1/regelingen>; rel="successor-version"'


@require_GET
def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="regelingen.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    _successor(response)
    response.write("\ufeff")  # so spreadsheet programs read the accents right
    # Every cell, joined lists included, is guarded against spreadsheet formulas.
    writer = csv_safe.DictWriter(response, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in _export_rows(request):
        row["onderwerpen"] = "; ".join(row["onderwerpen"])
        row["levensgebeurtenissen"] = "; ".join(row["levensgebeurtenissen"])
        row["bronnen"] = " ".join(source["url"] for source in row["bronnen"])
        row["laatst_gecontroleerd"] = row["laatst_gecontroleerd"] or ""
        writer.writerow(row)
    return response
