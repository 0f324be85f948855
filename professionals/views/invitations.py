"""Accepting an editors' invitation to keep a gemeente's page.

The link from the e-mail opens `invitation_open`, which only checks the token
and keeps it in the session (it shows nothing but the gemeente's name). Accepting
is `invitation_accept`, behind member_required like every page of the area: the
invitee first signs in, confirms their address and sets up two-factor.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from professionals import services
from professionals.permissions import member_required

SESSION_KEY = "professionals_invitation"

PROBLEMS = {
    services.InvitationInvalid: (
        _("Deze uitnodiging kennen we niet"),
        _(
            "De link is niet compleet of klopt niet. Kopieer de hele link uit de "
            "e-mail, of vraag de redactie van Eenouderpunt om een nieuwe uitnodiging."
        ),
        404,
    ),
    services.InvitationExpired: (
        _("Deze uitnodiging is verlopen"),
        _(
            "Een uitnodiging werkt 14 dagen. Vraag de redactie van Eenouderpunt om "
            "een nieuwe uitnodiging."
        ),
        410,
    ),
    services.InvitationUsed: (
        _("Deze uitnodiging is al gebruikt"),
        _(
            "Iemand heeft deze uitnodiging al aangenomen. Een uitnodiging werkt maar "
            "één keer. Werk je bij deze gemeente? Maak dan een account en kies je "
            "gemeente: de beheerder keurt je aanvraag goed."
        ),
        410,
    ),
}


def _problem(request, error):
    title, text, status = PROBLEMS[type(error)]
    request.session.pop(SESSION_KEY, None)
    response = render(
        request,
        "professionals/invitation_problem.html",
        {"title": title, "text": text},
        status=status,
    )
    return response


@never_cache
@require_http_methods(["GET", "HEAD"])
def invitation_open(request, token):
    """Public: the link in the e-mail. Checks the token, keeps it in the session."""
    try:
        invitation = services.invitation_read(token)
    except tuple(PROBLEMS) as error:
        return _problem(request, error)
    request.session[SESSION_KEY] = token
    accept_url = reverse("professionals:invitation_accept")
    return render(
        request,
        "professionals/invitation_open.html",
        {
            "municipality": invitation.municipality,
            "signed_in": request.user.is_authenticated,
            "accept_url": accept_url,
        },
    )


invitation_open.public_token_view = True


@member_required(allow_waiting=True)
def invitation_accept(request):
    token = request.session.get(SESSION_KEY)
    if not token:
        return render(
            request,
            "professionals/invitation_problem.html",
            {
                "title": _("Geen uitnodiging gevonden"),
                "text": _(
                    "Open de link uit de e-mail met de uitnodiging opnieuw, in deze "
                    "browser."
                ),
            },
            status=410,
        )
    try:
        invitation = services.invitation_read(token)
    except tuple(PROBLEMS) as error:
        return _problem(request, error)
    if request.method == "POST":
        try:
            services.invitation_accept(token, request.user)
        except tuple(PROBLEMS) as error:
            return _problem(request, error)
        request.session.pop(SESSION_KEY, None)
        return redirect("professionals:municipality_page")
    return render(
        request,
        "professionals/invitation_accept.html",
        {"municipality": invitation.municipality},
    )
