"""The "Was deze pagina nuttig?" answers and the "dit klopt niet" report."""

from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality
from feedback.privacy import MAX_LENGTH

MISSING_TOO_LONG = _("Schrijf maximaal 500 tekens. Je schreef er %(show_value)d.")


class MissingForm(forms.Form):
    """After "nee": one optional question."""

    mark_required = False
    wat_miste = forms.CharField(
        label=_("Wat miste je? (mag leeg blijven)"),
        help_text=_(
            "Maximaal 500 tekens. Schrijf geen naam, e-mailadres, telefoonnummer of "
            "postcode: die halen we weg."
        ),
        required=False,
        max_length=MAX_LENGTH,
        error_messages={"max_length": MISSING_TOO_LONG},
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def page_path_clean(value: str) -> str:
    """A path on this site ("/thema/pagina/"), never another site or the secure
    area. Raises ValidationError otherwise."""
    value = (value or "").strip()
    parts = urlsplit(value)
    if (
        not value.startswith("/")
        or value.startswith("//")
        or parts.scheme
        or parts.netloc
        or "\\" in value
        or any(ord(char) < 32 for char in value)
    ):
        raise forms.ValidationError(
            _("Vul het adres van een pagina op deze site in, bijvoorbeeld /geld/."),
            code="invalid",
        )
    return parts.path


class ErrorReportForm(forms.Form):
    page_path = forms.CharField(
        label=_("Over welke pagina gaat het?"),
        help_text=_("Het adres van de pagina op deze site, bijvoorbeeld /geld/."),
        max_length=300,
        error_messages={
            "required": _("Vul in over welke pagina het gaat."),
            "max_length": _("Dit adres is te lang. Gebruik maximaal 300 tekens."),
        },
    )
    what_is_wrong = forms.CharField(
        label=_("Wat klopt er niet?"),
        help_text=_("Schrijf wat er staat en wat het moet zijn. Maximaal 2000 tekens."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Schrijf wat er niet klopt."),
            "max_length": _(
                "Schrijf maximaal 2000 tekens. Je schreef er %(show_value)d."
            ),
        },
    )
    municipality = forms.ModelChoiceField(
        label=_("Voor welke gemeente? (mag leeg blijven)"),
        help_text=_("Alleen als het over één gemeente gaat."),
        queryset=Municipality.objects.order_by("name"),
        required=False,
        empty_label=_("Geen gemeente: het geldt overal"),
        error_messages={"invalid_choice": _("Kies een gemeente uit de lijst.")},
    )
    source = forms.CharField(
        label=_("Bron"),
        help_text=_(
            "Waar staat hoe het wel zit? Bijvoorbeeld een link naar de website van de "
            "gemeente, de Belastingdienst of een wet. Maximaal 1000 tekens."
        ),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Vul een bron in: waar staat hoe het wel zit?"),
            "max_length": _(
                "Schrijf maximaal 1000 tekens. Je schreef er %(show_value)d."
            ),
        },
    )

    def clean_page_path(self):
        return page_path_clean(self.cleaned_data["page_path"])
