"""Wagtail admin: the national team's answer queue, the monthly report, the
dashboard panel and the routing settings (which organisation takes which gemeente)."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from vragen import admin_views, selectors
from vragen.models import RoutingOptIn

admin_urls = (
    [
        path("", admin_views.queue, name="queue"),
        path("rapport/", admin_views.report, name="report"),
        path("<int:pk>/", admin_views.detail, name="detail"),
    ],
    "vragen_admin",
)


@hooks.register("register_admin_urls")
def register_question_urls():
    return [path("vragen/", include(admin_urls))]


class QuestionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_questions_menu_item():
    return QuestionsMenuItem(
        _("Vragen van ouders"),
        reverse("vragen_admin:queue"),
        icon_name="help",
        order=240,
    )


@hooks.register("register_permissions")
def register_question_permissions():
    """The permission "change vraag van een ouder" in Wagtail's group settings: who answers
    for the national team (the queue, the report and the dashboard panel)."""
    return Permission.objects.filter(
        content_type__app_label="vragen", codename="change_question"
    )


class QuestionsPanel(Component):
    """The desk: open questions of the national team and how many are overdue."""

    name = "vragen"
    order = 90
    template_name = "vragen/admin/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "counts": selectors.queue_counts(selectors.questions_for_national_team())
        }


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    if request.user.has_perm(admin_views.PERMISSION):
        panels.append(QuestionsPanel())


class RoutingOptInViewSet(SnippetViewSet):
    """Editors may set any organisation's gemeenten; members set their own in the
    secure area."""

    model = RoutingOptIn
    icon = "help"
    menu_label = _("Vragen: gemeenten")
    add_to_admin_menu = False
    list_display = ["organisation", "active", "updated_at"]
    list_filter = ["active"]
    copy_view_enabled = False
    panels = [
        FieldPanel("organisation"),
        FieldPanel("active"),
        FieldPanel("municipalities"),
    ]


register_snippet(RoutingOptInViewSet)
