"""Admin for editors: the "Was dit nuttig?" report, the "dit klopt niet" queue, their
panels on the editors' desk, and pages with many "nee" in the review report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.review import REVIEW_REPORT_ITEMS, ReviewItem
from core.admin_desk import DeskItem, desk_panel_add
from feedback import admin_views, services
from feedback.models import ErrorReport
from feedback.selectors import (
    error_reports_open_count,
    pages_with_many_no,
    pages_with_no_count,
)
from feedback.services import month_start


class ErrorReportPermissionPolicy(ModelPermissionPolicy):
    """Reports come from professionals in their area, never from the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "copy"):
            return False
        return super().user_has_permission(user, action)


class ErrorReportViewSet(SnippetViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = _("Meldingen 'dit klopt niet'")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["page_path", "municipality", "status", "owner", "created_at"]
    list_filter = ["status", "owner"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("page_path", read_only=True),
                FieldPanel("municipality", read_only=True),
                FieldPanel("what_is_wrong", read_only=True),
                FieldPanel("source", read_only=True),
                FieldPanel("reporter", read_only=True),
            ],
            heading=_("De melding"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("owner"), FieldPanel("reply")],
            heading=_("Behandeling"),
        ),
    ]

    @property
    def permission_policy(self):
        return ErrorReportPermissionPolicy(self.model)


register_snippet(ErrorReportViewSet)


@hooks.register("after_edit_snippet")
def error_report_after_edit(request, instance):
    """Handled: stamp it and tell the reporter (once)."""
    if isinstance(instance, ErrorReport):
        services.error_report_saved(instance)


@hooks.register("register_admin_urls")
def feedback_admin_urls():
    return [
        path(
            "rapporten/nuttig/",
            admin_views.PageFeedbackReportView.as_view(),
            name="feedback_report",
        ),
        path(
            "rapporten/nuttig/resultaten/",
            admin_views.PageFeedbackReportView.as_view(results_only=True),
            name="feedback_report_results",
        ),
        path(
            "rapporten/nuttig/<int:content_type_id>-<int:object_id>/",
            admin_views.page_feedback_detail,
            name="feedback_page_detail",
        ),
    ]


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Was dit nuttig?"), reverse("feedback_report"), icon_name="help", order=60
    )


@hooks.register("construct_homepage_panels")
def desk_feedback_panels(request, panels):
    desk_panel_add(
        request,
        panels,
        perm="feedback.change_errorreport",
        build=lambda: DeskItem(
            name="error-reports",
            heading=_("Dit klopt niet"),
            count=error_reports_open_count(),
            url=reverse("wagtailsnippets_feedback_errorreport:list"),
            singular="open melding van een professional",
            plural="open meldingen van professionals",
            order=1,
        ),
    )
    desk_panel_add(
        request,
        panels,
        perm=admin_views.VIEW_PERMISSION,
        build=lambda: DeskItem(
            name="feedback-no",
            heading=_("Was dit nuttig? Nee"),
            count=pages_with_no_count(month=month_start()),
            url=reverse("feedback_report"),
            singular="pagina kreeg deze maand een 'nee'",
            plural="pagina's kregen deze maand een 'nee'",
            order=2,
        ),
    )


@hooks.register(REVIEW_REPORT_ITEMS)
def review_pages_with_many_no(today):
    """Pages many readers found not useful this month join "Te controleren"."""
    finder = AdminURLFinder()
    return [
        ReviewItem(
            title=row.title,
            kind=row.kind,
            next_review_due=today,
            last_reviewed=getattr(row.obj, "last_reviewed", None),
            owner=getattr(row.obj, "review_owner", None),
            edit_url=finder.get_edit_url(row.obj) or "",
            overdue=False,
            reason=_("Veel 'nee' bij Was dit nuttig? (%(no)d nee, %(yes)d ja)")
            % {"no": row.no, "yes": row.yes},
        )
        for row in pages_with_many_no(month=month_start(today))
    ]
