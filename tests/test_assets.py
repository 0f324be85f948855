"""The NL Design System CSS is cut down to what we use (scripts/purge_css.mjs): every
Utrecht class our templates, Python and scripts name is still styled."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"
FULL = (
    ROOT / "node_modules" / "@utrecht" / "component-library-css" / "dist" / "index.css"
)
CLASS = re.compile(r"utrecht-[a-z0-9_-]*[a-z0-9]")
SELECTOR_CLASS = re.compile(r"\.(utrecht-[a-z0-9_-]*[a-z0-9])")
SOURCES = ["templates", "content", "regelingen", "lotgenoten", "professionals"]


def _used_classes() -> set[str]:
    used = set()
    for folder in SOURCES:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".html", ".py", ".js"):
                used |= set(CLASS.findall(path.read_text(encoding="utf-8")))
    for path in (ROOT / "static" / "js").glob("*.js"):
        used |= set(CLASS.findall(path.read_text(encoding="utf-8")))
    # Built from a variable in templates (see SAFELIST in scripts/purge_css.mjs).
    used |= {f"utrecht-heading-{level}" for level in range(1, 7)}
    return used


def test_every_used_utrecht_class_is_still_styled():
    full = set(SELECTOR_CLASS.findall(FULL.read_text(encoding="utf-8")))
    kept = set(
        SELECTOR_CLASS.findall((VENDOR / "utrecht" / "index.css").read_text("utf-8"))
    )
    missing = sorted((_used_classes() & full) - kept)
    assert not missing, missing


def test_the_cut_down_css_is_much_smaller_than_the_full_library():
    purged = (VENDOR / "utrecht" / "index.css").stat().st_size
    assert purged < FULL.stat().st_size / 2


def test_design_tokens_that_kept_rules_use_are_defined():
    """A token a kept rule uses without a fallback must still be in the theme."""
    theme = (VENDOR / "voorbeeld" / "theme.css").read_text(encoding="utf-8")
    defined = set(re.findall(r"(--[a-z0-9-]+)\s*:", theme))
    own = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "static" / "css").glob("*.css")
    )
    defined |= set(re.findall(r"(--[a-z0-9-]+)\s*:", own))
    used = set(re.findall(r"var\((--(?:voorbeeld|basis)-[a-z0-9-]+)\)", own + theme))
    assert not sorted(used - defined)
