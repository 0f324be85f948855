"""Wagtail pages and shared snippets for what parents read."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from content.blocks import BodyStreamBlock, SourceBlock


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


@register_snippet
class Theme(models.Model):
    """A subject ('onderwerp') used to group and filter pages, schemes and groups."""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.CharField(_("korte uitleg"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self):
        return self.name


@register_snippet
class Organisation(index.Indexed, models.Model):
    """Any organisation the site names: scheme providers, group organisers, members."""

    class Kind(models.TextChoices):
        GOVERNMENT = "overheid", _("Landelijke overheid / uitvoeringsorganisatie")
        MUNICIPALITY = "gemeente", _("Gemeente")
        CHAIN_PARTNER = "ketenpartner", _("Ketenpartner")
        LOCAL_INITIATIVE = "lokaal", _("Lokaal initiatief")
        NATIONAL_PLATFORM = "landelijk", _("Landelijk platform of fonds")

    name = models.CharField(_("naam"), max_length=150, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    description = models.TextField(_("korte uitleg"), blank=True)
    municipality = models.ForeignKey(
        "eenouderpunt.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text=_("Voor een gemeente: welke gemeente het is."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("municipality"),
        FieldPanel("website"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name


class HomePage(Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.ThemePage", "content.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["theme_pages"] = (
            ThemePage.objects.child_of(self).live().public().select_related("theme")
        )
        return context


class ThemePage(ReviewFields, Page):
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("onderwerp"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    intro = models.TextField(
        _("introductie"), help_text=_("Twee of drie korte zinnen.")
    )

    content_panels = Page.content_panels + [FieldPanel("theme"), FieldPanel("intro")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("onderwerppagina")


class StandardPage(ReviewFields, Page):
    """A plain page: privacy statement, accessibility statement, colophon, and so on."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    settings_panels = Page.settings_panels + ReviewFields.review_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["content.HomePage", "content.ThemePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standaardpagina")
