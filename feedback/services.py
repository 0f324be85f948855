"""Writes: a "nuttig" answer, a "wat miste je?" comment, a "dit klopt niet" report."""

import datetime

from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import mail_queue
from feedback.models import ErrorReport, PageFeedbackComment, PageFeedbackMonth
from feedback.privacy import personal_details_remove
from feedback.targets import Target


def month_start(day: datetime.date | None = None) -> datetime.date:
    day = day or timezone.localdate()
    return day.replace(day=1)


def feedback_vote(target: Target, *, useful: bool) -> None:
    """Add one "ja" or "nee" to the page's count for this month (two queries)."""
    row, _created = PageFeedbackMonth.objects.get_or_create(
        content_type=target.content_type,
        object_id=target.object_id,
        month=month_start(),
    )
    field = "yes" if useful else "no"
    PageFeedbackMonth.objects.filter(pk=row.pk).update(**{field: F(field) + 1})


def feedback_comment(target: Target, *, text: str) -> PageFeedbackComment | None:
    """Store "wat miste je?" without personal details; nothing when it is empty."""
    cleaned = personal_details_remove(text)
    if not cleaned:
        return None
    return PageFeedbackComment.objects.create(
        content_type=target.content_type, object_id=target.object_id, text=cleaned
    )


def error_report_create(*, reporter, data: dict) -> ErrorReport:
    return ErrorReport.objects.create(
        reporter=reporter,
        page_path=data["page_path"],
        municipality=data.get("municipality"),
        what_is_wrong=data["what_is_wrong"],
        source=data["source"],
    )


def error_report_saved(report: ErrorReport) -> bool:
    """After an editor saves a report: when it is handled, stamp it and e-mail the
    reporter once (on commit, through the outbox). True when a mail was queued."""
    if report.is_open:
        return False
    now = timezone.now()
    fields = []
    if report.handled_at is None:
        report.handled_at = now
        fields.append("handled_at")
    queued = False
    email = getattr(report.reporter, "email", "")
    if report.reporter_notified_at is None and email:
        body = render_to_string(
            "feedback/email/error_report_handled.txt", {"report": report}
        )
        mail_queue(email, _("Je melding 'dit klopt niet' is afgehandeld"), body)
        report.reporter_notified_at = now
        fields.append("reporter_notified_at")
        queued = True
    if fields:
        with transaction.atomic():
            ErrorReport.objects.filter(pk=report.pk).update(
                **{name: getattr(report, name) for name in fields}
            )
    return queued


def feedback_delete_expired(*, days: int, now: datetime.datetime | None = None) -> int:
    """Delete comments older than `days` days and handled reports handled more than
    `days` days ago. Returns how many rows were deleted."""
    until = (now or timezone.now()) - datetime.timedelta(days=days)
    comments, _x = PageFeedbackComment.objects.filter(created_at__lt=until).delete()
    reports, _y = ErrorReport.objects.filter(handled_at__lt=until).delete()
    return comments + reports
