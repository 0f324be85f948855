"""Dutch postcode input: pure parsing, and the lookup of a postcode area."""

import re

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
