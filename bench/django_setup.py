"""Set up Django for the benchmark scripts (run from the project root)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "eenouderpunt.settings")

import django  # noqa: E402

django.setup()
