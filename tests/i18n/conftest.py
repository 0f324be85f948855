import shutil
import subprocess

import pytest

# A tiny English catalogue, so tests can see that a page or mail really is English
# without depending on the wording of locale/en (translated by others).
TEST_CATALOGUE = {
    "Snel weg": "Quick exit",
    "Taal": "Language",
    "Je vraag is binnengekomen (%(reference)s)": "Your question arrived (%(reference)s)",
    "We hebben je vraag gekregen. Dank je wel.": "We received your question. Thank you.",
    "Antwoord op je vraag (%(reference)s)": "Answer to your question (%(reference)s)",
    "Je aanmelding voor %(name)s": "Your sign-up for %(name)s",
    "De organisator krijgt je aanmelding.": "The organiser gets your sign-up.",
}


def _po(entries: dict[str, str]) -> str:
    out = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for msgid, msgstr in entries.items():
        flag = "#, python-format\n" if "%(" in msgid else ""
        out.append(f'{flag}msgid "{msgid}"\nmsgstr "{msgstr}"\n')
    return "\n".join(out)


@pytest.fixture
def english_catalogue(tmp_path, settings):
    """LOCALE_PATHS with only the tiny English catalogue above (compiled by msgfmt)."""
    if not shutil.which("msgfmt"):
        pytest.skip("msgfmt (Debian package gettext) missing")
    messages = tmp_path / "locale" / "en" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text(_po(TEST_CATALOGUE), encoding="utf-8")
    subprocess.run(
        [
            "msgfmt",
            "--check-format",
            "-o",
            messages / "django.mo",
            messages / "django.po",
        ],
        check=True,
    )
    # Django's setting_changed handler empties its catalogue cache.
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    return TEST_CATALOGUE
