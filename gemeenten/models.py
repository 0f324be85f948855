"""'Onze gemeentepagina': the uniform model of a municipality's local offer."""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from content.models.criteria import CriterionFields
from core.public_content import PublicContent

# After this long without a check, parents are told the page may be out of date.
STALE_AFTER = datetime.timedelta(days=183)


class MunicipalityPage(PublicContent, models.Model):
    # Readers answer "Was deze pagina nuttig?" on it (feedback app, by content type).
    page_feedback = True

    municipality = models.OneToOneField(
        "core.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.CASCADE,
        related_name="offer_page",
    )
    organisation = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisatie die de pagina bijhoudt"),
        on_delete=models.CASCADE,
        related_name="municipality_pages",
    )
    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Twee of drie korte zinnen voor ouders, in eenvoudige taal."),
    )
    front_door_name = models.CharField(
        _("naam van het loket of wijkteam"), max_length=150, blank=True
    )
    address = models.CharField(_("adres"), max_length=200, blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    walk_in_hours = models.TextField(
        _("inloopuren"),
        max_length=500,
        blank=True,
        help_text=_("Bijvoorbeeld: maandag en donderdag van 9.00 tot 12.00 uur."),
    )
    is_example = models.BooleanField(
        _("voorbeeldinhoud"),
        default=False,
        help_text=_("Aan voor demo-inhoud: ouders zien dan dat het een voorbeeld is."),
    )
    published = models.BooleanField(_("zichtbaar voor ouders"), default=False)
    last_verified = models.DateField(_("laatst gecontroleerd op"), null=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("gemeentepagina")
        verbose_name_plural = _("gemeentepagina's")

    def __str__(self):
        return str(self.municipality)

    def get_absolute_url(self):
        return reverse("gemeente:detail", args=[self.municipality.slug])

    def public_paths(self) -> list[str]:
        """The public pages that show this municipal page, for the CDN purge."""
        return [self.get_absolute_url()]

    def is_stale(self, today: datetime.date | None = None) -> bool:
        """True when nobody confirmed the page in the last six months."""
        today = today or timezone.localdate()
        return self.last_verified is None or today - self.last_verified > STALE_AFTER


class LocalScheme(PublicContent, ClusterableModel):
    """One local scheme: minima, childcare contribution, city pass, and so on.

    Its criteria are the national schemes' criteria (content.models.criteria), so the
    Regelcheck and Jouw plan evaluate both with one engine. A local scheme can say at
    most "misschien": income and the municipality's own rules decide.
    """

    class Kind(models.TextChoices):
        MINIMA = "minima", _("Minimaregeling")
        CHILDCARE = "kinderopvang", _("Bijdrage in de kosten van kinderopvang")
        CITY_PASS = "stadspas", _("Stadspas of meedoenpas")
        SPORT_CULTURE = "sport-cultuur", _("Sport- en cultuurfonds")
        SPECIAL_ASSISTANCE = "bijzondere-bijstand", _("Bijzondere bijstand")
        DEBT_HELP = "schuldhulp", _("Hulp bij geldzorgen en schulden")
        OTHER = "anders", _("Andere regeling")

    page = models.ForeignKey(
        MunicipalityPage, on_delete=models.CASCADE, related_name="local_schemes"
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("naam"), max_length=150)
    summary = models.TextField(
        _("korte uitleg (B1)"),
        max_length=500,
        help_text=_("Wat is het, voor wie, en hoe vraag je het aan? Korte zinnen."),
    )
    url = models.URLField(_("link naar meer informatie"))
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("page"),
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("summary"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
        InlinePanel(
            "criteria",
            label=_("voorwaarde"),
            heading=_("Voorwaarden voor de Regelcheck en Jouw plan"),
            help_text=_(
                "Dezelfde voorwaarden als bij landelijke regelingen. Zelfde "
                "groepsnummer: één is genoeg (of). Alle groepen: moeten kloppen (en). "
                "Zonder voorwaarden staat de regeling alleen op de gemeentepagina."
            ),
        ),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("lokale regeling")
        verbose_name_plural = _("lokale regelingen")

    def __str__(self):
        return self.name

    def public_paths(self) -> list[str]:
        return self.page.public_paths()


class LocalSchemeCriterion(PublicContent, CriterionFields):
    """One condition of a local scheme (the same fields as a national scheme's)."""

    scheme = ParentalKey(LocalScheme, on_delete=models.CASCADE, related_name="criteria")
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("voorwaarde")
        verbose_name_plural = _("voorwaarden")

    def public_paths(self) -> list[str]:
        return self.scheme.public_paths()


class LocalInitiative(PublicContent, models.Model):
    page = models.ForeignKey(
        MunicipalityPage, on_delete=models.CASCADE, related_name="local_initiatives"
    )
    name = models.CharField(_("naam"), max_length=150)
    summary = models.TextField(_("korte uitleg (B1)"), max_length=500)
    url = models.URLField(_("link"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("lokaal initiatief")
        verbose_name_plural = _("lokale initiatieven")

    def __str__(self):
        return self.name

    def public_paths(self) -> list[str]:
        return self.page.public_paths()
