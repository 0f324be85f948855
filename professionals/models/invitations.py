"""Invitations from the editors to a municipality to keep its page."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long an invitation link works.
INVITATION_MAX_AGE = datetime.timedelta(days=14)


def _unused_hash():
    # Unique until invitation_send stores the hash of the real token.
    return secrets.token_hex(32)


def _expires_at():
    return timezone.now() + INVITATION_MAX_AGE


class MunicipalityInvitation(models.Model):
    """A single-use, expiring link e-mailed to a municipality's contact.

    Only a hash of the token is stored: the link lives in the e-mail alone, so a
    copy of the database cannot be used to accept an invitation.
    """

    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(
        _("e-mailadres van de contactpersoon"),
        help_text=_("Hierheen sturen we de uitnodiging. De link werkt 14 dagen."),
    )
    contact_name = models.CharField(
        _("naam van de contactpersoon (mag leeg blijven)"), max_length=100, blank=True
    )
    token_hash = models.CharField(
        max_length=64, unique=True, editable=False, default=_unused_hash
    )
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verstuurd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    expires_at = models.DateTimeField(
        _("verloopt op"), default=_expires_at, editable=False
    )
    accepted_at = models.DateTimeField(
        _("gebruikt op"), null=True, blank=True, editable=False
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geaccepteerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging voor een gemeente")
        verbose_name_plural = _("uitnodigingen voor gemeenten")

    def __str__(self):
        return f"{self.municipality} ({self.email})"

    @property
    def state(self) -> str:
        """Dutch state for the admin list: open, gebruikt or verlopen."""
        if self.accepted_at is not None:
            return str(_("Gebruikt"))
        if self.expires_at <= timezone.now():
            return str(_("Verlopen"))
        return str(_("Open"))

    state.fget.short_description = _("status")
