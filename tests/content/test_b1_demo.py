"""Every demo page passes the B1 check, or its words are on the approved list."""

import pytest
from wagtail.models import Page

from content.b1 import b1_check, glossary_forms
from content.models import GlossaryTerm
from content.wagtail_hooks import page_text

pytestmark = pytest.mark.django_db


def _checked_pages():
    for page in Page.objects.live().specific():
        if hasattr(page, "body") or hasattr(page, "steps"):
            yield page


def test_demo_pages_pass_the_b1_check(demo_site):
    known = glossary_forms(GlossaryTerm.objects.all())
    failures = []
    checked = 0
    for page in _checked_pages():
        checked += 1
        findings = b1_check(page_text(page), known)
        if findings:
            failures.append(
                f"{page.url_path}: rare={findings.rare_words} "
                f"long={findings.long_sentences} passive={findings.passive_sentences}"
            )
    assert checked >= 40
    assert not failures, "\n".join(failures)
