"""Which templates parents read, and the text in them that gettext would miss.

The one definition of "parent-facing": every template of ours except the secure
area (professionals, accounts, two-factor), the admin screens, e-mails to organisers,
editors and professionals, and machine pages. Their text may stay Dutch only.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_ROOTS = [ROOT / "templates", ROOT / "core" / "templates"]

# Path parts (relative to a template root) of templates parents never see.
NOT_PARENT_FACING = (
    "professionals/",
    "account/",
    "allauth/",
    "mfa/",
    "/admin/",
    "content/admin/",
    "health.html",
    "plan/admin_preview.html",
    # e-mails to organisers, editors and professionals
    "lotgenoten/email/group_",
    "lotgenoten/email/event_waiting_editors",
    "lotgenoten/email/signup_organiser",
    "lotgenoten/email/signup_reminder",
    "lotgenoten/email/confirm_request",
    "feedback/email/",
    "vragen/email/reminder",
    "lotgenoten/organiser",
    "lotgenoten/includes/organiser",
)

# Names that are the same in every language.
ALLOWED_WORDS = {
    "eenouderpunt",
    "geonames",
    "cc",
    "by",
    "nl",
    "design",
    "system",
    "eupl",
    "digid",
    "svb",
    "uwv",
    "duo",
    "whatsapp",
    "pdf",
    "ics",
    "csv",
    "json",
    "api",
    "url",
    "e",
    "mail",
}

_REMOVE = [
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"{#.*?#}", re.S),
    re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S),
    re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I),
    re.compile(r"{%.*?%}", re.S),
    re.compile(r"{{.*?}}", re.S),
    re.compile(r"&[#\w]+;"),
]
_TAG = re.compile(r"<[^>]*>", re.S)
# Attributes whose values a reader or a screen reader meets.
_TEXT_ATTRIBUTES = re.compile(
    r"\b(?:aria-label|title|alt|placeholder|aria-description)\s*=\s*\"([^\"]*)\"", re.I
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def parent_facing_templates() -> list[Path]:
    found = []
    for root in TEMPLATE_ROOTS:
        for path in sorted(root.rglob("*")):
            if path.suffix not in {".html", ".txt"} or not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            if any(part in f"/{relative}" for part in NOT_PARENT_FACING):
                continue
            found.append(path)
    return found


def untranslated_words(source: str) -> list[str]:
    """The words of a template outside translate tags, variables and markup."""
    text = source
    for pattern in _REMOVE[:3]:
        text = pattern.sub(" ", text)
    # Attribute values are text too: keep them (after template tags are gone).
    text = _REMOVE[3].sub(" ", text)
    text = _REMOVE[4].sub(" ", text)
    text = _REMOVE[5].sub(" ", text)
    attributes = " ".join(_TEXT_ATTRIBUTES.findall(text))
    text = _TAG.sub(" ", text) + " " + attributes
    text = _REMOVE[6].sub(" ", text)
    return [word for word in _WORD.findall(text) if word.lower() not in ALLOWED_WORDS]
