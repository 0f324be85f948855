"""Template helpers for forms in our NL Design System layout."""

from django import template

register = template.Library()

CLASSES = {
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "select": "utrecht-select utrecht-select--html-select",
    "selectmultiple": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "clearablefile": "professionals-file",
    "file": "professionals-file",
}
TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"


@register.filter
def styled(bound_field):
    """Render a field's widget with our classes (keeps Django's aria attributes)."""
    widget = bound_field.field.widget
    if widget.attrs.get("class"):
        return bound_field.as_widget()
    css = CLASSES.get(bound_field.widget_type, TEXTBOX)
    if bound_field.errors and css == TEXTBOX:
        css += " utrecht-textbox--invalid"
    return bound_field.as_widget(attrs={"class": css})
