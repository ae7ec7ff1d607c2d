"""Records stage: aggregate every article's mentions into one entity record per party, chapter,
person, organisation and date event, and read or write them as JSON Lines."""

from __future__ import annotations

import json
import os
import re
import threading
import unicodedata
import weakref
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import asdict, replace
from pathlib import Path

from indexer.derive.gazetteer import CHAPTERS, PARTIES
from indexer.models import Article, Derivation, EntityRecord, Mention, Position

_ROUND = re.compile(r"\bround\b", re.IGNORECASE)


def build_records(
    articles: list[Article], derivations: list[Derivation], only: set[str] | None = None
) -> list[EntityRecord]:
    """One record per entity mentioned anywhere, plus every gazetteer party and chapter; sorted by id.

    With ``only``, build just those records, from the articles given: an update builds them
    from its fresh articles alone and merges them into the old ones with ``update_record``.
    """
    by_id = {article.id: article for article in articles}
    records = {i: r for i, r in _gazetteer_records().items() if only is None or i in only}
    for derivation in derivations:
        article = by_id[derivation.article_id]
        for mention in derivation.mentions:
            record_id = _record_id(article, mention)
            if record_id is not None and (only is None or record_id in only):
                _add_mention(records, record_id, article, mention)
        _add_positions(records, article.id, derivation.positions)
    _add_co_mentioned_chapters(records, derivations)
    return [records[record_id] for record_id in sorted(records)]


Summary = tuple[str | None, str | None, str | None]  # first mention's value, first party, first role


def article_summary(article: Article, derivation: Derivation) -> dict[str, Summary]:
    """What an article gives each record it adds to, beyond the mentions a record keeps itself.

    With these, a record can be updated from its own mentions when articles change, without
    the derivations of the articles that did not.
    """
    summary: dict[str, Summary] = {}
    for mention in derivation.mentions:
        if (record_id := _record_id(article, mention)) is not None:
            value, party, role = summary.get(record_id, (mention.value, None, None))
            summary[record_id] = (value, party or mention.party, role or mention.role)
    for position in derivation.positions:
        for record_id in (f"party:{position.party}", f"chapter:{position.chapter}"):
            summary.setdefault(record_id, (None, None, None))
    return summary


def update_record(
    record_id: str,
    old: EntityRecord | None,
    fresh: EntityRecord | None,
    stale: set[str],
    rank: dict[str, int],
    summaries: dict[str, dict[str, Summary]],
    chapters_of: dict[str, list[str]],
) -> EntityRecord | None:
    """A record as a full build would make it: its ``old`` mentions and positions less those of
    ``stale`` articles, plus the ``fresh`` ones, in corpus order (``rank``); None once a person,
    organisation or date has no mention left."""

    def merged(old_items: list[dict], fresh_items: list[dict]) -> list[dict]:
        kept = [item for item in old_items if item["article"] not in stale]
        return sorted(kept + fresh_items, key=lambda item: rank[item["article"]])

    mentions = merged(old.mentions if old else [], fresh.mentions if fresh else [])
    gazetteer = _GAZETTEER.get(record_id)
    if not mentions and gazetteer is None:
        return None
    record = (
        replace(gazetteer, facts=dict(gazetteer.facts)) if gazetteer else _named_record(record_id, mentions, summaries)
    )
    record.mentions = mentions
    record.positions = merged(old.positions if old else [], fresh.positions if fresh else [])
    record.articles = list(dict.fromkeys(mention["article"] for mention in mentions))
    record.aliases = list(dict.fromkeys(" ".join(mention["text"].split()) for mention in mentions))
    firsts = [summaries[article][record_id] for article in record.articles]
    record.party = next((party for _, party, _ in firsts if party), None)
    record.role = next((role for _, _, role in firsts if role), None)
    record.chapters = _co_mentioned(record, chapters_of)
    return record


def _named_record(record_id: str, mentions: list[dict], summaries: dict[str, dict[str, Summary]]) -> EntityRecord:
    kind, key = record_id.split(":", 1)
    name = key.replace("--", " to ") if kind == "date" else summaries[mentions[0]["article"]][record_id][0]
    return EntityRecord(record_id, kind, name)


def record_line(record: EntityRecord) -> str:
    """One record as a line of records.jsonl (without the newline)."""
    return json.dumps(vars(record), ensure_ascii=False, sort_keys=True)  # asdict's deep copy is 10x slower


def write_records(path: Path, records: list[EntityRecord]) -> None:
    """Write records as JSON Lines, one readable record per line, sorted by id."""
    write_record_lines(path, [record_line(record) for record in sorted(records, key=_id)])


def write_record_lines(path: Path, lines: list[str]) -> None:
    """Write already serialised records, in the order given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def read_record_lines(path: Path, ids: list[str]) -> dict[str, str]:
    """The lines of a records file written for records ``ids`` (sorted), by record id, unparsed."""
    return dict(zip(ids, path.read_text(encoding="utf-8").splitlines(), strict=True))


def merge_record_lines(
    old_lines: dict[str, str], rebuilt: list[EntityRecord], dropped: set[str]
) -> tuple[list[str], list[str]]:
    """Replace or drop some records of a records file; return the new ids and lines, sorted.

    Records not rebuilt keep their line untouched, so an update serialises only what changed.
    """
    lines = {i: line for i, line in old_lines.items() if i not in dropped}
    lines.update((record.id, record_line(record)) for record in rebuilt)
    ids = sorted(lines)
    return ids, [lines[i] for i in ids]


class RecordFile(Mapping[str, EntityRecord]):
    """The records of a records.jsonl file, read on demand: only each line's place in the file is held in memory.

    Loading every record held each mention of the corpus as Python objects (490 MB for 200,000 articles); an
    entity page needs one record. Lines are read with ``os.pread`` (no shared file position between threads).
    """

    def __init__(self, path: Path, cached_bytes: int = 32 << 20):
        self._places: dict[str, tuple[int, int]] = {}
        offset = 0
        with path.open("rb") as lines:
            for line in lines:
                if line.strip():
                    self._places[_line_id(line)] = (offset, len(line))
                offset += len(line)
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)  # closed when the generation holding it is dropped
        # The most recently read records, oldest first, up to ``cached_bytes`` of their lines: a party's record
        # on 200,000 articles is a 10 MB line, so a count of records would not bound the memory.
        self._cache: dict[str, EntityRecord] = {}
        self._cached_bytes, self._budget = 0, cached_bytes
        self._lock = threading.Lock()

    def __getitem__(self, record_id: str) -> EntityRecord:
        offset, length = self._places[record_id]
        with self._lock:
            record = self._cache.pop(record_id, None)
            if record is not None:
                self._cache[record_id] = record  # now the most recent
                return record
        record = EntityRecord(**json.loads(os.pread(self._fd, length, offset)))
        with self._lock:
            if record_id not in self._cache:
                self._cache[record_id] = record
                self._cached_bytes += length
            while self._cached_bytes > self._budget and len(self._cache) > 1:
                self._cached_bytes -= self._places[(oldest := next(iter(self._cache)))][1]
                del self._cache[oldest]
        return record

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)


_LINE_ID = re.compile(rb'"id": ("(?:[^"\\]|\\.)*")')


def _line_id(line: bytes) -> str:
    """A record line's id, without parsing the line (its keys are sorted: "id" follows a few short ones)."""
    found = _LINE_ID.search(line)
    if not found:
        raise ValueError(f"a records line has no id: {line[:80]!r}")
    return json.loads(found[1])


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


_GAZETTEER = _gazetteer_records()


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
    if not record.articles or record.articles[-1] != article.id:  # an article's mentions come together; a
        record.articles.append(article.id)  # membership test over the list was quadratic (a party: 150,000)
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
    chapters_of = {d.article_id: d.values("chapter") for d in derivations}
    for record in records.values():
        record.chapters = _co_mentioned(record, chapters_of)


def _co_mentioned(record: EntityRecord, chapters_of: dict[str, list[str]]) -> list[str]:
    counts: Counter[str] = Counter()
    for article_id in record.articles:
        counts.update(chapters_of.get(article_id, ()))
    counts.pop(record.id.split(":", 1)[1] if record.kind == "chapter" else "", None)
    return [slug for slug, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _id(record: EntityRecord) -> str:
    return record.id
