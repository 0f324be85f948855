"""Editors use the Wagtail admin only with two-factor authentication set up;
everyone else who is signed in is sent from /admin/ to their own area."""

from allauth.mfa.utils import is_mfa_enabled
from django.shortcuts import redirect
from django.urls import reverse


class EditorsNeedTwoFactorMiddleware:
    """Send a signed-in user without two-factor from /admin/ to the set-up page.

    The admin's own login already goes through allauth (WAGTAILADMIN_LOGIN_URL), so
    an editor who has two-factor had to use it to sign in.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        # Wagtail's own login and password reset would skip two-factor and the
        # rate limits: everything goes through allauth instead.
        if request.path.startswith(("/admin/login/", "/admin/password_reset/")):
            return redirect(reverse("account_login"))
        user = getattr(request, "user", None)
        if (
            request.path.startswith("/admin/")
            and user is not None
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            # Wagtail would send a signed-in user without admin rights to the login
            # page, which sends them straight back here: a redirect loop. Their own
            # area is the secure area (which also tells the not-yet-approved why).
            return redirect(reverse("professionals:dashboard"))
        if (
            request.path.startswith(self.admin_prefixes)
            and user is not None
            and user.is_authenticated
            and not is_mfa_enabled(user)
        ):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
