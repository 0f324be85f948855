"""`{{ obj|object_key }}`: "<content type id>-<id>", a stable name for any row.

Used by forms on public pages that name the page they are on without naming its
app (the "Was deze pagina nuttig?" form)."""

from django import template
from django.contrib.contenttypes.models import ContentType

register = template.Library()


@register.filter
def object_key(obj) -> str:
    if obj is None or getattr(obj, "pk", None) is None:
        return ""
    content_type = ContentType.objects.get_for_model(obj)
    return f"{content_type.pk}-{obj.pk}"
