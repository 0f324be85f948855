"""The municipality's local schemes in the Regelcheck result, and their admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content.sections import CHECK_RESULT_SECTIONS, CheckResult, Section
from gemeenten import selectors
from gemeenten.models import LocalScheme


@hooks.register(CHECK_RESULT_SECTIONS)
def local_schemes_section(result: CheckResult):
    if result.municipality is None:
        return None
    page = selectors.municipality_page_with_rules(result.municipality)
    if page is None:
        return None
    return Section(
        "gemeenten/includes/check_local_schemes.html",
        {
            "page": page,
            "local": selectors.local_schemes_check(page, result.answers),
        },
        order=10,
    )


class LocalSchemeViewSet(SnippetViewSet):
    model = LocalScheme
    icon = "list-ul"
    menu_label = _("Lokale regelingen")
    add_to_admin_menu = False
    list_display = ["name", "page", "kind"]
    search_fields = ["name"]


register_snippet(LocalSchemeViewSet)
