from django.urls import path

from lotgenoten import event_views, views

app_name = "lotgenoten"
urlpatterns = [
    path("lotgenoten/", views.search, name="search"),
    path("lotgenoten/zelf-starten/", views.start_group, name="start"),
    path("lotgenoten/zelf-starten/verstuurd/", views.start_done, name="start_done"),
    path("lotgenoten/bijwerken/klaar/", views.organiser_done, name="organiser_done"),
    path("lotgenoten/bijwerken/<str:token>/", views.organiser, name="organiser"),
    path(
        "lotgenoten/aanmeldingen/<str:token>/",
        views.organiser_signups,
        name="organiser_signups",
    ),
    path("lotgenoten/<slug:slug>/", views.detail, name="detail"),
    path("lotgenoten/<slug:slug>/meedoen/", views.signup, name="signup"),
    path(
        "lotgenoten/<slug:slug>/meedoen/verstuurd/",
        views.signup_done,
        name="signup_done",
    ),
    path("agenda/", event_views.agenda, name="agenda"),
    path("agenda/<slug:slug>/", event_views.event_detail, name="event_detail"),
    path(
        "agenda/<slug:slug>/agenda.ics",
        event_views.event_ics_download,
        name="event_ics",
    ),
    path(
        "agenda/<slug:slug>/aanmelden/",
        event_views.event_signup,
        name="event_signup",
    ),
    path(
        "agenda/<slug:slug>/aanmelden/verstuurd/",
        event_views.event_signup_done,
        name="event_signup_done",
    ),
]
