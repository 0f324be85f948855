"""The interface catalogues: a broken placeholder stops the build and never
reaches a page."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.i18n.po import Entry, placeholder_problems, po_entries

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
BROKEN = (
    HEADER + '#, python-format\nmsgid "Nog %(count)s plekken"\n'
    'msgstr "Still %(cuont)s places"\n'
)
GOOD = (
    HEADER + '#, python-format\nmsgid "Nog %(count)s plekken"\n'
    'msgstr "Still %(count)s places"\n'
)

needs_msgfmt = pytest.mark.skipif(
    not shutil.which("msgfmt"), reason="msgfmt (Debian package gettext) missing"
)


def _msgfmt(tmp_path, text):
    po = tmp_path / "django.po"
    po.write_text(text, encoding="utf-8")
    return subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(po)],
        capture_output=True,
        text=True,
    )


@needs_msgfmt
def test_msgfmt_check_format_refuses_a_broken_placeholder(tmp_path):
    # compilemessages runs exactly this; the Makefile stops on its failure.
    result = _msgfmt(tmp_path, BROKEN)
    assert result.returncode != 0
    assert "count" in result.stderr


@needs_msgfmt
def test_msgfmt_check_format_accepts_a_good_placeholder(tmp_path):
    assert _msgfmt(tmp_path, GOOD).returncode == 0


def test_the_placeholder_check_finds_a_broken_one(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(BROKEN, encoding="utf-8")
    problems = [p for entry in po_entries(po) for p in placeholder_problems(entry)]
    assert problems and "count" in problems[0]


@pytest.mark.parametrize(
    "msgid, msgstr",
    [
        ("Binnen %(days)s dagen", "Within %(days)s days and %(extra)s"),
        ("Binnen %(days)s dagen", "Within a few days"),
        ("%s groepen", "%d groups"),
    ],
)
def test_the_placeholder_check_refuses(msgid, msgstr):
    entry = Entry(flags={"python-format"}, msgid=msgid, msgstr={0: msgstr})
    assert placeholder_problems(entry)


def test_a_plural_form_may_name_the_number_in_words():
    entry = Entry(
        flags={"python-format"},
        msgid="%(counter)s groep",
        msgid_plural="%(counter)s groepen",
        msgstr={0: "no groups", 1: "one group", 2: "%(counter)s groups"},
    )
    assert not placeholder_problems(entry)


def test_empty_and_fuzzy_translations_are_not_used():
    assert not placeholder_problems(
        Entry(flags={"python-format"}, msgid="%(n)s", msgstr={0: ""})
    )
    assert not placeholder_problems(
        Entry(flags={"python-format", "fuzzy"}, msgid="%(n)s", msgstr={0: "x"})
    )


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_every_translation_keeps_the_placeholders_of_its_source(path):
    entries = po_entries(path)
    assert entries, f"{path} has no messages"
    problems = [p for entry in entries for p in placeholder_problems(entry)]
    assert not problems, f"{path.relative_to(ROOT)}:\n" + "\n".join(problems)


def test_the_catalogues_for_english_and_arabic_exist():
    assert {p.parts[-3] for p in CATALOGUES} >= {"en", "ar"}


@needs_msgfmt
def test_compilemessages_fails_on_a_broken_placeholder(tmp_path, monkeypatch, settings):
    """What `make assets` runs stops with an error instead of building a catalogue."""
    from django.core.management import CommandError, call_command

    messages = tmp_path / "locale" / "en" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text(BROKEN, encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CommandError):
        call_command("compilemessages", locale=["en"], verbosity=0)
