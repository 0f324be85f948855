"""Reads for the editors: answers per page and month, comments, open reports."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum

from feedback.models import ErrorReport, PageFeedbackComment, PageFeedbackMonth
from feedback.targets import target_key

# A page "gets many nee" in a month from this many, and more nee than ja.
MANY_NO = 5


@dataclass
class PageFeedbackRow:
    content_type_id: int
    object_id: int
    key: str
    title: str
    kind: str
    yes: int
    no: int
    obj: object = None

    @property
    def total(self) -> int:
        return self.yes + self.no


def _objects_by_key(pairs) -> dict[str, object]:
    """The pages behind (content type id, object id) pairs: one query per type."""
    ids = defaultdict(set)
    for ct_id, object_id in pairs:
        ids[ct_id].add(object_id)
    found = {}
    for ct_id, object_ids in ids.items():
        model = ContentType.objects.get_for_id(ct_id).model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=object_ids):
            found[target_key(ct_id, obj.pk)] = obj
    return found


def feedback_by_page(
    *, month: datetime.date | None = None, min_no: int = 0
) -> list[PageFeedbackRow]:
    """Pages with answers (in `month`, or all months), most "nee" first.

    One query for the counts and one per page type for the titles."""
    rows = PageFeedbackMonth.objects.all()
    if month is not None:
        rows = rows.filter(month=month)
    sums = (
        rows.values("content_type_id", "object_id")
        .annotate(yes_sum=Sum("yes"), no_sum=Sum("no"))
        .order_by("-no_sum", "yes_sum", "content_type_id", "object_id")
    )
    if min_no:
        sums = sums.filter(no_sum__gte=min_no)
    sums = list(sums)
    objects = _objects_by_key((s["content_type_id"], s["object_id"]) for s in sums)
    result = []
    for s in sums:
        key = target_key(s["content_type_id"], s["object_id"])
        obj = objects.get(key)
        if obj is None:  # the page was deleted; its counts go with it soon enough
            continue
        result.append(
            PageFeedbackRow(
                content_type_id=s["content_type_id"],
                object_id=s["object_id"],
                key=key,
                title=str(getattr(obj, "title", None) or obj),
                kind=str(obj._meta.verbose_name).capitalize(),
                yes=s["yes_sum"] or 0,
                no=s["no_sum"] or 0,
                obj=obj,
            )
        )
    return result


def pages_with_many_no(*, month: datetime.date) -> list[PageFeedbackRow]:
    """Pages that got at least MANY_NO "nee" in `month`, and more nee than ja."""
    return [
        row for row in feedback_by_page(month=month, min_no=MANY_NO) if row.no > row.yes
    ]


def pages_with_no_count(*, month: datetime.date) -> int:
    """How many pages got at least one "nee" in `month` (one query)."""
    return PageFeedbackMonth.objects.filter(month=month, no__gt=0).count()


def feedback_for_page(content_type_id: int, object_id: int):
    """The months (newest first) and the comments (newest first, at most 200) of
    one page: two queries."""
    months = list(
        PageFeedbackMonth.objects.filter(
            content_type_id=content_type_id, object_id=object_id
        ).order_by("-month")
    )
    comments = list(
        PageFeedbackComment.objects.filter(
            content_type_id=content_type_id, object_id=object_id
        )[:200]
    )
    return months, comments


def error_reports_open_count() -> int:
    return ErrorReport.objects.filter(status__in=ErrorReport.OPEN).count()
