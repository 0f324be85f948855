"""Clear the helpline cache when editors change helplines, hours or holidays."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from content.helplines import helplines_cache_clear
from content.models import (
    Helpline,
    HelplineException,
    HelplineHours,
    PublicHoliday,
    Theme,
)


def connect():
    for model in (Helpline, HelplineHours, HelplineException, PublicHoliday, Theme):
        post_save.connect(
            helplines_cache_clear,
            sender=model,
            dispatch_uid=f"hl-save-{model.__name__}",
        )
        post_delete.connect(
            helplines_cache_clear, sender=model, dispatch_uid=f"hl-del-{model.__name__}"
        )
    m2m_changed.connect(
        helplines_cache_clear, sender=Helpline.themes.through, dispatch_uid="hl-themes"
    )
