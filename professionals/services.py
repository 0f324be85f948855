"""Writes of the secure area: memberships, practices, questions, checklist."""

import logging
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import mail_queue
from professionals import checklist
from professionals.models import (
    ChecklistAnswer,
    Membership,
    OrganisationProfile,
    Practice,
    PracticeAttachment,
    PracticeQuestion,
)
from professionals.permissions import (
    member_decision_refusal,
    membership_of,
    takedown_liftable_by,
)
from professionals.uploads import content_type_for

logger = logging.getLogger(__name__)


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def domain_approves(organisation, email: str) -> bool:
    """True when the organisation lists the domain of this (verified) address."""
    try:
        profile = organisation.professional_profile
    except OrganisationProfile.DoesNotExist:
        return False
    return bool(email) and email_domain(email) in profile.domains


def membership_request(user, organisation, *, job_title: str = "") -> Membership:
    """Create or renew a pending membership; approval comes later.

    A renewed request keeps the last decision (`decided_at`, `decided_by`): a
    rejection holds, so automatic approval no longer applies to this person.
    """
    membership, _created = Membership.objects.update_or_create(
        user=user,
        defaults={
            "organisation": organisation,
            "job_title": job_title,
            "status": Membership.Status.PENDING,
            "role": Membership.Role.MEMBER,
        },
    )
    membership_auto_approve(user)
    return membership


def membership_auto_approve(user) -> bool:
    """Approve a pending membership when a verified address has a listed domain.

    Only for people never decided on: after a rejection, a person waits for an
    admin again, whatever their address.
    """
    from allauth.account.models import EmailAddress

    try:
        membership = Membership.objects.select_related(
            "organisation__professional_profile"
        ).get(user=user, status=Membership.Status.PENDING, decided_at__isnull=True)
    except Membership.DoesNotExist:
        return False
    verified = EmailAddress.objects.filter(user=user, verified=True)
    if any(domain_approves(membership.organisation, a.email) for a in verified):
        membership.status = Membership.Status.APPROVED
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "decided_at"])
        return True
    return False


class MemberDecisionRefused(PermissionDenied):
    """The decision breaks a rule of permissions.member_decision_refusal."""


@transaction.atomic
def membership_decide(membership, *, by, approve: bool, role: str = "") -> None:
    """Approve (with a role) or reject a membership, as decided by `by`.

    Raises MemberDecisionRefused (its message in Dutch) when `by` may not make
    this decision; the rules live in permissions.member_decision_refusal.
    """
    # Lock the organisation's admins so two moderators cannot each remove one of
    # the last two admins at the same moment.
    list(
        Membership.objects.select_for_update().filter(
            organisation_id=membership.organisation_id,
            role__in=[Membership.Role.ORG_ADMIN, Membership.Role.MODERATOR],
        )
    )
    if role not in {Membership.Role.MEMBER, Membership.Role.ORG_ADMIN}:
        role = ""
    refusal = member_decision_refusal(
        membership_of(by), membership, approve=approve, role=role
    )
    if refusal:
        raise MemberDecisionRefused(refusal)
    membership.status = (
        Membership.Status.APPROVED if approve else Membership.Status.REJECTED
    )
    if approve and role:
        membership.role = role
    if not approve:
        membership.role = Membership.Role.MEMBER
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save()


@transaction.atomic
def practice_save(form, *, membership, user) -> Practice:
    """Save a practice form for the member's organisation, with its attachment."""
    practice = form.save(commit=False)
    if practice.pk is not None:
        stored = Practice.objects.only("publication").get(pk=practice.pk)
        if not takedown_liftable_by(stored, membership):
            practice.publication = Practice.Publication.UNPUBLISHED
    if practice.pk is None:
        practice.organisation = membership.organisation
        practice.author = user
    practice.save()
    form.save_m2m()
    upload = form.cleaned_data.get("attachment")
    if upload:
        suffix = PurePath(upload.name).suffix.lower()
        name = (form.cleaned_data.get("attachment_title") or "").strip()
        name = name + suffix if name and not name.lower().endswith(suffix) else name
        PracticeAttachment.objects.create(
            practice=practice,
            file=upload,
            original_name=(name or PurePath(upload.name).name)[-200:],
            content_type=content_type_for(upload.name),
            size=upload.size,
            uploaded_by=user,
        )
    return practice


def practice_unpublish(practice, *, by_moderator: bool) -> None:
    """Take a practice offline: a moderator's takedown (only a moderator lifts
    it), or the organisation's own step back to a draft."""
    if practice.publication == Practice.Publication.UNPUBLISHED:
        return  # a takedown holds; "offline" again must not turn it into a draft
    practice.publication = (
        Practice.Publication.UNPUBLISHED if by_moderator else Practice.Publication.DRAFT
    )
    practice.save(update_fields=["publication", "updated_at"])


def practice_republish(practice) -> None:
    """A moderator lifts a takedown: the practice is published again."""
    practice.publication = Practice.Publication.PUBLISHED
    practice.save(update_fields=["publication", "updated_at"])


@transaction.atomic
def question_post(practice, *, user, body: str, request=None) -> PracticeQuestion:
    """Add a question under a practice and e-mail its author (not the asker).

    The mail is queued in the outbox with the question: a failing mail server
    delays it and never loses the question.
    """
    question = PracticeQuestion.objects.create(
        practice=practice, author=user, body=body
    )
    recipients = {
        address
        for address in [
            practice.author.email if practice.author else "",
            practice.contact_email,
        ]
        if address and address != user.email
    }
    if recipients:
        url = practice.get_absolute_url()
        if request is not None:
            url = request.build_absolute_uri(url)
        message = render_to_string(
            "professionals/email/question.txt",
            {"practice": practice, "question": question, "url": url},
        )
        # mail_queue makes the subject one line, whatever the title holds.
        mail_queue(
            sorted(recipients),
            _("[Eenouderpunt] Nieuwe vraag bij '%(title)s'")
            % {"title": practice.title[:80]},
            message,
            from_email=settings.DEFAULT_FROM_EMAIL,
        )
    return question


@transaction.atomic
def checklist_save(organisation, cleaned: dict, *, user) -> int:
    """Store the answers of the checklist form; an empty answer removes a row."""
    saved = 0
    existing = {a.item_key: a for a in organisation.checklist_answers.all()}
    for key in checklist.ITEM_KEYS:
        answer = cleaned.get(f"answer_{key}") or ""
        note = cleaned.get(f"note_{key}") or ""
        row = existing.get(key)
        if not answer:
            if row:
                row.delete()
            continue
        if row is None:
            ChecklistAnswer.objects.create(
                organisation=organisation,
                item_key=key,
                answer=answer,
                note=note,
                updated_by=user,
            )
        elif (row.answer, row.note) != (answer, note):
            row.answer, row.note, row.updated_by = answer, note, user
            row.save()
        saved += 1
    return saved
