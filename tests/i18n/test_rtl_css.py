"""Our own CSS mirrors for right-to-left languages by itself: logical properties
(margin-inline-start, inset-inline-end, text-align: start …), never left or right."""

import re
from pathlib import Path

import pytest

CSS = sorted((Path(__file__).resolve().parents[2] / "static" / "css").glob("*.css"))
PHYSICAL = re.compile(
    r"(?<![\w-])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)"
    r"|left|right|float\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)"
    r"|clear\s*:\s*(?:left|right))\s*:",
)


@pytest.mark.parametrize("path", CSS, ids=lambda p: p.name)
def test_css_uses_logical_properties_only(path):
    text = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    found = [
        f"line {text[: m.start()].count(chr(10)) + 1}: {m.group(0)}"
        for m in PHYSICAL.finditer(text)
    ]
    found += [
        f"line {text[: m.start()].count(chr(10)) + 1}: {m.group(0)}"
        for m in re.finditer(r"(?:text-align|float|clear)\s*:\s*(?:left|right)", text)
    ]
    assert not found, f"{path.name} uses left/right: {found}"


def test_the_check_finds_physical_properties():
    assert PHYSICAL.search("a { margin-left: 1rem; }")
    assert PHYSICAL.search("a { left: 0; }")
    assert not PHYSICAL.search("a { margin-inline-start: 1rem; inset-inline-end: 0 }")
