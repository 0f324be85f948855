"""The demo content: complete, true to its promises, readable (LIX <= 40), idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from content.glossary import html_to_text
from content.models import (
    GlossaryPage,
    GlossaryTerm,
    Helpline,
    HelplineIndexPage,
    InfoPage,
    ReviewFields,
    StepPlanLink,
    StepPlanPage,
    ThemePage,
)
from tests.support.readability import lix

pytestmark = pytest.mark.django_db


def test_lix_formula():
    # 7 words, 2 sentences, 2 long words (> 6 letters): 7/2 + 100 * 2/7 = 32.07
    assert round(lix("Dit is kort. Alleenstaande ouders krijgen hulp."), 2) == 32.07
    assert round(lix("Een kat. Een hond."), 1) == 2.0
    assert round(lix("Alleenstaande ouders krijgen toeslagen."), 1) == 4 + 75.0
    assert lix("") == 0.0


def test_html_to_text_ends_blocks_as_sentences():
    assert html_to_text("<h2>Kop</h2><p>Tekst</p>").split() == ["Kop.", "Tekst."]


def page_text(page) -> str:
    page = page.specific
    parts = [page.title + ".", getattr(page, "intro", "") or ""]
    parts.append(page.search_description)  # what a search engine shows, B1 too
    for name in ("body", "steps"):
        value = getattr(page, name, None)
        if value is not None:
            for block in value:
                parts.append(html_to_text(str(block.render())))
    if isinstance(page, GlossaryPage):
        parts += [f"{t.term}. {t.explanation}" for t in GlossaryTerm.objects.all()]
    if isinstance(page, HelplineIndexPage):
        parts += [f"{h.name}. {h.description}" for h in Helpline.objects.all()]
    return "\n".join(parts)


def test_demo_content_is_complete(demo_site):
    # The Dutch tree; the English and Arabic trees copy it (synchronised trees).
    assert ThemePage.objects.live().filter(locale__language_code="nl").count() == 10
    for theme_page in ThemePage.objects.all():
        # Issue 12: every theme answers at least four situations.
        assert InfoPage.objects.child_of(theme_page).live().count() >= 4, theme_page
    assert InfoPage.objects.live().filter(locale__language_code="nl").count() >= 40
    titles = set(StepPlanPage.objects.live().values_list("title", flat=True))
    assert {
        "Je gaat uit elkaar",
        "Geldzorgen en schulden",
        "Van bijstand naar werk",
        "Kinderopvang regelen",
        "Je partner is overleden",
        "Een lotgenotengroep starten",
        "Je krijgt een kind",
        "Je voelt je niet veilig thuis",
    } <= titles
    assert Helpline.objects.filter(live=True).count() >= 8
    assert GlossaryTerm.objects.count() >= 10
    assert StepPlanLink.objects.exists()
    for slug in (
        "privacy",
        "toegankelijkheid",
        "colofon",
        "veilig-gebruiken",
        "hulp",
        "begrippen",
        "stappenplannen",
    ):
        assert Page.objects.filter(slug=slug).live().exists(), slug


def test_every_demo_page_has_sources_and_a_checked_date(demo_site):
    for page in Page.objects.live().specific():
        if isinstance(page, ReviewFields):
            assert page.last_reviewed, page.url_path
            assert len(page.sources) >= 1, page.url_path


def test_every_demo_page_scores_lix_40_or_lower(demo_site):
    scores = {}
    for page in Page.objects.live().filter(depth__gt=2).specific():
        scores[page.url_path] = lix(page_text(page))
    print("\nLIX per demo page:")
    for path, score in sorted(scores.items(), key=lambda item: item[1]):
        print(f"  {score:5.1f}  {path}")
    too_hard = {path: round(score, 1) for path, score in scores.items() if score > 40}
    assert not too_hard, too_hard


def test_loading_twice_changes_nothing(demo_site):
    before = (Page.objects.count(), Revision.objects.count(), Helpline.objects.count())
    call_command("load_demo_content", verbosity=0)
    after = (Page.objects.count(), Revision.objects.count(), Helpline.objects.count())
    assert before == after


def test_every_demo_page_renders(client, demo_site):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert not response.cookies
