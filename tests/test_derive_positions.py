"""Positions: a party's stance on a chapter, from sentences and from the seed's table."""

from __future__ import annotations

from pathlib import Path

from indexer.derive.chapters import find_chapters
from indexer.derive.parties import find_parties
from indexer.derive.positions import find_positions
from indexer.loading import load_file, make_article
from indexer.models import Article, Position

SEEDS = Path(__file__).parent.parent / "corpus" / "articles"


def positions_of(article: Article) -> list[Position]:
    """Run the party and chapter finders, then the position finder, on ``article``."""
    mentions = sorted([*find_parties(article), *find_chapters(article)], key=lambda m: m.start)
    return find_positions(article, mentions)


def triples(positions: list[Position]) -> set[tuple[str, str, str]]:
    return {(p.party, p.stance, p.chapter) for p in positions}


def test_sentence_stances_belong_to_the_nearest_party() -> None:
    article = make_article("t", "T", "Canada rejected the U.S. proposal on dairy supply management.", "2018-01-15")
    assert triples(positions_of(article)) == {
        ("canada", "opposes", "agriculture"),
        ("united-states", "proposes", "agriculture"),
    }


def test_no_position_without_a_stance_word() -> None:
    article = make_article("t", "T", "Canada and the U.S. discussed dairy.", "2018-01-15")
    assert positions_of(article) == []


def test_seed_table_and_guajardo_sentence() -> None:
    article = load_file(SEEDS / "nafta-intersessional-december-2017.md")[0]
    found = triples(positions_of(article))
    for chapter in ("digital-trade", "textiles", "customs"):
        assert ("united-states", "proposes", chapter) in found
        assert ("canada", "opposes", chapter) in found
        assert ("mexico", "opposes", chapter) in found
    assert ("mexico", "accepts", "rules-of-origin") in found
    assert ("canada", "opposes", "rules-of-origin") not in found  # the TPL row names textiles first


def test_seed_ustr_objectives() -> None:
    article = load_file(SEEDS / "ustr-nafta-renegotiation-objectives-2017.md")[0]
    positions = positions_of(article)
    found = triples(positions)
    assert ("united-states", "proposes", "dispute-settlement") in found
    assert ("united-states", "proposes", "rules-of-origin") in found
    assert {p.party for p in positions} == {"united-states"}
    for position in positions:
        assert article.body[position.start : position.end] == position.text
        assert position.paragraph == article.paragraph_at(position.start).id


def test_a_group_subject_is_no_party() -> None:
    text = "Canada opposed the U.S. proposal on dairy. Later, the three countries agreed to keep the dispute panels."
    found = triples(positions_of(make_article("t", "T", text, "2018-01-15")))
    assert found == {("canada", "opposes", "agriculture"), ("united-states", "proposes", "agriculture")}


def test_a_stance_introduced_by_its_party() -> None:
    text = "Canada rejected demands by the United States on dairy supply management."
    found = triples(positions_of(make_article("t", "T", text, "2018-01-15")))
    assert found == {("canada", "opposes", "agriculture"), ("united-states", "demands", "agriculture")}


def test_a_repeated_sentence_states_its_positions_once() -> None:
    text = (
        "Mexico accepted the U.S. proposal on rules of origin.\n\nMexico accepted the U.S. proposal on rules of origin."
    )
    positions = positions_of(make_article("t", "T", text, "2018-01-15"))
    assert len(positions) == 2
