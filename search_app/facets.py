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
    limit: int | None  # values shown at most, None: the request's facet_size; the response says when some were cut


FACETS = (
    FacetSpec("party", "party", "count", None),
    FacetSpec("chapter", "chapter", "count", None),
    FacetSpec("kind", "kind", "count", None),
    FacetSpec("publisher", "publisher_key", "count", None),
    # The histogram is drawn from published_month, so it is never cut to facet_size: 50 years of months.
    FacetSpec("published_month", "published_month", "value", 600),
    # Every month a mentioned date touches: hundreds of values in a news archive ("the 1930s" is 120), of which
    # a response carries the facet_size most mentioned. All 588 for "tariffs" on Reuters made 80% of the response.
    FacetSpec("mentioned_month", "mentioned_month", "count", None),
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


def count_facet(
    spec: FacetSpec, bitmaps: dict[str, BitMap], within: BitMap, selected: list[str], facet_size: int
) -> FacetResult:
    """Count every value of one facet within ``within`` and keep the first ``limit`` (the spec's, else
    ``facet_size``) in the facet's order; selected values stay, even at 0."""
    counts = dict(zip(bitmaps, map(within.intersection_cardinality, bitmaps.values()), strict=True))
    shown = [(v, c) for v, c in counts.items() if c or v in selected]
    shown += [(v, 0) for v in selected if v not in counts]
    if spec.order == "count":
        shown.sort(key=lambda pair: (-pair[1], pair[0]))
    else:
        shown.sort()
    limit = spec.limit or facet_size
    kept = shown[:limit] + [pair for pair in shown[limit:] if pair[0] in selected]
    values = [FacetValue(v, c, v in selected) for v, c in kept]
    return FacetResult(spec.name, values, truncated=len(kept) < len(shown))
