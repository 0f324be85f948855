"""The admin report "Te controleren": pages and snippets due for review."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from content.review import review_report_items


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
