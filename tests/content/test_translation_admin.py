"""Editors translate in the admin (wagtail-localize) and see the report "Vertalingen"."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from content.translation_report import translation_report_items
from tests.factories.content import InfoPageFactory, ThemePageFactory
from tests.factories.regelingen import SchemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(user)
    return client


def _translate(obj, language="en"):
    source, _ = TranslationSource.get_or_create_from_instance(obj)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )
    translation.save_target(publish=True)
    return obj.get_translation(Locale.objects.get(language_code=language))


def test_translate_a_page_and_a_scheme_in_the_admin(editor_client, home_page):
    theme_page = ThemePageFactory(parent=home_page, slug="geld")
    scheme = SchemeFactory()
    assert (
        editor_client.get(f"/admin/localize/submit/page/{theme_page.pk}/").status_code
        == 200
    )
    assert (
        editor_client.get(
            f"/admin/localize/submit/snippet/regelingen/scheme/{scheme.pk}/"
        ).status_code
        == 200
    )
    _translate(home_page)
    translated = _translate(theme_page)
    # The translated page opens in wagtail-localize's translation editor.
    response = editor_client.get(f"/admin/pages/{translated.pk}/edit/")
    assert response.status_code == 200
    scheme_en = _translate(scheme)
    response = editor_client.get(
        f"/admin/snippets/regelingen/scheme/edit/{scheme_en.pk}/"
    )
    assert response.status_code == 200


def _report_queries(n_pages, home_page, theme_page) -> int:
    for i in range(n_pages):
        InfoPageFactory(parent=theme_page, slug=f"pagina-{n_pages}-{i}")
    with CaptureQueriesContext(connection) as queries:
        items = translation_report_items()
    assert items
    return len(queries)


def test_translation_report_counts_states_in_constant_queries(editor_client, home_page):
    theme_page = ThemePageFactory(parent=home_page, slug="geld")
    info = InfoPageFactory(parent=theme_page, slug="info")
    _translate(home_page)
    _translate(theme_page)
    info_en = _translate(info)
    # Factory pages have no publish dates of their own: give them one.
    now = timezone.now()
    for page in (info, info_en):
        page.last_published_at = now
        page.save(update_fields=["last_published_at"])
    states = {(i.language, i.title): i.state for i in translation_report_items()}
    assert states[("en", info.title)] == "current"
    assert states[("ar", info.title)] == "missing"
    # The Dutch page changes after the translation: outdated.
    info.last_published_at = now + timezone.timedelta(hours=1)
    info.save(update_fields=["last_published_at"])
    states = {(i.language, i.title): i.state for i in translation_report_items()}
    assert states[("en", info.title)] == "outdated"
    html = editor_client.get("/admin/rapporten/vertalingen/").content.decode()
    assert "Ouder dan de Nederlandse tekst" in html and "English" in html
    small = _report_queries(2, home_page, theme_page)
    large = _report_queries(12, home_page, theme_page)
    assert small == large <= 3
