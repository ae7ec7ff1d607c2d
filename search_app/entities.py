"""Entity page models: mentions with their passages, a timeline, positions by party, and the
party × chapter overview of stated positions. Plain Python over records and stored articles."""

from __future__ import annotations

from collections import Counter, defaultdict

from markupsafe import Markup
from whoosh.searching import Searcher

from indexer.models import EntityRecord
from search_app.excerpts import render
from search_app.labels import facet_label, month_series

MENTIONS_PER_PAGE = 50
CONTEXT = 110  # characters shown either side of a mention
STANCES = ("proposes", "demands", "accepts", "opposes")
PARTIES = ("united-states", "canada", "mexico")  # the overview's columns


def mention_page(record: EntityRecord, searcher: Searcher, page: int) -> tuple[list[dict], int, int]:
    """One page of the record's mentions, newest first, each with its article and marked passage.

    Returns the mentions, the page number clamped to the pages there are, and the last page number.
    """
    ordered = sorted(record.mentions, key=lambda m: (m.get("date") or "", m["article"], -m["start"]), reverse=True)
    last = max(1, -(-len(ordered) // MENTIONS_PER_PAGE))
    page = min(max(page, 1), last)
    articles: dict[str, dict] = {}
    shown = []
    for mention in ordered[(page - 1) * MENTIONS_PER_PAGE : page * MENTIONS_PER_PAGE]:
        if mention["article"] not in articles:
            articles[mention["article"]] = searcher.document(id=mention["article"], kind="article") or {}
        stored = articles[mention["article"]]
        shown.append(
            {
                **mention,
                "title": stored.get("title", mention["article"]),
                "precision": (stored.get("data") or {}).get("precision"),
                "html": _context(stored.get("body", ""), mention),
            }
        )
    return shown, page, last


def _context(body: str, mention: dict) -> Markup:
    """The passage around a mention, cut at word boundaries, the mention marked."""
    if not body:
        return Markup.escape(mention["text"])
    start, end = max(0, mention["start"] - CONTEXT), min(len(body), mention["end"] + CONTEXT)
    paragraph_start = body.rfind("\n\n", 0, mention["start"])
    paragraph_end = body.find("\n\n", mention["end"])
    start = max(start, paragraph_start + 2 if paragraph_start >= 0 else 0)
    end = min(end, paragraph_end if paragraph_end >= 0 else len(body))
    while start > 0 and start < mention["start"] and not body[start - 1].isspace():
        start += 1
    while end < len(body) and end > mention["end"] and not body[end].isspace():
        end -= 1
    return render(body, start, end, [(mention["start"], mention["end"])])


def timeline(record: EntityRecord) -> list[dict]:
    """Mentions per month of the articles' publication, every month from first to last."""
    counts = Counter(m["date"][:7] for m in record.mentions if m.get("date"))
    return [{"month": month, "count": count} for month, count in month_series(counts)]


def positions_grouped(record: EntityRecord) -> list[dict]:
    """A chapter's positions grouped by party, a party's by chapter; within a group, by stance."""
    by = "chapter" if record.kind == "party" else "party"
    grouped: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for position in record.positions:
        grouped[position[by]][position["stance"]].append(position)
    return [
        {
            "id": f"{by}:{key}",
            "title": facet_label(by, key),
            "stances": [{"stance": s, "positions": stances[s]} for s in STANCES if stances.get(s)],
        }
        for key, stances in sorted(grouped.items(), key=lambda item: facet_label(by, item[0]))
    ]


def position_matrix(records: list[EntityRecord]) -> list[dict]:
    """Rows of chapters with, per party, the count of each stance it has stated on that chapter."""
    rows = []
    for record in records:
        if record.kind != "chapter" or not record.positions:
            continue
        cells: dict[str, Counter] = defaultdict(Counter)
        for position in record.positions:
            cells[position["party"]][position["stance"]] += 1
        rows.append(
            {"chapter": record.id.split(":", 1)[1], "id": record.id, "cells": {p: dict(c) for p, c in cells.items()}}
        )
    return sorted(rows, key=lambda row: -sum(sum(c.values()) for c in row["cells"].values()))
