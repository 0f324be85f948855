"""The editors' desk: one Wagtail dashboard panel per queue, each a count with a
link to the queue.

Each app adds the panels for its own data in its wagtail_hooks.py, through
Wagtail's `construct_homepage_panels` hook, and only when the user may open the
queue (`desk_panel_add` checks the permission):

    @hooks.register("construct_homepage_panels")
    def desk_reports(request, panels):
        desk_panel_add(request, panels, perm="app.change_model", build=lambda: DeskPanel(...))
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

DESK_ORDER = 50  # before Wagtail's own panels (workflow 210, recent edits 250)


@dataclass
class DeskItem:
    """One queue: a count with a link, and the words that say what is counted."""

    name: str
    heading: str
    count: int
    url: str
    singular: str
    plural: str
    order: int = 0

    @property
    def text(self) -> str:
        return ngettext(self.singular, self.plural, self.count)


class DeskPanel(Component):
    """One queue on the editors' desk (an admin dashboard panel)."""

    template_name = "components/desk_panel.html"

    def __init__(self, item: DeskItem):
        self.item = item
        self.name = f"desk-{item.name}"
        self.order = DESK_ORDER + item.order

    def get_context_data(self, parent_context=None):
        return {"item": self.item, "panel_id": self.name}


def desk_panel_add(
    request, panels: list, *, perm: str | None, build: Callable[[], DeskItem]
) -> None:
    """Add the panel `build()` makes when the user has `perm` (None: every user
    of the admin). The count is only queried for users who may see it."""
    if perm is not None and not request.user.has_perm(perm):
        return
    panels.append(DeskPanel(build()))
