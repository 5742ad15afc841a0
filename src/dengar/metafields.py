"""Metadata written as text: field names, dates and author lists in Indonesian or English.

Used for Markdown metadata tables and front matter (``| Penulis | … |``, ``date: …``) and for
the labels HTML pages print ("Penulis : …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from dengar.model import Metadata
from dengar.provenance import MONTHS

# Field name (lower case, letters only: "Short URL" is "shorturl") -> Metadata attribute;
# None: a known field that is not kept (an editor is not the author).
FIELD_NAMES: dict[str, str | None] = {
    "judul": "title", "title": "title", "headline": "title", "judulberita": "title",
    "penulis": "authors", "author": "authors", "authors": "authors", "oleh": "authors",
    "reporter": "authors", "wartawan": "authors", "byline": "authors", "writer": "authors",
    "kontributor": "authors", "contributor": "authors", "creator": "authors",
    "tanggal": "published", "date": "published", "published": "published",
    "diterbitkan": "published", "terbit": "published", "waktu": "published",
    "tanggalterbit": "published", "publishedat": "published", "datepublished": "published",
    "publishdate": "published", "pubdate": "published", "publicationdate": "published",
    "url": "url", "link": "url", "tautan": "url", "urlshort": "url", "canonical": "url",
    "shorturl": "url", "shortlink": "url", "permalink": "url", "sourceurl": "url",
    "urlsumber": "url", "linksumber": "url", "linkberita": "url", "urlberita": "url",
    "penerbit": "publisher", "publisher": "publisher", "media": "publisher",
    "sumber": "publisher", "source": "publisher", "site": "publisher", "situs": "publisher",
    "sitename": "publisher", "namamedia": "publisher",
    "bahasa": "language", "language": "language", "lang": "language",
    "deskripsi": "description", "description": "description", "ringkasan": "description",
    "summary": "description", "excerpt": "description", "abstrak": "description",
    "editor": None, "penyunting": None, "redaktur": None, "kategori": None, "category": None,
    "categories": None, "kanal": None, "channel": None, "rubrik": None, "section": None,
    "tags": None, "tag": None, "topik": None, "topic": None, "keywords": None,
    "katakunci": None, "label": None, "labels": None, "field": None, "key": None,
    "kolom": None, "value": None, "nilai": None, "id": None, "slug": None, "guid": None,
    "image": None, "gambar": None, "foto": None, "thumbnail": None, "updated": None,
    "modified": None, "diperbarui": None, "fotografer": None, "photographer": None,
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_WORDED_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[^A-Za-z]+")
_FIELD_LABEL = re.compile(r"^[\W_]*(?P<key>[A-Za-z][A-Za-z ]{0,20}?)\s*[:=]\s*(?P<value>.+)$")


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """A date written as 2025-11-07, 07/11/2025 (day first) or 7 November 2025; else None."""
    found = _ISO_DATE.search(text)
    if found:
        return _valid(int(found[1]), int(found[2]), int(found[3]))
    found = _NUMERIC_DATE.search(text)
    if found:
        return _valid(int(found[3]), int(found[2]), int(found[1]))
    found = _WORDED_DATE.search(text)
    if found and found[2].lower() in MONTHS:
        return _valid(int(found[3]), MONTHS[found[2].lower()], int(found[1]))
    return None


def split_authors(text: str) -> tuple[str, ...]:
    """Author names from "A, B dan C" or "A; B & C"."""
    return tuple(name for name in _AUTHOR_SPLIT.split(text.strip()) if name)


def field_name(key: str) -> str | None:
    """The Metadata attribute a field name stands for, "" for a known field not kept, else None.

    Args:
        key: The field's name as written ("Penulis", "URL", "urlshort", "🔗 Short URL",
            "**Judul**"): emoji, symbols, markup, spaces and digits around or inside it are
            ignored.
    """
    normalized = _NOT_LETTER.sub("", key).lower()
    if normalized not in FIELD_NAMES:
        return None
    return FIELD_NAMES[normalized] or ""


def split_field(line: str) -> tuple[str, str] | None:
    """A "Key: value" line as (key, value) when the key is a known field name, else None."""
    found = _FIELD_LABEL.match(line.strip())
    if not found or field_name(found["key"]) is None:
        return None
    return found["key"], found["value"].strip()


def metadata_from_fields(pairs: Iterable[tuple[str, str]]) -> Metadata:
    """Metadata from (field name, value) pairs; the first value of each field wins."""
    values: dict[str, str] = {}
    for key, value in pairs:
        name = field_name(key)
        if name == "publisher" and "://" in value:
            name = "url"  # "source: https://…" names the page, not the outlet
        if name and value.strip() and name not in values:
            values[name] = value.strip()
    published = values.get("published")
    return Metadata(
        title=values.get("title"),
        authors=split_authors(values["authors"]) if "authors" in values else (),
        publisher=values.get("publisher"),
        published=parse_date(published) if published else None,
        url=values.get("url"),
        language=values.get("language", "").lower()[:2] or None,
        description=values.get("description"),
    )
