"""Writes: asking a question, taking it, answering it, reminders and retention.

The daily commands (`vragen_remind`, `vragen_delete_expired`) call the functions at
the bottom; see docs/deployment.md for the cron lines. Mail only goes through the
outbox (core.mail.mail_queue), in the transaction that saves what it reports.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail import hooks

from core.mail import mail_queue
from core.postcodes import postcode_area_get
from vragen import deadlines, selectors
from vragen.models import Answer, Question, RoutingOptIn
from vragen.safety import safety_topics

# Who else gets the reminder of an organisation's question: a hook, so the secure
# area (a higher layer) can name its members without this app knowing it.
# Each function takes an Organisation and returns e-mail addresses.
ORGANISATION_RECIPIENTS_HOOK = "vragen_organisation_recipients"
# Questions that were never closed are deleted after this long all the same.
QUESTION_MAX_AGE = datetime.timedelta(days=365)


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(
    subject, template: str, context: dict, to: list[str], *, language: str = ""
) -> int:
    """Queue a mail, written in `language`: the parent's own language for mail to a
    parent, Dutch (the default) for the team and professionals. `subject` may be
    a function, translated in that language too."""
    to = [address for address in to if address]
    if not to:
        return 0
    with translation.override(language or settings.LANGUAGE_CODE):
        body = render_to_string(template, context)
        subject = str(subject() if callable(subject) else subject)
        return int(mail_queue(to, subject, body) is not None)


def due_date_for(asked_on: datetime.date) -> datetime.date:
    """The answer target: QUESTION_ANSWER_WORKING_DAYS working days after asking."""
    return deadlines.working_days_add(
        asked_on,
        settings.QUESTION_ANSWER_WORKING_DAYS,
        selectors.holidays_from(asked_on),
    )


@transaction.atomic
def question_create(*, data: dict, now: datetime.datetime | None = None) -> Question:
    """Store a parent's question, route it and confirm it by e-mail (when given).

    The 4-digit postcode only picks the gemeente; it is not stored. Safety words
    mark the question urgent (vragen.safety).
    """
    now = now or timezone.now()
    area = postcode_area_get(data["postcode"]) if data.get("postcode") else None
    municipality = area.municipality if area else None
    topics = safety_topics(data["text"])
    contact = data["contact"]
    question = Question.objects.create(
        text=data["text"],
        contact=contact,
        email=data.get("email", ""),
        # Only what the parent chose to be reached by, plus an e-mail address
        # for the confirmation: a phone number given "just in case" is not kept.
        phone=data.get("phone", "") if contact == Question.Contact.PHONE else "",
        call_times=data.get("call_times", "")
        if contact == Question.Contact.PHONE
        else "",
        name=data.get("name", ""),
        municipality=municipality,
        organisation=selectors.routed_organisation(municipality),
        consent_at=now,
        urgent=bool(topics),
        safety_topics=",".join(topics),
        created_at=now,
        due_date=due_date_for(timezone.localtime(now).date()),
        # The language of the page it was asked on: the answer comes in it.
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    _send(
        lambda: (
            _("Je vraag is binnengekomen (%(reference)s)")
            % {"reference": question.reference}
        ),
        "vragen/email/confirmation.txt",
        {
            "question": question,
            "working_days": settings.QUESTION_ANSWER_WORKING_DAYS,
            "retention_days": settings.QUESTION_RETENTION_DAYS,
        },
        [question.email],
        language=question.language,
    )
    return question


def question_take(question: Question, user) -> None:
    """Take a question ("Ik pak deze op"): assign to `user` and mark it in progress."""
    question.assignee = user
    if question.status == Question.Status.NEW:
        question.status = Question.Status.IN_PROGRESS
    question.save(update_fields=["assignee", "status"])


@transaction.atomic
def answer_create(question: Question, *, text: str, via: str, by) -> Answer:
    """Send an answer by e-mail, or log a phone call as done. Either way the
    question counts as answered."""
    now = timezone.now()
    if via == Answer.Via.EMAIL and not question.email:
        via = Answer.Via.PHONE  # nothing to send to; the form never offers it
    answer = Answer.objects.create(question=question, text=text, via=via, by=by)
    if via == Answer.Via.EMAIL:
        # In the language the parent asked in, whoever answers.
        _send(
            lambda: (
                _("Antwoord op je vraag (%(reference)s)")
                % {"reference": question.reference}
            ),
            "vragen/email/answer.txt",
            {"question": question, "answer": answer},
            [question.email],
            language=question.language,
        )
    question.status = Question.Status.ANSWERED
    question.first_answered_at = question.first_answered_at or now
    if question.assignee_id is None:
        question.assignee = by
    question.save(update_fields=["status", "first_answered_at", "assignee"])
    return answer


def question_close(question: Question) -> None:
    question.status = Question.Status.CLOSED
    question.closed_at = question.closed_at or timezone.now()
    question.save(update_fields=["status", "closed_at"])


def question_reopen(question: Question) -> None:
    question.status = (
        Question.Status.ANSWERED
        if question.first_answered_at
        else Question.Status.IN_PROGRESS
    )
    question.closed_at = None
    question.save(update_fields=["status", "closed_at"])


def _recipients(question: Question) -> list[str]:
    if question.assignee_id and question.assignee.email:
        return [question.assignee.email]
    if question.organisation_id is None:
        return selectors.editor_emails()
    emails: list[str] = []
    for fn in hooks.get_hooks(ORGANISATION_RECIPIENTS_HOOK):
        emails.extend(fn(question.organisation))
    return sorted(set(emails))


def questions_remind(now: datetime.datetime | None = None) -> int:
    """One reminder per open question, from 1 working day before its due date, to
    its assignee (or the team that answers it). Only the reference and the date:
    no question text in the mail."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    holidays = selectors.holidays_from(today)
    sent = 0
    waiting = Question.objects.filter(
        status__in=Question.OPEN_STATUSES,
        reminder_sent_at__isnull=True,
        due_date__lte=deadlines.working_days_add(today, 1, holidays),
    ).select_related("assignee", "organisation")
    for question in waiting:
        if not deadlines.reminder_due(question.due_date, today, holidays):
            continue
        with transaction.atomic():
            _send(
                f"Herinnering: vraag {question.reference} uiterlijk "
                f"{question.due_date:%d-%m-%Y} beantwoorden",
                "vragen/email/reminder.txt",
                {
                    "question": question,
                    "overdue": question.due_date < today,
                    "base_url": _absolute(""),
                    "admin_path": reverse("vragen_admin:queue"),
                },
                _recipients(question),
            )
            question.reminder_sent_at = now
            question.save(update_fields=["reminder_sent_at"])
            sent += 1
    return sent


def questions_delete_expired(now: datetime.datetime | None = None) -> int:
    """Delete questions (and their answers) QUESTION_RETENTION_DAYS after closing,
    and questions never closed after a year."""
    now = now or timezone.now()
    retention = datetime.timedelta(days=settings.QUESTION_RETENTION_DAYS)
    expired = Question.objects.filter(closed_at__lt=now - retention) | (
        Question.objects.filter(created_at__lt=now - QUESTION_MAX_AGE)
    )
    count = expired.count()
    Answer.objects.filter(question__in=expired).delete()
    expired.delete()
    return count


@transaction.atomic
def routing_optin_save(organisation, *, active: bool, municipalities) -> RoutingOptIn:
    """Set which gemeenten' questions `organisation` takes (its own only: the caller
    passes the member's organisation, never one from the request)."""
    optin, _created = RoutingOptIn.objects.get_or_create(organisation=organisation)
    optin.active = active
    optin.save()
    optin.municipalities.set(municipalities)
    return optin
