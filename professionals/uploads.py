"""Which attachments we accept: a pure check on name, size and the first bytes."""

from pathlib import PurePath

import filetype
from django.utils.translation import gettext as _

OOXML_OR_ZIP = "application/zip"
OLE = {
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
}

# Extension → content types that the file's own bytes may show (sniffed).
ALLOWED = {
    ".pdf": {"application/pdf"},
    ".doc": OLE,
    ".xls": OLE,
    ".ppt": OLE,
    ".docx": {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OOXML_OR_ZIP,
    },
    ".xlsx": {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        OOXML_OR_ZIP,
    },
    ".pptx": {
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        OOXML_OR_ZIP,
    },
    ".odt": {"application/vnd.oasis.opendocument.text", OOXML_OR_ZIP},
    ".ods": {"application/vnd.oasis.opendocument.spreadsheet", OOXML_OR_ZIP},
    ".odp": {"application/vnd.oasis.opendocument.presentation", OOXML_OR_ZIP},
    ".png": {"image/png"},
    ".jpg": {"image/jpeg"},
    ".jpeg": {"image/jpeg"},
}

# What we send back when the file is downloaded (never the browser's guess).
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}


def attachment_problem(name: str, size: int, head: bytes, max_bytes: int) -> str | None:
    """A Dutch message saying why this file is refused, or None when it is fine.

    `head` is the start of the file (8 KB is enough for the signatures we check).
    """
    suffix = PurePath(name or "").suffix.lower()
    if suffix not in ALLOWED:
        return _(
            "Dit soort bestand kun je niet toevoegen. Kies een PDF, een "
            "Word-, Excel- of PowerPoint-bestand, een OpenDocument-bestand of een "
            "afbeelding (PNG of JPG)."
        )
    if size > max_bytes:
        return _("Het bestand is te groot. Het mag hoogstens %(mb)s MB zijn.") % {
            "mb": max_bytes // (1024 * 1024)
        }
    if size == 0:
        return _("Het bestand is leeg.")
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ALLOWED[suffix]:
        return _(
            "De inhoud van het bestand past niet bij de naam (%(suffix)s). "
            "Sla het opnieuw op als PDF, Office-document of afbeelding."
        ) % {"suffix": suffix}
    return None


def content_type_for(name: str) -> str:
    return CONTENT_TYPES.get(PurePath(name).suffix.lower(), "application/octet-stream")
