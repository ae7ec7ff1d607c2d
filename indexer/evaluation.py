"""Evaluation stage: score the derivation against the hand-annotated gold set, kind by kind.

Each gold item is an article ``<id>.md`` with its annotation ``<id>.gold.json`` (see
``tests/data/gold/README.md``). Scores are micro-averaged over documents: parties and chapters as
sets of slugs, dates as sets of ``(start, end)`` intervals, people and organisations as sets of
normalised names (a gold entity may list ``aliases``), plus how often a matched name's party agrees.

Run ``python -m indexer.evaluation tests/data/gold/dev -v`` to see the table and every error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.loading import load_file
from indexer.models import Article, Derivation

PARTY_SLUGS = frozenset({"united-states", "canada", "mexico"})
CHAPTER_SLUGS = frozenset(
    {
        "market-access", "agriculture", "rules-of-origin", "textiles", "customs", "energy", "sps",
        "trade-remedies", "tbt", "government-procurement", "investment", "services", "temporary-entry",
        "financial-services", "telecommunications", "digital-trade", "intellectual-property", "competition",
        "state-owned-enterprises", "labor", "environment", "smes", "anticorruption",
        "good-regulatory-practices", "exceptions", "currency", "dispute-settlement", "sunset-clause",
    }
)  # fmt: skip
DATE_PRECISIONS = frozenset({"day", "range", "month", "year"})
SLUG_KINDS = ("parties", "chapters")
NAMED_KINDS = ("people", "organizations")
KINDS = (*SLUG_KINDS, "dates", *NAMED_KINDS)
GOLD_SUFFIX = ".gold.json"


@dataclass
class KindScore:
    """Counts for one kind over a set of documents; the ratios derive from them."""

    kind: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    party_checked: int = 0  # matched names whose party was compared (people and organisations)
    party_agreed: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        """2PR/(P+R), computed from the counts so an exact 0.8 is not 0.7999999."""
        return _ratio(2 * self.tp, self.gold + self.predicted)

    @property
    def party_attribution(self) -> float | None:
        """Fraction of matched names whose predicted party equals the gold party; None for slugs and dates."""
        return _ratio(self.party_agreed, self.party_checked) if self.kind in NAMED_KINDS else None

    def add(self, other: KindScore) -> None:
        """Accumulate another document's counts (micro-averaging)."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.tp += other.tp
        self.party_checked += other.party_checked
        self.party_agreed += other.party_agreed


@dataclass(frozen=True)
class DocumentError:
    """What one document got wrong for one kind: gold items missed, items predicted wrongly."""

    article_id: str
    kind: str
    missing: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    wrong_party: tuple[str, ...] = ()  # "Name: predicted X, gold Y"


@dataclass
class Report:
    """Per-kind scores over a gold set, and every per-document error behind them."""

    documents: int
    scores: dict[str, KindScore]
    errors: list[DocumentError] = field(default_factory=list)
    annotated: dict[str, int] = field(default_factory=dict)  # kind -> documents annotated for it


@dataclass(frozen=True)
class GoldDocument:
    """A gold article and its annotation, as read from ``<id>.md`` and ``<id>.gold.json``."""

    article: Article
    gold: dict
    path: Path


def evaluate(gold_dir: Path, derive: Callable[[Article], Derivation] | None = None) -> Report:
    """Derive from every gold article under ``gold_dir`` and score the result against the annotation."""
    if derive is None:
        from indexer.derive import derive
    documents = load_gold(gold_dir)
    scores = {kind: KindScore(kind) for kind in KINDS}
    errors: list[DocumentError] = []
    annotated = dict.fromkeys(KINDS, 0)
    for document in documents:
        predicted = predicted_items(derive(document.article))
        for kind in annotated_kinds(document.gold):
            score, error = score_kind(document.article.id, kind, document.gold.get(kind, []), predicted[kind])
            scores[kind].add(score)
            annotated[kind] += 1
            if error.missing or error.spurious or error.wrong_party:
                errors.append(error)
    return Report(documents=len(documents), scores=scores, errors=errors, annotated=annotated)


def annotated_kinds(gold: dict) -> tuple[str, ...]:
    """The kinds an item was annotated for: all of them, or those its ``annotated`` list names (the labelled
    split has chapters for every item and people for some)."""
    return tuple(kind for kind in KINDS if kind in gold.get("annotated", KINDS))


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """Read every ``<id>.gold.json`` under ``gold_dir`` with the article ``<id>.md`` beside it."""
    paths = sorted(Path(gold_dir).rglob(f"*{GOLD_SUFFIX}"))
    if not paths:
        raise FileNotFoundError(f"{gold_dir}: no *{GOLD_SUFFIX} files")
    return [_load_gold_document(path) for path in paths]


def _load_gold_document(path: Path) -> GoldDocument:
    article_path = path.with_name(path.name.removesuffix(GOLD_SUFFIX) + ".md")
    (article,) = load_file(article_path)
    return GoldDocument(article=article, gold=json.loads(path.read_text(encoding="utf-8")), path=path)


def predicted_items(derivation: Derivation) -> dict[str, list]:
    """Turn a derivation into the gold file's shape, so both sides score alike."""
    mentions = derivation.mentions
    return {
        "parties": derivation.values("party"),
        "chapters": derivation.values("chapter"),
        "dates": [{"start": m.date_start, "end": m.date_end} for m in mentions if m.type == "date"],
        "people": [{"name": m.value, "party": m.party} for m in mentions if m.type == "person"],
        "organizations": [{"name": m.value, "party": m.party} for m in mentions if m.type == "organization"],
    }


def score_kind(article_id: str, kind: str, gold: list, predicted: list) -> tuple[KindScore, DocumentError]:
    """Score one document's predictions of one kind against its gold items."""
    if kind in NAMED_KINDS:
        return _score_names(article_id, kind, gold, predicted)
    key = _interval if kind == "dates" else str
    gold_keys, predicted_keys = {key(item) for item in gold}, {key(item) for item in predicted}
    score = KindScore(kind, len(gold_keys), len(predicted_keys), len(gold_keys & predicted_keys))
    error = DocumentError(
        article_id, kind, tuple(sorted(gold_keys - predicted_keys)), tuple(sorted(predicted_keys - gold_keys))
    )
    return score, error


def _interval(item: dict) -> str:
    return f"{item['start']}/{item['end']}"


def _score_names(article_id: str, kind: str, gold: list[dict], predicted: list) -> tuple[KindScore, DocumentError]:
    """Match predicted names to gold entities by name or alias; a second name for a matched entity is spurious."""
    by_name = {name: entity for entity in gold for name in _entity_names(entity)}
    shown, predicted_party = _predicted_names(predicted)
    matched: dict[str, str] = {}  # gold canonical name -> the normalised predicted name that matched it
    spurious: list[str] = []
    for name in predicted_party:
        entity = by_name.get(name)
        if entity is None or entity["name"] in matched:
            spurious.append(shown[name])
        else:
            matched[entity["name"]] = name
    wrong_party = [
        f"{gold_name}: predicted {predicted_party[name]}, gold {_party_of(gold, gold_name)}"
        for gold_name, name in matched.items()
        if predicted_party[name] != _party_of(gold, gold_name)
    ]
    missing = [entity["name"] for entity in gold if entity["name"] not in matched]
    agreed = len(matched) - len(wrong_party)
    score = KindScore(
        kind, len(gold), len(predicted_party), tp=len(matched), party_checked=len(matched), party_agreed=agreed
    )
    return score, DocumentError(article_id, kind, tuple(missing), tuple(spurious), tuple(wrong_party))


def _predicted_names(predicted: list[dict]) -> tuple[dict[str, str], dict[str, str | None]]:
    """Each distinct normalised name with its first spelling and its first non-null party."""
    shown: dict[str, str] = {}
    party: dict[str, str | None] = {}
    for item in predicted:
        name = normalise_name(item["name"])
        shown.setdefault(name, item["name"])
        party[name] = party.get(name) or item.get("party")
    return shown, party


def _entity_names(entity: dict) -> set[str]:
    return {normalise_name(name) for name in [entity["name"], *entity.get("aliases", [])]}


def _party_of(gold: list[dict], name: str) -> str | None:
    return next(entity.get("party") for entity in gold if entity["name"] == name)


def normalise_name(name: str) -> str:
    """Fold case and accents and reduce punctuation to single spaces: "Chrétien" == "chretien"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def format_report(report: Report, verbose: bool = False) -> str:
    """An aligned table of the scores per kind; with ``verbose``, every document's errors below it."""
    header = ("kind", "gold", "predicted", "tp", "precision", "recall", "F1", "party attribution")
    scored = [score for kind, score in report.scores.items() if report.annotated.get(kind, report.documents)]
    rows = [header, *(_score_row(score) for score in scored)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [f"{report.documents} documents", *(_aligned(row, widths) for row in rows)]
    if verbose:
        lines += ["", *_error_lines(report.errors)]
    return "\n".join(line.rstrip() for line in lines)


def _aligned(row: tuple[str, ...], widths: list[int]) -> str:
    """The kind left-aligned, the numbers right-aligned."""
    cells = [row[0].ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))]
    return "  ".join(cells)


def _score_row(score: KindScore) -> tuple[str, ...]:
    attribution = score.party_attribution
    counts = (str(score.gold), str(score.predicted), str(score.tp))
    ratios = (f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    return (score.kind, *counts, *ratios, "-" if attribution is None else f"{attribution:.3f}")


def _error_lines(errors: Iterable[DocumentError]) -> list[str]:
    lines: list[str] = []
    current = None
    for error in errors:
        if error.article_id != current:
            current = error.article_id
            lines.append(f"{current}:")
        labelled = {"missing": error.missing, "spurious": error.spurious, "wrong party": error.wrong_party}
        lines += [f"  {error.kind} {label}: {'; '.join(items)}" for label, items in labelled.items() if items]
    return lines or ["no errors"]


def check_gold(document: GoldDocument) -> list[str]:
    """Problems with one gold annotation: unknown slugs, bad intervals, date texts not in the body."""
    gold, body = document.gold, _squeeze(document.article.body)
    problems = [f"unknown party {slug!r}" for slug in gold.get("parties", []) if slug not in PARTY_SLUGS]
    problems += [f"unknown chapter {slug!r}" for slug in gold.get("chapters", []) if slug not in CHAPTER_SLUGS]
    problems += [f"unknown kind {kind!r} in 'annotated'" for kind in gold.get("annotated", []) if kind not in KINDS]
    problems += [f"missing key {key!r}" for key in (*annotated_kinds(gold), "notes") if key not in gold]
    for date in gold.get("dates", []):
        problems += _date_problems(date, body)
    for kind in NAMED_KINDS:
        problems += [
            f"{kind}: {entity.get('name')!r} has party {entity.get('party')!r}"
            for entity in gold.get(kind, [])
            if entity.get("party") not in (*PARTY_SLUGS, None) or not entity.get("name")
        ]
    return problems


def _date_problems(date: dict, body: str) -> list[str]:
    try:
        start, end = dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"])
    except (KeyError, TypeError, ValueError):
        return [f"date {date!r}: start and end must be ISO days"]
    text, precision = date.get("text"), date.get("precision")
    problems = [f"date {text!r}: start {start} is after end {end}"] if start > end else []
    if precision not in DATE_PRECISIONS:
        problems.append(f"date {text!r}: precision {precision!r} not in {sorted(DATE_PRECISIONS)}")
    if not text or _squeeze(text) not in body:
        problems.append(f"date text {text!r} does not occur in the body")
    return problems


def _squeeze(text: str) -> str:
    """Collapse white space, so a date wrapped over two lines ("last\\nDecember") still matches."""
    return " ".join(text.split())


def _ratio(numerator: int, denominator: int) -> float:
    """A ratio that is 1.0 when there was nothing to get wrong."""
    return numerator / denominator if denominator else 1.0


def main(argv: list[str] | None = None) -> None:
    """Print the evaluation table for a gold directory (``-v`` lists the errors)."""
    parser = argparse.ArgumentParser(prog="python -m indexer.evaluation", description=main.__doc__)
    parser.add_argument("gold_dir", type=Path, nargs="?", default=Path("tests/data/gold/dev"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    print(format_report(evaluate(args.gold_dir), verbose=args.verbose))


if __name__ == "__main__":
    main()
