"""Query stage, "did you mean": the indexed word closest to one that matches nothing.

The words come from the index's sidecar (``indexer.postings.spelling_words``): every title and body word,
unstemmed, with the number of documents that hold it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.spelling import Corrector, ListCorrector


class Speller(Corrector):
    """Suggests the words within an edit distance, nearest first, then the ones more documents hold."""

    def __init__(self, counts: Mapping[str, int]):
        self.words = sorted(counts)
        self.counts = counts

    def _suggestions(self, text: str, maxdist: int, prefix: int) -> Iterator[tuple[float, str]]:
        seen: set[str] = set()
        for distance in range(1, maxdist + 1):
            automaton = levenshtein_automaton(text, distance, prefix).to_dfa()
            for word in find_all_matches(automaton, ListCorrector.Skipper(self.words)):
                if word not in seen:
                    seen.add(word)
                    documents = self.counts[word]
                    yield -distance + documents / (documents + 1), word  # distance first, then frequency
