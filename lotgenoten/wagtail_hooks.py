"""Wagtail admin for peer groups, their sign-ups and requests for new groups."""

from django.core.exceptions import PermissionDenied
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from content.sections import THEME_PAGE_SECTIONS, Section
from core.admin_desk import DeskItem, desk_panel_add
from lotgenoten import admin_views
from lotgenoten.models import Event, GroupRequest, PeerGroup, SignUp, TargetGroup
from lotgenoten.selectors import (
    events_waiting_for_approval,
    signup_visible_to,
    signups_visible_to,
)
from lotgenoten.services import peer_groups_hidden_soon


class PeerGroupViewSet(SnippetViewSet):
    model = PeerGroup
    icon = "group"
    menu_label = _("Groepen")
    list_display = ["name", "place", "status", "last_confirmed", UpdatedAtColumn()]
    list_filter = [
        "status",
        "is_online",
        "is_example",
        "is_free",
        "childcare",
        "target_groups",
        "municipality__province",
    ]
    # Search uses the model's own index (name, description, place); a field list
    # here breaks the SQLite full-text backend used in development.
    ordering = ["name"]
    list_export = [
        "name",
        "slug",
        "place",
        "postcode",
        "status",
        "last_confirmed",
    ]
    # The editor's form, in the order an organiser tells about a group.
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("description"),
                FieldPanel("for_whom"),
                FieldPanel("method"),
                FieldPanel("target_groups"),
                FieldPanel("themes"),
                FieldPanel("is_example"),
            ],
            heading=_("De groep"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel(
                    [FieldPanel("contact_phone"), FieldPanel("contact_email")]
                ),
                FieldPanel("notify_email"),
                FieldPanel("managers"),
            ],
            heading=_("Organisator en contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("place")]),
                FieldPanel("getting_there"),
                FieldPanel("accessibility"),
                FieldPanel("municipality"),
                FieldPanel("manual_coordinates"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("weekday"),
                        FieldPanel("start_time"),
                        FieldPanel("end_time"),
                    ]
                ),
                FieldPanel("frequency"),
                FieldPanel("schedule_text"),
            ],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost_note")]),
                FieldRowPanel(
                    [FieldPanel("childcare"), FieldPanel("children_welcome")]
                ),
                FieldPanel("languages"),
                FieldPanel("join_method"),
                FieldPanel("join_note"),
            ],
            heading=_("Praktisch"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("last_confirmed")],
            heading=_("Klopt het nog?"),
        ),
    ]


class EventViewSet(SnippetViewSet):
    """Workshops, meetings and webinars. Professionals send theirs in from the
    professionals area; they stay 'Wacht op goedkeuring' until an editor
    approves them here (field `review`)."""

    model = Event
    icon = "date"
    menu_label = _("Agenda")
    list_display = ["title", "starts_at", "place", "review", UpdatedAtColumn()]
    list_filter = ["review", "is_online", "is_example", "repeat", "organiser"]
    ordering = ["-starts_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldPanel("description"),
                FieldPanel("target_groups"),
                FieldPanel("themes"),
                FieldPanel("is_example"),
            ],
            heading=_("De activiteit"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_until")]),
            ],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("place")]),
                FieldPanel("getting_there"),
                FieldPanel("accessibility"),
                FieldPanel("municipality"),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost_note")]),
                FieldPanel("childcare"),
                FieldPanel("join_method"),
                FieldPanel("join_url"),
            ],
            heading=_("Praktisch"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel(
                    [FieldPanel("contact_phone"), FieldPanel("contact_email")]
                ),
                FieldPanel("notify_email"),
                FieldPanel("managers"),
            ],
            heading=_("Organisator en contact"),
        ),
        FieldPanel("review"),
    ]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "tag"
    menu_label = _("Doelgroepen")
    list_display = ["name", "slug"]


class SignUpPermissionPolicy(ModelPermissionPolicy):
    """Parents sign up on the site, never an editor on their behalf; and a sign-up
    is only for the people who manage its group."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and signup_visible_to(
            user, instance
        )


class SignUpEditView(EditView):
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not signup_visible_to(self.request.user, obj):
            raise PermissionDenied
        return obj


class SignUpDeleteView(DeleteView):
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not signup_visible_to(self.request.user, obj):
            raise PermissionDenied
        return obj


class NoStoreViewSetMixin:
    """Every admin view of the set (list, edit, delete, history…) sends
    `Cache-Control: no-store`: they show a parent's name and contact details."""

    def get_urlpatterns(self):
        return [
            URLPattern(p.pattern, never_cache(p.callback), p.default_args, p.name)
            if isinstance(p, URLPattern)
            else p
            for p in super().get_urlpatterns()
        ]


class SignUpViewSet(NoStoreViewSetMixin, SnippetViewSet):
    """Sign-ups: a user sees only those of the groups they manage (PeerGroup.managers)."""

    model = SignUp
    icon = "user"
    menu_label = _("Aanmeldingen")
    list_display = ["name", "group", "event", "status", "created_at"]
    list_filter = ["status", "group", "event"]
    search_fields = ["name"]
    edit_view_class = SignUpEditView
    delete_view_class = SignUpDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_queryset(self, request):
        return signups_visible_to(request.user)

    @property
    def permission_policy(self):
        return SignUpPermissionPolicy(self.model)


class GroupRequestViewSet(NoStoreViewSetMixin, SnippetViewSet):
    model = GroupRequest
    icon = "mail"
    menu_label = _("Verzoeken nieuwe groep")
    list_display = ["name", "place", "role", "created_at", "handled"]
    list_filter = ["handled", "role"]
    search_fields = ["name", "place"]
    copy_view_enabled = False


class LotgenotenGroup(SnippetViewSetGroup):
    menu_label = _("Lotgenoten")
    menu_icon = "group"
    menu_order = 250
    items = (
        PeerGroupViewSet,
        EventViewSet,
        SignUpViewSet,
        GroupRequestViewSet,
        TargetGroupViewSet,
    )


register_snippet(LotgenotenGroup)


@hooks.register("register_admin_urls")
def register_csv_urls():
    return [
        path(
            "lotgenoten/csv/",
            admin_views.peer_groups_csv,
            name="lotgenoten_csv",
        ),
    ]


class CsvMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("lotgenoten.add_peergroup")


@hooks.register("register_admin_menu_item")
def register_csv_menu_item():
    return CsvMenuItem(
        _("Groepen importeren/exporteren"),
        reverse("lotgenoten_csv"),
        icon_name="download",
        order=251,
    )


@hooks.register(THEME_PAGE_SECTIONS)
def theme_groups_section(theme):
    """A few peer groups for the theme, on its theme page (one query)."""
    # Kept a minute at most: which groups show also depends on the date.
    return Section(
        "lotgenoten/includes/theme_groups.html",
        {"theme": theme},
        order=20,
        cache_seconds=60,
    )


@hooks.register("construct_homepage_panels")
def desk_lotgenoten_panels(request, panels):
    """The editors' desk: requests for a new group, groups about to be hidden."""
    desk_panel_add(
        request,
        panels,
        perm="lotgenoten.change_grouprequest",
        build=lambda: DeskItem(
            name="group-requests",
            heading=_("Verzoeken nieuwe groep"),
            count=GroupRequest.objects.filter(handled=False).count(),
            url=reverse("wagtailsnippets_lotgenoten_grouprequest:list"),
            singular="verzoek om een nieuwe groep wacht",
            plural="verzoeken om een nieuwe groep wachten",
            order=5,
        ),
    )
    desk_panel_add(
        request,
        panels,
        perm="lotgenoten.change_peergroup",
        build=lambda: DeskItem(
            name="groups-hidden-soon",
            heading=_("Groepen bijna verborgen"),
            count=peer_groups_hidden_soon(timezone.localdate()).count(),
            url=reverse("wagtailsnippets_lotgenoten_peergroup:list")
            + "?status=actief&ordering=last_confirmed",
            singular="groep wordt binnen 30 dagen verborgen: niet bevestigd",
            plural="groepen worden binnen 30 dagen verborgen: niet bevestigd",
            order=6,
        ),
    )


@hooks.register(THEME_PAGE_SECTIONS)
def theme_events_section(theme):
    """A few upcoming events about the theme, on its theme page (two queries)."""
    # Kept a minute at most: the next dates move with the clock.
    return Section(
        "lotgenoten/includes/theme_events.html",
        {"theme": theme},
        order=21,
        cache_seconds=60,
    )


class EventsWaitingPanel(Component):
    """On the editors' dashboard: events from professionals waiting for approval."""

    name = "events_waiting"
    template_name = "lotgenoten/admin/events_waiting_panel.html"
    order = 120

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context):
        return {
            "count": self.count,
            "url": reverse("wagtailsnippets_lotgenoten_event:list") + "?review=wacht",
        }


@hooks.register("construct_homepage_panels")
def events_waiting_panel(request, panels):
    """Only for users who may approve events, and only when some wait."""
    if not request.user.has_perm("lotgenoten.change_event"):
        return
    count = events_waiting_for_approval().count()
    if count:
        panels.append(EventsWaitingPanel(count))
