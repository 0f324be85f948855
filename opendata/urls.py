"""/api/v1/…: the read API. Paths without a trailing slash (NL GOV API design rules);
anything else under /api/ is a problem+json 404, never a redirect or an HTML page."""

from django.urls import path, re_path

from opendata import api

app_name = "opendata"
urlpatterns = [
    path("v1", api.Index.as_view(), name="index"),
    path("v1/openapi.json", api.OpenAPIDocument.as_view(), name="openapi"),
    path("v1/regelingen", api.SchemeList.as_view(), name="scheme-list"),
    path("v1/regelingen/<slug:slug>", api.SchemeDetail.as_view(), name="scheme-detail"),
    path("v1/lotgenotengroepen", api.PeerGroupList.as_view(), name="peer-group-list"),
    path(
        "v1/lotgenotengroepen/<slug:slug>",
        api.PeerGroupDetail.as_view(),
        name="peer-group-detail",
    ),
    path("v1/activiteiten", api.EventList.as_view(), name="event-list"),
    path("v1/activiteiten/<slug:slug>", api.EventDetail.as_view(), name="event-detail"),
    path("v1/gemeenten", api.MunicipalityList.as_view(), name="municipality-list"),
    path(
        "v1/gemeenten/<slug:slug>",
        api.MunicipalityDetail.as_view(),
        name="municipality-detail",
    ),
    path(
        "v1/lokale-regelingen", api.LocalSchemeList.as_view(), name="local-scheme-list"
    ),
    path(
        "v1/lokale-regelingen/<int:id>",
        api.LocalSchemeDetail.as_view(),
        name="local-scheme-detail",
    ),
    re_path(r"^.*$", api.not_found),
]
