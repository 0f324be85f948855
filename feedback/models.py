"""What readers and professionals tell the editors about the public pages.

- `PageFeedbackMonth`: "Was deze pagina nuttig?" as counts per page per month. No
  row per answer: nothing about a reader is kept, only the sums.
- `PageFeedbackComment`: the optional "Wat miste je?" after a "nee", cleaned of
  personal details (feedback.privacy) before it is stored.
- `ErrorReport`: "Dit klopt niet" from an approved professional, in the editors'
  queue with a status and an owner.

A page, scheme or municipal page is named by content type and id, so this app
names none of the apps whose pages it counts. A model takes part by setting the
class attribute `page_feedback = True` (see `feedback_target_model`).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFeedbackMonth(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    yes = models.PositiveIntegerField(_("ja"), default=0)
    no = models.PositiveIntegerField(_("nee"), default=0)

    class Meta:
        verbose_name = _("nuttig-telling")
        verbose_name_plural = _("nuttig-tellingen")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "month"],
                name="feedback_one_count_per_page_month",
            )
        ]
        indexes = [models.Index(fields=["month", "no"])]

    def __str__(self):
        return f"{self.content_type_id}-{self.object_id} {self.month:%Y-%m}"


class PageFeedbackComment(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    text = models.TextField(_("wat miste je?"), max_length=500)
    created_at = models.DateTimeField(_("gegeven op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("opmerking bij nuttig")
        verbose_name_plural = _("opmerkingen bij nuttig")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]

    def __str__(self):
        return self.text[:60]


class ErrorReport(models.Model):
    class Status(models.TextChoices):
        NEW = "nieuw", _("Nieuw")
        IN_PROGRESS = "in_behandeling", _("In behandeling")
        FIXED = "aangepast", _("Afgehandeld: aangepast")
        NOT_CHANGED = "niet_aangepast", _("Afgehandeld: niet aangepast")

    OPEN = (Status.NEW, Status.IN_PROGRESS)

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="error_reports",
    )
    page_path = models.CharField(_("pagina"), max_length=300)
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    what_is_wrong = models.TextField(_("wat klopt er niet?"), max_length=2000)
    source = models.TextField(_("bron"), max_length=1000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reply = models.TextField(
        _("antwoord aan de melder"),
        blank=True,
        max_length=2000,
        help_text=_("Wordt gemaild als de melding is afgehandeld."),
    )
    created_at = models.DateTimeField(_("gemeld op"), auto_now_add=True)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)
    reporter_notified_at = models.DateTimeField(
        _("melder gemaild op"), null=True, blank=True
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("melding 'dit klopt niet'")
        verbose_name_plural = _("meldingen 'dit klopt niet'")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return (
            f"{self.page_path} ({self.created_at:%d-%m-%Y})"
            if self.created_at
            else self.page_path
        )

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN


def feedback_target_model(content_type: ContentType) -> type | None:
    """The model of `content_type` when its pages take "Was dit nuttig?", else None."""
    model = content_type.model_class()
    return model if getattr(model, "page_feedback", False) is True else None
