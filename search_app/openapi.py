"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json and used by the tests."""

from __future__ import annotations

from search_app.params import (
    DATE_PARAMS,
    DEFAULT_FACET_SIZE,
    MAX_FACET_SIZE,
    MAX_PAGE,
    MAX_QUERY_CHARS,
    MAX_SIZE,
    SORTS,
)

_STRING_OR_NULL = {"type": ["string", "null"]}
# Empty means "not given" (the page's date form sends empty fields); 2018-02-30 still gets a 400.
_DATE_PATTERN = r"^([12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"


def _param(name: str, schema: dict, description: str, repeated: bool = False) -> dict:
    if repeated:
        schema = {"type": "array", "items": schema}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        "explode": True,
    }


def search_parameters(allowed: dict[str, set[str]]) -> list[dict]:
    """The search parameters; facet values are enumerated from the serving index."""
    enum = lambda name: {"type": "string", "enum": sorted(allowed[name])}  # noqa: E731
    return [
        _param(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_CHARS},
            "Query text (see the README's query syntax). Empty lists everything, newest first.",
        ),
        _param("party", enum("party"), "Party filter; repeat for OR.", True),
        _param("chapter", enum("chapter"), "Chapter slug filter; repeat for OR.", True),
        _param("kind", enum("kind"), "Document kind; repeat for OR.", True),
        _param("publisher", enum("publisher"), "Publisher filter; repeat for OR.", True),
        *[
            _param(
                name,
                {"type": "string", "pattern": _DATE_PATTERN},
                f"{name.replace('_', ' ')}: YYYY, YYYY-MM or YYYY-MM-DD (inclusive).",
            )
            for name in DATE_PARAMS
        ],
        _param("sort", {"type": "string", "enum": list(SORTS)}, "Order of hits."),
        _param("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, "Page number, from 1."),
        _param("size", {"type": "integer", "minimum": 1, "maximum": MAX_SIZE}, "Hits per page (default 20)."),
        _param(
            "facet_size",
            {"type": "integer", "minimum": 1, "maximum": MAX_FACET_SIZE},
            f"Values listed per facet (default {DEFAULT_FACET_SIZE}), most frequent first; selected values are always "
            "listed and `truncated` says when some were left out. Counts are exact either way. published_month "
            "feeds the histogram and is always complete.",
        ),
    ]


SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "additionalProperties": False,
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "param"],
                "additionalProperties": False,
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "param": _STRING_OR_NULL},
            }
        },
    },
    "Excerpt": {
        "type": "object",
        "required": ["paragraph", "start", "end", "html", "matches"],
        "properties": {
            "paragraph": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "html": {"type": "string", "description": "Escaped article text; only <mark> is markup."},
            "matches": {"type": "integer", "minimum": 0},
        },
    },
    "Hit": {
        "type": "object",
        "required": ["id", "kind", "title", "parties", "chapters", "excerpts"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string"},
            "title": {"type": "string"},
            "score": {"type": ["number", "null"]},
            "publisher": _STRING_OR_NULL,
            "published": _STRING_OR_NULL,
            "precision": _STRING_OR_NULL,
            "parties": {"type": "array", "items": {"type": "string"}},
            "chapters": {"type": "array", "items": {"type": "string"}},
            "excerpts": {"type": "array", "items": {"$ref": "#/components/schemas/Excerpt"}},
            "summary": _STRING_OR_NULL,
            "best_mention": {"type": ["object", "null"]},
        },
    },
    "Facet": {
        "type": "object",
        "required": ["values", "truncated"],
        "properties": {
            "truncated": {"type": "boolean"},
            "values": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["value", "label", "count", "selected"],
                    "properties": {
                        "value": {"type": "string"},
                        "label": {"type": "string"},
                        "count": {"type": "integer", "minimum": 0},
                        "selected": {"type": "boolean"},
                    },
                },
            },
        },
    },
    "SearchResponse": {
        "type": "object",
        "required": ["query", "warnings", "total", "page", "size", "facet_size", "hits", "facets", "histogram"],
        "properties": {
            "query": {"type": "string"},
            "warnings": {"type": "array", "items": {"type": "string"}},
            "suggestion": _STRING_OR_NULL,
            "total": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "size": {"type": "integer", "minimum": 1},
            "facet_size": {"type": "integer", "minimum": 1},
            "sort": {"type": "string", "enum": list(SORTS)},
            "took_ms": {"type": "number"},
            "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
            "facets": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Facet"}},
            "histogram": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["month", "count", "selected"],
                    "properties": {
                        "month": {"type": "string"},
                        "count": {"type": "integer"},
                        "selected": {"type": "boolean"},
                    },
                },
            },
        },
    },
    "Article": {
        "type": "object",
        "required": ["id", "title", "publisher", "published", "body", "paragraphs", "mentions", "positions"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "publisher": _STRING_OR_NULL,
            "author": _STRING_OR_NULL,
            "url": _STRING_OR_NULL,
            "published": _STRING_OR_NULL,
            "published_precision": _STRING_OR_NULL,
            "parties": {"type": "array", "items": {"type": "string"}},
            "chapters": {"type": "array", "items": {"type": "string"}},
            "body": {"type": "string"},
            "paragraphs": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "start", "end", "text"],
                    "properties": {
                        "id": {"type": "string"},
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                        "text": {"type": "string"},
                    },
                },
            },
            "mentions": {
                "type": "array",
                "items": {"type": "object", "required": ["type", "value", "start", "end", "text", "paragraph"]},
            },
            "positions": {
                "type": "array",
                "items": {"type": "object", "required": ["party", "stance", "chapter", "text"]},
            },
        },
    },
    "Entity": {
        "type": "object",
        "required": ["id", "kind", "name", "aliases", "party", "chapters", "articles", "mentions"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"type": "string"},
            "name": {"type": "string"},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "party": _STRING_OR_NULL,
            "role": _STRING_OR_NULL,
            "chapters": {"type": "array", "items": {"type": "string"}},
            "articles": {"type": "array", "items": {"type": "string"}},
            "mentions": {
                "type": "array",
                "items": {"type": "object", "required": ["article", "paragraph", "start", "end", "text"]},
            },
            "positions": {"type": "array"},
            "facts": {"type": "object"},
        },
    },
}


def _json(schema: str) -> dict:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def _errors(*statuses: int) -> dict:
    """Error responses in the API's error shape, plus the server's own refusal of an oversized request."""
    errors = {str(s): {"description": "Error", **_json("Error")} for s in statuses}
    return {**errors, "431": _TOO_LARGE}


# waitress refuses a request line or headers over 16 KiB before the application sees it (a query is at most
# 2,000 characters, so only a malformed request gets this).
_TOO_LARGE = {
    "description": "Request line or headers over 16 KiB, refused by the server",
    "content": {"text/plain": {"schema": {"type": "string"}}},
}


def openapi_document(allowed: dict[str, set[str]]) -> dict:
    """The whole OpenAPI document for an index whose facet values are ``allowed``."""
    parameters = search_parameters(allowed)
    id_param = lambda name, example: {  # noqa: E731
        "name": name,
        "in": "path",
        "required": True,
        "schema": {"type": "string", "minLength": 1},
        "examples": {"seed": {"value": example}},
    }
    export = lambda media, what: {  # noqa: E731
        "get": {
            "summary": f"Every hit of a search as {what}, streamed",
            "parameters": [p for p in parameters if p["name"] not in ("page", "size", "facet_size")],
            "responses": {
                "200": {"description": what, "content": {media: {"schema": {"type": "string"}}}},
                **_errors(400, 503),
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "nafta-search API",
            "version": "1",
            "description": "Search sources on the NAFTA renegotiation. Read-only.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Ranked hits with exact facet counts and a monthly histogram",
                    "parameters": parameters,
                    "responses": {
                        "200": {"description": "Search result", **_json("SearchResponse")},
                        **_errors(400, 503),
                    },
                }
            },
            "/api/search.csv": export("text/csv", "CSV"),
            "/api/search.jsonl": export("application/x-ndjson", "JSON Lines"),
            "/api/articles/{article_id}": {
                "get": {
                    "summary": "One article with paragraphs, offsets and derived mentions",
                    "parameters": [id_param("article_id", "ustr-nafta-renegotiation-objectives-2017")],
                    "responses": {"200": {"description": "Article", **_json("Article")}, **_errors(404, 503)},
                }
            },
            "/api/entities/{entity_id}": {
                "get": {
                    "summary": "One entity record with all its mentions",
                    "parameters": [id_param("entity_id", "party:canada")],
                    "responses": {"200": {"description": "Entity", **_json("Entity")}, **_errors(404, 503)},
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
