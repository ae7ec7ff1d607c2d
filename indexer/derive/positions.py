"""Derive stage, positions: where an article says a party proposes, demands, opposes or accepts a chapter.

Rule-based and sentence-level. A stance word ("proposal", "demands", "opposition", "accommodate")
belongs to the party mentioned nearest before it, together with the parties coordinated with that one
("Canadian and/or Mexican opposition"), unless a party is introduced right after it ("demands by the
United States", "opposition from Canada"); with no party before it, the actor of a recent stance sentence
holds it (a discourse carries its subject on). A stance whose subject is a group that is no single party
("the three countries agreed", "both sides rejected") belongs to no party. The stance applies to every
chapter mentioned in the sentence; a passage repeated word for word states its positions once. A heading
paragraph without final punctuation followed by such rows is a table: each row states one chapter (its first),
with the heading's stances.
"""

from __future__ import annotations

import re

from indexer.derive import sentence_spans
from indexer.models import Article, Mention, Position

_STANCES = {
    "proposes": r"propos\w*|tabled|seeks?|seeking|sought|push(?:es|ed|ing)?\s+for|call(?:s|ed)?\s+for|objectives?|"
    r"goals?|wants?|aims?\s+to|priorit(?:y|ies)",
    "demands": r"demand\w*|insist\w*|press(?:es|ed|ing)?\s+for|ultimatum",
    "opposes": r"oppos\w*|reject\w*|resist\w*|refus\w*|object(?:s|ed)?\s+to|balk\w*|declin\w*\s+to|criticiz\w*",
    "accepts": r"accept\w*|agree[sd]?\s+to|accommodat\w*|willing\w*|conced\w*|concessions?|open\s+to|compromis\w*",
}
_STANCE = re.compile("|".join(rf"(?P<{name}>\b(?:{pattern})\b)" for name, pattern in _STANCES.items()), re.I)
_COORDINATION = re.compile(r"(?:\s*(?:,|and/or|and|or|&)\s*)+")
_INTRODUCED_BY = re.compile(r"\s+(?:(?:made|put|voiced|raised|tabled)\s+)?(?:from|by|of)\s+(?:the\s+)?", re.I)
_GROUP_SUBJECT = re.compile(
    r"\b(?:(?:the|all|both)\s+)?(?:three|two|both|all|other|NAFTA|member|partner)\s+"
    r"(?:countries|nations|sides|parties|governments|partners|members|negotiators)\s+"
    r"(?:(?:have|had|has|were|are|is|will|would|all|also|finally|eventually|later|then|now|each|both)\s+)*$"
    r"|\b(?:both|all\s+three|the\s+negotiators|negotiators|the\s+parties|the\s+sides)\s+"
    r"(?:(?:have|had|were|are|will|would|also|finally|later|then|now)\s+)*$",
    re.I,
)
_GROUP_WINDOW = 60  # characters before a stance word searched for a group subject
_CARRY_SENTENCES = 3  # how many sentences a stance's actor stays the subject
_TERMINAL = (".", "!", "?", ":", '"', "”", ")", "]")
_HEADING_WORDS, _ROW_WORDS = 15, 40  # a table heading and its rows are short


def find_positions(article: Article, mentions: list[Mention]) -> list[Position]:
    """Return each (party, stance, chapter) the article states, with the passage that states it."""
    parties = [m for m in mentions if m.type == "party"]
    chapters = [m for m in mentions if m.type == "chapter"]
    found: dict[tuple, Position] = {}
    for position in [*_sentence_positions(article, parties, chapters), *_table_positions(article, parties, chapters)]:
        passage = " ".join(position.text.split())
        found.setdefault((position.party, position.stance, position.chapter, passage), position)
    return sorted(found.values(), key=lambda p: (p.start, p.party, p.stance, p.chapter))


def _sentence_positions(article: Article, parties: list[Mention], chapters: list[Mention]) -> list[Position]:
    positions, actor, age = [], None, _CARRY_SENTENCES
    for start, end in _sentence_units(article):
        stances = _stances(
            article.body, start, end, _within(parties, start, end), actor if age < _CARRY_SENTENCES else None
        )
        age += 1
        if stances:
            actor, age = stances[-1][0], 0
        slugs = dict.fromkeys(m.value for m in _within(chapters, start, end))
        paragraph = article.paragraph_at(start)
        for party, stance in stances:
            positions.extend(
                Position(party, stance, slug, start, end, article.body[start:end], paragraph.id if paragraph else "")
                for slug in slugs
            )
    return positions


def _table_positions(article: Article, parties: list[Mention], chapters: list[Mention]) -> list[Position]:
    """Stances of a heading paragraph applied to the first chapter of each row below it."""
    positions, paragraphs = [], article.paragraphs
    for index, heading in enumerate(paragraphs):
        if heading.text.endswith(_TERMINAL) or len(heading.text.split()) > _HEADING_WORDS:
            continue
        stances = _stances(article.body, heading.start, heading.end, _within(parties, heading.start, heading.end), None)
        for row in _rows(paragraphs[index + 1 :]) if stances else []:
            first = _within(chapters, row.start, row.end)[:1]
            positions.extend(
                Position(party, stance, m.value, row.start, row.end, row.text, row.id)
                for m in first
                for party, stance in stances
            )
    return positions


def _rows(paragraphs: list) -> list:
    """The table rows that follow a heading: paragraphs up to the first that ends like prose."""
    rows = []
    for paragraph in paragraphs:
        if paragraph.text.endswith(_TERMINAL) or len(paragraph.text.split()) > _ROW_WORDS:
            break
        rows.append(paragraph)
    return rows


def _stances(body: str, start: int, end: int, parties: list[Mention], actor: str | None) -> list[tuple[str, str]]:
    """The (party, stance) pairs stated in ``body[start:end]``, in order."""
    pairs: dict[tuple[str, str], None] = {}
    for cue in _STANCE.finditer(body, start, end):
        if _GROUP_SUBJECT.search(body, max(start, cue.start() - _GROUP_WINDOW), cue.start()):
            continue
        holders = _holders(body, cue, parties) or ([actor] if actor else [])
        for party in holders:
            pairs.setdefault((party, cue.lastgroup), None)
    return list(pairs)


def _holders(body: str, cue: re.Match, parties: list[Mention]) -> list[str]:
    """The parties a stance word belongs to: one introduced right after it, else the nearest before it
    and those coordinated with it."""
    after = [m for m in parties if m.start >= cue.end()][:1]
    if after and _INTRODUCED_BY.fullmatch(body, cue.end(), after[0].start):
        return [after[0].value]
    before = [m for m in parties if m.end <= cue.start()]
    if not before:
        return []
    group = [before[-1]]
    for previous in reversed(before[:-1]):
        if not _COORDINATION.fullmatch(body, previous.end, group[-1].start):
            break
        group.append(previous)
    return list(dict.fromkeys(m.value for m in reversed(group)))


def _sentence_units(article: Article) -> list[tuple[int, int]]:
    """Sentences of the body, joining a paragraph that breaks off mid-sentence with the next one."""
    units: list[tuple[int, int]] = []
    for paragraph in article.paragraphs:
        spans = sentence_spans(paragraph.text, paragraph.start)
        if units and _broken_off(article.body, units[-1]) and paragraph.text[:1].islower():
            units[-1] = (units[-1][0], spans[0][1])
            spans = spans[1:]
        units.extend(spans)
    return units


def _broken_off(body: str, span: tuple[int, int]) -> bool:
    return not body[span[0] : span[1]].rstrip().endswith(_TERMINAL)


def _within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end]
