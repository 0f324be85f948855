from django.conf import settings


def site(request):
    """Values every template may use; no database queries here."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
