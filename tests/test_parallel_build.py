"""The parallel build (each core derives a contiguous share of the articles and writes it as its own segment)
answers exactly like a one-process build, and a worker that fails or dies fails the build naming the worker,
with the previous index still serving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from indexer import building
from indexer.building import build_index, current_generation
from tests.fixture_corpus import write_fixture_corpus
from tests.test_incremental import answers, records_text


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_fixture_corpus(tmp_path / "corpus")


def use_two_workers(monkeypatch) -> None:
    """Two workers for any corpus, as for a large one on two cores."""
    monkeypatch.setattr(building, "PARALLEL_FROM", 2)
    monkeypatch.setattr(building, "BUILD_WORKERS", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


@pytest.fixture
def parallel(monkeypatch):
    use_two_workers(monkeypatch)


def segment_count(root: Path) -> int:
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(current_generation(root))).reader() as reader:
        return len(reader.leaf_readers())


def test_two_workers_answer_exactly_like_one(corpus, tmp_path, monkeypatch):
    build_index(corpus, tmp_path / "one")
    use_two_workers(monkeypatch)
    build_index(corpus, tmp_path / "two")
    assert (segment_count(tmp_path / "one"), segment_count(tmp_path / "two")) == (2, 3)  # + the records' segment
    assert records_text(tmp_path / "two") == records_text(tmp_path / "one")
    assert answers(tmp_path / "two") == answers(tmp_path / "one")


def test_a_failing_worker_fails_the_build_and_the_old_index_serves(corpus, tmp_path, parallel, monkeypatch):
    root = tmp_path / "index"
    build_index(corpus, root)
    before, seen = current_generation(root), answers(root)
    real = building.article_document

    def fail_on_a5(article, derivation):
        if article.id == "a5":
            raise OSError(28, "No space left on device")
        return real(article, derivation)

    monkeypatch.setattr(building, "article_document", fail_on_a5)
    with pytest.raises(RuntimeError, match=r"index worker \d failed: OSError: \[Errno 28\] No space left"):
        build_index(corpus, root, full=True)
    assert current_generation(root) == before
    assert not list(root.glob(".building-*"))
    assert answers(root) == seen


def test_a_worker_that_dies_fails_the_build_and_the_old_index_serves(corpus, tmp_path, parallel, monkeypatch):
    root = tmp_path / "index"
    build_index(corpus, root)
    before = current_generation(root)
    real = building.derive
    monkeypatch.setattr(building, "derive", lambda article: os._exit(7) if article.id == "a2" else real(article))
    with pytest.raises(RuntimeError, match=r"index worker 0 exited with code 7"):
        build_index(corpus, root, full=True)
    assert current_generation(root) == before
    assert not list(root.glob(".building-*"))
