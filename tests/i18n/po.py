"""A small reader of gettext PO files and the placeholders of their messages.

Enough for our tests (no package needed): entries with flags, msgid, msgid_plural,
msgstr and msgstr[n], with continuation lines.
"""

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

# %(name)s, %s, %d, %5.2f …; "%%" is a literal percent sign.
PYTHON_FORMAT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGco%]")
BRACE_FORMAT = re.compile(r"(?<!{){(\w*)(?:[!:][^{}]*)?}(?!})")


@dataclass
class Entry:
    flags: set[str] = field(default_factory=set)
    msgid: str = ""
    msgid_plural: str = ""
    msgstr: dict[int, str] = field(default_factory=dict)
    line: int = 0


def po_entries(path: Path) -> list[Entry]:
    entries, entry, target = [], Entry(), None

    def finish():
        nonlocal entry
        if entry.msgid or entry.msgstr:
            entries.append(entry)
        entry = Entry()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#,"):
            if entry.msgstr:
                finish()
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#") or not line:
            if entry.msgstr and not line.startswith("#~"):
                finish()
        elif line.startswith("msgid_plural "):
            entry.msgid_plural = ast.literal_eval(line[13:])
            target = "msgid_plural"
        elif line.startswith("msgid "):
            if entry.msgstr:
                finish()
            entry.msgid = ast.literal_eval(line[6:])
            entry.line = number
            target = "msgid"
        elif line.startswith("msgstr["):
            index = int(line[7 : line.index("]")])
            entry.msgstr[index] = ast.literal_eval(line[line.index("]") + 1 :].strip())
            target = index
        elif line.startswith("msgstr "):
            entry.msgstr[0] = ast.literal_eval(line[7:])
            target = 0
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if isinstance(target, int):
                entry.msgstr[target] += text
            elif target:
                setattr(entry, target, getattr(entry, target) + text)
    finish()
    return entries


def placeholders(text: str, flags: set[str]) -> set[str]:
    found = set()
    if "python-format" in flags:
        found |= {
            match.group(0) if not match.group(1) else f"%({match.group(1)})"
            for match in PYTHON_FORMAT.finditer(text)
            if match.group(0) != "%%"
        }
    if "python-brace-format" in flags:
        found |= {"{" + name + "}" for name in BRACE_FORMAT.findall(text)}
    return found


def placeholder_problems(entry: Entry) -> list[str]:
    """Why this entry's translation would break on a page ([] when it is fine).

    Untranslated (empty) and fuzzy entries are never used, so never a problem.
    A plural form may leave out one placeholder of the singular: the number
    itself, in a language that names it in words ("one group").
    """
    if "fuzzy" in entry.flags or not entry.msgid:
        return []
    wanted = placeholders(entry.msgid, entry.flags)
    allowed = wanted | placeholders(entry.msgid_plural, entry.flags)
    problems = []
    for index, text in sorted(entry.msgstr.items()):
        if not text:
            continue
        got = placeholders(text, entry.flags)
        extra = got - allowed
        missing = wanted - got
        if extra or (missing and not entry.msgid_plural) or len(missing) > 1:
            problems.append(
                f"line {entry.line} msgstr[{index}]: "
                f"missing {sorted(missing)} extra {sorted(extra)}"
            )
    return problems
