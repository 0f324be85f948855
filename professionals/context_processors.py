""" "Dit klopt niet" on every public page, for approved professionals only.

Anonymous readers must get the same cached, cookie-free page as before. The page
cache (core/page_cache.py) only serves and stores requests without a session
cookie; this processor returns nothing for those either, and touches neither the
session nor the database for them. A signed-in member's request (session cookie)
bypasses the cache, and only then is the member's access checked and the link
added: to the report form in the secure area, with the page's path.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from core.page_cache import UNCACHED_PREFIXES
from professionals.permissions import access_block


def error_report_link(request):
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return {}
    if request.path.startswith(UNCACHED_PREFIXES):
        return {}
    user = getattr(request, "user", None)
    if user is None or access_block(user) is not None:
        return {}
    query = urlencode({"pagina": request.path})
    return {"error_report_url": f"{reverse('professionals:error_report')}?{query}"}
