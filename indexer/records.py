"""Records stage: aggregate every article's mentions into one entity record per party, chapter,
person, organisation and date event, and read or write them as JSON Lines."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from indexer.derive.gazetteer import CHAPTERS, PARTIES
from indexer.models import Article, Derivation, EntityRecord, Mention, Position

_ROUND = re.compile(r"\bround\b", re.IGNORECASE)


def build_records(articles: list[Article], derivations: list[Derivation]) -> list[EntityRecord]:
    """One record per entity mentioned anywhere, plus every gazetteer party and chapter; sorted by id."""
    by_id = {article.id: article for article in articles}
    records = _gazetteer_records()
    for derivation in derivations:
        article = by_id[derivation.article_id]
        for mention in derivation.mentions:
            if (record_id := _record_id(article, mention)) is not None:
                _add_mention(records, record_id, article, mention)
        _add_positions(records, article.id, derivation.positions)
    _add_co_mentioned_chapters(records, derivations)
    return [records[record_id] for record_id in sorted(records)]


def write_records(path: Path, records: list[EntityRecord]) -> None:
    """Write records as JSON Lines, one readable record per line, sorted by id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(asdict(record), ensure_ascii=False, sort_keys=True) for record in sorted(records, key=_id)]
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def read_records(path: Path) -> dict[str, EntityRecord]:
    """Read a JSON Lines records file into records keyed by id."""
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = EntityRecord(**json.loads(line))
            records[record.id] = record
    return records


def slugify(text: str) -> str:
    """Fold accents and punctuation: "Peña Nieto" -> "pena-nieto"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _gazetteer_records() -> dict[str, EntityRecord]:
    """Party and chapter records exist even with no mention, so their pages always work."""
    records = {f"party:{p.slug}": EntityRecord(f"party:{p.slug}", "party", p.name) for p in PARTIES.values()}
    for chapter in CHAPTERS.values():
        facts = {"name": chapter.name, "nafta": list(chapter.nafta), "usmca": list(chapter.usmca)}
        records[f"chapter:{chapter.slug}"] = EntityRecord(
            f"chapter:{chapter.slug}", "chapter", chapter.name, facts=facts
        )
    return records


def _record_id(article: Article, mention: Mention) -> str | None:
    """The record a mention belongs to; None for a date that is not an event (a round or a range)."""
    if mention.type == "date":
        is_event = mention.precision == "range" or _ROUND.search(_sentence_around(article.body, mention))
        return f"date:{mention.date_start}--{mention.date_end}" if is_event else None
    if mention.type in ("party", "chapter"):
        return f"{mention.type}:{mention.value}"
    return f"{mention.type}:{slugify(mention.value)}"


def _sentence_around(body: str, mention: Mention) -> str:
    start = max(body.rfind(". ", 0, mention.start), body.rfind("\n\n", 0, mention.start)) + 1
    ends = [i for i in (body.find(". ", mention.end), body.find("\n\n", mention.end)) if i >= 0]
    return body[start : min(ends, default=len(body))]


def _add_mention(records: dict[str, EntityRecord], record_id: str, article: Article, mention: Mention) -> None:
    record = records.get(record_id) or records.setdefault(record_id, _new_record(record_id, mention))
    record.party = record.party or mention.party
    record.role = record.role or mention.role
    text = " ".join(mention.text.split())
    if text not in record.aliases:
        record.aliases.append(text)
    if article.id not in record.articles:
        record.articles.append(article.id)
    published = article.published.isoformat() if article.published else None
    record.mentions.append(
        {"article": article.id, "paragraph": mention.paragraph, "start": mention.start, "end": mention.end,
         "text": mention.text, "date": published}
    )  # fmt: skip


def _new_record(record_id: str, mention: Mention) -> EntityRecord:
    kind = record_id.split(":", 1)[0]
    name = mention.value if kind != "date" else record_id.split(":", 1)[1].replace("--", " to ")
    return EntityRecord(record_id, kind, name)


def _add_positions(records: dict[str, EntityRecord], article_id: str, positions: list[Position]) -> None:
    """Attach each position to its party's and its chapter's record."""
    for position in positions:
        entry = {"article": article_id, **asdict(position)}
        for record_id in (f"party:{position.party}", f"chapter:{position.chapter}"):
            if record_id in records:
                records[record_id].positions.append(entry)


def _add_co_mentioned_chapters(records: dict[str, EntityRecord], derivations: list[Derivation]) -> None:
    """Set each record's chapters: those mentioned in the same articles, most often first."""
    chapters_of = {d.article_id: set(d.values("chapter")) for d in derivations}
    for record in records.values():
        counts: Counter[str] = Counter()
        for article_id in record.articles:
            counts.update(chapters_of.get(article_id, ()))
        counts.pop(record.id.split(":", 1)[1] if record.kind == "chapter" else "", None)
        record.chapters = [slug for slug, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _id(record: EntityRecord) -> str:
    return record.id
