"""The criterion rows editors keep for the Regelcheck, as one abstract base.

National schemes (regelingen) and a municipality's local schemes (gemeenten) carry the
same structured criteria. The two apps are siblings and may not import each other, so
the fields, their validation and the pure evaluator (content.eligibility) live here,
one layer down; each app adds only the key to its own scheme.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from content import eligibility

CRITERION_VALUES = (
    "question",
    "operator",
    "value",
    "group",
    "reason",
    "open",
)


class CriterionFields(models.Model):
    """One condition of a scheme, in the data editors maintain."""

    OPERATOR_CHOICES = [
        (op.value, label) for op, label in eligibility.OPERATOR_LABELS.items()
    ]
    QUESTION_CHOICES = [(key, q.label) for key, q in eligibility.QUESTIONS.items()]

    question = models.CharField(_("vraag"), max_length=40, choices=QUESTION_CHOICES)
    operator = models.CharField(
        _("vergelijking"), max_length=20, choices=OPERATOR_CHOICES
    )
    value = models.CharField(
        _("waarde"),
        max_length=100,
        help_text=_("Bijvoorbeeld: rent, 18, of 16-17."),
    )
    group = models.PositiveSmallIntegerField(
        _("groep"),
        default=1,
        help_text=_("Zelfde groep: één is genoeg. Alle groepen: moeten kloppen."),
    )
    reason = models.CharField(
        _("reden in gewone woorden"),
        max_length=150,
        blank=True,
        help_text=_(
            "Zo dat 'Omdat …' erbij past, bijvoorbeeld: je huurt. "
            "Of: je jongste kind jonger is dan 12. Bij 'alleen misschien': "
            "wat nog open is, in een hele zin."
        ),
    )
    open = models.BooleanField(
        _("alleen misschien"),
        default=False,
        help_text=_(
            "Aan: klopt alleen deze voorwaarde, dan is de uitkomst 'misschien'. "
            "De reden zegt dan wat nog open is."
        ),
    )
    legal_basis = models.CharField(
        _("wettelijke basis"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: Algemene nabestaandenwet, artikel 14."),
    )
    source_url = models.URLField(
        _("bron"),
        max_length=500,
        blank=True,
        help_text=_("De officiële pagina waar deze regel staat (een directe link)."),
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("question"), FieldPanel("operator"), FieldPanel("value")]
        ),
        FieldRowPanel([FieldPanel("group"), FieldPanel("reason"), FieldPanel("open")]),
        FieldRowPanel([FieldPanel("legal_basis"), FieldPanel("source_url")]),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.question} {self.operator} {self.value}"

    def clean(self):
        super().clean()
        try:
            eligibility.criterion_validate(self.question, self.operator, self.value)
        except eligibility.CriterionError as error:
            raise ValidationError({"value": str(error)}) from None


def criteria_from_rows(rows) -> tuple[eligibility.Criterion, ...]:
    """Plain criteria from value rows in the order of CRITERION_VALUES."""
    return tuple(
        eligibility.Criterion(
            question=question,
            operator=operator,
            value=value,
            group=group,
            reason=reason,
            open=is_open,
        )
        for question, operator, value, group, reason, is_open in rows
    )
