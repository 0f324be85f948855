"""Test overlay: fast hashing, no manifest, in-memory e-mail. DATABASE_URL still applies."""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

from eenouderpunt.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Mail goes through the outbox and is delivered at once into mail.outbox;
# tests/core/test_outbox.py runs the database worker where the queue is the subject.
OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    **TASKS,  # noqa: F405
    "outbox": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
ALLOWED_HOSTS = ["*"]
# A cache per process, except in app servers a test starts itself to show what their
# shared cache does (tests/eenouderpunt/test_two_processes.py): those keep the one
# from settings.py (Redis with REDIS_URL, else the database cache).
if not env_bool("DJANGO_TEST_SHARED_CACHE"):  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# No persistent connections in tests, except in app servers a test starts to show
# what they do (tests/eenouderpunt/test_health_outage.py).
DATABASES["default"]["CONN_MAX_AGE"] = int(  # noqa: F405
    os.environ.get("DJANGO_TEST_CONN_MAX_AGE", "0")
)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the browser tests' live server thread then sees the same
    # SQLite full-text tables as the test itself.
    # One file per process, so parallel test runs in one work tree do not collide.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / f"test-db-{os.getpid()}.sqlite3")  # noqa: F405
    }
# Pages are rendered afresh in tests; tests/eenouderpunt/test_page_cache.py turns
# the page cache on where it is the subject.
PAGE_CACHE_SECONDS = 0
# The shared generation is read on every request: tests empty the cache between them.
PAGE_CACHE_LOCAL_SECONDS = 0
# Each search is written at once (eenouderpunt/search_counts.py; its own tests tally).
COUNT_FLUSH_SECONDS = 0
# Tests make and drop sites all the time: looked up on every request.
SITE_CACHE_SECONDS = 0
# The demo content without its translation files (about a minute each time); tests
# about translations ask for the fixture demo_site_translated.
SEED_TRANSLATIONS = False
