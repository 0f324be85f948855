"""Shared reference data: Dutch municipalities and 4-digit postcode areas (PC4).

Built from GeoNames postal data (CC BY 4.0); see scripts/build_pc4.py.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.public_content import PublicContent


class Municipality(PublicContent, models.Model):
    cbs_code = models.CharField(_("CBS-gemeentecode"), max_length=4, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.CharField(_("provincie"), max_length=40)

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name


class PostcodeArea(PublicContent, models.Model):
    pc4 = models.CharField(_("postcode (4 cijfers)"), max_length=4, primary_key=True)
    place = models.CharField(_("plaats"), max_length=100)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="postcode_areas"
    )
    latitude = models.FloatField(_("breedtegraad"))
    longitude = models.FloatField(_("lengtegraad"))

    class Meta:
        ordering = ["pc4"]
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")

    def __str__(self):
        return f"{self.pc4} {self.place}"


class DemandCount(models.Model):
    """How many postcode searches named a place in this municipality in one month.

    Only the number: never the postcode, the day or time, or anything about who
    searched (core/demand.py counts in the shared cache and flushes here)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="demand_counts"
    )
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    count = models.PositiveIntegerField(_("aantal zoekvragen"), default=0)
    is_example = models.BooleanField(
        _("voorbeeldcijfer"),
        default=False,
        help_text=_(
            "Demo-cijfer (make run): de rapporten zeggen dat het een voorbeeld is."
        ),
    )

    class Meta:
        ordering = ["municipality", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "month"], name="demand_one_row_per_month"
            )
        ]
        verbose_name = _("vraag per gemeente")
        verbose_name_plural = _("vraag per gemeente")

    def __str__(self):
        return f"{self.municipality} {self.month:%Y-%m}: {self.count}"
