"""Configuration in one place: defaults for paths and limits, overridable by environment."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CORPUS = Path(os.environ.get("NAFTA_SEARCH_CORPUS", "corpus"))
DEFAULT_INDEX = Path(os.environ.get("NAFTA_SEARCH_INDEX", "instance/index"))

MAX_ARTICLE_BYTES = 5_000_000  # a larger corpus file is rejected, naming the file
BUILD_WORKERS = int(os.environ.get("NAFTA_SEARCH_BUILD_WORKERS", os.cpu_count() or 1))
