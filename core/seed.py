"""Read seed content: the YAML and Markdown files in each app's `seed/` folder.

This module only finds and parses files; each app turns the records into model
instances itself (`<app>/seeding.py`). The file format is described in docs/content.md.

Markdown convention: prose is Markdown (CommonMark, no raw HTML). A block that is not
prose sits between a line `::: name` and a line `:::`. For tip and warning the inside
is Markdown; for the others (faq, contact, table, step) it is YAML.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml
from django.apps import apps
from markdown_it import MarkdownIt

SEED_DIR = "seed"
_DIRECTIVE_OPEN = re.compile(r"^:::[ \t]*([a-z_]+)[ \t]*$")
_DIRECTIVE_CLOSE = re.compile(r"^:::[ \t]*$")
_BETWEEN_TAGS = re.compile(r">\s*\n\s*<")
_markdown = MarkdownIt("commonmark", {"html": False})
# libyaml when it is there (ten times faster), else the pure-Python parser.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SeedError(ValueError):
    """A seed file that does not follow the format."""


@dataclass(frozen=True)
class Directive:
    """A `::: name` block: `text` is what stands between the fences."""

    name: str
    text: str

    def data(self) -> dict:
        return yaml.load(self.text, Loader=_Loader) or {}


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Prose:
    """One top-level Markdown block (a paragraph or a list) rendered as HTML."""

    html: str


def seed_path(app_label: str, *parts: str) -> Path:
    return Path(apps.get_app_config(app_label).path, SEED_DIR, *parts)


def yaml_read(app_label: str, name: str):
    """The parsed content of `<app>/seed/<name>`."""
    return yaml_file(seed_path(app_label, name))


def yaml_file(path: Path):
    """The parsed content of a YAML file (the seed's safe loader)."""
    with Path(path).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)  # noqa: S506 (a safe loader)


def pages_read(app_label: str, folder: str) -> list[dict]:
    """Every `*.md` file in `<app>/seed/<folder>`, in file-name order: the front
    matter, plus `body` (the Markdown) and `path`."""
    records = []
    for path in sorted(seed_path(app_label, folder).glob("*.md")):
        post = frontmatter.load(path)
        records.append({**post.metadata, "body": post.content, "path": path})
    return records


def markdown_html(text: str) -> str:
    """Markdown to HTML as Wagtail rich text stores it (no newlines between tags)."""
    return _BETWEEN_TAGS.sub("><", _markdown.render(text).strip())


def markdown_parts(text: str, path: Path | str = "") -> list:
    """Split a Markdown body into Heading, Prose and Directive parts, in order.

    Every paragraph and every list is its own Prose part."""
    parts: list = []
    prose: list[str] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        opened = _DIRECTIVE_OPEN.match(lines[index])
        if not opened:
            prose.append(lines[index])
            index += 1
            continue
        parts.extend(_prose_parts("\n".join(prose)))
        prose = []
        end = index + 1
        while end < len(lines) and not _DIRECTIVE_CLOSE.match(lines[end]):
            end += 1
        if end == len(lines):
            raise SeedError(f"{path}: '::: {opened[1]}' is not closed with ':::'")
        parts.append(Directive(opened[1], "\n".join(lines[index + 1 : end])))
        index = end + 1
    parts.extend(_prose_parts("\n".join(prose)))
    return parts


def _prose_parts(text: str) -> list:
    parts = []
    tokens = _markdown.parse(text)
    start = 0
    for position, token in enumerate(tokens):
        if token.level != 0 or token.nesting == 1:
            continue
        if token.type == "heading_close":
            parts.append(Heading(int(token.tag[1]), tokens[start + 1].content))
        else:
            html = _markdown.renderer.render(
                tokens[start : position + 1], _markdown.options, {}
            )
            parts.append(Prose(_BETWEEN_TAGS.sub("><", html.strip())))
        start = position + 1
    return parts
