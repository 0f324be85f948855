"""Every source in the demo content is a deep link, and every amount has its dates.

Issue 12: a source is the page that states the fact, never a homepage; an amount is only
shown for the period it is valid for. This reads the seed files themselves (all apps'
`seed/` folders: schemes, information pages, step plans, helplines, organisations,
glossary, themes ...), so a new file is checked without changing this test.
An organisation's own `website` is its address, not a source: it may be a homepage.
"""

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted(
    p
    for pattern in ("*/seed/**/*.yaml", "*/seed/**/*.yml", "*/seed/**/*.md")
    for p in ROOT.glob(pattern)
    if "node_modules" not in p.parts and ".venv" not in p.parts
)
# The keys that hold a source: a `sources` entry's url, a criterion's, an amount's or a
# change's source_url, a scheme's official_url and a step's `source`.
SOURCE_KEYS = ("url", "source_url", "official_url", "source")
_KEYS = "|".join(SOURCE_KEYS)
SOURCE_LINE = re.compile(
    rf"""^\s*(?:-\s*)?(?P<key>{_KEYS}):\s*['"]?(?P<url>https?://[^\s'"]+)""",
    re.MULTILINE,
)
# Amounts belong in dated amount rows, not in the text of a scheme or page.
PROSE_AMOUNT = re.compile(r"€\s?\d|\d\s?euro\b", re.IGNORECASE)
PROSE_AMOUNT_FILES = ("regelingen", "content")


def is_deep_link(url: str) -> bool:
    """A URL whose path says which page: not empty, not only '/'."""
    parts = urlsplit(url)
    return bool(parts.scheme in ("http", "https") and parts.netloc) and (
        parts.path.strip("/") != ""
    )


def source_urls(path: Path) -> list[tuple[int, str, str]]:
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m["key"], m["url"])
        for m in SOURCE_LINE.finditer(text)
    ]


def test_the_seed_files_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in SEED_FILES}
    assert "regelingen/seed/schemes.yaml" in names
    assert "content/seed/helplines.yaml" in names
    assert "content/seed/glossary.yaml" in names
    assert any(n.startswith("content/seed/info_pages/") for n in names)
    assert any(n.startswith("content/seed/step_plans/") for n in names)
    assert sum(len(source_urls(p)) for p in SEED_FILES) > 100


@pytest.mark.parametrize(
    "url",
    [
        "https://www.rijksoverheid.nl",
        "https://www.rijksoverheid.nl/",
        "https://www.almere.nl//",
        "https://www.lbio.nl/?ref=x",
        "www.svb.nl/nl/kinderbijslag",
    ],
)
def test_a_homepage_or_a_bare_host_is_not_a_deep_link(url):
    assert not is_deep_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.svb.nl/nl/kinderbijslag",
        "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk2",
    ],
)
def test_a_page_address_is_a_deep_link(url):
    assert is_deep_link(url)


def test_the_line_scan_finds_sources_in_front_matter_and_blocks(tmp_path):
    sample = (
        "sources:\n- title: X\n  url: https://a.nl/\n"
        "::: step\nsource: 'https://b.nl/p'\n:::\nwebsite: https://c.nl/\n"
    )
    tmp = tmp_path / "sample.md"
    tmp.write_text(sample, encoding="utf-8")
    found = source_urls(tmp)
    assert found == [(3, "url", "https://a.nl/"), (5, "source", "https://b.nl/p")]


def test_every_source_in_the_demo_content_is_a_deep_link():
    bad = [
        f"{path.relative_to(ROOT)}:{line} {key}: {url}"
        for path in SEED_FILES
        for line, key, url in source_urls(path)
        if not is_deep_link(url)
    ]
    assert not bad, "Homepage as source (link the page that states the fact):\n" + (
        "\n".join(bad)
    )


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def amount_problems(record: dict) -> list[str]:
    """What is wrong with one amount row ({description, amount, valid_from, ...})."""
    problems = []
    start, end = record.get("valid_from"), record.get("valid_to")
    if not isinstance(start, datetime.date):
        problems.append("no valid_from date")
    if not isinstance(end, datetime.date):
        problems.append("no valid_to date")
    if isinstance(start, datetime.date) and isinstance(end, datetime.date):
        if end < start:
            problems.append("valid_to before valid_from")
    if not is_deep_link(str(record.get("source_url", ""))):
        problems.append("no deep-link source_url")
    return problems


def test_an_amount_without_dates_or_source_is_caught():
    assert amount_problems({"amount": 10}) == [
        "no valid_from date",
        "no valid_to date",
        "no deep-link source_url",
    ]
    assert (
        amount_problems(
            {
                "amount": 10,
                "valid_from": datetime.date(2026, 1, 1),
                "valid_to": datetime.date(2026, 12, 31),
                "source_url": "https://www.svb.nl/nl/kinderbijslag/bedragen",
            }
        )
        == []
    )


def test_every_amount_in_the_demo_content_has_dates_and_a_source():
    bad = []
    for path in SEED_FILES:
        if path.suffix not in (".yaml", ".yml"):
            continue
        for record in _walk(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if "amount" in record:
                for problem in amount_problems(record):
                    bad.append(f"{path.relative_to(ROOT)}: {record}: {problem}")
    assert not bad, "\n".join(bad)


def test_no_amount_in_the_text_of_schemes_and_pages():
    """An amount written in prose has no dates; it belongs in a dated amount row."""
    bad = []
    for path in SEED_FILES:
        if path.relative_to(ROOT).parts[0] not in PROSE_AMOUNT_FILES:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            if PROSE_AMOUNT.search(line):
                bad.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not bad, "\n".join(bad)


def test_every_dated_change_of_a_scheme_has_a_date_text_and_deep_source():
    schemes = yaml.safe_load((ROOT / "regelingen/seed/schemes.yaml").read_text())
    for scheme in schemes:
        for change in scheme.get("changes", []):
            assert isinstance(change["valid_from"], datetime.date), scheme["slug"]
            assert change["text"].strip(), scheme["slug"]
            assert is_deep_link(change["source_url"]), scheme["slug"]
