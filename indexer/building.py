"""Build stage: write a complete index into a fresh generation directory, then swap it in.

Layout of an index root::

    CURRENT          name of the generation that serves (replaced atomically)
    .lock            held by the one build that may run at a time
    gen-<stamp>/     a complete Whoosh index plus records.jsonl and manifest.json

A build that fails at any point, or is killed, never touches CURRENT: the previous
generation keeps serving, and the half-written directory is removed by the next build.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index

from indexer.derive import derive
from indexer.documents import article_document, entity_document
from indexer.loading import load_corpus
from indexer.models import Article, Derivation
from indexer.records import build_records, write_records
from indexer.schema import build_schema

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
KEEP_GENERATIONS = 2  # the serving one and its predecessor, for searchers still open on it
Progress = Callable[[Iterator[Article], int], Iterator[Article]]


class IndexLocked(RuntimeError):
    """Another build holds the lock on this index root."""


@dataclass
class BuildResult:
    generation: Path
    articles: int
    records: int
    seconds: float


def build_index(corpus: Path, root: Path, progress: Progress | None = None) -> BuildResult:
    """Load, derive and index ``corpus`` into a new generation under ``root``, then swap it in."""
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    with build_lock(root):
        articles = load_corpus(corpus)
        derivations = [derive(a) for a in (progress or _no_progress)(iter(articles), len(articles))]
        records = build_records(articles, derivations)
        staging = root / f".building-{os.getpid()}-{time.time_ns()}"
        try:
            _write_generation(staging, articles, derivations, records)
            generation = _publish(root, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _prune(root)
    return BuildResult(generation, len(articles), len(records), time.perf_counter() - started)


def current_generation(root: Path) -> Path | None:
    """The generation directory that serves, or None when no index was built yet."""
    try:
        name = (root / CURRENT).read_text().strip()
    except FileNotFoundError:
        return None
    return root / name if name else None


def verify_generation(generation: Path) -> str | None:
    """Why a generation cannot serve (a missing or truncated file), or None when it is whole."""
    try:
        manifest = json.loads((generation / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        return f"its {MANIFEST} cannot be read ({error})"
    for name, size in manifest.get("files", {}).items():
        path = generation / name
        if not path.exists():
            return f"{name} is missing"
        if path.stat().st_size != size:
            return f"{name} has {path.stat().st_size:,} bytes, {size:,} expected"
    return None


def serving_candidates(root: Path) -> list[Path]:
    """The generation CURRENT names, then older complete generations, newest first."""
    current = current_generation(root)
    older = sorted((g for g in root.glob("gen-*") if g != current), reverse=True)
    return ([current] if current else []) + older


@contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """Hold the index root's build lock, or raise IndexLocked at once naming the holder."""
    with open(root / ".lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            raise IndexLocked(f"another index build is running on {root} ({holder}); try again when it ends") from None
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()}, started {dt.datetime.now():%Y-%m-%d %H:%M:%S}")
        lock.flush()
        try:
            yield
        finally:
            lock.truncate(0)


def _write_generation(staging: Path, articles, derivations: list[Derivation], records) -> None:
    staging.mkdir()
    ix = whoosh_index.create_in(str(staging), build_schema())
    writer = ix.writer(limitmb=256)
    try:
        for article, derivation in zip(articles, derivations, strict=True):
            writer.add_document(**article_document(article, derivation))
        for record in records:
            writer.add_document(**entity_document(record))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    ix.close()
    write_records(staging / "records.jsonl", records)
    manifest = {
        "built_at": dt.datetime.now(dt.UTC).isoformat(),
        "articles": len(articles),
        "records": len(records),
        "files": {p.name: p.stat().st_size for p in sorted(staging.iterdir()) if not p.name.endswith("WRITELOCK")},
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2))
    _fsync_tree(staging)


def _publish(root: Path, staging: Path) -> Path:
    """Rename the finished staging directory into place and point CURRENT at it atomically."""
    generation = root / f"gen-{dt.datetime.now():%Y%m%dT%H%M%S}-{time.time_ns() % 10**9:09d}"
    staging.rename(generation)
    pointer = root / f".{CURRENT}.tmp"
    pointer.write_text(generation.name + "\n")
    with open(pointer) as handle:
        os.fsync(handle.fileno())
    os.replace(pointer, root / CURRENT)
    _fsync_dir(root)
    return generation


def _prune(root: Path) -> None:
    """Remove leftovers of killed builds and all but the newest generations."""
    serving = current_generation(root)
    for leftover in root.glob(".building-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    generations = sorted(root.glob("gen-*"), reverse=True)
    for old in generations[KEEP_GENERATIONS:]:
        if old != serving:
            shutil.rmtree(old, ignore_errors=True)


def _fsync_tree(directory: Path) -> None:
    for path in directory.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _no_progress(items: Iterator[Article], total: int) -> Iterator[Article]:
    return items
