"""Snippets editors maintain: themes, organisations, helplines, holidays, glossary."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from content import opening_hours
from content.models.review import ReviewFields
from content.models.taxonomy import TaxonomyTerm
from core.public_content import PublicContent


class Theme(TranslatableMixin, PublicContent, TaxonomyTerm):
    """A subject ('onderwerp') used to group and filter pages, schemes and groups.

    The single source of truth for themes: ThemePage presents one, and schemes,
    groups and practices refer to it with a ForeignKey or ManyToMany.
    """

    # Unique per language: a translation keeps the slug and may share the name.
    name = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    description = models.CharField(_("korte uitleg"), max_length=200, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    # Translators see the text only; the slug and order follow the Dutch theme.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta, TaxonomyTerm.Meta):
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="content_theme_slug_locale"
            ),
            models.UniqueConstraint(
                fields=["name", "locale"], name="content_theme_name_locale"
            ),
        ]


class Organisation(PublicContent, index.Indexed, models.Model):
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
        "core.Municipality",
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


class PublicHoliday(PublicContent, models.Model):
    """A public holiday. Helplines marked 'dicht op feestdagen' are closed that day."""

    date = models.DateField(_("datum"), unique=True)
    name = models.CharField(_("naam"), max_length=80)

    panels = [FieldPanel("date"), FieldPanel("name")]

    class Meta:
        ordering = ["date"]
        verbose_name = _("feestdag")
        verbose_name_plural = _("feestdagen")

    def __str__(self):
        return f"{self.name} ({self.date:%d-%m-%Y})"


class Helpline(
    TranslatableMixin,
    PublicContent,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    ReviewFields,
    index.Indexed,
    ClusterableModel,
):
    """A helpline or contact point parents can call, chat or write to."""

    name = models.CharField(_("naam"), max_length=120)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="helplines",
    )
    description = models.TextField(
        _("waarvoor"), help_text=_("Eén of twee korte zinnen in B1-taal.")
    )
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        help_text=_("Alleen een nummer waarvan je zeker bent. Bijvoorbeeld 0800-2000."),
    )
    chat_url = models.URLField(_("chat (adres)"), blank=True)
    whatsapp = models.CharField(_("WhatsApp-nummer"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"))
    cost = models.CharField(
        _("kosten"), max_length=80, blank=True, help_text=_("Bijvoorbeeld: Gratis.")
    )
    anonymous = models.BooleanField(_("je hoeft je naam niet te zeggen"), default=False)
    is_emergency = models.BooleanField(
        _("noodnummer"),
        default=False,
        help_text=_("Staat altijd bovenaan, bijvoorbeeld 112."),
    )
    always_open = models.BooleanField(_("altijd open (24/7)"), default=False)
    closed_on_public_holidays = models.BooleanField(
        _("dicht op feestdagen"), default=False
    )
    hours_note = models.CharField(
        _("toelichting openingstijden"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: Chat alleen 's avonds."),
    )
    themes = ParentalManyToManyField(
        Theme, verbose_name=_("onderwerpen"), blank=True, related_name="helplines"
    )
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("chat_url"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("cost"),
                FieldPanel("anonymous"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("always_open"),
                FieldPanel("closed_on_public_holidays"),
                FieldPanel("hours_note"),
                InlinePanel("weekly_hours", label=_("vaste openingstijden")),
                InlinePanel("exceptions", label=_("uitzonderingen")),
            ],
            heading=_("Openingstijden"),
        ),
        FieldPanel("themes"),
        FieldPanel("is_emergency"),
        FieldPanel("sort_order"),
    ] + ReviewFields.review_panels
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("live"),
        index.FilterField("locale"),
    ]

    # Translators see the text only: numbers, addresses and hours follow the Dutch line.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "organisation",
            "phone",
            "chat_url",
            "whatsapp",
            "email",
            "website",
            "anonymous",
            "is_emergency",
            "always_open",
            "closed_on_public_holidays",
            "weekly_hours",
            "exceptions",
            "themes",
            "sort_order",
        )
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-is_emergency", "sort_order", "name"]
        verbose_name = _("hulplijn")
        verbose_name_plural = _("hulplijnen")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "locale"], name="content_helpline_name_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def public_paths(self) -> list[str]:
        """The public pages that list helplines, for the CDN purge."""
        # By content type: the page types import this module, not the other way.
        index_pages = Page.objects.live().filter(
            content_type__app_label="content", content_type__model="helplineindexpage"
        )
        return [page.url for page in index_pages if page.url]

    def get_preview_template(self, request, mode_name):
        # The template asks {% helpline_status object %} for the line's status now.
        return "content/helpline_preview.html"

    def schedule(self, holidays=()) -> opening_hours.Schedule:
        """This line's schedule; uses prefetched hours and exceptions when present."""
        own = {
            e.date: opening_hours.DayException(
                date=e.date,
                slots=()
                if e.closed
                else (opening_hours.Slot(opens=e.opens, closes=e.closes),),
                note=e.note,
            )
            for e in self.exceptions.all()
        }
        if self.closed_on_public_holidays:
            for holiday in holidays:
                own.setdefault(
                    holiday.date,
                    opening_hours.DayException(date=holiday.date, note=holiday.name),
                )
        return opening_hours.Schedule(
            always_open=self.always_open,
            weekly=tuple(
                opening_hours.WeeklySlot(
                    weekday=h.weekday, opens=h.opens, closes=h.closes
                )
                for h in self.weekly_hours.all()
            ),
            exceptions=tuple(own.values()),
        )

    @cached_property
    def tel_href(self) -> str:
        return "".join(c for c in self.phone if c.isdigit() or c == "+")

    @cached_property
    def whatsapp_href(self) -> str:
        digits = "".join(c for c in self.whatsapp if c.isdigit())
        if digits.startswith("0"):
            digits = "31" + digits[1:]
        return f"https://wa.me/{digits}" if digits else ""


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("maandag")
    TUESDAY = 1, _("dinsdag")
    WEDNESDAY = 2, _("woensdag")
    THURSDAY = 3, _("donderdag")
    FRIDAY = 4, _("vrijdag")
    SATURDAY = 5, _("zaterdag")
    SUNDAY = 6, _("zondag")


class HelplineHours(PublicContent, Orderable):
    """A weekly opening slot. Closing at or before opening means: past midnight."""

    helpline = ParentalKey(Helpline, related_name="weekly_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=Weekday.choices)
    opens = models.TimeField(_("open vanaf"))
    closes = models.TimeField(
        _("open tot"), help_text=_("00:00 betekent: tot middernacht.")
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")

    def public_paths(self) -> list[str]:
        return self.helpline.public_paths()


class HelplineException(PublicContent, Orderable):
    """A day with other hours than usual, or closed (a holiday, a special evening)."""

    helpline = ParentalKey(Helpline, related_name="exceptions")
    date = models.DateField(_("datum"))
    closed = models.BooleanField(_("de hele dag dicht"), default=True)
    opens = models.TimeField(_("open vanaf"), null=True, blank=True)
    closes = models.TimeField(_("open tot"), null=True, blank=True)
    note = models.CharField(_("toelichting"), max_length=120, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("uitzondering")
        verbose_name_plural = _("uitzonderingen")

    def public_paths(self) -> list[str]:
        return self.helpline.public_paths()

    def clean(self):
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(_("Vul de tijden in, of kies 'de hele dag dicht'."))


class GlossaryTerm(TranslatableMixin, PublicContent, index.Indexed, models.Model):
    """A difficult (official) word with a B1 explanation."""

    term = models.CharField(_("woord"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, blank=True)
    explanation = models.TextField(
        _("uitleg in gewone taal"), help_text=_("Eén of twee korte zinnen (B1).")
    )
    alternatives = models.CharField(
        _("eenvoudiger woorden"),
        max_length=200,
        blank=True,
        help_text=_("Woorden die je in plaats hiervan kunt gebruiken, met komma's."),
    )
    variants = models.CharField(
        _("andere vormen"),
        max_length=200,
        blank=True,
        help_text=_(
            "Vormen die we ook herkennen, met komma's. Bijvoorbeeld: toeslagen."
        ),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("explanation"),
        FieldPanel("alternatives"),
        FieldPanel("variants"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("explanation"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("moeilijk woord")
        verbose_name_plural = _("moeilijke woorden")
        constraints = [
            models.UniqueConstraint(
                fields=["term", "locale"], name="content_glossaryterm_term_locale"
            ),
            models.UniqueConstraint(
                fields=["slug", "locale"], name="content_glossaryterm_slug_locale"
            ),
        ]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:80]
        super().save(*args, **kwargs)

    @property
    def forms(self) -> list[str]:
        """The word and its other forms, longest first."""
        forms = [self.term] + [v.strip() for v in self.variants.split(",")]
        return sorted({f for f in forms if f}, key=len, reverse=True)

    @property
    def anchor(self) -> str:
        return f"begrip-{self.slug}"


class SearchSynonym(PublicContent, models.Model):
    """A word parents type and what it also means, for the site search.

    "geweld" also means "huiselijk geweld" and "veiligheid": a search for
    "geweld" then also finds the pages that use those words. Applied one step
    only (never the synonyms of a synonym), so a loop (a -> b -> a) is harmless.
    """

    word = models.CharField(
        _("woord"),
        max_length=60,
        unique=True,
        help_text=_("Eén woord, zoals ouders het typen. Bijvoorbeeld: geweld."),
    )
    also_means = models.CharField(
        _("betekent ook"),
        max_length=300,
        help_text=_(
            "Woorden of korte zinnen met dezelfde betekenis, met komma's. "
            "Bijvoorbeeld: huiselijk geweld, veiligheid."
        ),
    )

    panels = [FieldPanel("word"), FieldPanel("also_means")]

    class Meta:
        ordering = ["word"]
        verbose_name = _("zoekwoord met dezelfde betekenis")
        verbose_name_plural = _("zoekwoorden met dezelfde betekenis")

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.word = " ".join(self.word.lower().split())
        super().save(*args, **kwargs)

    @property
    def meanings(self) -> list[str]:
        """The other words, lower case, without empty ones or the word itself."""
        meanings = []
        for part in self.also_means.split(","):
            part = " ".join(part.lower().split())
            if part and part != self.word and part not in meanings:
                meanings.append(part)
        return meanings
