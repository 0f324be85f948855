"""The English translation files mirror the Dutch seed files exactly.

A loader pairs Dutch and English text by position, so every English file must have
the same front-matter keys, the same headings, paragraphs, list items and `:::`
blocks in the same order, the same link URLs and the same structural values (slugs,
situations, conditions, deadlines) as its Dutch source. Numbers (amounts, phone
numbers, days, dates) must be the same in each pair of texts: a translation never
changes a fact.
"""

import re
from pathlib import Path

import frontmatter
import pytest
import yaml

from core.seed import Directive, Heading, Prose, markdown_parts

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [
    (ROOT / "content/seed", ROOT / "content/seed/translations/en"),
    (ROOT / "regelingen/seed", ROOT / "regelingen/seed/translations/en"),
]
# Front-matter keys whose values are translated; every other key stays the same.
FRONT_TEXT = {"title", "intro", "search_description"}
# Keys inside `:::` YAML blocks: translated text, or structure that stays the same.
BLOCK_TEXT = {
    "contact",
    "when",
    "bring",
    "title",
    "text",
    "question",
    "answer",
    "heading",
    "caption",
    "columns",
    "rows",
    "questions",
    "links",
    "deadlines",
}
BLOCK_SAME = {
    "logic",
    "pages",
    "situations",
    "conditions",
    "url",
    "event",
    "amount",
    "unit",
    "valid_from",
    "valid_to",
    "source",
    "month",
    "day",
    "costs_money",
    "helpline",
    "organisation",
}
# The YAML files: the file, the key that identifies a record, whether every Dutch
# record must be translated, and the fields that may be translated.
YAML_FILES = {
    "content/seed/translations/en/themes.yaml": (
        ROOT / "content/seed/themes.yaml",
        "slug",
        {"name", "description", "intro"},
    ),
    "content/seed/translations/en/helplines.yaml": (
        ROOT / "content/seed/helplines.yaml",
        "name",
        {"description", "cost", "hours_note"},
    ),
    "content/seed/translations/en/glossary.yaml": (
        ROOT / "content/seed/glossary.yaml",
        "term",
        {"explanation", "alternatives"},
    ),
    "regelingen/seed/translations/en/schemes.yaml": (
        ROOT / "regelingen/seed/schemes.yaml",
        "slug",
        {
            "name",
            "summary",
            "for_whom",
            "what_you_get",
            "application_channel",
            "what_to_bring",
            "check_note",
            "steps",
        },
    ),
}
HOME_FILE = ROOT / "content/seed/translations/en/home.yaml"
HOME_DUTCH = (
    "Informatie, regelingen en hulp in de buurt. Je hoeft niet te zeggen wie je bent."
)
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_HREF = re.compile(r'href="([^"]*)"')
_MD_LINK = re.compile(r"\]\(([^)\s]+)\)")
_TAG = re.compile(r"<(/?[a-z0-9]+)")


def _md_files() -> list[tuple[Path, Path]]:
    files = []
    for dutch_root, english_root in PAIRS:
        for english in sorted(english_root.rglob("*.md")):
            if english.name == "GLOSSARY.md":  # the translators' notes, no page
                continue
            relative = english.relative_to(english_root)
            files.append((dutch_root / relative, english))
    return files


MD_FILES = _md_files()


def _numbers(text) -> list[str]:
    return sorted(_NUMBER.findall(str(text)))


def _ids(pairs) -> list[str]:
    return [str(english.relative_to(ROOT)) for _, english in pairs]


def _same_facts(dutch: str, english: str, where: str) -> None:
    assert _numbers(dutch) == _numbers(english), f"{where}: numbers differ"
    assert _MD_LINK.findall(dutch) == _MD_LINK.findall(english), f"{where}: links"
    assert _HREF.findall(dutch) == _HREF.findall(english), f"{where}: links"


def _compare_block(dutch, english, where: str, translated: bool) -> None:
    """Walk a `:::` block's YAML: same shape; text may differ, structure may not."""
    if isinstance(dutch, dict):
        assert isinstance(english, dict), where
        assert list(dutch) == list(english), f"{where}: keys differ"
        for key in dutch:
            assert key in BLOCK_TEXT | BLOCK_SAME, f"{where}: unknown key {key!r}"
            if key in BLOCK_SAME:
                assert dutch[key] == english[key], f"{where}.{key} must stay the same"
                continue
            _compare_block(
                dutch[key],
                english[key],
                f"{where}.{key}",
                translated=True,
            )
    elif isinstance(dutch, list):
        assert isinstance(english, list), where
        assert len(dutch) == len(english), f"{where}: number of items differs"
        for number, (one, other) in enumerate(zip(dutch, english, strict=True)):
            _compare_block(one, other, f"{where}[{number}]", translated)
    elif translated and isinstance(dutch, str):
        assert isinstance(english, str) and english.strip(), f"{where}: empty"
        _same_facts(dutch, english, where)
    else:
        assert dutch == english, f"{where}: {english!r} should stay {dutch!r}"


def _compare_parts(dutch_text: str, english_text: str, where: str) -> None:
    dutch = markdown_parts(dutch_text, where)
    english = markdown_parts(english_text, where)
    kinds = [type(p).__name__ for p in dutch]
    assert kinds == [type(p).__name__ for p in english], f"{where}: order of parts"
    for number, (one, other) in enumerate(zip(dutch, english, strict=True)):
        at = f"{where} part {number + 1}"
        if isinstance(one, Heading):
            assert one.level == other.level, f"{at}: heading level"
            assert other.text.strip(), f"{at}: empty heading"
            _same_facts(one.text, other.text, at)
        elif isinstance(one, Prose):
            # Same tags in the same order: paragraphs, list items, links, emphasis.
            assert _TAG.findall(one.html) == _TAG.findall(other.html), f"{at}: tags"
            _same_facts(one.html, other.html, at)
        else:
            assert isinstance(one, Directive)
            assert one.name == other.name, f"{at}: ::: {other.name}"
            if one.name in ("tip", "warning"):
                _compare_parts(one.text, other.text, f"{at} ::: {one.name}")
            else:
                _compare_block(one.data(), other.data(), f"{at} ::: {one.name}", False)


def test_there_are_translation_files():
    names = {english.name for _, english in MD_FILES}
    assert {"01-hulp.md", "01-privacy.md", "04-veilig-gebruiken.md"} <= names
    plans = ROOT / "content/seed/translations/en/step_plans"
    assert len(list(plans.glob("*.md"))) == len(
        list((ROOT / "content/seed/step_plans").glob("*.md"))
    )


@pytest.mark.parametrize(("dutch_path", "english_path"), MD_FILES, ids=_ids(MD_FILES))
def test_markdown_mirror(dutch_path, english_path):
    assert dutch_path.exists(), f"no Dutch source for {english_path}"
    dutch = frontmatter.load(dutch_path)
    english = frontmatter.load(english_path)
    assert list(dutch.metadata) == list(english.metadata), "front-matter keys differ"
    for key, value in dutch.metadata.items():
        if key in FRONT_TEXT:
            assert english.metadata[key].strip(), f"{key} is empty"
            _same_facts(value, english.metadata[key], key)
        else:
            assert english.metadata[key] == value, f"{key} must stay the same"
    _compare_parts(dutch.content, english.content, str(english_path.name))


def test_home():
    home = yaml.safe_load(HOME_FILE.read_text(encoding="utf-8"))
    assert set(home) == {"title", "intro"}
    assert home["title"] == "Eenouderpunt"
    assert home["intro"].strip()
    _same_facts(HOME_DUTCH, home["intro"], "home intro")


def test_home_intro_is_the_seeded_dutch_text():
    """If the Dutch home text changes, the English one must be looked at again."""
    seeding = (ROOT / "content/seeding.py").read_text(encoding="utf-8")
    joined = re.sub(r'"\s*\n\s*"', "", seeding)
    assert HOME_DUTCH in joined


def _model(name: str):
    from content.models import GlossaryTerm, Helpline, Theme
    from regelingen.models import Scheme

    return {
        "themes.yaml": Theme,
        "helplines.yaml": Helpline,
        "glossary.yaml": GlossaryTerm,
        "schemes.yaml": Scheme,
    }[Path(name).name]


@pytest.mark.parametrize("name", sorted(YAML_FILES))
def test_yaml_fits_the_model(name):
    """An English text is often longer than the Dutch: it must still fit the field."""
    model = _model(name)
    fields = {f.name: f for f in model._meta.get_fields() if hasattr(f, "max_length")}
    for record in yaml.safe_load((ROOT / name).read_text(encoding="utf-8")):
        for key, value in record.items():
            limit = getattr(fields.get(key), "max_length", None)
            if limit and isinstance(value, str):
                assert len(value) <= limit, f"{record}: {key} longer than {limit}"
        for step in record.get("steps", []):
            assert len(step["title"]) <= 120, f"{step['title']}: longer than 120"


@pytest.mark.parametrize("name", sorted(YAML_FILES))
def test_yaml_mirror(name):
    english_path = ROOT / name
    if not english_path.exists():
        pytest.skip(f"{name} is not written yet")
    dutch_path, key, fields = YAML_FILES[name]
    dutch = {r[key]: r for r in yaml.safe_load(dutch_path.read_text(encoding="utf-8"))}
    english = yaml.safe_load(english_path.read_text(encoding="utf-8"))
    seen = [r[key] for r in english]
    assert len(seen) == len(set(seen)), "a record is translated twice"
    assert set(seen) <= set(dutch), f"unknown: {set(seen) - set(dutch)}"
    assert set(seen) == set(dutch), f"not translated: {set(dutch) - set(seen)}"
    for record in english:
        source = dutch[record[key]]
        for field, value in record.items():
            if field == key:
                continue
            where = f"{record[key]}.{field}"
            assert field in fields, f"{where}: not a translatable field"
            assert field in source, f"{where}: the Dutch record has no {field}"
            if isinstance(source[field], list):
                _compare_block(source[field], value, where, True)
            else:
                assert str(value).strip(), f"{where}: empty"
                _same_facts(source[field], value, where)
                # One line is one paragraph: the same number of paragraphs.
                lines = str(source[field]).strip().count("\n")
                assert str(value).strip().count("\n") == lines, f"{where}: paragraphs"
