"""Search service: parsed parameters and a searcher in, a result object out; no Flask here.

The HTML page and the JSON API are two renderings of the ``SearchResult`` this returns.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from pyroaring import BitMap
from whoosh import query as wq
from whoosh.searching import Searcher

from search_app.excerpts import Excerpt, make_excerpts
from search_app.facets import FACETS, FacetResult, count_facet, union, value_bitmaps
from search_app.index import Generation
from search_app.labels import month_series
from search_app.matching import bm25_scores, match, positive_leaves, to_bitmap
from search_app.params import SearchParams
from search_app.querying import ParsedQuery, parse_query
from search_app.spelling import Speller

FILTER_FIELDS = {"party": "party", "chapter": "chapter", "kind": "kind", "publisher": "publisher_key"}
MAX_CORRECTED = 5  # misspelt words a suggestion corrects at most (each costs 2-100 ms)
_WORD = re.compile(r'(?<![\w:*?"])([A-Za-z][a-z]{3,})(?![\w:*?])')


@dataclass
class Hit:
    id: str
    kind: str
    title: str
    score: float | None
    publisher: str | None = None
    published: str | None = None
    precision: str | None = None
    parties: list[str] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)
    summary: str | None = None
    best_mention: dict | None = None


@dataclass
class SearchResult:
    params: SearchParams
    query: str
    warnings: list[str]
    suggestion: str | None
    total: int
    hits: list[Hit]
    facets: list[FacetResult]
    histogram: list[dict]
    took_ms: float


def search(params: SearchParams, generation: Generation, searcher: Searcher) -> SearchResult:
    """Run one search: match, filter, count facets, rank one page and excerpt it."""
    started = time.perf_counter()
    parsed = parse_query(params.q, searcher)
    base = matching_documents(parsed.query, generation, searcher)
    groups = filter_groups(params, generation, searcher)
    final = _intersect(base, groups.values())
    facets = [
        count_facet(
            s,
            value_bitmaps(generation, searcher, s.field),
            _intersect(base, _others(groups, s.name)),
            _selected(params, s.name),
            params.facet_size,
        )
        for s in FACETS
    ]
    warnings = list(parsed.warnings)
    offset = (params.page - 1) * params.size
    docnums = ordered(parsed, params, final, generation, offset + params.size)[offset:]
    terms = query_terms(parsed.query, searcher) if docnums else set()  # once: a wildcard scans every term
    hits = [make_hit(d, parsed, params, searcher, terms) for d in docnums]
    return SearchResult(
        params=params,
        query=parsed.text,
        warnings=warnings,
        suggestion=suggest(params.q, generation, searcher),
        total=len(final),
        hits=hits,
        facets=facets,
        histogram=histogram(facets, params),
        took_ms=round((time.perf_counter() - started) * 1000, 2),
    )


def matching_documents(query: wq.Query, generation: Generation, searcher: Searcher) -> BitMap:
    """All live documents the text query matches (every document in browse mode)."""
    return match(query, generation.postings, searcher, generation.live) & generation.live


def filter_groups(params: SearchParams, generation: Generation, searcher: Searcher) -> dict[str, BitMap]:
    """One document set per active filter group, keyed by the facet it belongs to."""
    groups = {}
    for name, field_name in FILTER_FIELDS.items():
        if params.filters[name]:
            groups[name] = union(value_bitmaps(generation, searcher, field_name), params.filters[name])
    if params.published_from or params.published_to:
        groups["published_month"] = published_between(params.published_from, params.published_to, generation, searcher)
    if params.mentioned_from or params.mentioned_to:
        groups["mentioned_month"] = mentioned_between(params.mentioned_from, params.mentioned_to, generation, searcher)
    return groups


def published_between(start: dt.date | None, end: dt.date | None, generation: Generation, searcher: Searcher) -> BitMap:
    """Documents published in ``[start, end]``."""
    days = generation.published
    low = start.toordinal() if start else 0
    high = end.toordinal() if end else np.iinfo(np.int64).max
    return to_bitmap(np.flatnonzero((days >= low) & (days <= high)))


def mentioned_between(start: dt.date | None, end: dt.date | None, generation: Generation, searcher: Searcher) -> BitMap:
    """Documents that mention a date overlapping ``[start, end]``."""
    low, high = (start or dt.date.min).isoformat(), (end or dt.date.max).isoformat()
    days = value_bitmaps(generation, searcher, "mentioned_day")
    spans = value_bitmaps(generation, searcher, "mentioned_span")
    found = [docs for day, docs in days.items() if low <= day <= high]
    found += [docs for month, docs in spans.items() if low[:7] <= month <= high[:7]]
    return BitMap.union(*found) if found else BitMap()


def ordered(parsed: ParsedQuery, params: SearchParams, final: BitMap, generation: Generation, want: int) -> list[int]:
    """The first ``want`` document numbers of ``final`` in the requested order."""
    if not final or want <= 0:
        return []
    candidates = np.frombuffer(final.to_array(), dtype=np.uint32).astype(np.int64)
    days = generation.published[candidates]
    if params.sort == "oldest":
        keys = (candidates, np.where(days < 0, np.iinfo(np.int64).max, days))
    elif params.sort == "newest" or isinstance(parsed.query, wq.Every):
        keys = (-candidates, -days)
    else:
        searcher = generation.searcher
        scores = bm25_scores(positive_leaves(parsed.query, searcher), candidates, generation.postings, searcher)
        keys = (-days, -scores)
    return [int(d) for d in candidates[_top(keys, want)]]


def _top(keys: tuple[np.ndarray, ...], want: int) -> np.ndarray:
    """Indices of the ``want`` smallest rows under ``np.lexsort`` keys (last key is primary)."""
    primary = keys[-1]
    if want < len(primary):
        cut = np.partition(primary, want - 1)[want - 1]
        pool = np.flatnonzero(primary <= cut)
        order = np.lexsort(tuple(k[pool] for k in keys))[:want]
        return pool[order]
    return np.lexsort(keys)[:want]


def export_rows(params: SearchParams, generation: Generation, searcher: Searcher) -> Iterator[dict]:
    """Every hit of the search, in order, as flat rows for CSV and JSON Lines exports."""
    parsed = parse_query(params.q, searcher)
    final = _intersect(
        matching_documents(parsed.query, generation, searcher), filter_groups(params, generation, searcher).values()
    )
    for docnum in ordered(parsed, params, final, generation, len(final)):
        stored = searcher.stored_fields(docnum)
        published = stored.get("published")
        yield {
            "id": stored["id"],
            "kind": stored["kind"],
            "title": stored.get("title", ""),
            "publisher": stored.get("publisher") or "",
            "published": published.date().isoformat() if published else "",
            "parties": _split(stored.get("party")),
            "chapters": _split(stored.get("chapter")),
        }


def make_hit(
    docnum: int,
    parsed: ParsedQuery,
    params: SearchParams,
    searcher: Searcher,
    terms: set[str],
) -> Hit:
    """A hit with its stored fields, excerpts (articles) or summary and best mention (entities)."""
    stored = searcher.stored_fields(docnum)
    hit = Hit(
        id=stored["id"],
        kind=stored["kind"],
        title=stored.get("title", ""),
        score=None,
        parties=_split(stored.get("party")),
        chapters=_split(stored.get("chapter")),
    )
    if hit.kind == "article":
        _fill_article(hit, stored, parsed, params, searcher, terms)
    else:
        hit.summary = stored.get("body")
        hit.best_mention = (stored.get("data") or {}).get("best_mention")  # stored at build time: no record read
    return hit


def _fill_article(
    hit: Hit, stored: dict, parsed: ParsedQuery, params: SearchParams, searcher: Searcher, terms: set[str]
) -> None:
    data = stored.get("data") or {}
    hit.publisher = stored.get("publisher")
    hit.published = stored["published"].date().isoformat() if stored.get("published") else None
    hit.precision = data.get("precision")
    prefer = _preferred_mentions(data.get("mentions", []), parsed.aliases, params)
    analyzer = searcher.schema["body"].analyzer
    hit.excerpts = make_excerpts(
        stored["body"], [tuple(p) for p in data.get("paragraphs", [])], terms, analyzer, prefer
    )


def query_terms(query: wq.Query, searcher: Searcher) -> set[str]:
    """The body and title terms of the query, wildcards expanded: what an excerpt marks."""
    reader, terms = searcher.reader(), set()
    for leaf in query.leaves():
        if leaf.field() in ("body", "title"):
            for _field, text in leaf.expanded_terms(reader, phrases=True):
                terms.add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return terms


def _preferred_mentions(mentions: list[dict], aliases: list[str], params: SearchParams) -> list[tuple[int, int]]:
    wanted = {tuple(a.split(":", 1)) for a in aliases}
    wanted |= {("party", v) for v in params.filters["party"]} | {("chapter", v) for v in params.filters["chapter"]}
    return [(m["start"], m["end"]) for m in mentions if (m["type"], m["value"]) in wanted]


def suggest(text: str, generation: Generation, searcher: Searcher) -> str | None:
    """'Did you mean' text when a plain word of the query is absent from the index."""
    reader, changed, absent = searcher.reader(), text, 0
    for word in _WORD.findall(text):
        stem = list(searcher.schema["body"].analyzer(word.lower()))
        if not stem or any(reader.doc_frequency(f, stem[0].text) for f in ("body", "title", "aliases")):
            continue
        absent += 1
        if absent > MAX_CORRECTED:
            break
        # Words with the same first letter first (5-10x faster, and "yeuter" gets "yeutter", not "reuter").
        options = speller(generation).suggest(word.lower(), limit=1, prefix=1) or speller(generation).suggest(
            word.lower(), limit=1
        )
        if options:
            changed = re.sub(rf"\b{re.escape(word)}\b", options[0], changed)
    return changed if changed != text else None


def speller(generation: Generation) -> Speller:
    """The generation's spelling corrector, built on first use (or by the warm-up after it opens)."""
    cached = generation.cache.get("speller")
    if cached is None:
        cached = generation.cache["speller"] = Speller(generation.postings.spelling_words())
    return cached


def histogram(facets: list[FacetResult], params: SearchParams) -> list[dict]:
    """Hits per published month, every month from the first to the last, zeros included."""
    counts = {v.value: v.count for f in facets if f.name == "published_month" for v in f.values}
    return [{"month": m, "count": c, "selected": _month_selected(m, params)} for m, c in month_series(counts)]


def _month_selected(month: str, params: SearchParams) -> bool:
    start, end = params.published_from, params.published_to
    if not (start or end):
        return False
    return (not start or month >= start.isoformat()[:7]) and (not end or month <= end.isoformat()[:7])


def _selected(params: SearchParams, facet: str) -> list[str]:
    return params.filters.get(facet, [])


def _others(groups: dict[str, BitMap], name: str) -> list[BitMap]:
    return [docs for key, docs in groups.items() if key != name]


def _intersect(base: BitMap, sets) -> BitMap:
    result = base
    for docs in sets:
        result = result & docs
    return result


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


KINDS = ("article", "party", "chapter", "person", "organization", "date")


def allowed_values(generation: Generation, searcher: Searcher) -> dict[str, set[str]]:
    """The facet values a request may select: the gazetteer's and the index's own."""
    from indexer.derive.gazetteer import CHAPTERS, PARTIES

    publishers = set(value_bitmaps(generation, searcher, "publisher_key"))
    return {
        "party": set(PARTIES),
        "chapter": set(CHAPTERS),
        "kind": set(KINDS),
        "publisher": publishers,
    }
