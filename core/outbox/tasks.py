"""Delivery of queued e-mail, run by the django-tasks database worker.

django-tasks has no retries of its own: a failed delivery queues a new task with
`run_after` set by exponential backoff, up to OUTBOX_MAX_ATTEMPTS; then the mail is
marked failed and shows in the Wagtail admin (Rapporten > E-mail die niet aankomt).
Nothing about a mail but its id and the class of the error reaches the log.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.utils import timezone
from django_tasks import task

from core.outbox.models import OutboxMail

logger = logging.getLogger(__name__)

TASK_BACKEND = "outbox"


def retry_delay(attempts: int) -> datetime.timedelta:
    """Wait after the `attempts`-th failure: base, 2×, 4×, … up to the maximum."""
    seconds = settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return datetime.timedelta(seconds=min(seconds, settings.OUTBOX_RETRY_MAX_SECONDS))


def _message(mail: OutboxMail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body,
        from_email=mail.from_email or None,
        to=mail.to,
        cc=mail.cc,
        bcc=mail.bcc,
        reply_to=mail.reply_to,
        headers=mail.headers,
        connection=get_connection(settings.OUTBOX_EMAIL_BACKEND),
    )
    if mail.html_body:
        message.attach_alternative(mail.html_body, "text/html")
    return message


@task(backend=TASK_BACKEND)
def mail_deliver(mail_id: int) -> str:
    """Send one queued mail; on failure, plan the next attempt or give up."""
    mail = OutboxMail.objects.filter(pk=mail_id).first()
    if mail is None:
        return "gone"  # delivered already (a task queued twice sends once)
    try:
        _message(mail).send()
    except Exception as error:  # any transport failure: SMTP, DNS, TLS, timeout
        return _attempt_failed(mail, error)
    mail.delete()
    return "sent"


def _attempt_failed(mail: OutboxMail, error: Exception) -> str:
    mail.attempts += 1
    mail.last_error = type(error).__name__[:100]
    if mail.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        mail.status = OutboxMail.Status.FAILED
        mail.next_attempt_at = None
        mail.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        logger.error(
            "E-mail %s not delivered after %d attempts (%s); given up",
            mail.pk,
            mail.attempts,
            mail.last_error,
        )
        return "failed"
    mail.status = OutboxMail.Status.RETRYING
    mail.next_attempt_at = timezone.now() + retry_delay(mail.attempts)
    mail.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
    logger.warning(
        "E-mail %s not delivered (attempt %d, %s); next try at %s",
        mail.pk,
        mail.attempts,
        mail.last_error,
        mail.next_attempt_at.isoformat(timespec="seconds"),
    )
    mail_retry_enqueue(mail)
    return "retrying"


def mail_retry_enqueue(mail: OutboxMail) -> None:
    """Queue the next attempt at `mail.next_attempt_at` (now when unset)."""
    deliver = mail_deliver
    if mail.next_attempt_at and deliver.get_backend().supports_defer:
        deliver = deliver.using(run_after=mail.next_attempt_at)
    elif mail.next_attempt_at:
        # A backend without run_after (the immediate one, in tests) would retry at
        # once; `manage.py outbox_retry` picks the mail up instead.
        return
    deliver.enqueue(mail.pk)
