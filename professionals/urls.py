"""The secure area. Every view here is wrapped in permissions.member_required."""

from django.urls import path

from professionals.views import (
    area,
    attachments,
    checklist,
    events,
    inbox,
    municipality,
    practices,
)

app_name = "professionals"
urlpatterns = [
    path("", area.dashboard, name="dashboard"),
    path("wachten/", area.waiting, name="waiting"),
    path("leden/", area.members, name="members"),
    path("leden/<int:pk>/besluit/", area.member_decide, name="member_decide"),
    path("praktijkvoorbeelden/", practices.practice_list, name="practice_list"),
    path(
        "praktijkvoorbeelden/nieuw/", practices.practice_create, name="practice_create"
    ),
    path(
        "praktijkvoorbeelden/<int:pk>/",
        practices.practice_detail,
        name="practice_detail",
    ),
    path(
        "praktijkvoorbeelden/<int:pk>/bewerken/",
        practices.practice_edit,
        name="practice_edit",
    ),
    path(
        "praktijkvoorbeelden/<int:pk>/offline/",
        practices.practice_unpublish,
        name="practice_unpublish",
    ),
    path(
        "praktijkvoorbeelden/<int:pk>/weer-online/",
        practices.practice_republish,
        name="practice_republish",
    ),
    path(
        "praktijkvoorbeelden/<int:pk>/vraag/",
        practices.practice_question,
        name="practice_question",
    ),
    path(
        "bijlagen/<int:pk>/",
        attachments.attachment_download,
        name="attachment_download",
    ),
    path(
        "bijlagen/<int:pk>/verwijderen/",
        attachments.attachment_delete,
        name="attachment_delete",
    ),
    path(
        "gemeentepagina/", municipality.municipality_page_edit, name="municipality_page"
    ),
    path("checklist/", checklist.checklist_view, name="checklist"),
    path("agenda/", events.event_list, name="event_list"),
    path("agenda/nieuw/", events.event_create, name="event_create"),
    path("agenda/<int:pk>/bewerken/", events.event_edit, name="event_edit"),
    path("aanmeldingen/", inbox.inbox, name="inbox"),
    path("aanmeldingen/<int:pk>/status/", inbox.inbox_status, name="inbox_status"),
]
