"""The Arabic interface catalogue: every parent-facing text translated, placeholders kept, six plural forms.

Parent-facing is decided by the `#:` references of an entry (see is_parent_facing). Texts used only in
the professionals area, the Wagtail admin, model verbose names, management commands and migrations stay
empty on purpose: those users read Dutch.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PO_PATH = ROOT / "locale" / "ar" / "LC_MESSAGES" / "django.po"
AR_PLURAL_FORMS = "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"

# Python modules whose texts a parent reads (form labels and errors, Regelcheck, plan, opening hours,
# search). A list of (first, last) line ranges limits a module to its parent-facing part: in model
# modules only the choice labels a page shows (get_FOO_display), never the verbose names.
_PARENT_PY = {
    "content/eligibility.py": None,
    "content/forms.py": None,
    "content/models/snippets.py": [(265, 272)],  # weekdays of the opening hours
    "content/opening_hours.py": None,
    "content/situations.py": None,
    "core/forms.py": None,
    "eenouderpunt/search.py": None,
    "eenouderpunt/settings.py": None,
    "feedback/forms.py": None,
    "feedback/services.py": None,
    "gemeenten/models.py": [(102, 110)],  # kinds of local schemes
    "lotgenoten/forms.py": [(1, 258)],  # EventForm (from 259) is for organisations
    "lotgenoten/models/events.py": [(65, 73)],  # repeat, how to join
    "lotgenoten/models/groups.py": [(48, 50)],  # how to join
    "lotgenoten/models/schedule.py": [
        (17, 31),
        (60, 10_000),
    ],  # days, how often, the sentence
    "lotgenoten/models/signups.py": [
        (18, 21)
    ],  # status on the organiser's sign-up page
    "opendata/embeds.py": None,
    "plan/build.py": None,
    "plan/documents.py": None,
    "plan/flow.py": None,
    "plan/forms.py": None,
    "regelingen/check.py": None,
    "regelingen/forms.py": None,
    "regelingen/income_limits.py": None,
    "regelingen/models.py": [(92, 95)],  # national, municipal, fund
    "vragen/forms.py": [
        (1, 152)
    ],  # AnswerForm and the routing opt-in are for professionals
    "vragen/models.py": [(34, 36)],  # answer by e-mail or phone
}
_NOT_PARENT_TEMPLATES = (
    "templates/professionals/",
    "templates/account/",
    "templates/allauth/",
    "templates/mfa/",
    "templates/plan/admin_preview.html",
    "templates/vragen/includes/",  # the question queue of the team and the professionals
)


def is_parent_facing(refs):
    """True when one of the `#:` references ("path:line") is a text a parent sees.

    Templates count unless they belong to the professionals area, the login pages or an admin
    view; Python modules count only when listed in _PARENT_PY (and within one of its line ranges).
    """
    for ref in refs:
        path, _, line = ref.rpartition(":")
        if not path:
            path, line = ref, "0"
        if path.startswith(("templates/", "core/templates/core/")):
            if "/admin/" in path or path.startswith(_NOT_PARENT_TEMPLATES):
                continue
            return True
        if path in _PARENT_PY:
            spans = _PARENT_PY[path]
            number = int(line or 0)
            if spans is None or any(first <= number <= last for first, last in spans):
                return True
    return False


# --- a minimal PO reader/writer (standard library only) -------------------------------------------


def _unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    body = s[1:-1]
    return re.sub(
        r"\\(.)",
        lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(
            m.group(1), m.group(0)
        ),
        body,
    )


def _quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    parts = s.split("\n")
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    if len(lines) <= 1:
        return '"' + (lines[0] if lines else "") + '"'
    return '""\n' + "\n".join('"' + line + '"' for line in lines)


def parse_po(text):
    """Return (entries, header_block). Each entry: comments, refs, flags, msgid, msgid_plural, msgstr list."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    header, entries = blocks[0], []
    for block in blocks[1:]:
        entry = {
            "comments": [],
            "refs": [],
            "flags": [],
            "msgid": "",
            "msgid_plural": None,
            "msgstr": [],
        }
        field, obsolete = None, False
        for line in block.split("\n"):
            if line.startswith("#~"):
                obsolete = True
                break
            if line.startswith("#:"):
                entry["refs"] += line[2:].split()
                entry["comments"].append(line)
            elif line.startswith("#,"):
                entry["flags"] += [f.strip() for f in line[2:].split(",")]
            elif line.startswith("#"):
                entry["comments"].append(line)
            elif line.startswith("msgid_plural "):
                field, entry["msgid_plural"] = "msgid_plural", _unquote(line[13:])
            elif line.startswith("msgid "):
                field, entry["msgid"] = "msgid", _unquote(line[6:])
            elif line.startswith("msgstr["):
                idx = int(line[7 : line.index("]")])
                entry["msgstr"].append(_unquote(line[line.index("]") + 2 :]))
                field = ("msgstr", idx)
            elif line.startswith("msgstr "):
                entry["msgstr"] = [_unquote(line[7:])]
                field = ("msgstr", 0)
            elif line.startswith('"'):
                if field == "msgid":
                    entry["msgid"] += _unquote(line)
                elif field == "msgid_plural":
                    entry["msgid_plural"] += _unquote(line)
                else:
                    entry["msgstr"][field[1]] += _unquote(line)
        if not obsolete:
            entries.append(entry)
    return entries, header


def write_po(entries, header):
    out = [header]
    for e in entries:
        lines = [c for c in e["comments"] if not c.startswith("#:")]
        refs = e["refs"]
        for i in range(0, len(refs), 3):
            lines.append("#: " + " ".join(refs[i : i + 3]))
        flags = [f for f in e["flags"] if f]
        if flags:
            lines.append("#, " + ", ".join(flags))
        lines.append("msgid " + _quote(e["msgid"]))
        if e["msgid_plural"] is not None:
            lines.append("msgid_plural " + _quote(e["msgid_plural"]))
            msgstr = e["msgstr"] + [""] * (6 - len(e["msgstr"]))
            for i, s in enumerate(msgstr):
                lines.append(f"msgstr[{i}] " + _quote(s))
        else:
            lines.append("msgstr " + _quote(e["msgstr"][0] if e["msgstr"] else ""))
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# --- the tests -------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdfr]|%[sdf]|\{\w*\}|</?[a-zA-Z][^>]*>")


def _placeholders(text):
    return sorted(m.group(0) for m in _PLACEHOLDER.finditer(text))


@pytest.fixture(scope="module")
def catalogue():
    return parse_po(PO_PATH.read_text(encoding="utf-8"))


def test_header_names_the_team_and_arabic_plural_forms(catalogue):
    text = PO_PATH.read_text(encoding="utf-8")
    assert (
        "Translated by the Eenouderpunt team, not yet reviewed by a professional translator"
        in text
    )
    _, header = catalogue
    joined = "".join(
        _unquote(line) for line in header.split("\n") if line.startswith('"')
    )
    assert f"Plural-Forms: {AR_PLURAL_FORMS}" in joined
    assert "Language: ar" in joined
    # gettext ignores a fuzzy header, and with it the six plural forms.
    assert "#, fuzzy" not in header


def test_rule_sorts_references():
    assert is_parent_facing(["templates/base.html:12"])
    assert is_parent_facing(
        ["templates/professionals/base.html:3", "regelingen/forms.py:90"]
    )
    assert not is_parent_facing(["templates/professionals/base.html:3"])
    assert not is_parent_facing(["templates/feedback/admin/page_detail.html:5"])
    assert not is_parent_facing(["regelingen/models.py:98", "content/blocks.py:10"])
    assert not is_parent_facing(["vragen/forms.py:160"])


def test_every_parent_facing_text_is_translated(catalogue):
    entries, _ = catalogue
    parent = [e for e in entries if is_parent_facing(e["refs"])]
    assert len(parent) > 500
    missing = [
        e["msgid"][:70] for e in parent if not all(e["msgstr"]) or "fuzzy" in e["flags"]
    ]
    assert not missing, f"{len(missing)} untranslated, first: {missing[:10]}"


def test_placeholders_and_tags_are_kept(catalogue):
    entries, _ = catalogue
    wrong = []
    for e in entries:
        for i, msgstr in enumerate(e["msgstr"]):
            if not msgstr:
                continue
            source = (
                e["msgid"]
                if (e["msgid_plural"] is None or i == 1)
                else e["msgid_plural"]
            )
            want = _placeholders(source)
            got = _placeholders(msgstr)
            # Arabic forms 0-2 ("no", "one", "two") may spell the number out instead of %(count)s.
            if e["msgid_plural"] is not None and i in (0, 1, 2):
                want = [
                    p
                    for p in want
                    if p not in ("%(counter)s", "%(count)s", "%(n)s", "%d", "%s")
                ]
                got = [
                    p
                    for p in got
                    if p not in ("%(counter)s", "%(count)s", "%(n)s", "%d", "%s")
                ]
            if want != got:
                wrong.append((e["msgid"][:60], i, want, got))
    assert not wrong, wrong[:10]


def test_plural_entries_have_six_forms(catalogue):
    entries, _ = catalogue
    for e in entries:
        if e["msgid_plural"] is not None and any(e["msgstr"]):
            assert len(e["msgstr"]) == 6 and all(e["msgstr"]), e["msgid"]


def test_numbers_stay_western_digits(catalogue):
    entries, _ = catalogue
    eastern = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
    assert not [
        e["msgid"] for e in entries if any(eastern.search(s) for s in e["msgstr"])
    ]
