"""`make run` on a fresh machine: migrate and every demo loader on an empty SQLite
file, with the settings `make run` uses (database cache, page cache code active)."""

import os
import subprocess
import sys
from pathlib import Path

from core import page_cache

ROOT = Path(__file__).resolve().parents[2]
LOADERS = [
    "load_reference_data",
    "load_demo_content",
    "load_demo_regelingen",
    "load_demo_lotgenoten",
    "load_demo_professionals",
]


def test_demo_setup_works_on_an_empty_database(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "eenouderpunt.settings",
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "demo_setup", *LOADERS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Demo professionals geladen." in result.stdout


def test_saving_content_survives_a_broken_cache(settings, caplog):
    """The cache backend owns cache failures (core/cache.py): it logs and skips."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:1/3",  # nothing listens on port 1
        }
    }
    page_cache.page_cache_invalidate()
    assert "Redis cache unavailable (set" in caplog.text
