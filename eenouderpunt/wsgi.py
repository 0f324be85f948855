import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "eenouderpunt.settings")
django_application = get_wsgi_application()

from core.request_limits import RequestBodyLimit  # noqa: E402 (needs settings)

# Oversized request bodies are refused before Django (or anything) reads them.
application = RequestBodyLimit(django_application)
