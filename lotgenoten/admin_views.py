"""Wagtail admin page to import and export peer groups as CSV."""

import io

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lotgenoten.csv_io import peer_groups_export, peer_groups_import, report_lines

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class CsvUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV-bestand"))
    dry_run = forms.BooleanField(
        label=_("Alleen controleren, niets opslaan"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 5 MB."))
        return upload


def peer_groups_csv(request):
    """GET ?export=1 downloads all groups; POST imports a file and shows the report."""
    user = request.user
    if request.GET.get("export"):
        if not user.has_perm("lotgenoten.view_peergroup") and not user.has_perm(
            "lotgenoten.change_peergroup"
        ):
            raise PermissionDenied
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="lotgenotengroepen-{stamp}.csv"'
        )
        peer_groups_export(response)
        return response
    if not (
        user.has_perm("lotgenoten.add_peergroup")
        and user.has_perm("lotgenoten.change_peergroup")
    ):
        raise PermissionDenied
    report = None
    if request.method == "POST":
        form = CsvUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            report = peer_groups_import(
                io.BytesIO(upload.read()), dry_run=form.cleaned_data["dry_run"]
            )
            report = {
                "lines": report_lines(report),
                "ok": report.ok,
                "dry_run": form.cleaned_data["dry_run"],
            }
    else:
        form = CsvUploadForm()
    return render(
        request, "lotgenoten/admin/csv.html", {"form": form, "report": report}
    )
