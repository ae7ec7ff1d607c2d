"""JSON rendering of the search service, articles and entity records."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from urllib.parse import quote

from flask import Blueprint, Response, jsonify, request, stream_with_context

from search_app.errors import ApiError
from search_app.index import get_handle, get_searcher
from search_app.labels import facet_label
from search_app.lookup import get_article, get_entity
from search_app.openapi import openapi_document
from search_app.params import parse_params
from search_app.service import SearchResult, allowed_values, export_rows, search

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search_json():
    """Ranked hits, exact facet counts and a monthly histogram for the request's parameters."""
    generation, searcher = get_searcher()
    params, errors = parse_params(request.args.to_dict(flat=False), allowed_values(generation, searcher))
    if errors:
        first = errors[0]
        raise ApiError(400, first.code, first.message, first.param)
    return jsonify(result_json(search(params, generation, searcher)))


@bp.get("/search.csv")
def search_csv():
    """Every hit of the search as CSV, streamed."""
    rows = _export_rows()
    columns = ["id", "kind", "title", "publisher", "published", "parties", "chapters", "url"]

    def generate():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "parties": ";".join(row["parties"]), "chapters": ";".join(row["chapters"])})
            if buffer.tell() > 16_384:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return _download(generate(), "text/csv; charset=utf-8", "nafta-search.csv")


@bp.get("/search.jsonl")
def search_jsonl():
    """Every hit of the search as JSON Lines, streamed."""
    rows = _export_rows()
    return _download(
        (json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
        "application/x-ndjson; charset=utf-8",
        "nafta-search.jsonl",
    )


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3.1 description of this API."""
    generation, searcher = get_searcher()
    return jsonify(openapi_document(allowed_values(generation, searcher)))


def _export_rows() -> Iterator[dict]:
    """Validate the request now (a 400 must come before streaming starts), then yield rows.

    The stream takes the searcher's lock one batch at a time, so a long export does not hold
    up other requests.
    """
    generation = get_handle().generation()
    args = request.args.to_dict(flat=False)
    for name in ("page", "size", "facet_size"):
        if name in args:
            raise ApiError(400, "invalid_parameter", f"exports contain every hit; {name!r} does not apply", name)
    with generation.lock:
        params, errors = parse_params(args, allowed_values(generation, generation.searcher))
    if errors:
        raise ApiError(400, errors[0].code, errors[0].message, errors[0].param)
    root = request.url_root.rstrip("/")
    rows = _batched_under(generation.lock, export_rows(params, generation, generation.searcher))
    return (
        {**row, "url": f"{root}/{'articles' if row['kind'] == 'article' else 'entities'}/{quote(row['id'], safe=':')}"}
        for row in rows
    )


def _batched_under(lock, rows: Iterator[dict], batch: int = 200) -> Iterator[dict]:
    """Pull ``rows`` in batches, each under ``lock``."""
    while True:
        with lock:
            chunk = list(itertools.islice(rows, batch))
        if not chunk:
            return
        yield from chunk


def _download(chunks: Iterable[str], mimetype: str, filename: str) -> Response:
    response = Response(stream_with_context(chunks), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.get("/articles/<article_id>")
def article_json(article_id: str):
    """One article with its paragraphs, offsets and derived mentions."""
    _generation, searcher = get_searcher()
    article = get_article(searcher, article_id)
    if article is None:
        raise ApiError(404, "not_found", f"no article with id {article_id!r}", "article_id")
    return jsonify(article)


@bp.get("/entities/<entity_id>")
def entity_json(entity_id: str):
    """One entity record with all its mentions."""
    entity = get_entity(get_handle().generation(), entity_id)
    if entity is None:
        raise ApiError(404, "not_found", f"no entity with id {entity_id!r}", "entity_id")
    return jsonify(entity)


def result_json(result: SearchResult) -> dict:
    """The API's view of a search result."""
    return {
        "query": result.query,
        "warnings": result.warnings,
        "suggestion": result.suggestion,
        "total": result.total,
        "page": result.params.page,
        "size": result.params.size,
        "facet_size": result.params.facet_size,
        "sort": result.params.sort,
        "took_ms": result.took_ms,
        "hits": [_hit_json(hit) for hit in result.hits],
        "facets": {
            f.name: {"values": [_facet_value(f.name, v) for v in f.values], "truncated": f.truncated}
            for f in result.facets
        },
        "histogram": result.histogram,
    }


def _hit_json(hit) -> dict:
    data = {f.name: getattr(hit, f.name) for f in fields(hit)}  # shallow: asdict would deep-copy
    data["excerpts"] = [
        {"paragraph": e.paragraph, "start": e.start, "end": e.end, "html": str(e.html), "matches": e.matches}
        for e in hit.excerpts
    ]
    return data


def _facet_value(facet: str, value) -> dict:
    return {
        "value": value.value,
        "label": facet_label(facet, value.value),
        "count": value.count,
        "selected": value.selected,
    }
