"""Loading stage: read corpus files (Markdown with front matter, plain text, JSON Lines) into
validated articles, or fail naming the file and the field."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import frontmatter
import yaml

from indexer.models import Article
from indexer.settings import MAX_ARTICLE_BYTES

SUFFIXES = (".md", ".markdown", ".txt", ".jsonl")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_KNOWN_FIELDS = {"id", "title", "publisher", "author", "url", "published", "published_precision"}


class CorpusError(ValueError):
    """A corpus file that cannot be loaded; names the file and the field."""

    def __init__(self, source: str, field: str | None, message: str):
        self.source, self.field, self.message = source, field, message
        where = f"{source}: field '{field}'" if field else source
        super().__init__(f"{where}: {message}")


class CorpusErrors(ValueError):
    """Every error found in a corpus, reported together so one run shows them all."""

    def __init__(self, errors: list[CorpusError]):
        self.errors = errors
        lines = "\n".join(f"  {error}" for error in errors)
        super().__init__(f"{len(errors)} corpus error(s):\n{lines}")


def load_corpus(path: Path) -> list[Article]:
    """Load and validate every article under ``path``; raise CorpusErrors listing all problems."""
    articles: list[Article] = []
    errors: list[CorpusError] = []
    for file in corpus_files(path):
        try:
            articles.extend(load_file(file))
        except CorpusError as error:
            errors.append(error)
    errors.extend(_duplicate_ids(articles))
    if not articles and not errors:
        errors.append(CorpusError(str(path), None, f"no article files ({', '.join(SUFFIXES)}) found"))
    if errors:
        raise CorpusErrors(errors)
    return articles


def corpus_files(path: Path) -> list[Path]:
    """The article files under ``path`` (or ``path`` itself), in a stable order."""
    if not path.exists():
        raise CorpusErrors([CorpusError(str(path), None, "no such file or directory")])
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def load_file(path: Path) -> list[Article]:
    """Load one corpus file of any supported format."""
    text = _read_text(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return list(_load_jsonl(path, text))
    if suffix == ".txt":
        return [_load_txt(path, text)]
    return [_load_markdown(path, text)]


def make_article(
    id: str,
    title: str,
    body: str,
    published: object,
    *,
    publisher: str = "",
    source: str = "",
    precision: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> Article:
    """Validate fields and build an article with its paragraphs (also used by tests and tools)."""
    source = source or f"<{id}>"
    body = _clean_body(source, body)
    day, precision = parse_published(source, published, precision)
    article = Article(
        id=_check_id(source, id),
        title=_required_text(source, "title", title),
        body=body,
        publisher=(publisher or "").strip() or "Unknown publisher",
        published=day,
        published_precision=precision,
        author=_optional_text(source, "author", author),
        url=_check_url(source, url),
        source=source,
    )
    return article


def parse_published(source: str, value: object, precision: str | None) -> tuple[dt.date | None, str]:
    """Parse an ISO day, month (``2018-01``) or year; precision is inferred or checked.

    Only plain-text imports, which carry no date, pass ``precision="unknown"``.
    """
    if precision == "unknown" and value is None:
        return None, "unknown"
    if value is None or value == "":
        raise CorpusError(source, "published", "missing (an ISO date such as 2018-01-15 or 2018-01)")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        found = (value, "day")
    else:
        found = _parse_date_text(source, str(value).strip())
    if precision not in (None, found[1]):
        raise CorpusError(
            source, "published_precision", f"is {precision!r} but published {value!r} has {found[1]} precision"
        )
    return found


def _parse_date_text(source: str, text: str) -> tuple[dt.date, str]:
    try:
        if month := _MONTH.match(text):
            return dt.date(int(month[1]), int(month[2]), 1), "month"
        if year := _YEAR.match(text):
            return dt.date(int(year[1]), 1, 1), "year"
        return dt.date.fromisoformat(text), "day"
    except ValueError:
        raise CorpusError(source, "published", f"unparsable date {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise CorpusError(str(path), None, f"file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:
        raise CorpusError(
            str(path),
            "encoding",
            f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            f"(line {data[: error.start].count(10) + 1}); save the file as UTF-8",
        ) from None


def _load_markdown(path: Path, text: str) -> Article:
    try:
        post = frontmatter.loads(text)
    except (yaml.YAMLError, ValueError) as error:
        raise CorpusError(str(path), "front matter", f"invalid YAML: {_first_line(error)}") from None
    meta = post.metadata
    if not meta:
        raise CorpusError(str(path), "front matter", "missing (a YAML block between '---' lines)")
    unknown = sorted(set(meta) - _KNOWN_FIELDS)
    if unknown:
        raise CorpusError(str(path), unknown[0], f"unknown field (known: {', '.join(sorted(_KNOWN_FIELDS))})")
    return make_article(
        id=meta.get("id"),
        title=meta.get("title"),
        body=post.content,
        published=meta.get("published"),
        precision=meta.get("published_precision"),
        publisher=_required_text(str(path), "publisher", meta.get("publisher")),
        author=meta.get("author"),
        url=meta.get("url"),
        source=str(path),
    )


def _load_txt(path: Path, text: str) -> Article:
    """A plain text file: the first line is the title, the rest the body; it carries no date."""
    title, _, body = text.lstrip("\n").partition("\n")
    return make_article(_slug(path.stem), title, body, None, source=str(path), precision="unknown")


def _load_jsonl(path: Path, text: str) -> Iterator[Article]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(source, None, f"invalid JSON: {error.msg} at column {error.colno}") from None
        if not isinstance(row, dict):
            raise CorpusError(source, None, "each line must be a JSON object")
        yield make_article(
            id=row.get("id"),
            title=row.get("title"),
            body=row.get("body"),
            published=row.get("published"),
            precision=row.get("published_precision"),
            publisher=row.get("publisher"),
            author=row.get("author"),
            url=row.get("url"),
            source=source,
        )


def _duplicate_ids(articles: Iterable[Article]) -> list[CorpusError]:
    first_seen: dict[str, str] = {}
    errors = []
    for article in articles:
        if article.id in first_seen:
            errors.append(
                CorpusError(article.source, "id", f"duplicate id {article.id!r}, also in {first_seen[article.id]}")
            )
        else:
            first_seen[article.id] = article.source
    return errors


def _clean_body(source: str, body: object) -> str:
    if not isinstance(body, str) or not body.strip():
        raise CorpusError(source, "body", "empty (the article needs text below its front matter)")
    if "\x00" in body:
        raise CorpusError(source, "body", "contains a NUL byte")
    return body.strip()


def _check_id(source: str, value: object) -> str:
    if value is None or value == "":
        raise CorpusError(source, "id", "missing (a stable slug such as ustr-objectives-2017)")
    if not isinstance(value, str) or not _ID.match(value):
        raise CorpusError(source, "id", f"{value!r} is not a slug (lower-case letters, digits, '.', '_', '-')")
    return value


def _check_url(source: str, value: object) -> str | None:
    url = _optional_text(source, "url", value)
    if url and not re.match(r"^https?://[^\s/]+", url, re.IGNORECASE):
        raise CorpusError(source, "url", f"{url[:60]!r} is not an http(s) address")
    return url


def _required_text(source: str, field: str, value: object) -> str:
    text = _optional_text(source, field, value)
    if not text:
        raise CorpusError(source, field, "missing")
    return text


def _optional_text(source: str, field: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise CorpusError(source, field, f"must be text, not {type(value).__name__}")
    return " ".join(str(value).split()) or None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120] or "article"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
