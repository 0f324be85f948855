"""Who may use the secure area: organisation profiles and memberships."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from professionals.models.choices import SizeClass


class OrganisationProfile(models.Model):
    """What the secure area needs to know about a member organisation.

    Kept beside `content.Organisation` (a shared contract we do not change).
    """

    organisation = models.OneToOneField(
        "content.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="professional_profile",
    )
    size_class = models.CharField(
        _("grootteklasse"),
        max_length=12,
        choices=SizeClass.choices,
        default=SizeClass.NOT_APPLICABLE,
    )
    email_domains = models.TextField(
        _("e-maildomeinen die direct worden goedgekeurd"),
        blank=True,
        help_text=_("Eén domein per regel, bijvoorbeeld zutphen.nl."),
    )

    class Approval(models.TextChoices):
        APPROVED = "approved", _("Goedgekeurd")
        REQUESTED = "requested", _("Aangevraagd, wacht op de redactie")
        REJECTED = "rejected", _("Afgewezen door de redactie")

    approval = models.CharField(
        _("goedkeuring door de redactie"),
        max_length=10,
        choices=Approval.choices,
        default=Approval.APPROVED,
        db_index=True,
        help_text=_(
            "Een organisatie die iemand bij het aanmelden aanvraagt, wacht tot de "
            "redactie haar goedkeurt. Wie haar aanvroeg, wordt dan beheerder."
        ),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    open_for_signup = models.BooleanField(
        _("zichtbaar bij aanmelden"),
        default=True,
        help_text=_("Mensen kunnen deze organisatie kiezen als ze een account maken."),
    )

    class Meta:
        verbose_name = _("organisatieprofiel")
        verbose_name_plural = _("organisatieprofielen")

    def __str__(self):
        return str(self.organisation)

    @property
    def is_approved(self) -> bool:
        return self.approval == self.Approval.APPROVED

    @property
    def domains(self) -> list[str]:
        return [
            line.strip().lower().lstrip("@")
            for line in self.email_domains.splitlines()
            if line.strip()
        ]


class Membership(models.Model):
    """A user's place in one organisation, with role and approval state."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Lid")
        ORG_ADMIN = "org_admin", _("Beheerder van de organisatie")
        MODERATOR = "moderator", _("Moderator van het portaal")

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op goedkeuring")
        APPROVED = "approved", _("Goedgekeurd")
        REJECTED = "rejected", _("Afgewezen")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(
        _("rol"), max_length=12, choices=Role.choices, default=Role.MEMBER
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    job_title = models.CharField(_("functie"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besloten door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["organisation__name", "user__email"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self):
        return f"{self.user} ({self.organisation})"

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_moderator(self) -> bool:
        return self.is_approved and self.role == self.Role.MODERATOR

    @property
    def is_org_admin(self) -> bool:
        return self.is_approved and self.role in {
            self.Role.ORG_ADMIN,
            self.Role.MODERATOR,
        }
