"""Writes: sign-ups, requests for new groups, keeping listings true, retention.

The maintenance functions are run daily by management commands; see
`lotgenoten/management/commands/lotgenoten_daily.py` for the cron line.
"""

import datetime
import hashlib
import logging
import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks

from core.mail import mail_queue
from core.public_content import public_content_changed_send
from lotgenoten.models import Event, GroupRequest, OrganiserLinkUse, PeerGroup, SignUp
from lotgenoten.models.events import RESERVED_EVENT_SLUGS
from lotgenoten.selectors import editor_emails

logger = logging.getLogger(__name__)

ORGANISER_LINK_SALT = "lotgenoten.organiser-link"
# How long an organiser's one-click link works.
ORGANISER_LINK_MAX_AGE = datetime.timedelta(days=60)
# Ask organisers to confirm after 11 months; hide the group after 12.
CONFIRM_ASK_AFTER = datetime.timedelta(days=335)
CONFIRM_HIDE_AFTER = datetime.timedelta(days=365)
CONFIRM_ASK_AGAIN_AFTER = datetime.timedelta(days=14)
SIGNUP_REMINDER_WORKING_DAYS = 5
RETENTION_AFTER_CLOSING = datetime.timedelta(days=90)
GROUP_REQUEST_RETENTION = datetime.timedelta(days=180)
SIGNUP_MAX_AGE = datetime.timedelta(days=365)


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(
    subject, template: str, context: dict, to: list[str], *, language: str = ""
) -> int:
    """Queue a mail in the outbox (core.mail), in the caller's transaction.

    Written in `language`: the parent's own for mail to a parent, Dutch (the
    default) for organisers and editors, even when a parent's request sends it.
    `subject` may be a function, translated in that language too."""
    to = [address for address in to if address]
    if not to:
        return 0
    with translation.override(language or settings.LANGUAGE_CODE):
        body = render_to_string(template, context)
        subject = str(subject() if callable(subject) else subject)
        return int(mail_queue(to, subject, body) is not None)


# --- Sign-ups ------------------------------------------------------------------


# A parent who sends the same sign-up again (a double click, or trying again after
# an error page) within this time gets the first one back, not a second.
SIGNUP_DUPLICATE_WINDOW = datetime.timedelta(hours=24)


SIGNUPS_LINK_SALT = "lotgenoten.signups-link"
# A higher app (the professionals area) registers a function under this Wagtail
# hook name that returns the path of its sign-ups inbox.
SIGNUPS_INBOX_HOOK = "lotgenoten_signups_inbox_url"
# How long the link to the sign-ups page in an organiser's e-mail works.
SIGNUPS_LINK_MAX_AGE = datetime.timedelta(days=30)


def _lock_target(target) -> None:
    """Lock the group or event row: two copies of one sign-up queue here."""
    type(target).objects.select_for_update().filter(pk=target.pk).first()


def _target_filter(target) -> dict:
    return {"event": target} if isinstance(target, Event) else {"group": target}


def _target_name(target) -> str:
    return target.title if isinstance(target, Event) else target.name


def signups_link(target) -> str:
    """Where an organiser sees and updates the sign-ups of their group or event.

    Organisers with an account in the professionals area (the target's managers)
    use their inbox there; everyone else gets a signed link that expires after
    SIGNUPS_LINK_MAX_AGE. Never the Wagtail admin: a volunteer cannot open it.
    """
    if target.managers.exists():
        for inbox_url in hooks.get_hooks(SIGNUPS_INBOX_HOOK):
            return _absolute(inbox_url())
    token = signups_token_make(target)
    # Organisers work in Dutch, whatever language the parent who signed up read.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("lotgenoten:organiser_signups", kwargs={"token": token})
    return _absolute(path)


def signups_token_make(target) -> str:
    kind = "e" if isinstance(target, Event) else "g"
    return signing.dumps({kind: target.pk}, salt=SIGNUPS_LINK_SALT, compress=True)


def signups_token_read(token: str):
    """The group or event a sign-ups link is for. Raises OrganiserLinkExpired or
    OrganiserLinkInvalid (a forged, altered or other kind of link)."""
    try:
        data = signing.loads(
            token, salt=SIGNUPS_LINK_SALT, max_age=SIGNUPS_LINK_MAX_AGE
        )
    except signing.SignatureExpired as error:
        raise OrganiserLinkExpired from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise OrganiserLinkInvalid from error
    if not isinstance(data, dict) or len(data) != 1:
        raise OrganiserLinkInvalid
    ((kind, pk),) = data.items()
    model = {"g": PeerGroup, "e": Event}.get(kind)
    if model is None or not isinstance(pk, int):
        raise OrganiserLinkInvalid
    target = model.objects.filter(pk=pk).first()
    if target is None:
        raise OrganiserLinkInvalid
    return target


def signups_of(target):
    """The sign-ups of one group or event, newest first."""
    return SignUp.objects.filter(**_target_filter(target)).order_by("-created_at")


def signup_status_set(target, pk, status: str) -> SignUp | None:
    """Set the status of one sign-up of `target`; None if it is not one of them."""
    if status not in SignUp.Status.values:
        return None
    signup = signups_of(target).filter(pk=pk).first()
    if signup is None:
        return None
    signup.status = status
    signup.save()
    return signup


@transaction.atomic
def signup_create(target, *, data: dict) -> SignUp:
    """Store a parent's sign-up for a group or event; tell the organiser (or the
    editors) and, when the parent gave an e-mail address, the parent.

    Sending the same sign-up twice stores and mails it once. The mails are queued
    in the outbox in this transaction: a mail server that is down delays them,
    never loses them, and never shows the parent an error.
    """
    _lock_target(target)
    fields = {
        "name": data["name"],
        "email": data.get("email", ""),
        "phone": data.get("phone", ""),
        "message": data.get("message", ""),
    }
    duplicate = SignUp.objects.filter(
        created_at__gte=timezone.now() - SIGNUP_DUPLICATE_WINDOW,
        **_target_filter(target),
        **fields,
    ).first()
    if duplicate is not None:
        return duplicate
    signup = SignUp.objects.create(
        consent_at=timezone.now(), **_target_filter(target), **fields
    )
    to = [target.signup_email] if target.signup_email else editor_emails()
    name = _target_name(target)
    context = {
        "group": target,
        "name": name,
        "is_event": isinstance(target, Event),
        "signup": signup,
        "admin_url": signups_link(target),
    }
    _send(
        f"Nieuwe aanmelding voor {name}",
        "lotgenoten/email/signup_organiser.txt",
        context,
        to,
    )
    if signup.email:
        # In the language of the page the parent signed up on.
        _send(
            lambda: _("Je aanmelding voor %(name)s") % {"name": name},
            "lotgenoten/email/signup_parent.txt",
            {
                **context,
                "next": _event_next(target),
                "page_url": _absolute(target.get_absolute_url()),
            },
            [signup.email],
            language=translation.get_language() or settings.LANGUAGE_CODE,
        )
    return signup


def _event_next(target):
    if isinstance(target, Event):
        return target.next_occurrence()
    return None


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Monday-to-Friday days after `start` up to and including `end`.

    Public holidays are not counted out: a reminder a day early does no harm.
    """
    if end <= start:
        return 0
    days = (end - start).days
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    for offset in range(1, rest + 1):
        if (start + datetime.timedelta(days=offset)).weekday() < 5:
            count += 1
    return count


def signups_remind(now: datetime.datetime | None = None) -> int:
    """Remind organisers of sign-ups that are still new after 5 working days."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    waiting = SignUp.objects.filter(
        status=SignUp.Status.NEW, reminder_sent_at__isnull=True
    ).select_related("group", "group__organiser", "event", "event__organiser")
    sent = 0
    for signup in waiting:
        created = timezone.localdate(signup.created_at)
        if working_days_between(created, today) < SIGNUP_REMINDER_WORKING_DAYS:
            continue
        target = signup.target
        to = [target.signup_email] if target.signup_email else editor_emails()
        _send(
            f"Herinnering: iemand wil meedoen met {_target_name(target)}",
            "lotgenoten/email/signup_reminder.txt",
            {
                "group": target,
                "name": _target_name(target),
                "signup": signup,
                "admin_url": signups_link(target),
            },
            to,
        )
        signup.reminder_sent_at = now
        signup.save(update_fields=["reminder_sent_at"])
        sent += 1
    return sent


def personal_data_delete_expired(
    now: datetime.datetime | None = None,
) -> tuple[int, int]:
    """Delete sign-ups 90 days after closing or 90 days after their event ended
    (and any sign-up after a year), and requests for new groups after 180 days."""
    now = now or timezone.now()
    signups, _ = SignUp.objects.filter(
        Q(status=SignUp.Status.CLOSED, closed_at__lt=now - RETENTION_AFTER_CLOSING)
        # A safety net for sign-ups an organiser never closes.
        | Q(created_at__lt=now - SIGNUP_MAX_AGE)
        # An event that is over needs no sign-ups: gone 90 days after its end.
        | Q(event__series_ends_at__lt=now - RETENTION_AFTER_CLOSING)
    ).delete()
    requests, _ = GroupRequest.objects.filter(
        created_at__lt=now - GROUP_REQUEST_RETENTION
    ).delete()
    return signups, requests


# --- Start a group -------------------------------------------------------------


@transaction.atomic
def group_request_create(*, data: dict) -> GroupRequest:
    """Store a request to start a group and e-mail the editors."""
    request = GroupRequest.objects.create(
        role=data["role"],
        name=data["name"],
        email=data["email"],
        place=data["place"],
        message=data["message"],
        consent_at=timezone.now(),
    )
    context = {
        "request_obj": request,
        "admin_url": _absolute(reverse("wagtailsnippets_lotgenoten_grouprequest:list")),
    }
    _send(
        "Verzoek: een nieuwe lotgenotengroep starten",
        "lotgenoten/email/group_request_editors.txt",
        context,
        editor_emails(),
    )
    return request


# --- Keeping listings true -------------------------------------------------------


def organiser_token_make(group: PeerGroup) -> str:
    """A signed, timestamped token for the organiser's one-click links.

    The random part makes every link unique, so using one never uses up another.
    """
    return signing.dumps(
        {"g": group.pk, "n": secrets.token_urlsafe(6)},
        salt=ORGANISER_LINK_SALT,
        compress=True,
    )


class OrganiserLinkExpired(Exception):
    pass


class OrganiserLinkInvalid(Exception):
    pass


class OrganiserLinkUsed(Exception):
    """The link has already done its action (a replay, or a second click)."""


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def organiser_token_read(token: str) -> PeerGroup:
    """The group a token is for. Raises OrganiserLinkExpired, OrganiserLinkInvalid,
    or OrganiserLinkUsed once the link has done its action."""
    try:
        data = signing.loads(
            token,
            salt=ORGANISER_LINK_SALT,
            max_age=ORGANISER_LINK_MAX_AGE,
        )
    except signing.SignatureExpired as error:
        raise OrganiserLinkExpired from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise OrganiserLinkInvalid from error
    pk = data.get("g") if isinstance(data, dict) else None
    group = PeerGroup.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if group is None:
        raise OrganiserLinkInvalid
    if OrganiserLinkUse.objects.filter(token_hash=_token_hash(token)).exists():
        raise OrganiserLinkUsed
    return group


def organiser_link_spend(token: str, group: PeerGroup, *, action: str) -> None:
    """Mark the link as used for `action`; call it in the transaction that does
    the action. Raises OrganiserLinkUsed when it was used before (two clicks at
    the same moment included: the hash is unique)."""
    try:
        with transaction.atomic():
            OrganiserLinkUse.objects.create(
                token_hash=_token_hash(token), group=group, action=action
            )
    except IntegrityError as error:
        raise OrganiserLinkUsed from error


def organiser_link_uses_delete_expired(now: datetime.datetime | None = None) -> int:
    """Forget used links once they would have expired anyway."""
    now = now or timezone.now()
    deleted, _ = OrganiserLinkUse.objects.filter(
        used_at__lt=now - ORGANISER_LINK_MAX_AGE
    ).delete()
    return deleted


def organiser_links(group: PeerGroup) -> dict[str, str]:
    """Three links, each with its own token: each works once, so confirming with
    one still leaves the others for reporting changes or a stop later."""

    def url(anchor: str) -> str:
        token = organiser_token_make(group)
        path = reverse("lotgenoten:organiser", kwargs={"token": token})
        return _absolute(path) + anchor

    return {
        "confirm": url("#bestaat-nog"),
        "changes": url("#wijzigingen"),
        "stopped": url("#gestopt"),
    }


def peer_group_confirm(group: PeerGroup, *, today: datetime.date | None = None):
    """The organiser says the group still runs: confirmed today, visible again."""
    group.last_confirmed = today or timezone.localdate()
    fields = ["last_confirmed", "confirmation_requested_at"]
    group.confirmation_requested_at = None
    if group.status == PeerGroup.Status.UNCONFIRMED:
        group.status = PeerGroup.Status.ACTIVE
        fields.append("status")
    PeerGroup.objects.filter(pk=group.pk).update(
        **{name: getattr(group, name) for name in fields}
    )
    public_content_changed_send(group)  # update() sends no model signals


def peer_group_stop(group: PeerGroup):
    """The organiser says the group has stopped: hide it and tell the editors."""
    group.status = PeerGroup.Status.STOPPED
    PeerGroup.objects.filter(pk=group.pk).update(status=group.status)
    public_content_changed_send(group)
    _send(
        f"Groep gestopt: {group.name}",
        "lotgenoten/email/group_stopped_editors.txt",
        {"group": group},
        editor_emails(),
    )


def peer_group_report_changes(group: PeerGroup, *, changes: str):
    """The organiser reports changes: the editors get them by e-mail."""
    _send(
        f"Wijzigingen voor {group.name}",
        "lotgenoten/email/group_changes_editors.txt",
        {"group": group, "changes": changes},
        editor_emails(),
    )


def peer_groups_ask_confirmation(now: datetime.datetime | None = None) -> int:
    """E-mail organisers of groups not confirmed for 11 months a one-click link."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    due = (
        PeerGroup.objects.filter(
            live=True,
            status=PeerGroup.Status.ACTIVE,
            last_confirmed__lte=today - CONFIRM_ASK_AFTER,
        )
        .exclude(confirmation_requested_at__gt=now - CONFIRM_ASK_AGAIN_AFTER)
        .select_related("organiser")
    )
    sent = 0
    for group in due:
        if _send(
            f"Bestaat {group.name} nog?",
            "lotgenoten/email/confirm_request.txt",
            {"group": group, "links": organiser_links(group)},
            [group.signup_email],
        ):
            sent += 1
        PeerGroup.objects.filter(pk=group.pk).update(confirmation_requested_at=now)
    return sent


def peer_groups_hidden_soon(today: datetime.date, *, within_days: int = 30):
    """Active groups that `peer_groups_hide_unconfirmed` hides within `within_days`
    days unless their organiser confirms them."""
    return PeerGroup.objects.filter(
        status=PeerGroup.Status.ACTIVE,
        last_confirmed__lte=today
        - CONFIRM_HIDE_AFTER
        + datetime.timedelta(days=within_days),
    )


def peer_groups_hide_unconfirmed(now: datetime.datetime | None = None) -> int:
    """Hide groups not confirmed for 12 months; tell their organiser and the editors."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    stale = list(
        PeerGroup.objects.filter(
            status=PeerGroup.Status.ACTIVE,
            last_confirmed__lte=today - CONFIRM_HIDE_AFTER,
        ).select_related("organiser")
    )
    editors = editor_emails()
    for group in stale:
        PeerGroup.objects.filter(pk=group.pk).update(
            status=PeerGroup.Status.UNCONFIRMED
        )
        public_content_changed_send(group)
        context = {"group": group, "links": organiser_links(group)}
        _send(
            f"{group.name} staat niet meer op Eenouderpunt",
            "lotgenoten/email/group_hidden_organiser.txt",
            context,
            [group.signup_email],
        )
        _send(
            f"Verborgen: {group.name} (12 maanden niet bevestigd)",
            "lotgenoten/email/group_hidden_editors.txt",
            context,
            editors,
        )
    if stale:
        logger.info("Hid %d unconfirmed peer groups", len(stale))
    return len(stale)


# --- Events sent in by professionals --------------------------------------------


def _event_slug(title: str) -> str:
    base = slugify(title)[:100] or "activiteit"
    slug = base
    number = 2
    while Event.objects.filter(slug=slug).exists() or slug in RESERVED_EVENT_SLUGS:
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def event_submit(event: Event, *, organisation, user) -> Event:
    """Save an event a professional added or changed, for the editors to approve.

    It belongs to the member's organisation and they manage its sign-ups. Until
    an editor approves it (Wagtail admin, 'Agenda'), parents do not see it; a
    change sends it back for approval. The editors get an e-mail.
    """
    is_new = event.pk is None
    event.organiser = organisation
    event.review = Event.Review.WAITING
    if not event.slug:
        event.slug = _event_slug(event.title)
    event.save()
    event.managers.add(user)
    # Published as the member's version, yet not public: review is WAITING. The
    # member has no Wagtail rights; the access check was member_required.
    event.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    _send(
        f"{'Nieuwe activiteit' if is_new else 'Activiteit gewijzigd'}: {event.title}",
        "lotgenoten/email/event_waiting_editors.txt",
        {
            "event": event,
            "organisation": organisation,
            "admin_url": _absolute(
                reverse("wagtailsnippets_lotgenoten_event:edit", args=[event.pk])
            ),
        },
        editor_emails(),
    )
    return event
