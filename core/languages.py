"""The languages of the public site and the same page in each of them.

Dutch (B1) is the source and has no URL prefix; every other language of
settings.LANGUAGES is the same path under its own prefix (/en/…, /ar/…). Pure
helpers, no database: the language links and `hreflang` alternates use them
(core.templatetags.language_tags), the middleware reads the prefix
(core.middleware.PathLanguageMiddleware).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # in its own language: "English", "العربية"
    direction: str  # "ltr" or "rtl"
    path: str
    current: bool


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_of_path(path: str) -> str:
    """The language a path asks for: its prefix (/en/…, /ar/…), else Dutch.

    Only the exact codes of LANGUAGES count: "/en-gb/…" and "/nl/…" are Dutch
    paths (that no page has, so a 404). No cookie, no header: a URL always shows
    the same language.
    """
    parts = path.split("/", 2)
    first = parts[1] if len(parts) > 1 and not parts[0] else ""
    if first in language_codes() and first != settings.LANGUAGE_CODE:
        return first
    return settings.LANGUAGE_CODE


def path_without_language(path: str) -> str:
    """`path` with its language prefix taken off: the Dutch path."""
    for code in language_codes():
        if code == settings.LANGUAGE_CODE:
            continue
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
        if path == f"/{code}":
            return "/"
    return path


def path_in_language(path: str, code: str) -> str:
    """The same page in language `code`: its path under that language's prefix."""
    dutch = path_without_language(path)
    if code == settings.LANGUAGE_CODE:
        return dutch
    return f"/{code}{dutch}"


def language_versions(path: str, current: str) -> list[LanguageVersion]:
    """Every language of the site with the path of this page in it."""
    versions = []
    for code, name in settings.LANGUAGES:
        info = get_language_info(code)
        versions.append(
            LanguageVersion(
                code=code,
                name=str(name),
                direction="rtl" if info["bidi"] else "ltr",
                path=path_in_language(path, code),
                current=code == current,
            )
        )
    return versions
