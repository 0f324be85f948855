"""Freshness and sources: the fields every public page (and scheme) carries."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from content.blocks import SourceBlock


class ReviewFields(models.Model):
    """Freshness and sources, shown to parents as 'Laatst gecontroleerd' and 'Bronnen'."""

    last_reviewed = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    next_review_due = models.DateField(
        _("volgende controle"), null=True, blank=True, db_index=True
    )
    review_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eigenaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sources = StreamField(
        [("source", SourceBlock())], blank=True, verbose_name=_("bronnen")
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
                FieldPanel("review_owner"),
                FieldPanel("sources"),
            ],
            heading=_("Controle en bronnen"),
        )
    ]

    class Meta:
        abstract = True
