"""The one form layer (DESIGN.md §3).

Every form of the portal renders through Django's form rendering API with the
templates in core/templates/core/forms/: `FormRenderer` (set once as
FORM_RENDERER) makes `{{ form }}` and `{{ form.field.as_field_group }}` use
`field.html`, the one NL Design System (Utrecht) field: label, hint and error
linked to the input (`aria-describedby`, `aria-invalid`), radio and checkbox
groups as a fieldset with a legend. `error_summary.html` lists the errors of a
page with links to the fields.

Forms set `mark_required = False` when their labels mark the optional fields
instead ("mag leeg blijven"), as the forms for parents do; otherwise required
fields get "(verplicht)" after the label.
"""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy as _

from core.postcodes import parse_pc4

POSTCODE_ERROR = _(
    "Dit is geen Nederlandse postcode. Vul 4 cijfers in, met of zonder 2 letters, "
    "bijvoorbeeld 1234 AB."
)
POSTCODE_LABEL = _("Je postcode")
POSTCODE_HELP = _("Bijvoorbeeld 1234 AB. De cijfers alleen is ook goed.")


class FormRenderer(TemplatesSetting):
    """Our templates for every form and field (project templates can override)."""

    form_template_name = "core/forms/form.html"
    field_template_name = "core/forms/field.html"


class PostcodeField(forms.CharField):
    """A Dutch postcode, cleaned to its 4 digits ("1012 AB" -> "1012").

    Only the 4 digits are kept, so a full postcode never travels further (URLs,
    logs, signed state). Empty input cleans to "" when the field is optional.
    """

    default_error_messages = {"invalid": POSTCODE_ERROR}

    def __init__(self, *, label=POSTCODE_LABEL, help_text=POSTCODE_HELP, **kwargs):
        # No max_length: too long input gets the postcode message, not a length one.
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"autocomplete": "postal-code", "maxlength": "16"}),
        )
        super().__init__(label=label, help_text=help_text, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return ""
        pc4 = parse_pc4(value[:64])
        if pc4 is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return pc4


class PostcodeForm(forms.Form):
    """The postcode box of the home page and /in-de-buurt/ (GET, no personal data
    kept: the view redirects to the 4 digits)."""

    mark_required = False

    postcode = PostcodeField()


class DatalistInput(forms.TextInput):
    """A text box with a list of suggestions (`<datalist>`): the browser filters
    the list as you type, with no JavaScript of ours. Without datalist support it
    is a plain text box; the server checks the value either way."""

    template_name = "core/forms/widgets/datalist.html"

    def __init__(self, attrs=None, options=()):
        super().__init__({"autocomplete": "off", **(attrs or {})})
        self.options = list(options)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        datalist_id = f"{context['widget']['attrs'].get('id') or name}-lijst"
        context["widget"]["attrs"]["list"] = datalist_id
        context["widget"]["datalist_id"] = datalist_id
        context["widget"]["options"] = self.options
        return context


def name_key(text: str) -> str:
    """How names are compared: case, accents of the keyboard and extra spaces do
    not matter ("  ZUTPHEN " is "Zutphen")."""
    return " ".join(str(text).split()).casefold()


class NameChoiceField(forms.CharField):
    """Choose one object by its name from a list of suggestions (DatalistInput).

    `choices` maps each name to its object; the name typed must be one of them
    (compared with `name_key`), otherwise the field says `invalid_choice`. What was
    typed stays in the box on an error. `prefixes` are words people may type in
    front of a name ("Gemeente Zutphen" for "Zutphen").
    """

    default_error_messages = {
        "invalid_choice": _("Kies een naam uit de lijst."),
    }

    def __init__(self, *, prefixes=(), **kwargs):
        # No max_length: the cleaned value is an object, not text to measure.
        kwargs.setdefault("widget", DatalistInput(attrs={"maxlength": "200"}))
        self.prefixes = [name_key(p) + " " for p in prefixes]
        self._by_name = {}
        super().__init__(**kwargs)

    def set_choices(self, pairs) -> None:
        """Give the (name, object) pairs to choose from, in the order shown."""
        pairs = list(pairs)
        self._by_name = {name_key(name): obj for name, obj in pairs}
        self.widget.options = [name for name, _obj in pairs]

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        key = name_key(value[:400])
        found = self._by_name.get(key)
        for prefix in self.prefixes:
            if found is None and key.startswith(prefix):
                found = self._by_name.get(key[len(prefix) :])
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return found
