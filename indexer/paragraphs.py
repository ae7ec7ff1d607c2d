"""Loading stage, part two: split an article body into paragraphs with stable ids and offsets."""

from __future__ import annotations

import re

from indexer.models import Paragraph

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def split_paragraphs(body: str) -> list[Paragraph]:
    """Split ``body`` at blank lines; each paragraph keeps its exact offsets into ``body``."""
    paragraphs: list[Paragraph] = []
    position = 0
    for gap in [*_BLANK_LINES.finditer(body), None]:
        chunk_end = gap.start() if gap else len(body)
        _append_stripped(paragraphs, body, position, chunk_end)
        if gap:
            position = gap.end()
    return paragraphs


def _append_stripped(paragraphs: list[Paragraph], body: str, start: int, end: int) -> None:
    """Append ``body[start:end]`` without surrounding white space, unless it is blank."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start < end:
        number = len(paragraphs) + 1
        paragraphs.append(Paragraph(f"p{number}", start, end, body[start:end]))
