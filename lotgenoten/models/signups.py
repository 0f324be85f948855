"""What parents send in: a sign-up for a group, a request to start one."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from lotgenoten.models.events import Event
from lotgenoten.models.groups import PeerGroup


class SignUp(models.Model):
    """A parent's "Ik wil meedoen" for a group or an event (exactly one of the two).

    Deleted 90 days after it is closed.
    """

    class Status(models.TextChoices):
        NEW = "nieuw", _("Nieuw")
        CONTACTED = "contact", _("Contact opgenomen")
        CLOSED = "afgesloten", _("Afgesloten")

    group = models.ForeignKey(
        PeerGroup,
        verbose_name=_("groep"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signups",
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("activiteit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signups",
    )
    name = models.CharField(_("voornaam of bijnaam"), max_length=60)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=20, blank=True)
    message = models.TextField(_("bericht"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    handled_at = models.DateTimeField(_("behandeld op"), null=True, blank=True)
    closed_at = models.DateTimeField(
        _("afgesloten op"), null=True, blank=True, db_index=True
    )
    reminder_sent_at = models.DateTimeField(
        _("herinnering verstuurd op"), null=True, blank=True
    )

    panels = [FieldPanel("status")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(group__isnull=False, event__isnull=True)
                | models.Q(group__isnull=True, event__isnull=False),
                name="signup_for_group_or_event",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.target})"

    def save(self, *args, **kwargs):
        now = timezone.now()
        if self.status != self.Status.NEW and self.handled_at is None:
            self.handled_at = now
        if self.status == self.Status.CLOSED and self.closed_at is None:
            self.closed_at = now
        if self.status != self.Status.CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)

    @property
    def target(self):
        """What the parent signed up for: the group or the event."""
        return self.group if self.group_id else self.event


class GroupRequest(models.Model):
    """'Start zelf een groep': a parent or professional asks for help to start one."""

    class Role(models.TextChoices):
        PARENT = "ouder", _("Ik ben ouder")
        PROFESSIONAL = "professional", _("Ik werk bij een organisatie of gemeente")

    role = models.CharField(_("wie ben je"), max_length=20, choices=Role.choices)
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mail"))
    place = models.CharField(_("plaats of postcode"), max_length=100)
    message = models.TextField(_("wat heb je in gedachten"), max_length=2000)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    handled = models.BooleanField(_("afgehandeld"), default=False)

    panels = [FieldPanel("handled")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("verzoek nieuwe groep")
        verbose_name_plural = _("verzoeken nieuwe groep")

    def __str__(self):
        return f"{self.name}, {self.place}"


class OrganiserLinkUse(models.Model):
    """An organiser's one-click link that has done its action: it works only once.

    Only a hash of the link is kept, and only while the link could still work.
    """

    token_hash = models.CharField(max_length=64, unique=True)
    group = models.ForeignKey(
        PeerGroup, null=True, on_delete=models.CASCADE, related_name="+"
    )
    action = models.CharField(max_length=20)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("gebruikte organisatorlink")
        verbose_name_plural = _("gebruikte organisatorlinks")

    def __str__(self):
        return f"{self.group_id}: {self.action}"
