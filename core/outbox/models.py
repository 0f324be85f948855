from django.db import models
from django.utils.translation import gettext_lazy as _

SUBJECT_MAX_LENGTH = 200


class OutboxMail(models.Model):
    """One e-mail waiting to be delivered.

    A row lives only until its mail is delivered (then it is deleted, so no personal
    data stays behind) or, when delivery keeps failing, until `outbox_prune` removes
    it after OUTBOX_FAILED_RETENTION_DAYS.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("In de wachtrij")
        RETRYING = "retrying", _("Wordt opnieuw geprobeerd")
        FAILED = "failed", _("Mislukt")

    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    subject = models.CharField(_("onderwerp"), max_length=SUBJECT_MAX_LENGTH)
    body = models.TextField(_("tekst"))
    html_body = models.TextField(_("HTML-tekst"), blank=True)
    from_email = models.CharField(_("afzender"), max_length=320, blank=True)
    to = models.JSONField(_("aan"), default=list)
    cc = models.JSONField(_("cc"), default=list)
    bcc = models.JSONField(_("bcc"), default=list)
    reply_to = models.JSONField(_("antwoord aan"), default=list)
    headers = models.JSONField(_("kopregels"), default=dict)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    # The class of the last error only: its message may hold an address.
    last_error = models.CharField(_("laatste fout"), max_length=100, blank=True)
    next_attempt_at = models.DateTimeField(_("volgende poging"), null=True)

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"E-mail {self.pk} ({self.get_status_display()})"

    @property
    def recipient_domains(self) -> list[str]:
        """The domains the mail goes to: what editors may see (never the address)."""
        return sorted(
            {
                address.rsplit("@", 1)[-1].strip(" >").lower()
                for address in [*self.to, *self.cc, *self.bcc]
                if "@" in address
            }
        )
