"""The fast path (bitmaps and numpy over the sidecar) must agree with Whoosh itself:
the same matching documents and the same facet counts as Whoosh's own ``groupedby``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh import sorting

from indexer.building import build_index
from search_app.facets import FACETS
from search_app.index import IndexHandle
from search_app.params import parse_params
from search_app.querying import parse_query
from search_app.service import matching_documents, search
from tests.fixture_corpus import write_fixture_corpus

WORDS = [
    "canada",
    "mexico",
    "tariffs",
    "dairy",
    "rules",
    "origin",
    "autos",
    "chapter",
    "19",
    "sunset",
    "trade",
    "lumber",
    "steel",
    "digital",
    "lighthizer",
    "freeland",
    "procurement",
    "energy",
    "labor",
    "dispute",
    "settlement",
    "nothing",
]
PARTIES = ["canada", "mexico", "united-states"]
CHAPTERS = ["rules-of-origin", "dispute-settlement", "agriculture", "trade-remedies", "energy", "digital-trade"]


@pytest.fixture(scope="module")
def handle(tmp_path_factory):
    root = tmp_path_factory.mktemp("fastpath")
    build_index(write_fixture_corpus(root / "corpus"), root / "index")
    return IndexHandle(root / "index")


def query_texts():
    word = st.sampled_from(WORDS)
    phrases = st.sampled_from(
        ['"rules of origin"', '"dispute settlement"', '"sunset clause"', '"chapter 19"', '"of origin"']
    )
    term = word | word.map(lambda w: f"{w}*") | st.tuples(word, word).map(lambda p: f'"{p[0]} {p[1]}"') | phrases
    term = term | phrases.map(lambda p: f"{p}~2")  # a slop: Whoosh checks it
    term = term | st.sampled_from(["party:canada", "chapter:energy", "kind:person", "title:trade", "publisher:reuters"])
    clause = st.tuples(term, st.sampled_from([" ", " AND ", " OR ", " NOT ", " AND NOT "]), term).map("".join)
    return st.one_of(
        term, clause, st.tuples(clause, st.sampled_from([" OR ", " "]), term).map(lambda p: f"({p[0]}){p[1]}{p[2]}")
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=query_texts())
def test_matching_documents_equal_whoosh(handle, text):
    generation, searcher = handle.searcher()
    parsed = parse_query(text, searcher)
    fast = set(matching_documents(parsed.query, generation, searcher))
    assert fast == set(searcher.docs_for_query(parsed.query)), parsed.query


def whoosh_counts(searcher, query, field, filters):
    """Facet counts by Whoosh's groupedby over the query restricted by ``filters``."""
    restrict = wq.And([query, *filters]) if filters else query
    results = searcher.search(restrict, groupedby=sorting.FieldFacet(field, allow_overlap=True), limit=None)
    return {
        value.decode() if isinstance(value, bytes) else value: len(docs)
        for value, docs in results.groups(field).items()
    }


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=query_texts() | st.just(""),
    parties=st.lists(st.sampled_from(PARTIES), unique=True, max_size=2),
    chapters=st.lists(st.sampled_from(CHAPTERS), unique=True, max_size=2),
)
def test_facet_counts_equal_whoosh_groupedby(handle, text, parties, chapters):
    generation, searcher = handle.searcher()
    params, errors = parse_params(
        {"q": [text], "party": parties, "chapter": chapters, "size": ["100"], "facet_size": ["1000"]}
    )
    assert not errors
    result = search(params, generation, searcher)
    query = parse_query(text, searcher).query
    party_filter = [wq.Or([wq.Term("party", p) for p in parties])] if parties else []
    chapter_filter = [wq.Or([wq.Term("chapter", c) for c in chapters])] if chapters else []
    own_filter_excluded = {"party": chapter_filter, "chapter": party_filter}
    for spec in FACETS:
        filters = own_filter_excluded.get(spec.name, party_filter + chapter_filter)
        expected = whoosh_counts(searcher, query, spec.field, filters)
        got = {v.value: v.count for v in next(f for f in result.facets if f.name == spec.name).values if v.count}
        assert got == {k: v for k, v in expected.items() if v and k is not None}, spec.name
    assert result.total == len(searcher.search(wq.And([query, *party_filter, *chapter_filter]), limit=None))


def test_relevance_order_matches_whoosh_bm25f_for_plain_terms(handle):
    generation, searcher = handle.searcher()
    for text in ("canada", "rules of origin", "tariffs OR steel", "mexico autos"):
        params, _ = parse_params({"q": [text], "kind": ["article"], "size": ["100"]})
        ours = [hit.id for hit in search(params, generation, searcher).hits]
        parsed = parse_query(text, searcher)
        theirs = [
            searcher.stored_fields(hit.docnum)["id"]
            for hit in searcher.search(parsed.query, limit=None)
            if searcher.stored_fields(hit.docnum)["kind"] == "article"
        ]
        assert set(ours) == set(theirs)
        assert ours[:3] == theirs[:3], text


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "During",
                "making",
                "hoped",
                "its",
                "It",
                "U.S.",
                "policies",
                "policy",
                "rules",
                "ruled",
                "Canada's",
                "negotiations",
                "negotiate",
                "dairy",
                "de",
                "minimis",
                "tariff-rate",
                "quota",
                "1987",
                "a",
                "x*y",
            ]
        ),
        min_size=1,
        max_size=40,
    ),
    seps=st.lists(st.sampled_from([" ", ", ", ".\n\n", " - ", "\n"]), min_size=40, max_size=40),
    pick=st.integers(min_value=1, max_value=4),
)
def test_excerpt_marks_equal_the_body_analyzer(words, seps, pick):
    """The excerpt's fast word matcher marks exactly the tokens Whoosh's body analyzer would."""
    from indexer.schema import build_schema
    from search_app.excerpts import _matched_spans, _prefixes

    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    tokens = [(t.startchar, t.endchar, t.text) for t in build_schema()["body"].analyzer(text, chars=True, mode="index")]
    terms = {t[2] for t in tokens[::pick]}
    assert _matched_spans(text, 0, len(text), terms, _prefixes(terms)) == [t for t in tokens if t[2] in terms]


@settings(max_examples=40, deadline=None)
@given(
    dtype=st.sampled_from(["<u4", "<i8", "<f4", "<u2", "|u1"]),
    shape=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=2),
)
def test_sidecar_arrays_open_like_np_load(tmp_path_factory, dtype, shape):
    """The sidecar maps its arrays without np.load (whose header parser is not thread-safe on CPython 3.11)."""
    import numpy as np

    from indexer.postings import open_npy

    path = tmp_path_factory.mktemp("npy") / "a.npy"
    array = np.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)
    np.save(path, array)
    opened = open_npy(path)
    assert opened.dtype == array.dtype and opened.shape == array.shape
    assert np.array_equal(np.asarray(opened), array)
