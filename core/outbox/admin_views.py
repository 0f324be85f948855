"""What editors see of mail that does not arrive: when, to which domain, how often
tried and the kind of error. Never an address, a subject or a body."""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView

from core.outbox.models import OutboxMail

FAILING = [OutboxMail.Status.FAILED, OutboxMail.Status.RETRYING]
# Mail still queued after this long means no worker is running.
STUCK_AFTER = datetime.timedelta(minutes=15)


def failing_mails():
    """Mail that failed, waits for a retry, or waits for a worker that is not there."""
    stuck = Q(
        status=OutboxMail.Status.QUEUED,
        created_at__lt=timezone.now() - STUCK_AFTER,
    )
    return OutboxMail.objects.filter(Q(status__in=FAILING) | stuck).only(
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
        statuses = list(failing_mails().values_list("status", flat=True))
        if not statuses:
            return ""
        self.counts = {
            name: statuses.count(status)
            for name, status in [
                ("failed", OutboxMail.Status.FAILED),
                ("retrying", OutboxMail.Status.RETRYING),
                ("waiting", OutboxMail.Status.QUEUED),
            ]
        }
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return self.counts
