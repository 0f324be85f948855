"""Freshness: which pages and snippets are due for review ("Te controleren").

Every model with the ReviewFields mixin joins automatically (pages and snippets of
any app): the mixin is the registration, so content names no app above it. Apps
above content add items for other reasons (readers answering "nee") through the
Wagtail hook REVIEW_REPORT_ITEMS: a function `(today) -> list[ReviewItem]`.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder

from content.models.review import ReviewFields

SOON_DAYS = 30
REVIEW_REPORT_ITEMS = "content_review_report_items"


@dataclass
class ReviewItem:
    title: str
    kind: str
    next_review_due: datetime.date
    last_reviewed: datetime.date | None
    owner: object  # a user or None
    edit_url: str
    overdue: bool
    reason: str = ""  # why it is here, when not its review date

    @property
    def owner_name(self) -> str:
        if self.owner is None:
            return ""
        return self.owner.get_full_name() or self.owner.get_username()

    @property
    def status(self) -> str:
        if self.reason:
            return self.reason
        return gettext("Te laat") if self.overdue else gettext("Binnenkort")


def review_models() -> list[type]:
    """Concrete models with review fields, from every installed app."""
    found = [
        m
        for m in apps.get_models()
        if issubclass(m, ReviewFields) and not m._meta.abstract
    ]
    return found


def review_items_due(
    today: datetime.date, within_days: int = SOON_DAYS, owner=None
) -> list[ReviewItem]:
    """Everything whose next review is overdue or due within `within_days` days.

    One query per model with review fields, whatever the number of items.
    """
    until = today + datetime.timedelta(days=within_days)
    finder = AdminURLFinder()
    items = []
    for model in review_models():
        queryset = model._default_manager.filter(
            next_review_due__isnull=False, next_review_due__lte=until
        ).select_related("review_owner")
        if owner is not None:
            queryset = queryset.filter(review_owner=owner)
        kind = str(model._meta.verbose_name).capitalize()
        for obj in queryset:
            items.append(
                ReviewItem(
                    title=str(getattr(obj, "title", None) or obj),
                    kind=kind,
                    next_review_due=obj.next_review_due,
                    last_reviewed=obj.last_reviewed,
                    owner=obj.review_owner,
                    edit_url=finder.get_edit_url(obj) or "",
                    overdue=obj.next_review_due <= today,
                )
            )
    items.sort(key=lambda item: (item.next_review_due, item.title))
    return items


def review_report_items(today: datetime.date) -> list[ReviewItem]:
    """The review report: everything due (review_items_due), then what the apps
    above add through REVIEW_REPORT_ITEMS."""
    items = review_items_due(today)
    for fn in hooks.get_hooks(REVIEW_REPORT_ITEMS):
        items += fn(today)
    return items


def review_overdue_count(today: datetime.date) -> int:
    """How many pages and snippets are past their review date (one query per model
    with review fields)."""
    return sum(
        model._default_manager.filter(next_review_due__lte=today).count()
        for model in review_models()
    )
