"""The pure parts of what search engines read: descriptions, canonical URLs, JSON-LD."""

import json

from django.http import QueryDict
from django.test import override_settings

from core.seo import (
    canonical_url,
    description_for,
    description_trim,
    faq_json_ld,
    json_ld_dumps,
)


class _Page:
    def __init__(self, **fields):
        self.__dict__.update(fields)


def test_description_is_search_description_when_filled():
    page = _Page(search_description="Voor de zoekmachine.", intro="De intro.")
    assert description_for(page) == "Voor de zoekmachine."


def test_description_falls_back_to_the_intro_then_summary():
    assert description_for(_Page(search_description=" ", intro="De intro.")) == (
        "De intro."
    )
    assert description_for(_Page(summary="Samenvatting.")) == "Samenvatting."
    assert description_for(None) == ""


def test_description_strips_html_and_entities_and_spaces():
    text = "<p>Geld &amp; schulden:\n  <strong>hulp</strong> is gratis.</p>"
    assert description_trim(text) == "Geld & schulden: hulp is gratis."


def test_long_description_is_cut_on_a_word_boundary_with_an_ellipsis():
    text = "Woord " * 40  # 240 characters
    trimmed = description_trim(text)
    assert len(trimmed) <= 155
    assert trimmed.endswith("Woord…")
    assert "Wo…" not in trimmed


def test_short_description_is_left_alone():
    text = "a" * 155
    assert description_trim(text) == text


@override_settings(WAGTAILADMIN_BASE_URL="https://www.eenouderpunt.nl/")
def test_canonical_url_is_absolute_without_query():
    query = QueryDict("postcode=7201&utm_source=x&avond=on")
    assert canonical_url("/lotgenoten/", query) == (
        "https://www.eenouderpunt.nl/lotgenoten/"
    )


@override_settings(WAGTAILADMIN_BASE_URL="https://www.eenouderpunt.nl")
def test_canonical_url_keeps_the_page_number_of_a_list():
    assert canonical_url("/regelingen/", QueryDict("pagina=2&q=x")) == (
        "https://www.eenouderpunt.nl/regelingen/?pagina=2"
    )
    # Page 1 is the list itself; nonsense is ignored.
    for value in ("1", "0", "abc", "-3", "2<script>"):
        assert canonical_url("/regelingen/", QueryDict(f"pagina={value}")) == (
            "https://www.eenouderpunt.nl/regelingen/"
        )


def test_json_ld_cannot_close_its_script_element():
    data = {"name": "</script><script>alert(1)</script> & <!--"}
    text = json_ld_dumps(data)
    assert "</script" not in text.lower()
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data  # still the same data for a reader


def test_faq_json_ld_has_plain_question_and_answer():
    data = faq_json_ld([("Wat kost het?", "<p>Het is <b>gratis</b>.</p>"), ("", "x")])
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Wat kost het?",
            "acceptedAnswer": {"@type": "Answer", "text": "Het is gratis."},
        }
    ]
    assert faq_json_ld([]) is None
