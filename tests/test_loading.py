"""Loading: every bad-input case named by file and field; paragraphs keep exact offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.loading import CorpusError, CorpusErrors, load_corpus, load_file, make_article
from indexer.paragraphs import split_paragraphs
from tests.conftest import SEEDS, write_article


def error_of(path: Path) -> CorpusError:
    with pytest.raises(CorpusError) as caught:
        load_file(path)
    return caught.value


def test_seed_articles_load_with_their_front_matter():
    articles = {a.id: a for a in load_corpus(SEEDS)}
    ustr = articles["ustr-nafta-renegotiation-objectives-2017"]
    assert ustr.publisher == "The National Law Review"
    assert ustr.author == "Nicolas Guzman"
    assert ustr.published.isoformat() == "2017-07-20" and ustr.published_precision == "day"
    assert "Source URL" not in ustr.body and "©" not in ustr.body and "Article By" not in ustr.body
    talks = articles["nafta-intersessional-december-2017"]
    assert (talks.published.isoformat(), talks.published_precision) == ("2018-01-01", "month")
    assert talks.body.startswith("NAFTA negotiators at the working level")


def test_missing_title_names_file_and_field(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nid: a\npublisher: X\npublished: 2018-01-02\n---\nBody text.\n")
    error = error_of(path)
    assert (error.source, error.field) == (str(path), "title")
    assert str(error) == f"{path}: field 'title': missing"


def test_unparsable_date(tmp_path):
    path = write_article(tmp_path, "a", "T", "Body.", published="next Tuesday")
    error = error_of(path)
    assert error.field == "published" and "unparsable date 'next Tuesday'" in error.message


def test_impossible_date(tmp_path):
    path = write_article(tmp_path, "a", "T", "Body.", published="'2018-02-30'")
    assert error_of(path).field == "published"


def test_precision_must_agree_with_the_date(tmp_path):
    path = write_article(tmp_path, "a", "T", "Body.", published="2018-01-05", published_precision="month")
    error = error_of(path)
    assert error.field == "published_precision" and "day precision" in error.message


def test_empty_body(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nid: a\ntitle: T\npublisher: X\npublished: 2018-01-02\n---\n\n   \n")
    assert error_of(path).field == "body"


def test_empty_file(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("")
    assert error_of(path).field == "front matter"


def test_non_utf8_bytes(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\nid: a\ntitle: Caf\xe9\npublisher: X\npublished: 2018-01-02\n---\nBody\n")
    error = error_of(path)
    assert error.field == "encoding" and "byte 0xe9 at offset 20 (line 3)" in error.message


def test_invalid_yaml(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nid: [unclosed\ntitle: T\n---\nBody\n")
    error = error_of(path)
    assert error.field == "front matter" and error.message.startswith("invalid YAML")


def test_bad_id_and_unknown_field(tmp_path):
    assert error_of(write_article(tmp_path, "Has Spaces", "T", "Body.")).field == "id"
    assert error_of(write_article(tmp_path, "ok", "T", "Body.", colour="blue")).field == "colour"


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("indexer.loading.MAX_ARTICLE_BYTES", 100)
    path = write_article(tmp_path, "a", "T", "word " * 100)
    assert "over the 100-byte limit" in error_of(path).message


def test_duplicate_ids_across_files_are_all_reported(tmp_path):
    write_article(tmp_path, "same", "First", "One.")
    (tmp_path / "other.md").write_text((tmp_path / "same.md").read_text())
    write_article(tmp_path, "broken", "T", "Body.", published="never")
    with pytest.raises(CorpusErrors) as caught:
        load_corpus(tmp_path)
    messages = [str(e) for e in caught.value.errors]
    assert len(messages) == 2
    assert any("field 'published'" in m and "broken.md" in m for m in messages)
    assert any("duplicate id 'same'" in m for m in messages)


def test_plain_text_file_first_line_is_title(tmp_path):
    path = tmp_path / "Canada Dairy Talks.txt"
    path.write_text("Canada defends supply management\n\nOttawa said on Monday it would not yield.\n")
    [article] = load_file(path)
    assert (article.id, article.title) == ("canada-dairy-talks", "Canada defends supply management")
    assert article.body == "Ottawa said on Monday it would not yield." and article.published is None


def test_json_lines_bulk_import_names_the_line(tmp_path):
    good = {"id": "r1", "title": "T", "body": "Text.", "published": "1987-03-02", "publisher": "Reuters", "url": None}
    path = tmp_path / "bulk.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps({**good, "id": "r2", "published": "1987-13-01"}) + "\n")
    with pytest.raises(CorpusError) as caught:
        load_file(path)
    assert caught.value.source == f"{path}:3" and caught.value.field == "published"
    path.write_text(json.dumps(good) + "\n")
    assert [a.id for a in load_file(path)] == ["r1"]


def test_missing_corpus_folder(tmp_path):
    with pytest.raises(CorpusErrors, match="no such file or directory"):
        load_corpus(tmp_path / "nowhere")


def test_seed_paragraph_offsets_round_trip():
    for article in load_corpus(SEEDS):
        assert article.paragraphs
        for paragraph in article.paragraphs:
            assert article.body[paragraph.start : paragraph.end] == paragraph.text
            assert paragraph.text == paragraph.text.strip()
        assert [p.id for p in article.paragraphs] == [f"p{n}" for n in range(1, len(article.paragraphs) + 1)]


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40), max_size=8))
def test_paragraph_offsets_round_trip_for_any_text(chunks):
    body = "\n\n".join(chunks)
    paragraphs = split_paragraphs(body)
    for paragraph in paragraphs:
        assert body[paragraph.start : paragraph.end] == paragraph.text and paragraph.text.strip()
    assert all(a.end <= b.start for a, b in zip(paragraphs, paragraphs[1:], strict=False))
    assert " ".join(p.text for p in paragraphs).split() == body.split()


def test_make_article_builds_paragraphs():
    article = make_article("x", "T", "First para.\n\nSecond para.", "2018-01")
    assert [(p.id, p.text) for p in article.paragraphs] == [("p1", "First para."), ("p2", "Second para.")]
    assert article.paragraph_at(article.body.index("Second")).id == "p2"


def test_newswire_paragraphs_are_marked_by_indentation():
    body = "Canada may monitor steel\nshipments, officials said.\n    The U.S. would welcome it.\n\tOttawa agreed."
    paragraphs = split_paragraphs(body)
    assert [p.text for p in paragraphs] == [
        "Canada may monitor steel\nshipments, officials said.",
        "The U.S. would welcome it.",
        "Ottawa agreed.",
    ]
    assert all(body[p.start : p.end] == p.text for p in paragraphs)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x", "//evil.example"])
def test_only_http_urls_are_accepted(tmp_path, url):
    error = error_of(write_article(tmp_path, "a", "T", "Body.", url=url))
    assert error.field == "url" and "is not an http(s) address" in error.message
