"""Scoring math of the evaluation stage, on small hand-made gold and prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.evaluation import (
    KindScore,
    Report,
    check_gold,
    evaluate,
    format_report,
    load_gold,
    normalise_name,
    predicted_items,
    score_kind,
)
from indexer.models import Article, Derivation, Mention

ARTICLE = """---
id: {id}
title: A test article
publisher: Test
published: 2018-01-15
---

{body}
"""


def write_item(directory: Path, id_: str, body: str, gold: dict) -> None:
    (directory / f"{id_}.md").write_text(ARTICLE.format(id=id_, body=body), encoding="utf-8")
    full = {"parties": [], "chapters": [], "dates": [], "people": [], "organizations": [], "notes": "", **gold}
    (directory / f"{id_}.gold.json").write_text(json.dumps(full), encoding="utf-8")


def mention(type_: str, value: str, **extra) -> Mention:
    return Mention(type=type_, value=value, start=0, end=1, text="x", paragraph="p1", **extra)


def fake_derive(predictions: dict[str, list[Mention]]):
    """A stand-in for indexer.derive.derive that returns prepared mentions per article id."""

    def derive(article: Article) -> Derivation:
        return Derivation(article.id, mentions=predictions.get(article.id, []))

    return derive


def test_kind_score_ratios():
    score = KindScore("parties", gold=4, predicted=5, tp=3)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert score.party_attribution is None


def test_kind_score_with_nothing_to_get_wrong_is_perfect():
    score = KindScore("dates")
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_kind_score_with_no_hits_has_zero_f1():
    score = KindScore("chapters", gold=2, predicted=0, tp=0)
    assert (score.precision, score.recall, score.f1) == (1.0, 0.0, 0.0)


def test_score_slugs_counts_missing_and_spurious():
    score, error = score_kind("a", "chapters", ["customs", "energy", "labor"], ["energy", "labor", "tbt", "tbt"])
    assert (score.gold, score.predicted, score.tp) == (3, 3, 2)
    assert error.missing == ("customs",)
    assert error.spurious == ("tbt",)


def test_score_dates_as_intervals():
    gold = [
        {"text": "January 9", "start": "2018-01-09", "end": "2018-01-09", "precision": "day"},
        {"text": "December", "start": "2017-12-01", "end": "2017-12-31", "precision": "month"},
        {"text": "December meeting", "start": "2017-12-01", "end": "2017-12-31", "precision": "month"},
    ]
    predicted = [{"start": "2018-01-09", "end": "2018-01-09"}, {"start": "2018-12-01", "end": "2018-12-31"}]
    score, error = score_kind("a", "dates", gold, predicted)
    assert (score.gold, score.predicted, score.tp) == (2, 2, 1)
    assert error.missing == ("2017-12-01/2017-12-31",)
    assert error.spurious == ("2018-12-01/2018-12-31",)


def test_score_people_by_folded_name_alias_and_party():
    gold = [
        {"name": "Ildefonso Guajardo", "party": "mexico"},
        {"name": "Jean Chrétien", "party": "canada"},
        {"name": "Donald Trump", "party": "united-states", "aliases": ["President Trump"]},
        {"name": "Pat Roberts", "party": "united-states"},
    ]
    predicted = [
        {"name": "ILDEFONSO GUAJARDO", "party": "mexico"},
        {"name": "Jean Chretien", "party": None},
        {"name": "President Trump", "party": "united-states"},
        {"name": "Donald Trump", "party": "united-states"},
        {"name": "Mike Pence", "party": "united-states"},
    ]
    score, error = score_kind("a", "people", gold, predicted)
    assert (score.gold, score.predicted, score.tp) == (4, 5, 3)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.75)
    assert score.party_attribution == pytest.approx(2 / 3)
    assert error.missing == ("Pat Roberts",)
    assert error.spurious == ("Donald Trump", "Mike Pence")  # a second name for Trump is a duplicate
    assert error.wrong_party == ("Jean Chrétien: predicted None, gold canada",)


def test_score_names_takes_a_party_from_any_mention_of_the_name():
    gold = [{"name": "Robert Lighthizer", "party": "united-states"}]
    predicted = [{"name": "Robert Lighthizer", "party": None}, {"name": "robert lighthizer", "party": "united-states"}]
    score, error = score_kind("a", "people", gold, predicted)
    assert (score.predicted, score.tp, score.party_attribution) == (1, 1, 1.0)
    assert error.wrong_party == ()


def test_normalise_name_folds_case_accents_and_punctuation():
    assert normalise_name("  Jean  CHRÉTIEN ") == "jean chretien"
    assert normalise_name("_The Economist_") == "the economist"
    assert normalise_name("U.S. Congress") == "u s congress"


def test_predicted_items_reads_every_kind_from_mentions():
    derivation = Derivation(
        "a",
        mentions=[
            mention("party", "canada"),
            mention("chapter", "energy"),
            mention("party", "canada"),
            mention("date", "2018-01-09/2018-01-09", date_start="2018-01-09", date_end="2018-01-09"),
            mention("person", "Chrystia Freeland", party="canada"),
            mention("organization", "Ford", party=None),
        ],
    )
    assert predicted_items(derivation) == {
        "parties": ["canada"],
        "chapters": ["energy"],
        "dates": [{"start": "2018-01-09", "end": "2018-01-09"}],
        "people": [{"name": "Chrystia Freeland", "party": "canada"}],
        "organizations": [{"name": "Ford", "party": None}],
    }


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    write_item(
        tmp_path,
        "one",
        "Canada and Mexico met on January 9 about energy.",
        {
            "parties": ["canada", "mexico"],
            "chapters": ["energy"],
            "dates": [{"text": "January 9", "start": "2018-01-09", "end": "2018-01-09", "precision": "day"}],
        },
    )
    write_item(
        tmp_path,
        "two",
        "Chrystia Freeland spoke for Canada.",
        {"parties": ["canada"], "people": [{"name": "Chrystia Freeland", "party": "canada"}]},
    )
    return tmp_path


def test_evaluate_micro_averages_over_documents(gold_dir: Path):
    derive = fake_derive(
        {
            "one": [mention("party", "canada"), mention("chapter", "energy"), mention("chapter", "customs")],
            "two": [mention("party", "canada"), mention("person", "Chrystia Freeland", party="united-states")],
        }
    )
    report = evaluate(gold_dir, derive=derive)
    parties, chapters = report.scores["parties"], report.scores["chapters"]
    assert report.documents == 2
    assert (parties.gold, parties.predicted, parties.tp) == (3, 2, 2)
    assert parties.recall == pytest.approx(2 / 3)
    assert (chapters.precision, chapters.recall) == (0.5, 1.0)
    assert report.scores["dates"].recall == 0.0
    assert report.scores["people"].party_attribution == 0.0
    assert {(e.article_id, e.kind) for e in report.errors} == {
        ("one", "parties"),
        ("one", "chapters"),
        ("one", "dates"),
        ("two", "people"),
    }


def test_format_report_is_an_aligned_table(gold_dir: Path):
    report = evaluate(gold_dir, derive=fake_derive({"one": [mention("party", "canada")]}))
    lines = format_report(report).splitlines()
    assert lines[0] == "2 documents"
    assert lines[1].split() == ["kind", "gold", "predicted", "tp", "precision", "recall", "F1", "party", "attribution"]
    assert lines[2].split() == ["parties", "3", "1", "1", "1.000", "0.333", "0.500", "-"]
    assert lines[5].split() == ["people", "1", "0", "0", "1.000", "0.000", "0.000", "1.000"]
    assert len({len(line) for line in lines[1:]}) == 1  # every row padded to the same columns


def test_format_report_verbose_lists_errors_by_document(gold_dir: Path):
    report = evaluate(gold_dir, derive=fake_derive({"one": [mention("party", "canada")]}))
    text = format_report(report, verbose=True)
    assert "one:\n  parties missing: mexico\n  chapters missing: energy" in text
    assert "two:\n  parties missing: canada\n  people missing: Chrystia Freeland" in text


def test_format_report_verbose_without_errors():
    report = Report(documents=0, scores={"parties": KindScore("parties")})
    assert format_report(report, verbose=True).endswith("no errors")


def test_check_gold_reports_every_problem(tmp_path: Path):
    write_item(
        tmp_path,
        "bad",
        "Talks resumed last\nOctober.",
        {
            "parties": ["usa"],
            "chapters": ["autos"],
            "dates": [
                {"text": "last October", "start": "2017-10-01", "end": "2017-10-31", "precision": "month"},
                {"text": "May 5", "start": "2018-05-06", "end": "2018-05-05", "precision": "day"},
                {"text": "", "start": "2018-13-01", "end": "2018-13-01", "precision": "day"},
            ],
            "people": [{"name": "Someone", "party": "usa"}],
        },
    )
    (document,) = load_gold(tmp_path)
    assert check_gold(document) == [
        "unknown party 'usa'",
        "unknown chapter 'autos'",
        "date 'May 5': start 2018-05-06 is after end 2018-05-05",
        "date text 'May 5' does not occur in the body",
        "date {'text': '', 'start': '2018-13-01', 'end': '2018-13-01', 'precision': 'day'}: "
        "start and end must be ISO days",
        "people: 'Someone' has party 'usa'",
    ]


def test_load_gold_without_gold_files_fails(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="no \\*.gold.json files"):
        load_gold(tmp_path)


def test_partly_annotated_items_score_only_their_kinds(tmp_path: Path):
    (tmp_path / "part.md").write_text(ARTICLE.format(id="part", body="Canada cut dairy tariffs."), encoding="utf-8")
    gold = {"annotated": ["chapters"], "chapters": ["agriculture"], "notes": ""}
    (tmp_path / "part.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    derive = fake_derive({"part": [mention("party", "canada"), mention("chapter", "agriculture")]})
    report = evaluate(tmp_path, derive=derive)
    assert report.annotated == {"parties": 0, "chapters": 1, "dates": 0, "people": 0, "organizations": 0}
    assert report.scores["parties"].predicted == 0  # an unannotated kind counts neither hits nor misses
    assert report.scores["chapters"].tp == 1
    assert [line.split()[0] for line in format_report(report).splitlines()[2:]] == ["chapters"]
    (document,) = load_gold(tmp_path)
    assert check_gold(document) == []


def test_check_gold_names_an_unknown_annotated_kind_and_a_missing_key(tmp_path: Path):
    (tmp_path / "odd.md").write_text(ARTICLE.format(id="odd", body="Text."), encoding="utf-8")
    gold = {"annotated": ["chapters", "topics"], "notes": ""}
    (tmp_path / "odd.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (document,) = load_gold(tmp_path)
    assert check_gold(document) == ["unknown kind 'topics' in 'annotated'", "missing key 'chapters'"]
