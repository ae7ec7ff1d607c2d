"""Match and rank stage: evaluate a parsed Whoosh query over the sidecar posting arrays.

Set algebra runs on roaring bitmaps and BM25F scoring on numpy arrays, so the cost of a search
is a few array operations per query term, not a Python step per matching document. Phrases
(word positions) are verified by Whoosh itself within the candidates the bitmaps leave; any
query type not handled here falls back to Whoosh, so every query still runs.
"""

from __future__ import annotations

import array
import math
from dataclasses import dataclass

import numpy as np
from pyroaring import BitMap
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.postings import SCORED_FIELDS, PostingStore

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults


@dataclass(frozen=True)
class Leaf:
    field: str
    text: str
    boost: float


def to_bitmap(ids: np.ndarray) -> BitMap:
    return BitMap(array.array("I", ids.astype(np.uint32).tobytes()))


def match(node: wq.Query, store: PostingStore, searcher: Searcher, live: BitMap) -> BitMap:
    """The documents ``node`` matches, as a bitmap."""
    if isinstance(node, wq.Every):
        return live
    if isinstance(node, wq.Term):
        return term_bitmap(store, node.fieldname, node.text)
    if isinstance(node, wq.Ordered | wq.Sequence):
        return BitMap(searcher.docs_for_query(node)) & live
    if isinstance(node, wq.And):
        return _intersect([match(child, store, searcher, live) for child in node.subqueries])
    if isinstance(node, wq.Or | wq.DisjunctionMax):
        return (
            BitMap.union(*(match(child, store, searcher, live) for child in node.subqueries))
            if node.subqueries
            else BitMap()
        )
    if isinstance(node, wq.AndNot):
        return match(node.a, store, searcher, live) - match(node.b, store, searcher, live)
    if isinstance(node, wq.AndMaybe):
        return match(node.a, store, searcher, live)
    if isinstance(node, wq.Require):
        return match(node.a, store, searcher, live) & match(node.b, store, searcher, live)
    if isinstance(node, wq.Not):
        return live - match(node.query, store, searcher, live)
    if node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
        return BitMap()
    if isinstance(node, wq.Phrase):
        return _phrase(node, store, searcher, live)
    if isinstance(node, wq.PatternQuery | wq.Prefix | wq.FuzzyTerm):
        terms = [t.decode("utf-8") for t in node._btexts(searcher.reader())]
        return BitMap.union(*(term_bitmap(store, node.fieldname, t) for t in terms)) if terms else BitMap()
    return BitMap(searcher.docs_for_query(node)) & live


def term_bitmap(store: PostingStore, field: str, text: str) -> BitMap:
    ids, _ = store.postings(field, text)
    return to_bitmap(ids)


def _intersect(bitmaps: list[BitMap]) -> BitMap:
    if not bitmaps:
        return BitMap()
    bitmaps.sort(key=len)
    return BitMap.intersection(*bitmaps) if len(bitmaps) > 1 else bitmaps[0]


def _phrase(node: wq.Phrase, store: PostingStore, searcher: Searcher, live: BitMap) -> BitMap:
    """An exact phrase from the sidecar's word positions; other slops (and an index without positions) go
    through candidates from the words' bitmaps, confirmed by Whoosh's position check."""
    if node.slop == 1 and (found := store.phrase_docs(node.fieldname, list(node.words))) is not None:
        return to_bitmap(found)
    candidates = _intersect([term_bitmap(store, node.fieldname, word) for word in node.words])
    if not candidates:
        return candidates
    return BitMap(d for d in searcher.docs_for_query(node) if d in candidates)


def positive_leaves(node: wq.Query, searcher: Searcher, boost: float = 1.0) -> list[Leaf]:
    """The scored terms of a query: every term not under a NOT, with its boost."""
    boost *= getattr(node, "boost", 1.0)
    if isinstance(node, wq.Not):
        return []
    if isinstance(node, wq.AndNot):
        return positive_leaves(node.a, searcher, boost)
    if isinstance(node, wq.Term):
        return [Leaf(node.fieldname, node.text, boost)] if node.fieldname in SCORED_FIELDS else []
    if isinstance(node, wq.Phrase):
        return [Leaf(node.fieldname, w, boost) for w in node.words] if node.fieldname in SCORED_FIELDS else []
    if isinstance(node, wq.PatternQuery | wq.Prefix | wq.FuzzyTerm):
        if node.fieldname not in SCORED_FIELDS:
            return []
        return [Leaf(node.fieldname, t.decode("utf-8"), boost) for t in node._btexts(searcher.reader())]
    return [leaf for child in node.children() for leaf in positive_leaves(child, searcher, boost)]


def bm25_scores(leaves: list[Leaf], candidates: np.ndarray, store: PostingStore, searcher: Searcher) -> np.ndarray:
    """BM25F scores of ``candidates`` (ascending document numbers) for the query's terms."""
    scores = np.zeros(len(candidates), dtype=np.float64)
    for leaf in leaves:
        ids, tf = store.postings(leaf.field, leaf.text, with_tf=True)
        if not len(ids):
            continue
        where = np.searchsorted(candidates, ids)
        where[where >= len(candidates)] = 0
        hit = candidates[where] == ids
        if not hit.any():
            continue
        lengths = store.lengths(leaf.field)[ids[hit]]
        average = searcher.avg_field_length(leaf.field) or 1.0
        idf = math.log(store.doc_count / (len(ids) + 1)) + 1
        weight = tf[hit]
        scores[where[hit]] += leaf.boost * idf * (weight * (K1 + 1)) / (weight + K1 * ((1 - B) + B * lengths / average))
    return scores
