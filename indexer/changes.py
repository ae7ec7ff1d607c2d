"""Change detection stage: a content hash per article, the change set between the serving
generation and the corpus, and the saved build state an incremental update starts from.

Each generation keeps ``state.pickle``: every article's hash (in corpus order), what it gives
each record it adds to and the chapters it mentions, so an update derives only the articles that
changed and rebuilds only the records those touch, from the records' own mentions.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from indexer import loading
from indexer.loading import SUFFIXES, CorpusError, CorpusErrors, corpus_files
from indexer.models import Article
from indexer.records import Summary

STATE = "state.pickle"
FORMAT_VERSION = 3  # bump when the index layout, schema or state format changes


@dataclass(frozen=True)
class ChangeSet:
    """Article ids added, changed and removed since the previous generation."""

    added: frozenset[str] = frozenset()
    changed: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    reordered: bool = False  # surviving articles appear in another order (files renamed or moved)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.reordered)

    @property
    def size(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)

    @property
    def to_derive(self) -> frozenset[str]:
        return self.added | self.changed


@dataclass
class BuildState:
    """What a generation keeps so the next build can update it instead of starting over."""

    hashes: list[tuple[str, str]]  # (article id, content hash), in corpus order
    summaries: dict[str, dict[str, Summary]]  # article id → what it gives each record it adds to
    chapters: dict[str, list[str]]  # article id → the chapters it mentions
    record_ids: list[str] = field(default_factory=list)  # sorted: the lines of records.jsonl
    files: dict[str, FileEntry] = field(default_factory=dict)  # corpus file → its digest and its (id, hash)s


FileEntry = tuple[str, list[tuple[str, str]]]  # a corpus file's content digest, and its articles' (id, hash)


def file_digest(data: bytes) -> str:
    """A digest of a corpus file's bytes: an update parses only the files whose digest changed."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def content_hash(article: Article) -> str:
    """A digest of everything an article's index document and records are made from."""
    published = article.published.isoformat() if article.published else None
    fields = (article.id, article.title, article.body, published, article.published_precision,
              article.publisher, article.author, article.url)  # fmt: skip
    return hashlib.blake2b(pickle.dumps(fields, protocol=5), digest_size=16).hexdigest()  # 3x faster than JSON


def corpus_hashes(articles: list[Article]) -> list[tuple[str, str]]:
    """Every article's id and content hash, in corpus order."""
    return [(article.id, content_hash(article)) for article in articles]


def diff(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> ChangeSet:
    """Compare two corpus listings of (id, hash)."""
    before, after = dict(old), dict(new)
    kept = before.keys() & after.keys()
    return ChangeSet(
        added=frozenset(after.keys() - before.keys()),
        changed=frozenset(i for i in kept if before[i] != after[i]),
        removed=frozenset(before.keys() - after.keys()),
        reordered=[i for i, _ in old if i in kept] != [i for i, _ in new if i in kept],
    )


def write_state(path: Path, state: BuildState) -> None:
    path.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def read_state(path: Path) -> BuildState | None:
    """The saved state, or None when it is missing or unreadable (the next build is then full)."""
    try:
        state = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None
    return state if isinstance(state, BuildState) else None


def code_fingerprint() -> str:
    """A digest of the indexer's source: derivation rules that change make saved derivations stale."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


@dataclass
class Loaded:
    """The corpus as an update needs it: every article's (id, hash) in corpus order, but parsed articles only
    from the files that changed since the serving generation was built."""

    articles: list[Article]
    hashes: list[tuple[str, str]]
    files: dict[str, FileEntry]


def load_changed_files(corpus: Path, known: dict[str, FileEntry]) -> Loaded:
    """Validate and parse every corpus file whose bytes differ from ``known``; reuse the (id, hash)s of the
    others (parsing and hashing all 19,043 Reuters articles took 0.6 s of a 1.6 s update). Errors are
    collected over all files, as ``load_corpus`` does."""
    articles, hashes, files, errors = [], [], {}, []
    base = corpus if corpus.is_dir() else corpus.parent
    for path in corpus_files(corpus):
        name, digest = str(path.relative_to(base)), file_digest(path.read_bytes())
        if name in known and known[name][0] == digest:
            files[name] = known[name]
        else:
            try:
                parsed = loading.load_file(path)
            except CorpusError as error:
                errors.append(error)
                continue
            articles += parsed
            files[name] = (digest, corpus_hashes(parsed))
        hashes += files[name][1]
    errors += _duplicate_listing(files)
    if not files and not errors:
        errors.append(CorpusError(str(corpus), None, f"no article files ({', '.join(SUFFIXES)}) found"))
    if errors:
        raise CorpusErrors(errors)
    return Loaded(articles, hashes, files)


def _duplicate_listing(files: dict[str, FileEntry]) -> list[CorpusError]:
    seen: dict[str, str] = {}
    errors = []
    for name, (_digest, entries) in files.items():
        for article_id, _hash in entries:
            if article_id in seen:
                errors.append(CorpusError(name, "id", f"duplicate id {article_id!r}, also in {seen[article_id]}"))
            else:
                seen[article_id] = name
    return errors
