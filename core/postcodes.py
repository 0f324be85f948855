"""Dutch postcode input: pure parsing, the lookup of a postcode area, and keeping
full postcodes out of URLs."""

import re

from django.shortcuts import redirect

from core.models import PostcodeArea

# 1012, 1012AB, 1012 ab; never a leading 0 and never the letters SA, SD or SS.
_POSTCODE_RE = re.compile(r"^([1-9][0-9]{3})\s*(?!SA|SD|SS)([A-Z]{2})?$")


def parse_pc4(raw: str | None) -> str | None:
    """Return the 4-digit area of a Dutch postcode ("1012 AB" -> "1012"), or None."""
    if not raw:
        return None
    match = _POSTCODE_RE.match(raw.strip().upper()[:16])
    return match.group(1) if match else None


def postcode_area_get(pc4: str) -> PostcodeArea | None:
    """The postcode area with its municipality, or None when the area is unknown."""
    return PostcodeArea.objects.select_related("municipality").filter(pc4=pc4).first()


def postcode_pc4_redirect(request, pc4: str | None):
    """A full postcode (1234 AB) narrows a parent down to a few streets. Keep only the
    four digits in the address bar, the browser history and the cache: a redirect to
    the same page with ?postcode=1234, or None when the URL holds PC4 already.
    (Server logs leave out query strings altogether: gunicorn.conf.py.)"""
    if pc4 and request.GET.get("postcode") != pc4:
        query = request.GET.copy()
        query["postcode"] = pc4
        return redirect(request.path + "?" + query.urlencode())
    return None
