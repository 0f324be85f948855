"""Reads: where a question goes, the answer queues, their counts and the report."""

import datetime
import statistics
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import timezone

from content.models.snippets import PublicHoliday
from core.models import Municipality
from vragen.models import Answer, Question, RoutingOptIn

# Holidays are looked up this far ahead of a question's date (a target of weeks
# would need more; the target is a few working days).
HOLIDAY_WINDOW = datetime.timedelta(days=60)


def holidays_from(start: datetime.date) -> set[datetime.date]:
    """Public holidays from `start` to a few weeks later (1 query)."""
    return set(
        PublicHoliday.objects.filter(
            date__range=(start - HOLIDAY_WINDOW, start + HOLIDAY_WINDOW)
        ).values_list("date", flat=True)
    )


def routed_organisation(municipality: Municipality | None):
    """The organisation that takes the questions of this gemeente, or None for the
    national team (1 query). With more than one, the gemeente's own organisation
    goes first, then the one that opted in first."""
    if municipality is None:
        return None
    optin = (
        RoutingOptIn.objects.filter(active=True, municipalities=municipality)
        .select_related("organisation")
        .order_by(
            Case(
                When(organisation__municipality=municipality, then=Value(0)),
                default=Value(1),
            ),
            "pk",
        )
        .first()
    )
    return optin.organisation if optin else None


def questions_for_national_team():
    return Question.objects.filter(organisation__isnull=True)


def questions_for_organisation(organisation):
    """Only the questions routed to this organisation: never another's."""
    return Question.objects.filter(organisation=organisation)


# The largest id a question can have (a 64-bit integer column): larger numbers in
# a URL would overflow SQLite's integers and give a 500 instead of a 404.
MAX_ID = 2**63 - 1


def question_get(questions, pk: int) -> Question | None:
    """The question `pk` among `questions` (with assignee and gemeente), or None."""
    if not 0 < pk <= MAX_ID:
        return None
    return questions.select_related("assignee", "municipality").filter(pk=pk).first()


def question_queue(questions, *, status: str = "", today=None):
    """The queue: open overdue questions on top, then urgent ones, then by due date;
    answered and closed last (1 query with the assignee and gemeente)."""
    today = today or timezone.localdate()
    open_q = Q(status__in=Question.OPEN_STATUSES)
    if status in Question.Status.values:
        questions = questions.filter(status=status)
    return questions.select_related("assignee", "municipality").order_by(
        Case(
            When(open_q & Q(due_date__lt=today), then=Value(0)),
            When(open_q & Q(urgent=True), then=Value(1)),
            When(open_q, then=Value(2)),
            When(status=Question.Status.ANSWERED, then=Value(3)),
            default=Value(4),
            output_field=IntegerField(),
        ),
        "due_date",
        "created_at",
    )


@dataclass(frozen=True)
class QueueCounts:
    waiting: int
    overdue: int


def queue_counts(questions, today=None) -> QueueCounts:
    """Open questions, and how many of them are past their due date (1 query)."""
    today = today or timezone.localdate()
    counts = questions.filter(status__in=Question.OPEN_STATUSES).aggregate(
        waiting=Count("pk"), overdue=Count("pk", filter=Q(due_date__lt=today))
    )
    return QueueCounts(counts["waiting"], counts["overdue"])


def question_answers(question):
    return Answer.objects.filter(question=question).select_related("by")


def editor_emails() -> list[str]:
    """E-mail addresses of the people who answer for the national team: active
    users who may change questions."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    perm = Q(
        groups__permissions__codename="change_question",
        groups__permissions__content_type__app_label="vragen",
    ) | Q(
        user_permissions__codename="change_question",
        user_permissions__content_type__app_label="vragen",
    )
    return sorted(
        set(users.filter(Q(is_superuser=True) | perm).values_list("email", flat=True))
    )


@dataclass(frozen=True)
class MonthReport:
    month: datetime.date  # the first day of the month
    questions: int
    answered: int
    median_hours: float | None  # to the first answer
    within_target: int  # answered on or before the due date

    @property
    def within_target_percent(self) -> int | None:
        if not self.questions:
            return None
        return round(100 * self.within_target / self.questions)


def _month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def month_reports(questions, *, months: int = 6, today=None) -> list[MonthReport]:
    """Per month (newest first): questions asked, median hours to the first answer,
    and the share answered within the target. Numbers only (1 query)."""
    today = today or timezone.localdate()
    first = _month_start(today)
    starts = [first]
    for _ in range(months - 1):
        starts.append(_month_start(starts[-1] - datetime.timedelta(days=1)))
    since = timezone.make_aware(
        datetime.datetime.combine(starts[-1], datetime.time.min)
    )
    rows = questions.filter(created_at__gte=since).values_list(
        "created_at", "first_answered_at", "due_date"
    )
    per_month: dict[datetime.date, list] = {start: [] for start in starts}
    for created_at, answered_at, due_date in rows:
        key = _month_start(timezone.localtime(created_at).date())
        if key in per_month:
            per_month[key].append((created_at, answered_at, due_date))
    reports = []
    for start in starts:
        items = per_month[start]
        hours = [
            (answered - created).total_seconds() / 3600
            for created, answered, _due in items
            if answered is not None
        ]
        within = sum(
            1
            for _created, answered, due in items
            if answered is not None and timezone.localtime(answered).date() <= due
        )
        reports.append(
            MonthReport(
                month=start,
                questions=len(items),
                answered=len(hours),
                median_hours=round(statistics.median(hours), 1) if hours else None,
                within_target=within,
            )
        )
    return reports
