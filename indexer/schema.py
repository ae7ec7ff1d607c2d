"""Index stage: the Whoosh schema shared by article and entity documents.

Articles and entity records live in one index, told apart by ``kind``: one query ranks
both, and one set of facet counts (including ``kind``) covers them, which two indexes
could only give by merging scores across them.
"""

from __future__ import annotations

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

FACET_FIELDS = ("party", "chapter", "kind", "publisher_key", "published_month", "mentioned_month")
TEXT_FIELDS = ("title", "body", "aliases", "publisher", "author")


def build_schema() -> Schema:
    """Return the schema; title and aliases are boosted above the body for BM25F."""
    stem = StemmingAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True, sortable=True),
        # No Whoosh spelling fields: they tokenised every body twice (37% of indexing time); the sidecar keeps
        # the words for "did you mean" instead (indexer.postings.spelling_words).
        title=TEXT(analyzer=stem, stored=True, field_boost=3.0),
        body=TEXT(analyzer=stem, stored=True),
        aliases=TEXT(analyzer=stem, stored=True, field_boost=2.0),
        publisher=TEXT(stored=True),
        publisher_key=ID(stored=True, sortable=True),
        author=TEXT(stored=True),
        published=DATETIME(stored=True, sortable=True),
        published_month=ID(sortable=True),
        party=KEYWORD(stored=True, commas=True, lowercase=True),
        chapter=KEYWORD(stored=True, commas=True, lowercase=True),
        about=KEYWORD(scorable=True),
        mentioned_month=KEYWORD(commas=True),
        mentioned_day=KEYWORD(commas=True),  # ISO days of intervals under two months
        mentioned_span=KEYWORD(commas=True),  # months of longer intervals (a year, a season)
        data=STORED(),
    )
