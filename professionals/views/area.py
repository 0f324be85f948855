"""Start page, waiting page and member approvals of the secure area."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gemeenten.models import MunicipalityPage
from lotgenoten.models import SignUp
from professionals import services
from professionals.forms import MembershipDecisionForm, MembershipRequestForm
from professionals.models import Membership, Practice
from professionals.permissions import (
    member_decision_refusal,
    member_required,
    organisation_approved,
    signups_for,
)
from professionals.selectors import pending_memberships_for


@member_required
def dashboard(request):
    membership = request.membership
    organisation = membership.organisation
    context = {
        "nav": "start",
        "new_signups": signups_for(membership).filter(status=SignUp.Status.NEW).count(),
        "membership": membership,
        "own_practices": Practice.objects.filter(organisation=organisation)[:10],
        "recent_practices": Practice.objects.published()
        .select_related("organisation")
        .exclude(organisation=organisation)[:5],
        "pending_count": pending_memberships_for(membership).count()
        if membership.is_org_admin
        else 0,
        "can_edit_municipality_page": _can_edit_municipality_page(membership),
        "municipality_page": MunicipalityPage.objects.filter(
            organisation=organisation
        ).first(),
    }
    return render(request, "professionals/dashboard.html", context)


def _can_edit_municipality_page(membership) -> bool:
    organisation = membership.organisation
    return (
        membership.is_org_admin
        and organisation.kind == "gemeente"
        and organisation.municipality_id is not None
    )


@member_required(allow_waiting=True)
def waiting(request):
    if request.membership is not None:
        return redirect("professionals:dashboard")
    membership = request.waiting_membership
    form = None
    if membership is None or membership.status == Membership.Status.REJECTED:
        form = MembershipRequestForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            form.request_membership(request.user)
            messages.success(request, _("Je aanvraag is verstuurd."))
            return redirect("professionals:waiting")
    return render(
        request,
        "professionals/waiting.html",
        {
            "waiting_membership": membership,
            "form": form,
            "organisation_requested": membership is not None
            and not organisation_approved(membership.organisation),
        },
    )


@member_required
def members(request):
    membership = request.membership
    if not membership.is_org_admin:
        return render(request, "professionals/forbidden.html", status=403)
    return render(
        request,
        "professionals/members.html",
        {
            "pending": pending_memberships_for(membership),
            "nav": "members",
            "approved": Membership.objects.filter(
                organisation=membership.organisation,
                status=Membership.Status.APPROVED,
            ).select_related("user"),
        },
    )


@member_required
@require_POST
def member_decide(request, pk):
    target = get_object_or_404(
        Membership.objects.select_related("user", "organisation"), pk=pk
    )
    form = MembershipDecisionForm(request.POST)
    approve = form.is_valid() and form.cleaned_data["decision"] == "approve"
    role = form.cleaned_data["role"] if form.is_valid() else ""
    refusal = member_decision_refusal(
        request.membership, target, approve=approve, role=role
    )
    if refusal:
        return _refused(request, refusal)
    if form.is_valid():
        try:
            services.membership_decide(
                target, by=request.user, approve=approve, role=role
            )
        except services.MemberDecisionRefused as refused:
            return _refused(request, str(refused))
        messages.success(
            request,
            _("%(email)s is goedgekeurd.") % {"email": target.user.email}
            if approve
            else _("%(email)s is afgewezen.") % {"email": target.user.email},
        )
    return redirect("professionals:members")


def _refused(request, reason: str):
    return render(
        request, "professionals/forbidden.html", {"reason": reason}, status=403
    )
