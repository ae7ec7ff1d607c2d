"""Index stage, sidecar: every segment's posting lists as flat numpy arrays beside the Whoosh files.

Whoosh reads posting lists in pure Python, about two microseconds a posting; the search
service needs whole posting lists (exact facet counts over all matches, vectorised BM25), so
each segment's are written once at build time as three memory-mapped arrays per field
(term offsets, document numbers, term frequencies) plus field lengths. A segment's files are
named after its segment id, so an incremental build reuses the files of unchanged segments.
"""

from __future__ import annotations

import array
import bisect
import json
import re
import struct
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from whoosh.analysis.filters import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.reading import IndexReader

_NPY_HEADER = re.compile(r"'descr':\s*'([^']+)',\s*'fortran_order':\s*False,\s*'shape':\s*\(([\d,\s]*)\)")

SIDE_DIR = "postings"
SCORED_FIELDS = ("title", "body", "aliases", "about", "publisher", "author")
SET_FIELDS = (
    "party",
    "chapter",
    "kind",
    "publisher_key",
    "published_month",
    "mentioned_month",
    "mentioned_day",
    "mentioned_span",
    "id",
)
FIELDS = SCORED_FIELDS + SET_FIELDS
SPELLING_FIELDS = ("title", "body")
# Fields whose word positions are kept too, so a phrase is checked with numpy instead of Whoosh's span matcher
# (190-440 ms for "trade deficit" at 200,000 articles). A posting's weight there is its number of positions.
POSITION_FIELDS = ("title", "body", "aliases")
_TOKEN = re.compile(default_pattern.pattern.replace("(", "(?:"))  # Whoosh's tokenizer, for findall


def write_sidecar(generation: Path, reader: IndexReader) -> None:
    """Write the posting arrays of every segment of ``reader`` that has none yet."""
    folder = generation / SIDE_DIR
    folder.mkdir(exist_ok=True)
    for segment_reader, _offset in reader.leaf_readers():
        segid = segment_reader.segment().segment_id()
        if not (folder / f"{segid}.json").exists():
            _write_segment(folder, segid, segment_reader)


def _write_segment(folder: Path, segid: str, reader: IndexReader) -> None:
    index: dict[str, dict] = {}
    for field in FIELDS:
        if field not in reader.indexed_field_names():
            continue
        if field in POSITION_FIELDS:
            terms, ids, freqs, offsets, positions = _field_positions(reader, field)
            np.save(folder / f"{segid}.{field}.posoff.npy", offsets)
            np.save(folder / f"{segid}.{field}.pos.npy", positions)
        else:
            terms, ids, freqs = _field_postings(reader, field)
        np.save(folder / f"{segid}.{field}.ids.npy", ids)
        if field in SCORED_FIELDS:
            np.save(folder / f"{segid}.{field}.tf.npy", freqs)
            lengths = np.array(
                [reader.doc_field_length(d, field, 0) for d in range(reader.doc_count_all())], dtype=np.float32
            )
            np.save(folder / f"{segid}.{field}.len.npy", lengths)
        index[field] = terms
    meta = {"docs": reader.doc_count_all(), "fields": index, "words": spelling_words(reader)}
    (folder / f"{segid}.json").write_text(json.dumps(meta))


def spelling_words(reader: IndexReader) -> dict[str, int]:
    """Each word of the titles and bodies of live documents, unstemmed, with the number of documents that hold
    it: what "did you mean" suggests from. Tokenised as the text fields are, without the stemming."""
    counts: Counter[str] = Counter()
    for _docnum, stored in reader.iter_docs():
        text = " ".join(stored.get(field) or "" for field in SPELLING_FIELDS).lower()
        counts.update({w for w in _TOKEN.findall(text) if len(w) > 1 and w not in STOP_WORDS})
    return dict(counts)


def _field_postings(reader: IndexReader, field: str) -> tuple[dict[str, list[int]], np.ndarray, np.ndarray]:
    """Every term of ``field`` with the [start, end) slice of its postings in the flat arrays."""
    terms, ids, freqs = {}, [], []
    for term in reader.field_terms(field):
        matcher = reader.postings(field, term)
        start = len(ids)
        for docnum, weight in matcher.items_as("weight"):
            ids.append(docnum)
            freqs.append(weight)
        terms[term] = [start, len(ids)]
    return terms, np.array(ids, dtype=np.uint32), np.array(freqs, dtype=np.float32)


def _field_positions(
    reader: IndexReader, field: str
) -> tuple[dict[str, list[int]], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """As ``_field_postings``, plus every posting's word positions: flat, with each posting's start offset
    (one more offset closes the last)."""
    terms, ids, freqs, offsets, positions = {}, [], [], [0], array.array("I")
    for term in reader.field_terms(field):
        start = len(ids)
        for docnum, found in reader.postings(field, term).items_as("positions"):
            ids.append(docnum)
            freqs.append(len(found))
            positions.extend(found)
            offsets.append(len(positions))
        terms[term] = [start, len(ids)]
    return (
        terms,
        np.array(ids, dtype=np.uint32),
        np.array(freqs, dtype=np.float32),
        np.array(offsets, dtype=np.int64),
        np.frombuffer(positions, dtype=np.uint32) if positions else np.empty(0, dtype=np.uint32),
    )


def open_npy(path: Path) -> np.ndarray:
    """Memory-map a .npy array read-only. Not np.load: it reads the header with ``ast``, which CPython 3.11 cannot
    run in two threads at once ("AST constructor recursion depth mismatch", python/cpython#106905), and the
    server's cache warmer loads arrays while requests do."""
    with path.open("rb") as file:
        major, _ = np.lib.format.read_magic(file)
        (size,) = struct.unpack("<H" if major == 1 else "<I", file.read(2 if major == 1 else 4))
        header = file.read(size).decode("latin1")
        offset = file.tell()
    match = _NPY_HEADER.search(header)
    if not match:
        raise ValueError(f"{path}: not a C-ordered .npy array (header {header!r})")
    dtype, shape = np.dtype(match[1]), tuple(int(n) for n in match[2].split(",") if n.strip())
    if not np.prod(shape, dtype=np.int64):
        return np.empty(shape, dtype)  # an empty file region cannot be mapped
    return np.memmap(path, dtype=dtype, mode="r", offset=offset, shape=shape)


class TermTable:
    """One field's terms in one segment, sorted, with where each one's postings start and end in the flat arrays.

    A dict of ``term: [start, end]`` costs about 300 bytes a term (120 MB for the 386,000 terms of 200,000
    articles); a sorted list with two numpy arrays, about 75.
    """

    def __init__(self, spans: dict[str, list[int]]):
        self.words = sorted(spans)
        self.starts = np.fromiter((spans[w][0] for w in self.words), dtype=np.int64, count=len(self.words))
        self.ends = np.fromiter((spans[w][1] for w in self.words), dtype=np.int64, count=len(self.words))

    def get(self, term: str) -> tuple[int, int] | None:
        at = bisect.bisect_left(self.words, term)
        if at < len(self.words) and self.words[at] == term:
            return int(self.starts[at]), int(self.ends[at])
        return None

    def __iter__(self) -> Iterator[str]:
        return iter(self.words)


_NO_TERMS = TermTable({})


class SegmentPostings:
    """One segment's posting arrays, memory-mapped; document numbers made global by ``offset``."""

    def __init__(self, folder: Path, segid: str, offset: int):
        meta = json.loads((folder / f"{segid}.json").read_text())
        self.offset, self.docs = offset, meta["docs"]
        self.words: dict[str, int] = meta.get("words", {})
        self.terms = {field: TermTable(spans) for field, spans in meta["fields"].items()}
        self._arrays: dict[str, np.ndarray] = {}
        self._folder, self._segid = folder, segid
        # A generation written before positions were kept has none: its phrases go to Whoosh.
        self._positions = {f for f in POSITION_FIELDS if (folder / f"{segid}.{f}.pos.npy").exists()}

    def array(self, field: str, kind: str) -> np.ndarray:
        key = f"{field}.{kind}"
        if key not in self._arrays:
            self._arrays[key] = open_npy(self._folder / f"{self._segid}.{key}.npy")
        return self._arrays[key]

    def lengths(self, field: str) -> np.ndarray:
        """This segment's field lengths; zeros where no document of the segment has the field (a segment of
        articles has no aliases)."""
        if field not in self.terms:
            return np.zeros(self.docs, dtype=np.float32)
        return np.asarray(self.array(field, "len"))

    def phrase_docs(self, field: str, words: list[str]) -> np.ndarray | None:
        """Global numbers of the documents where ``words`` stand next to each other in ``field`` (positions
        one apart, stop words not counted, as Whoosh's exact phrase); None when this segment has no positions."""
        if field not in self.terms:
            return np.empty(0, dtype=np.int64)
        if field not in self._positions:
            return None
        common = None
        for index, word in enumerate(words):
            span = self.terms[field].get(word)
            if span is None:
                return np.empty(0, dtype=np.int64)
            keys = self._position_keys(field, span, index)
            common = keys if common is None else np.intersect1d(common, keys, assume_unique=True)
            if not len(common):
                return np.empty(0, dtype=np.int64)
        return np.unique(common >> 33) + self.offset

    def _position_keys(self, field: str, span: tuple[int, int], shift: int) -> np.ndarray:
        """One key per occurrence: document × 2³³ + position − ``shift`` (+ 2³¹ to stay positive)."""
        start, end = span
        offsets = np.asarray(self.array(field, "posoff")[start : end + 1])
        documents = np.repeat(self.array(field, "ids")[start:end].astype(np.int64), np.diff(offsets))
        positions = self.array(field, "pos")[offsets[0] : offsets[-1]].astype(np.int64)
        return (documents << 33) + positions + (2**31 - shift)

    def postings(self, field: str, term: str, with_tf: bool) -> tuple[np.ndarray, np.ndarray | None]:
        span = self.terms.get(field, _NO_TERMS).get(term)
        if span is None:
            return np.empty(0, dtype=np.uint32), (np.empty(0, dtype=np.float32) if with_tf else None)
        start, end = span
        ids = self.array(field, "ids")[start:end].astype(np.uint32) + np.uint32(self.offset)
        return ids, (np.asarray(self.array(field, "tf")[start:end]) if with_tf else None)


class PostingStore:
    """All segments' posting arrays of one index generation."""

    def __init__(self, generation: Path, reader: IndexReader):
        folder = generation / SIDE_DIR
        self.segments = [
            SegmentPostings(folder, segment_reader.segment().segment_id(), offset)
            for segment_reader, offset in reader.leaf_readers()
        ]
        self.doc_count = reader.doc_count_all()
        self._lengths: dict[str, np.ndarray] = {}

    def postings(self, field: str, term: str, with_tf: bool = False) -> tuple[np.ndarray, np.ndarray | None]:
        """Global document numbers (ascending) and, for scored fields, term frequencies."""
        parts = [segment.postings(field, term, with_tf) for segment in self.segments]
        if len(parts) == 1:
            return parts[0]
        ids = np.concatenate([p[0] for p in parts])
        return ids, (np.concatenate([p[1] for p in parts]) if with_tf else None)

    def lengths(self, field: str) -> np.ndarray:
        """Every document's length in ``field``, by global document number."""
        if field not in self._lengths:
            self._lengths[field] = np.concatenate([s.lengths(field) for s in self.segments])
        return self._lengths[field]

    def terms(self, field: str) -> list[str]:
        """Every term of ``field`` in any segment."""
        return sorted({term for segment in self.segments for term in segment.terms.get(field, _NO_TERMS)})

    def phrase_docs(self, field: str, words: list[str]) -> np.ndarray | None:
        """Documents holding the exact phrase ``words`` in ``field``; None if a segment has no positions."""
        parts = [segment.phrase_docs(field, words) for segment in self.segments]
        if any(part is None for part in parts):
            return None
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

    def spelling_words(self) -> Counter[str]:
        """Every word "did you mean" may suggest, with how many documents hold it."""
        counts: Counter[str] = Counter()
        for segment in self.segments:
            counts.update(segment.words)
        return counts

    def document_frequency(self, field: str, term: str) -> int:
        return sum(span[1] - span[0] for s in self.segments if (span := s.terms.get(field, _NO_TERMS).get(term)))
