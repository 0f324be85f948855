from django import forms
from django.utils.translation import gettext_lazy as _

from eenouderpunt.postcodes import parse_pc4


class PostcodeForm(forms.Form):
    postcode = forms.CharField(
        label=_("Je postcode"),
        help_text=_("Bijvoorbeeld 1234 AB. De cijfers alleen is ook goed."),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "inputmode": "text"}
        ),
    )

    def clean_postcode(self):
        pc4 = parse_pc4(self.cleaned_data["postcode"])
        if pc4 is None:
            raise forms.ValidationError(
                _(
                    "Dit is geen Nederlandse postcode. Vul 4 cijfers in, met of zonder 2 letters. Bijvoorbeeld 1234 AB."
                ),
                code="invalid",
            )
        return pc4
