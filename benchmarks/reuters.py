"""Benchmark corpora: convert Reuters-21578 SGML to JSON Lines, and scale it up by recombination.

Both corpora are written as folders of JSON Lines shards (each shard stays far below the loader's
per-file size limit) under the git-ignored ``benchmarks/work/``. Run directly to (re)build them::

    .venv/bin/python benchmarks/reuters.py [--scaled 200000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "reuters21578"
WORK = Path(__file__).resolve().parent / "work"
REUTERS_DIR = WORK / "reuters"
SCALED_DIR = WORK / "scaled"
SCALED_SIZE = 200_000
SHARD_SIZE = 2_000  # articles per scaled shard: about 3 MB, under the loader's 5 MB limit

_DOCUMENT = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_TOPICS = re.compile(r"<TOPICS>(.*?)</TOPICS>", re.S)
_TOPIC = re.compile(r"<D>(.*?)</D>")
_SIGN_OFF = re.compile(r"\s*\breuter\s*$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PARAGRAPH_START = re.compile(r"\n(?=[ \t]+\S)")
_MONTHS = {m: n for n, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


@dataclass
class ConversionStats:
    """What a conversion wrote and what it skipped."""

    files: int = 0
    articles: int = 0
    skipped_no_body: int = 0
    skipped_no_date: int = 0
    shards: list[str] = field(default_factory=list)


def parse_file(path: Path) -> Iterator[dict | None]:
    """Yield one article dict per <REUTERS> element, or None when it has no body text."""
    for article, _ in parse_with_topics(path):
        yield article


def parse_with_topics(path: Path) -> Iterator[tuple[dict | None, frozenset[str]]]:
    """Each article of ``parse_file`` with its Reuters topics (``{"earn"}``; empty when it has none)."""
    text = path.read_text(encoding="latin-1")
    for attributes, inner in _DOCUMENT.findall(text):
        topics = _TOPICS.search(inner)
        yield parse_document(attributes, inner), frozenset(_TOPIC.findall(topics.group(1)) if topics else ())


def parse_document(attributes: str, inner: str) -> dict | None:
    """One article in the corpus format, or None when the element has no body text."""
    body_match = _BODY.search(inner)
    body = clean_body(body_match.group(1)) if body_match else ""
    if not body:
        return None
    title_match = _TITLE.search(inner)
    title = _clean_inline(title_match.group(1)) if title_match else ""
    return {
        "id": f"reuters-{_NEWID.search(attributes).group(1)}",
        "title": title or first_words(body),
        "body": body,
        "published": parse_date(inner),
        "publisher": "Reuters",
        "url": None,
    }


def clean_body(raw: str) -> str:
    """Unescape, drop control characters and the " Reuter" sign-off, one paragraph per block."""
    text = _CONTROL.sub("", html.unescape(raw)).replace("\r", "")
    text = _SIGN_OFF.sub("", text.rstrip())
    paragraphs = (" ".join(block.split()) for block in _PARAGRAPH_START.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def parse_date(inner: str) -> str | None:
    """The <DATE> of an article as an ISO day, or None when it cannot be read."""
    match = _DATE.search(inner)
    if not match or match.group(2) not in _MONTHS:
        return None
    return dt.date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))).isoformat()


def first_words(body: str, count: int = 8) -> str:
    """A fallback title: the first words of the body."""
    words = body.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _clean_inline(raw: str) -> str:
    return " ".join(_CONTROL.sub("", html.unescape(raw)).split())


def convert(source: Path = SOURCE, out: Path = REUTERS_DIR) -> ConversionStats:
    """Convert every reut2-*.sgm file into one JSON Lines shard each under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    stats = ConversionStats()
    for path in sorted(source.glob("reut2-*.sgm")):
        kept = []
        for article in parse_file(path):
            if article is None:
                stats.skipped_no_body += 1
            elif article["published"] is None:
                stats.skipped_no_date += 1
            else:
                kept.append(article)
        shard = out / f"{path.stem}.jsonl"
        write_jsonl(shard, kept)
        stats.files += 1
        stats.articles += len(kept)
        stats.shards.append(shard.name)
    return stats


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """Write ``rows`` as UTF-8 JSON Lines."""
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_corpus(folder: Path) -> list[dict]:
    """Every article of a JSON Lines corpus folder, in shard order."""
    articles = []
    for shard in sorted(folder.glob("*.jsonl")):
        with shard.open(encoding="utf-8") as handle:
            articles.extend(json.loads(line) for line in handle if line.strip())
    return articles


def scaled_articles(articles: list[dict], total: int, seed: int = 21578) -> Iterator[dict]:
    """``total`` synthetic articles: a real title, 2–5 paragraphs from different real articles,
    dates spread uniformly over 1987–2020, unique ids. Deterministic for a given seed."""
    rng = random.Random(seed)
    paragraphs = [p for a in articles for p in a["body"].split("\n\n")]
    first_day, days = dt.date(1987, 1, 1).toordinal(), (dt.date(2020, 12, 31) - dt.date(1987, 1, 1)).days
    for number in range(total):
        base = articles[number % len(articles)]
        body = [base["body"].split("\n\n")[0], *rng.sample(paragraphs, rng.randint(1, 4))]
        yield {
            "id": f"scaled-{number:06d}",
            "title": base["title"],
            "body": "\n\n".join(body),
            "published": dt.date.fromordinal(first_day + rng.randint(0, days)).isoformat(),
            "publisher": rng.choice(("Reuters", "Reuters", "Reuters Canada", "Reuters Mexico")),
            "url": None,
        }


def write_scaled(articles: list[dict], total: int = SCALED_SIZE, out: Path = SCALED_DIR) -> int:
    """Write the scaled corpus as shards of SHARD_SIZE articles; return the number written."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    batch: list[dict] = []
    written = 0
    for article in scaled_articles(articles, total):
        batch.append(article)
        if len(batch) == SHARD_SIZE:
            written += _flush(out, written, batch)
    return written + (_flush(out, written, batch) if batch else 0)


def _flush(out: Path, start: int, batch: list[dict]) -> int:
    write_jsonl(out / f"scaled-{start:06d}.jsonl", batch)
    count = len(batch)
    batch.clear()
    return count


def main() -> None:
    """Convert Reuters-21578 and optionally write the scaled corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaled", type=int, metavar="N", help="also write a scaled corpus of N articles")
    args = parser.parse_args()
    stats = convert()
    print(
        f"Reuters: {stats.articles} articles in {stats.files} shards → {REUTERS_DIR}; "
        f"skipped {stats.skipped_no_body} without body text, {stats.skipped_no_date} without a date"
    )
    if args.scaled:
        count = write_scaled(read_corpus(REUTERS_DIR), args.scaled)
        print(f"Scaled: {count} articles → {SCALED_DIR}")


if __name__ == "__main__":
    main()
