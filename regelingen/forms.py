"""Forms for the scheme list filters and the Regelcheck steps.

Every Regelcheck step is a plain Django form. Their order, the signed state that
carries earlier answers and the choice of the next screen are in regelingen/check.py.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import PostcodeField
from regelingen.income_limits import (
    income_band_choices,
    income_limit_current,
    income_limits_read,
)

MAX_CHILDREN = 12
MAX_CHILD_AGE = 30

YES_NO_UNKNOWN = [
    ("yes", _("Ja")),
    ("no", _("Nee")),
    ("unknown", _("Weet ik niet of zeg ik liever niet")),
]


class SchemeFilterForm(forms.Form):
    """The GET form above the list: every field optional, bad values ignored."""

    q = forms.CharField(
        label=_("Zoek op woord"),
        required=False,
        max_length=100,
        widget=forms.SearchInput,
    )
    onderwerp = forms.ChoiceField(label=_("Onderwerp"), required=False)
    gebeurtenis = forms.ChoiceField(label=_("Wat is er gebeurd?"), required=False)
    aanbieder = forms.ChoiceField(label=_("Aanbieder"), required=False)

    def __init__(self, data, *, themes, life_events, providers):
        super().__init__(data)
        everything = [("", _("Alles"))]
        self.fields["onderwerp"].choices = everything + [
            (t.slug, t.name) for t in themes
        ]
        self.fields["gebeurtenis"].choices = everything + [
            (e.slug, e.name) for e in life_events
        ]
        self.fields["aanbieder"].choices = everything + [
            (str(p.pk), p.name) for p in providers
        ]

    def full_clean(self):
        super().full_clean()
        # A bad value (a tampered URL) is left out of cleaned_data and not shown
        # as an error: these are filters, there is nothing to correct.
        self._errors.clear()

    def filters(self) -> dict:
        """The valid filters; an invalid value (a tampered URL) is simply ignored."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name: cleaned.get(name) or ""
            for name in ("q", "onderwerp", "gebeurtenis", "aanbieder")
            if name not in self.errors
        }


class CheckStepForm(forms.Form):
    """One screen of the Regelcheck."""

    title = ""
    intro = ""
    mark_required = False  # the labels say which answer may stay empty

    def stored(self) -> dict:
        """The cleaned answers as they go into the signed state (JSON types)."""
        return dict(self.cleaned_data)


class HouseholdForm(CheckStepForm):
    title = _("Je gezin")
    intro = _("We vragen niet wie je bent. Je antwoorden bewaren we niet.")

    household = forms.ChoiceField(
        label=_("Met wie woon je?"),
        choices=[
            ("alone", _("Alleen met mijn kinderen")),
            ("partner", _("Met een nieuwe partner")),
            ("others", _("Met anderen, bijvoorbeeld mijn ouders of huisgenoten")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies met wie je woont.")},
    )
    care = forms.ChoiceField(
        label=_("Bij wie wonen je kinderen?"),
        choices=[
            ("full", _("Vooral bij mij")),
            ("shared", _("Ongeveer de helft bij mij (co-ouderschap)")),
            ("other_parent", _("Vooral bij de andere ouder")),
            ("expecting", _("Ik heb nog geen kinderen: ik ben zwanger")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies bij wie je kinderen wonen.")},
    )
    partner_died = forms.ChoiceField(
        label=_("Is je partner overleden?"),
        choices=[("no", _("Nee")), ("yes", _("Ja"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies ja of nee.")},
    )


class ChildrenForm(CheckStepForm):
    title = _("Je kinderen")

    children_count = forms.IntegerField(
        label=_("Hoeveel kinderen heb je?"),
        help_text=_(
            "Tel alle kinderen, ook als ze niet altijd bij je wonen. "
            "Ben je zwanger van je eerste kind? Vul dan 0 in."
        ),
        min_value=0,
        max_value=MAX_CHILDREN,
        error_messages={
            "required": _("Vul in hoeveel kinderen je hebt."),
            "invalid": _("Vul een getal in, bijvoorbeeld 2."),
            "min_value": _(
                "Vul minstens 1 in. Ben je zwanger van je eerste kind? Vul dan 0 in."
            ),
            "max_value": _("Vul een getal in van 1 tot en met %(limit_value)s."),
        },
        # A text box: a number box changes its value on a scroll and is hard
        # to read out; inputmode still gives phones the number keyboard.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "class": "check-number"}),
    )
    expecting = forms.BooleanField(
        label=_("Ik ben zwanger, of er komt binnenkort een baby in ons gezin"),
        required=False,
    )
    child_disability = forms.ChoiceField(
        label=_("Heeft een van je kinderen een beperking of langdurige ziekte?"),
        choices=YES_NO_UNKNOWN,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("children_count") == 0 and not cleaned.get("expecting"):
            self.add_error(
                "children_count",
                _(
                    "Je vulde 0 in. Ben je zwanger? Zet dan een vinkje bij 'Ik ben "
                    "zwanger'. Heb je al kinderen? Vul dan in hoeveel."
                ),
            )
        return cleaned


class AgesForm(CheckStepForm):
    title = _("De leeftijd van je kinderen")
    intro = _("Vul de leeftijd in jaren in. Een baby jonger dan 1 jaar is 0.")

    def __init__(self, *args, children_count: int = 1, **kwargs):
        super().__init__(*args, **kwargs)
        for number in range(1, children_count + 1):
            self.fields[f"age_{number}"] = forms.IntegerField(
                label=_("Leeftijd kind %(number)s") % {"number": number},
                min_value=0,
                max_value=MAX_CHILD_AGE,
                error_messages={
                    "required": _("Vul de leeftijd van kind %(number)s in.")
                    % {"number": number},
                    "invalid": _("Vul een getal in, bijvoorbeeld 7."),
                    "min_value": _("Een leeftijd kan niet kleiner zijn dan 0."),
                    "max_value": _(
                        "Vul een leeftijd in van 0 tot en met %(limit_value)s."
                    ),
                },
                # A text box: a number box changes its value on a scroll and is hard
                # to read out; inputmode still gives phones the number keyboard.
                widget=forms.TextInput(
                    attrs={"inputmode": "numeric", "class": "check-number"}
                ),
            )


class WorkForm(CheckStepForm):
    title = _("Wonen en inkomen")

    housing = forms.ChoiceField(
        label=_("Hoe woon je?"),
        choices=[
            ("rent", _("Ik huur een huis")),
            ("own", _("Ik heb een koophuis")),
            ("living_in", _("Ik woon bij iemand in")),
            ("other", _("Anders, of ik heb geen vaste woonplek")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe je woont.")},
    )
    income = forms.MultipleChoiceField(
        label=_("Waar komt je inkomen vandaan?"),
        help_text=_("Kies alles wat klopt."),
        choices=[
            ("work", _("Werk in loondienst")),
            ("business", _("Eigen bedrijf")),
            ("bijstand", _("Bijstandsuitkering van de gemeente")),
            ("uwv", _("Uitkering van UWV, bijvoorbeeld WW of WIA")),
            ("study", _("Studiefinanciering")),
            ("none", _("Ik heb geen inkomen")),
            (
                "job_loss",
                _("Ik ben mijn baan kwijt, of ik raak mijn baan binnenkort kwijt"),
            ),
        ],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één antwoord."),
            "invalid_choice": _("Kies alleen uit de antwoorden hieronder."),
        },
    )
    alimony = forms.ChoiceField(
        label=_("Krijg je alimentatie voor je kinderen of voor jezelf?"),
        choices=YES_NO_UNKNOWN,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )

    def clean(self):
        cleaned = super().clean()
        # Losing a job goes with any answer, also with 'geen inkomen'.
        income = [item for item in cleaned.get("income") or [] if item != "job_loss"]
        if "none" in income and len(income) > 1:
            self.add_error(
                "income",
                _("Je koos 'geen inkomen' en ook een inkomen. Kies wat klopt."),
            )
        return cleaned


class SituationForm(CheckStepForm):
    title = _("Geld, hulp en je woonplaats")

    income_band = forms.ChoiceField(
        label=_("Hoeveel inkomen heb je per jaar, bruto?"),
        help_text=_(
            "Woont er een toeslagpartner bij je, zoals een nieuwe partner? "
            "Tel dan jullie inkomens bij elkaar op."
        ),
        choices=[],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )
    debts = forms.ChoiceField(
        label=_("Heb je schulden of rekeningen die je niet kunt betalen?"),
        choices=YES_NO_UNKNOWN,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )
    alimony_trouble = forms.ChoiceField(
        label=_("Betaalt de andere ouder de alimentatie niet of niet op tijd?"),
        choices=YES_NO_UNKNOWN + [("none", _("Er is geen alimentatie afgesproken"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )
    legal_problem = forms.ChoiceField(
        label=_("Heb je een juridische vraag, bijvoorbeeld over je scheiding?"),
        choices=YES_NO_UNKNOWN,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een antwoord.")},
    )
    # Only the 4 digits are kept and carried: never the full postcode.
    postcode = PostcodeField(
        label=_("Je postcode (mag je leeg laten)"),
        help_text=_(
            "Bijvoorbeeld 1234 AB. Dan noemen we je gemeente. "
            "We gebruiken alleen de 4 cijfers."
        ),
        required=False,
    )

    childcare = forms.ChoiceField(
        label=_("Gaat je kind naar de kinderopvang, de bso of een gastouder?"),
        help_text=_(
            "We bedoelen opvang die in het Landelijk Register Kinderopvang staat. "
            "Je mag dit leeg laten."
        ),
        choices=[
            ("registered", _("Ja")),
            ("planned", _("Nog niet, maar dat wil ik wel")),
            ("none", _("Nee")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )

    def __init__(self, *args, ask_childcare: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # The band's border is the verified limit valid today (dated data).
        limit = income_limit_current(income_limits_read(), timezone.localdate())
        self.fields["income_band"].choices = income_band_choices(limit)
        if not ask_childcare:
            # Only asked when it can decide something (kinderopvangtoeslag).
            del self.fields["childcare"]
