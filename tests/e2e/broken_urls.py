"""A URL that fails on purpose, to show the 500 page in the browser test."""

from django.urls import include, path


def broken(request):
    return 1 / 0


urlpatterns = [path("kapot/", broken), path("", include("eenouderpunt.urls"))]
