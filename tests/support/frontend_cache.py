"""A frontend-cache backend for tests: records the URLs it was asked to purge."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)
