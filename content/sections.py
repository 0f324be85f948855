"""Sections that the apps above content add to content's pages and to the Regelcheck
result (DESIGN.md §3).

Content never names a higher app or its templates. An app that has something to show
on a theme page (schemes, peer groups) registers a function with Wagtail's hooks in its
own wagtail_hooks.py:

    @hooks.register(THEME_PAGE_SECTIONS)
    def schemes_section(theme):
        return Section("<app>/includes/theme_schemes.html", {"theme": theme}, order=10)

The theme page renders the sections in `order`, each with its own template; a
section with `cache_seconds` is rendered once per content generation (and at most
that long), not per request.
"""

from dataclasses import dataclass, field

from wagtail import hooks

THEME_PAGE_SECTIONS = "content_theme_page_sections"


@dataclass(frozen=True)
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100
    # Kept as HTML for this many seconds or until public content changes, whichever
    # is first (core.page_cache.content_cached); 0: rendered every time. Only for a
    # section that shows the same to every reader: its context is public objects
    # (the key holds their primary keys) and its template reads no request.
    cache_seconds: int = 0


def theme_page_sections(theme) -> list[Section]:
    """The sections registered for a theme page, in order (no queries here: each
    section's template does its own reads when it is rendered)."""
    sections = [
        section for fn in hooks.get_hooks(THEME_PAGE_SECTIONS) if (section := fn(theme))
    ]
    return sorted(sections, key=lambda section: section.order)


# --- the Regelcheck result --------------------------------------------------------

CHECK_RESULT_SECTIONS = "content_check_result_sections"


@dataclass(frozen=True)
class CheckResult:
    """What the Regelcheck result knows, for the sections other apps add to it."""

    answers: object  # content.eligibility.Answers
    pc4: str = ""
    municipality: object | None = None  # core.Municipality of the postcode
    state_token: str = ""  # the signed answers, to carry them into another flow


def check_result_sections(result: CheckResult) -> list[Section]:
    """The sections registered for the Regelcheck result (local schemes, the plan)."""
    sections = [
        section
        for fn in hooks.get_hooks(CHECK_RESULT_SECTIONS)
        if (section := fn(result))
    ]
    return sorted(sections, key=lambda section: section.order)
