"""Read an article from a file or stdin: its bytes, their encoding, its format, its blocks."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import ftfy

from dengar.article import segment
from dengar.decoding import MAX_INPUT_BYTES, declared_charset, decode_bytes, looks_binary
from dengar.errors import BinaryInput, EmptyInput, InputNotFound
from dengar.language import check_language
from dengar.markdown import parse_markdown
from dengar.model import Article, Source, SourceFormat
from dengar.plaintext import parse_text

STDIN = "-"
SUFFIX_FORMATS: dict[str, SourceFormat] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown",
}
# A .txt file is often Markdown (copied from a notes app or a scraper): sniffed, never HTML.
TEXT_SUFFIXES = (".txt", ".text")
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)[\s>]",
                         re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|img|article|section|table)\b[^>]*>",
                       re.IGNORECASE)
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6} \S", re.MULTILINE),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"!?\[[^\]\n]+\]\([^)\s]+\)"),
    re.compile(r"^\|.*\|\s*$", re.MULTILINE),
)
_HTML_MIN_TAGS = 10
_SNIFF_CHARS = 65536


def read_bytes(source: str) -> bytes:
    """The raw bytes of ``source``, a path or ``-`` for stdin.

    Raises:
        InputNotFound: the file is missing, a folder, or unreadable.
    """
    if source == STDIN:
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    path = Path(source)
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputNotFound(f"No such file: {source}.") from None
    except IsADirectoryError:
        raise InputNotFound(f"{source} is a folder, not an article file.") from None
    except OSError as exc:
        raise InputNotFound(f"Cannot read {source}: {exc.strerror or exc}.") from None


def sniff_format(data: bytes, text: str | None = None) -> SourceFormat:
    """Guess the format from the content: an HTML start or many tags, Markdown signs, else text.

    Args:
        data: The raw bytes (their start decides HTML before decoding).
        text: The decoded text, when there is one (for tags and Markdown signs).
    """
    if _HTML_START.match(data[:1024].decode("latin-1")):
        return "html"
    if text is None:
        return "text"
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    if len(_HTML_TAG.findall(head)) >= _HTML_MIN_TAGS:
        return "html"
    if sum(1 for sign in _MARKDOWN_SIGNS if sign.search(head)) >= 1:
        return "markdown"
    return "text"


def decode(data: bytes, source: str = "input", charset: str | None = None) -> str:
    """Decode an article's bytes (a BOM, a declared charset, UTF-8, then detection) and undo
    mojibake.

    Raises:
        EmptyInput: nothing but white space.
        BinaryInput: the bytes are not text (NUL bytes, control characters, too large).
        UndecodableInput: no encoding tried fits the bytes.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise BinaryInput(f"{source} is larger than {MAX_INPUT_BYTES // 2**20} MB; "
                          "that is not a news article.")
    text = decode_bytes(data, source, charset)
    if looks_binary(text):
        raise BinaryInput(f"{source} is binary data, not text.")
    if not text.strip():
        raise EmptyInput(f"{source} is empty: there is no text to read.")
    # A page saved after a wrong decoding keeps UTF-8 read as Latin-1 ("SÃ¡rneczky"):
    # ftfy undoes only that, leaving quotation marks and everything else as they are.
    return ftfy.fix_encoding(text)


def parse_source(data: bytes, name: str, suffix: str = "") -> Source:
    """Decode ``data`` and read it as the format its suffix names, or as sniffed.

    Raises:
        EmptyInput, BinaryInput, UndecodableInput, NotAnArticle.
    """
    known = SUFFIX_FORMATS.get(suffix.lower())
    plain = suffix.lower() in TEXT_SUFFIXES
    html = known == "html" or (known is None and not plain and sniff_format(data) == "html")
    text = decode(data, name, declared_charset(data) if html else None)
    fmt = "html" if html else known or sniff_format(data, text)
    if plain and fmt == "html":
        fmt = "text"
    if fmt == "html":
        from dengar.webpage import parse_html  # trafilatura is slow to import; only for pages

        return parse_html(text, name)
    return parse_markdown(text) if fmt == "markdown" else parse_text(text)


def read_source(source: str) -> Source:
    """Read and decode the article at ``source`` (a path, or ``-``) into blocks and metadata.

    Raises:
        InputNotFound, EmptyInput, BinaryInput, UndecodableInput, NotAnArticle.
    """
    name = "standard input" if source == STDIN else source
    suffix = "" if source == STDIN else Path(source).suffix
    return parse_source(read_bytes(source), name, suffix)


def read_article(source: str, *, any_language: bool = False) -> Article:
    """Read, decode, check the language of, and segment the article at ``source``.

    Args:
        source: A path, or ``-`` for stdin.
        any_language: Speak an article that is not in Indonesian instead of refusing it.

    Raises:
        InputNotFound, EmptyInput, BinaryInput, UndecodableInput, NotAnArticle,
        ForeignLanguage, NoBody.
    """
    return segment(check_language(read_source(source), any_language=any_language))
