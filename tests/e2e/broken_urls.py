"""A URL that fails on purpose, to show the 500 page in the browser test."""

from django.urls import path

from eenouderpunt.urls import urlpatterns as site_urlpatterns


def broken(request):
    return 1 / 0


# The site's own patterns at the root (i18n_patterns may not sit in an include()).
urlpatterns = [path("kapot/", broken), *site_urlpatterns]
