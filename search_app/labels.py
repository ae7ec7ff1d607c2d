"""Display names for facet values: party and chapter names from the gazetteer, kinds, months."""

from __future__ import annotations

import datetime as dt
import functools

from indexer.derive.gazetteer import CHAPTERS, PARTIES

KIND_LABELS = {
    "article": "Articles",
    "party": "Parties",
    "chapter": "Chapters",
    "person": "People",
    "organization": "Organisations",
    "date": "Dates and rounds",
}
_PARTY_NAMES = {slug: info.name for slug, info in PARTIES.items()}
_CHAPTER_NAMES = {slug: info.name for slug, info in CHAPTERS.items()}


@functools.lru_cache(maxsize=16_384)
def facet_label(facet: str, value: str) -> str:
    """How a facet value is shown to a person; chapters by their short name."""
    if facet == "party":
        return _PARTY_NAMES.get(value, value)
    if facet == "chapter":
        return _CHAPTER_NAMES.get(value, value).split(" (")[0]
    if facet == "kind":
        return KIND_LABELS.get(value, value)
    if facet.endswith("_month"):
        return month_label(value)
    return value


def month_series(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(month, count) for every month from the first to the last key of ``counts``, zeros included."""
    if not counts:
        return []
    series, last = [], max(counts)
    year, month = int(min(counts)[:4]), int(min(counts)[5:7])
    while (key := f"{year:04d}-{month:02d}") <= last:
        series.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


@functools.lru_cache(maxsize=4096)
def month_label(value: str) -> str:
    """'2018-01' → 'January 2018'."""
    try:
        return dt.date(int(value[:4]), int(value[5:7]), 1).strftime("%B %Y")
    except ValueError:
        return value


def chapter_description(value: str) -> str:
    """A chapter's full display name, with what it covers in brackets."""
    return _CHAPTER_NAMES.get(value, value)
