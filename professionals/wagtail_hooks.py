"""Admin for editors and moderators: organisations' settings, members, practices,
municipal pages, and the coverage reports. Professionals themselves work in the front
end (/professionals/)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from gemeenten.models import MunicipalityPage
from professionals.admin_views import CoverageReportView, WhiteSpotsReportView
from professionals.models import (
    Membership,
    OrganisationProfile,
    Practice,
)


class OrganisationProfileViewSet(SnippetViewSet):
    model = OrganisationProfile
    icon = "group"
    menu_label = "Organisatieprofielen"
    list_display = ["organisation", "size_class", "open_for_signup"]
    list_filter = ["size_class", "open_for_signup"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = "Lidmaatschappen"
    list_display = ["user", "organisation", "role", "status", "created_at"]
    list_filter = ["status", "role"]


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "doc-full"
    menu_label = "Praktijkvoorbeelden"
    list_display = ["title", "organisation", "publication", "status", "updated_at"]
    list_filter = ["publication", "status", "size_class", "province"]


class MunicipalityPageViewSet(SnippetViewSet):
    model = MunicipalityPage
    icon = "site"
    menu_label = "Gemeentepagina's"
    list_display = ["municipality", "organisation", "published", "last_verified"]
    list_filter = ["published", "is_example"]


class ProfessionalsViewSetGroup(SnippetViewSetGroup):
    menu_label = "Professionals"
    menu_icon = "group"
    items = (
        MembershipViewSet,
        OrganisationProfileViewSet,
        PracticeViewSet,
        MunicipalityPageViewSet,
    )


register_snippet(ProfessionalsViewSetGroup)


@hooks.register("register_admin_urls")
def coverage_report_urls():
    return [
        path(
            "rapporten/dekking-gemeenten/",
            CoverageReportView.as_view(),
            name="coverage_report",
        ),
        path(
            "rapporten/dekking-gemeenten/resultaten/",
            CoverageReportView.as_view(results_only=True),
            name="coverage_report_results",
        ),
        path(
            "rapporten/witte-vlekken/",
            WhiteSpotsReportView.as_view(),
            name="white_spots_report",
        ),
        path(
            "rapporten/witte-vlekken/resultaten/",
            WhiteSpotsReportView.as_view(results_only=True),
            name="white_spots_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def coverage_report_menu_item():
    return MenuItem(
        _("Dekking gemeenten"), reverse("coverage_report"), icon_name="site", order=60
    )


@hooks.register("register_reports_menu_item")
def white_spots_menu_item():
    return MenuItem(
        _("Witte vlekken"), reverse("white_spots_report"), icon_name="warning", order=61
    )
