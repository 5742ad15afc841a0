r"""Inline Markdown removed from a line of text, and pipe-table rows turned into sentences.

Each step is a small ``str -> str`` function; ``INLINE_STEPS`` is their order: scrapers' media
placeholders ("[img.2]") go first; backslash escapes are then hidden, so an escaped ``\*`` or
``\[`` is never read as markup, and given back as plain characters at the end; images go before
links, links before emphasis (a link's text may be bold and a bold run may hold a link).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)(?:\{[^}\n]*\})?")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"`([^`]+)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# CommonMark: a backslash before any ASCII punctuation character stands for that character.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HIDDEN_BASE = 0xF0000  # escaped characters are moved to Supplementary Private Use Area-A
_HIDDEN = re.compile("[\U000F0021-\U000F007E]")
_HARD_BREAK = re.compile(r"\\+$")  # a backslash ending a line is a line break, not text
# What a scraper leaves where it removed a photo, a video or an embedded post: "[img.2]",
# "\[embed.1\]", "[video_3]". Never a link (no "(url)" after it).
_PLACEHOLDER = re.compile(
    r"\\?\[\s*(?:img|image|images|gambar|foto|photo|pic|picture|figure|embed|video|audio|"
    r"iframe|media|gallery|galeri|slide|ads?|iklan|tweet|twitter|instagram|ig|youtube|tiktok|"
    r"facebook|fb|infografis|infographic|widget|related)[ ._:#-]?\d{1,3}\s*\\?\](?!\()",
    re.IGNORECASE,
)
# Markers left unmatched by sloppy Markdown ("**[judul](url) **dan** ...***"): a run of
# asterisks or underscores not between two letters or digits is markup, not text.
_STRAY_MARKERS = re.compile(r"(?<!\w)(?:\*{1,3}|_{1,3})|(?:\*{1,3}|_{1,3})(?!\w)")
_SPACES = re.compile(r"[ \t]{2,}")
_SEPARATOR_CELL = re.compile(r":?-+:?")


def drop_placeholders(text: str) -> str:
    """Remove scraper placeholders for removed media: ``[img.2]``, ``\\[embed.1\\]``."""
    return _PLACEHOLDER.sub("", text)


def hide_escapes(text: str) -> str:
    r"""Hide backslash-escaped characters (``\"``, ``\*``, ``\[``) from the markup steps.

    Each becomes a private-use character that no markup pattern matches; ``unescape`` turns it
    back into the plain character. A backslash ending the text (a hard line break) is dropped.
    """
    text = _HARD_BREAK.sub("", text)
    return _ESCAPE.sub(lambda m: chr(_HIDDEN_BASE + ord(m[1])), text)


def drop_images(text: str) -> str:
    """Remove ``![alt](url)`` images."""
    return _IMAGE.sub("", text)


def unlink(text: str) -> str:
    """Keep the text of ``[text](url)``, ``[text][ref]`` and ``<url>`` links."""
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    return _AUTOLINK.sub(r"\1", text)


def drop_emphasis(text: str) -> str:
    """Remove bold, italic, strike-through and code markers, keeping their text."""
    for pattern, keep in ((_CODE, r"\1"), (_STRONG, r"\2"), (_EMPHASIS_STAR, r"\1"),
                          (_EMPHASIS_UNDERSCORE, r"\1"), (_STRIKE, r"\1")):
        text = pattern.sub(keep, text)
    return _STRAY_MARKERS.sub("", text)


def drop_html_tags(text: str) -> str:
    """Remove inline HTML tags such as ``<br>`` or ``<span class="x">``."""
    return _HTML_TAG.sub("", text)


# A paragraph leaked into a plain-text copy as raw HTML, its tags wrapping the whole line:
# "<p>Rina Sari saat meninjau banjir di Sukamaju. </p>". A sentence that names a tag ("Tag <p>
# membuka paragraf.") does not open and close with it, and is read as it is.
_WRAPPED_LINE = re.compile(
    r"^(\s*)<(p|figcaption|span|div)(?:\s[^<>]*)?>([^<>]*)</\2>\s*$", re.IGNORECASE)


def unwrap_tagged_line(line: str) -> str:
    """A line's text without the HTML tags wrapping all of it; any other line as it is."""
    return _WRAPPED_LINE.sub(lambda m: m[1] + m[3].strip(), line)


def unescape(text: str) -> str:
    r"""Give back the characters ``hide_escapes`` hid: ``\"`` reads ``"``, ``\[`` reads ``[``."""
    return _HIDDEN.sub(lambda m: chr(ord(m[0]) - _HIDDEN_BASE), text)


def tidy_spaces(text: str) -> str:
    """Collapse the runs of spaces removed markup leaves behind."""
    return _SPACES.sub(" ", text).strip()


INLINE_STEPS: tuple[Callable[[str], str], ...] = (
    drop_placeholders, hide_escapes, drop_images, unlink, drop_html_tags, drop_emphasis,
    unescape, tidy_spaces,
)


def strip_inline(text: str, steps: Sequence[Callable[[str], str]] = INLINE_STEPS) -> str:
    """Remove inline Markdown from ``text``, one step after another."""
    for step in steps:
        text = step(text)
    return text


_ROW_ENDS = (".", "!", "?", ")")  # a row of one cell ended so needs no stop of its own


def table_blocks(rows: list[list[str]]) -> list[str]:
    """One sentence per data row of a pipe table, each cell after its column's header.

    A table with a header row (followed by a ``|---|`` row) reads "Provinsi: Jawa Barat;
    Kasus: 120."; a table without one reads its cells joined by "; ".
    """
    cleaned = [[strip_inline(cell) for cell in row] for row in rows]
    has_header = len(rows) > 1 and all(_SEPARATOR_CELL.fullmatch(c) for c in rows[1] if c)
    header = cleaned[0] if has_header else []
    body = cleaned[2:] if has_header else cleaned
    sentences = []
    for row in body:
        cells = [
            f"{header[i]}: {cell}" if i < len(header) and header[i] else cell
            for i, cell in enumerate(row) if cell
        ]
        if not header and len(cells) == 1 and cells[0].endswith(_ROW_ENDS):
            sentences.append(cells[0])  # "| Warga antre beras. (ist) |": a caption as printed
        elif cells:
            sentences.append("; ".join(cells) + ".")
    return sentences


# A photo in a table's cell, alone on its row ("![](foto.jpg) |"), with its caption in the
# cell under it ("Warga Sukamaju antre beras di balai desa |"): the caption is the next line,
# closed by the cell's bar; a line with no bar there is the text going on.
_IMAGE_CELL = re.compile(r"^\|?\s*!\[[^\]]*\]\([^)]*\)\s*\|\s*$")
_CELL_END = re.compile(r"\S\s+\|\s*$")


def table_image_captions(lines: Sequence[str]) -> frozenset[str]:
    """The captions printed in a table's cell under a photo's cell, their bars taken off."""
    found = []
    for line, following in zip(lines, lines[1:], strict=False):
        if (_IMAGE_CELL.match(line) and _CELL_END.search(following)
                and not following.lstrip().startswith("|") and not _IMAGE.search(following)):
            found.append(following.rstrip().rstrip("|").strip())
    return frozenset(found)
