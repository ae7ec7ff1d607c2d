"""Records: mentions aggregated into one record per entity, written and read as JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.derive.gazetteer import CHAPTERS
from indexer.loading import make_article
from indexer.models import Derivation, EntityRecord, Mention, Position
from indexer.records import RecordFile, build_records, read_records, slugify, write_records

BODY = "Robert Lighthizer met Canada on rules of origin.\n\nThe round ran January 23-28 in Montreal."


def mention(type_: str, value: str, text: str, **extra) -> Mention:
    """A mention of the first occurrence of ``text`` in BODY."""
    start = BODY.index(text)
    paragraph = "p1" if start < BODY.index("\n\n") else "p2"
    return Mention(type_, value, start, start + len(text), text, paragraph, **extra)


def sample() -> tuple[list, list[Derivation]]:
    article = make_article("a1", "Title", BODY, "2018-01-15")
    mentions = [
        mention("person", "Robert Lighthizer", "Robert Lighthizer", party="united-states", role="USTR"),
        mention("party", "canada", "Canada"),
        mention("chapter", "rules-of-origin", "rules of origin"),
        mention("date", "2018-01-23/2018-01-28", "January 23-28", date_start="2018-01-23", date_end="2018-01-28",
                precision="range"),
    ]  # fmt: skip
    position = Position("canada", "opposes", "rules-of-origin", 0, 48, BODY[:48], "p1")
    return [article], [Derivation("a1", mentions, [position])]


def test_one_record_per_entity_with_mentions() -> None:
    records = {r.id: r for r in build_records(*sample())}
    person = records["person:robert-lighthizer"]
    assert person.party == "united-states" and person.role == "USTR"
    assert person.chapters == ["rules-of-origin"]
    assert person.mentions == [
        {"article": "a1", "paragraph": "p1", "start": 0, "end": 17, "text": "Robert Lighthizer", "date": "2018-01-15"}
    ]
    assert records["date:2018-01-23--2018-01-28"].kind == "date"
    assert records["party:canada"].positions[0]["stance"] == "opposes"
    assert records["chapter:rules-of-origin"].positions[0]["party"] == "canada"
    assert records["chapter:rules-of-origin"].facts == {
        "name": CHAPTERS["rules-of-origin"].name,
        "nafta": ["4"],
        "usmca": ["4", "5"],
    }


def test_every_party_and_chapter_has_a_record() -> None:
    records = {r.id: r for r in build_records([], [])}
    assert len(records) == 3 + len(CHAPTERS)
    assert records["chapter:sunset-clause"].mentions == []
    assert records["party:mexico"].name == "Mexico"


def test_records_round_trip_through_json_lines(tmp_path: Path) -> None:
    records = build_records(*sample())
    path = tmp_path / "records.jsonl"
    write_records(path, list(reversed(records)))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == sorted(r.id for r in records)
    assert read_records(path) == {r.id: r for r in records}


def test_a_record_file_reads_each_record_on_demand(tmp_path: Path) -> None:
    records = build_records(*sample())
    odd = EntityRecord('person:o-"quoted"', "person", 'O. "Quoted" Name', aliases=['"id": "not-me"'])
    path = tmp_path / "records.jsonl"
    write_records(path, [*records, odd])
    on_demand = RecordFile(path, cached_bytes=1)  # keeps only the last record read
    assert dict(on_demand.items()) == read_records(path)
    assert on_demand[odd.id] == odd and odd.id in on_demand and "person:nobody" not in on_demand
    assert [on_demand[r.id] for r in records] == records  # more than the cache holds: read again from the file
    assert len(on_demand._cache) == 1
    with pytest.raises(KeyError):
        on_demand["person:nobody"]


def test_slugify_folds_accents() -> None:
    assert slugify("Enrique Peña Nieto") == "enrique-pena-nieto"
