"""English and Arabic beside B1 Dutch (issue #16): translations never duplicate a row.

The demo content is loaded, every Dutch page gets an English and Arabic copy (the
synchronised tree: aliases), and a theme, a helpline, a glossary term, a scheme and an
information page get a real English translation. Every public list keeps the Dutch
number of items, in Dutch and in English; a page without translation shows the Dutch
text with a notice; a translation older than its Dutch page says so.
"""

import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    LocaleSynchronization,
    Translation,
    TranslationSource,
)

from content import i18n, seeding
from content.models import GlossaryTerm, Helpline, InfoPage, Theme, ThemePage
from regelingen import selectors
from regelingen.models import Scheme


def _translate_snippet(obj, locale, **text):
    # The demo may have translated it from its files already.
    copy = obj.get_translation_or_none(locale) or obj.copy_for_translation(locale)
    for name, value in text.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def _counts():
    theme_page = ThemePage.objects.filter(locale__language_code="nl").live().first()
    return {
        "schemes": len(selectors.schemes_translated(selectors.schemes_filter())),
        "rules": len(selectors.scheme_rules_for_check()),
        "theme_schemes": len(selectors.schemes_for_theme(theme_page.theme)),
        "themes_filter": len(selectors.filter_options()["themes"]),
        "export": len(selectors.schemes_for_export()),
        "sitemap": selectors.schemes_for_sitemap().count(),
    }


@pytest.fixture
def translated_demo(demo_site):
    # Synchronised trees; the translations are this test's own.
    seeding.locales_synchronise()
    call_command("load_demo_regelingen", verbosity=0)
    before = {"nl": _counts()}
    with translation.override("en"):
        before["en"] = _counts()
    en = Locale.objects.get(language_code="en")
    ar = Locale.objects.get(language_code="ar")
    nl = Locale.objects.get(language_code="nl")
    # The demo load synchronises the trees (content.seeding.locales_synchronise).
    assert LocaleSynchronization.objects.filter(locale__in=[en, ar]).count() == 2
    theme = Theme.objects.get(locale=nl, slug=ThemePage.objects.first().theme.slug)
    _translate_snippet(theme, en, name=f"EN {theme.name}")
    scheme = (
        Scheme.objects.live().filter(themes=theme).first()
        or Scheme.objects.live().first()
    )
    _translate_snippet(scheme, en, name="Child benefit (kinderbijslag)")
    helpline = Helpline.objects.filter(locale=nl, live=True).first()
    _translate_snippet(helpline, en, name="EN helpline")
    term = GlossaryTerm.objects.filter(locale=nl).first()
    _translate_snippet(term, en, term="EN term")
    info = InfoPage.objects.filter(locale=nl).live().first()
    source, _ = TranslationSource.get_or_create_from_instance(info)
    Translation.objects.create(source=source, target_locale=en).save_target(
        publish=True
    )
    return {"before": before, "info": info, "scheme": scheme, "helpline": helpline}


def check_every_dutch_page_has_a_copy_in_english_and_arabic(translated_demo):
    dutch = Page.objects.filter(locale__language_code="nl", depth__gt=1).count()
    assert Page.objects.filter(locale__language_code="en").count() == dutch
    assert Page.objects.filter(locale__language_code="ar").count() == dutch


def check_lists_keep_one_row_per_item_in_every_language(translated_demo):
    for language in ("nl", "en"):
        with translation.override(language):
            assert _counts() == translated_demo["before"][language], language


def check_english_text_is_laid_over_the_dutch_scheme(translated_demo):
    scheme = translated_demo["scheme"]
    with translation.override("en"):
        shown = {s.slug: s.name for s in selectors.schemes_filter()}
        translated = selectors.schemes_translated(selectors.schemes_filter())
        by_slug = {s.slug: s for s in translated}
    assert shown[scheme.slug] == scheme.name  # the query itself stays Dutch
    assert by_slug[scheme.slug].name == "Child benefit (kinderbijslag)"
    # The business logic (criteria, amounts) stays the Dutch scheme's.
    assert by_slug[scheme.slug].locale.language_code == "nl"


def _items(html: str, css_class: str) -> int:
    return len(re.findall(css_class, html))


def check_pages_in_english_show_the_same_number_of_items(client, translated_demo):
    theme_page = ThemePage.objects.filter(locale__language_code="nl").live().first()
    nl = client.get(theme_page.url)
    en_page = theme_page.get_translation(Locale.objects.get(language_code="en"))
    en = client.get(en_page.url)
    assert en_page.url.startswith("/en/")
    assert nl.status_code == en.status_code == 200
    for key in ("info_pages", "step_plans"):
        assert len(nl.context[key]) == len(en.context[key]), key
    assert len(nl.context["sections"]) == len(en.context["sections"])
    hulp_nl = client.get("/hulp/")
    hulp_en = client.get("/en/hulp/")
    assert hulp_en.status_code == 200
    assert len(hulp_nl.context["helplines"]) == len(hulp_en.context["helplines"])
    assert "EN helpline" in hulp_en.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap.count("<loc>") == len(set(re.findall(r"<loc>(.*?)</loc>", sitemap)))
    api = client.get("/api/v1/regelingen")
    assert api.status_code == 200


def check_untranslated_page_shows_dutch_with_a_notice(client, translated_demo):
    with translation.override("en"):
        body = client.get("/en/hulp/").content.decode()
        notice = translation.gettext(
            "Deze pagina is nog niet vertaald. Je leest de Nederlandse tekst."
        )
    assert notice in body
    assert 'class="content-language" lang="nl"' in body


def check_translation_older_than_its_dutch_page_says_so(client, translated_demo):
    info = translated_demo["info"]
    en_page = info.get_translation(Locale.objects.get(language_code="en"))
    with translation.override("en"):
        older = translation.gettext("Deze vertaling is ouder dan de Nederlandse tekst")
    body = client.get(en_page.url).content.decode()
    assert older not in body
    assert 'class="content-language" lang="nl"' not in body
    # The Dutch page changes after the translation.
    info.last_published_at = timezone.now() + timezone.timedelta(minutes=1)
    info.save(update_fields=["last_published_at"])
    with translation.override("en"):
        state = i18n.translation_state(en_page)
    assert state.outdated and state.source.pk == info.pk
    body = client.get(en_page.url).content.decode()
    assert older in body
    assert f'href="{info.url}"' in body


def check_search_in_english_has_no_duplicates(client, translated_demo):
    with translation.override("en"):
        pages = i18n.search_locale_pick(
            i18n.search_locale_scope(Page.objects.live().filter(depth__gt=1))
        )
    keys = [p.translation_key for p in pages]
    assert len(keys) == len(set(keys))
    assert (
        len(keys)
        == Page.objects.filter(
            locale__language_code="nl", depth__gt=1, live=True
        ).count()
    )


@pytest.mark.django_db
def test_translations_keep_counts_show_notices_and_search_once(client, translated_demo):
    """One demo load (slow) for all checks on the translated demo."""
    check_every_dutch_page_has_a_copy_in_english_and_arabic(translated_demo)
    check_lists_keep_one_row_per_item_in_every_language(translated_demo)
    check_english_text_is_laid_over_the_dutch_scheme(translated_demo)
    check_pages_in_english_show_the_same_number_of_items(client, translated_demo)
    check_untranslated_page_shows_dutch_with_a_notice(client, translated_demo)
    check_search_in_english_has_no_duplicates(client, translated_demo)
    # Last: it changes the Dutch page's publish date.
    check_translation_older_than_its_dutch_page_says_so(client, translated_demo)
