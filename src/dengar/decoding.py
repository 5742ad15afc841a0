"""Decode an article's bytes to text: a BOM, a declared charset, UTF-8, then a detector.

The detector (charset-normalizer) is only asked about the 8-bit Latin-script code pages an
Indonesian text can be saved in: Indonesian is written in the Latin alphabet, and letting the
detector pick Cyrillic or Greek turns undecodable bytes into confident nonsense.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from dengar.errors import BinaryInput, UndecodableInput

MAX_INPUT_BYTES = 50 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Ties between equally clean candidates go to the earlier one: Windows-1252 is what text
# copied from older Indonesian sites and mail clients most often arrives in.
LATIN_ENCODINGS = (
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "cp1258",
)
_CHAOS_TIE = 0.01
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE
)
_SNIFF_BYTES = 4096
# Single-byte Latin code pages: a page that declares one but whose bytes are valid UTF-8 with
# multi-byte sequences was re-saved as UTF-8 by a browser that kept the old <meta> tag.
_SINGLE_BYTE_LATIN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "cp1250", "iso8859-2",
                                "cp1257", "cp1258", "latin-1", "ascii"})
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset>``/http-equiv)."""
    found = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if not found:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # "punycode", "rot13", "zlib": not a character set a page is saved in
    # As browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is Windows-1252, and
    # one labelled UTF-16/32 that reached us without NUL bytes is UTF-8.
    if info.name in ("iso8859-1", "ascii"):
        return "cp1252"
    return "utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name


def _from_bom(data: bytes) -> str | None:
    """The text after a byte-order mark, or None when there is no (valid) BOM."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: ASCII-range text with every other byte NUL."""
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _detected(data: bytes) -> str | None:
    """The text in the cleanest Latin-script code page charset-normalizer finds, else None."""
    matches = [
        m for m in charset_normalizer.from_bytes(data, cp_isolation=list(LATIN_ENCODINGS))
        if m.encoding in LATIN_ENCODINGS
    ]
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= cleanest + _CHAOS_TIE]
    encoding = min(tied, key=LATIN_ENCODINGS.index)
    text = data.decode(encoding)
    return None if _C1_CONTROLS.search(text) else text


def _strict(data: bytes, encoding: str | None) -> str | None:
    """``data`` decoded strictly in ``encoding``, or None."""
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def looks_binary(text: str) -> bool:
    """Whether decoded text holds NULs or more than 2% control characters."""
    head = text[:65536]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in _TEXT_CONTROLS)
    return "\x00" in text or controls > len(head) * 0.02


def decode_bytes(data: bytes, source: str, charset: str | None = None) -> str:
    """Decode bytes: BOM, then ``charset`` (as a page declares it), UTF-8, then detection.

    Args:
        data: The article's bytes.
        source: How to name the input in an error message.
        charset: The encoding the document declares, if any.

    Raises:
        BinaryInput: NUL bytes that are not UTF-16/32 text.
        UndecodableInput: no encoding fits the bytes.
    """
    text = _from_bom(data) or _bomless_utf16(data)
    if text is not None:
        return text
    if b"\x00" in data:
        raise BinaryInput(f"{source} is binary data, not text.")
    if charset in _SINGLE_BYTE_LATIN and not data.isascii():
        text = _strict(data, "utf-8")
    if text is None and charset and charset != "utf-8":
        text = _strict(data, charset)
    text = text if text is not None else _strict(data, "utf-8")
    text = text if text is not None else _detected(data)
    if text is None:
        raise UndecodableInput(
            f"{source} is not text in UTF-8 or a Latin-script code page such as "
            "Windows-1252; save it as UTF-8 and try again."
        )
    return text
