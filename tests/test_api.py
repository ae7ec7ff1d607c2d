"""The JSON API through the Flask test client: results, articles, entities and one error shape."""

from __future__ import annotations

import json

import pytest

USTR = "ustr-nafta-renegotiation-objectives-2017"
TALKS = "nafta-intersessional-december-2017"


def assert_error(response, status: int, code: str, param: str | None):
    """The API's single error shape."""
    assert response.status_code == status
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "param"}
    assert body["error"]["code"] == code and body["error"]["param"] == param
    assert body["error"]["message"]
    return body["error"]["message"]


def test_search_returns_both_seeds_with_marked_excerpts(client):
    data = client.get("/api/search?q=rules+of+origin").get_json()
    assert data["total"] >= 2
    articles = [h for h in data["hits"] if h["kind"] == "article"]
    assert {h["id"] for h in articles} == {USTR, TALKS}
    for hit in articles:
        assert any("<mark>" in e["html"] for e in hit["excerpts"])


def test_excerpt_offsets_point_at_the_article_text(client):
    data = client.get("/api/search?q=de+minimis").get_json()
    [hit] = [h for h in data["hits"] if h["id"] == TALKS]
    article = client.get(f"/api/articles/{TALKS}").get_json()
    excerpt = hit["excerpts"][0]
    passage = article["body"][excerpt["start"] : excerpt["end"]]
    assert "de minimis" in passage
    paragraph = next(p for p in article["paragraphs"] if p["id"] == excerpt["paragraph"])
    assert paragraph["start"] <= excerpt["start"] < excerpt["end"] <= paragraph["end"]


def test_article_json_has_paragraphs_and_mentions(client):
    article = client.get(f"/api/articles/{USTR}").get_json()
    assert article["publisher"] == "The National Law Review" and article["published"] == "2017-07-20"
    for paragraph in article["paragraphs"]:
        assert article["body"][paragraph["start"] : paragraph["end"]] == paragraph["text"]
    for mention in article["mentions"]:
        assert article["body"][mention["start"] : mention["end"]] == mention["text"]
    assert "united-states" in article["parties"]


def test_entity_json(client):
    entity = client.get("/api/entities/party:canada").get_json()
    assert entity["kind"] == "party" and entity["mentions"]
    assert all(m["article"] in (USTR, TALKS) for m in entity["mentions"])


@pytest.mark.parametrize(
    "url, code, param",
    [
        ("/api/search?page=0", "invalid_parameter", "page"),
        ("/api/search?page=x", "invalid_parameter", "page"),
        ("/api/search?size=1000", "invalid_parameter", "size"),
        ("/api/search?size=-3", "invalid_parameter", "size"),
        ("/api/search?facet_size=0", "invalid_parameter", "facet_size"),
        ("/api/search?facet_size=1001", "invalid_parameter", "facet_size"),
        ("/api/search?sort=random", "invalid_parameter", "sort"),
        ("/api/search?colour=red", "unknown_parameter", "colour"),
        ("/api/search?party=atlantis", "invalid_parameter", "party"),
        ("/api/search?chapter=nope", "invalid_parameter", "chapter"),
        ("/api/search?kind=planet", "invalid_parameter", "kind"),
        ("/api/search?published_from=2018-02-30", "invalid_parameter", "published_from"),
        ("/api/search?published_from=yesterday", "invalid_parameter", "published_from"),
        ("/api/search?published_from=2019&published_to=2018", "invalid_parameter", "published_from"),
        ("/api/search?q=a&q=b", "invalid_parameter", "q"),
        ("/api/search?q=" + "x" * 2001, "invalid_parameter", "q"),
    ],
)
def test_bad_parameters_get_the_error_shape(client, url, code, param):
    assert_error(client.get(url), 400, code, param)


def test_unknown_article_and_entity_are_404_in_the_error_shape(client):
    message = assert_error(client.get("/api/articles/nope"), 404, "not_found", "article_id")
    assert "nope" in message
    assert_error(client.get("/api/entities/person:nobody"), 404, "not_found", "entity_id")
    assert_error(client.get("/api/nothing-here"), 404, "not_found", None)


def test_security_headers_on_every_response(client):
    for url in ("/api/search?q=x", "/", "/api/articles/nope"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"


def test_no_endpoint_writes(client):
    for url in ("/api/search", "/", f"/api/articles/{USTR}"):
        assert client.post(url).status_code == 405


def test_exports_contain_every_hit(client):
    data = client.get("/api/search?size=1").get_json()
    csv_text = client.get("/api/search.csv").get_data(as_text=True)
    lines = csv_text.strip().splitlines()
    assert lines[0] == "id,kind,title,publisher,published,parties,chapters,url"
    assert len(lines) - 1 == data["total"]
    jsonl = [
        json.loads(line) for line in client.get("/api/search.jsonl?kind=article").get_data(as_text=True).splitlines()
    ]
    assert {row["id"] for row in jsonl} == {USTR, TALKS}
    assert all(row["url"].endswith(f"/articles/{row['id']}") for row in jsonl)


def test_export_rejects_bad_parameters_before_streaming(client):
    assert_error(client.get("/api/search.csv?page=2"), 400, "invalid_parameter", "page")
    assert_error(client.get("/api/search.csv?facet_size=5"), 400, "invalid_parameter", "facet_size")
    assert_error(client.get("/api/search.jsonl?party=atlantis"), 400, "invalid_parameter", "party")


def validate(document, schema_name, instance):
    import jsonschema

    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": document["components"]}
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def test_responses_match_the_openapi_document(client):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) >= {
        "/api/search",
        "/api/search.csv",
        "/api/search.jsonl",
        "/api/articles/{article_id}",
        "/api/entities/{entity_id}",
    }
    # the production server refuses oversized request lines with 431 before Flask: every operation says so
    assert all("431" in path["get"]["responses"] for path in document["paths"].values() if "get" in path)
    for url in (
        "/api/search?q=rules+of+origin",
        "/api/search",
        "/api/search?q=canada&party=mexico&chapter=rules-of-origin&sort=newest",
    ):
        validate(document, "SearchResponse", client.get(url).get_json())
    validate(document, "Article", client.get(f"/api/articles/{USTR}").get_json())
    validate(document, "Entity", client.get("/api/entities/party:canada").get_json())
    for url in ("/api/search?page=0", "/api/articles/nope", "/api/search?x=1"):
        validate(document, "Error", client.get(url).get_json())
    documented = {p["name"] for p in document["paths"]["/api/search"]["get"]["parameters"]}
    from search_app.params import KNOWN

    assert documented == set(KNOWN)


@pytest.mark.parametrize("value", ["2018-00", "2018-05-00", "2018-13", "0000"])
def test_zero_or_impossible_months_and_days_are_refused(client, value):
    message = assert_error(
        client.get(f"/api/search?published_from={value}"), 400, "invalid_parameter", "published_from"
    )
    assert value in message
