"""The plan's own questions: the situations, and the dates and postcode.

The other questions are the Regelcheck's own step forms (regelingen/forms.py).
"""

import datetime

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from content.situations import EVENTS, SITUATION_CHOICES
from core.forms import PostcodeField

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d %m %Y"]
YEARS_BACK = 10  # an event longer ago than this is not a date we can plan from
YEARS_AHEAD = 2


class PlanForm(forms.Form):
    title = ""
    intro = ""
    mark_required = False

    def stored(self) -> dict:
        return dict(self.cleaned_data)


class SituationsForm(PlanForm):
    title = _("Wat is er aan de hand?")
    intro = _("Kies alles wat bij jou past. Je kunt meer dan één ding kiezen.")

    situations = forms.MultipleChoiceField(
        label=_("Wat is er aan de hand?"),
        help_text=_("Kies alles wat klopt."),
        choices=SITUATION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één ding dat bij jou past."),
            "invalid_choice": _("Kies alleen uit de antwoorden hieronder."),
        },
    )

    def stored(self) -> dict:
        # Keep the order of the list, whatever order the browser sent.
        chosen = set(self.cleaned_data["situations"])
        return {
            "situations": [code for code, _label in SITUATION_CHOICES if code in chosen]
        }


class DetailsForm(PlanForm):
    """The dates a deadline counts from, and the postcode (both may stay empty)."""

    title = _("Wanneer, en waar woon je?")
    intro = _(
        "Met een datum rekenen we uit wanneer je iets moet regelen. Met je postcode "
        "noemen we je gemeente. Je mag alles leeg laten."
    )

    def __init__(self, *args, events: list[str] = (), today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        by_code = {event.code: event for event in EVENTS}
        for code in events:
            event = by_code.get(code)
            if event is None:
                continue
            self.fields[f"event_{code}"] = forms.DateField(
                label=event.label,
                help_text=_("%(help)s Bijvoorbeeld: %(example)s.")
                % {
                    "help": event.help_text,
                    "example": formats.date_format(self.today, "d-m-Y"),
                },
                required=False,
                input_formats=DATE_INPUT_FORMATS,
                widget=forms.DateInput(
                    format="%d-%m-%Y",
                    attrs={"inputmode": "numeric", "class": "plan-date"},
                ),
                error_messages={
                    "invalid": _("Vul een datum in zoals 15-01-2026 (dag-maand-jaar)."),
                },
            )
        self.fields["postcode"] = PostcodeField(
            label=_("Je postcode (mag je leeg laten)"),
            help_text=_("Bijvoorbeeld 1234 AB. We gebruiken alleen de 4 cijfers."),
            required=False,
        )

    def clean(self):
        cleaned = super().clean()
        low = self.today.replace(year=self.today.year - YEARS_BACK)
        high = self.today.replace(year=self.today.year + YEARS_AHEAD)
        for name, value in list(cleaned.items()):
            if name.startswith("event_") and value and not low <= value <= high:
                self.add_error(
                    name,
                    _("Vul een datum in tussen %(low)s en %(high)s.")
                    % {
                        "low": formats.date_format(low, "j F Y"),
                        "high": formats.date_format(high, "j F Y"),
                    },
                )
        return cleaned

    def stored(self) -> dict:
        events = {
            name.removeprefix("event_"): value.isoformat()
            for name, value in self.cleaned_data.items()
            if name.startswith("event_") and value
        }
        return {"events": events, "postcode": self.cleaned_data.get("postcode") or ""}

    @classmethod
    def initial_from(cls, stored: dict) -> dict:
        initial = {"postcode": stored.get("postcode", "")}
        for code, iso in (stored.get("events") or {}).items():
            try:
                initial[f"event_{code}"] = datetime.date.fromisoformat(iso)
            except (TypeError, ValueError):
                continue
        return initial

    @classmethod
    def data_from(cls, stored: dict) -> dict:
        """Stored answers as POST-like data, to validate them again."""
        data = {"postcode": stored.get("postcode", "")}
        for code, iso in (stored.get("events") or {}).items():
            data[f"event_{code}"] = iso
        return data
