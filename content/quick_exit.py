"""'Snel weg' (quick exit): /weg/ sends the visitor to the neutral site editors chose."""

from django.http import HttpResponseRedirect
from django.views.decorators.cache import never_cache

from content.models import SafetySettings


@never_cache
def quick_exit(request):
    """Leave for a neutral site without telling it where you came from."""
    target = SafetySettings.for_request(request).quick_exit_url
    response = HttpResponseRedirect(target)
    response["Referrer-Policy"] = "no-referrer"
    return response
