"""Admin for editors: snippets with search and filters, the review report, glossary check."""

import html

from django.contrib import messages
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.admin_views import ReviewReportView, TranslationReportView
from content.b1 import LONG_SENTENCE_WORDS, b1_check, glossary_forms
from content.glossary import html_to_text, terms_unexplained
from content.i18n import in_source_locale
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
        path(
            "rapporten/vertalingen/",
            TranslationReportView.as_view(),
            name="content_translation_report",
        ),
        path(
            "rapporten/vertalingen/resultaten/",
            TranslationReportView.as_view(results_only=True),
            name="content_translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Vertalingen"),
        reverse("content_translation_report"),
        icon_name="globe",
        order=55,
    )


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return MenuItem(
        _("Te controleren"),
        reverse("content_review_report"),
        icon_name="calendar-alt",
        order=50,
    )


def _step_text(step) -> str:
    """The words of one step of a step plan a parent reads."""
    parts = [str(step.get("title") or "") + "."]
    parts.append(html_to_text(str(step.get("what_to_do") or "")))
    for key in ("contact_first", "when"):
        if step.get(key):
            parts.append(str(step[key]) + ".")
    parts += [str(item) + "." for item in step.get("bring") or []]
    parts += [str(d.get("text") or "") for d in step.get("deadlines") or []]
    return "\n\n".join(p for p in parts if p.strip(". "))


def page_text(page) -> str:
    """The words a parent reads on a page: title, intro and body/steps as text."""
    parts = [page.title + ".", getattr(page, "intro", "") or ""]
    for name in ("body", "steps"):
        value = getattr(page, name, None)
        if value is None:
            continue
        if name == "steps":
            parts += [_step_text(block.value) for block in value]
        elif hasattr(value, "raw_data"):  # a StreamField: each block as rendered
            parts += [html_to_text(str(block.render())) for block in value]
        else:
            parts.append(html_to_text(str(value)))
    return html.unescape("\n\n".join(parts))


def _warn_unexplained_terms(request, page):
    """A warning, never a block: the page uses difficult words it does not explain."""
    page = page.specific
    explained = getattr(page, "explained_terms", None)
    if explained is None and not hasattr(page, "body"):
        return
    terms = list(in_source_locale(GlossaryTerm.objects.all()))
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


def _sentence_start(sentence: str, words: int = 8) -> str:
    parts = sentence.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def b1_warning_text(findings) -> str:
    """The editor's B1 warning in words, or '' when the text passes."""
    parts = []
    if findings.rare_words:
        shown = findings.rare_words[:12]
        more = len(findings.rare_words) - len(shown)
        parts.append(
            _(
                "Weinig gebruikte woorden die niet in de lijst moeilijke woorden staan: %(words)s%(more)s."
            )
            % {
                "words": ", ".join(f"'{w}'" for w in shown),
                "more": _(" (en %(n)s meer)") % {"n": more} if more else "",
            }
        )
    if findings.long_sentences:
        parts.append(
            _(
                "%(n)s zinnen met meer dan %(limit)s woorden, bijvoorbeeld: '%(example)s'."
            )
            % {
                "n": len(findings.long_sentences),
                "limit": LONG_SENTENCE_WORDS,
                "example": _sentence_start(findings.long_sentences[0]),
            }
        )
    if findings.passive_sentences:
        parts.append(
            _(
                "%(n)s zinnen in de lijdende vorm (wordt … gedaan), bijvoorbeeld: '%(example)s'."
            )
            % {
                "n": len(findings.passive_sentences),
                "example": _sentence_start(findings.passive_sentences[0]),
            }
        )
    if not parts:
        return ""
    return " ".join(
        [_("B1-controle:"), *parts]
        + [
            _(
                "Kies een gewoner woord, een kortere zin of de bedrijvende vorm. "
                "Is een woord nodig (een officieel woord)? Zet het bij de "
                "moeilijke woorden of op de lijst goedgekeurde woorden."
            )
        ]
    )


def _warn_b1(request, page):
    """A warning, never a block: rare words, long and passive sentences."""
    page = page.specific
    if not hasattr(page, "body") and not hasattr(page, "steps"):
        return
    known = glossary_forms(in_source_locale(GlossaryTerm.objects.all()))
    text = b1_warning_text(b1_check(page_text(page), known))
    if text:
        messages.warning(request, text)


@hooks.register("after_create_page")
def glossary_check_after_create(request, page):
    _warn_unexplained_terms(request, page)
    _warn_b1(request, page)


@hooks.register("after_edit_page")
def glossary_check_after_edit(request, page):
    _warn_unexplained_terms(request, page)
    _warn_b1(request, page)


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
