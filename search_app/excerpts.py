"""Excerpt stage: the best passages of a hit, with query terms marked and offsets kept.

Article text is escaped; the only markup in an excerpt is our own ``<mark>``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from markupsafe import Markup, escape
from whoosh.analysis import Analyzer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.lang.porter import stem

_TOKEN = re.compile(default_pattern.pattern if hasattr(default_pattern, "pattern") else default_pattern)
_WORDCHAR = re.compile(r"[\w*]")  # what the tokenizer's pattern joins into a token
_stem = functools.lru_cache(maxsize=65_536)(stem)
WINDOW = 280  # characters of a long paragraph shown around its densest matches
LEAD = 80  # characters kept before the first match of the window
MAX_EXCERPTS = 3


@dataclass
class Excerpt:
    paragraph: str
    start: int  # offsets of the excerpt in the article body
    end: int
    html: Markup
    matches: int


def make_excerpts(
    body: str,
    paragraphs: list[tuple[str, int, int]],
    terms: set[str],
    analyzer: Analyzer,
    prefer: list[tuple[int, int]] | None = None,
) -> list[Excerpt]:
    """Pick up to three paragraphs with the most distinct query terms; else the preferred passage."""
    prefixes = _prefixes(terms)
    spans = [
        s
        for _pid, start, end in _candidates(body, paragraphs, prefixes)
        for s in _matched_spans(body, start, end, terms, prefixes)
    ]
    scored = []
    for pid, start, end in paragraphs:
        inside = [s for s in spans if start <= s[0] and s[1] <= end]
        if inside:
            scored.append((len({t for _, _, t in inside}), len(inside), -start, pid, start, end, inside))
    scored.sort(reverse=True)
    excerpts = [_window(body, pid, start, end, inside) for *_, pid, start, end, inside in scored[:MAX_EXCERPTS]]
    return excerpts or [_fallback(body, paragraphs, prefer or [])]


def _prefixes(terms: set[str]) -> tuple[str, ...]:
    """What a word holding one of the stems starts with: Porter changes only endings, and a stem's
    final "i" may stand for a "y" and a final "e" may be added ("during" → "dure")."""
    return tuple({(t[:-1] if t.endswith(("i", "e")) else t)[:4] for t in terms})


def _candidates(
    body: str, paragraphs: list[tuple[str, int, int]], prefixes: tuple[str, ...]
) -> list[tuple[str, int, int]]:
    """Paragraphs that may hold a query term: a cheap substring test first."""
    if not prefixes:
        return []
    return [p for p in paragraphs if any(prefix in body[p[1] : p[2]].lower() for prefix in prefixes)]


def _matched_spans(
    body: str, start: int, end: int, terms: set[str], prefixes: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Tokens of ``body[start:end]`` whose stem is a query term, tokenised and stemmed as the body
    field's StemmingAnalyzer does. Only the tokens that start with a term's prefix are looked at: a
    regular expression finds those places, and a place counts if the body's tokenizer would start a
    token there (not inside a word, nor after a word and a dot, which it joins: "U.S.")."""
    spans = []
    for found in _prefix_pattern(prefixes).finditer(body, start, end):
        at = found.start()
        if at > start and (_WORDCHAR.match(body, at - 1) or _joined_by_dot(body, at, start)):
            continue
        token = _TOKEN.match(body, at, end)
        if token is None:
            continue
        word = token.group().lower()
        if word.startswith(prefixes) and word not in STOP_WORDS and (stemmed := _stem(word)) in terms:
            spans.append((at, token.end(), stemmed))
    return spans


def _joined_by_dot(body: str, at: int, start: int) -> bool:
    return body[at - 1] == "." and at - 2 >= start and _WORDCHAR.match(body, at - 2) is not None


@functools.lru_cache(maxsize=1024)
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern:
    """Every place (overlapping ones too) where one of ``prefixes`` begins, in any case."""
    return re.compile("(?=" + "|".join(re.escape(p) for p in prefixes) + ")", re.IGNORECASE)


def _window(body: str, pid: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> Excerpt:
    if end - start > WINDOW:
        anchor = max(spans, key=lambda s: sum(1 for o in spans if s[0] <= o[0] < s[0] + WINDOW - LEAD))
        start, end = _snap(body, max(start, anchor[0] - LEAD), start, end)
    shown = [(a, b) for a, b, _ in spans if start <= a and b <= end]
    return Excerpt(pid, start, end, render(body, start, end, shown), len(shown))


def _snap(body: str, want: int, low: int, high: int) -> tuple[int, int]:
    """A window of about WINDOW characters from ``want``, cut at word boundaries."""
    start = want
    while start > low and not body[start - 1].isspace():
        start -= 1
    end = min(high, start + WINDOW)
    while end < high and not body[end].isspace():
        end += 1
    return start, end


def _fallback(body: str, paragraphs: list[tuple[str, int, int]], prefer: list[tuple[int, int]]) -> Excerpt:
    """No query term in the text: show the passage that made it match, or the opening."""
    for offset, _ in prefer:
        for pid, start, end in paragraphs:
            if start <= offset < end:
                return _window(body, pid, start, end, [(a, b, "") for a, b in prefer if start <= a and b <= end])
    pid, start, end = paragraphs[0] if paragraphs else ("p1", 0, len(body))
    if end - start > WINDOW:
        start, end = _snap(body, start, start, end)
    return Excerpt(pid, start, end, render(body, start, end, []), 0)


def render(body: str, start: int, end: int, marks: list[tuple[int, int]]) -> Markup:
    """Escape ``body[start:end]`` and wrap each marked span in ``<mark>``; add ellipses where cut."""
    out, position = [], start
    for a, b in sorted(marks):
        if a < position:
            continue
        out += (_escape(body[position:a]), "<mark>", _escape(body[a:b]), "</mark>")
        position = b
    out.append(_escape(body[position:end]))
    if start > 0 and not body[start - 1] == "\n":
        out.insert(0, "…")
    if end < len(body) and not body[end] == "\n":
        out.append("…")
    return Markup("".join(out))  # every piece of article text above went through _escape


def _escape(text: str) -> str:
    """markupsafe's escaping, as a plain string: a Markup object per piece costs more than the escaping."""
    return str(escape(text))
