"""Access to the secure area, checked in one place.

Every view under /professionals/ is wrapped in `member_required`. In order it checks:
signed in → verified e-mail address → two-factor set up → approved membership.
Object views then use `editable_by` / `unpublishable_by` so a member only changes
what belongs to their own organisation (moderators may take anything offline).
"""

from functools import wraps

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect

from professionals.models import Membership


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
    return None, membership


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
            return view_func(request, *args, **kwargs)

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


def manages_members(membership: Membership, target: Membership) -> bool:
    """Organisation admins decide on their own organisation; moderators on all."""
    if membership is None or target.user_id == membership.user_id:
        return False
    if membership.is_moderator:
        return True
    return membership.is_org_admin and target.organisation_id == (
        membership.organisation_id
    )
