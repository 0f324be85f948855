"""Answers to the re-integration checklist, one row per organisation and item."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChecklistAnswer(models.Model):
    class Answer(models.TextChoices):
        YES = "ja", _("Ja")
        PARTLY = "gedeeltelijk", _("Gedeeltelijk")
        NO = "nee", _("Nee")
        UNKNOWN = "weet-niet", _("Weet ik niet")

    organisation = models.ForeignKey(
        "content.Organisation",
        on_delete=models.CASCADE,
        related_name="checklist_answers",
    )
    item_key = models.CharField(max_length=40)
    answer = models.CharField(_("antwoord"), max_length=12, choices=Answer.choices)
    note = models.TextField(_("toelichting"), max_length=1000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "item_key"], name="one_answer_per_item"
            )
        ]
        verbose_name = _("antwoord checklist")
        verbose_name_plural = _("antwoorden checklist")

    def __str__(self):
        return f"{self.organisation}: {self.item_key}"
