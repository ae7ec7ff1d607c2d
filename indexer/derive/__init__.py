"""Derive stage: find parties, chapters, dates, people, organisations and positions in an article.

Each finder is a pure function of the article; ``derive`` combines them. The helpers below are
shared by the finders (they are defined before any finder is imported, so finders may import them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.models import Article, Derivation, Mention, Position

_SENTENCE_END = re.compile(r"[.!?](?:\[\d+\])*[\"')\]”’]*(?:\[\d+\])*\s+(?=[\"“(\[]?[A-Z0-9])")  # "end.[12] Next"
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|Ave|Dept|Pres)$"
)


def paragraph_id(article: Article, offset: int) -> str:
    """Return the id of the paragraph holding ``offset`` (empty if it lies between paragraphs)."""
    paragraph = article.paragraph_at(offset)
    return paragraph.id if paragraph else ""


def make_mention(article: Article, type_: str, value: str, start: int, end: int, **extra: str | None) -> Mention:
    """Build a mention of ``article.body[start:end]`` with its paragraph id."""
    text = article.body[start:end]
    return Mention(type_, value, start, end, text, paragraph_id(article, start), **extra)


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return their spans shifted by ``offset``."""
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, end.start() - 12), end.start()):
            continue
        spans.append((offset + start, offset + end.start() + 1))
        start = end.end()
    if start < len(text):
        spans.append((offset + start, offset + len(text)))
    return spans


def article_sentences(article: Article) -> list[tuple[int, int]]:
    """Return the spans of every sentence of the article body, paragraph by paragraph."""
    return [span for p in article.paragraphs for span in sentence_spans(p.text, p.start)]


def derive(article: Article) -> Derivation:
    """Run every finder on ``article``; mentions come back sorted by start offset."""
    from indexer.derive.chapter_model import decide
    from indexer.derive.chapters import find_chapters
    from indexer.derive.dates import find_dates
    from indexer.derive.parties import find_parties
    from indexer.derive.people import find_people_and_organizations
    from indexer.derive.positions import find_positions

    mentions = [
        *find_parties(article),
        *decide(article, find_chapters(article)),
        *find_dates(article),
        *find_people_and_organizations(article),
    ]
    mentions = _people_of_the_only_party(article, mentions)
    mentions = _shared_titles_need_their_country(article, mentions)
    mentions += _institutions_as_parties(article, mentions)
    mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    return Derivation(article.id, mentions, find_positions(article, mentions))


# Titles no official of the party carries: a "Prime Minister" in an article that names only the United States
# is a foreign leader, not an American one.
_OTHER_TITLES = {
    "united-states": re.compile(r"\b(?i:Minister|Ministers|Premier|Chancellor|MP|King|Queen|Emperor)\b"),
    "canada": re.compile(r"\b(?:Congressman|Congresswoman|Rep|Chancellor|Emperor|King|Queen)\b"),
    "mexico": re.compile(r"\b(?:Prime|Premier|Congressman|Congresswoman|Rep|Chancellor|Emperor|King|Queen|MP)\b"),
}


_OBSERVER = re.compile(r"(?i:\b(?:analyst|economist|editor|professor|historian|columnist)s?\b)")  # a view, not a side


def _people_of_the_only_party(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A person with no country of their own ("Energy Minister Marcel Masse" in a story about Canada alone), no
    foreign word just before the name or in the appositive after it, and no title that party's people never carry,
    belongs to the article's only party, unless the story also speaks of a country outside NAFTA: a U.S.-Japan
    story's unplaced officials are as likely Japanese."""
    from indexer.derive.people import abroad, foreign_after, foreign_before, international_role

    parties = {m.value for m in mentions if m.type == "party"}
    if len(parties) != 1 or abroad(article.body):
        return mentions
    (only,) = parties
    people = [m for m in mentions if m.type == "person"]
    placed = {
        m.value
        for m in people
        if m.party
        or foreign_before(article.body, m.start)
        or foreign_after(article.body, m.end)
        or (m.role and _OTHER_TITLES[only].search(m.role))
        or international_role(m.role)
        or (m.role and _OBSERVER.search(m.role))
    }
    joining = {m.value for m in people} - placed
    return [replace(m, party=only) if m.type == "person" and m.value in joining else m for m in mentions]


# A government's own body names its party ("the National Energy Board said", "the Federal Reserve"); an association,
# a union, a political party or an exchange of that country does not.
_INSTITUTION = re.compile(
    r"\b(?:Department|Commission|Board|Agency|Administration|Service|Office|Bureau|Reserve|Congress|Senate|House|"
    r"Court|Tribunal|Ministry|Secretariat|Treasury|Council of Economic Advisers|National Security Council|"
    r"Bank of (?:Canada|Mexico)|Export-Import Bank|Credit Corporation|Development Corporation|Investment Corporation|"
    r"Parliament|Committee|Canada)\b"
)
_NOT_INSTITUTION = re.compile(
    r"\b(?:Association|Chamber|Federation|Union|Party|Institute|Pool|Stock Exchange|Business)\b"
)


def _institutions_as_parties(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A party mention for each known government institution of a party that no party mention already covers."""
    from indexer.derive.people import of_a_state

    covered = [(m.start, m.end) for m in mentions if m.type == "party"]
    return [
        make_mention(article, "party", m.party, m.start, m.end)
        for m in mentions
        if m.type == "organization"
        and m.party
        and _INSTITUTION.search(m.value)
        and not _NOT_INSTITUTION.search(m.value)
        and not of_a_state(m.value)
        and (len(m.text.split()) > 1 or m.text.isupper())  # a bare "Treasury" may be any country's
        and not any(start < m.end and m.start < end for start, end in covered)
    ]


# Titles many governments have: a "Treasury Secretary" in a story about Argentina that never names the United
# States is Argentina's.
_SHARED_TITLE = re.compile(
    r"\b(?i:treasury|secretary|minister|governor|commerce|agriculture|energy|finance|speaker|commons|parliament)\b"
)
# Bodies many countries have: "the House of Commons" in a story about Britain that never names Canada is Britain's.
_SHARED_BODIES = {"House of Commons", "Commons", "Parliament", "Senate", "Supreme Court", "House of Representatives"}


def _shared_titles_need_their_country(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A person placed in a party only by a title many countries share, or a body many countries have, in a story
    that names that party nowhere but speaks of another country, has no party."""
    from indexer.derive.people import abroad, known_as, known_party

    named = {m.value for m in mentions if m.type == "party"}
    if not abroad(article.body):
        return mentions
    return [
        replace(m, party=None)
        if m.party
        and m.party not in named
        and (
            (m.type == "person" and _SHARED_TITLE.search(m.role or "") and known_party(known_as(m.value)) != m.party)
            or (m.type == "organization" and " ".join(m.text.split()) in _SHARED_BODIES)
        )
        else m
        for m in mentions
    ]


def extraction_json(derivation: Derivation) -> dict:
    """Render a derivation as the JSON object of the ``extract`` command's contract."""
    return {
        "parties": derivation.values("party"),
        "chapters": derivation.values("chapter"),
        "dates": _dates(derivation.mentions),
        "people": _named(derivation.mentions, "person"),
        "organizations": _named(derivation.mentions, "organization"),
        "positions": [_position(p) for p in derivation.positions],
        "mentions": [_mention(m) for m in derivation.mentions],
    }


def _dates(mentions: list[Mention]) -> list[dict]:
    return [
        {"text": m.text, "start": m.date_start, "end": m.date_end, "precision": m.precision}
        for m in mentions
        if m.type == "date"
    ]


def _named(mentions: list[Mention], type_: str) -> list[dict]:
    """One entry per distinct name; the first known party wins."""
    parties: dict[str, str | None] = {}
    for m in mentions:
        if m.type == type_:
            parties[m.value] = parties.get(m.value) or m.party
    return [{"name": name, "party": party} for name, party in parties.items()]


def _position(p: Position) -> dict:
    return {
        "party": p.party,
        "stance": p.stance,
        "chapter": p.chapter,
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "paragraph": p.paragraph,
    }


def _mention(m: Mention) -> dict:
    return {"type": m.type, "value": m.value, "start": m.start, "end": m.end, "text": m.text, "paragraph": m.paragraph}
