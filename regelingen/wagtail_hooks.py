"""Editors' admin for schemes and life events: search, filters, review overview."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.sections import THEME_PAGE_SECTIONS, Section
from regelingen.models import LifeEvent, Scheme


class SchemeFilterSet(WagtailFilterSet):
    to_review = django_filters.BooleanFilter(
        label=_("Te controleren"),
        method="filter_to_review",
        help_text=_("Ja: de datum voor de volgende controle is voorbij of leeg."),
    )

    class Meta:
        model = Scheme
        fields = ["level", "provider", "themes", "life_events", "live"]

    def filter_to_review(self, queryset, name, value):
        today = timezone.localdate()
        overdue = queryset.filter(next_review_due__lte=today) | queryset.filter(
            next_review_due__isnull=True
        )
        if value is None:
            return queryset
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class SchemeViewSet(SnippetViewSet):
    model = Scheme
    icon = "list-ul"
    menu_label = _("Regelingen")
    list_display = [
        "name",
        Column("provider", label=_("aanbieder")),
        Column("level", label=_("niveau"), accessor="get_level_display"),
        DateColumn("last_reviewed", label=_("laatst gecontroleerd")),
        DateColumn("next_review_due", label=_("volgende controle")),
        "live",
    ]
    list_export = ["name", "provider", "level", "last_reviewed", "next_review_due"]
    filterset_class = SchemeFilterSet
    # No search_fields here: the model's index (name, official name, summary, ...) is
    # searched as a whole; restricting fields fails on SQLite's full-text backend.
    ordering = ["name"]
    copy_view_enabled = True
    inspect_view_enabled = True


class LifeEventViewSet(SnippetViewSet):
    model = LifeEvent
    icon = "calendar-alt"
    menu_label = _("Levensgebeurtenissen")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class RegelingenGroup(SnippetViewSetGroup):
    items = (SchemeViewSet, LifeEventViewSet)
    menu_icon = "list-ul"
    menu_label = _("Regelingen")
    menu_name = "regelingen"


register_snippet(RegelingenGroup)


@hooks.register(THEME_PAGE_SECTIONS)
def theme_schemes_section(theme):
    """The published schemes of the theme, on its theme page (one query)."""
    # Changes only when content does (a new generation): kept up to an hour.
    return Section(
        "regelingen/includes/theme_schemes.html",
        {"theme": theme},
        order=10,
        cache_seconds=3600,
    )
