"""Query stage: turn the user's query text into a Whoosh query plus specific warnings.

Malformed input is repaired as far as it can be and every repair is reported, so the
query never fails silently and never raises.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.qparser import AndGroup, MultifieldParser, plugins
from whoosh.searching import Searcher

from indexer.derive.gazetteer import query_aliases

QUERY_FIELDS = ("title", "body", "publisher", "author", "party", "chapter", "kind")
SEARCH_FIELDS = ("title", "body", "aliases")
MAX_DEPTH = 20
MAX_EXPANSIONS = 512  # a wildcard that expands to more terms is refused with a warning
_FIELD = re.compile(r"(?<![\w:])([A-Za-z_]\w*):(?=(\S?))")
_QUOTED = re.compile(r'"[^"]*"')


@dataclass
class ParsedQuery:
    query: wq.Query
    text: str  # the query text as it was run, after repairs
    warnings: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # "chapter:investment", ... matched by name


def parse_query(text: str, searcher: Searcher) -> ParsedQuery:
    """Parse ``text`` into a query over articles and entities; never raises on user input."""
    warnings: list[str] = []
    if not text.strip():
        return ParsedQuery(wq.Every(), "")
    if text.strip() == "*":
        return ParsedQuery(wq.Every(), "*", ["'*' alone matches everything: showing all documents."])
    repaired = _repair(text, warnings)
    if not repaired.strip():
        return ParsedQuery(wq.Every(), "", [*warnings, "Nothing searchable was left: showing all documents."])
    expanded, aliases = _expand_aliases(repaired)
    query = _parser(searcher.schema).parse(expanded)
    query = _bound_expansions(query, searcher, warnings)
    return ParsedQuery(query, repaired, warnings, aliases)


def _parser(schema: Schema) -> MultifieldParser:
    """The parser for the serving generation's schema, built once: building its plugin list costs more than
    most parses, and ``parse`` keeps no state. (A Schema is unhashable, so the cache holds the last one.)"""
    global _last_parser
    cached = _last_parser
    if cached is None or cached[0] is not schema:
        parser = MultifieldParser(list(SEARCH_FIELDS), schema, group=AndGroup)
        for unwanted in (plugins.SingleQuotePlugin, plugins.RangePlugin, plugins.BoostPlugin):
            parser.remove_plugin_class(unwanted)
        cached = _last_parser = (schema, parser)
    return cached[1]


_last_parser: tuple[Schema, MultifieldParser] | None = None


def _repair(text: str, warnings: list[str]) -> str:
    """Fix quotes, brackets and field prefixes, saying what was changed."""
    text = _balance_quotes(text, warnings)
    text = _balance_brackets(text, warnings)
    return _check_fields(text, warnings)


def _balance_quotes(text: str, warnings: list[str]) -> str:
    if text.count('"') % 2:
        index = text.rfind('"')
        warnings.append("Unbalanced quote: the last '\"' was ignored, so those words are not searched as a phrase.")
        text = text[:index] + " " + text[index + 1 :]
    return text


def _balance_brackets(text: str, warnings: list[str]) -> str:
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    depth, deepest, chars = 0, 0, list(text)
    for index, char in enumerate(outside):
        if char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            if depth == 0:
                chars[index] = " "
                warnings.append("Unbalanced bracket: a ')' without its '(' was ignored.")
                continue
            depth -= 1
    text = "".join(chars)
    if depth:
        warnings.append(f"Unbalanced bracket: {depth} '(' without ')' closed at the end of the query.")
        text += ")" * depth
    if deepest > MAX_DEPTH:
        warnings.append(f"Brackets nested {deepest} deep (the limit is {MAX_DEPTH}) were ignored.")
        text = text.replace("(", " ").replace(")", " ")
    return text


def _check_fields(text: str, warnings: list[str]) -> str:
    """Drop bare ``field:`` prefixes and turn unknown ones into plain words."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def replace(match: re.Match) -> str:
        if any(a <= match.start() < b for a, b in quoted):
            return match.group()
        name, after = match.group(1), match.group(2)
        if name.lower() not in QUERY_FIELDS:
            warnings.append(
                f"Unknown field '{name}:' was searched as a word. Fields you can use: {', '.join(QUERY_FIELDS)}."
            )
            return name + " "
        if not after or after in ")":
            warnings.append(f"'{name}:' has no value (write e.g. {name}:{_EXAMPLES[name.lower()]}) and was ignored.")
            return " "
        return name.lower() + ":"

    return _FIELD.sub(replace, text)


_EXAMPLES = {
    "title": "tariffs",
    "body": '"rules of origin"',
    "publisher": "reuters",
    "author": "guzman",
    "party": "canada",
    "chapter": "dispute-settlement",
    "kind": "person",
}


_ALIASES = query_aliases()
_ALIAS_RE = re.compile(
    r'(?<![\w:.-])(?P<q>"?)(?P<alias>'
    + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True))
    + r")(?P=q)(?![\w-])",
    re.IGNORECASE,
)


def _expand_aliases(text: str) -> tuple[str, list[str]]:
    """Let a party or chapter named by any alias also match documents tagged with it."""
    found: list[str] = []
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def replace(match: re.Match) -> str:
        inside = [span for span in quoted if span[0] <= match.start() < span[1]]
        if inside and inside[0] != match.span():
            return match.group()  # part of a longer phrase: leave the phrase whole
        target = _ALIASES[match.group("alias").lower()]
        found.append(target)
        return f"(({match.group()}) OR about:{target.replace(':', '.')})"

    return _ALIAS_RE.sub(replace, text), found


def _bound_expansions(query: wq.Query, searcher: Searcher, warnings: list[str]) -> wq.Query:
    """Refuse wildcard and prefix terms that expand to too many index terms."""
    reader = searcher.reader()

    def visit(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.PatternQuery | wq.Prefix):
            count = sum(1 for _ in itertools.islice(node._btexts(reader), MAX_EXPANSIONS + 1))
            if count > MAX_EXPANSIONS:
                warnings.append(
                    f"'{node.text}' matches more than {MAX_EXPANSIONS} different words and was ignored; make it longer."
                )
                return wq.NullQuery
        return node.apply(visit)

    return visit(query)
