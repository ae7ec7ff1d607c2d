"""Incremental index updates: only changed articles are derived and rewritten, in a new generation
swapped in atomically, and the index then answers exactly like one rebuilt from scratch."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import building, loading
from indexer.building import build_index, current_generation, segment_files, update_pays, verify_generation
from indexer.changes import ChangeSet, diff
from indexer.loading import CorpusErrors
from search_app.cli import main
from search_app.index import IndexHandle
from search_app.params import parse_params
from search_app.service import search
from tests.conftest import write_article
from tests.fixture_corpus import write_fixture_corpus

QUERIES = [
    {},
    {"q": "canada"},
    {"q": "rules of origin"},
    {"q": "dispute settlement"},
    {"q": "tai"},
    {"q": "tariffs", "kind": "article"},
    {"kind": "person"},
    {"kind": "organization"},
    {"kind": "date"},
    {"party": "mexico"},
    {"chapter": "dispute-settlement", "sort": "newest"},
    {"q": "trade", "published_from": "2018-01-01"},
]


def add_tai(corpus: Path) -> None:
    write_article(
        corpus, "a13", "Tai on dispute settlement",
        "Katherine Tai said the United States and Mexico will review dispute settlement in July 2019.",
        published="2019-03-01", publisher="Reuters",
    )  # fmt: skip


def change_lighthizer(corpus: Path) -> None:
    """The only article naming Lighthizer now names Katherine Tai: one person record goes, one comes."""
    write_article(
        corpus, "a6", "Tai on procurement",
        "Katherine Tai said U.S. government procurement should favour American firms, and Canada objects.",
        published="2018-03-05", publisher="Reuters",
    )  # fmt: skip


def remove_guajardo(corpus: Path) -> None:
    (corpus / "a8.md").unlink()


def all_three(corpus: Path) -> None:
    add_tai(corpus)
    change_lighthizer(corpus)
    remove_guajardo(corpus)


EDITS: dict[str, tuple[Callable[[Path], None], tuple[int, int, int]]] = {
    "add": (add_tai, (1, 0, 0)),
    "change": (change_lighthizer, (0, 1, 0)),
    "remove": (remove_guajardo, (0, 0, 1)),
    "all three": (all_three, (1, 1, 1)),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_fixture_corpus(tmp_path / "corpus")


@pytest.fixture
def index(corpus: Path, tmp_path: Path) -> Path:
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def answers(root: Path) -> list[tuple]:
    """Every query's total, hit ids and facet counts: what a user can see of an index."""
    generation, searcher = IndexHandle(root).searcher()
    seen = []
    for query in QUERIES:
        params, errors = parse_params({key: [value] for key, value in {**query, "size": "100"}.items()})
        assert not errors, errors
        result = search(params, generation, searcher)
        facets = [(f.name, [(v.value, v.count, v.selected) for v in f.values], f.truncated) for f in result.facets]
        seen.append((query, result.total, sorted(hit.id for hit in result.hits), facets, result.histogram))
    return seen


def records_text(root: Path) -> str:
    return (current_generation(root) / "records.jsonl").read_text(encoding="utf-8")


def record_calls(monkeypatch, module, name: str, key: Callable) -> list[str]:
    """Wrap ``module.name`` so that each call records ``key(its argument)``."""
    calls: list[str] = []
    real = getattr(module, name)

    def recording(argument):
        calls.append(key(argument))
        return real(argument)

    monkeypatch.setattr(module, name, recording)
    return calls


def count_derivations(monkeypatch) -> list[str]:
    return record_calls(monkeypatch, building, "derive", lambda article: article.id)


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_an_update_answers_exactly_like_a_full_rebuild(edit, corpus, index, tmp_path):
    apply, (added, changed, removed) = EDITS[edit]
    apply(corpus)
    result = build_index(corpus, index)
    assert (result.mode, result.added, result.changed, result.removed) == ("incremental", added, changed, removed)
    rebuilt = build_index(corpus, tmp_path / "rebuilt")
    assert rebuilt.mode == "full"
    assert records_text(index) == records_text(tmp_path / "rebuilt")
    assert answers(index) == answers(tmp_path / "rebuilt")
    assert (result.articles, result.records) == (rebuilt.articles, rebuilt.records)


def test_people_left_without_mentions_lose_their_record_and_new_ones_get_one(corpus, index):
    all_three(corpus)
    build_index(corpus, index)
    ids = {json.loads(line)["id"] for line in records_text(index).splitlines()}
    assert "person:katherine-tai" in ids
    assert not {"person:robert-lighthizer", "person:ildefonso-guajardo"} & ids
    assert {"party:mexico", "chapter:dispute-settlement"} <= ids  # parties and chapters always stay


def test_only_added_and_changed_articles_are_derived(corpus, index, monkeypatch):
    derived = count_derivations(monkeypatch)
    all_three(corpus)
    build_index(corpus, index)
    assert sorted(derived) == ["a13", "a6"]


def test_a_second_update_builds_on_the_first(corpus, index, tmp_path):
    add_tai(corpus)
    build_index(corpus, index)
    remove_guajardo(corpus)
    change_lighthizer(corpus)
    assert build_index(corpus, index).mode == "incremental"
    build_index(corpus, tmp_path / "rebuilt")
    assert records_text(index) == records_text(tmp_path / "rebuilt")
    assert answers(index) == answers(tmp_path / "rebuilt")


def test_nothing_changed_makes_no_generation(corpus, index, monkeypatch):
    before = current_generation(index)
    generations = sorted(index.glob("gen-*"))
    derived = count_derivations(monkeypatch)
    result = build_index(corpus, index)
    assert result.mode == "unchanged" and result.generation == before
    assert current_generation(index) == before and sorted(index.glob("gen-*")) == generations
    assert derived == [] and result.articles == 12


def test_an_update_never_writes_a_file_of_the_previous_generation(corpus, index):
    previous = current_generation(index)
    before = {p: (p.stat().st_ino, p.stat().st_size, p.read_bytes()) for p in previous.rglob("*") if p.is_file()}
    all_three(corpus)
    build_index(corpus, index)
    after = {p: (p.stat().st_ino, p.stat().st_size, p.read_bytes()) for p in previous.rglob("*") if p.is_file()}
    assert after == before and verify_generation(previous) is None
    shared = {p.stat().st_ino for p in segment_files(current_generation(index))} & {v[0] for v in before.values()}
    assert shared, "unchanged segments are hard links, not copies"


def test_the_manifest_still_lists_every_file_so_damage_is_detected(corpus, index):
    add_tai(corpus)
    generation = build_index(corpus, index).generation
    manifest = json.loads((generation / "manifest.json").read_text())
    assert manifest["mode"] == "incremental" and manifest["articles"] == 13
    assert {"records.jsonl", "state.pickle"} <= set(manifest["files"])
    assert verify_generation(generation) is None
    own = [p for p in segment_files(generation) if p.stat().st_nlink == 1]  # the update's segment, not shared
    assert own and len({p.name.split(".")[0] for p in own}) == 1
    own[0].write_bytes(b"")
    assert "has 0 bytes" in verify_generation(generation)
    assert IndexHandle(index).generation().path != generation  # the previous generation serves instead


def test_a_failure_mid_update_leaves_the_previous_generation_serving(corpus, index, monkeypatch):
    before = current_generation(index)
    expected = answers(index)
    all_three(corpus)

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(building, "entity_document", fail)
    with pytest.raises(OSError, match="No space left"):
        build_index(corpus, index)
    assert current_generation(index) == before and verify_generation(before) is None
    assert not list(index.glob(".building-*"))
    assert answers(index) == expected
    monkeypatch.undo()
    assert build_index(corpus, index).mode == "incremental"


def test_a_bad_article_stops_an_update_naming_file_and_field(corpus, index):
    before = current_generation(index)
    add_tai(corpus)
    (corpus / "broken.md").write_text("---\nid: broken\npublisher: X\npublished: 2018-01-01\n---\nNo title.\n")
    with pytest.raises(ValueError, match="broken.md: field 'title': missing"):
        build_index(corpus, index)
    assert current_generation(index) == before and sorted(index.glob("gen-*")) == [before]


@pytest.mark.parametrize("manifest_change", [{"format": 0}, {"code": "another version"}, {"format": None}])
def test_an_index_from_another_version_is_rebuilt_in_full(corpus, index, monkeypatch, manifest_change):
    path = current_generation(index) / "manifest.json"
    manifest = {**json.loads(path.read_text()), **manifest_change}
    path.write_text(json.dumps({k: v for k, v in manifest.items() if v is not None}))
    derived = count_derivations(monkeypatch)
    add_tai(corpus)
    assert build_index(corpus, index).mode == "full"
    assert len(derived) == 13


def test_full_flag_and_missing_state_rebuild_everything(corpus, index, monkeypatch):
    derived = count_derivations(monkeypatch)
    assert build_index(corpus, index, full=True).mode == "full" and len(derived) == 12
    os.remove(current_generation(index) / "state.pickle")
    add_tai(corpus)
    assert build_index(corpus, index).mode == "full"  # the manifest now names a missing file


def test_the_index_command_says_what_it_did(corpus, tmp_path):
    runner, args = CliRunner(), ["index", "--corpus", str(corpus), "--index", str(tmp_path / "cli")]
    assert "(full build)" in runner.invoke(main, args).output
    assert "Index is up to date (12 articles" in runner.invoke(main, args).output
    add_tai(corpus)
    remove_guajardo(corpus)
    assert "Updated the index: 1 added, 0 changed, 1 removed; now 12 articles" in runner.invoke(main, args).output
    assert "(full build)" in runner.invoke(main, [*args, "--full"]).output


def test_diff_finds_added_changed_removed_and_reordered():
    old = [("a", "1"), ("b", "2"), ("c", "3")]
    assert diff(old, old) == ChangeSet() and not diff(old, old)
    changes = diff(old, [("a", "1"), ("c", "9"), ("d", "4")])
    assert (changes.added, changes.changed, changes.removed) == ({"d"}, {"c"}, {"b"})
    assert not changes.reordered and changes.to_derive == {"c", "d"}
    assert diff(old, [("b", "2"), ("a", "1"), ("c", "3")]).reordered


def test_an_update_pays_only_for_a_minority_of_articles_kept_in_order():
    assert update_pays(ChangeSet(added=frozenset({"x"})), previous_articles=2)
    assert not update_pays(ChangeSet(changed=frozenset("abc")), previous_articles=5)
    assert not update_pays(ChangeSet(reordered=True), previous_articles=100)


def test_an_update_parses_only_the_files_that_changed(corpus, index, monkeypatch):
    change_lighthizer(corpus)
    parsed = record_calls(monkeypatch, loading, "load_file", lambda path: path.name)
    result = build_index(corpus, index)
    assert result.mode == "incremental" and result.changed == 1
    assert len(parsed) == 1 and parsed[0].endswith(".md")
    parsed.clear()
    assert build_index(corpus, index).mode == "unchanged" and parsed == []


def test_a_duplicate_id_in_a_new_file_names_the_unchanged_file_that_holds_it(corpus, index):
    existing = next(corpus.glob("*.md"))
    article_id = next(line for line in existing.read_text().splitlines() if line.startswith("id:")).split(":", 1)[1]
    (corpus / "copy.md").write_text(existing.read_text(), encoding="utf-8")  # a second file, the same id
    with pytest.raises(CorpusErrors, match=rf"duplicate id '{article_id.strip()}', also in {existing.name}"):
        build_index(corpus, index)
