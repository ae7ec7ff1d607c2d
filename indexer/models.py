"""Records that cross module boundaries: articles, paragraphs, mentions and entity records."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article body; ``body[start:end] == text``."""

    id: str  # "p1", "p2", ... stable for a given body
    start: int
    end: int
    text: str


@dataclass
class Article:
    """A validated source article, as loaded from the corpus."""

    id: str
    title: str
    body: str
    publisher: str
    published: dt.date | None  # None only for plain-text imports, which carry no date
    published_precision: str = "day"  # "day" | "month" | "year" | "unknown"
    author: str | None = None
    url: str | None = None
    source: str = ""  # the corpus file it came from (and line, for JSON Lines)

    @functools.cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The body's paragraphs, split on first use: an incremental build never needs those of
        unchanged articles, and a full build splits them in its worker processes."""
        from indexer.paragraphs import split_paragraphs

        return split_paragraphs(self.body)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """Return the paragraph that contains character ``offset`` of the body."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None


@dataclass(frozen=True)
class Mention:
    """One derived mention, traced to its passage: ``article.body[start:end] == text``.

    ``type`` is one of "party", "chapter", "date", "person", "organization".
    ``value`` is the canonical value: a party or chapter slug, a person's or
    organisation's canonical name, or for a date the ISO interval "START/END".
    """

    type: str
    value: str
    start: int
    end: int
    text: str
    paragraph: str
    party: str | None = None  # the party a person or organisation belongs to
    date_start: str | None = None  # ISO day, dates only
    date_end: str | None = None  # ISO day (inclusive), dates only
    precision: str | None = None  # "day" | "range" | "month" | "year", dates only
    role: str | None = None  # a title or role seen with a person ("Sen.", "Secretary")


@dataclass(frozen=True)
class Position:
    """A party's stated stance on a chapter, with the passage that states it."""

    party: str
    stance: str  # "proposes" | "demands" | "opposes" | "accepts"
    chapter: str
    start: int
    end: int
    text: str
    paragraph: str


@dataclass
class Derivation:
    """Everything derived from one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    def values(self, type_: str) -> list[str]:
        """Distinct values of one mention type, in order of first mention."""
        seen: dict[str, None] = {}
        for mention in self.mentions:
            if mention.type == type_:
                seen.setdefault(mention.value, None)
        return list(seen)


@dataclass
class EntityRecord:
    """One entity aggregated across the corpus, with all its mentions."""

    id: str  # "<kind>:<slug>", e.g. "person:robert-lighthizer", "chapter:rules-of-origin"
    kind: str  # "party" | "chapter" | "person" | "organization" | "date"
    name: str
    aliases: list[str] = field(default_factory=list)
    party: str | None = None
    role: str | None = None
    chapters: list[str] = field(default_factory=list)  # co-mentioned chapter slugs
    articles: list[str] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # {article, paragraph, start, end, text, date}
    positions: list[dict] = field(default_factory=list)  # chapter and party records only
    facts: dict = field(default_factory=dict)  # e.g. NAFTA / USMCA chapter numbers
