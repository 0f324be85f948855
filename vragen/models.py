"""A parent's question, its answers, and which organisation takes whose questions.

Only what is needed to answer is kept: no full postcode (the gemeente is enough for
routing), a first name or nickname at most, and everything is deleted
QUESTION_RETENTION_DAYS after the question is closed (`vragen_delete_expired`).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/I/L, U: a reference read out over the phone is not misheard.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
QUESTION_MAX_LENGTH = 2000


def reference_new() -> str:
    """A random reference such as "V-7K3M-9QXA": not sequential, not guessable
    (30^8, about 6.6e11 possibilities, from the operating system's randomness)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"V-{chars[:4]}-{chars[4:]}"


class Question(models.Model):
    class Status(models.TextChoices):
        NEW = "nieuw", _("Nieuw")
        IN_PROGRESS = "in_behandeling", _("In behandeling")
        ANSWERED = "beantwoord", _("Beantwoord")
        CLOSED = "gesloten", _("Gesloten")

    class Contact(models.TextChoices):
        EMAIL = "email", _("Per e-mail")
        PHONE = "telefoon", _("Per telefoon")

    OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS)

    reference = models.CharField(
        _("referentie"), max_length=12, unique=True, default=reference_new
    )
    text = models.TextField(_("vraag"), max_length=QUESTION_MAX_LENGTH)
    contact = models.CharField(
        _("antwoord via"), max_length=10, choices=Contact.choices
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=20, blank=True)
    call_times = models.CharField(_("bellen liefst"), max_length=200, blank=True)
    name = models.CharField(_("voornaam of bijnaam"), max_length=60, blank=True)
    language = models.CharField(
        _("taal"),
        max_length=8,
        default="nl",
        editable=False,
        help_text=_("De taal van de pagina waarop de vraag is gesteld."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    urgent = models.BooleanField(_("dringend"), default=False, db_index=True)
    safety_topics = models.CharField(
        _("signaalwoorden over"), max_length=100, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )
    organisation = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("beantwoord door organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leeg: het landelijke team van Eenouderpunt."),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = models.BooleanField(_("voorbeeld"), default=False)
    created_at = models.DateTimeField(_("gesteld op"), default=timezone.now)
    due_date = models.DateField(_("antwoord uiterlijk op"), db_index=True)
    first_answered_at = models.DateTimeField(
        _("eerste antwoord op"), null=True, blank=True
    )
    closed_at = models.DateTimeField(
        _("gesloten op"), null=True, blank=True, db_index=True
    )
    reminder_sent_at = models.DateTimeField(
        _("herinnering verstuurd op"), null=True, blank=True
    )

    class Meta:
        ordering = ["due_date", "created_at"]
        verbose_name = _("vraag van een ouder")
        verbose_name_plural = _("vragen van ouders")

    def __str__(self):
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.is_open and self.due_date < today


class Answer(models.Model):
    class Via(models.TextChoices):
        EMAIL = "email", _("Per e-mail verstuurd")
        PHONE = "telefoon", _("Gebeld")

    question = models.ForeignKey(
        Question,
        verbose_name=_("vraag"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    text = models.TextField(_("antwoord"), max_length=5000)
    via = models.CharField(_("hoe"), max_length=10, choices=Via.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")

    def __str__(self):
        return f"{self.question} ({self.get_via_display()})"


class RoutingOptIn(models.Model):
    """An organisation answers the questions of parents in these gemeenten,
    instead of the national team."""

    organisation = models.OneToOneField(
        "content.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="question_routing",
    )
    municipalities = models.ManyToManyField(
        "core.Municipality",
        verbose_name=_("gemeenten"),
        blank=True,
        related_name="+",
    )
    active = models.BooleanField(_("neemt vragen aan"), default=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("vragen voor een gemeente")
        verbose_name_plural = _("vragen voor gemeenten")

    def __str__(self):
        return str(self.organisation)
