"""Lookup stage: one article or entity record by id, as plain data for the viewer and the API."""

from __future__ import annotations

from dataclasses import asdict

from whoosh.searching import Searcher

from search_app.index import Generation


def get_article(searcher: Searcher, article_id: str) -> dict | None:
    """The stored article with its paragraphs and derived mentions, or None."""
    stored = searcher.document(id=article_id, kind="article")
    if not stored:
        return None
    data, body = stored.get("data") or {}, stored["body"]
    published = stored.get("published")
    return {
        "id": stored["id"],
        "title": stored["title"],
        "publisher": stored.get("publisher"),
        "author": stored.get("author"),
        "url": data.get("url"),
        "published": published.date().isoformat() if published else None,
        "published_precision": data.get("precision"),
        "parties": _split(stored.get("party")),
        "chapters": _split(stored.get("chapter")),
        "body": body,
        "paragraphs": [{"id": p, "start": s, "end": e, "text": body[s:e]} for p, s, e in data.get("paragraphs", [])],
        "mentions": data.get("mentions", []),
        "positions": data.get("positions", []),
    }


def get_entity(generation: Generation, entity_id: str) -> dict | None:
    """The entity record as a dict, or None."""
    record = generation.records.get(entity_id)
    return asdict(record) if record else None


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]
