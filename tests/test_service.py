"""The search service on a small fixture index: exact hits, facet counts checked by brute force,
multi-select semantics, date filters, histogram, warnings and excerpt offsets."""

from __future__ import annotations

import itertools

import pytest

from indexer.building import build_index
from search_app.index import IndexHandle
from search_app.params import parse_params
from search_app.service import search
from tests.fixture_corpus import write_fixture_corpus


@pytest.fixture(scope="module")
def handle(tmp_path_factory):
    root = tmp_path_factory.mktemp("service")
    build_index(write_fixture_corpus(root / "corpus"), root / "index")
    return IndexHandle(root / "index")


def run(handle, **args):
    generation, searcher = handle.searcher()
    params, errors = parse_params({k: v if isinstance(v, list) else [str(v)] for k, v in args.items()})
    assert not errors, errors
    return search(params, generation, searcher)


def all_docs(handle):
    """Every stored document, for brute-force checks."""
    _generation, searcher = handle.searcher()
    return {docnum: fields for docnum, fields in searcher.reader().iter_docs()}


def values_of(fields, facet):
    field = {"publisher": "publisher_key"}.get(facet, facet)
    raw = fields.get(field) or ""
    return {v for v in raw.split(",") if v} if facet in ("party", "chapter") else ({raw} if raw else set())


def brute_force_counts(handle, matching_ids, filters, facet):
    """Count a facet's values over documents matching the text and every filter but its own."""
    counts = {}
    for fields in all_docs(handle).values():
        if fields["id"] not in matching_ids:
            continue
        if any(
            name != facet and selected and not values_of(fields, name) & set(selected)
            for name, selected in filters.items()
        ):
            continue
        for value in values_of(fields, facet):
            counts[value] = counts.get(value, 0) + 1
    return counts


def ids(result):
    return {hit.id for hit in result.hits}


def test_browse_lists_everything_newest_first(handle):
    result = run(handle, kind="article", size=100)
    assert result.total == 12
    dates = [hit.published for hit in result.hits]
    assert dates == sorted(dates, reverse=True)


def test_stemming_finds_other_forms(handle):
    assert "a3" in ids(run(handle, q="proposals", kind="article"))  # "proposed"


def test_phrase_and_boolean_operators(handle):
    assert ids(run(handle, q='"softwood lumber"', kind="article")) == {"a10"}
    assert ids(run(handle, q="steel OR lumber", kind="article")) == {"a10", "a11"}
    assert "a11" not in ids(run(handle, q="tariffs NOT steel", kind="article"))


def test_field_queries(handle):
    assert ids(run(handle, q="title:lighthizer", kind="article")) == {"a6"}
    assert ids(run(handle, q="publisher:politico", kind="article")) == {"a3", "a4", "a12"}


def test_alias_query_matches_tagged_articles(handle):
    # "ISDS" appears nowhere, but it names the investment chapter; "Chapter 19" names dispute settlement.
    chapter19 = run(handle, q='"Chapter 19"', kind="article")
    assert {"a4", "a7"} <= ids(chapter19)


@pytest.mark.parametrize(
    "filters",
    [
        {"party": ["canada"]},
        {"party": ["canada", "mexico"]},
        {"chapter": ["rules-of-origin"]},
        {"party": ["mexico"], "chapter": ["rules-of-origin", "energy"]},
        {"publisher": ["Reuters", "Politico"], "party": ["united-states"]},
        {"kind": ["article"], "publisher": ["Globe and Mail"]},
    ],
)
@pytest.mark.parametrize("q", ["", "canada", "mexico OR autos"])
def test_facet_counts_equal_a_brute_force_count(handle, q, filters):
    everything = run(handle, q=q, size=100)
    unfiltered_ids = ids(run(handle, q=q, size=100))
    assert everything.total == len(unfiltered_ids)
    result = run(handle, q=q, size=100, **filters)
    for facet in ("party", "chapter", "publisher", "kind"):
        expected = brute_force_counts(handle, unfiltered_ids, filters, facet)
        got = {v.value: v.count for v in next(f for f in result.facets if f.name == facet).values if v.count}
        assert got == expected, facet
    expected_total = sum(
        1
        for f in all_docs(handle).values()
        if f["id"] in unfiltered_ids and all(values_of(f, n) & set(s) for n, s in filters.items())
    )
    assert result.total == expected_total == len(ids(result))


def facet(result, name):
    return next(f for f in result.facets if f.name == name)


def pairs(facet_result):
    return [(v.value, v.count) for v in facet_result.values]


def test_facet_size_keeps_the_most_frequent_values_and_says_so(handle):
    full, cut = run(handle, facet_size=1000), run(handle, facet_size=2)
    for name in ("party", "chapter", "kind", "mentioned_month"):
        everything = pairs(facet(full, name))
        assert everything == sorted(everything, key=lambda pair: (-pair[1], pair[0])), name  # most frequent first
        assert not facet(full, name).truncated
        assert pairs(facet(cut, name)) == everything[:2], name
        assert facet(cut, name).truncated == (len(everything) > 2), name
    assert len(pairs(facet(full, "chapter"))) > 2 and len(pairs(facet(full, "mentioned_month"))) > 2
    assert pairs(facet(cut, "published_month")) == pairs(facet(full, "published_month"))  # the histogram's: whole


def test_a_selected_value_beyond_facet_size_stays_listed(handle):
    everything = pairs(facet(run(handle, facet_size=1000), "chapter"))
    rarest = everything[-1][0]
    result = run(handle, facet_size=1, chapter=rarest)
    assert [(v.value, v.count, v.selected) for v in facet(result, "chapter").values] == [
        (*everything[0], False),
        (*everything[-1], True),
    ]
    assert facet(result, "chapter").truncated


def test_selecting_canada_still_counts_mexico(handle):
    result = run(handle, party="canada", kind="article")
    party = {v.value: (v.count, v.selected) for v in next(f for f in result.facets if f.name == "party").values}
    assert party["canada"][1] is True and party["mexico"][0] > 0 and party["mexico"][1] is False


def test_selected_value_with_no_hits_stays_listed_with_zero(handle):
    result = run(handle, q="lumber", chapter=["energy"])
    chapter = {v.value: (v.count, v.selected) for v in next(f for f in result.facets if f.name == "chapter").values}
    assert chapter["energy"] == (0, True)
    assert result.total == 0


def test_published_date_range_month_precision(handle):
    result = run(handle, kind="article", published_from="2017-10", published_to="2017-11", size=100)
    assert ids(result) == {"a3", "a4"}


def test_published_date_range_day_precision(handle):
    result = run(handle, kind="article", published_from="2018-06-02", published_to="2018-06-02")
    assert ids(result) == {"a11"}


def test_mentioned_date_filter(handle):
    # a8 mentions August 27, 2018; a11 mentions June 2018 (month precision).
    assert "a8" in ids(run(handle, kind="article", mentioned_from="2018-08-27", mentioned_to="2018-08-27"))
    assert "a11" in ids(run(handle, kind="article", mentioned_from="2018-06-15", mentioned_to="2018-06-20"))
    assert "a8" not in ids(run(handle, kind="article", mentioned_from="2018-06-15", mentioned_to="2018-06-20"))


def test_histogram_counts_every_month_without_its_own_filter(handle):
    result = run(handle, kind="article", published_from="2018-06", published_to="2018-06")
    months = {m["month"]: (m["count"], m["selected"]) for m in result.histogram}
    assert months["2018-06"] == (2, True)
    assert months["2017-08"] == (1, False)
    assert months["2017-12"] == (0, False)  # gaps are filled
    assert list(months) == sorted(months)


def test_sort_and_paging(handle):
    oldest = run(handle, kind="article", sort="oldest", size=5, page=1)
    assert [h.id for h in oldest.hits][:2] == ["a1", "a2"]
    pages = [run(handle, kind="article", sort="newest", size=5, page=n) for n in (1, 2, 3)]
    seen = [h.id for p in pages for h in p.hits]
    assert len(seen) == len(set(seen)) == 12
    assert run(handle, kind="article", page=9).hits == []


def test_relevance_ranks_title_matches_first(handle):
    result = run(handle, q="procurement", kind="article")
    assert result.hits[0].id == "a6"


@pytest.mark.parametrize(
    "q, warning",
    [
        ('"rules of origin', "Unbalanced quote"),
        ("(tariffs OR steel", "Unbalanced bracket"),
        ("tariffs)", "Unbalanced bracket"),
        ("title: tariffs", "'title:' has no value"),
        ("colour:red tariffs", "Unknown field 'colour:'"),
        ("*", "'*' alone matches everything"),
        ("(" * 30 + "steel" + ")" * 30, "nested 30 deep"),
    ],
)
def test_malformed_queries_run_with_a_specific_warning(handle, q, warning):
    result = run(handle, q=q)
    assert any(warning in w for w in result.warnings), result.warnings
    assert result.total >= 0


def test_spelling_suggestion(handle):
    result = run(handle, q="lighthiser")
    assert result.suggestion == "lighthizer"


def test_spelling_suggestion_for_a_first_letter_typo(handle):
    assert run(handle, q="kighthizer").suggestion == "lighthizer"


def test_a_suggestion_corrects_at_most_five_misspelt_words(handle):
    result = run(handle, q=" ".join(["lighthiser"] * 3 + ["xqzvw", "qqqqzz", "zzvvq", "wqwqw", "lumbr", "softwod"]))
    assert result.suggestion.startswith("lighthizer lighthizer lighthizer")
    assert result.suggestion.endswith("lumbr softwod")  # the sixth and seventh are left alone


def test_excerpts_point_at_the_quoted_text(handle):
    result = run(handle, q="softwood")
    [hit] = [h for h in result.hits if h.id == "a10"]
    _generation, searcher = handle.searcher()
    body = searcher.document(id="a10")["body"]
    excerpt = hit.excerpts[0]
    assert "softwood" in body[excerpt.start : excerpt.end]
    assert "<mark>softwood</mark>" in excerpt.html


def test_excerpts_escape_article_text(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    from tests.conftest import write_article

    write_article(
        corpus, "x", "Hostile <b>title</b>", 'Tariffs <script>alert("x")</script> & <img src=x onerror=alert(1)>'
    )
    build_index(corpus, tmp_path / "i")
    result = run(IndexHandle(tmp_path / "i"), q="tariffs", kind="article")
    html = str(result.hits[0].excerpts[0].html)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "<mark>Tariffs</mark>" in html


def test_combinations_never_raise(handle):
    for party, chapter in itertools.product(
        [[], ["canada"], ["mexico", "united-states"]], [[], ["energy"], ["rules-of-origin", "labor"]]
    ):
        result = run(handle, q="trade", party=party, chapter=chapter)
        assert result.total == len(ids(run(handle, q="trade", party=party, chapter=chapter, size=100)))


def test_entity_hits_show_their_first_mention_from_the_index(handle):
    generation = handle.generation()
    hits = [h for h in run(handle, kind="party", size=10).hits]
    assert hits
    for hit in hits:
        first = generation.records[hit.id].mentions[0]
        assert hit.best_mention == first  # stored at build time, the same as the record's
