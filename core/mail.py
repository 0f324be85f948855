"""The one place that builds and queues e-mail.

Every sender calls `mail_queue` (or Django's `send_mail`, which reaches it through
`core.outbox.backends.OutboxEmailBackend`). The mail is stored in the caller's
transaction, next to the data it reports, and delivered by the outbox worker with
retries; so a mail server that is down never turns a saved sign-up into an error
page, and a rolled-back sign-up never sends a mail.
"""

import re
import unicodedata
from collections.abc import Iterable

from django.core.mail import EmailMessage
from django.db import transaction

from core.outbox.models import SUBJECT_MAX_LENGTH, OutboxMail
from core.outbox.tasks import mail_deliver

# Mail programs show about 80 characters; the column holds SUBJECT_MAX_LENGTH.
SUBJECT_MAX = min(150, SUBJECT_MAX_LENGTH)
# Line and paragraph separators and control characters (including CR, LF, NEL): in
# a header they would end it, and Django refuses such a subject with BadHeaderError.
_BREAKING = {"Cc", "Zl", "Zp"}


def subject_clean(subject: str, *, max_length: int = SUBJECT_MAX) -> str:
    """One line of at most `max_length` characters, whatever an editor or member
    typed into the title it is built from."""
    text = "".join(
        " " if unicodedata.category(char) in _BREAKING else char
        for char in str(subject)
    )
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


def _addresses(value: str | Iterable[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    return [address.strip() for address in value if address and address.strip()]


def mail_queue(
    to: str | Iterable[str],
    subject: str,
    body: str,
    *,
    html_body: str = "",
    from_email: str | None = None,
    cc: Iterable[str] = (),
    bcc: Iterable[str] = (),
    reply_to: Iterable[str] = (),
    headers: dict[str, str] | None = None,
) -> OutboxMail | None:
    """Store an e-mail in the outbox and queue its delivery; None without recipients.

    Call it inside the transaction that saves what the mail reports: both are
    stored, or neither. It raises only when the database does.
    """
    to, cc, bcc = _addresses(to), _addresses(cc), _addresses(bcc)
    if not (to or cc or bcc):
        return None
    with transaction.atomic():
        mail = OutboxMail.objects.create(
            subject=subject_clean(subject),
            body=body,
            html_body=html_body,
            from_email=from_email or "",
            to=to,
            cc=cc,
            bcc=bcc,
            reply_to=_addresses(reply_to),
            headers={
                str(name): subject_clean(value, max_length=998)
                for name, value in (headers or {}).items()
            },
        )
        # The database backend writes the task row in this same transaction, so
        # the worker sees the mail exactly when the data it reports is committed.
        mail_deliver.enqueue(mail.pk)
    return mail


def mail_queue_message(message: EmailMessage) -> OutboxMail | None:
    """Queue a Django EmailMessage (what allauth, Wagtail and send_mail build)."""
    if message.attachments:
        raise ValueError("The outbox does not carry attachments.")
    html_body = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        "",
    )
    return mail_queue(
        message.to,
        message.subject,
        message.body,
        html_body=html_body,
        from_email=message.from_email,
        cc=message.cc,
        bcc=message.bcc,
        reply_to=message.reply_to,
        headers=message.extra_headers,
    )
