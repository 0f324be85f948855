"""The English interface catalogue: every parent-facing text has a sound translation.

Which texts are parent-facing is decided by where gettext found them (the ``#:``
references in the PO file), in one place: ``is_parent_facing_file``. A text is
parent-facing when at least one of its references is. Texts only used by
professionals, the Wagtail admin, model and field names (``verbose_name``),
management commands and migrations may stay untranslated.

The PO file is read with a small reader (polib is not a dependency).
"""

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PO_PATH = Path(__file__).resolve().parents[2] / "locale/en/LC_MESSAGES/django.po"

# Python modules whose texts a parent sees: form labels and errors, the Regelcheck
# and plan questions and results, opening hours of helplines, search, e-mails.
PARENT_FACING_PYTHON = frozenset(
    {
        "content/eligibility.py",
        "content/forms.py",
        "content/opening_hours.py",
        "content/situations.py",
        "core/forms.py",
        "eenouderpunt/search.py",
        "eenouderpunt/settings.py",
        "feedback/forms.py",
        "feedback/services.py",
        "lotgenoten/forms.py",
        "lotgenoten/services.py",  # e-mail subjects (h/i18nweb marks them)
        "opendata/embeds.py",
        "plan/build.py",
        "plan/documents.py",
        "plan/flow.py",
        "plan/forms.py",
        "plan/views.py",  # screen titles (h/i18nweb)
        "regelingen/check.py",
        "regelingen/forms.py",
        "regelingen/income_limits.py",
        "vragen/forms.py",
        "vragen/services.py",  # e-mail subjects (h/i18nweb)
    }
)
# Templates that only professionals or editors see.
STAFF_TEMPLATES = (
    "templates/professionals/",
    "templates/account/",
    "templates/allauth/",
    "templates/mfa/",
    "templates/plan/admin_preview.html",
    "templates/vragen/includes/question_detail.html",
    "templates/vragen/includes/question_list.html",
    "templates/vragen/includes/report_table.html",
)

# Choice labels defined on models that parents see on public pages (the rest of the
# model texts are field names for editors).
PARENT_VISIBLE_MODEL_TEXTS = frozenset(
    {
        # lotgenoten: how often and how to join an event or group, when it meets
        "Eén keer",
        "Elke week",
        "Elke maand (zelfde week en dag)",
        "Je kunt gewoon komen",
        "Meld je aan via Eenouderpunt",
        "Meld je aan bij de organisator",
        "Je kunt gewoon binnenlopen",
        "Neem eerst contact op",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "elke week",
        "om de week",
        "1 keer per maand",
        "anders (zie de tekst)",
        "op %(day)s",
        "%(times)s uur",
        "Vraag het de organisator",
        # the organiser's sign-up list and the "start a group" form
        "Nieuw",
        "Contact opgenomen",
        "Afgesloten",
        "Ik ben ouder",
        "Ik werk bij een organisatie of gemeente",
        # scheme level on the scheme pages, answer channel on "Stel je vraag"
        "Landelijk",
        "Gemeentelijk",
        "Fonds of stichting",
        "Per e-mail",
        "Per telefoon",
    }
)


def is_parent_facing(msgid: str, files) -> bool:
    """The one rule: a text is parent-facing when a parent can see it somewhere."""
    return msgid in PARENT_VISIBLE_MODEL_TEXTS or any(
        is_parent_facing_file(f) for f in files
    )


def is_parent_facing_file(path: str) -> bool:
    """True when texts from this source file are shown to parents."""
    if path in PARENT_FACING_PYTHON:
        return True
    if path.startswith("core/templates/core/forms/"):
        return True
    if not path.startswith("templates/") or path.startswith(STAFF_TEMPLATES):
        return False
    return "/admin/" not in path


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict = field(default_factory=dict)  # None or plural index -> text
    refs: list = field(default_factory=list)
    flags: list = field(default_factory=list)

    @property
    def files(self) -> set[str]:
        return {ref.rsplit(":", 1)[0] for ref in self.refs}

    @property
    def parent_facing(self) -> bool:
        return is_parent_facing(self.msgid, self.files)


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def read_po(path: Path) -> list[Entry]:
    """The active (not obsolete) entries of a PO file, header excluded."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry, key = Entry(), None
        for line in block.splitlines():
            if line.startswith("#~") or not line.strip():
                continue
            if line.startswith("#:"):
                entry.refs += line[2:].split()
            elif line.startswith("#,"):
                entry.flags += [f.strip() for f in line[2:].split(",")]
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                value = _unquote(line)
                if key[0] == "msgstr":
                    entry.msgstr[key[1]] += value
                else:
                    setattr(entry, key[0], getattr(entry, key[0]) + value)
            else:
                keyword, _, quoted = line.partition(" ")
                match = re.fullmatch(r"msgstr(?:\[(\d)\])?", keyword)
                if match:
                    index = int(match.group(1)) if match.group(1) else None
                    key = ("msgstr", index)
                    entry.msgstr[index] = _unquote(quoted)
                else:
                    key = (keyword, None)
                    setattr(entry, keyword, _unquote(quoted))
        if entry.msgid:
            entries.append(entry)
    return entries


PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}|</?[a-zA-Z][^>]*>")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def entries():
    return read_po(PO_PATH)


@pytest.fixture(scope="module")
def parent_entries(entries):
    return [e for e in entries if e.parent_facing]


def _label(entry: Entry) -> str:
    return f"{entry.msgid!r} ({', '.join(sorted(entry.files))})"


def test_rule_sorts_known_files():
    assert is_parent_facing_file("templates/base.html")
    assert is_parent_facing_file("templates/regelingen/check_step.html")
    assert is_parent_facing_file("regelingen/forms.py")
    assert is_parent_facing_file("core/templates/core/forms/field.html")
    assert not is_parent_facing_file("templates/professionals/dashboard.html")
    assert not is_parent_facing_file("templates/vragen/admin/queue.html")
    assert not is_parent_facing_file("regelingen/models.py")
    assert not is_parent_facing_file("professionals/forms.py")
    assert is_parent_facing("Je kunt gewoon komen", ["lotgenoten/models/events.py"])
    assert not is_parent_facing("titel", ["lotgenoten/models/events.py"])


def test_catalogue_is_english_and_marked_as_team_translation():
    text = PO_PATH.read_text(encoding="utf-8")
    assert '"Language: en\\n"' in text
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text
    head = text.split("msgid", 1)[0]
    assert "not yet reviewed by a professional translator" in head


def test_the_rule_finds_the_parent_texts(parent_entries):
    msgids = {e.msgid for e in parent_entries}
    assert len(parent_entries) > 700
    assert {"Snel weg", "Stel je vraag", "Volgende vraag", "Ik wil meedoen"} <= msgids


def test_every_parent_facing_text_has_an_english_translation(parent_entries):
    missing = [
        _label(e)
        for e in parent_entries
        if not all(e.msgstr.get(i, "").strip() for i in e.msgstr)
        or not e.msgstr
        or (e.msgid_plural and set(e.msgstr) != {0, 1})
    ]
    assert not missing, f"{len(missing)} untranslated:\n" + "\n".join(missing[:40])


def test_no_parent_facing_translation_is_fuzzy(parent_entries):
    fuzzy = [_label(e) for e in parent_entries if "fuzzy" in e.flags]
    assert not fuzzy, "\n".join(fuzzy)


def test_placeholders_and_tags_are_kept(entries):
    broken = []
    for e in entries:
        pairs = [(e.msgid, e.msgstr.get(None, ""))]
        if e.msgid_plural:
            pairs = [
                (e.msgid, e.msgstr.get(0, "")),
                (e.msgid_plural, e.msgstr.get(1, "")),
            ]
        for source, translation in pairs:
            if translation and placeholders(source) != placeholders(translation):
                broken.append(f"{source!r} -> {translation!r}")
    assert not broken, "\n".join(broken)


# Dutch words printed on the letters and websites a parent deals with: when the Dutch
# text uses one, the English keeps it visible, for example "rent benefit (huurtoeslag)".
OFFICIAL_TERMS = (
    "kinderbijslag",
    "huurtoeslag",
    "zorgtoeslag",
    "kinderopvangtoeslag",
    "kindgebonden budget",
    "bijstand",
    "ouderschapsplan",
    "alimentatie",
    "toeslagpartner",
    "Belastingdienst",
    "Dienst Toeslagen",
    "Veilig Thuis",
    "Juridisch Loket",
    "Regelcheck",
    "sociaal loket",
    "wijkteam",
)


def test_official_dutch_terms_stay_beside_the_english(parent_entries):
    def uses(text: str, term: str) -> bool:
        # Names (capitalised) match exactly: "niet veilig thuis" is not Veilig Thuis.
        return term in text if term[0].isupper() else term in text.lower()

    lost = []
    for e in parent_entries:
        translations = [t for t in e.msgstr.values() if t]
        for term in OFFICIAL_TERMS:
            if uses(e.msgid, term):
                lost += [f"{term}: {t!r}" for t in translations if not uses(t, term)]
    assert not lost, "\n".join(lost)


@pytest.mark.skipif(
    not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed"
)
def test_catalogue_compiles_with_format_checks(tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(PO_PATH)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def compiled_catalogue(tmp_path, settings):
    """The English catalogue compiled into a temporary LOCALE_PATHS (no .mo in git)."""
    target = tmp_path / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(target / "django.mo"), str(PO_PATH)],
        check=True,
    )
    settings.LOCALE_PATHS = [tmp_path]  # the setting_changed signal resets gettext
    return tmp_path


@pytest.mark.skipif(
    not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed"
)
def test_django_speaks_the_catalogue(compiled_catalogue):
    from django.utils import translation

    # Looked up through variables, so makemessages does not collect this file.
    lookup, lookup_plural = translation.gettext, translation.ngettext
    schemes = ("%(counter)s regeling", "%(counter)s regelingen")
    with translation.override("en"):
        assert lookup("Snel weg") == "Leave quickly"
        assert lookup("Regelcheck") == "Benefits check (Regelcheck)"
        assert lookup_plural(*schemes, 1) % {"counter": 1} == "1 scheme"
        assert lookup_plural(*schemes, 3) % {"counter": 3} == "3 schemes"
    with translation.override("nl"):
        assert lookup("Snel weg") == "Snel weg"
