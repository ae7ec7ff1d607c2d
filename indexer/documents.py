"""Index stage: pure functions from articles and entity records to Whoosh documents."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict

from indexer.models import Article, Derivation, EntityRecord, Mention

MAX_DAYS_PER_MENTION = 62  # longer intervals are indexed by month only


def article_document(article: Article, derivation: Derivation) -> dict:
    """Turn an article and what was derived from it into an index document."""
    doc = {
        "id": article.id,
        "kind": "article",
        "title": article.title,
        "body": article.body,
        "publisher": article.publisher,
        "publisher_key": article.publisher,
        "party": ",".join(derivation.values("party")),
        "chapter": ",".join(derivation.values("chapter")),
        "about": about_terms(derivation),
        "mentioned_month": ",".join(mentioned_months(derivation)),
        "mentioned_day": ",".join(mentioned_days(derivation)),
        "mentioned_span": ",".join(long_span_months(derivation)),
        "data": article_data(article, derivation),
    }
    if article.author:
        doc["author"] = article.author
    if article.published:
        doc["published"] = dt.datetime.combine(article.published, dt.time())
        doc["published_month"] = article.published.strftime("%Y-%m")
    return doc


def entity_document(record: EntityRecord) -> dict:
    """Turn an entity record into an index document, searchable by name and alias."""
    own = record.id.split(":", 1)[1]
    parties = [own] if record.kind == "party" else [record.party] if record.party else []
    chapters = [own] if record.kind == "chapter" else record.chapters
    return {
        "id": record.id,
        "kind": record.kind,
        "title": record.name,
        "aliases": " ; ".join(record.aliases),
        "body": entity_summary(record),
        "party": ",".join(parties),
        "chapter": ",".join(chapters),
        "mentioned_month": ",".join(sorted({m["date"][:7] for m in record.mentions if m.get("date")})),
        "data": {
            "mentions": len(record.mentions),
            "articles": len(record.articles),
            "role": record.role,
            "best_mention": record.mentions[0] if record.mentions else None,  # what a search hit shows
        },
    }


def entity_summary(record: EntityRecord) -> str:
    """A one-line description of an entity, the text its search hits show."""
    parts = [record.facts.get("name", "")] if record.facts.get("name") else []
    if record.role:
        parts.append(record.role)
    count = len(record.articles)
    parts.append(f"mentioned {len(record.mentions)} times in {count} article{'s' if count != 1 else ''}")
    return "; ".join(parts)


def about_terms(derivation: Derivation) -> str:
    """One term per party or chapter mention, so BM25 ranks by how much an article is about it."""
    counts = Counter(f"{m.type}.{m.value}" for m in derivation.mentions if m.type in ("party", "chapter"))
    return " ".join(term for term, count in sorted(counts.items()) for _ in range(count))


def mentioned_months(derivation: Derivation) -> list[str]:
    """Every month touched by a date mentioned in the article."""
    months: set[str] = set()
    for start, end in _date_intervals(derivation):
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            months.add(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return sorted(months)


def long_span_months(derivation: Derivation) -> list[str]:
    """The months of date intervals too long to index day by day (a year, a season)."""
    long_only = Derivation(derivation.article_id, [m for m in derivation.mentions if _is_long(m)])
    return mentioned_months(long_only)


def _is_long(mention: Mention) -> bool:
    if mention.type != "date" or not mention.date_start or not mention.date_end:
        return False
    span = dt.date.fromisoformat(mention.date_end) - dt.date.fromisoformat(mention.date_start)
    return span.days >= MAX_DAYS_PER_MENTION


def mentioned_days(derivation: Derivation) -> list[str]:
    """Every day covered by a mentioned date interval of at most two months."""
    days: set[str] = set()
    for start, end in _date_intervals(derivation):
        if (end - start).days < MAX_DAYS_PER_MENTION:
            days.update((start + dt.timedelta(n)).isoformat() for n in range((end - start).days + 1))
    return sorted(days)


def article_data(article: Article, derivation: Derivation) -> dict:
    """What the viewer needs beyond the stored text fields: paragraphs and derived mentions."""
    return {
        "url": article.url,
        "source": article.source,
        "precision": article.published_precision,
        "paragraphs": [(p.id, p.start, p.end) for p in article.paragraphs],
        "mentions": [asdict(m) for m in derivation.mentions],
        "positions": [asdict(p) for p in derivation.positions],
    }


def _date_intervals(derivation: Derivation) -> list[tuple[dt.date, dt.date]]:
    return [
        (dt.date.fromisoformat(m.date_start), dt.date.fromisoformat(m.date_end))
        for m in derivation.mentions
        if m.type == "date" and m.date_start and m.date_end
    ]
