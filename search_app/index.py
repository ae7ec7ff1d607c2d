"""Serving stage: open the index generation that CURRENT names, one searcher per thread,
reopened when a build swaps in a new generation; wired into Flask by ``init_app``."""

from __future__ import annotations

import json
import sys
import threading
import weakref
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from flask import Flask, current_app, g
from pyroaring import BitMap
from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from indexer.building import current_generation, serving_candidates, verify_generation
from indexer.models import EntityRecord
from indexer.postings import PostingStore
from indexer.records import RecordFile


class IndexUnavailable(RuntimeError):
    """No usable index: says which directory and the command that builds it."""

    def __init__(self, root: Path, problem: str):
        self.root = root
        super().__init__(f"{problem} in {root}. Build it with: nafta-search index --index {root}")


class Generation:
    """One opened index generation: its Whoosh index, entity records and facet caches."""

    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        try:
            self.index = whoosh_index.open_dir(str(path))
            self.searcher = self.index.searcher()
            self.reader = self.searcher.reader()
            self.postings = PostingStore(path, self.reader)
            self.records: Mapping[str, EntityRecord] = RecordFile(path / "records.jsonl")
            self.manifest = json.loads((path / "manifest.json").read_text())
            self.published = published_days(self.reader)
        except Exception as error:  # any damage: missing or truncated files, bad JSON
            raise IndexUnavailable(path.parent, f"the index generation {path.name} is damaged ({error})") from error
        self.live = (
            BitMap(self.reader.all_doc_ids())
            if self.reader.has_deletions()
            else BitMap(range(self.reader.doc_count_all()))
        )
        # Segment files are read from disk (not copied into memory), so the searcher holds open files: they are
        # closed when the last request using this generation lets it go.
        weakref.finalize(self, self.searcher.close)
        self.cache: dict = {}  # per-generation caches (facet document sets), filled lazily
        self.warming: threading.Thread | None = None  # fills ``cache`` in the background once opened
        # One searcher serves every thread: Whoosh's file reads (seek, then read) are not
        # thread-safe, so requests take turns on it (the GIL serialises the work anyway).
        self.lock = threading.RLock()


def warm_caches(generation: Generation) -> None:
    """Fill the generation's facet document sets in the background, so the first search after a start or a swap
    does not pay for them (0.2 s on 200,000 articles). Requests that come first fill what they need themselves:
    the cache is idempotent, so a race only repeats work."""
    from search_app.facets import FACETS, value_bitmaps
    from search_app.service import speller

    try:
        for spec in FACETS:
            value_bitmaps(generation, generation.searcher, spec.field)
        speller(generation)
    except OSError:
        pass  # the generation was pruned while warming (a newer one serves): nothing is lost but the warm-up


def published_days(reader) -> np.ndarray:
    """Each document's publication day as a proleptic ordinal, -1 where it has none."""
    days = np.full(reader.doc_count_all(), -1, dtype=np.int64)
    for leaf, offset in reader.leaf_readers():
        if not leaf.has_column("published"):  # a segment of entity records only: no document has a date
            continue
        column = leaf.column_reader("published", translate=False)
        raw = np.fromiter(column, dtype=np.uint64, count=leaf.doc_count_all())
        dated = raw != np.iinfo(np.uint64).max
        days[offset : offset + len(raw)][dated] = (raw[dated] // np.uint64(86_400_000_000)).astype(np.int64) + 1
    return days


class IndexHandle:
    """Tracks the serving generation of an index root and hands each thread a searcher.

    When the generation CURRENT names is damaged, the newest complete older one serves
    instead (and ``problem`` says why); with none left, IndexUnavailable names the fix.
    """

    def __init__(self, root: Path):
        self.root = root
        self.problem: str | None = None
        self._generation: Generation | None = None
        self._rejected: dict[str, str] = {}  # generation name → why it cannot serve
        self._lock = threading.Lock()

    def generation(self) -> Generation:
        """The serving generation, reopened if a build swapped in a new one."""
        wanted = current_generation(self.root)
        with self._lock:
            if self._generation is None or (
                wanted and wanted.name != self._generation.name and wanted.name not in self._rejected
            ):
                self._generation = self._open_best()
            return self._generation

    def _open_best(self) -> Generation:
        for path in serving_candidates(self.root):
            reason = self._rejected.get(path.name) or verify_generation(path)
            if reason is None:
                try:
                    generation = Generation(path)
                except IndexUnavailable as error:
                    reason = str(error)
                else:
                    self._report(path)
                    generation.warming = threading.Thread(target=warm_caches, args=(generation,), daemon=True)
                    generation.warming.start()
                    return generation
            self._rejected[path.name] = reason
        detail = "; ".join(f"{name}: {why}" for name, why in self._rejected.items()) or "no index has been built"
        raise IndexUnavailable(self.root, f"no usable index ({detail})")

    def _report(self, serving: Path) -> None:
        damaged = [f"{name} ({why})" for name, why in self._rejected.items()]
        self.problem = f"serving {serving.name}; damaged: {', '.join(damaged)}" if damaged else None
        if self.problem:
            fix = f"Rebuild with: nafta-search index --index {self.root}"
            print(f"nafta-search: index {self.root}: {self.problem}. {fix}", file=sys.stderr)

    def searcher(self) -> tuple[Generation, Searcher]:
        """The serving generation and its searcher, for single-threaded callers (CLI, tests)."""
        generation = self.generation()
        return generation, generation.searcher


def init_app(app: Flask) -> None:
    """Attach an index handle for the configured index root; release a request's searcher on teardown."""
    app.extensions["nafta_index"] = IndexHandle(Path(app.config["INDEX_PATH"]))
    app.teardown_appcontext(_release)


def get_handle() -> IndexHandle:
    return current_app.extensions["nafta_index"]


def get_searcher() -> tuple[Generation, Searcher]:
    """This request's generation and searcher, held under the generation's lock until teardown."""
    if "nafta_session" not in g:
        generation = get_handle().generation()
        generation.lock.acquire()
        g.nafta_session = generation
    return g.nafta_session, g.nafta_session.searcher


def _release(_error: BaseException | None = None) -> None:
    generation = g.pop("nafta_session", None)
    if generation is not None:
        generation.lock.release()
