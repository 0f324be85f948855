"""Helpers of the one field template (core/forms/field.html)."""

from django import forms, template
from django.utils.safestring import mark_safe

from core.forms import PostcodeForm

register = template.Library()

TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"
CLASSES = {
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "select": "utrecht-select utrecht-select--html-select",
    "selectmultiple": "utrecht-select utrecht-select--html-select",
    "nullbooleanselect": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "clearablefile": "form-file",
    "file": "form-file",
}
OPTION_CLASSES = {
    "radio": "utrecht-radio-button utrecht-radio-button--html-input",
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
}


@register.filter
def utrecht_widget(field):
    """The field's input with Utrecht classes; Django adds `aria-invalid` and
    `aria-describedby` (hint `<id>_helptext`, error `<id>_error`)."""
    widget = field.field.widget
    css = CLASSES.get(field.widget_type, TEXTBOX)
    if field.errors and css == TEXTBOX:
        css += " utrecht-textbox--invalid"
    attrs = {"class": f"{widget.attrs.get('class', '')} {css}".strip()}
    if field.widget_type == "textarea" and str(widget.attrs.get("rows")) == "10":
        attrs["rows"] = 4  # Django's default of 10 rows is a wall on a phone
    return field.as_widget(attrs=attrs)


@register.filter
def utrecht_option(option):
    """One radio button or checkbox of a group, with its Utrecht class."""
    option.data["attrs"]["class"] = OPTION_CLASSES.get(option.data["type"], "")
    return option.tag()


@register.filter
def marks_required(field):
    """Whether the label says "(verplicht)" (see core.forms)."""
    return field.field.required and getattr(field.form, "mark_required", True)


@register.filter
def error_target(field):
    """The id an error summary links to: the first option of a group."""
    if field.use_fieldset:
        return f"{field.auto_id}_0"
    return field.id_for_label or field.auto_id


@register.simple_tag
def summary_forms(form=None, forms=None):
    """The forms an error summary lists: `form` first, then `forms`."""
    return ([form] if form else []) + list(forms or [])


@register.simple_tag
def postcode_form(form=None, *, id_prefix):
    """The postcode box's form; an empty one where the page has none (home)."""
    return form or PostcodeForm(auto_id=f"{id_prefix}-%s")


class _ElementForm(forms.Form):
    mark_required = True


@register.simple_tag
def field_from_attrs(attrs, *, label, help_text="", value=""):
    """Render a field a library builds by hand (allauth's `{% element field %}`:
    the authenticator secret, recovery codes) through the one field template."""
    kind = attrs.get("type") or "text"
    name = attrs.get("name") or attrs.get("id") or "field"
    widget_attrs = {
        key: attrs[key]
        for key in ("autocomplete", "placeholder", "rows")
        if attrs.get(key)
    }
    if attrs.get("readonly"):
        widget_attrs["readonly"] = True
    if attrs.get("id"):
        widget_attrs["id"] = attrs["id"]
    if kind == "textarea":
        widget = forms.Textarea(attrs=widget_attrs)
    elif kind in ("checkbox", "radio"):
        widget = forms.CheckboxInput(
            attrs=widget_attrs, check_test=lambda _value: bool(attrs.get("checked"))
        )
        widget.input_type = kind
    else:
        widget = forms.TextInput(attrs=widget_attrs)
        widget.input_type = kind
    if attrs.get("value") is not None and kind not in ("textarea",):
        value = attrs["value"]
    form = _ElementForm(auto_id="%s", initial={name: value})
    form.fields[name] = forms.CharField(
        label=mark_safe(label.strip()),  # noqa: S308 - rendered slot, already escaped
        help_text=mark_safe(help_text.strip()),  # noqa: S308
        required=bool(attrs.get("required")),
        disabled=bool(attrs.get("disabled")),
        widget=widget,
    )
    return form[name].as_field_group()
