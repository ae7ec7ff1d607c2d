"""Party mentions: country names, capitals as metonyms, offices, and the traps of the issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.derive.parties import find_parties
from indexer.loading import load_file, make_article

SEEDS = Path(__file__).parent.parent / "corpus" / "articles"


def parties_in(text: str, published: str = "2018-01-15") -> list[tuple[str, str]]:
    """Return (text, slug) for every party mention in a one-paragraph article."""
    article = make_article("t", "Test", text, published)
    return [(m.text, m.value) for m in find_parties(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and Canada met.", [("U.S.", "united-states"), ("Canada", "canada")]),
        ("Canada's offer and Mexico's reply.", [("Canada", "canada"), ("Mexico", "mexico")]),
        ("U.S.-made cars", [("U.S.", "united-states")]),
        ("the United\nStates of America", [("United\nStates", "united-states"), ("America", "united-states")]),
        ("The US wants more.", [("US", "united-states")]),
        ("The USTR tabled it.", [("USTR", "united-states")]),
        ("the Federal District (US $26,320)", []),
        ("the 6-mln-U.S.-dlr Dash 8", []),
        ("guidelines by the Canadian Institute of Chartered Accountants", [("Canadian", "canada")]),
        ("Canadian Pacific Ltd rose.", []),
        ("Ottawa rejected the plan.", [("Ottawa", "canada")]),
        ("Washington insisted.", [("Washington", "united-states")]),
        ("American negotiators", [("American", "united-states")]),
        ("Canadian Prime Minister Justin Trudeau", [("Canadian", "canada"), ("Trudeau", "canada")]),
        ("the United Mexican States", [("United Mexican States", "mexico")]),
    ],
)
def test_finds_party_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert parties_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Let us meet in New Mexico.",
        "Trade within North America grew.",
        "North American content rules",
        "Latin America and Central America and South America",
        "American Express and Canadian Pacific Ltd reported earnings.",
        "Bank of America said so.",
        "The talks were held in Washington D.C. and in Washington, D.C.",
        "Officials met in Washington last week.",
        "the Gulf of Mexico",
        "It was done at Mexico City.",
        "The NAFTA countries met; tell us more.",
        "U.S. Shoe Corp raised its dividend.",
    ],
)
def test_not_party_mentions(text: str) -> None:
    assert parties_in(text) == []


def test_foreign_congress_is_not_the_us_congress() -> None:
    assert parties_in("The Mexican Congress voted.") == [("Mexican", "mexico")]
    assert parties_in("Congress voted.") == [("Congress", "united-states")]
    assert parties_in("The Republican Congress voted.") == [("Congress", "united-states")]  # "-an", not foreign


def test_office_of_a_party() -> None:
    assert ("Mexico", "mexico") in parties_in("Mexico’s Secretary of Economy, Ildefonso Guajardo, spoke.")
    assert parties_in("Trade Representative Clayton Yeutter said") == [
        ("Trade Representative", "united-states"),
        ("Yeutter", "united-states"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nafta-intersessional-december-2017.md", ["united-states", "canada", "mexico"]),
        ("ustr-nafta-renegotiation-objectives-2017.md", ["united-states", "mexico"]),
    ],
)
def test_seed_parties_exact(name: str, expected: list[str]) -> None:
    article = load_file(SEEDS / name)[0]
    mentions = find_parties(article)
    assert list(dict.fromkeys(m.value for m in mentions)) == expected
    for mention in mentions:
        assert article.body[mention.start : mention.end] == mention.text
        paragraph = article.paragraph_at(mention.start)
        assert paragraph is not None and mention.paragraph == paragraph.id
        assert mention.end <= paragraph.end


@pytest.mark.parametrize(
    "text",
    [
        "The United States-Mexico-Canada Agreement replaced it.",
        "The United States–Mexico–Canada Agreement and the US-Mexico-Canada deal.",
        "the 1987 Canada-United States Free Trade Agreement",
        "under the Canada-U.S. Free Trade Agreement",
        "The USMCA, CUSMA and T-MEC are one treaty.",
        "GM Canada and Gulf Canada Resources reported earnings.",
        "Shares of Canadian Pacific and Grupo Mexico rose.",
        "Sales were 819 mln Canadian dlrs, or 600 mln U.S. dlrs.",
        "The U.S. dollar fell against the Mexican peso.",
        "He reinstated the Mexico City Policy on foreign aid.",
    ],
)
def test_names_and_currencies_are_not_party_mentions(text: str) -> None:
    assert parties_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statistics Canada said exports fell.", [("Canada", "canada")]),
        ("In Canada the plan failed.", [("Canada", "canada")]),
        ("The U.S.-Canada free trade talks resumed.", [("U.S.", "united-states"), ("Canada", "canada")]),
        ("exports to Canada Monday", [("Canada", "canada")]),
    ],
)
def test_country_names_that_stay_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert parties_in(text) == expected


def test_a_us_statute_names_the_united_states_by_its_institutions() -> None:
    """The U.S. Code names its own government without the country's name: "the President", "appropriate
    congressional committees"; a news story's "the President" may be any country's."""
    text = "The President shall report to the appropriate congressional committees and the Department of Labor."
    statute = make_article("usc", "19 U.S.C. 1", text, "2020-01-29", publisher="U.S. Code")
    found = [(m.text, m.value) for m in find_parties(statute)]
    assert found == [
        ("President", "united-states"),
        ("congressional", "united-states"),
        ("Department of Labor", "united-states"),
    ]
    assert parties_in(text) == []


def test_another_bodys_congress_is_not_the_us_congress() -> None:
    assert parties_in("He told the World Petroleum Congress in Houston.") == []
    assert parties_in("The Democratic Congress is wary; Congress voted.") == [
        ("Congress", "united-states"),
        ("Congress", "united-states"),
    ]


def test_a_cuisine_and_an_inter_american_bank_are_not_parties() -> None:
    assert parties_in("The chain runs Mexican restaurants; the Inter-American Development Bank lent.") == []
