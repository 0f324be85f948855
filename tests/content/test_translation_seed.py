"""Translations as files (issue #16): the loader makes real wagtail-localize
translations, refuses a file whose structure differs from the Dutch one, and gives a
clear message for a translated slug that a sibling already has."""

from pathlib import Path

import frontmatter
import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from content import seeding, translation_seed
from content.models import InfoPage, Theme, ThemePage
from core.seed import SeedError, markdown_parts, seed_path
from regelingen import seeding as scheme_seeding
from regelingen.models import Scheme

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _use(monkeypatch, folder: str):
    monkeypatch.setattr(
        translation_seed,
        "translations_root",
        lambda app_label: FIXTURES / folder / app_label,
    )


@pytest.fixture
def dutch_demo(db, monkeypatch):
    """The demo content without the real translation files (the test brings its
    own): the loader only creates, so pages it translated would stay."""
    from tests.conftest import _ensure_page_tree

    _use(monkeypatch, "none")
    _ensure_page_tree()
    call_command("load_reference_data", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_regelingen", verbosity=0)
    seeding.locales_synchronise()


@pytest.mark.django_db
def test_files_become_translations_and_bad_files_a_clear_error(
    dutch_demo, monkeypatch, client
):
    en = Locale.objects.get(language_code="en")
    # Another structure than the Dutch file: a clear error naming the file.
    _use(monkeypatch, "translations_broken")
    with pytest.raises(SeedError, match="01-niet-veilig-thuis.md"):
        seeding.translations_load()
    _use(monkeypatch, "translations")
    seeding.translations_load()
    scheme_seeding.translations_load()

    theme_page = ThemePage.objects.get(locale__language_code="nl", slug="veiligheid")
    translated = theme_page.get_translation(en)
    assert translated.title == "Safety" and translated.alias_of_id is None
    assert Theme.objects.get(locale=en, slug="veiligheid").name == "Safety"
    info = InfoPage.objects.get(locale__language_code="nl", slug="niet-veilig-thuis")
    info_en = info.get_translation(en)
    assert info_en.alias_of_id is None and info_en.slug == "not-safe-at-home"
    assert info_en.url == "/en/veiligheid/not-safe-at-home/"
    assert "Call 112" in str(info_en.body.raw_data)
    assert Scheme.objects.get(locale=en, slug="kinderbijslag").name.startswith(
        "Child benefit"
    )
    # Stored as the translator's strings, so "Sync" in the admin keeps them.
    stored = StringTranslation.objects.filter(locale=en, tool_name="seed files")
    count = stored.count()
    assert count > 10
    assert stored.filter(data__contains="Call 112").exists()
    # A second run changes nothing (create-only, like the Dutch load).
    seeding.translations_load()
    scheme_seeding.translations_load()
    assert stored.count() == count
    page = client.get(info_en.url)
    assert page.status_code == 200
    assert "You do not feel safe at home" in page.content.decode()

    other = InfoPage.objects.get(
        locale__language_code="nl", slug="veilig-contact-met-je-ex"
    )
    # A translated slug that a sibling in the language already has.
    sibling_slug = other.get_translation(en).slug
    third = InfoPage.objects.get(locale__language_code="nl", slug="huiselijk-geweld")
    with pytest.raises(SeedError, match="already used"):
        translation_seed.translation_store(
            third, {"title": "Domestic violence", "slug": sibling_slug}, "en", "x.md"
        )


def _translation_files():
    for app in ("content", "regelingen"):
        root = seed_path(app, translation_seed.TRANSLATIONS_DIR)
        yield from sorted(root.glob("*/**/*.md")) if root.is_dir() else []


@pytest.mark.parametrize(
    "path", list(_translation_files()) or [None], ids=lambda p: str(p)
)
def test_every_translation_file_mirrors_its_dutch_file(path):
    """Same front matter keys and the same blocks, in order (no database)."""
    if path is None:
        pytest.skip("no translation files yet")
    language_root = next(p for p in path.parents if p.parent.name == "translations")
    dutch_path = language_root.parent.parent / path.relative_to(language_root)
    assert dutch_path.exists(), f"{path}: no Dutch file"
    dutch, own = frontmatter.load(dutch_path), frontmatter.load(path)
    assert set(own.metadata) <= set(dutch.metadata), path
    kinds = [type(p).__name__ for p in markdown_parts(dutch.content, dutch_path)]
    assert [type(p).__name__ for p in markdown_parts(own.content, path)] == kinds, path
