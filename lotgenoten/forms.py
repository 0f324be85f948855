import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import PostcodeField
from lotgenoten.models import Event, GroupRequest, TargetGroup
from lotgenoten.selectors import EventFilters, GroupFilters


class GroupSearchForm(forms.Form):
    """The peer group search: a postcode and a few filters (GET, no personal data)."""

    mark_required = False  # parents' forms say which fields may stay empty

    postcode = PostcodeField(required=False)
    avond = forms.BooleanField(label=_("'s Avonds of in het weekend"), required=False)
    gratis = forms.BooleanField(label=_("Gratis"), required=False)
    opvang = forms.BooleanField(label=_("Met kinderopvang"), required=False)
    kinderen = forms.BooleanField(label=_("Kinderen mogen mee"), required=False)
    online = forms.BooleanField(label=_("Alleen online groepen"), required=False)
    doelgroep = forms.ChoiceField(label=_("Voor wie"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["doelgroep"].choices = [("", _("Voor alle ouders"))] + [
            (slug, name)
            for slug, name in TargetGroup.objects.values_list("slug", "name")
        ]

    def clean(self):
        cleaned = super().clean()
        if (
            not self.errors
            and not cleaned.get("postcode")
            and not cleaned.get("online")
            and self.is_bound
            and "postcode" in self.data
        ):
            self.add_error(
                "postcode",
                forms.ValidationError(
                    _("Vul je postcode in. Of kies 'Alleen online groepen'."),
                    code="required",
                ),
            )
        return cleaned

    def filters(self) -> GroupFilters:
        data = self.cleaned_data
        return GroupFilters(
            outside_working_hours=data.get("avond", False),
            free=data.get("gratis", False),
            childcare=data.get("opvang", False),
            children_welcome=data.get("kinderen", False),
            online=data.get("online", False),
            target_group=data.get("doelgroep", ""),
        )


_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()-]{8,18}$")


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


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS); bots fill it in."""

    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website", "").strip())


class SignUpForm(HoneypotMixin, forms.Form):
    """'Ik wil meedoen': the least we need so the organiser can reach the parent."""

    mark_required = False

    name = forms.CharField(
        label=_("Je voornaam of een bijnaam"),
        max_length=60,
        error_messages={"required": _("Vul je voornaam of een bijnaam in.")},
    )
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        help_text=_(
            "Vul je e-mailadres of je telefoonnummer in. Eén van de twee is genoeg."
        ),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Dit lijkt geen e-mailadres. Bijvoorbeeld naam@voorbeeld.nl.")
        },
    )
    phone = forms.CharField(label=_("Je telefoonnummer"), required=False, max_length=20)
    message = forms.CharField(
        label=_("Wil je iets vertellen of vragen? (mag leeg blijven)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Je bericht is te lang. Houd het onder de 1000 tekens.")
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ik vind het goed dat Eenouderpunt mijn gegevens aan de organisator van "
            "deze groep geeft."
        ),
        error_messages={
            "required": _(
                "Zet een vinkje als je het goed vindt. Anders kunnen we je aanmelding niet doorgeven."
            )
        },
    )

    def __init__(self, *args, for_event: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if for_event:
            self.fields["consent"].label = _(
                "Ik vind het goed dat Eenouderpunt mijn gegevens aan de organisator "
                "van deze activiteit geeft."
            )

    def clean_phone(self):
        return _phone_clean(self.cleaned_data.get("phone", ""))

    def clean(self):
        cleaned = super().clean()
        if (
            "email" not in self.errors
            and "phone" not in self.errors
            and not cleaned.get("email")
            and not cleaned.get("phone")
        ):
            self.add_error(
                "email",
                forms.ValidationError(
                    _(
                        "Vul je e-mailadres of je telefoonnummer in. Eén van de twee is genoeg."
                    ),
                    code="required",
                ),
            )
        return cleaned


class GroupRequestForm(HoneypotMixin, forms.Form):
    """'Start zelf een groep': who you are and what you have in mind."""

    mark_required = False

    role = forms.ChoiceField(
        label=_("Wie ben je?"),
        choices=GroupRequest.Role.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wie je bent.")},
    )
    name = forms.CharField(
        label=_("Je naam"),
        max_length=100,
        error_messages={"required": _("Vul je naam in.")},
    )
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in. Dan kunnen we je antwoorden."),
            "invalid": _("Dit lijkt geen e-mailadres. Bijvoorbeeld naam@voorbeeld.nl."),
        },
    )
    place = forms.CharField(
        label=_("In welke plaats of wijk wil je een groep?"),
        max_length=100,
        error_messages={"required": _("Vul een plaats of wijk in.")},
    )
    message = forms.CharField(
        label=_("Wat heb je in gedachten?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Vertel kort wat voor groep je wilt."),
            "max_length": _("Je bericht is te lang. Houd het onder de 2000 tekens."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "Ik vind het goed dat de redactie van Eenouderpunt mij hierover mailt."
        ),
        error_messages={"required": _("Zet een vinkje als je het goed vindt.")},
    )


class ChangesForm(forms.Form):
    mark_required = False

    changes = forms.CharField(
        label=_("Wat is er veranderd?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Schrijf op wat er veranderd is."),
            "max_length": _("Dit is te lang. Houd het onder de 2000 tekens."),
        },
    )


class EventSearchForm(forms.Form):
    """The agenda: a postcode (optional) and a few filters (GET, no personal data)."""

    mark_required = False

    postcode = PostcodeField(
        required=False,
        help_text=_(
            "Mag leeg blijven. Met je postcode staat wat dichtbij is bovenaan."
        ),
    )
    waar = forms.ChoiceField(
        label=_("Online of ter plekke"),
        required=False,
        choices=[
            ("", _("Allebei")),
            ("online", _("Alleen online")),
            ("ter-plekke", _("Alleen ter plekke")),
        ],
    )
    gratis = forms.BooleanField(label=_("Gratis"), required=False)
    avond = forms.BooleanField(label=_("'s Avonds of in het weekend"), required=False)

    def filters(self) -> EventFilters:
        data = self.cleaned_data
        return EventFilters(
            where=data.get("waar", ""),
            free=data.get("gratis", False),
            evening_or_weekend=data.get("avond", False),
        )


class EventForm(forms.ModelForm):
    """An event as a professional sends it in (professionals area).

    A date and two clock times instead of two moments: simpler to fill in, and
    no JavaScript date picker. The end must come after the start.
    """

    mark_required = False

    day = forms.DateField(
        label=_("Datum (de eerste keer)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Vul de datum in."),
            "invalid": _("Dit is geen datum. Bijvoorbeeld 2027-03-16."),
        },
    )
    start_time = forms.TimeField(
        label=_("Begintijd"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Vul de begintijd in."),
            "invalid": _("Dit is geen tijd. Bijvoorbeeld 19:30."),
        },
    )
    end_time = forms.TimeField(
        label=_("Eindtijd"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Vul de eindtijd in."),
            "invalid": _("Dit is geen tijd. Bijvoorbeeld 21:00."),
        },
    )

    join_url = forms.URLField(
        label=_("Link om je aan te melden"),
        help_text=_("Alleen als ouders zich bij jullie aanmelden."),
        required=False,
        max_length=300,
        assume_scheme="https",
        error_messages={"invalid": _("Dit is geen link. Bijvoorbeeld https://…")},
    )

    class Meta:
        model = Event
        fields = [
            "title",
            "description",
            "repeat",
            "repeat_until",
            "is_online",
            "venue_name",
            "address",
            "postcode",
            "is_free",
            "cost_note",
            "childcare",
            "target_groups",
            "join_method",
            "join_url",
            "contact_name",
            "contact_email",
            "notify_email",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "repeat_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "target_groups": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "title": {"required": _("Vul een titel in.")},
            "description": {"required": _("Vertel kort wat er gebeurt.")},
            "repeat_until": {
                "invalid": _("Dit is geen datum. Bijvoorbeeld 2027-06-30.")
            },
            "notify_email": {
                "invalid": _(
                    "Dit lijkt geen e-mailadres. Bijvoorbeeld naam@voorbeeld.nl."
                )
            },
            "contact_email": {
                "invalid": _(
                    "Dit lijkt geen e-mailadres. Bijvoorbeeld naam@voorbeeld.nl."
                )
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        event = self.instance
        if event.pk and event.starts_at and not self.is_bound:
            start = timezone.localtime(event.starts_at)
            self.initial.update(
                day=start.date(),
                start_time=start.time(),
                end_time=timezone.localtime(event.ends_at).time(),
            )
        self.fields["postcode"].help_text = _("Niet nodig voor een online activiteit.")

    def clean(self):
        cleaned = super().clean()
        day, start, end = (cleaned.get(k) for k in ("day", "start_time", "end_time"))
        if day and start and end:
            zone = timezone.get_current_timezone()
            starts_at = datetime.datetime.combine(day, start, tzinfo=zone)
            ends_at = datetime.datetime.combine(day, end, tzinfo=zone)
            if ends_at <= starts_at:
                self.add_error(
                    "end_time",
                    forms.ValidationError(
                        _("De eindtijd moet na de begintijd liggen."), code="order"
                    ),
                )
            else:
                self.instance.starts_at = starts_at
                self.instance.ends_at = ends_at
        return cleaned
