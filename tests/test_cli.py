"""The command line, through click's CliRunner against real index folders."""

from __future__ import annotations

import json

from click.testing import CliRunner

from search_app.cli import main


def test_index_then_query(corpus_dir, index_dir):
    runner = CliRunner()
    built = runner.invoke(main, ["index", "--corpus", str(corpus_dir), "--index", str(index_dir)])
    assert built.exit_code == 0, built.output
    assert "Indexed 2 articles" in built.output
    found = runner.invoke(main, ["query", "rules of origin", "--index", str(index_dir)])
    assert found.exit_code == 0, found.output
    assert "USTR Publishes List of Objectives" in found.output and "NAFTA Intersessional Talks" in found.output


def test_query_json(built):
    result = CliRunner().invoke(main, ["query", "de minimis", "--json", "--index", str(built)])
    data = json.loads(result.output)
    articles = [hit for hit in data["hits"] if hit["kind"] == "article"]
    assert articles[0]["id"] == "nafta-intersessional-december-2017"
    assert "<mark>" in articles[0]["excerpts"][0]["html"]


def test_bad_corpus_names_file_and_field_and_keeps_index(built, corpus_dir):
    (corpus_dir / "bad.md").write_text("---\nid: bad\ntitle: T\npublisher: X\npublished: someday\n---\nText\n")
    result = CliRunner().invoke(main, ["index", "--corpus", str(corpus_dir), "--index", str(built)])
    assert result.exit_code == 1
    assert "bad.md: field 'published': unparsable date 'someday'" in result.output
    assert "The index was not changed." in result.output


def test_query_without_index_says_how_to_build(tmp_path):
    result = CliRunner().invoke(main, ["query", "x", "--index", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "nafta-search index --index" in result.output
