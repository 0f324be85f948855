"""Admin for editors and moderators: organisations' settings, members, practices,
municipal pages. Professionals themselves work in the front end (/professionals/)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from gemeenten.models import MunicipalityPage
from lotgenoten.services import SIGNUPS_INBOX_HOOK
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


@hooks.register(SIGNUPS_INBOX_HOOK)
def signups_inbox_url():
    """Organisers with an account handle sign-ups in their inbox here."""
    return reverse("professionals:inbox")
