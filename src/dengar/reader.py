"""Read an article's bytes from a file or stdin and decode them to text."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from dengar.article import segment
from dengar.errors import BinaryInput, EmptyInput, InputNotFound, UndecodableInput
from dengar.model import Article
from dengar.plaintext import parse_text

STDIN = "-"
MAX_INPUT_BYTES = 50 * 1024 * 1024
# Tried in order after a BOM: UTF-8, then the Windows code page that text copied from
# older Indonesian sites and mail clients most often arrives in.
FALLBACK_ENCODINGS = ("utf-8", "cp1252")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


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


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in _TEXT_CONTROLS)
    return "\x00" in text or controls > len(text[:65536]) * 0.02


def decode(data: bytes, source: str = "input") -> str:
    """Decode an article's bytes: a BOM first, then UTF-8, then cp1252.

    Raises:
        EmptyInput: nothing but white space.
        BinaryInput: the bytes are not text (NUL bytes, control characters, too large).
        UndecodableInput: no encoding tried fits the bytes.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise BinaryInput(f"{source} is larger than {MAX_INPUT_BYTES // 2**20} MB; "
                          "that is not a news article.")
    text = _decode_text(data, source)
    if _looks_binary(text):
        raise BinaryInput(f"{source} is binary data, not text.")
    if not text.strip():
        raise EmptyInput(f"{source} is empty: there is no text to read.")
    return text


def _decode_text(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise BinaryInput(f"{source} is binary data, not text.")
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UndecodableInput(
        f"{source} is not text in UTF-8 or Windows-1252; save it as UTF-8 and try again."
    )


def read_article(source: str) -> Article:
    """Read, decode and segment the article at ``source`` (a path, or ``-`` for stdin).

    Raises:
        InputNotFound, EmptyInput, BinaryInput, UndecodableInput, NoBody.
    """
    name = "standard input" if source == STDIN else source
    return segment(parse_text(decode(read_bytes(source), name)))
