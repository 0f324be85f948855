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
from django.apps import apps
from django.core.management import call_command

from content.models import ReviewFields
from regelingen.models import Scheme, SchemeAmount, SchemeChange, SchemeCriterion

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted(
    p
    for pattern in ("*/seed/**/*.yaml", "*/seed/**/*.yml", "*/seed/**/*.md")
    for p in ROOT.glob(pattern)
    if "node_modules" not in p.parts and ".venv" not in p.parts
)
# What counts as a source: every entry of a `sources` list (its url), a criterion's,
# an amount's or a change's `source_url`, a scheme's `official_url` and a step's
# `source`. Navigation links in a step (`links`) and an organisation's or helpline's
# `website` are addresses to go to, not sources of a fact.
SOURCE_KEYS = ("source_url", "official_url", "source")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
DIRECTIVE = re.compile(
    r"^:::[ \t]*([a-z_]+)[ \t]*\n(.*?)\n:::[ \t]*$", re.DOTALL | re.M
)
PROSE_DIRECTIVES = ("tip", "warning")
# Amounts belong in dated amount rows, not in the text of a scheme or page.
PROSE_AMOUNT = re.compile(r"€\s?\d|\d\s?euro\b", re.IGNORECASE)
PROSE_AMOUNT_FILES = ("regelingen", "content")


def is_deep_link(url: str) -> bool:
    """A URL whose path says which page: not empty, not only '/'."""
    parts = urlsplit(url)
    return bool(parts.scheme in ("http", "https") and parts.netloc) and (
        parts.path.strip("/") != ""
    )


def _documents(path: Path) -> list:
    """The YAML data in a seed file: the whole file, or a Markdown file's front matter
    and the YAML of its blocks (``::: step`` ... ``:::``)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".md":
        return [yaml.safe_load(text)]
    documents = []
    front = FRONT_MATTER.match(text)
    if front:
        documents.append(yaml.safe_load(front.group(1)))
    for name, body in DIRECTIVE.findall(text):
        if name not in PROSE_DIRECTIVES:
            documents.append(yaml.safe_load(body))
    return documents


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def sources_in(data) -> list[tuple[str, str]]:
    """(key, url) of every source in parsed seed data."""
    found = []
    for record in _walk(data):
        for entry in record.get("sources") or []:
            if isinstance(entry, dict) and "url" in entry:
                found.append(("sources", str(entry["url"])))
        for key in SOURCE_KEYS:
            value = record.get(key)
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                found.append((key, value))
    return found


def source_urls(path: Path) -> list[tuple[str, str]]:
    return [pair for data in _documents(path) for pair in sources_in(data)]


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


def test_sources_are_found_in_front_matter_and_blocks_but_not_links(tmp_path):
    sample = (
        "---\nsources:\n- title: X\n  url: https://a.nl/\n---\n\nTekst.\n\n"
        "::: step\nsource: 'https://b.nl/p'\nlinks:\n- title: Y\n"
        "  url: https://c.nl/\n:::\n\n::: tip\nsource: https://d.nl/\n:::\n"
    )
    tmp = tmp_path / "sample.md"
    tmp.write_text(sample, encoding="utf-8")
    assert source_urls(tmp) == [
        ("sources", "https://a.nl/"),
        ("source", "https://b.nl/p"),
    ]


def test_a_website_is_an_address_not_a_source():
    data = [{"website": "https://www.politie.nl/", "official_url": "https://x.nl/a"}]
    assert sources_in(data) == [("official_url", "https://x.nl/a")]


def test_every_source_in_the_demo_content_is_a_deep_link():
    bad = [
        f"{path.relative_to(ROOT)} {key}: {url}"
        for path in SEED_FILES
        for key, url in source_urls(path)
        if not is_deep_link(url)
    ]
    assert not bad, "Homepage as source (link the page that states the fact):\n" + (
        "\n".join(bad)
    )


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
    """Money amounts are rows of an ``amounts`` list (SchemeAmount). Demo amounts carry
    both dates: amounts change every year, so an open end would go stale unseen."""
    bad = []
    for path in SEED_FILES:
        for holder in (r for data in _documents(path) for r in _walk(data)):
            for record in holder.get("amounts") or []:
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


def test_an_amounts_list_in_seed_data_is_checked(tmp_path):
    sample = tmp_path / "schemes.yaml"
    sample.write_text(
        "- slug: x\n  amounts:\n  - description: per maand\n    amount: 10\n"
        "    valid_from: 2026-01-01\n    source_url: https://www.svb.nl/\n",
        encoding="utf-8",
    )
    rows = [
        r for d in _documents(sample) for h in _walk(d) for r in h.get("amounts", [])
    ]
    assert amount_problems(rows[0]) == ["no valid_to date", "no deep-link source_url"]


@pytest.mark.django_db
def test_every_source_of_the_loaded_demo_content_is_a_deep_link(demo_site):
    """The same rule on what the loaders store: pages, helplines, schemes and their rows.

    This also catches a loader that fills in a source the seed file does not have."""
    call_command("load_demo_regelingen", verbosity=0)
    bad = []
    for model in apps.get_models():
        if not issubclass(model, ReviewFields):
            continue
        for obj in model.objects.all():
            for block in obj.sources:
                if not is_deep_link(block.value["url"]):
                    bad.append(f"{model.__name__} {obj}: {block.value['url']}")
    for scheme in Scheme.objects.all():
        if not is_deep_link(scheme.official_url):
            bad.append(f"Scheme {scheme.slug} official_url: {scheme.official_url}")
    for row_model in (SchemeCriterion, SchemeAmount, SchemeChange):
        for row in row_model.objects.exclude(source_url=""):
            if not is_deep_link(row.source_url):
                bad.append(f"{row_model.__name__} {row.pk}: {row.source_url}")
    assert not bad, "\n".join(bad)
