"""Schemes ('regelingen'), the life events they are filed under, and their amounts.

A scheme is a Wagtail snippet with drafts, revisions, preview, locking and workflow.
Its check criteria are rows editors maintain; `content.eligibility` evaluates them.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from content.i18n import overlay, source_locale_q
from content.models import ReviewFields, TaxonomyTerm
from content.models.criteria import CriterionFields
from core.public_content import PublicContent
from regelingen import amounts as amount_rules
from regelingen import changes as change_rules


class LifeEvent(PublicContent, TaxonomyTerm):
    """Something that happens in a parent's life, to find schemes by ('net uit elkaar')."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("levensgebeurtenis")
        verbose_name_plural = _("levensgebeurtenissen")


class SchemeQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        """Published Dutch schemes: one row per scheme in every language; the
        translations' text is put on them with content.i18n.overlay."""
        return self.filter(source_locale_q(), live=True)

    def for_list(self):
        """Published schemes with what a list shows, in a fixed number of queries."""
        return (
            self.live()
            .select_related("provider")
            .prefetch_related("themes")
            .order_by("name")
        )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stap"), max_length=120)
    text = blocks.TextBlock(label=_("uitleg"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("stap")


class Scheme(
    TranslatableMixin,
    PublicContent,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ReviewFields,
    ClusterableModel,
):
    """A national scheme, municipal scheme or fund a parent may be entitled to."""

    # Readers answer "Was deze pagina nuttig?" on it (feedback app, by content type).
    page_feedback = True

    class Level(models.TextChoices):
        NATIONAL = "landelijk", _("Landelijk")
        MUNICIPAL = "gemeentelijk", _("Gemeentelijk")
        FUND = "fonds", _("Fonds of stichting")

    name = models.CharField(
        _("naam"), max_length=120, help_text=_("De naam die ouders kennen.")
    )
    slug = models.SlugField(_("slug"), max_length=120)
    official_name = models.CharField(_("officiële naam"), max_length=200, blank=True)
    summary = models.CharField(
        _("samenvatting"),
        max_length=200,
        help_text=_("Eén korte zin in eenvoudige taal (B1)."),
    )
    level = models.CharField(
        _("niveau"), max_length=20, choices=Level.choices, default=Level.NATIONAL
    )
    provider = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("aanbieder"),
        on_delete=models.PROTECT,
        related_name="schemes",
    )
    themes = ParentalManyToManyField(
        "content.Theme", verbose_name=_("onderwerpen"), related_name="schemes"
    )
    life_events = ParentalManyToManyField(
        LifeEvent,
        verbose_name=_("levensgebeurtenissen"),
        related_name="schemes",
        blank=True,
    )
    for_whom = models.TextField(
        _("voor wie?"), help_text=_("De voorwaarden in woorden, kort.")
    )
    what_you_get = models.TextField(_("wat krijg je?"))
    amounts_note = models.TextField(
        _("over de bedragen"),
        blank=True,
        help_text=_("Bijvoorbeeld: het bedrag hangt af van je inkomen."),
    )
    application_steps = StreamField(
        [("step", StepBlock())], blank=True, verbose_name=_("zo vraag je het aan")
    )
    application_channel = models.CharField(
        _("waar aanvragen"),
        max_length=200,
        blank=True,
        help_text=_(
            "Bijvoorbeeld: online met DigiD, of bij het loket van je gemeente."
        ),
    )
    what_to_bring = models.TextField(_("wat heb je nodig?"), blank=True)
    official_url = models.URLField(
        _("officiële informatie"),
        help_text=_("De pagina van de aanbieder. Hier verwijzen we naar."),
    )
    legal_basis = models.CharField(_("wettelijke basis"), max_length=200, blank=True)
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("pagina")))],
        blank=True,
        verbose_name=_("stappenplannen en pagina's"),
    )
    # The check: criteria rows below; this caps the outcome when the check cannot
    # know enough (income, the municipality's own rules).
    check_maybe_only = models.BooleanField(
        _("check zegt hooguit 'misschien'"),
        default=False,
        help_text=_(
            "Aanzetten als inkomen, vermogen of de gemeente beslist. "
            "Dan zegt de check nooit 'past waarschijnlijk'."
        ),
    )
    check_note = models.CharField(
        _("wat moet de ouder nog nagaan?"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld: Het hangt af van je inkomen en je gemeente."),
    )

    objects = SchemeQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("official_name", boost=2),
        index.SearchField("summary"),
        index.SearchField("for_whom"),
        index.SearchField("what_you_get"),
        index.FilterField("live"),
        index.FilterField("level"),
        index.FilterField("locale"),
    ]

    panels_content = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("official_name"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("provider")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("life_events", widget=forms.CheckboxSelectMultiple),
        FieldPanel("for_whom"),
        FieldPanel("what_you_get"),
        MultiFieldPanel(
            [FieldPanel("amounts_note"), InlinePanel("amounts", label=_("bedrag"))],
            heading=_("Bedragen"),
            help_text=_(
                "Alleen met geldigheid. Een verlopen bedrag tonen we nooit als "
                "actueel: dan staat er dat het bedrag wordt gecontroleerd."
            ),
        ),
        InlinePanel(
            "changes",
            label=_("verandering"),
            heading=_("Wat verandert er?"),
            help_text=_(
                "Een verandering met de datum waarop die ingaat en een bron. Voor die "
                "datum staat er 'Vanaf', daarna 'Sinds'. Dat gaat vanzelf."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("application_steps"),
                FieldPanel("application_channel"),
                FieldPanel("what_to_bring"),
            ],
            heading=_("Aanvragen"),
        ),
        FieldPanel("official_url"),
        FieldPanel("legal_basis"),
        FieldPanel("related_pages"),
    ]
    panels_check = [
        FieldPanel("check_maybe_only"),
        FieldPanel("check_note"),
        InlinePanel(
            "criteria",
            label=_("voorwaarde"),
            heading=_("Voorwaarden voor de Regelcheck"),
            help_text=_(
                "Voorwaarden met hetzelfde groepsnummer: één is genoeg (of). "
                "Alle groepen samen moeten kloppen (en). Zonder voorwaarden doet "
                "de regeling niet mee in de check."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(panels_content, heading=_("Inhoud")),
            ObjectList(panels_check, heading=_("Regelcheck")),
            ObjectList(ReviewFields.review_panels, heading=_("Controle en bronnen")),
        ]
    )

    # Translators see the text only: the slug, amounts, dates, criteria, links and
    # the check's logic follow the Dutch scheme.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "slug",
            "official_name",
            "level",
            "provider",
            "themes",
            "life_events",
            "amounts",
            "changes",
            "official_url",
            "legal_basis",
            "related_pages",
            "check_maybe_only",
            "criteria",
        )
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("regeling")
        verbose_name_plural = _("regelingen")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="regelingen_scheme_slug_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("regelingen:detail", kwargs={"slug": self.slug})

    def public_paths(self) -> list[str]:
        """The public pages that show this scheme, for the CDN purge."""
        return [self.get_absolute_url(), reverse("regelingen:list")]

    def get_preview_template(self, request, mode_name):
        return "regelingen/scheme_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context.update(scheme_detail_context(self))
        return context


def scheme_detail_context(scheme, today: datetime.date | None = None) -> dict:
    """What the detail page shows about amounts; also used by the admin preview."""
    today = today or timezone.localdate()
    rows = list(scheme.amounts.all())
    changes = change_rules.changes_split(scheme.changes.all(), today)
    return {
        "scheme": scheme,
        # Themes are shared with the Dutch scheme: their names in the reader's
        # language where the theme is translated (1 query; none in Dutch).
        "themes": overlay(scheme.themes.all(), ["name"]),
        "amounts_current": amount_rules.amounts_current(rows, today),
        "amounts_need_checking": amount_rules.amounts_need_checking(rows, today),
        "changes_upcoming": changes.upcoming,
        "changes_current": changes.current,
    }


class SchemeAmount(PublicContent, Orderable):
    """One amount with the period it is valid for and its source."""

    scheme = ParentalKey(Scheme, on_delete=models.CASCADE, related_name="amounts")
    description = models.CharField(
        _("omschrijving"),
        max_length=200,
        help_text=_("Bijvoorbeeld: per kind van 0 tot en met 5 jaar, per kwartaal."),
    )
    amount = models.DecimalField(_("bedrag in euro"), max_digits=9, decimal_places=2)
    valid_from = models.DateField(_("geldig vanaf"))
    valid_to = models.DateField(_("geldig tot en met"), null=True, blank=True)
    source_url = models.URLField(_("bron"))

    panels = [
        FieldPanel("description"),
        FieldPanel("amount"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("source_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bedrag")
        verbose_name_plural = _("bedragen")

    def public_paths(self) -> list[str]:
        return self.scheme.public_paths()

    def clean(self):
        super().clean()
        if self.valid_to and self.valid_from and self.valid_to < self.valid_from:
            raise ValidationError(
                {"valid_to": _("De einddatum ligt voor de begindatum.")}
            )

    def __str__(self):
        return f"{self.description}: € {self.amount}"


class SchemeChange(PublicContent, Orderable):
    """A dated change of a scheme, shown under 'Wat verandert er?' (regelingen.changes)."""

    scheme = ParentalKey(Scheme, on_delete=models.CASCADE, related_name="changes")
    valid_from = models.DateField(
        _("geldt vanaf"), help_text=_("De dag waarop de verandering ingaat.")
    )
    text = models.TextField(
        _("wat verandert er?"),
        help_text=_("Kort en in eenvoudige taal (B1). Alleen wat een bron zegt."),
    )
    source_url = models.URLField(
        _("bron"),
        max_length=500,
        help_text=_("Een link naar de pagina die de verandering noemt."),
    )

    panels = [FieldPanel("valid_from"), FieldPanel("text"), FieldPanel("source_url")]

    class Meta(Orderable.Meta):
        verbose_name = _("verandering")
        verbose_name_plural = _("veranderingen")

    def public_paths(self) -> list[str]:
        return self.scheme.public_paths()

    def __str__(self):
        return f"{self.valid_from:%Y-%m-%d}: {self.text[:60]}"


class SchemeCriterion(PublicContent, CriterionFields, Orderable):
    """One condition for the Regelcheck (fields and checks: content.models.criteria)."""

    scheme = ParentalKey(Scheme, on_delete=models.CASCADE, related_name="criteria")

    class Meta(Orderable.Meta):
        verbose_name = _("voorwaarde")
        verbose_name_plural = _("voorwaarden")

    def public_paths(self) -> list[str]:
        return self.scheme.public_paths()
