from django.urls import path

from vragen import views

app_name = "vragen"
urlpatterns = [
    path("vraag/", views.ask, name="ask"),
    path("vraag/verstuurd/", views.done, name="done"),
]
