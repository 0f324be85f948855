"""Access to the secure area, checked in one place.

Every view under /professionals/ is wrapped in `member_required`. In order it checks:
signed in → verified e-mail address → two-factor set up → approved membership
→ an organisation the editors approved (one asked for at sign-up waits for them).
Object views then use `editable_by` / `unpublishable_by` so a member only changes
what belongs to their own organisation (moderators may take anything offline, and
only they lift such a takedown: `takedown_liftable_by`). Who may change whose
membership is `member_decision_refusal`; the inbox reads through `signups_for`.
Every response of the area is sent with `Cache-Control: no-store`.
"""

from functools import wraps

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from lotgenoten.selectors import signups_managed_by
from professionals.models import Membership, OrganisationProfile, Practice


def access_block(user) -> str | None:
    """Why `user` may not enter the secure area yet, or None when they may.

    One of "anonymous", "unverified", "no_two_factor", "no_membership", "pending",
    "rejected". Each step assumes the ones before it passed.
    """
    return _access(user)[0]


def _access(user) -> tuple[str | None, Membership | None]:
    if not user.is_authenticated or not user.is_active:
        return "anonymous", None
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return "unverified", None
    if not is_mfa_enabled(user):
        return "no_two_factor", None
    membership = membership_of(user)
    if membership is None:
        return "no_membership", None
    if membership.status == Membership.Status.PENDING:
        return "pending", membership
    if membership.status == Membership.Status.REJECTED:
        return "rejected", membership
    if not organisation_approved(membership.organisation):
        return "pending", membership
    return None, membership


def organisation_approved(organisation) -> bool:
    """False while the editors have not approved an organisation asked for at
    sign-up (or after they rejected it); organisations without a profile count
    as approved."""
    try:
        profile = organisation.professional_profile
    except OrganisationProfile.DoesNotExist:
        return True
    return profile.is_approved


def membership_of(user) -> Membership | None:
    try:
        return Membership.objects.select_related(
            "organisation__professional_profile", "organisation__municipality"
        ).get(user=user)
    except Membership.DoesNotExist:
        return None


def _redirect_for(request, block: str):
    if block == "anonymous":
        return redirect_to_login(request.get_full_path())
    if block == "unverified":
        return redirect("account_email")
    if block == "no_two_factor":
        return redirect("mfa_activate_totp")
    return redirect("professionals:waiting")


def member_required(view=None, *, allow_waiting: bool = False):
    """Let only approved members with two-factor through; redirect everyone else.

    With `allow_waiting`, signed-in users with a verified address and two-factor
    but no approved membership get through too (the "waiting for approval" page).
    Sets `request.membership`: the approved membership, None for waiting users.
    Every response gets `Cache-Control: no-store` (with Django's never_cache).
    """

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            block, membership = _access(request.user)
            waiting = block in {"no_membership", "pending", "rejected"}
            if block is not None and not (allow_waiting and waiting):
                return _redirect_for(request, block)
            request.membership = membership if block is None else None
            request.waiting_membership = membership
            response = view_func(request, *args, **kwargs)
            # Pages of the secure area show parents' sign-ups, colleagues' e-mail
            # addresses and drafts: no browser or proxy may keep a copy.
            add_never_cache_headers(response)
            return response

        wrapper.member_required = True
        return wrapper

    return decorator(view) if view is not None else decorator


def editable_by(obj, membership: Membership) -> bool:
    """A member changes only what belongs to their own organisation."""
    return membership is not None and obj.organisation_id == membership.organisation_id


def unpublishable_by(practice, membership: Membership) -> bool:
    """Moderators may take any practice offline; others only their own."""
    return editable_by(practice, membership) or (
        membership is not None and membership.is_moderator
    )


def signups_for(membership: Membership):
    """The sign-ups a member sees and handles in the inbox.

    Only those of the organisation's groups that this member manages (as in the
    Wagtail admin): a parent's name and contact details are not for every
    colleague.
    """
    return signups_managed_by(membership.user_id, organisation=membership.organisation)


TAKEDOWN_REASON = _(
    "Een moderator heeft dit voorbeeld offline gehaald. Alleen een moderator kan "
    "het weer publiceren."
)


def takedown_liftable_by(practice, membership: Membership) -> bool:
    """A moderator's takedown holds until a moderator lifts it.

    A practice that is not offline has no takedown to lift.
    """
    if practice.publication != Practice.Publication.UNPUBLISHED:
        return True
    return membership is not None and membership.is_moderator


# Who may change whose membership (approval, rejection, role), in this order:
# 1. nobody decides on themselves;
# 2. moderators' memberships are set by the editors in the Wagtail admin;
# 3. an organisation admin decides on requests for their own organisation, a
#    moderator on every organisation's;
# 4. a member who is already approved (admins included) is rejected or given
#    another role only by a moderator, never by a colleague;
# 5. an organisation keeps at least one approved admin.
REFUSE_SELF = _("Je kunt niet over je eigen lidmaatschap besluiten.")
REFUSE_MODERATOR = _(
    "Moderatoren van het portaal worden door de redactie beheerd. "
    "Neem contact op met de redactie."
)
REFUSE_OTHER_ORGANISATION = _(
    "Je kunt alleen besluiten over aanvragen voor je eigen organisatie."
)
REFUSE_NOT_ADMIN = _("Alleen beheerders van de organisatie besluiten over leden.")
REFUSE_APPROVED_COLLEAGUE = _(
    "%(email)s is al goedgekeurd. Alleen een moderator van het portaal kan dit "
    "lidmaatschap nog wijzigen of intrekken."
)
REFUSE_LAST_ADMIN = _(
    "%(email)s is de laatste beheerder van %(organisation)s. Maak eerst iemand "
    "anders beheerder."
)


def member_decision_refusal(
    membership: Membership | None,
    target: Membership,
    *,
    approve: bool = True,
    role: str = "",
) -> str | None:
    """Why `membership` may not make this decision on `target`, or None if it may.

    The reason is a Dutch sentence for the member. `role` is the role an
    approval gives (empty: the target keeps their role).
    """
    if membership is None or not membership.is_org_admin:
        return REFUSE_NOT_ADMIN
    if target.user_id == membership.user_id:
        return REFUSE_SELF
    if target.role == Membership.Role.MODERATOR:
        return REFUSE_MODERATOR
    if not membership.is_moderator and target.organisation_id != (
        membership.organisation_id
    ):
        return REFUSE_OTHER_ORGANISATION
    if target.status != Membership.Status.APPROVED:
        return None
    new_role = role or target.role
    if approve and new_role == target.role:
        return None  # nothing changes
    if not membership.is_moderator:
        return REFUSE_APPROVED_COLLEAGUE % {"email": target.user.email}
    if target.role == Membership.Role.ORG_ADMIN and _is_last_admin(target):
        return REFUSE_LAST_ADMIN % {
            "email": target.user.email,
            "organisation": target.organisation.name,
        }
    return None


def _is_last_admin(target: Membership) -> bool:
    return (
        not Membership.objects.filter(
            organisation_id=target.organisation_id,
            status=Membership.Status.APPROVED,
            role__in=[Membership.Role.ORG_ADMIN, Membership.Role.MODERATOR],
        )
        .exclude(pk=target.pk)
        .exists()
    )


def event_editable_by(event, membership: Membership) -> bool:
    """A member adds and changes only their own organisation's events."""
    return membership is not None and event.organiser_id == membership.organisation_id
