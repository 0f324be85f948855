"""What editors see of mail that does not arrive: when, to which domain, how often
tried and the kind of error. Never an address, a subject or a body."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from core.outbox.models import OutboxMail

FAILING = [OutboxMail.Status.FAILED, OutboxMail.Status.RETRYING]


def failing_mails():
    return OutboxMail.objects.filter(status__in=FAILING).only(
        "created_at",
        "status",
        "to",
        "cc",
        "bcc",
        "attempts",
        "last_error",
        "next_attempt_at",
    )


class FailingMailReportView(ReportView):
    page_title = _("E-mail die niet aankomt")
    header_icon = "mail"
    template_name = "outbox/admin/report.html"
    results_template_name = "outbox/admin/report_results.html"
    index_url_name = "outbox_failing_report"
    index_results_url_name = "outbox_failing_report_results"

    def get_queryset(self):
        return failing_mails()


class FailingMailPanel(Component):
    """On the admin dashboard, only while mail keeps failing."""

    name = "outbox_failing"
    template_name = "outbox/admin/panel.html"
    order = 50

    def render_html(self, parent_context=None):
        failed = OutboxMail.objects.filter(status=OutboxMail.Status.FAILED).count()
        retrying = OutboxMail.objects.filter(status=OutboxMail.Status.RETRYING).count()
        if not (failed or retrying):
            return ""
        self.counts = {"failed": failed, "retrying": retrying}
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return self.counts
