"""Where a group meets: an address or online, and the map point it gets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.postcodes import parse_pc4, postcode_area_get


class MeetingPlace(models.Model):
    """The 'Waar' part of a group. Coordinates and municipality follow the postcode."""

    is_online = models.BooleanField(_("online"), default=False)
    venue_name = models.CharField(_("naam van de plek"), max_length=120, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    getting_there = models.TextField(_("hoe kom je er"), blank=True)
    accessibility = models.TextField(_("toegankelijkheid"), blank=True)
    manual_coordinates = models.BooleanField(
        _("coördinaten zelf ingevuld"),
        default=False,
        help_text=_("Uit: de coördinaten komen van het midden van de postcode."),
    )
    latitude = models.FloatField(_("breedtegraad"), null=True, blank=True)
    longitude = models.FloatField(_("lengtegraad"), null=True, blank=True)
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_groups",
        help_text=_("Leeg: volgt uit de postcode."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.derive_location()
        super().save(*args, **kwargs)

    def clean_place(self):
        """The place errors an editor can fix: a postcode or 'online', both points."""
        if not self.is_online and not self.postcode:
            raise ValidationError(
                {"postcode": _("Vul een postcode in, of vink 'online' aan.")}
            )
        if self.postcode:
            pc4 = parse_pc4(self.postcode)
            if pc4 is None or postcode_area_get(pc4) is None:
                raise ValidationError({"postcode": _("Deze postcode kennen we niet.")})
        if self.manual_coordinates and (
            self.latitude is None or self.longitude is None
        ):
            raise ValidationError(
                {"latitude": _("Vul breedtegraad en lengtegraad allebei in.")}
            )

    def derive_location(self):
        """Coordinates and municipality from the postcode's PC4 centre, unless set."""
        pc4 = parse_pc4(self.postcode)
        area = postcode_area_get(pc4) if pc4 else None
        if area is None:
            if not self.manual_coordinates:
                self.latitude = self.longitude = None
            return
        if not self.manual_coordinates:
            self.latitude, self.longitude = area.latitude, area.longitude
        if self.municipality_id is None:
            self.municipality_id = area.municipality_id
        if not self.place:
            self.place = area.place
