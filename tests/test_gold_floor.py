"""The gold set is valid, and the derivation holds its scores on the held-out test split above a floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.evaluation import GOLD_SUFFIX, KINDS, Report, check_gold, evaluate, format_report, load_gold

GOLD = Path(__file__).parent / "data" / "gold"
SPLITS = ("dev", "test", "labelled")

# What the derivation reached on the held-out test split, rounded down to 0.05 (so a small trade-off while
# tuning on dev passes, a real regression does not). Raise them as it improves; lower them only when the split
# itself changes, and say so here. (kind, minimum precision, minimum recall, minimum F1).
# 2026-11 (first 22 items): parties .977/.935/.956, chapters .827/.694/.754, dates .703/.684/.693, people
# .900/.931/.915, organisations .906/.592/.716; after tuning on the 28-item dev split: parties 1.000/.935/.966,
# chapters .842/.774/.807, dates .744/.763/.753, people .933/.966/.949 (attribution .964), organisations .949/.755/.841.
# 2026-11-23: 22 fresh items (annotated by readers who never saw the derivation's output, scored once before
# any tuning could see them) joined the split, which holds 44 items; measured on all 44 after the dev split grew
# to 50 items: parties 1.000/.966/.983, chapters .832/.781/.806, dates .869/.876/.872, people .919/.740/.820
# (attribution .825), organisations .869/.693/.771. The fresh items alone: parties 1.000/1.000/1.000, chapters
# .825/.786/.805, dates .928/.928/.928, people .906/.604/.725 (attribution .690), organisations .831/.663/.738.
# 2026-11-23, after a second dev round (70 items) and a given-name lexicon: people .897/.909/.903 with attribution
# .729 (was .842): the people found by their given name alone mostly come with no party (unknown, not wrong), a
# trade-off taken deliberately: the people floors rose, the attribution floor fell from .80 to .70.
# 2026-11-23, third round (dev 95 items, 25 of them fresh): parties 1.000/.966/.983, chapters .820/.781/.800,
# dates .898/.876/.887, people .897/.909/.903 (attribution .743), organisations .869/.693/.771. Chapters F1 is now
# exactly 0.80 (228/285), which is why F1 is computed from the counts; the floors stay as they are.
# 2026-11-23, fourth round (dev 119 items, 24 of them fresh): chapters .818/.801/.810, dates .907/.884/.895, the
# rest unchanged; the chapters recall and dates precision floors rose to .80 and .90.
# 2026-12-06, fifth round (labelled split, chapter model, people rules): chapters .811/.822/.816, attribution .714
# (was .743: two people of 70 lost their party while the labelled split's attribution rose .807 -> .945); the rest
# unchanged. The floors stay.
# 2026-12-06, sixth and seventh rounds (94 fresh items into the labelled split, the model retrained on 366 items):
# parties 1.000/.978/.989, chapters .801/.801/.801 (three tags of 146 fewer), dates unchanged, people .909/.909/.909
# (attribution .729), organisations .870/.699/.775. The floors stay; chapters is at its floor.
# 2026-12-06, eighth round (36 more fresh items, the chapter model retuned by cross-validation): chapters
# .808/.808/.808, the rest unchanged.
# 2026-12-06, ninth round: dates .915/.893/.904 (108 of 121), the rest unchanged; the dates F1 floor rose to .90.
# 2026-12-06, tenth round (28 more fresh items, 1987 officials in the gazetteer): chapters .815/.815/.815 (119 of
# 146), the rest unchanged (attribution .729). The floors stay.
# 2026-12-06, eleventh round (19 more fresh items, government bodies as party mentions): unchanged.
# 2026-12-06, twelfth round (16 more fresh items): chapters .814/.808/.811 (118 of 146), the rest unchanged.
# 2026-12-06, thirteenth round (19 more fresh items, people and dates passes): people .921/.909/.915, the rest
# unchanged.
# 2026-12-06, fourteenth round (14 more fresh items): unchanged.
# 2026-12-06, fifteenth round (13 more fresh items): dates .932/.909/.921 (110 of 121); the dates recall floor
# rose to .88.
# 2026-12-06, sixteenth round (15 more fresh items): unchanged.
# 2026-12-06, seventeenth round (14 more fresh items): unchanged.
# 2026-12-06, eighteenth round (12 more fresh items): unchanged.
# 2026-12-06, nineteenth to twenty-second rounds (94 more fresh items, Reuters of any topic and Wikipedia): people
# .934/.922/.928 (attribution .746), the rest unchanged; the people precision floor rose to .90. A list-of-goods
# chapter rule took chapters recall to .788, under its floor, and was not kept.
# 2026-12-07, second session: the split's item errors were read and the general ones fixed, so it is no longer
# held out: parties 1.000/.978/.989, chapters .846/.829/.837, dates .966/.934/.950, people .960/.935/.947
# (attribution .833). The floors stay as regression guards until a fresh split replaces it.
# 2026-12-07, third session: the split above moved to dev/ and a fresh one replaced it: 54 Reuters stories of any
# topic drawn at random from a wide pool, annotated by blind readers for parties, chapters, dates and people (not
# organisations), scored once at 8503347 and once at 903c413 before anyone read their errors. First sight
# (903c413): parties .964/.964/.964, chapters .684/.520/.591 (13 of 25 gold tags), dates .888/.914/.901, people
# .958/.944/.951 (attribution .912). The floors are those figures rounded down to 0.05. Organisations, which the
# fresh split does not annotate, keep a regression floor on dev/ (the old split's 44 items annotate them).
# 2026-12-07, seventh session (labor, environment and sps rules, the model retrained on 1,921 items): chapters
# .800/.640/.711 (16 of 25 gold tags, 20 predicted); its floors rose to one tag's slack below (.75/.60/.65). With
# the session's second rules and the model retrained on 2,196 items: .762/.640/.696 (21 predicted).
FLOORS = [
    ("parties", 0.95, 0.95, 0.95),
    ("chapters", 0.75, 0.60, 0.65),
    ("dates", 0.85, 0.90, 0.90),
    ("people", 0.95, 0.90, 0.95),
]
PARTY_ATTRIBUTION_FLOOR = 0.90  # people
DEV_FLOORS = [("organizations", 0.90, 0.70, 0.80)]  # dev/ 2026-12-07: .904/.750 (431 of 575)/.819


GOLD_DOCUMENTS = [document for split in SPLITS for document in load_gold(GOLD / split)]


@pytest.mark.parametrize("document", GOLD_DOCUMENTS, ids=lambda document: document.article.id)
def test_gold_item_is_valid(document):
    assert check_gold(document) == []


@pytest.mark.parametrize("split", SPLITS)
def test_every_article_has_its_gold(split):
    articles = {path.stem for path in (GOLD / split).glob("*.md")}
    golds = {path.name.removesuffix(GOLD_SUFFIX) for path in (GOLD / split).glob(f"*{GOLD_SUFFIX}")}
    assert articles == golds


def test_splits_are_disjoint_and_large_enough():
    dev, test, labelled = ({d.article.id for d in load_gold(GOLD / split)} for split in SPLITS)
    assert not dev & test and not dev & labelled and not test & labelled
    assert len(dev) >= 10 and len(test) >= 20 and len(labelled) >= 100


def test_labelled_items_say_what_was_annotated():
    """The labelled split is annotated for chapters throughout and for other kinds in part; saying so keeps an
    unannotated kind from scoring as all-missing."""
    for document in load_gold(GOLD / "labelled"):
        annotated = document.gold["annotated"]
        assert "chapters" in annotated, document.article.id
        assert set(annotated) < set(KINDS), document.article.id
        assert set(annotated) >= {kind for kind in KINDS if document.gold.get(kind)}, document.article.id


@pytest.fixture(scope="module")
def test_report() -> Report:
    try:
        return evaluate(GOLD / "test")
    except ImportError as error:
        pytest.skip(f"indexer.derive cannot be imported yet ({error}); the floors apply once it lands")


@pytest.fixture(scope="module")
def dev_report() -> Report:
    return evaluate(GOLD / "dev")


@pytest.mark.parametrize(("kind", "precision", "recall", "f1"), FLOORS, ids=[floor[0] for floor in FLOORS])
def test_score_stays_above_floor(test_report: Report, kind, precision, recall, f1):
    _assert_above(test_report, kind, precision, recall, f1)


@pytest.mark.parametrize(("kind", "precision", "recall", "f1"), DEV_FLOORS, ids=[floor[0] for floor in DEV_FLOORS])
def test_dev_score_stays_above_floor(dev_report: Report, kind, precision, recall, f1):
    _assert_above(dev_report, kind, precision, recall, f1)


def _assert_above(report: Report, kind: str, precision: float, recall: float, f1: float) -> None:
    score, table = report.scores[kind], format_report(report)
    assert score.precision >= precision, table
    assert score.recall >= recall, table
    assert score.f1 >= f1, table


def test_people_party_attribution_stays_above_floor(test_report: Report):
    assert test_report.scores["people"].party_attribution >= PARTY_ATTRIBUTION_FLOOR, format_report(test_report)


def test_floors_cover_every_kind(test_report: Report):
    """Each kind the test split annotates has a floor there; the one it does not annotate has one on dev."""
    annotated = [kind for kind in KINDS if test_report.annotated[kind]]
    assert [floor[0] for floor in FLOORS] == annotated
    assert sorted(kind for kind, *_ in FLOORS + DEV_FLOORS) == sorted(KINDS)
