"""Who runs a group, and who hears of a parent's sign-up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GroupContact(models.Model):
    """The organiser and the contact details parents see (and the private one)."""

    organiser = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_groups",
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=100, blank=True)
    contact_role = models.CharField(
        _("rol van de contactpersoon"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld sociaal werker."),
    )
    contact_phone = models.CharField(
        _("telefoon (openbaar)"), max_length=30, blank=True
    )
    contact_email = models.EmailField(_("e-mail (openbaar)"), blank=True)
    notify_email = models.EmailField(
        _("e-mail voor aanmeldingen"),
        blank=True,
        help_text=_(
            "Niet openbaar. Hier komen aanmeldingen en herinneringen binnen. "
            "Leeg: het e-mailadres van de organisator."
        ),
    )

    class Meta:
        abstract = True

    @property
    def signup_email(self) -> str:
        """Where sign-ups go: the group's private address, else the organiser's."""
        if self.notify_email:
            return self.notify_email
        return self.organiser.email if self.organiser_id and self.organiser else ""
