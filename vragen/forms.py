"""The question form for parents (B1, the one form layer of core/forms.py) and the
small forms of the people who answer."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PostcodeField
from core.models import Municipality
from vragen.models import QUESTION_MAX_LENGTH, Answer, Question

_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()-]{8,18}$")
EMAIL_INVALID = _("Dit lijkt geen e-mailadres. Bijvoorbeeld naam@voorbeeld.nl.")


def _phone_clean(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)
    if not _PHONE_RE.match(value) or not 10 <= len(digits) <= 15:
        raise forms.ValidationError(
            _("Dit lijkt geen telefoonnummer. Bijvoorbeeld 06 12345678."),
            code="invalid",
        )
    return value


class QuestionForm(forms.Form):
    """The form of "Stel je vraag": the question, how we may answer, and nothing
    else that is required. The postcode is reduced to 4 digits and only used to
    find the gemeente; the gemeente is stored, the postcode is not."""

    mark_required = False  # parents' forms mark what may stay empty

    text = forms.CharField(
        label=_("Je vraag"),
        help_text=_(
            "Schrijf in je eigen woorden wat je wilt weten. "
            "Je hoeft geen namen of adressen te noemen."
        ),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 7}),
        error_messages={
            "required": _("Schrijf je vraag op. Dan kunnen we je helpen."),
            "max_length": _(
                "Je vraag is te lang. Houd het onder de %(limit_value)d tekens. "
                "Nu zijn het er %(show_value)d."
            ),
        },
    )
    contact = forms.ChoiceField(
        label=_("Hoe mogen we je antwoorden?"),
        choices=Question.Contact.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe we je mogen antwoorden: per e-mail of telefoon."),
            "invalid_choice": _("Kies per e-mail of per telefoon."),
        },
    )
    email = forms.EmailField(
        label=_("Je e-mailadres (als je per e-mail antwoord wilt)"),
        required=False,
        max_length=254,
        error_messages={"invalid": EMAIL_INVALID},
    )
    phone = forms.CharField(
        label=_("Je telefoonnummer (als we je mogen bellen)"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={
            "max_length": _("Dit lijkt geen telefoonnummer. Bijvoorbeeld 06 12345678.")
        },
    )
    call_times = forms.CharField(
        label=_("Wanneer kunnen we je het best bellen? (mag leeg blijven)"),
        help_text=_("Bijvoorbeeld: doordeweeks na 19.00 uur."),
        required=False,
        max_length=200,
        error_messages={
            "max_length": _("Dit is te lang. Houd het onder de 200 tekens.")
        },
    )
    postcode = PostcodeField(
        label=_("Je postcode (mag leeg blijven)"),
        help_text=_(
            "Dan kan iemand uit jouw gemeente je helpen, als je gemeente meedoet. "
            "De 4 cijfers zijn genoeg."
        ),
        required=False,
    )
    name = forms.CharField(
        label=_("Je voornaam of een bijnaam (mag leeg blijven)"),
        required=False,
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={
            "max_length": _("Dit is te lang. Houd het onder de 60 tekens.")
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ik vind het goed dat Eenouderpunt mijn vraag en gegevens bewaart om mij te antwoorden."
        ),
        error_messages={
            "required": _(
                "Zet een vinkje als je het goed vindt. Anders kunnen we je vraag niet beantwoorden."
            )
        },
    )
    # A field people never see (hidden by CSS and skipped by the keyboard); bots fill it.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(str(self.data.get("website", "")).strip())

    def clean_phone(self):
        return _phone_clean(self.cleaned_data.get("phone", ""))

    def clean(self):
        cleaned = super().clean()
        contact = cleaned.get("contact")
        if contact == Question.Contact.EMAIL and not cleaned.get("email"):
            if "email" not in self.errors:
                self.add_error(
                    "email",
                    forms.ValidationError(
                        _(
                            "Vul je e-mailadres in. Daar sturen we het antwoord naartoe."
                        ),
                        code="required",
                    ),
                )
        if contact == Question.Contact.PHONE and not cleaned.get("phone"):
            if "phone" not in self.errors:
                self.add_error(
                    "phone",
                    forms.ValidationError(
                        _("Vul je telefoonnummer in. Dan kunnen we je bellen."),
                        code="required",
                    ),
                )
        return cleaned


class AnswerForm(forms.Form):
    """An answer by e-mail (sent from the portal) or a phone call that was made."""

    text = forms.CharField(
        label=_("Antwoord"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Per e-mail: dit gaat naar de ouder. Gebeld: schrijf kort op wat je hebt "
            "besproken."
        ),
        error_messages={
            "required": _("Schrijf het antwoord op."),
            "max_length": _("Dit is te lang. Houd het onder de 5000 tekens."),
        },
    )
    via = forms.ChoiceField(
        label=_("Hoe"),
        choices=Answer.Via.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies: per e-mail of gebeld.")},
    )

    def __init__(self, *args, question: Question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        if not question.email:
            self.fields["via"].choices = [(Answer.Via.PHONE, Answer.Via.PHONE.label)]
            self.fields["via"].initial = Answer.Via.PHONE
        else:
            self.fields["via"].initial = (
                Answer.Via.EMAIL
                if question.contact == Question.Contact.EMAIL
                else Answer.Via.PHONE
            )


class _MunicipalityChoiceField(forms.ModelMultipleChoiceField):
    """Refuses a value that is no small whole number before asking the database:
    a 30-digit id would otherwise overflow SQLite's integers (a 500)."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not (text.isascii() and text.isdigit()) or len(text) > 9:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text},
                )
        return super()._check_values(value)


class RoutingOptInForm(forms.Form):
    """An organisation takes the questions of parents in its own gemeente.

    The organisation is never a field: it is the member's own. The gemeenten to
    choose from are given by the caller (an organisation's own gemeente)."""

    active = forms.BooleanField(
        label=_("Wij beantwoorden de vragen van ouders uit deze gemeente(n)"),
        required=False,
    )
    municipalities = _MunicipalityChoiceField(
        label=_("Gemeenten"),
        queryset=Municipality.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            "invalid_choice": _("Je kunt alleen je eigen gemeente kiezen."),
            "invalid_pk_value": _("Je kunt alleen je eigen gemeente kiezen."),
        },
    )

    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = allowed

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("active") and not cleaned.get("municipalities"):
            if "municipalities" not in self.errors:
                self.add_error(
                    "municipalities",
                    _("Kies minstens één gemeente, of zet het vinkje hierboven uit."),
                )
        return cleaned
