"""Facet stage: exact facet counts from per-value document bitmaps.

Each facet value's documents are read once per index generation from the posting lists
into a roaring bitmap; a request then counts by intersecting bitmaps, so every count is
over all matching documents, and each facet's counts leave out that facet's own filter.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyroaring import BitMap
from whoosh.searching import Searcher

from search_app.index import Generation
from search_app.matching import term_bitmap


@dataclass(frozen=True)
class FacetSpec:
    name: str  # the API name and request parameter
    field: str  # the index field holding its values
    order: str  # "count" (most first) or "value" (chronological)
    limit: int  # values shown at most; the response says when some were cut


FACETS = (
    FacetSpec("party", "party", "count", 10),
    FacetSpec("chapter", "chapter", "count", 50),
    FacetSpec("kind", "kind", "count", 10),
    FacetSpec("publisher", "publisher_key", "count", 50),
    FacetSpec("published_month", "published_month", "value", 600),
    FacetSpec("mentioned_month", "mentioned_month", "value", 600),
)
FACETS_BY_NAME = {spec.name: spec for spec in FACETS}


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    name: str
    values: list[FacetValue]
    truncated: bool


def value_bitmaps(generation: Generation, searcher: Searcher, field: str) -> dict[str, BitMap]:
    """The documents of each value of ``field``, cached for the generation's lifetime."""
    key = ("values", field)
    cached = generation.cache.get(key)
    if cached is None:
        store = generation.postings
        cached = {term: term_bitmap(store, field, term) for term in store.terms(field)}
        generation.cache[key] = cached
    return cached


def live_documents(generation: Generation, searcher: Searcher) -> BitMap:
    """Every document that is not deleted."""
    return generation.live


def union(bitmaps: dict[str, BitMap], values: list[str]) -> BitMap:
    """Documents with any of ``values`` (OR within one facet)."""
    return BitMap.union(*(bitmaps.get(v, BitMap()) for v in values)) if values else BitMap()


def count_facet(spec: FacetSpec, bitmaps: dict[str, BitMap], within: BitMap, selected: list[str]) -> FacetResult:
    """Count every value of one facet within ``within``; selected values stay, even at 0."""
    counts = {value: within.intersection_cardinality(docs) for value, docs in bitmaps.items()}
    shown = [FacetValue(v, c, v in selected) for v, c in counts.items() if c or v in selected]
    shown += [FacetValue(v, 0, True) for v in selected if v not in counts]
    if spec.order == "count":
        shown.sort(key=lambda f: (-f.count, f.value))
    else:
        shown.sort(key=lambda f: f.value)
    kept = [f for f in shown[: spec.limit]] + [f for f in shown[spec.limit :] if f.selected]
    return FacetResult(spec.name, kept, truncated=len(kept) < len(shown))
