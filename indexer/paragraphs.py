"""Loading stage, part two: split an article body into paragraphs with stable ids and offsets."""

from __future__ import annotations

import re

from indexer.models import Paragraph

# A blank line, or a line break before an indented line: newswire (Reuters) marks paragraphs by indentation.
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*|\n(?:[ ]{3,}|\t)(?=\S)")


def split_paragraphs(body: str) -> list[Paragraph]:
    """Split ``body`` at blank lines and at indented line starts; each paragraph keeps its exact offsets."""
    paragraphs: list[Paragraph] = []
    position = 0
    for gap in [*_BLANK_LINES.finditer(body), None]:
        chunk_end = gap.start() if gap else len(body)
        chunk = body[position:chunk_end]
        text = chunk.strip()
        if text:
            start = position + len(chunk) - len(chunk.lstrip())
            paragraphs.append(Paragraph(f"p{len(paragraphs) + 1}", start, start + len(text), text))
        if gap:
            position = gap.end()
    return paragraphs
