from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.outbox.admin_views import FailingMailPanel, FailingMailReportView


@hooks.register("register_admin_urls")
def failing_mail_report_urls():
    return [
        path(
            "rapporten/e-mail/",
            FailingMailReportView.as_view(),
            name="outbox_failing_report",
        ),
        path(
            "rapporten/e-mail/resultaten/",
            FailingMailReportView.as_view(results_only=True),
            name="outbox_failing_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def failing_mail_report_menu_item():
    return MenuItem(
        _("E-mail die niet aankomt"),
        reverse("outbox_failing_report"),
        icon_name="mail",
        order=60,
    )


@hooks.register("construct_homepage_panels")
def failing_mail_panel(request, panels):
    panels.append(FailingMailPanel())
