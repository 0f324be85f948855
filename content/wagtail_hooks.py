"""Admin for editors: snippets with search and filters, the review report, glossary check."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.models import (
    GlossaryTerm,
    Helpline,
    Organisation,
    PublicHoliday,
    Theme,
)


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name"]


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    list_display = ["name", "phone", "always_open", "next_review_due"]
    list_filter = ["always_open", "is_emergency", "themes"]
    search_fields = ["name", "description"]


class PublicHolidayViewSet(SnippetViewSet):
    model = PublicHoliday
    icon = "date"
    list_display = ["name", "date"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "alternatives"]
    search_fields = ["term", "explanation"]


class ContentViewSetGroup(SnippetViewSetGroup):
    menu_label = "Inhoud"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        ThemeViewSet,
        OrganisationViewSet,
        HelplineViewSet,
        PublicHolidayViewSet,
        GlossaryTermViewSet,
    )


register_snippet(ContentViewSetGroup)
