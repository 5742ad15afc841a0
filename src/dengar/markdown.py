"""Read Markdown into blocks: headings and quotes hinted, inline markup removed, metadata read.

Only what Markdown marks without doubt gets a hint: a ``#`` line (the first one, before any
text, is the headline), a ``**bold**``-only line shaped like a heading, a ``>`` quotation, an
image's title. Metadata tables (``| Penulis | … |``) and front matter become Metadata and are
not spoken; any other table is read row by row, each cell after its column's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dengar.markup import strip_inline, table_blocks
from dengar.metafields import field_name, metadata_from_fields
from dengar.model import Block, BlockHint, Metadata, Source
from dengar.plaintext import reflow, wrap_width

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_H1 = re.compile(r"^\s*=+\s*$")
_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>(?:(?!\1).)+)\1\s*$")
_ITALIC_LINE = re.compile(r"^\s*([*_])(?P<text>[^*_].*?)\1\s*$")
_IMAGE_LINE = re.compile(
    r'^\s*!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]*)(?:\s+"(?P<title>[^"]*)")?\)\s*$'
)
_FRONT_FENCE = "---"
_FRONT_MAX_LINES = 40
_FIELD_LINE = re.compile(r"^\s*(?P<key>[A-Za-z_][\w -]{0,30}?)\s*:\s*(?P<value>.*)$")
_UNFINISHED_END = (".", ",", ";", ":", "!", "?", ")", '"', "”", "’", "…")


@dataclass
class _Reader:
    """Collects blocks while the lines are read; plain lines wait to be reflowed together."""

    lines: list[str]
    width: int | None = None
    items: list[Block | list[str]] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    caption_next: bool = False

    def add(self, text: str, hint: BlockHint | None = None) -> None:
        """Add a block, unless no text is left once markup is removed."""
        if text.strip():
            self.items.append(Block(text.strip(), hint))

    def add_plain(self, line: str) -> None:
        """Add a plain line to the run being collected for reflowing."""
        run = self.items[-1] if self.items else None
        if isinstance(run, list):
            run.append(line)
        else:
            self.items.append([line])

    def has_text(self) -> bool:
        """Whether any block or plain line came before."""
        return any(isinstance(i, Block) or any(s.strip() for s in i) for i in self.items)

    def blocks(self) -> tuple[Block, ...]:
        """The blocks in order, plain runs reflowed into paragraphs."""
        out: list[Block] = []
        for item in self.items:
            if isinstance(item, Block):
                out.append(item)
            else:
                out.extend(Block(strip_inline(p)) for p in reflow(item, self.width))
        return tuple(b for b in out if b.text.strip())


def _front_matter(lines: list[str]) -> tuple[list[tuple[str, str]], int]:
    """Fields of a ``---`` fenced front matter at the top, and the index after it."""
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if start >= len(lines) or lines[start].strip() != _FRONT_FENCE:
        return [], 0
    for end in range(start + 1, min(len(lines), start + _FRONT_MAX_LINES)):
        if lines[end].strip() == _FRONT_FENCE:
            found = [_FIELD_LINE.match(line) for line in lines[start + 1:end] if line.strip()]
            if found and all(found):
                return [(m["key"], m["value"].strip().strip("\"'")) for m in found if m], end + 1
            break
    return [], 0


def _is_heading_shaped(text: str) -> bool:
    """Short, not a sentence, not a parenthesised credit such as "(Tim Redaksi: …)"."""
    return (
        len(text.split()) <= HEADING_MAX_WORDS
        and len(text) <= HEADING_MAX_CHARS
        and not text.startswith("(")
        and not text.endswith(_UNFINISHED_END)
    )


def _is_metadata_table(rows: list[list[str]]) -> bool:
    """Whether a table lists fields (two columns, most first cells known field names)."""
    if not rows or any(len(row) != 2 for row in rows):
        return False
    known = sum(1 for row in rows if field_name(row[0]) is not None)
    return known >= max(1, len(rows) // 2)


def _read_table(reader: _Reader, index: int) -> int:
    """Read the pipe table starting at ``index``; return the index after it."""
    end = index
    while end < len(reader.lines) and reader.lines[end].lstrip().startswith("|"):
        end += 1
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in reader.lines[index:end]]
    content = [row for row in rows if not all(re.fullmatch(r":?-*:?", c) for c in row)]
    if _is_metadata_table(content):
        reader.fields.extend((strip_inline(k), strip_inline(v)) for k, v in content)
    else:
        for text in table_blocks(rows):
            reader.add(text)
    return end


def _read_quote(reader: _Reader, index: int) -> int:
    """Read consecutive ``>`` lines as quote blocks (a bare ``>`` separates paragraphs)."""
    end = index
    parts: list[str] = []
    while end < len(reader.lines) and (found := _QUOTE.match(reader.lines[end])):
        parts.append(found[1].strip())
        end += 1
    for paragraph in " ".join(p or "\n" for p in parts).split("\n"):
        reader.add(strip_inline(paragraph), "quote")
    return end


def _read_line(reader: _Reader, index: int) -> int:
    """Read the line at ``index`` (and any lines it owns); return the index after them."""
    line = reader.lines[index]
    following = reader.lines[index + 1] if index + 1 < len(reader.lines) else ""
    caption_next, reader.caption_next = reader.caption_next, False
    if line.lstrip().startswith("|"):
        return _read_table(reader, index)
    if _QUOTE.match(line):
        return _read_quote(reader, index)
    if heading := _HEADING.match(line):
        first = len(heading[1]) == 1 and not reader.has_text()
        reader.add(strip_inline(heading[2]), "headline" if first else "heading")
    elif line.strip() and _SETEXT_H1.match(following):
        reader.add(strip_inline(line), "heading" if reader.has_text() else "headline")
        return index + 2
    elif _RULE.match(line):
        pass
    elif image := _IMAGE_LINE.match(line):
        if image["title"]:
            reader.add(image["title"], "caption")
        reader.caption_next = not image["title"]
    elif caption_next and (italic := _ITALIC_LINE.match(line)):
        reader.add(strip_inline(italic["text"]), "caption")
    elif bold := _BOLD_LINE.match(line):
        text = strip_inline(bold["text"])
        reader.add(text, "heading" if _is_heading_shaped(text) else None)
    elif item := _LIST_ITEM.match(line):
        reader.add(strip_inline(item[1]))
    else:
        reader.add_plain(line)
        reader.caption_next = caption_next and not line.strip()
    return index + 1


def parse_markdown(text: str) -> Source:
    """Read Markdown (or Markdown-flavoured text) into hinted blocks and metadata.

    Args:
        text: The decoded text.

    Returns:
        The Source, format "markdown".
    """
    lines = text.splitlines()
    fields, index = _front_matter(lines)
    reader = _Reader(lines, fields=list(fields))
    while index < len(lines):
        index = _read_line(reader, index)
    plain = [line for item in reader.items if isinstance(item, list) for line in item]
    reader.width = wrap_width(plain)
    metadata = metadata_from_fields(reader.fields) if reader.fields else Metadata()
    return Source(reader.blocks(), metadata, format="markdown")
