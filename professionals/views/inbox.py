"""Inbox: sign-ups for the peer groups of the member's organisation they manage.

Reads through permissions.signups_for; each sign-up is checked to belong to one of
the organisation's groups that this member manages before it is shown or changed.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotgenoten.models import SignUp
from professionals.permissions import member_required, signups_for

STATUSES = [value for value, _label in SignUp.Status.choices]


@member_required
def inbox(request):
    status = request.GET.get("status", "")
    signups = signups_for(request.membership)
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
    signup = signups_for(request.membership).filter(pk=pk).first()
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
