"""The nafta-search web application: faceted search page, source viewer, entity pages, JSON API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from indexer.settings import DEFAULT_CORPUS, DEFAULT_INDEX

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: Mapping | None = None) -> Flask:
    """Application factory: defaults, then NAFTA_SEARCH_* environment, then ``config``."""
    from flask import Flask  # here, so `nafta-search index` does not pay Flask's import (0.26 s of an update)

    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_PATH=str(DEFAULT_INDEX),
        CORPUS_PATH=str(DEFAULT_CORPUS),
        MAX_CONTENT_LENGTH=16 * 1024,
    )
    app.config.from_prefixed_env("NAFTA_SEARCH")
    if config:
        app.config.update(config)
    app.json.sort_keys = False  # keys in the order the API documents them; sorting cost ~0.5 ms a search

    from search_app import api, errors, index, views

    index.init_app(app)
    errors.init_app(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    return app
