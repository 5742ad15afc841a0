"""Read Markdown into blocks: headings and quotes hinted, inline markup removed, metadata read.

Only what Markdown marks without doubt gets a hint: a ``#`` line (the first one, before any
text, is the headline), a ``**bold**``-only line shaped like a heading, a ``>`` quotation, an
image's caption (its title, an italic line under it, or an alt text that describes the photo),
the paragraph equal to the metadata's description (the deck), and a summary a bot added
(furniture, see ``mdsummary``). Metadata tables (``| Penulis | … |``, ``| ✍️ Author | … |``) and
front matter become Metadata and are not spoken; any other table is read row by row, each cell
after its column's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dengar.markup import strip_inline, table_blocks
from dengar.mdsummary import summary_paragraphs, summary_span
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
# An image alone on its line, perhaps inside a link ("[![alt](src)](href)") and with pandoc
# attributes ("{width=80%}"); its title in double or single quotes.
_IMAGE_LINE = re.compile(
    r"^\s*(?P<link>\[)?!\[(?P<alt>[^\]]*)\]\(<?(?P<url>[^)\s>]*)>?"
    r"""(?:\s+(?:"(?P<title>[^"]*)"|'(?P<title2>[^']*)'))?\)"""
    r"(?(link)\]\([^)]*\))(?:\{[^}\n]*\})?\s*$"
)
CAPTION_ALT_MIN_WORDS = 4  # an alt text this long describes the photo: it is read as a caption
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|avif|tiff?)\b|^\S+$", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_TABLE_HEADER_WORDS = frozenset({"field", "key", "kolom", "property", "properti", "atribut",
                                 "attribute", "metadata", "meta"})
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
        """Whether any block (not furniture) or plain line came before."""
        return any(i.hint != "furniture" if isinstance(i, Block) else any(s.strip() for s in i)
                   for i in self.items)

    def blocks(self) -> tuple[Block, ...]:
        """The blocks in order, plain runs reflowed into paragraphs."""
        out: list[Block] = []
        for item in self.items:
            if isinstance(item, Block):
                out.append(item)
            else:
                paragraphs = reflow(_join_hard_breaks(item), self.width)
                out.extend(Block(strip_inline(p)) for p in paragraphs)
        return tuple(b for b in out if b.text.strip())


def _join_hard_breaks(lines: list[str]) -> list[str]:
    r"""Join a line ending in a backslash (a hard line break) with the next non-blank line."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].rstrip().endswith("\\") and line.strip():
            out[-1] = out[-1].rstrip()[:-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


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
    """Whether a table lists fields: two columns, most first cells known field names.

    A "| Field | Value |" header row is not counted; a "| Judul | … |" first row is.
    """
    if not rows or any(len(row) != 2 for row in rows):
        return False
    if len(rows) > 1 and strip_inline(rows[0][0]).lower() in _TABLE_HEADER_WORDS:
        rows = rows[1:]
    known = sum(1 for row in rows if field_name(row[0]) is not None)
    return known >= 1 and 2 * known > len(rows)


def _read_table(reader: _Reader, index: int) -> int:
    """Read the pipe table starting at ``index``; return the index after it."""
    end = index
    while end < len(reader.lines) and reader.lines[end].lstrip().startswith("|"):
        end += 1
    rows = [[cell.strip() for cell in _CELL_SPLIT.split(line.strip().strip("|"))]
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


def _next_text_line(lines: list[str], index: int) -> str:
    """The first non-blank line from ``index`` on, or "" at the end."""
    return next((line for line in lines[index:] if line.strip()), "")


def _is_caption_alt(alt: str, reader: _Reader) -> bool:
    """Whether an image's alt text describes the photo: several words, no file name, not the
    headline (many sites put the article's title in every image's alt)."""
    words = alt.split()
    titles = [b.text for b in reader.items if isinstance(b, Block) and b.hint == "headline"]
    titles += [v for k, v in reader.fields if field_name(k) == "title"]
    return (
        len(words) >= CAPTION_ALT_MIN_WORDS
        and sum(w.isalpha() for w in words) >= CAPTION_ALT_MIN_WORDS - 1
        and not _FILE_NAME.search(alt)
        and _squash(alt) not in {_squash(t) for t in titles}
    )


def _read_image(reader: _Reader, image: re.Match[str], index: int) -> None:
    """An image line: its title is a caption; else an italic line under it is (read next);
    else its alt text, when it describes the photo."""
    title = strip_inline(image["title"] or image["title2"] or "")
    if title:
        reader.add(title, "caption")
    elif _ITALIC_LINE.match(_next_text_line(reader.lines, index + 1)):
        reader.caption_next = True
    elif _is_caption_alt(alt := strip_inline(image["alt"]), reader):
        reader.add(alt, "caption")


def _read_summary(reader: _Reader, index: int) -> int | None:
    """Drop a generated summary section starting at ``index`` as furniture; the index after
    it, or None when the line does not start one (see ``mdsummary``)."""
    end = summary_span(reader.lines, index, reader.has_text())
    if end is None:
        return None
    for paragraph in summary_paragraphs(reader.lines[index:end]):
        reader.add(paragraph, "furniture")
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
    if (end := _read_summary(reader, index)) is not None:
        return end
    if heading := _HEADING.match(line):
        first = len(heading[1]) == 1 and not reader.has_text()
        reader.add(strip_inline(heading[2]), "headline" if first else "heading")
    elif line.strip() and _SETEXT_H1.match(following):
        reader.add(strip_inline(line), "heading" if reader.has_text() else "headline")
        return index + 2
    elif _RULE.match(line):
        pass
    elif image := _IMAGE_LINE.match(line):
        _read_image(reader, image, index)
    elif caption_next and (italic := _ITALIC_LINE.match(line)):
        reader.add(strip_inline(italic["text"]), "caption")
    elif bold := _BOLD_LINE.match(line):
        text = strip_inline(bold["text"])
        reader.add(text, "heading" if _is_heading_shaped(text) else None)
    elif item := _LIST_ITEM.match(line):
        reader.add(strip_inline(item[1]), "item")
    else:
        reader.add_plain(line)
        reader.caption_next = caption_next and not line.strip()
    return index + 1


def _squash(text: str) -> str:
    """Text compared without case and spacing."""
    return " ".join(text.split()).casefold()


def _mark_deck(blocks: tuple[Block, ...], description: str | None) -> tuple[Block, ...]:
    """Hint "deck" on the block that is the metadata's description, compared without case and
    spacing: an unhinted block before the first section heading, with body text after it (a
    lone paragraph is the article itself)."""
    if not description:
        return blocks
    wanted = _squash(strip_inline(description))
    for i, block in enumerate(blocks):
        if block.hint == "heading":
            break
        if block.hint is None and _squash(block.text) == wanted:
            if any(b.hint is None for b in blocks[i + 1:]):
                return blocks[:i] + (Block(block.text, "deck"),) + blocks[i + 1:]
            break
    return blocks


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
    return Source(_mark_deck(reader.blocks(), metadata.description), metadata,
                  format="markdown")
