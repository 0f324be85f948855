"""Choice lists shared by several models and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SizeClass(models.TextChoices):
    """Municipality size by inhabitants, the classes seed 003 reports on."""

    UNDER_20K = "tot-20k", _("Tot 20.000 inwoners")
    FROM_20K = "20k-50k", _("20.000 tot 50.000 inwoners")
    FROM_50K = "50k-100k", _("50.000 tot 100.000 inwoners")
    FROM_100K = "100k-plus", _("100.000 inwoners of meer")
    NOT_APPLICABLE = "nvt", _("Niet van toepassing (landelijk of regionaal)")


class Province(models.TextChoices):
    DRENTHE = "Drenthe", "Drenthe"
    FLEVOLAND = "Flevoland", "Flevoland"
    FRYSLAN = "Fryslân", "Fryslân"
    GELDERLAND = "Gelderland", "Gelderland"
    GRONINGEN = "Groningen", "Groningen"
    LIMBURG = "Limburg", "Limburg"
    NOORD_BRABANT = "Noord-Brabant", "Noord-Brabant"
    NOORD_HOLLAND = "Noord-Holland", "Noord-Holland"
    OVERIJSSEL = "Overijssel", "Overijssel"
    UTRECHT = "Utrecht", "Utrecht"
    ZEELAND = "Zeeland", "Zeeland"
    ZUID_HOLLAND = "Zuid-Holland", "Zuid-Holland"
    NATIONAL = "landelijk", _("Landelijk")
