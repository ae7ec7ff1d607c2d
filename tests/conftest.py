"""Layered fixtures: a tiny corpus written to disk → a real Whoosh index → app → client / runner."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "corpus" / "articles"
SHARED_DATA = PROJECT.parent / "shared" / "data"


def write_article(folder: Path, id: str, title: str, body: str, published: str = "2018-03-01", **fields: str) -> Path:
    """Write one Markdown article with front matter into ``folder``."""
    lines = [
        f"id: {id}",
        f"title: {title!r}",
        f"published: {published}",
        f"publisher: {fields.pop('publisher', 'Test Wire')!r}",
    ]
    lines += [f"{key}: {value!r}" for key, value in fields.items()]
    path = folder / f"{id}.md"
    path.write_text("---\n" + "\n".join(lines) + "\n---\n\n" + textwrap.dedent(body).strip() + "\n", encoding="utf-8")
    return path


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder holding the two seed articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEEDS.glob("*.md"):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def built(corpus_dir: Path, index_dir: Path) -> Path:
    """A real index built from ``corpus_dir``; tests may add articles before requesting it."""
    from indexer.building import build_index

    build_index(corpus_dir, index_dir)
    return index_dir


@pytest.fixture
def app(built: Path):
    from search_app import create_app

    return create_app({"TESTING": True, "INDEX_PATH": str(built)})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def add_article(corpus_dir: Path) -> Callable[..., Path]:
    """Add an article to the test corpus (before the index is built)."""
    return lambda *args, **kwargs: write_article(corpus_dir, *args, **kwargs)
