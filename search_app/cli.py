"""The ``nafta-search`` command: build the index, query it, derive entities, evaluate, serve."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from indexer.settings import DEFAULT_CORPUS, DEFAULT_INDEX

CORPUS_OPTION = click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    default=DEFAULT_CORPUS,
    show_default=True,
    help="Corpus folder or file.",
)
INDEX_OPTION = click.option(
    "--index",
    "index_path",
    type=click.Path(path_type=Path),
    default=DEFAULT_INDEX,
    show_default=True,
    help="Index folder.",
)


@click.group()
def main() -> None:
    """Full-text search over sources on the NAFTA renegotiation."""


@main.command()
@CORPUS_OPTION
@INDEX_OPTION
@click.option("--full", is_flag=True, help="Derive and index every article, even if only some changed.")
def index(corpus: Path, index_path: Path, full: bool) -> None:
    """Bring the index up to date with the corpus (only what changed) and swap it in atomically."""
    result = _build(corpus, index_path, full=full)
    totals = f"{result.articles} articles and {result.records} entity records"
    if result.mode == "unchanged":
        click.echo(f"Index is up to date ({totals}); nothing changed in {result.seconds:.1f} s")
    elif result.mode == "incremental":
        counts = f"{result.added} added, {result.changed} changed, {result.removed} removed"
        click.echo(f"Updated the index: {counts}; now {totals}, in {result.seconds:.1f} s")
    else:
        click.echo(f"Indexed {totals} in {result.seconds:.1f} s (full build)")
    click.echo(f"Serving generation: {result.generation}")


def _build(corpus: Path, index_path: Path, full: bool = False):
    from indexer.building import IndexLocked, build_index
    from indexer.loading import CorpusErrors

    try:
        return build_index(corpus, index_path, progress=_progress, full=full)
    except CorpusErrors as error:
        raise click.ClickException(f"{error}\nThe index was not changed.") from None
    except IndexLocked as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(
            f"could not write the index in {index_path}: {error.strerror or error}. The index was not changed."
        ) from None


def _progress(items, total: int):
    """A progress bar on a terminal for long builds; quiet in CI and pipes."""
    if total < 200 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield from items
        return
    with click.progressbar(items, length=total, label="Deriving entities", file=sys.stderr) as bar:
        yield from bar


@main.command()
@click.argument("text")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
@click.option("--size", default=10, show_default=True, help="Hits to print.")
def query(text: str, index_path: Path, as_json: bool, size: int) -> None:
    """Print ranked hits for TEXT with a highlighted excerpt each."""
    from search_app.api import result_json
    from search_app.index import IndexHandle, IndexUnavailable
    from search_app.params import parse_params
    from search_app.service import search

    params, errors = parse_params({"q": [text], "size": [str(size)]})
    if errors:
        raise click.ClickException(errors[0].message)
    try:
        generation, searcher = IndexHandle(index_path).searcher()
    except IndexUnavailable as error:
        raise click.ClickException(str(error)) from None
    result = search(params, generation, searcher)
    if as_json:
        click.echo(json.dumps(result_json(result), indent=2, ensure_ascii=False))
        return
    _print_result(result)


def _print_result(result) -> None:
    import re

    for warning in result.warnings:
        click.secho(f"warning: {warning}", fg="yellow", err=True)
    if result.suggestion:
        click.echo(f"Did you mean: {result.suggestion}?")
    click.echo(f"{result.total} result(s) for {result.query or '(everything)'!r}")
    for number, hit in enumerate(result.hits, start=1):
        meta = " · ".join(x for x in (hit.kind if hit.kind != "article" else None, hit.publisher, hit.published) if x)
        click.echo(f"\n{number}. {click.style(hit.title, bold=True)}  [{hit.id}]  {meta}")
        for excerpt in hit.excerpts:
            plain = re.sub(r"<mark>(.*?)</mark>", lambda m: click.style(m.group(1), reverse=True), str(excerpt.html))
            click.echo(f"   {excerpt.paragraph}: {_unescape(plain)}")
        if hit.summary:
            click.echo(f"   {hit.summary}")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", help="Published date (YYYY-MM-DD or YYYY-MM) to resolve year-less dates against.")
@click.option("--json", "as_json", is_flag=True, help="Print the contract JSON (the default output).")
def extract(path: Path, published: str | None, as_json: bool) -> None:
    """Derive parties, chapters, dates, people, organisations and positions from one article file."""
    from dataclasses import replace

    from indexer.derive import derive, extraction_json
    from indexer.loading import CorpusError, load_file, parse_published

    try:
        articles = load_file(path)
        if published:
            day, precision = parse_published("--published", published, None)
            articles = [replace(a, published=day, published_precision=precision) for a in articles]
    except CorpusError as error:
        raise click.ClickException(str(error)) from None
    outputs = [extraction_json(derive(article)) for article in articles]
    click.echo(
        json.dumps(outputs[0] if len(outputs) == 1 else outputs, indent=2 if not as_json else None, ensure_ascii=False)
    )


@main.command()
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("tests/data/gold/test"),
    show_default=True,
    help="Gold split to score against.",
)
@click.option("--verbose", is_flag=True, help="List every missing and spurious item.")
def evaluate(gold: Path, verbose: bool) -> None:
    """Print precision, recall and F1 per kind of derived entity against a gold set."""
    from indexer.evaluation import evaluate as run_evaluation
    from indexer.evaluation import format_report

    click.echo(format_report(run_evaluation(gold), verbose=verbose))


@main.command()
@CORPUS_OPTION
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
def serve(corpus: Path, index_path: Path, host: str, port: int, threads: int) -> None:
    """Serve the search page and API with waitress, building the index first if none exists."""
    import waitress

    from indexer.building import current_generation
    from search_app import create_app
    from search_app.index import IndexUnavailable

    if current_generation(index_path) is None:
        click.echo(f"No index in {index_path}: building it from {corpus} first.")
        _build(corpus, index_path)
    app = create_app({"INDEX_PATH": str(index_path), "CORPUS_PATH": str(corpus)})
    try:
        generation = app.extensions["nafta_index"].generation()
    except IndexUnavailable as error:
        raise click.ClickException(str(error)) from None
    if generation.warming:
        generation.warming.join()  # the first search finds its facet caches filled (0.4 s on 200,000 articles)
    click.echo(f"Serving on http://{host}:{port}/ (index {index_path}); Ctrl-C stops.")
    # A request line or headers over 16 KiB get waitress's 431; no query needs more (q ≤ 2,000 characters).
    waitress.serve(app, host=host, port=port, threads=threads, ident="nafta-search", max_request_header_size=16_384)
