"""A CDN in front of the portal is purged when content is published."""

import pytest
from django.test import override_settings

from tests.factories.content import InfoPageFactory, ThemePageFactory
from tests.factories.lotgenoten import PeerGroupFactory
from tests.factories.regelingen import SchemeFactory
from tests.support import frontend_cache

RECORDING = {"test": {"BACKEND": "tests.support.frontend_cache.RecordingBackend"}}


@pytest.fixture
def purged():
    frontend_cache.PURGED.clear()
    with override_settings(WAGTAILFRONTENDCACHE=RECORDING):
        yield frontend_cache.PURGED


def test_publishing_a_page_purges_it_its_parent_and_the_home_page(home_page, purged):
    theme = ThemePageFactory(parent=home_page, slug="geld")
    page = InfoPageFactory(parent=theme, slug="toeslagen")
    purged.clear()
    page.save_revision().publish()
    assert "http://localhost/geld/toeslagen/" in purged
    assert "http://localhost/geld/" in purged
    assert "http://localhost/" in purged


def test_unpublishing_a_page_purges_it(home_page, purged):
    theme = ThemePageFactory(parent=home_page, slug="geld")
    purged.clear()
    theme.unpublish()
    assert "http://localhost/geld/" in purged


def test_saving_a_scheme_purges_its_page_and_the_list(home_page, purged):
    scheme = SchemeFactory(slug="kindgebonden-budget")
    assert "http://localhost/regelingen/kindgebonden-budget/" in purged
    assert "http://localhost/regelingen/" in purged
    purged.clear()
    scheme.delete()
    assert "http://localhost/regelingen/kindgebonden-budget/" in purged


def test_saving_a_group_purges_its_page(home_page, purged, postcode_areas):
    group = PeerGroupFactory()
    assert f"http://localhost{group.get_absolute_url()}" in purged


def test_a_cdn_outage_does_not_stop_a_save(home_page, purged, monkeypatch):
    def broken(self, url):
        raise ConnectionError("CDN down")

    monkeypatch.setattr(frontend_cache.RecordingBackend, "purge", broken)
    SchemeFactory(slug="toch-opgeslagen")  # no exception
