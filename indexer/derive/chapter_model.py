"""Derive stage, chapters: a learned decision over the rules' chapter tags, from hand-labelled articles.

The rules of ``chapters.py`` find where a chapter's terms occur; whether the article *discusses* the chapter is
a judgement the annotators make from the whole text. One logistic model over (article, chapter) pairs makes it:
features shared by every chapter (does a rule tag it, how often, do its terms occur where the context test
failed) with a weight each, a bias per chapter, and per-chapter weights of the article's words. The model is
trained by ``indexer.derive.training`` and shipped as ``chapter_model.json``; nothing is fitted at run time.

The model only adds: a chapter the rules tag stays tagged (their terms and traps are tested one by one, and the
rare chapters, "de minimis", "safe harbor", "TN status", have too few training articles to overrule them). A chapter
it adds is traced to the sentence whose words speak for it most, so every tag still opens at a passage. Keeping
every rule tag scored best in cross-validation too (F1 over dev and labelled 0.854, against 0.850 when the model
could also drop tags, 0.835 for the rules alone; on the 328 items of the sixth round 0.845 against 0.836-0.844
with dropping; on the 366 of the seventh 0.842 against 0.840 for the rules; on the 402 of the eighth, with the
settings ``training.Settings`` now has, 0.847 against 0.832).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from indexer.derive import article_sentences, make_mention
from indexer.derive.chapters import term_counts
from indexer.models import Article, Mention

MODEL_PATH = Path(__file__).with_name("chapter_model.json")
WORD_SCALE = 10_000  # word weights are stored in whole units of 1/WORD_SCALE (training rounds them to four decimals)
SHARED_FEATURES = ("tagged", "mentions", "term_seen", "terms", "terms_without_mention")
_WORD = re.compile(r"[a-z][a-z-]+")
_STOP_WORDS = frozenset(
    """the and for that with said from this have will was are has been not but its which would they their his were
    also had more than other over into about after last year could pct mln dlrs billion""".split()
)


def words(text: str) -> list[str]:
    """The article's words as the model reads them: lower case, three letters or more, plurals folded."""
    return [_fold(w) for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP_WORDS]


def _fold(word: str) -> str:
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def shared_features(mentions: int, terms: int) -> list[float]:
    """The features every chapter shares, from its rule mentions and its terms seen anywhere."""
    return [
        float(mentions > 0),
        math.log1p(mentions),
        float(terms > 0),
        math.log1p(terms),
        math.log1p(max(terms - mentions, 0)),
    ]


def word_vector(article_words: list[str], vocabulary: dict[str, int]) -> dict[int, float]:
    """Log counts of the known words, scaled to unit length (a long article does not outvote a short one)."""
    counts: dict[int, int] = {}
    for word in article_words:
        if (index := vocabulary.get(word)) is not None:
            counts[index] = counts.get(index, 0) + 1
    logs = {index: math.log1p(count) for index, count in counts.items()}
    norm = math.sqrt(sum(v * v for v in logs.values())) or 1.0
    return {index: value / norm for index, value in logs.items()}


@dataclass(frozen=True)
class ChapterModel:
    """Weights of the chapter decision; ``score`` is the probability that the article discusses the chapter."""

    slugs: tuple[str, ...]
    vocabulary: dict[str, int]
    shared: tuple[float, ...]
    bias: dict[str, float]
    words: dict[str, dict[int, float]]  # slug -> word index -> weight (zero weights left out)
    threshold: float

    def score(self, slug: str, features: list[float], vector: dict[int, float]) -> float:
        weights = self.words.get(slug, {})
        z = self.bias[slug] + sum(w * f for w, f in zip(self.shared, features, strict=True))
        z += sum(weights.get(index, 0.0) * value for index, value in vector.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {
            "slugs": list(self.slugs),
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.get),
            "shared_features": list(SHARED_FEATURES),
            "shared": list(self.shared),
            "bias": self.bias,
            # dense and in whole units of WORD_SCALE (the fit rounds weights to four decimals): a third of the size
            # of index -> weight pairs, and the same weights read back
            "word_scale": WORD_SCALE,
            "words": {
                slug: [round(ws.get(i, 0.0) * WORD_SCALE) for i in range(len(self.vocabulary))]
                for slug, ws in self.words.items()
            },
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict) -> ChapterModel:
        if data["shared_features"] != list(SHARED_FEATURES):
            raise ValueError(f"{MODEL_PATH.name}: shared features {data['shared_features']} are not this code's")
        return cls(
            slugs=tuple(data["slugs"]),
            vocabulary={word: i for i, word in enumerate(data["vocabulary"])},
            shared=tuple(data["shared"]),
            bias=dict(data["bias"]),
            words={
                slug: {i: n / data["word_scale"] for i, n in enumerate(units) if n}
                for slug, units in data["words"].items()
            },
            threshold=float(data["threshold"]),
        )


@cache
def load_model(path: Path = MODEL_PATH) -> ChapterModel:
    """The shipped model (read once per process)."""
    return ChapterModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def decide(article: Article, mentions: list[Mention], model: ChapterModel | None = None) -> list[Mention]:
    """The rules' chapter mentions, and a traced mention of each chapter the model adds to them."""
    model = model or load_model()
    tagged = {m.value for m in mentions}
    terms = term_counts(article)
    vector = word_vector(words(article.body), model.vocabulary)
    added = [
        slug
        for slug in model.slugs
        if slug not in tagged and model.score(slug, shared_features(0, terms.get(slug, 0)), vector) >= model.threshold
    ]
    traced = [mention for slug in added if (mention := _traced(article, slug, model))]
    return sorted([*mentions, *traced], key=lambda m: m.start)


def _traced(article: Article, slug: str, model: ChapterModel) -> Mention | None:
    """A mention of the sentence whose words weigh most for ``slug`` (None if no sentence has any)."""
    weights = model.words.get(slug, {})
    best, best_weight = None, 0.0
    for start, end in article_sentences(article):
        weight = sum(weights.get(model.vocabulary.get(w, -1), 0.0) for w in set(words(article.body[start:end])))
        if weight > best_weight:
            best, best_weight = (start, end), weight
    return make_mention(article, "chapter", slug, *best) if best else None
