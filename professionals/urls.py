"""The secure area. Every view here is wrapped in permissions.member_required,
except the invitation link (`public_token_view`), which only checks its token."""

from django.urls import path

from professionals.views import (
    area,
    attachments,
    checklist,
    demand,
    embeds,
    events,
    inbox,
    invitations,
    municipality,
    practices,
    questions,
    reports,
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
    path(
        "gemeentepagina/importeren/",
        municipality.municipality_page_import,
        name="municipality_import",
    ),
    path(
        "gemeentepagina/exporteren/",
        municipality.municipality_page_export,
        name="municipality_export",
    ),
    path(
        "uitnodiging/<str:token>/",
        invitations.invitation_open,
        name="invitation",
    ),
    path(
        "uitnodiging-aannemen/",
        invitations.invitation_accept,
        name="invitation_accept",
    ),
    path("checklist/", checklist.checklist_view, name="checklist"),
    path("op-je-website/", embeds.embed_snippets, name="embed_snippets"),
    path("zoekvraag/", demand.demand, name="demand"),
    path("agenda/", events.event_list, name="event_list"),
    path("agenda/nieuw/", events.event_create, name="event_create"),
    path("agenda/<int:pk>/bewerken/", events.event_edit, name="event_edit"),
    path("aanmeldingen/", inbox.inbox, name="inbox"),
    path("aanmeldingen/<int:pk>/status/", inbox.inbox_status, name="inbox_status"),
    path("melding/", reports.error_report, name="error_report"),
    path("melding/verstuurd/", reports.error_report_done, name="error_report_done"),
    path("vragen/", questions.question_queue, name="question_queue"),
    path("vragen/instellingen/", questions.question_routing, name="question_routing"),
    path("vragen/<int:pk>/", questions.question_detail, name="question_detail"),
]
