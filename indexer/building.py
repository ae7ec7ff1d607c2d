"""Build stage: write a complete index into a fresh generation directory, then swap it in.

Layout of an index root::

    CURRENT          name of the generation that serves (replaced atomically)
    .lock            held by the one build that may run at a time
    gen-<stamp>/     a complete Whoosh index plus records.jsonl, state.pickle and manifest.json

A build that fails at any point, or is killed, never touches CURRENT: the previous
generation keeps serving, and the half-written directory is removed by the next build.

A build on an index made by the same code updates it: the new generation starts as hard
links to the previous one's Whoosh files (Whoosh writes every file once under a fresh name
and records deletions in a new table of contents, so a shared file never changes), then
only added, changed and removed articles and the records they touch are rewritten.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import itertools
import json
import multiprocessing
import os
import queue
import shutil
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from indexer.changes import (
    FORMAT_VERSION,
    STATE,
    BuildState,
    ChangeSet,
    FileEntry,
    Loaded,
    code_fingerprint,
    diff,
    load_changed_files,
    read_state,
    write_state,
)
from indexer.derive import derive
from indexer.documents import article_document, entity_document
from indexer.loading import load_corpus
from indexer.models import Article, Derivation, EntityRecord
from indexer.postings import SIDE_DIR, write_sidecar
from indexer.records import (
    article_summary,
    build_records,
    merge_record_lines,
    read_record_lines,
    update_record,
    write_record_lines,
    write_records,
)
from indexer.schema import build_schema
from indexer.settings import BUILD_WORKERS

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
OWN_FILES = (MANIFEST, RECORDS, STATE)  # rewritten by every build; the other files are Whoosh's
# Segments are written as separate files, not one compound ".seg": Whoosh copies each part of a compound file
# into memory when a searcher opens it (280 MB for 200,000 articles), while plain files are read from disk.
SEGMENT_SUFFIXES = {".pst", ".trm", ".col", ".seg"}
KEEP_GENERATIONS = 2  # the serving one and its predecessor, for searchers still open on it
CODE = code_fingerprint()  # pinned at import: the indexer code this process derives with
PARALLEL_FROM = 400  # articles; below this, starting worker processes costs more than it saves
Progress = Callable[[Iterator, int], Iterator]
TICK = 100  # articles per progress message from an index worker


class IndexLocked(RuntimeError):
    """Another build holds the lock on this index root."""


@dataclass
class BuildResult:
    generation: Path  # the generation serving afterwards
    articles: int
    records: int
    seconds: float
    mode: str = "full"  # "full", "incremental", or "unchanged" (up to date: no new generation)
    added: int = 0
    changed: int = 0
    removed: int = 0


@dataclass
class Previous:
    """The serving generation, when a build may update it instead of starting over."""

    path: Path
    state: BuildState


def build_index(corpus: Path, root: Path, progress: Progress | None = None, full: bool = False) -> BuildResult:
    """Load and validate ``corpus``, then bring the index under ``root`` up to date with it.

    The serving generation is updated when it was made by this code and fewer than half the
    articles changed; otherwise (or with ``full``) everything is derived and indexed afresh.
    Either way the result is a new generation swapped in atomically; nothing changed, none.
    """
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    with build_lock(root):
        previous = None if full else reusable_generation(root)
        loaded = load_changed_files(corpus, previous.state.files if previous else {})
        hashes = loaded.hashes
        changes = diff(previous.state.hashes, hashes) if previous else ChangeSet()
        if previous and not changes:
            result = BuildResult(previous.path, len(hashes), len(previous.state.record_ids), 0.0, "unchanged")
        elif previous and update_pays(changes, len(previous.state.hashes)):
            result = _update(root, previous, corpus, loaded, changes, progress or _no_progress)
        else:
            articles = loaded.articles if len(loaded.articles) == len(hashes) else load_corpus(corpus)
            result = _rebuild(root, articles, hashes, loaded.files, progress or _no_progress)
        _prune(root)
    result.seconds = time.perf_counter() - started
    return result


def reusable_generation(root: Path) -> Previous | None:
    """The serving generation if it is whole and was built by this code, with its saved state."""
    current = current_generation(root)
    if current is None or verify_generation(current) is not None:
        return None
    manifest = json.loads((current / MANIFEST).read_text())
    if manifest.get("format") != FORMAT_VERSION or manifest.get("code") != CODE:
        return None
    state = read_state(current / STATE)
    return Previous(current, state) if state is not None else None


def update_pays(changes: ChangeSet, previous_articles: int) -> bool:
    """Whether updating beats a full build: articles kept in order, and at most half of them touched."""
    return not changes.reordered and changes.size * 2 <= previous_articles + len(changes.added)


def _rebuild(
    root: Path, articles: list[Article], hashes: list[tuple[str, str]], files: dict[str, FileEntry], progress: Progress
) -> BuildResult:
    with _staging(root) as staging:
        ix = whoosh_index.create_in(str(staging), build_schema())
        derivations, segments = index_articles(staging, articles, progress)
        records = build_records(articles, derivations)
        state = BuildState(
            hashes,
            {a.id: article_summary(a, d) for a, d in zip(articles, derivations, strict=True)},
            {d.article_id: d.values("chapter") for d in derivations},
            [record.id for record in records],
            files,
        )
        _commit_with_records(ix, staging, segments, records)
        write_records(staging / RECORDS, records)
        _seal(staging, state, "full")
        generation = _publish(root, staging)
    return BuildResult(generation, len(articles), len(records), 0.0, "full")


def _update(
    root: Path,
    previous: Previous,
    corpus: Path,
    loaded: Loaded,
    changes: ChangeSet,
    progress: Progress,
) -> BuildResult:
    """Derive and rewrite only what changed, in a new generation made from the previous one."""
    fresh = [a for a in loaded.articles if a.id in changes.to_derive]  # added and changed are in changed files
    anchored = column_anchor(loaded.articles, fresh)
    if len(anchored) == len(fresh) and not any(a.published for a in fresh):  # no dated article parsed: read all
        anchored = column_anchor(load_corpus(corpus), fresh)
    fresh = anchored
    derivations = derive_all(fresh, progress)
    state = updated_state(previous.state, loaded.hashes, fresh, derivations, changes)
    state.files = loaded.files
    old_lines = read_record_lines(previous.path / RECORDS, previous.state.record_ids)
    rebuilt, dropped = rebuild_affected_records(previous.state, state, changes, old_lines, fresh, derivations)
    state.record_ids, lines = merge_record_lines(old_lines, rebuilt, dropped)
    with _staging(root) as staging:
        _link_whoosh_files(previous.path, staging)
        _apply_changes(previous.path, staging, fresh, derivations, changes.removed | dropped, rebuilt)
        write_record_lines(staging / RECORDS, lines)
        _seal(staging, state, "incremental")
        generation = _publish(root, staging)
    counts = len(changes.added), len(changes.changed), len(changes.removed)
    return BuildResult(generation, len(loaded.hashes), len(lines), 0.0, "incremental", *counts)


def updated_state(
    old: BuildState,
    hashes: list[tuple[str, str]],
    fresh: list[Article],
    derivations: list[Derivation],
    changes: ChangeSet,
) -> BuildState:
    """The saved state with what removed, changed and fresh articles give records brought up to date."""
    stale = changes.removed | changes.changed
    summaries = {i: s for i, s in old.summaries.items() if i not in stale}
    chapters = {i: c for i, c in old.chapters.items() if i not in stale}
    for article, derivation in zip(fresh, derivations, strict=True):
        summaries[article.id] = article_summary(article, derivation)
        chapters[article.id] = derivation.values("chapter")
    return BuildState(hashes, summaries, chapters, old.record_ids)


def column_anchor(articles: list[Article], fresh: list[Article]) -> list[Article]:
    """``fresh``, plus one unchanged dated article to rewrite when none of them has a date.

    Whoosh writes a sortable column only for fields some document of the segment has, and its
    MultiReader.column_reader skips segments without the column, shifting every later
    document's values; an update's segment therefore always holds a dated article.
    """
    if any(article.published for article in fresh):
        return fresh
    anchor = next((article for article in articles if article.published and article not in fresh), None)
    return fresh + [anchor] if anchor else fresh


def rebuild_affected_records(
    old: BuildState,
    new: BuildState,
    changes: ChangeSet,
    old_lines: dict[str, str],
    fresh: list[Article],
    derivations: list[Derivation],
) -> tuple[list[EntityRecord], set[str]]:
    """Rebuild the records stale articles added to and fresh ones add to; also return the ids of
    those left without any mention."""
    stale = changes.changed | changes.removed | {a.id for a in fresh}
    affected = set().union(
        *(old.summaries[i] for i in stale if i in old.summaries), *(new.summaries[a.id] for a in fresh)
    )
    from_fresh = {record.id: record for record in build_records(fresh, derivations, only=affected)}
    rank = {article_id: n for n, (article_id, _) in enumerate(new.hashes)}
    rebuilt = []
    for record_id in sorted(affected):
        old_record = EntityRecord(**json.loads(old_lines[record_id])) if record_id in old_lines else None
        record = update_record(
            record_id, old_record, from_fresh.get(record_id), stale, rank, new.summaries, new.chapters
        )
        if record is not None:
            rebuilt.append(record)
    return rebuilt, affected - {record.id for record in rebuilt}


def derive_all(articles: list[Article], progress: Progress) -> list[Derivation]:
    """Derive every article, on every core for a corpus large enough to repay the start-up."""
    workers = build_workers(len(articles))
    if workers == 1:
        return list(progress(map(derive, articles), len(articles)))
    with multiprocessing.get_context("fork").Pool(workers, initializer=_exit_with_parent) as pool:
        return list(progress(pool.imap(derive, articles, chunksize=32), len(articles)))


def build_workers(count: int) -> int:
    """Processes for deriving and indexing ``count`` articles."""
    return 1 if count < PARALLEL_FROM else max(1, min(BUILD_WORKERS, os.cpu_count() or 1))


def current_generation(root: Path) -> Path | None:
    """The generation directory that serves, or None when no index was built yet."""
    try:
        name = (root / CURRENT).read_text().strip()
    except FileNotFoundError:
        return None
    return root / name if name else None


def file_sizes(generation: Path) -> dict[str, int]:
    """Every file of a generation (relative path → bytes), Whoosh's lock file aside."""
    files = sorted(p for p in generation.rglob("*") if p.is_file() and not p.name.endswith("WRITELOCK"))
    return {str(p.relative_to(generation)): p.stat().st_size for p in files}


def segment_files(generation: Path) -> list[Path]:
    """The Whoosh segment files of a generation (postings, terms, columns), biggest first."""
    files = [p for p in generation.glob("MAIN_*") if p.suffix in SEGMENT_SUFFIXES]
    return sorted(files, key=lambda p: -p.stat().st_size)


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
        _HELD_LOCKS.add(lock.fileno())
        try:
            yield
        finally:
            _HELD_LOCKS.discard(lock.fileno())
            lock.truncate(0)


# A forked child (a derivation worker, a Whoosh writer process) inherits the lock's file
# descriptor, and an flock lives as long as any descriptor does: a child orphaned by a killed
# build would keep the index locked. Children therefore close it at once.
_HELD_LOCKS: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


def _exit_with_parent() -> None:
    """Pool initializer: a worker whose build was killed exits instead of waiting forever."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


@contextmanager
def _staging(root: Path) -> Iterator[Path]:
    """A fresh directory to build a generation in, removed unless it was published."""
    staging = root / f".building-{os.getpid()}-{time.time_ns()}"
    staging.mkdir()
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def index_articles(staging: Path, articles: list[Article], progress: Progress) -> tuple[list[Derivation], list]:
    """Derive and index ``articles`` on every core; return their derivations (in order) and Whoosh segments.

    Each worker takes a contiguous share, derives it and writes it as its own segment with its posting arrays,
    so nothing but the derivations crosses between processes. (Deriving in a pool and then feeding Whoosh's
    multiprocess writer pickled every document to a job file, with the parent competing for the two cores:
    within one hour on the same machine this took the Reuters build from 140 s to 126 s.)
    """
    workers = build_workers(len(articles))
    if workers == 1:
        derivations, segment = _index_share(staging, articles, _no_tick)
        return derivations, [segment]
    shares = [articles[i * len(articles) // workers : (i + 1) * len(articles) // workers] for i in range(workers)]
    context = multiprocessing.get_context("fork")
    messages = context.Queue()
    processes = [
        context.Process(target=_share_worker, args=(number, staging, share, messages), daemon=True)
        for number, share in enumerate(shares)
    ]
    for process in processes:
        process.start()
    try:
        done: dict[int, tuple[list[Derivation], object]] = {}
        for _ in progress(_ticks(messages, processes, done), len(articles)):
            pass
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
    return [d for number in range(workers) for d in done[number][0]], [done[n][1] for n in range(workers)]


def _ticks(messages, processes: list, done: dict) -> Iterator[None]:
    """One item per article indexed by a worker, until every worker has sent its result; a worker's error or
    death fails the build."""
    while len(done) < len(processes):
        try:
            message = messages.get(timeout=1.0)
        except queue.Empty:
            dead = [n for n, p in enumerate(processes) if p.exitcode is not None and n not in done]
            if dead:
                raise RuntimeError(f"index worker {dead[0]} exited with code {processes[dead[0]].exitcode}") from None
            continue
        kind, number, payload = message
        if kind == "tick":
            yield from itertools.repeat(None, payload)
        elif kind == "done":
            done[number] = payload
        else:
            raise RuntimeError(f"index worker {number} failed: {payload}")


def _share_worker(number: int, staging: Path, share: list[Article], messages) -> None:
    _exit_with_parent()
    try:
        result = _index_share(staging, share, lambda count: messages.put(("tick", number, count)))
    except BaseException as error:  # reported to the parent, which fails the build with it
        messages.put(("error", number, "".join(traceback.format_exception_only(error)).strip()))
        raise
    messages.put(("done", number, result))


def _index_share(staging: Path, share: list[Article], tick: Callable[[int], None]) -> tuple[list[Derivation], object]:
    """Derive ``share`` and write it as one Whoosh segment (no index lock: the parent commits the segments)
    with its posting arrays."""
    ix = whoosh_index.open_dir(str(staging))
    writer = SegmentWriter(ix, _lk=False, compound=False, limitmb=128)
    derivations = []
    try:
        for count, article in enumerate(share, 1):
            derivation = derive(article)
            writer.add_document(**article_document(article, derivation))
            derivations.append(derivation)
            if count % TICK == 0:
                tick(TICK)
        segment = writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise
    tick(len(share) % TICK)
    reader = SegmentReader(ix.storage, ix.schema, segment)
    try:
        write_sidecar(staging, reader)
    finally:
        reader.close()
    return derivations, segment


def _commit_with_records(ix, staging: Path, segments: list, records: list[EntityRecord]) -> None:
    """Index the entity records as one more segment and commit every segment in one table of contents."""
    writer = ix.writer(compound=False, limitmb=256)
    try:
        for record in records:
            writer.add_document(**entity_document(record))
        if writer._added:
            segments = [*segments, writer._finalize_segment()]
        else:
            writer._close_segment()
        writer._commit_toc(segments)
    except BaseException:
        writer.cancel()
        raise
    writer._finish()
    with ix.reader() as reader:
        write_sidecar(staging, reader)  # the records' segment: the articles' already have theirs
    ix.close()


def _no_tick(_count: int) -> None:
    pass


def _link_whoosh_files(previous: Path, staging: Path) -> None:
    """Start from the previous generation's Whoosh files, shared by hard links (never copied)."""
    for path in previous.iterdir():
        if path.is_file() and path.name not in OWN_FILES and not path.name.endswith("WRITELOCK"):
            os.link(path, staging / path.name)


def _apply_changes(
    previous: Path,
    staging: Path,
    fresh: list[Article],
    derivations: list[Derivation],
    deleted: set[str],
    records: list[EntityRecord],
) -> None:
    """Delete, replace and add documents in the staged index; commit without merging large segments."""
    ix = whoosh_index.open_dir(str(staging))
    writer = ix.writer(limitmb=128, compound=False)
    try:
        for doc_id in sorted(deleted):
            writer.delete_by_term("id", doc_id)
        for article, derivation in zip(fresh, derivations, strict=True):
            writer.update_document(**article_document(article, derivation))
        for record in records:
            writer.update_document(**entity_document(record))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()  # the default policy merges only small segments: an update writes little
    with ix.reader() as reader:
        _link_sidecars(previous, staging, {r.segment().segment_id() for r, _ in reader.leaf_readers()})
        write_sidecar(staging, reader)
    ix.close()


def _link_sidecars(previous: Path, staging: Path, segment_ids: set[str]) -> None:
    """Share the posting arrays of the segments the update kept; new segments get their own."""
    source, target = previous / SIDE_DIR, staging / SIDE_DIR
    if not source.is_dir():
        return
    target.mkdir(exist_ok=True)
    for path in source.iterdir():
        if path.name.split(".", 1)[0] in segment_ids:
            os.link(path, target / path.name)


def _seal(staging: Path, state: BuildState, mode: str) -> None:
    """Save the state the next update needs and a manifest of every file's size; flush all to disk."""
    write_state(staging / STATE, state)
    manifest = {
        "format": FORMAT_VERSION,
        "code": CODE,
        "built_at": dt.datetime.now(dt.UTC).isoformat(),
        "mode": mode,
        "articles": len(state.hashes),
        "records": len(state.record_ids),
        "files": file_sizes(staging),
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
    """Flush the files this build wrote, and every directory; a file with more than one link
    is shared with an earlier generation, whose build flushed it already."""
    for path in directory.rglob("*"):
        if path.is_dir():
            _fsync_dir(path)
        elif path.stat().st_nlink == 1:
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _no_progress(items: Iterator, total: int) -> Iterator:
    return items
