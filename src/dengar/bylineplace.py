"""Which line of an article is its byline: a byline box, a line under the headline or one of
the last lines. A second byline is furniture. (byline.py reads the name from a line.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from dengar import furniture, provenance
from dengar.byline import parse_byline
from dengar.dateline import date_line, split_dateline
from dengar.headline import spoken_indexes
from dengar.lines import BULLET_RE, Line, has_headings, is_heading_shaped
from dengar.titles import address_keys, squash
from dengar.vocabulary import is_mostly_ordinary, lower_case_words

BYLINE_WINDOW = 3  # how many lines after the headline may hold the byline
BYLINE_END_WINDOW = 3  # how many lines before the end may hold it
# A reporter's initials, a dash and the outlet's name: "RNS - Kabar Sukamaju".
_INITIALS_AND_SITE = re.compile(r"^(?P<initials>[A-Z]{2,4}(?:/[A-Z]{2,4})?)\s*[-–—]\s*"
                                r"(?P<site>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})$")


def unlist_byline_box(lines: list[Line]) -> None:
    """A byline box written as a list above the first paragraph ("• Oleh Nama", "• 14 Juni
    2017 - 09:26 WIB", an empty "• Oleh :") is a byline, a date and furniture, not list items;
    a list of dates or of works by their authors in the body stays a list."""
    listed = [line.item and BULLET_RE.sub("", line.text, count=1) != line.text
              for line in lines]
    for i, line in enumerate(lines):
        if line.kind == "body" and not line.item and _is_paragraph(line.text):
            return
        bare = BULLET_RE.sub("", line.text, count=1)
        if not line.item or bare == line.text:
            continue
        if provenance.EMPTY_BYLINE_LINE.match(bare):
            lines[i] = Line("furniture", "", (bare,))
        elif date_line(bare):
            lines[i] = Line("date", bare, (bare,))
        elif provenance.BYLINE_PREFIX.match(bare) and (found := parse_byline(bare)) \
                and found.announced:
            lines[i] = Line("body", bare)
        elif parse_byline(bare) and _boxed_with_a_date(lines, listed, i):
            lines[i] = Line("byline", bare)  # "• Rina Sari" over "• 19 Apr 2018": the author


def _boxed_with_a_date(lines: list[Line], listed: list[bool], index: int) -> bool:
    """Whether a listed name and a date make the box alone: the name and the date its only two
    items ("• Rina Sari" / "• 19 Apr 2018"), or the name the only item under a date; names and
    dates listed in turn ("• Ali Sadikin" / "• 28 April 1966" / "• Tjokropranolo" / …) are a
    list of their own."""
    start = end = index
    while start > 0 and listed[start - 1]:
        start -= 1
    while end + 1 < len(lines) and listed[end + 1]:
        end += 1
    if start == end:
        return index > 0 and lines[index - 1].kind == "date"
    other = lines[start if index == end else end]
    return end - start == 1 and (
        other.kind == "date" or date_line(BULLET_RE.sub("", other.text, count=1)) is not None)


def _is_paragraph(text: str) -> bool:
    """Whether a line reads as a paragraph of the text: a sentence of eight words or more."""
    return len(text.split()) >= 8 and furniture.SENTENCE_END.search(text) is not None


def _starts_lead(lines: list[Line], index: int) -> bool:
    """Whether the next content line after index opens with a dateline (so it is the lead)."""
    after = [i for i in spoken_indexes(lines) if i > index]
    return bool(after) and split_dateline(lines[after[0]].text) is not None


def _mark_byline_start(lines: list[Line], start: int) -> int | None:
    """Find the byline among the lines just after the headline; return its index."""
    window = [i for i in spoken_indexes(lines) if i >= start][:BYLINE_WINDOW]
    headline = next((line.text for line in lines if line.kind == "headline"), "")
    vocabulary = lower_case_words(line.text for line in lines)
    body_seen = False
    for i in window:
        line = lines[i]
        if line.kind == "body" and _MASTHEAD.fullmatch(line.text):
            lines[i] = Line("furniture", "", (line.text,))
            continue
        found = parse_byline(line.text) if line.kind in ("body", "byline") and not line.item \
            else None
        if found and not found.announced and headline.startswith(line.text + " "):
            lines[i] = Line("furniture", "", (line.text,))  # a blog's label: "Pameran Lukisan"
            continue
        if found and found.by_job_only and body_seen:
            found = None  # "Andi Nurhayati, Jurnalis" after the lead: a listicle's heading
        if found and not found.announced and is_mostly_ordinary(found.name, vocabulary):
            found = None  # a deck in title case: "Daftar Sekolah Berdasar Domisili"
        if found and (found.announced or line.kind == "byline" or _over_a_date(lines, i)):
            return i
        # A bare name is a byline unless the text has headings of the same shape and the
        # line is not followed by a lead that opens with a dateline.
        if found and not body_seen and (_starts_lead(lines, i) or not has_headings(lines, i)):
            return i
        body_seen = body_seen or (line.kind == "body" and not is_heading_shaped(line.text))
    return None


def mark_site_credit(lines: list[Line]) -> None:
    """Make a reporter's initials and the outlet's name just under the headline ("RNS - Kabar
    Sukamaju") the byline, the initials alone read, when the page prints that outlet's address
    ("kabarsukamaju.co.id"): two signals, so a title like "DPR - Kabar Baik" stays (in place)."""
    start = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if start is None:
        return
    keys = address_keys(text for line in lines for text in (line.text, *line.dropped))
    for i in [i for i in spoken_indexes(lines) if i > start][:BYLINE_WINDOW]:
        found = _INITIALS_AND_SITE.match(lines[i].text)
        if lines[i].kind == "body" and found and squash(found["site"]) in keys:
            lines[i] = Line("byline", found["initials"], (found["site"],))
            return


def _over_a_date(lines: list[Line], index: int) -> bool:
    """Whether the article's date sits right beside the line at index: an author's box prints
    the name over the date ("Erick Tanjung" / "Kamis, 29 Oktober 2020 | 19:54 WIB") or under
    it and a reading time ("5 Agustus 2025" / "10 menit membaca" / "Admin SahabatSawit"),
    even under a teaser of the text."""
    under = index + 1 < len(lines) and lines[index + 1].kind == "date"
    before = next((line for line in reversed(lines[:index]) if line.kind != "furniture"), None)
    return under or (before is not None and before.kind == "date")


def _mark_byline_end(lines: list[Line]) -> int | None:
    """Find a byline among the last lines: announced, or a name in capitals on the last line."""
    content = [i for i in spoken_indexes(lines)
               if lines[i].kind in ("body", "byline") and not lines[i].item]
    for position, i in enumerate(reversed(content[-BYLINE_END_WINDOW:])):
        found = parse_byline(lines[i].text)
        if found and ((found.announced and not found.by_job_only)
                      or (position == 0 and (found.by_job_only or lines[i].text.isupper()))):
            return i
    return None


# How far under the headline a prefixed byline may sit below a caption and its credit; one
# further down is a heading of the body ("Laporan oleh Warga").
_BYLINE_UNDER_CAPTION = 6


# A site's name alone under the headline, its masthead, the dot perhaps spaced: "RAYA PUBLIK.
# COM", "Kabarkita.co.id". It names the outlet, no author and no heading.
_MASTHEAD = re.compile(
    r"[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}\.\s?(?:com|co\.id|id|net|org|news|online)",
    re.IGNORECASE)
# A label alone on its line over the editor's name: "Editor:" / "Budi Santoso".
_EDITOR_LABEL = re.compile(r"^(?:editor|penyunting|redaktur)\s*:\s*$", re.IGNORECASE)


def _join_labelled_names(lines: list[Line]) -> None:
    """A byline box printing each label on its own line over a bare name ("Penulis:" / "Rina
    Sari" / "Editor:" / "Budi Santoso"): the name under the author's label is the byline, the
    one under the editor's is not read; a sentence under a label stays text."""
    for i, line in enumerate(lines[:-1]):
        label = line.dropped[0] if line.kind == "furniture" and line.dropped else ""
        name = lines[i + 1]
        if not label or name.kind != "body" or name.item:
            continue
        found = parse_byline(name.text)
        if found is None or found.announced:
            continue
        if provenance.EMPTY_BYLINE_LINE.match(label):
            lines[i + 1] = Line("byline", name.text)
        elif _EDITOR_LABEL.match(label):
            lines[i + 1] = Line("furniture", "", (name.text,))


def mark_byline(lines: list[Line]) -> None:
    """Mark the byline line, after the headline or at the end; a second one is furniture."""
    _join_labelled_names(lines)
    start = next((i for i, line in enumerate(lines) if line.kind == "headline"), -1) + 1
    found = _mark_byline_start(lines, start)
    if found is None:
        found = _mark_byline_end(lines)
    if found is None:  # a prefixed byline further down, under a caption and its credit
        near = enumerate(lines[start:start + _BYLINE_UNDER_CAPTION], start)
        found = next((i for i, line in near
                      if line.kind == "body" and _announced_byline(line.text)), None)
    for i, line in enumerate(lines):
        if i == found:
            lines[i] = replace(line, kind="byline")
        elif line.kind == "byline" or (line.kind == "body" and _announced_byline(line.text)):
            lines[i] = Line("furniture", "", (line.text,))


def _announced_byline(text: str) -> bool:
    """Whether text is a byline with a prefix ("Penulis: …", "Laporan X I Aceh"), as a
    repeated credit is."""
    found = parse_byline(text)
    prefixed = provenance.BYLINE_PREFIX.match(text) or text.lower().startswith("laporan ")
    return bool(found and found.announced and prefixed)
