"""Admin for editors: "Nuttig?" per page (most "nee" first) and one page's months
and comments."""

import datetime
import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from feedback.models import PageFeedbackMonth
from feedback.selectors import feedback_by_page, feedback_for_page
from feedback.services import month_start

VIEW_PERMISSION = "feedback.view_pagefeedbackmonth"
_MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")


def month_from(value: str) -> datetime.date | None:
    """ "2026-11" -> 1 November 2026; "alle" (or nonsense) -> None for all months,
    empty -> this month."""
    if not value:
        return month_start()
    match = _MONTH.match(value)
    if not match:
        return None
    return datetime.date(int(match.group(1)), int(match.group(2)), 1)


def _previous(month: datetime.date) -> datetime.date:
    return (month - datetime.timedelta(days=1)).replace(day=1)


class PageFeedbackReportView(ReportView):
    page_title = _("Was dit nuttig?")
    header_icon = "help"
    template_name = "feedback/admin/report.html"
    results_template_name = "feedback/admin/report_results.html"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    permission_policy = ModelPermissionPolicy(PageFeedbackMonth)
    any_permission_required = ["view"]
    list_export = ["title", "kind", "yes", "no"]
    export_headings = {
        "title": _("Pagina"),
        "kind": _("Soort"),
        "yes": _("Ja"),
        "no": _("Nee"),
    }

    @property
    def month(self):
        return month_from(self.request.GET.get("maand", ""))

    def get_queryset(self):
        return feedback_by_page(month=self.month)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        this_month = month_start()
        context.update(
            month=self.month,
            months=[
                this_month,
                _previous(this_month),
                _previous(_previous(this_month)),
            ],
        )
        return context


@never_cache
def page_feedback_detail(request, content_type_id: int, object_id: int):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        raise Http404 from None
    obj = model._default_manager.filter(pk=object_id).first() if model else None
    if obj is None:
        raise Http404
    months, comments = feedback_for_page(content_type_id, object_id)
    return render(
        request,
        "feedback/admin/page_detail.html",
        {
            "obj": obj,
            "title": str(getattr(obj, "title", None) or obj),
            "edit_url": AdminURLFinder(request.user).get_edit_url(obj),
            "months": months,
            "comments": comments,
            "today": timezone.localdate(),
        },
    )
