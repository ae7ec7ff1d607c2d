"""'Did you mean': the nearest indexed word first, then the one more documents hold."""

from __future__ import annotations

from search_app.spelling import Speller


def test_nearest_word_first_then_the_most_frequent():
    speller = Speller({"tariff": 5, "tariffs": 50, "tarifa": 1, "traffic": 100})
    assert speller.suggest("tarif", limit=3) == ["tariff", "tarifa", "tariffs"]
    assert speller.suggest("tarif", limit=1) == ["tariff"]


def test_a_word_far_from_every_indexed_word_gets_no_suggestion():
    assert Speller({"lighthizer": 3, "guajardo": 2}).suggest("freeland", limit=1) == []
