"""The HTML pages through the Flask test client."""

from __future__ import annotations

import re

USTR = "ustr-nafta-renegotiation-objectives-2017"
TALKS = "nafta-intersessional-december-2017"


def test_search_page_lists_hits_with_marked_excerpts_and_links(client):
    html = client.get("/?q=rules+of+origin").get_data(as_text=True)
    assert 'value="rules of origin"' in html
    assert "USTR Publishes List of Objectives" in html and "NAFTA Intersessional Talks" in html
    assert "<mark>" in html
    links = re.findall(rf'href="(/articles/{USTR}\?[^"]*#p\d+)"', html)
    assert links, "each hit links to its article at a paragraph"


def test_article_page_marks_the_opened_paragraph_and_query_terms(client):
    html = client.get(f"/articles/{TALKS}?q=de+minimis&p=p8").get_data(as_text=True)
    target = re.search(r'<p id="p8" class="([^"]*)"', html)
    assert target and "target" in target.group(1)
    paragraph = html[target.start() : html.index("</p>", target.start())]
    assert "<mark>de</mark> <mark>minimis</mark>" in paragraph or "<mark>minimis</mark>" in paragraph


def test_unknown_article_is_a_plain_404_page(client):
    response = client.get("/articles/no-such-article")
    assert response.status_code == 404
    assert "There is no article with the id “no-such-article”." in response.get_data(as_text=True)


def test_bad_parameters_show_a_warning_not_an_error(client):
    response = client.get("/?q=tariffs&page=abc&party=atlantis")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "page must be a whole number" in html and "unknown party &#39;atlantis&#39;" in html


def test_query_text_is_escaped(client):
    html = client.get("/?q=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
