""" "Dit klopt niet": an approved professional reports a mistake on a public page.

The link to this form is shown on public pages only to signed-in approved members
(professionals.context_processors): their requests carry a session cookie, so they
never get or fill the anonymous page cache. The page's path comes along as
`?pagina=` (a public address, nothing about the member).
"""

from django import forms
from django.shortcuts import redirect, render

from feedback import services as feedback_services
from feedback.forms import ErrorReportForm, page_path_clean
from professionals.permissions import member_required


def _page_path(value: str) -> str:
    try:
        return page_path_clean(value[:300])
    except forms.ValidationError:
        return ""


@member_required
def error_report(request):
    if request.method == "POST":
        form = ErrorReportForm(request.POST)
        if form.is_valid():
            report = feedback_services.error_report_create(
                reporter=request.user, data=form.cleaned_data
            )
            request.session["error_report_path"] = report.page_path
            return redirect("professionals:error_report_done")
    else:
        form = ErrorReportForm(
            initial={"page_path": _page_path(request.GET.get("pagina", ""))}
        )
    return render(
        request,
        "professionals/error_report.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@member_required
def error_report_done(request):
    page_path = request.session.pop("error_report_path", "")
    return render(
        request, "professionals/error_report_done.html", {"page_path": page_path}
    )
