"""A small fixture corpus with known parties, chapters, publishers and dates, for service tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_article

ARTICLES = [
    (
        "a1",
        "Canada rejects dairy demands",
        "Canada said on Monday it would defend supply management for dairy farmers.",
        "2017-08-14",
        "Reuters",
    ),
    (
        "a2",
        "Mexico weighs auto rules of origin",
        "Mexico said it could accept higher regional value content for autos."
        "\n\nThe next round runs from October 11-15.",
        "2017-09-20",
        "Reuters",
    ),
    (
        "a3",
        "U.S. tables sunset clause",
        "The United States proposed a sunset clause that would end NAFTA after five years.",
        "2017-10-13",
        "Politico",
    ),
    (
        "a4",
        "Chapter 19 panels under fire",
        "The U.S. wants to eliminate the Chapter 19 dispute settlement panels; Canada objects.",
        "2017-11-02",
        "Politico",
    ),
    (
        "a5",
        "Digital trade chapter advances",
        "Negotiators from Canada, Mexico and the United States closed talks on digital trade and safe harbor rules.",
        "2018-01-29",
        "Inside U.S. Trade",
    ),
    (
        "a6",
        "Lighthizer on procurement",
        "Robert Lighthizer said U.S. government procurement should favour American firms.",
        "2018-03-05",
        "Reuters",
    ),
    (
        "a7",
        "Freeland defends Chapter 19",
        "Chrystia Freeland said Canada will not accept a deal without dispute settlement.",
        "2018-08-30",
        "Reuters",
    ),
    (
        "a8",
        "Guajardo optimistic on autos",
        "Ildefonso Guajardo said Mexico and the U.S. agreed on auto rules of origin on August 27, 2018.",
        "2018-08-28",
        "El Economista",
    ),
    (
        "a9",
        "Energy and labor",
        "Mexico's energy reform and labor rules were discussed in Mexico City.",
        "2018-05-10",
        "El Economista",
    ),
    (
        "a10",
        "Trade remedies",
        "Canada fears antidumping and countervailing duties on softwood lumber from the United States.",
        "2018-06-01",
        "Globe and Mail",
    ),
    (
        "a11",
        "Tariffs on steel",
        "The United States imposed tariffs on steel from Canada and Mexico in June 2018.",
        "2018-06-02",
        "Globe and Mail",
    ),
    ("a12", "Weekly wrap", "No talks were held this week.", "2018-07-06", "Politico"),
]


def write_fixture_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for id_, title, body, published, publisher in ARTICLES:
        write_article(folder, id_, title, body, published=published, publisher=publisher)
    return folder
