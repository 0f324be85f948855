"""Admin for editors and moderators: organisations' settings, members, practices,
municipal pages, and the coverage reports. Professionals themselves work in the front
end (/professionals/)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_desk import DeskItem, desk_panel_add
from gemeenten.models import MunicipalityPage
from lotgenoten.services import SIGNUPS_INBOX_HOOK
from professionals.admin_views import CoverageReportView, WhiteSpotsReportView
from professionals.models import (
    Membership,
    MunicipalityInvitation,
    OrganisationProfile,
    Practice,
)
from professionals.services import invitation_send, organisation_request_decide
from vragen.services import ORGANISATION_RECIPIENTS_HOOK


class OrganisationProfileViewSet(SnippetViewSet):
    model = OrganisationProfile
    icon = "group"
    menu_label = "Organisatieprofielen"
    list_display = ["organisation", "approval", "size_class", "open_for_signup"]
    list_filter = ["approval", "size_class", "open_for_signup"]
    search_fields = ["organisation__name"]


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


class MunicipalityInvitationViewSet(SnippetViewSet):
    """Editors invite a gemeente: the e-mail goes out when the invitation is
    saved (`after_create_snippet` below); the link itself is never stored."""

    model = MunicipalityInvitation
    icon = "mail"
    menu_label = "Uitnodigingen gemeenten"
    list_display = ["municipality", "email", "state", "created_at", "expires_at"]
    list_filter = ["municipality__province"]
    search_fields = ["municipality__name", "email"]
    panels = [
        FieldPanel("municipality"),
        FieldPanel("email"),
        FieldPanel("contact_name"),
    ]


class ProfessionalsViewSetGroup(SnippetViewSetGroup):
    menu_label = "Professionals"
    menu_icon = "group"
    items = (
        MembershipViewSet,
        OrganisationProfileViewSet,
        MunicipalityInvitationViewSet,
        PracticeViewSet,
        MunicipalityPageViewSet,
    )


register_snippet(ProfessionalsViewSetGroup)


@hooks.register("construct_homepage_panels")
def desk_members_panel(request, panels):
    """The editors' desk: professionals waiting for approval."""
    desk_panel_add(
        request,
        panels,
        perm="professionals.change_membership",
        build=lambda: DeskItem(
            name="members-pending",
            heading=_("Professionals wachten"),
            count=Membership.objects.filter(status=Membership.Status.PENDING).count(),
            url=reverse("wagtailsnippets_professionals_membership:list")
            + "?status=pending",
            singular="professional wacht op goedkeuring",
            plural="professionals wachten op goedkeuring",
            order=4,
        ),
    )


@hooks.register("after_create_snippet")
def invitation_mail(request, instance):
    if isinstance(instance, MunicipalityInvitation):
        invitation_send(instance, by=request.user)


@hooks.register("after_edit_snippet")
def organisation_request_apply(request, instance):
    """Approving an organisation asked for at sign-up makes its requester admin;
    rejecting it rejects the requests to join it."""
    if isinstance(instance, OrganisationProfile):
        organisation_request_decide(instance, by=request.user)


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


@hooks.register(ORGANISATION_RECIPIENTS_HOOK)
def question_reminder_recipients(organisation) -> list[str]:
    """Who hears of an organisation's unanswered question: its approved members."""
    return list(
        Membership.objects.filter(
            organisation=organisation,
            status=Membership.Status.APPROVED,
            user__is_active=True,
        )
        .exclude(user__email="")
        .values_list("user__email", flat=True)
    )


@hooks.register(SIGNUPS_INBOX_HOOK)
def signups_inbox_url():
    """Organisers with an account handle sign-ups in their inbox here."""
    return reverse("professionals:inbox")
