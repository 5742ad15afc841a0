"""Read plain text (and Markdown) into blocks: one block per non-empty line."""

from __future__ import annotations

from dengar.model import Block, Source


def parse_text(text: str) -> Source:
    """Split decoded plain text into one unmarked block per non-empty line.

    Args:
        text: The decoded article text.

    Returns:
        The Source, with no metadata.
    """
    return Source(tuple(Block(line) for line in text.splitlines() if line.strip()))
