from django.urls import path

from regelingen import views

app_name = "regelingen"
urlpatterns = [
    path("", views.scheme_list, name="list"),
    path("check/", views.check, name="check"),
    path("export.json", views.export_json, name="export_json"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/", views.scheme_detail, name="detail"),
]
