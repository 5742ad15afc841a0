"""The data that flows between dengar's stages: frozen, so no stage mutates another's result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SegmentKind = Literal[
    "headline", "deck", "byline", "lead", "paragraph", "heading", "quote", "caption"
]
SEGMENT_KINDS: tuple[SegmentKind, ...] = (
    "headline", "deck", "byline", "lead", "paragraph", "heading", "quote", "caption",
)
BODY_KINDS: frozenset[SegmentKind] = frozenset({"lead", "paragraph", "quote"})

# The role a source format marked explicitly on a block (an HTML <h2>, a Markdown "## ",
# a <blockquote>, a <figcaption>, a list item); None when the format says nothing and the
# segmenter decides. An "item" is body text that is never a heading or a byline.
BlockHint = Literal[
    "headline", "deck", "byline", "heading", "quote", "caption", "furniture", "item"
]
SourceFormat = Literal["html", "markdown", "text"]


@dataclass(frozen=True)
class Block:
    """One paragraph (or one line) of the source, inline markup already removed."""

    text: str
    hint: BlockHint | None = None


@dataclass(frozen=True)
class Metadata:
    """What the source says about itself (HTML meta tags, JSON-LD, a Markdown table)."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Source:
    """A decoded article before segmentation: its blocks in reading order and its metadata."""

    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    format: SourceFormat = "text"


@dataclass(frozen=True)
class Segment:
    """One spoken unit of an article.

    Attributes:
        kind: What role the text plays in the article.
        text: The text as written (page furniture already removed).
        speaker: Who said it, for a quote whose speaker is known.
        spoken: What the engine receives; empty until the normalize stage fills it.
    """

    kind: SegmentKind
    text: str
    speaker: str | None = None
    spoken: str = ""


@dataclass(frozen=True)
class Chapter:
    """A navigable part of the article: the opening, or one section under a heading."""

    title: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Article:
    """An article as dengar understood it."""

    title: str | None
    chapters: tuple[Chapter, ...]
    byline: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str = "id"
    url: str | None = None
    dropped: tuple[str, ...] = field(default=())

    @property
    def segments(self) -> tuple[Segment, ...]:
        """Every segment in reading order."""
        return tuple(s for chapter in self.chapters for s in chapter.segments)


@dataclass(frozen=True)
class ChapterMark:
    """Where a chapter lies in the assembled audio, in milliseconds."""

    title: str
    start_ms: int
    end_ms: int
