"""Attachments are served only here, after the same access checks as the rest."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from professionals.models import PracticeAttachment
from professionals.permissions import editable_by, member_required
from professionals.uploads import content_type_for


def _visible_attachment(request, pk):
    attachment = get_object_or_404(
        PracticeAttachment.objects.select_related("practice"), pk=pk
    )
    practice = attachment.practice
    visible = practice.publication == practice.Publication.PUBLISHED or editable_by(
        practice, request.membership
    )
    if not visible:
        raise Http404
    return attachment


@member_required
def attachment_download(request, pk):
    attachment = _visible_attachment(request, pk)
    try:
        handle = attachment.file.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=content_type_for(attachment.file.name),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@member_required
@require_POST
def attachment_delete(request, pk):
    attachment = _visible_attachment(request, pk)
    practice = attachment.practice
    if not editable_by(practice, request.membership):
        return render(request, "professionals/forbidden.html", status=403)
    attachment.file.delete(save=False)
    attachment.delete()
    return redirect("professionals:practice_edit", pk=practice.pk)
