"""Segmenting plain text into an Article: headline, byline, furniture, captions, headings, body.

Each line is classified on its own by a few small predicates (``_is_furniture``,
``_byline_name``, ``_split_caption``, ``_is_heading_shaped``), then the classified lines are
assembled into chapters; body lines go through ``quotes.split_quotes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from dengar import furniture
from dengar.errors import NoBody
from dengar.model import BODY_KINDS, Article, Chapter, Segment, Source
from dengar.quotes import split_quotes

# The first chapter's title when the text has no headline.
OPENING_TITLE = "Pembuka"

HEADLINE_MAX_WORDS = 30  # longer than this, the first line is a paragraph or a caption
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
BYLINE_WINDOW = 3  # how many lines after the headline may hold the byline
BODY_MIN_WORDS = 3  # a body needs at least one segment this long to be worth speaking

LineKind = Literal["furniture", "headline", "byline", "caption", "heading", "body"]

_SPACE_RE = re.compile(r"[\s\u200b\ufeff]+")
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-Z]")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_UNFINISHED_END = (".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "…")
_DASH_SEPARATORS = (" - ", " – ", " — ")


@dataclass(frozen=True)
class _Line:
    """One non-empty line and what it turned out to be."""

    kind: LineKind
    text: str
    dropped: str = ""  # furniture removed from (or as) this line


def _clean_line(line: str) -> str:
    """Collapse every run of white space (NBSP included) to one space and strip the ends."""
    return _SPACE_RE.sub(" ", line).strip()


def _is_furniture(line: str) -> bool:
    """Whether the line is a share/comment button or a "Baca juga" link."""
    return bool(furniture.FURNITURE_LINE.match(line) or furniture.RELATED_LINK.match(line))


def _is_headline(line: str) -> bool:
    """Whether a first line is short enough, and single-sentence enough, to be a headline."""
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    return not (line.endswith(".") and _SENTENCE_BREAK_RE.search(line))


def _byline_name(line: str) -> tuple[str, bool] | None:
    """The author's name on a byline line and whether a prefix announced it, else None."""
    prefix = furniture.BYLINE_PREFIX.match(line)
    name = line[prefix.end():].strip() if prefix else line
    words = name.split()
    if not 0 < len(words) <= furniture.BYLINE_MAX_WORDS or any(c.isdigit() for c in name):
        return None
    if name.endswith(_UNFINISHED_END):
        return None
    if not all(w[0].isupper() or w in furniture.NAME_PARTICLES for w in words):
        return None
    return name, prefix is not None


def _is_heading_shaped(line: str) -> bool:
    """Whether the line is short and unpunctuated at its end, as headings are."""
    return (
        len(line.split()) <= HEADING_MAX_WORDS
        and len(line) <= HEADING_MAX_CHARS
        and not line.endswith(_UNFINISHED_END)
        and _WORD_RE.search(line) is not None
    )


def _split_caption(line: str, headline: str | None) -> tuple[str, str] | None:
    """Split a glued caption into (removed prefix, caption text), or None if not a caption."""
    marker = furniture.IMAGE_MARKER.search(line)
    if marker:
        return line[: marker.end()].strip(), line[marker.end():].strip()
    if headline:
        for dash in _DASH_SEPARATORS:
            if line.startswith(headline + dash):
                return line[: len(headline) + len(dash)].strip(), line[len(headline) + len(dash):]
    return None


def _byline_index(content: list[str], start: int) -> int | None:
    """Index of the byline among the lines just after the headline, else None."""
    body_seen = False
    for index in range(start, min(start + BYLINE_WINDOW, len(content))):
        found = _byline_name(content[index])
        # After the lead, a bare short name line is more likely a heading; a prefix still counts.
        if found and (found[1] or not body_seen):
            return index
        body_seen = body_seen or not _is_heading_shaped(content[index])
    return None


def _classify_content(content: list[str], index: int, headline: str | None) -> _Line:
    """Classify one non-furniture line from its shape and the line after it."""
    line = content[index]
    caption = _split_caption(line, headline)
    if caption:
        prefix, text = caption
        return _Line("caption", text, dropped=prefix) if text else _Line("furniture", "", line)
    following = content[index + 1] if index + 1 < len(content) else None
    if (
        _is_heading_shaped(line)
        and following is not None
        and not _is_heading_shaped(following)
        and _split_caption(following, headline) is None
    ):
        return _Line("heading", line)
    return _Line("body", line)


def _classify(lines: list[str]) -> list[_Line]:
    """Classify every non-empty line, keeping furniture in place so its order is kept."""
    content = [line for line in lines if not _is_furniture(line)]
    headline = content[0] if content and _is_headline(content[0]) else None
    byline_at = _byline_index(content, 1 if headline else 0)
    classified: list[_Line] = []
    position = 0
    for line in lines:
        if _is_furniture(line):
            classified.append(_Line("furniture", "", dropped=line))
            continue
        if position == 0 and headline is not None:
            classified.append(_Line("headline", line))
        elif position == byline_at:
            classified.append(_Line("byline", line))
        else:
            classified.append(_classify_content(content, position, headline))
        position += 1
    return classified


@dataclass
class _Builder:
    """Collects segments into chapters while the classified lines are read in order."""

    title: str
    chapters: list[Chapter] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    intro: str = ""
    last_speaker: str | None = None
    lead_seen: bool = False

    def start_chapter(self, heading: str) -> None:
        """Close the current chapter and open one under heading."""
        self.close()
        self.title, self.segments = heading, [Segment("heading", heading)]
        # A quote after a heading is not introduced by the previous section, nor is "dia".
        self.intro, self.last_speaker = "", None

    def add_body(self, text: str) -> None:
        """Add a body paragraph, split into paragraph and quote segments."""
        parts, self.last_speaker = split_quotes(text, self.intro, self.last_speaker)
        if not self.lead_seen and parts and parts[0].kind == "paragraph":
            parts = (Segment("lead", parts[0].text),) + parts[1:]
        self.lead_seen = True
        self.intro = text
        self.segments.extend(parts)

    def close(self) -> None:
        """Turn the collected segments into a chapter, if there are any."""
        if self.segments:
            self.chapters.append(Chapter(self.title, tuple(self.segments)))
        self.segments = []


def _assemble(lines: list[_Line]) -> Article:
    """Build the Article from classified lines."""
    title = next((line.text for line in lines if line.kind == "headline"), None)
    byline = next((line.text for line in lines if line.kind == "byline"), None)
    builder = _Builder(title or OPENING_TITLE)
    for line in lines:
        if line.kind == "heading":
            builder.start_chapter(line.text)
        elif line.kind == "body":
            builder.add_body(line.text)
        elif line.kind != "furniture":
            builder.segments.append(Segment(line.kind, line.text))
    builder.close()
    found = _byline_name(byline) if byline else None
    return Article(
        title=title,
        chapters=tuple(builder.chapters),
        byline=found[0] if found else None,
        publisher=_publisher(builder.chapters),
        dropped=tuple(line.dropped for line in lines if line.dropped),
    )


def _publisher(chapters: list[Chapter]) -> str | None:
    """The outlet named by a wire tag that opens the lead, "(VOVWORLD) -", if known."""
    lead = next((s.text for c in chapters for s in c.segments if s.kind == "lead"), "")
    tag = furniture.WIRE_TAG.match(lead)
    return furniture.PUBLISHER_TAGS.get(tag.group("tag").upper()) if tag else None


def _has_body(article: Article) -> bool:
    """Whether some lead, paragraph or quote holds real sentence content."""
    return any(
        s.kind in BODY_KINDS and len(_WORD_RE.findall(s.text)) >= BODY_MIN_WORDS
        for s in article.segments
    )


def segment(source: Source) -> Article:
    """Segment an article's blocks into chapters of segments.

    Args:
        source: The decoded article's blocks (one paragraph or line each) and metadata.

    Returns:
        The Article, with page furniture removed from the segments and listed in ``dropped``.

    Raises:
        NoBody: The text holds no lead, paragraph or quote with real sentence content.
    """
    texts = (block.text for block in source.blocks)
    lines = [cleaned for cleaned in map(_clean_line, texts) if cleaned]
    article = _assemble(_classify(lines))
    if not _has_body(article):
        raise NoBody(
            "The text has no article body to speak: after page furniture is removed, "
            "nothing is left but a headline, a byline or labels."
        )
    return article
