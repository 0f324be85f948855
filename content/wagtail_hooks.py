"""Admin for editors: snippets with search and filters, the review report, glossary check."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.admin_views import ReviewReportView
from content.glossary import html_to_text, terms_unexplained
from content.models import (
    GlossaryTerm,
    Helpline,
    Organisation,
    PublicHoliday,
    SearchSynonym,
    Theme,
)
from content.review import review_overdue_count
from core.admin_desk import DeskItem, desk_panel_add

# Indexed snippets are searched through the search index (all their SearchFields);
# restricting fields in the viewset breaks the SQLite full-text backend.


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


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    list_display = ["name", "phone", "always_open", "next_review_due"]
    list_filter = ["always_open", "is_emergency", "themes"]


class PublicHolidayViewSet(SnippetViewSet):
    model = PublicHoliday
    icon = "date"
    list_display = ["name", "date"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "alternatives"]


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    list_display = ["word", "also_means"]
    search_fields = ["word", "also_means"]


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
        SearchSynonymViewSet,
    )


register_snippet(ContentViewSetGroup)


@hooks.register("register_admin_urls")
def review_report_urls():
    return [
        path(
            "rapporten/te-controleren/",
            ReviewReportView.as_view(),
            name="content_review_report",
        ),
        path(
            "rapporten/te-controleren/resultaten/",
            ReviewReportView.as_view(results_only=True),
            name="content_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return MenuItem(
        _("Te controleren"),
        reverse("content_review_report"),
        icon_name="calendar-alt",
        order=50,
    )


def page_text(page) -> str:
    """The words a parent reads on a page: title, intro and body/steps as text."""
    parts = [page.title, getattr(page, "intro", "") or ""]
    for name in ("body", "steps"):
        value = getattr(page, name, None)
        if value is not None:
            parts.append(
                html_to_text(
                    value.render_as_block()
                    if hasattr(value, "render_as_block")
                    else str(value)
                )
            )
    return "\n".join(parts)


def _warn_unexplained_terms(request, page):
    """A warning, never a block: the page uses difficult words it does not explain."""
    page = page.specific
    explained = getattr(page, "explained_terms", None)
    if explained is None and not hasattr(page, "body"):
        return
    terms = list(GlossaryTerm.objects.all())
    if not terms:
        return
    missing = terms_unexplained(page_text(page), terms, explained or [])
    if missing:
        words = ", ".join(f"'{t.term}'" for t in missing)
        messages.warning(
            request,
            _(
                "Deze pagina gebruikt moeilijke woorden zonder uitleg: %(words)s. "
                "Kies ze bij 'Moeilijke woorden die deze pagina uitlegt', of gebruik "
                "een eenvoudiger woord."
            )
            % {"words": words},
        )


@hooks.register("after_create_page")
def glossary_check_after_create(request, page):
    _warn_unexplained_terms(request, page)


@hooks.register("after_edit_page")
def glossary_check_after_edit(request, page):
    _warn_unexplained_terms(request, page)


@hooks.register("construct_homepage_panels")
def desk_review_panel(request, panels):
    """The editors' desk: pages and snippets past their review date. The report is
    open to every user of the admin, so the panel is too."""
    desk_panel_add(
        request,
        panels,
        perm=None,
        build=lambda: DeskItem(
            name="review-overdue",
            heading=_("Te laat voor controle"),
            count=review_overdue_count(timezone.localdate()),
            url=reverse("content_review_report"),
            singular="pagina of onderdeel is te laat gecontroleerd",
            plural="pagina's en onderdelen zijn te laat gecontroleerd",
            order=3,
        ),
    )
