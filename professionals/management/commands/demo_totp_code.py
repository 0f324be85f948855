"""Print the current two-factor code of a demo account (development only)."""

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from professionals.management.commands.load_demo_professionals import demo_totp_secret


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo account (only with DEBUG on)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen voor ontwikkeling (DJANGO_DEBUG=true).")
        user = get_user_model().objects.filter(email=email).first()
        if user is None or not email.endswith(".example"):
            raise CommandError("Geen demo-account met dit e-mailadres.")
        if not Authenticator.objects.filter(user=user, type="totp").exists():
            raise CommandError("Dit account heeft geen tweestapsverificatie.")
        counter = int(time.time()) // app_settings.TOTP_PERIOD
        self.stdout.write(
            format_hotp_value(hotp_value(demo_totp_secret(email), counter))
        )
