"""Admin reports for the national team: "Dekking gemeenten" (with its map) and
"Witte vlekken". Both read professionals/coverage.py in a fixed number of queries."""

import datetime

from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from core.demand import SUPPRESS_BELOW
from professionals.coverage import (
    NEAR_KM,
    WHITE_SPOT_KM,
    coverage_rows,
    pc4_points,
    provinces,
    white_spots,
)
from professionals.coverage_map import coverage_map, legend


def _demand_key(value: int | None) -> int:
    # Sorting by a suppressed count must not reveal the order of small counts.
    return value or 0


# ?ordering=<key> or -<key>: the columns one can sort by, and how.
SORT_KEYS = {
    "naam": lambda r: r.name.lower(),
    "provincie": lambda r: (r.province, r.name.lower()),
    "pagina": lambda r: (r.has_page, not r.overdue),
    "gecontroleerd": lambda r: r.last_verified or datetime.date.min,
    "regelingen": lambda r: r.local_schemes,
    "groepen": lambda r: r.groups_near,
    "activiteiten": lambda r: r.events_near,
    "vragen": lambda r: r.questions,
    "vraag-maand": lambda r: _demand_key(r.demand_last_month_shown),
    "vraag-jaar": lambda r: _demand_key(r.demand_year_shown),
}

COLUMNS = [
    ("naam", _("Gemeente")),
    ("provincie", _("Provincie")),
    ("pagina", _("Gemeentepagina")),
    ("gecontroleerd", _("Gecontroleerd op")),
    ("regelingen", _("Lokale regelingen")),
    ("groepen", _("Groepen binnen %(km)s km") % {"km": NEAR_KM}),
    ("activiteiten", _("Activiteiten binnen %(km)s km") % {"km": NEAR_KM}),
    ("vragen", _("Vragen doorgestuurd")),
    ("vraag-maand", _("Zoekvragen vorige maand")),
    ("vraag-jaar", _("Zoekvragen 12 maanden")),
]


class CoverageReportView(ReportView):
    page_title = _("Dekking gemeenten")
    header_icon = "site"
    template_name = "professionals/admin/coverage_report.html"
    results_template_name = "professionals/admin/coverage_report_results.html"
    index_url_name = "coverage_report"
    index_results_url_name = "coverage_report_results"
    paginate_by = None  # all 342 on one page: the map shows them all as well
    list_export = [
        "name",
        "cbs_code",
        "province",
        "page_status",
        "last_verified",
        "local_schemes",
        "groups_near",
        "events_near",
        "questions",
        "demand_last_month_display",
        "demand_year_display",
        "level_label",
    ]
    export_headings = {
        "name": _("Gemeente"),
        "cbs_code": _("CBS-code"),
        "province": _("Provincie"),
        "page_status": _("Gemeentepagina"),
        "last_verified": _("Gecontroleerd op"),
        "local_schemes": _("Lokale regelingen"),
        "groups_near": _("Groepen binnen 10 km"),
        "events_near": _("Activiteiten binnen 10 km"),
        "questions": _("Vragen doorgestuurd"),
        "demand_last_month_display": _("Zoekvragen vorige maand"),
        "demand_year_display": _("Zoekvragen 12 maanden"),
        "level_label": _("Dekking"),
    }

    def get_filename(self):
        return "dekking-gemeenten"

    @cached_property
    def province_choices(self) -> list[str]:
        return provinces()

    @cached_property
    def province(self) -> str:
        chosen = self.request.GET.get("provincie", "")[:60]
        return chosen if chosen in self.province_choices else ""

    @cached_property
    def province_unknown(self) -> bool:
        return bool(self.request.GET.get("provincie")) and not self.province

    def get_ordering(self):
        ordering = self.request.GET.get("ordering", "naam")[:40]
        return ordering if ordering.lstrip("-") in SORT_KEYS else "naam"

    @cached_property
    def pc4(self):
        return pc4_points()

    @cached_property
    def rows(self):
        rows = coverage_rows(province=self.province, pc4=self.pc4)
        key = SORT_KEYS[self.ordering.lstrip("-")]
        rows.sort(key=lambda r: r.name.lower())  # ties stay in name order
        rows.sort(key=key, reverse=self.ordering.startswith("-"))
        return rows

    def get_queryset(self):
        return self.rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        query = self.request.GET.copy()
        query.pop("ordering", None)
        query.pop("export", None)
        base = "?" + (query.urlencode() + "&" if query else "")
        context.update(
            columns=[
                {
                    "key": key,
                    "label": label,
                    "sorted": self.ordering.lstrip("-") == key,
                    "descending": self.ordering == "-" + key,
                    "url": base
                    + "ordering="
                    + ("-" + key if self.ordering == key else key),
                }
                for key, label in COLUMNS
            ],
            provinces=self.province_choices,
            province=self.province,
            province_unknown=self.province_unknown,
            suppress_below=SUPPRESS_BELOW,
            legend=legend(),
            export_query=query.urlencode(),
            has_example_demand=any(r.demand_is_example for r in self.rows),
        )
        if not self.is_export and not self.results_only:
            context["map"] = coverage_map(self.rows, self.pc4)
            for item in context["legend"]:
                item["count"] = sum(1 for r in self.rows if r.level == item["level"])
        return context


class WhiteSpotsReportView(ReportView):
    page_title = _("Witte vlekken")
    header_icon = "warning"
    template_name = "professionals/admin/white_spots_report.html"
    results_template_name = "professionals/admin/white_spots_report_results.html"
    index_url_name = "white_spots_report"
    index_results_url_name = "white_spots_report_results"
    paginate_by = None
    list_export = [
        "name",
        "province",
        "demand_year_display",
        "demand_last_month_display",
        "page_status",
        "local_schemes",
    ]
    export_headings = {
        "name": _("Gemeente"),
        "province": _("Provincie"),
        "demand_year_display": _("Zoekvragen 12 maanden"),
        "demand_last_month_display": _("Zoekvragen vorige maand"),
        "page_status": _("Gemeentepagina"),
        "local_schemes": _("Lokale regelingen"),
    }

    def get_filename(self):
        return "witte-vlekken"

    def get_ordering(self):
        return None

    @cached_property
    def rows(self):
        return white_spots(coverage_rows())

    def get_queryset(self):
        return self.rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["explanation"] = gettext(
            "Gemeenten waar ouders in de afgelopen 12 maanden minstens %(min)s keer "
            "op postcode zochten, en waar binnen %(km)s km geen lotgenotengroep "
            "samenkomt. Het meest gezocht staat bovenaan."
        ) % {"min": SUPPRESS_BELOW, "km": WHITE_SPOT_KM}
        return context
