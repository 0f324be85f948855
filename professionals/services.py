"""Writes of the secure area: memberships, practices, questions, checklist."""

import datetime
import hashlib
import logging
import secrets
from pathlib import PurePath

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import Organisation
from core.mail import mail_queue
from professionals import checklist
from professionals.models import (
    ChecklistAnswer,
    Membership,
    MunicipalityInvitation,
    OrganisationProfile,
    Practice,
    PracticeAttachment,
    PracticeQuestion,
)
from professionals.models.invitations import INVITATION_MAX_AGE
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


@transaction.atomic
def membership_request_for(
    user,
    *,
    kind: str,
    municipality=None,
    organisation=None,
    new_organisation_name: str = "",
    job_title: str = "",
) -> Membership:
    """Ask to join the organisation chosen at sign-up (or on the waiting page).

    For a gemeente that has no organisation on the portal yet, and for a new
    organisation typed by name, an organisation is created that waits for the
    editors (`OrganisationProfile.approval`); whoever asked becomes its admin when
    they approve it (`organisation_request_decide`).
    """
    if kind == Organisation.Kind.MUNICIPALITY:
        organisation = municipality_organisation(municipality, requested_by=user)
    elif organisation is None:
        organisation = Organisation.objects.create(
            name=new_organisation_name, kind=kind
        )
        OrganisationProfile.objects.create(
            organisation=organisation,
            approval=OrganisationProfile.Approval.REQUESTED,
            requested_by=user,
        )
    return membership_request(user, organisation, job_title=job_title)


def municipality_organisation(municipality, *, requested_by=None) -> Organisation:
    """The gemeente's organisation on the portal; created (waiting for the
    editors' approval, unless nobody asked) when it has none yet."""
    organisation = (
        Organisation.objects.filter(
            kind=Organisation.Kind.MUNICIPALITY, municipality=municipality
        )
        .order_by("pk")
        .first()
    )
    if organisation is not None:
        return organisation
    name = f"Gemeente {municipality.name}"
    same_name = Organisation.objects.filter(name__iexact=name).first()
    if same_name is not None:
        if same_name.kind == Organisation.Kind.MUNICIPALITY and not (
            same_name.municipality_id
        ):
            # Made by an editor without choosing the gemeente: it is this one.
            same_name.municipality = municipality
            same_name.save(update_fields=["municipality"])
            return same_name
        name = f"{name} ({municipality.cbs_code})"
    organisation = Organisation.objects.create(
        name=name, kind=Organisation.Kind.MUNICIPALITY, municipality=municipality
    )
    OrganisationProfile.objects.create(
        organisation=organisation,
        approval=OrganisationProfile.Approval.REQUESTED
        if requested_by
        else OrganisationProfile.Approval.APPROVED,
        requested_by=requested_by,
    )
    return organisation


@transaction.atomic
def organisation_request_decide(profile: OrganisationProfile, *, by) -> int:
    """Apply the editors' decision on an organisation asked for at sign-up.

    Approved: the person who asked becomes its admin (their membership is
    approved with that role) and gets an e-mail. Rejected: the pending requests
    for it are rejected, so those people can choose another organisation.
    Returns the number of memberships changed; calling it twice changes nothing.
    """
    pending = Membership.objects.select_for_update().filter(
        organisation_id=profile.organisation_id, status=Membership.Status.PENDING
    )
    now = timezone.now()
    if profile.approval == OrganisationProfile.Approval.REJECTED:
        return pending.update(
            status=Membership.Status.REJECTED, decided_at=now, decided_by=by
        )
    if profile.approval != OrganisationProfile.Approval.APPROVED:
        return 0
    requester = pending.filter(user_id=profile.requested_by_id).first()
    if requester is None:
        return 0
    requester.status = Membership.Status.APPROVED
    requester.role = Membership.Role.ORG_ADMIN
    requester.decided_at, requester.decided_by = now, by
    requester.save()
    mail_queue(
        [requester.user.email],
        _("[Eenouderpunt] Je organisatie is goedgekeurd"),
        render_to_string(
            "professionals/email/organisation_approved.txt",
            {
                "organisation": profile.organisation,
                "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("professionals:dashboard"),
            },
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
    )
    return 1


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


# --- Invitations to a municipality --------------------------------------------------

INVITATION_SALT = "professionals.municipality-invitation"


class InvitationInvalid(Exception):
    """The link is not one of ours (changed, cut off, or the invitation is gone)."""


class InvitationExpired(Exception):
    pass


class InvitationUsed(Exception):
    """Someone accepted this invitation, or another one for the same gemeente."""


def _invitation_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_send(invitation: MunicipalityInvitation, *, by=None) -> str:
    """Give a saved invitation a fresh token and e-mail the link to its contact.

    Only the token's hash is stored; returns the token (for tests). Sending again
    makes the old link stop working.
    """
    token = signing.dumps(
        {"i": invitation.pk, "n": secrets.token_urlsafe(16)}, salt=INVITATION_SALT
    )
    invitation.token_hash = _invitation_hash(token)
    invitation.expires_at = timezone.now() + INVITATION_MAX_AGE
    if by is not None:
        invitation.created_by = by
    invitation.save(update_fields=["token_hash", "expires_at", "created_by"])
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "professionals:invitation", kwargs={"token": token}
    )
    mail_queue(
        [invitation.email],
        _("[Eenouderpunt] Uitnodiging: houd de pagina van gemeente %(name)s bij")
        % {"name": invitation.municipality.name},
        render_to_string(
            "professionals/email/municipality_invitation.txt",
            {
                "contact_name": invitation.contact_name,
                "municipality": invitation.municipality,
                "url": url,
                "expires_at": invitation.expires_at,
            },
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
    )
    return token


def invitation_read(token: str) -> MunicipalityInvitation:
    """The open invitation a token is for. Raises InvitationInvalid,
    InvitationExpired or InvitationUsed."""
    token = str(token)[:500]
    try:
        data = signing.loads(
            token,
            salt=INVITATION_SALT,
            max_age=INVITATION_MAX_AGE.total_seconds(),
        )
    except signing.SignatureExpired as error:
        raise InvitationExpired from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvitationInvalid from error
    pk = data.get("i") if isinstance(data, dict) else None
    invitation = (
        MunicipalityInvitation.objects.select_related("municipality")
        .filter(pk=pk, token_hash=_invitation_hash(token))
        .first()
        if isinstance(pk, int)
        else None
    )
    if invitation is None:
        raise InvitationInvalid
    if invitation.accepted_at is not None:
        raise InvitationUsed
    if invitation.expires_at <= timezone.now():
        raise InvitationExpired
    return invitation


@transaction.atomic
def invitation_accept(token: str, user) -> Membership:
    """The first person to accept becomes the gemeente's admin on the portal.

    Call only for a user who passed two-factor set-up (the view does so through
    member_required). Spends this invitation and every other open one for the
    same gemeente in one guarded update, so two people at once cannot both win.
    """
    invitation = invitation_read(token)
    now = timezone.now()
    spent = MunicipalityInvitation.objects.filter(
        pk=invitation.pk, accepted_at__isnull=True
    ).update(accepted_at=now, accepted_by=user)
    if spent != 1:
        raise InvitationUsed
    MunicipalityInvitation.objects.filter(
        municipality_id=invitation.municipality_id, accepted_at__isnull=True
    ).update(accepted_at=now)
    organisation = municipality_organisation(invitation.municipality)
    OrganisationProfile.objects.update_or_create(
        organisation=organisation,
        defaults={"approval": OrganisationProfile.Approval.APPROVED},
    )
    membership, _created = Membership.objects.update_or_create(
        user=user,
        defaults={
            "organisation": organisation,
            "status": Membership.Status.APPROVED,
            "role": Membership.Role.ORG_ADMIN,
            "decided_at": now,
            "decided_by": invitation.created_by,
        },
    )
    return membership


def invitations_delete_expired(now=None) -> int:
    """Forget the contact's address 30 days after an invitation ended."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=30)
    deleted, _ = MunicipalityInvitation.objects.filter(
        models.Q(accepted_at__lt=cutoff) | models.Q(expires_at__lt=cutoff)
    ).delete()
    return deleted
