from django.urls import path

from lotgenoten import views

app_name = "lotgenoten"
urlpatterns = [
    path("lotgenoten/", views.search, name="search"),
    path("lotgenoten/zelf-starten/", views.start_group, name="start"),
    path("lotgenoten/zelf-starten/verstuurd/", views.start_done, name="start_done"),
    path("lotgenoten/bijwerken/klaar/", views.organiser_done, name="organiser_done"),
    path("lotgenoten/bijwerken/<str:token>/", views.organiser, name="organiser"),
    path("lotgenoten/<slug:slug>/", views.detail, name="detail"),
    path("lotgenoten/<slug:slug>/meedoen/", views.signup, name="signup"),
    path(
        "lotgenoten/<slug:slug>/meedoen/verstuurd/",
        views.signup_done,
        name="signup_done",
    ),
]
