"""Site-wide values editors change in the Wagtail admin (Instellingen)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.public_content import PublicContent


def _default_quick_exit_url() -> str:
    return settings.QUICK_EXIT_URL


@register_setting(icon="warning")
class SafetySettings(PublicContent, BaseSiteSetting):
    """Where 'Snel weg' sends a visitor. Read only by /weg/, so pages pay nothing."""

    quick_exit_url = models.URLField(
        _("adres voor 'Snel weg'"),
        default=_default_quick_exit_url,
        help_text=_(
            "Een neutrale website zonder inloggen, bijvoorbeeld een zoekmachine of het "
            "weerbericht. Bezoekers gaan hierheen als ze op 'Snel weg' drukken."
        ),
    )

    panels = [FieldPanel("quick_exit_url")]

    class Meta:
        verbose_name = _("veiligheid")
