"""Atomic builds: a new generation is swapped in whole, or the old one keeps serving untouched."""

from __future__ import annotations

import pytest

from indexer import building
from indexer.building import IndexLocked, build_index, build_lock, current_generation
from indexer.loading import CorpusErrors
from search_app.index import IndexHandle
from search_app.params import parse_params
from search_app.service import search
from tests.conftest import write_article


def titles_for(index_dir, text: str) -> set[str]:
    generation, searcher = IndexHandle(index_dir).searcher()
    params, errors = parse_params({"q": [text], "kind": ["article"]})
    assert not errors
    return {hit.title for hit in search(params, generation, searcher).hits}


def test_build_writes_a_generation_with_records(built):
    generation = current_generation(built)
    assert generation.name.startswith("gen-")
    assert (generation / "records.jsonl").stat().st_size > 0
    assert not list(built.glob(".building-*"))


def test_rules_of_origin_finds_both_seeds(built):
    assert titles_for(built, "rules of origin") == {
        "USTR Publishes List of Objectives for the Renegotiation of NAFTA",
        "NAFTA Intersessional Talks, December 9-15: No Chapters Closed Ahead of the January Round",
    }


def test_failure_midway_leaves_the_old_index_serving(built, corpus_dir, monkeypatch):
    before = current_generation(built)
    write_article(corpus_dir, "dairy", "Dairy quotas", "Canada defends its quotas.")
    calls = {"n": 0}
    real = building.article_document

    def fail_on_second(*args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(*args)

    monkeypatch.setattr(building, "article_document", fail_on_second)
    with pytest.raises(OSError, match="No space left"):
        build_index(corpus_dir, built, full=True)  # an update writes one article; tests/test_incremental.py
    assert current_generation(built) == before
    assert not list(built.glob(".building-*"))
    assert titles_for(built, "quotas") == set()
    assert len(titles_for(built, "rules of origin")) == 2


def test_bad_article_leaves_the_old_index_serving(built, corpus_dir):
    before = current_generation(built)
    (corpus_dir / "broken.md").write_text("---\nid: broken\npublisher: X\npublished: 2018-01-01\n---\nNo title.\n")
    with pytest.raises(CorpusErrors, match="broken.md: field 'title': missing"):
        build_index(corpus_dir, built)
    assert current_generation(built) == before
    assert len(titles_for(built, "rules of origin")) == 2


def test_rebuild_swaps_in_new_articles(built, corpus_dir):
    before = current_generation(built)
    write_article(corpus_dir, "dairy", "Dairy quotas", "Canada defends its quotas.")
    build_index(corpus_dir, built)
    assert current_generation(built) != before
    assert titles_for(built, "quotas") == {"Dairy quotas"}


def test_old_generations_are_pruned(built, corpus_dir):
    for _ in range(3):
        build_index(corpus_dir, built, full=True)  # an unchanged corpus makes no generation otherwise
    assert len(list(built.glob("gen-*"))) == building.KEEP_GENERATIONS


def test_a_second_build_stops_with_a_clear_message(built, corpus_dir):
    with build_lock(built):
        with pytest.raises(IndexLocked, match="another index build is running on .*pid"):
            build_index(corpus_dir, built)
