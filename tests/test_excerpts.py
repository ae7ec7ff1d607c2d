"""Excerpt marks must be exactly the tokens the body field's own analyzer turns into a query term:
the fast matcher (a prefix search, then the tokenizer at each candidate place) against Whoosh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.schema import build_schema
from search_app.excerpts import _matched_spans, _prefixes, make_excerpts

ANALYZER = build_schema()["body"].analyzer
PIECES = [
    "tariff",
    "Tariffs",
    "U.S.",
    "trade",
    "TRADED",
    "x.trade",
    "trade.x",
    "re-trade",
    "*trade",
    "policy",
    "policies",
    "dairy",
    "Dairy's",
    "a",
    "the",
    "1987",
    "Ünited",
    "é",
    "during",
    "dure",
    ".",
    ",",
    "-",
]
SEPARATORS = [" ", "", "\n", ".", "\n\n", "'", "*"]


def analyzer_spans(body: str, start: int, end: int, terms: set[str]) -> list[tuple[int, int, str]]:
    """What Whoosh's StemmingAnalyzer yields for ``body[start:end]``, kept where it is a query term."""
    tokens = ANALYZER(body[start:end], positions=True, chars=True)
    return [(start + t.startchar, start + t.endchar, t.text) for t in tokens if t.text in terms]


texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts)
)
queries = st.sets(st.sampled_from(["tariff", "trade", "u.", "u.s", "polici", "dairi", "dure", "1987"]), min_size=1)


@settings(max_examples=400, deadline=None)
@given(body=texts, terms=queries, cut=st.integers(0, 6))
def test_marked_tokens_are_the_analyzers_query_terms(body, terms, cut):
    start = min(cut, len(body))
    assert _matched_spans(body, start, len(body), terms, _prefixes(terms)) == analyzer_spans(
        body, start, len(body), terms
    )


def test_excerpt_marks_stemmed_forms_and_escapes_text():
    body = "Tariffs <b>rose</b>.\n\nNothing here.\n\nThe U.S. tariff on dairy."
    paragraphs = [("p1", 0, 20), ("p2", 22, 35), ("p3", 37, len(body))]
    excerpts = make_excerpts(body, paragraphs, {"tariff", "u."}, ANALYZER)
    assert [e.paragraph for e in excerpts] == ["p3", "p1"]
    assert str(excerpts[0].html) == "The <mark>U.S</mark>. <mark>tariff</mark> on dairy."
    assert str(excerpts[1].html) == "<mark>Tariffs</mark> &lt;b&gt;rose&lt;/b&gt;."
