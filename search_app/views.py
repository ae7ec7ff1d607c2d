"""HTML rendering: the search page, the source viewer and entity pages."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from markupsafe import Markup

from search_app import entities, pages
from search_app.excerpts import render
from search_app.index import get_handle, get_searcher
from search_app.lookup import get_article
from search_app.params import parse_params
from search_app.querying import parse_query
from search_app.service import allowed_values, query_terms, search

bp = Blueprint("views", __name__)


@bp.get("/")
def search_page():
    """The faceted search page; bad parameters become visible warnings, never errors."""
    generation, searcher = get_searcher()
    params, errors = parse_params(request.args.to_dict(flat=False), allowed_values(generation, searcher))
    result = search(params, generation, searcher)
    return render_template(
        "search.html",
        result=result,
        param_errors=[e.message for e in errors],
        facets=pages.facet_models(result),
        chips=pages.chip_models(params),
        clear_url=pages.clear_url(params),
        sorts=pages.sort_models(params),
        pagination=pages.pagination(result),
        histogram=pages.histogram_model(result),
        pages=pages,
    )


@bp.get("/articles/<article_id>")
def article_page(article_id: str):
    """The whole article, query terms marked, the opened paragraph marked and scrolled to."""
    generation, searcher = get_searcher()
    article = get_article(searcher, article_id)
    if article is None:
        abort(404, description=f"There is no article with the id “{article_id}”.")
    for mention in article["mentions"]:
        mention["link"] = pages.mention_link(mention, generation.records)
    q, target = request.args.get("q", "")[:2000], request.args.get("p", "")
    terms = query_terms(parse_query(q, searcher).query, searcher) if q else set()
    paragraphs = _marked_paragraphs(article, terms, searcher.schema["body"].analyzer)
    return render_template("article.html", article=article, paragraphs=paragraphs, target=target, q=q, pages=pages)


@bp.get("/entities/<entity_id>")
def entity_page(entity_id: str):
    """An entity record: who or what it is and every mention, each linking to its passage."""
    generation, searcher = get_searcher()
    record = generation.records.get(entity_id)
    if record is None:
        abort(404, description=f"There is no entity with the id “{entity_id}”.")
    mentions, page, last = entities.mention_page(record, searcher, _page_number(request.args.get("page", "")))
    return render_template(
        "entity.html",
        entity=record,
        mentions=mentions,
        page=page,
        last=last,
        first_number=(page - 1) * entities.MENTIONS_PER_PAGE + 1,
        timeline=pages.timeline_model(entities.timeline(record)),
        positions=entities.positions_grouped(record),
        pages=pages,
    )


@bp.get("/overview")
def overview_page():
    """Where each party has stated positions, chapter by chapter."""
    records = get_handle().generation().records
    rows = entities.position_matrix([records[i] for i in records if i.startswith("chapter:")])
    return render_template("overview.html", rows=rows, parties=entities.PARTIES, stances=entities.STANCES, pages=pages)


def _page_number(text: str) -> int:
    """A page number from the URL; anything that is not a small whole number means page 1."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else 1


def _marked_paragraphs(article: dict, terms: set[str], analyzer) -> list[dict]:
    """Each paragraph as escaped HTML with query terms in ``<mark>``, and prev/next links between hits."""
    body, out = article["body"], []
    for paragraph in article["paragraphs"]:
        start, end = paragraph["start"], paragraph["end"]
        spans = (
            [
                (t.startchar + start, t.endchar + start)
                for t in analyzer(body[start:end], chars=True, mode="index")
                if t.text in terms
            ]
            if terms
            else []
        )
        out.append(
            {
                "id": paragraph["id"],
                "html": render(body, start, end, spans) if spans else Markup.escape(body[start:end]),
                "hits": len(spans),
            }
        )
    with_hits = [p["id"] for p in out if p["hits"]]
    for p in out:
        if p["hits"]:
            index = with_hits.index(p["id"])
            p["prev"] = with_hits[index - 1] if index > 0 else None
            p["next"] = with_hits[index + 1] if index + 1 < len(with_hits) else None
    return out
