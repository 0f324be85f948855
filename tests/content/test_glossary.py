"""Glossary: words explained inline, and the editor's warning for unexplained words."""

from dataclasses import dataclass

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from wagtail import hooks

from content.glossary import mark_terms, terms_unexplained, terms_used
from content.wagtail_hooks import glossary_check_after_edit
from tests.factories.content import (
    GlossaryTermFactory,
    InfoPageFactory,
    ThemePageFactory,
)


@dataclass
class Term:
    term: str
    variants: str = ""

    @property
    def forms(self):
        return sorted(
            {self.term, *filter(None, self.variants.split(","))}, key=len, reverse=True
        )

    @property
    def anchor(self):
        return f"begrip-{self.term}"


TOESLAG = Term("toeslag", "toeslagen")
BIJSTAND = Term("bijstand")


def test_terms_used_matches_whole_words_and_forms():
    assert terms_used("Vraag toeslagen aan.", [TOESLAG, BIJSTAND]) == [TOESLAG]
    assert terms_used("De huurtoeslag", [TOESLAG]) == []
    assert terms_used("BIJSTAND aanvragen", [BIJSTAND]) == [BIJSTAND]


def test_mark_terms_links_first_use_only():
    marked = set()
    html = mark_terms("<p>Een toeslag is geld. Nog een toeslag.</p>", [TOESLAG], marked)
    assert html.count('class="glossary-term"') == 1
    assert '<a class="glossary-term" href="#begrip-toeslag">toeslag</a> is geld' in html
    # The next block on the same page does not link it again.
    assert mark_terms("<p>toeslag</p>", [TOESLAG], marked) == "<p>toeslag</p>"


def test_mark_terms_leaves_links_and_tags_alone():
    html = '<p><a href="/x/">toeslag</a> en <b class="toeslag">bijstand</b></p>'
    result = mark_terms(html, [TOESLAG, BIJSTAND], set())
    assert '<a href="/x/">toeslag</a>' in result
    assert 'class="toeslag"' in result
    assert '<a class="glossary-term" href="#begrip-bijstand">bijstand</a>' in result


def test_mark_terms_handles_two_terms_in_one_text():
    result = mark_terms("<p>bijstand en toeslagen</p>", [TOESLAG, BIJSTAND], set())
    assert result.count("glossary-term") == 2


@pytest.mark.django_db
def test_info_page_explains_its_words(client, home_page):
    term = GlossaryTermFactory(
        term="toeslag", variants="toeslagen", explanation="Geld van de overheid."
    )
    theme_page = ThemePageFactory(parent=home_page, slug="geld")
    page = InfoPageFactory(
        parent=theme_page,
        slug="uitleg",
        body=[{"type": "paragraph", "value": "<p>Vraag toeslagen aan.</p>"}],
    )
    page.glossary_terms.add(term)
    page.save_revision().publish()
    html = client.get("/geld/uitleg/").content.decode()
    assert '<a class="glossary-term" href="#begrip-toeslag">toeslagen</a>' in html
    assert '<dt id="begrip-toeslag"><dfn>toeslag</dfn></dt>' in html
    assert "Geld van de overheid." in html


@pytest.mark.django_db
def test_editor_is_warned_about_unexplained_words(home_page):
    explained = GlossaryTermFactory(term="toeslag")
    GlossaryTermFactory(term="bijstand")
    theme_page = ThemePageFactory(parent=home_page, slug="werk")
    page = InfoPageFactory(
        parent=theme_page,
        body=[{"type": "paragraph", "value": "<p>Met bijstand en een toeslag.</p>"}],
    )
    page.glossary_terms.add(explained)
    request = RequestFactory().post("/admin/")
    request.session = {}
    request._messages = FallbackStorage(request)
    assert glossary_check_after_edit in hooks.get_hooks("after_edit_page")
    result = glossary_check_after_edit(request, page)
    assert result is None  # a warning never blocks saving
    [message] = [str(m) for m in get_messages(request)]
    assert "'bijstand'" in message and "'toeslag'" not in message


@pytest.mark.django_db
def test_no_warning_when_every_word_is_explained(home_page):
    term = GlossaryTermFactory(term="bijstand")
    assert terms_unexplained("over bijstand", [term], [term]) == []
