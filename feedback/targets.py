"""The pages that take "Was dit nuttig?", named as "<content type id>-<id>".

The key travels in a hidden form field of a public page: it names a public page,
nothing about the reader.
"""

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType

from feedback.models import feedback_target_model

_KEY = re.compile(r"^(\d{1,9})-(\d{1,18})$")


@dataclass(frozen=True)
class Target:
    content_type: ContentType
    object_id: int
    obj: object

    @property
    def key(self) -> str:
        return target_key(self.content_type.pk, self.object_id)

    @property
    def title(self) -> str:
        return str(getattr(self.obj, "title", None) or self.obj)

    @property
    def url(self) -> str:
        url = getattr(self.obj, "url", None)
        if isinstance(url, str) and url:
            return url
        return self.obj.get_absolute_url()


def target_key(content_type_id: int, object_id: int) -> str:
    return f"{content_type_id}-{object_id}"


def is_public(obj) -> bool:
    """Pages and schemes have `live`, municipal pages `published`."""
    for name in ("live", "published"):
        if hasattr(obj, name):
            return bool(getattr(obj, name))
    return True


def target_from_key(key: str) -> Target | None:
    """The public page that `key` names, or None (unknown, not public, not taking
    part, or not a key at all). At most two queries (the content type is cached)."""
    match = _KEY.match(str(key or ""))
    if not match:
        return None
    try:
        content_type = ContentType.objects.get_for_id(int(match.group(1)))
    except ContentType.DoesNotExist:
        return None
    model = feedback_target_model(content_type)
    if model is None:
        return None
    obj = model._default_manager.filter(pk=int(match.group(2))).first()
    if obj is None or not is_public(obj):
        return None
    return Target(content_type, obj.pk, obj)
