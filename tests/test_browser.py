"""The pages in real Chromium against the production server (waitress), driven by Playwright.

Skips with a message saying how to install Chromium when it is absent.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_support import (
    CHROMIUM,
    DESKTOP,
    FOCUS_PROBE,
    HOSTILE_ID,
    HOSTILE_PUBLISHER,
    HOSTILE_SCRIPT,
    HOSTILE_TITLE,
    IN_VIEWPORT,
    INJECTED_MARKUP,
    LAUNCH_ARGS,
    PHONE,
    SCREENSHOTS,
    SKIP_REASON,
    production_server,
    serious_accessibility_violations,
    write_browser_corpus,
)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(not CHROMIUM.exists(), reason=SKIP_REASON)]

TALKS = "nafta-intersessional-december-2017"
MAIN_PAGES = {
    "search": "/?q=rules+of+origin",
    "article": f"/articles/{TALKS}?q=de+minimis&p=p8",
    "entity": "/entities/chapter:rules-of-origin",
    "overview": "/overview",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("browser")
    corpus = write_browser_corpus(root / "corpus")
    with production_server(corpus, root / "index", root / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A page in a fresh browser context that records dialogs, console errors and uncaught exceptions."""

    def __init__(self, browser, server: str, **context_options):
        self.context = browser.new_context(base_url=server, **{"viewport": DESKTOP, **context_options})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_tab(browser, server):
    tabs: list[Tab] = []

    def open_(**context_options) -> Tab:
        tabs.append(Tab(browser, server, **context_options))
        return tabs[-1]

    yield open_
    for tab in tabs:
        tab.close()


@pytest.fixture
def page(open_tab):
    tab = open_tab()
    yield tab.page
    assert tab.dialogs == [] and tab.errors == []


def total(page) -> int:
    return int(re.match(r"[\d,]+", page.locator("h1.count").inner_text()).group().replace(",", ""))


def facet_value(page, facet: str, value: str):
    return page.locator(f'section[aria-labelledby="facet-{facet}"] a.facet-value[data-value="{value}"]')


def facet_counts(page, facet: str) -> dict[str, int]:
    """Every value's count, folded ones included."""
    pairs = page.locator(f'section[aria-labelledby="facet-{facet}"] a.facet-value').evaluate_all(
        "links => links.map(a => [a.dataset.value, a.querySelector('.count').textContent])"
    )
    return {value: int(count.replace(",", "")) for value, count in pairs}


def args(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def chips(page) -> list[str]:
    return [text.replace("×", "").strip() for text in page.locator(".chips .chip").all_inner_texts()]


def hit_titles(page) -> list[str]:
    return page.locator(".hit h2 a").all_inner_texts()


def test_ticking_facets_changes_counts_and_chips_remove_and_clear(page):
    page.goto("/?q=")
    before, parties, chapters = total(page), facet_counts(page, "party"), facet_counts(page, "chapter")

    facet_value(page, "party", "canada").click()
    page.wait_for_url(re.compile(r"party=canada"))
    assert facet_value(page, "party", "canada").get_attribute("aria-checked") == "true"
    assert chips(page) == ["Party: Canada"]
    assert total(page) == parties["canada"] < before
    assert facet_counts(page, "party")["mexico"] == parties["mexico"], "a facet's counts ignore its own filter"
    assert facet_counts(page, "chapter") != chapters, "other facets count within the new filter"

    facet_value(page, "party", "mexico").click()
    page.wait_for_url(re.compile(r"party=mexico"))
    assert chips(page) == ["Party: Canada", "Party: Mexico"]
    assert total(page) >= parties["canada"], "values of one facet combine with OR"
    chapter = next(iter(facet_counts(page, "chapter")))
    facet_value(page, "chapter", chapter).click()
    page.wait_for_url(re.compile(rf"chapter={chapter}"))
    assert len(chips(page)) == 3

    page.get_by_role("link", name="Remove filter Party: Canada").click()
    page.wait_for_url(lambda url: "canada" not in url)
    assert args(page)["party"] == ["mexico"] and args(page)["chapter"] == [chapter]
    assert facet_value(page, "party", "canada").get_attribute("aria-checked") == "false"

    page.get_by_role("link", name="Clear all").click()
    page.wait_for_url(lambda url: "party" not in url and "chapter" not in url)
    assert chips(page) == [] and total(page) == before


def test_chapter_filter_field_and_show_all(page):
    page.goto("/?q=")
    section = page.locator('section[aria-labelledby="facet-chapter"]')
    visible = section.locator(".facet-values li:visible")
    everything = len(facet_counts(page, "chapter"))
    assert everything > 8 and visible.count() == 8, "a long chapter list starts folded"

    field = section.get_by_label("Filter the chapter list")
    field.fill("dispute")
    assert visible.count() >= 1
    assert all("dispute" in text.lower() for text in visible.all_inner_texts())
    field.fill("no such chapter")
    assert visible.count() == 0 and section.get_by_text("No chapter matches").is_visible()
    field.press("Escape")
    assert visible.count() == 8

    section.get_by_text(f"Show all {everything}").click()
    assert visible.count() == everything
    section.get_by_text("Show fewer").click()
    assert visible.count() == 8


def test_sort_and_paginate(page):
    page.goto("/?kind=article&size=5")
    page.locator("nav.sort").get_by_role("link", name="Oldest first").click()
    page.wait_for_url(re.compile(r"sort=oldest"))
    first_page = page.locator(".hit time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert len(first_page) == 5 and first_page == sorted(first_page)
    assert page.locator("nav.sort a.current").inner_text() == "Oldest first"

    page.locator("nav.pagination").get_by_role("link", name="Next ›").click()
    page.wait_for_url(re.compile(r"page=2"))
    second_page = page.locator(".hit time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert second_page == sorted(second_page) and second_page[0] >= first_page[-1]
    assert page.locator("ol.hits").get_attribute("start") == "6"
    assert page.locator('nav.pagination a[aria-current="page"]').inner_text() == "2"
    assert args(page)["sort"] == ["oldest"] and args(page)["kind"] == ["article"]


def test_choosing_a_histogram_bar_filters_to_its_month(page):
    page.goto("/?kind=article")
    bar = page.locator("figure.histogram svg a").filter(has=page.locator("rect.hitbox")).nth(0)
    month = bar.get_attribute("aria-label").split(":")[0]
    assert not bar.get_attribute("aria-label").endswith(": 0")
    bar.click()
    page.wait_for_url(re.compile(r"published_from="))
    start, end = args(page)["published_from"][0], args(page)["published_to"][0]
    assert start.endswith("-01") and start[:7] == end[:7]
    dates = page.locator(".hit time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates and all(d.startswith(start[:7]) for d in dates)
    assert chips(page) == ["Kind: Articles", f"Published: {start} – {end}"]
    assert page.locator(f'figure.histogram svg a[aria-current="true"][aria-label^="{month}:"]').count() == 1


def test_excerpt_opens_the_source_at_the_marked_passage(open_tab):
    tab = open_tab(viewport={"width": 1280, "height": 600})
    page = tab.page
    page.goto("/?q=%22de+minimis%22")
    page.locator(f'.hit.kind-article a.excerpt[href*="/articles/{TALKS}"]').first.click()
    page.wait_for_url(re.compile(rf"/articles/{TALKS}\?"))
    paragraph = args(page)["p"][0]
    assert urlsplit(page.url).fragment == paragraph
    target = page.locator(f"#{paragraph}")
    assert "target" in target.get_attribute("class").split()
    assert target.evaluate(IN_VIEWPORT), "the opened passage is on screen"
    assert page.evaluate("window.scrollY") > 0, "the page scrolled to reach it"
    marked = [text.lower() for text in target.locator("mark").all_inner_texts()]
    assert "minimis" in marked and "de" in marked
    assert tab.errors == [] and tab.dialogs == []


def test_entity_link_from_the_side_panel_and_the_back_button(page):
    page.goto("/?q=rules+of+origin")
    start_url = page.url
    facet_value(page, "party", "mexico").click()
    page.wait_for_url(re.compile(r"party=mexico"))
    filtered_url, filtered_titles, filtered_total = page.url, hit_titles(page), total(page)

    page.locator(f'.hit h2 a[href*="/articles/{TALKS}"]').click()
    page.wait_for_url(re.compile(rf"/articles/{TALKS}"))
    article_url = page.url
    assert page.get_by_role("link", name="‹ Back to results").get_attribute("href") == filtered_url
    page.locator("aside.mentions").get_by_role("link", name="Ildefonso Guajardo", exact=True).click()
    page.wait_for_url(re.compile(r"/entities/person:"))
    assert page.locator("h1").inner_text().startswith("Ildefonso Guajardo")
    assert page.locator(f'.mentions-list a.excerpt[href*="/articles/{TALKS}"]').count() >= 1

    page.go_back()
    assert page.url == article_url and page.locator(".para.target").count() == 1
    page.go_back()
    assert page.url == filtered_url
    assert chips(page) == ["Party: Mexico"] and hit_titles(page) == filtered_titles and total(page) == filtered_total
    assert facet_value(page, "party", "mexico").get_attribute("aria-checked") == "true"
    page.go_back()
    assert page.url == start_url and chips(page) == []


def test_keyboard_reaches_search_box_facets_and_results_with_visible_focus(page):
    page.goto("/?q=rules+of+origin")
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_PROBE)
        if focused:
            seen.append(focused)
    assert seen[0]["cls"] == "skip", "the first Tab stop is the skip link"
    wanted = {
        "search box": lambda f: f["id"] == "q",
        "facet value": lambda f: "facet-value" in f["cls"],
        "chapter filter field": lambda f: "facet-filter-input" in f["cls"],
        "hit title": lambda f: "hit-title" in f["cls"],
        "excerpt": lambda f: "excerpt" in f["cls"],
    }
    for name, matches in wanted.items():
        stops = [f for f in seen if matches(f)]
        assert stops, f"Tab never reaches a {name}"
        assert all(f["visible"] for f in stops), f"focus on a {name} is not visible: {stops[0]}"
    assert all(f["visible"] for f in seen), [f for f in seen if not f["visible"]][:3]

    page.goto("/?q=rules+of+origin")
    page.locator("#q").focus()
    while "facet-value" not in (page.evaluate(FOCUS_PROBE) or {}).get("cls", ""):
        page.keyboard.press("Tab")
    page.keyboard.press(" ")
    page.wait_for_url(re.compile(r"party="))
    assert len(chips(page)) == 1, "Space toggles a focused facet value like a checkbox"


def test_hostile_text_renders_literally_and_runs_nothing(open_tab):
    tab = open_tab(bypass_csp=True)  # prove the escaping itself, not the Content-Security-Policy, stops it
    page = tab.page

    def assert_inert():
        injected = page.evaluate(INJECTED_MARKUP)
        assert injected["scripts"] == ["/static/app.js"] and injected["handlers"] == []
        assert injected["scriptUrls"] == [] and injected["images"] == 0

    page.goto("/?q=tariffs")
    hit = page.locator(f'.hit h2 a[href*="/articles/{HOSTILE_ID}"]')
    assert hit.inner_text() == HOSTILE_TITLE
    assert page.locator(f'a.facet-value[data-value="{HOSTILE_PUBLISHER.lower()}"]').count() <= 1
    assert HOSTILE_PUBLISHER in page.locator('section[aria-labelledby="facet-publisher"]').inner_text()
    assert_inert()

    page.goto("/?q=" + HOSTILE_SCRIPT)
    assert page.locator("#q").input_value() == HOSTILE_SCRIPT
    assert HOSTILE_SCRIPT in page.locator("h1.count").inner_text()
    assert_inert()

    hit_page = f"/articles/{HOSTILE_ID}?q=dairy&p=p1"
    page.goto(hit_page)
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    body = page.locator("article").inner_text()
    assert HOSTILE_SCRIPT in body and 'onerror="alert(4)"' in body and 'href="javascript:alert(5)"' in body
    assert "&amp; &lt;b&gt;bold&lt;/b&gt; &#60;script&#62;" in body and "<svg onload=alert(8)>" in body
    assert "<svg onload=alert(6)>" in page.locator("dl.meta").inner_text()
    original = page.locator("dl.meta .original a")
    assert original.get_attribute("href") == 'https://example.org/"><script>alert(9)</script>'
    assert (
        original.inner_text() == 'https://example.org/"><script>alert(9)</script>'
    )  # the loader refuses javascript: URLs
    assert_inert()

    for link in page.locator("aside.mentions section ul > li > a").all()[:6]:
        href = link.get_attribute("href")
        if href.startswith("/entities/"):
            page.goto(href)
            assert_inert()
            page.goto(hit_page)
    page.goto("/entities/person:robert-lighthizer")
    assert HOSTILE_TITLE in page.locator(".mentions-list").inner_text()
    assert_inert()
    assert tab.dialogs == [] and tab.errors == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_main_pages_have_no_serious_accessibility_violations(open_tab, viewport):
    tab = open_tab(viewport=viewport)
    found = {}
    for name, path in [*MAIN_PAGES.items(), ("no results", "/?q=zzzzqqq&party=canada")]:
        tab.page.goto(path)
        found[name] = serious_accessibility_violations(tab.page)
    assert found == {name: [] for name in found}
    assert tab.errors == [] and tab.dialogs == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_main_pages_fit_the_screen_under_the_security_policy(open_tab, viewport):
    """No console errors (a CSP violation is one), no sideways scrolling; screenshots for reviewers."""
    tab = open_tab(viewport=viewport)
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, path in MAIN_PAGES.items():
        tab.page.goto(path)
        width = tab.page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name} scrolls sideways at {viewport['width']} px"
        tab.page.screenshot(path=SCREENSHOTS / f"{name}-{viewport['width']}.png", full_page=True)
    assert tab.errors == [] and tab.dialogs == []


def test_phone_filters_fold_above_the_results(open_tab):
    tab = open_tab(viewport=PHONE)
    page = tab.page
    page.goto("/?q=rules+of+origin&party=mexico")
    toggle = page.locator("#filters > summary")
    assert toggle.is_visible() and "1 active" in toggle.inner_text()
    assert not page.locator(".facet").first.is_visible(), "folded on load"
    assert page.locator(".hit").first.evaluate(IN_VIEWPORT), "the first result is on the first screen"
    toggle.click()
    assert facet_value(page, "party", "canada").is_visible()
    page.screenshot(path=SCREENSHOTS / "search-filters-open-390.png", full_page=True)
    facet_value(page, "party", "canada").click()
    page.wait_for_url(re.compile(r"party=canada"))
    assert chips(page) == ["Party: Mexico", "Party: Canada"]


def test_every_control_works_without_javascript(open_tab):
    page = open_tab(java_script_enabled=False).page
    page.goto("/?q=")
    chapters = page.locator('section[aria-labelledby="facet-chapter"]')
    assert not chapters.locator(".facet-filter").is_visible(), "the filter field needs JavaScript, so it hides"
    shown = chapters.locator(".facet-values li:visible")
    assert shown.count() == 8
    chapters.locator("details.show-all > summary").click()
    assert shown.count() == len(facet_counts(page, "chapter"))

    facet_value(page, "party", "canada").click()
    page.wait_for_url(re.compile(r"party=canada"))
    page.get_by_label("From").fill("2018-01")
    page.get_by_role("button", name="Apply dates").click()
    page.wait_for_url(re.compile(r"published_from=2018-01"))
    assert args(page)["party"] == ["canada"]
    assert chips(page) == ["Party: Canada", "Published: 2018-01-01 – …"]

    page.fill("#q", "dispute")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"q=dispute"))
    assert args(page)["party"] == ["canada"], "a new query keeps the filters"
