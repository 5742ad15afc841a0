"""Helpers shared by the test files: how the project's own stages read short texts."""

from __future__ import annotations

from dengar.article import segment
from dengar.cast import Cast
from dengar.model import Article
from dengar.nameevidence import article_text
from dengar.plaintext import parse_text
from dengar.quotes import split_quotes


def segment_lines(*lines: str) -> Article:
    """The article read from plain-text lines, each a paragraph of its own."""
    return segment(parse_text("\n\n".join(lines)))


def spoken(article: Article) -> list[str]:
    """The text of every segment the article reads, in order."""
    return [s.text for s in article.segments]


def speakers_of(*paragraphs: str) -> list[str | None]:
    """The quote speakers when the paragraphs are read in order, as an article body is."""
    cast, intro, found = Cast(), "", []
    with article_text("\n".join(paragraphs)):
        for at, paragraph in enumerate(paragraphs):
            following = paragraphs[at + 1] if at + 1 < len(paragraphs) else ""
            segments, cast = split_quotes(paragraph, intro, cast, following)
            found += [s.speaker for s in segments if s.kind == "quote"]
            intro = paragraph
    return found
