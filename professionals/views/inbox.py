"""Inbox: sign-ups for the peer groups that the member's organisation runs.

Reads through lotgenoten.selectors (the layer below); each sign-up is checked to
belong to one of the organisation's groups before it is shown or changed.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotgenoten.models import SignUp
from lotgenoten.selectors import signups_for_organisation
from professionals.permissions import member_required

STATUSES = [value for value, _label in SignUp.Status.choices]


@member_required
def inbox(request):
    organisation = request.membership.organisation
    status = request.GET.get("status", "")
    signups = signups_for_organisation(organisation)
    if status in STATUSES:
        signups = signups.filter(status=status)
    return render(
        request,
        "professionals/inbox.html",
        {
            "signups": signups,
            "status": status if status in STATUSES else "",
            "statuses": SignUp.Status.choices,
            "nav": "inbox",
        },
    )


@member_required
@require_POST
def inbox_status(request, pk):
    organisation = request.membership.organisation
    signup = signups_for_organisation(organisation).filter(pk=pk).first()
    if signup is None:
        raise Http404
    status = request.POST.get("status", "")
    if status in STATUSES:
        signup.status = status
        signup.save()
        messages.success(
            request,
            _("De status van de aanmelding van %(name)s is nu: %(status)s.")
            % {"name": signup.name, "status": signup.get_status_display()},
        )
    return redirect("professionals:inbox")
