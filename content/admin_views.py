"""The admin report "Te controleren": pages and snippets due for review."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from content.review import review_report_items
from content.translation_report import (
    translation_report_items,
    translation_report_summary,
)


class ReviewReportView(ReportView):
    page_title = _("Te controleren")
    header_icon = "calendar-alt"
    template_name = "content/admin/review_report.html"
    results_template_name = "content/admin/review_report_results.html"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    list_export = [
        "title",
        "kind",
        "status",
        "next_review_due",
        "last_reviewed",
        "owner_name",
    ]
    export_headings = {
        "title": _("Titel"),
        "kind": _("Soort"),
        "status": _("Status"),
        "next_review_due": _("Volgende controle"),
        "last_reviewed": _("Laatst gecontroleerd"),
        "owner_name": _("Eigenaar"),
    }

    def get_queryset(self):
        return review_report_items(timezone.localdate())


class TranslationReportView(ReportView):
    """Per language: the pages missing a translation, outdated or up to date."""

    page_title = _("Vertalingen")
    header_icon = "globe"
    template_name = "content/admin/translation_report.html"
    results_template_name = "content/admin/translation_report_results.html"
    index_url_name = "content_translation_report"
    index_results_url_name = "content_translation_report_results"
    paginate_by = 200
    list_export = ["language", "title", "status", "source_changed", "team"]
    export_headings = {
        "language": _("Taal"),
        "title": _("Titel"),
        "status": _("Status"),
        "source_changed": _("Nederlandse tekst veranderd"),
        "team": _("Vertaald door het team"),
    }

    def get_queryset(self):
        return translation_report_items()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["summary"] = translation_report_summary(self.get_queryset())
        return context
