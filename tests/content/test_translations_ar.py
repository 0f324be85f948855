"""The Arabic content files mirror the Dutch seed files block by block.

The loader pairs a Dutch and an Arabic segment by position, so every file under
content/seed/translations/ar/ must have the Dutch file's structure: the same front-matter keys,
the same headings (level), paragraphs, lists (number of items), ::: blocks (name and keys) and
links (URLs), in the same order. Untranslatable values (slugs, URLs, phone numbers, opening hours,
names of organisations, sources) stay exactly as in the Dutch file.
"""

import re
from pathlib import Path

import frontmatter
import pytest
import yaml

from core.seed import Directive, Heading, Prose, markdown_parts

SEED = Path(__file__).resolve().parents[2] / "content" / "seed"
AR = SEED / "translations" / "ar"
AR_FILES = sorted(
    p for p in AR.rglob("*") if p.is_file() and p.suffix in (".md", ".yaml")
)

# Values a translation may change; every other value must equal the Dutch file's.
TRANSLATABLE_FRONT_MATTER = {"title", "intro", "search_description"}
TRANSLATABLE_YAML = {"description", "cost", "hours_note", "name_translated", "intro"}
TRANSLATABLE_YAML_BY_FILE = {"themes.yaml": {"name", "description", "intro"}}
TRANSLATABLE_DIRECTIVE = {
    "contact",
    "when",
    "bring",
    "title",
    "text",
    "heading",
    "caption",
}


def _is_text(key, value, translatable):
    """A translatable string, or a translatable list of strings (e.g. a step's `bring`)."""
    if key not in translatable:
        return False
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


# Home page: the Dutch source is content/seeding.py (_home), not a file.
HOME_KEYS = {"title", "intro"}

_ARABIC = re.compile("[\u0600-\u06ff]")
_EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_NUMBER = re.compile(r"\d+(?:[-.:]\d+)*")
_HREF = re.compile(r'href="([^"]*)"')
_LI = re.compile(r"<li>")


def _numbers(text):
    return sorted(_NUMBER.findall(text or ""))


def _shape(part):
    """What must be equal between a Dutch and an Arabic body part."""
    if isinstance(part, Heading):
        return ("heading", part.level, _numbers(part.text))
    if isinstance(part, Prose):
        kind = re.match(r"<(\w+)", part.html)[1]
        return ("prose", kind, len(_LI.findall(part.html)), _HREF.findall(part.html))
    assert isinstance(part, Directive)
    if part.name in ("tip", "warning"):
        return ("directive", part.name, _HREF.findall(part.text))
    return ("directive", part.name, _fixed(part.data(), TRANSLATABLE_DIRECTIVE))


def _fixed(value, translatable):
    """The structure of a YAML value with its translatable strings blanked out."""
    if isinstance(value, dict):
        return {
            k: (
                (["<t>"] * len(v) if isinstance(v, list) else "<t>")
                if _is_text(k, v, translatable)
                else _fixed(v, translatable)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_fixed(v, translatable) for v in value]
    return value


def _translated_strings(value, translatable):
    if isinstance(value, dict):
        for k, v in value.items():
            if _is_text(k, v, translatable):
                for text in v if isinstance(v, list) else [v]:
                    yield k, text
            else:
                yield from _translated_strings(v, translatable)
    elif isinstance(value, list):
        for v in value:
            yield from _translated_strings(v, translatable)


def _pairs(dutch, arabic, translatable):
    """(Dutch, Arabic) pairs of the translatable strings, in the same order."""
    return list(
        zip(
            [v for _, v in _translated_strings(dutch, translatable)],
            [v for _, v in _translated_strings(arabic, translatable)],
            strict=True,
        )
    )


def _check_translated(pairs, where):
    for nl, ar in pairs:
        assert _ARABIC.search(ar) or nl == ar, f"{where}: not translated: {ar!r}"
        assert _numbers(nl) == _numbers(ar), f"{where}: numbers differ: {nl!r} / {ar!r}"
        assert not _EASTERN_DIGITS.search(ar), f"{where}: use Western digits: {ar!r}"


def test_the_three_pages_are_there():
    names = {p.relative_to(AR).as_posix() for p in AR_FILES}
    assert {
        "home.yaml",
        "helplines.yaml",
        "special_pages/01-hulp.md",
        "standard_pages/04-veilig-gebruiken.md",
        "step_plans/08-je-voelt-je-niet-veilig.md",
    } <= names


@pytest.mark.parametrize("path", AR_FILES, ids=lambda p: p.relative_to(AR).as_posix())
def test_structure_matches_the_dutch_file(path):
    relative = path.relative_to(AR)
    where = relative.as_posix()
    if where == "home.yaml":
        home = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(home) == HOME_KEYS
        assert home["title"] == "Eenouderpunt"
        _check_translated(
            [("Informatie, regelingen en hulp in de buurt.", home["intro"])], where
        )
        return
    source = SEED / relative
    assert source.exists(), f"{where}: no Dutch file at {source}"
    if path.suffix == ".md":
        nl, ar = frontmatter.load(source), frontmatter.load(path)
        assert list(ar.metadata) == list(nl.metadata), where
        fixed = set(nl.metadata) - TRANSLATABLE_FRONT_MATTER
        assert {k: ar.metadata[k] for k in fixed} == {k: nl.metadata[k] for k in fixed}
        _check_translated(
            [
                (nl.metadata[k], ar.metadata[k])
                for k in TRANSLATABLE_FRONT_MATTER & set(nl.metadata)
            ],
            where,
        )
        nl_parts = markdown_parts(nl.content, source)
        ar_parts = markdown_parts(ar.content, path)
        assert [_shape(p) for p in ar_parts] == [_shape(p) for p in nl_parts], where
        for nl_part, ar_part in zip(nl_parts, ar_parts, strict=True):
            if isinstance(nl_part, Directive) and nl_part.name not in (
                "tip",
                "warning",
            ):
                pairs = _pairs(nl_part.data(), ar_part.data(), TRANSLATABLE_DIRECTIVE)
            else:
                text = {Heading: "text", Prose: "html", Directive: "text"}[
                    type(nl_part)
                ]
                pairs = [(getattr(nl_part, text), getattr(ar_part, text))]
            _check_translated(pairs, where)
    else:
        translatable = TRANSLATABLE_YAML_BY_FILE.get(relative.name, TRANSLATABLE_YAML)
        nl = yaml.safe_load(source.read_text(encoding="utf-8"))
        ar = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert _fixed(ar, translatable) == _fixed(nl, translatable), where
        _check_translated(_pairs(nl, ar, translatable), where)


def test_helplines_keep_every_phone_number_url_and_hour():
    nl = yaml.safe_load((SEED / "helplines.yaml").read_text(encoding="utf-8"))
    ar = yaml.safe_load((AR / "helplines.yaml").read_text(encoding="utf-8"))
    assert [h["name"] for h in ar] == [h["name"] for h in nl]
    for nl_line, ar_line in zip(nl, ar, strict=True):
        for key in ("phone", "website", "weekly_hours", "always_open", "organisation"):
            assert ar_line.get(key) == nl_line.get(key), (nl_line["name"], key)
