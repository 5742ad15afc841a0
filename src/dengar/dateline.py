"""Datelines that open a lead ("JAKARTA, KOMPAS.com -") and date lines ("Selasa, 16 Februari 2016").

A dateline's place is kept, title-cased so the normalizer does not spell "JAKARTA" out as an
acronym; the outlet's tag is removed and names the publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dengar import furniture, provenance
from dengar.speech import PLACES

# What joins a kept place to the lead's first word: a dash a reader pauses on.
PLACE_SEPARATOR = " – "
_SPACE_RE = re.compile(r"\s+")
# The post's age a page prints after its date: "Diperbarui 9 Agustus 2024 3 jam yang lalu".
_AGE_TAIL = re.compile(
    r"[\s·•|,-]*\d{1,3}\s+(?:detik|menit|jam|hari)\s+(?:yang\s+)?lalu\s*$",
    re.IGNORECASE)
# A view counter after a bar closing a date line: "Jumat, 05 Agustus 2022 - 19:21 | 12.3k",
# "… | 1.204 views"; a number alone after the bar counts too, the line being a date besides.
_VIEWS_TAIL = re.compile(r"\s*\|\s*\d{1,3}(?:[.,]\d{1,3})?\s?(?:k|rb|views?|x)?\s*$",
                         re.IGNORECASE)
# The rubric a page prints after its date behind a middle dot: "03 Jun 2025 17:20 WIB ·
# Kesehatan". One to three capitalised words; a sentence after the dot is no rubric.
_RUBRIC_TAIL = re.compile(r"\s*[·•]\s*[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2}\s*$")
# After a time and its zone, the author, the rubric and a share button's label in capitalised
# words: "03 Mei 2021 23:07 WIB Nama Penulis Olahraga Share :". A sentence has lower-case words.
_SHARE_TAIL = re.compile(
    r"\b(wib|wita|wit)(?-i:(?:\s+[A-Z][\w.'’-]*){0,6})\s+(?:share|bagikan)\s*:?\s*$",
    re.IGNORECASE)
# A date spelt with spaced hyphens: "02 - Sep - 2024, 06:23" is "02 Sep 2024, 06:23".
_SPACED_HYPHEN_DATE = re.compile(r"^(\d{1,2})\s+-\s+([A-Za-z]{3,9})\s+-\s+(\d{4})\b")


@dataclass(frozen=True)
class Dateline:
    """A lead with its dateline taken apart.

    Attributes:
        text: The lead as it is spoken: the place (if any), a dash, then the lead.
        tag: The outlet's tag as written ("KOMPAS.com", "(ANTARA)"), with a date written
            before or after it, or "" when only a place.
        publisher: The outlet's name when the tag names one.
    """

    text: str
    tag: str
    publisher: str | None


def title_place(place: str) -> str:
    """Title-case an all-capitals place ("NEW YORK" -> "New York"); leave others as written."""
    place = place.strip().rstrip(".")
    if not place.isupper() or place in provenance.SHORT_PLACES:  # "NTT" is said letter by letter
        return place
    return " ".join(word.capitalize() for word in place.split())


def _is_place(words: str) -> bool:
    """Whether a bare dateline word is a place: written in capitals, or a known place name."""
    return words.isupper() or words.split()[0].lower() in PLACES


def _is_desk(tag: str) -> bool:
    """Whether a bracketed tag has two words, as an outlet's regional desk ("(Antara Sumbar)")."""
    return tag.startswith("(") and " " in tag.strip("() ") and "/" not in tag


def _is_outlet_code(words: str) -> bool:
    """Whether a bare dateline word is an outlet's code ("JT"): two or three capitals that
    are not a place written short ("AS", "NTT")."""
    return (words.isalpha() and words.isupper() and len(words) <= 3
            and words not in provenance.SHORT_PLACES and words.lower() not in PLACES)


def publisher_for(tag: str) -> str | None:
    """The outlet a tag names: a known one by its usual name, an unknown domain as written."""
    key = tag.strip("() ").upper()
    if "/" in key:  # "(Antara/PRNewswire)": the first outlet is the publisher
        key = key.split("/")[0].strip()
    if key in provenance.PUBLISHER_TAGS:
        return provenance.PUBLISHER_TAGS[key]
    if key.split()[0] in provenance.PUBLISHER_TAGS:  # "(ANTARA News)": a desk of the outlet
        return provenance.PUBLISHER_TAGS[key.split()[0]]
    return tag.strip("() ") if "." in key else None


def split_dateline(lead: str) -> Dateline | None:
    """Take the dateline off the start of a lead.

    Args:
        lead: The first body paragraph.

    Returns:
        The lead with the outlet tag removed and the place title-cased, or None when the lead
        does not open with a dateline.
    """
    for pattern in provenance.DATELINES:
        match = pattern.match(lead)
        if match is None:
            continue
        rest = lead[match.end():].lstrip()
        if not rest:
            return None
        groups = match.groupdict()
        place = groups.get("place") or groups.get("place_caps")
        tag = (groups.get("tag") or groups.get("tag_one_case") or "").strip()
        if not tag and not _is_place(place or ""):
            continue
        if not tag and rest[:1].isdigit() and (place or "").split()[0].lower() not in PLACES:
            continue  # "KPK - 3 tersangka …", "PSSI - 23 pemain": the subject, before a count
        if _is_desk(tag) and not (publisher_for(tag) or place and _is_place(place)):
            continue  # "Rapat (Kemarin Sore) -": words in brackets, not a desk of an outlet
        if not tag and place and _is_outlet_code(place):
            place, tag = None, place
        written = " ".join(filter(None, (groups.get("date"), tag, groups.get("tag_date"),
                                         groups.get("code"))))
        if tag and (inner := _outlets_dateline(rest)):
            # "Suandi/Tribun-Sulbar.com - TRIBUN-SULBAR.COM, MAMUJU - …": a photo's credit
            # or the writer glued before the outlet's own dateline; its place is the lead's.
            return Dateline(inner.text, f"{lead[:match.end()].strip()} {inner.tag}",
                            inner.publisher)
        text = f"{title_place(place)}{PLACE_SEPARATOR}{rest}" if place else rest
        return Dateline(text, written, publisher_for(tag) if tag else None)
    return None


def _outlets_dateline(text: str) -> Dateline | None:
    """The dateline opening text when it names an outlet, or None."""
    found = split_dateline(text)
    return found if found is not None and found.tag else None


def is_lone_dateline(line: str) -> bool:
    """Whether a line holds only a dateline naming an outlet, its lead on the next line
    ("Garut, kabarkota.com", "Medan // Humas.com -"): never a headline."""
    dash = "" if line.rstrip().endswith(("-", "–", "—")) else " -"
    found = split_dateline(f"{line}{dash} Berita")
    return found is not None and bool(found.tag)


def parse_date(text: str) -> date | None:
    """The first calendar date written in text ("16 Februari 2016", "05/11/2015"), if valid."""
    match = provenance.DATE.search(text)
    if match is None:
        return None
    if match.group("day"):
        day, year = int(match.group("day")), int(match.group("year"))
        month = provenance.MONTHS[match.group("month").lower()]
    elif match.group("en_day"):
        day, year = int(match.group("en_day")), int(match.group("en_year"))
        month = provenance.MONTHS[match.group("en_month").lower()]
    else:
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_line(line: str) -> date | None:
    """The date when the whole line is a publication date (weekday, time and zone allowed)."""
    bare = furniture.READING_TIME_TAIL.sub("", provenance.DATE_LABEL.sub("", line.strip()))
    bare = _AGE_TAIL.sub("", provenance.DATE_UPDATED_TAIL.sub("", _VIEWS_TAIL.sub("", bare)))
    bare = _SHARE_TAIL.sub(r"\1", _RUBRIC_TAIL.sub("", bare))
    bare = _SPACED_HYPHEN_DATE.sub(r"\1 \2 \3", bare)
    bare = provenance.DATE_SECOND_ZONE.sub(r"\1", bare.rstrip())
    bare = _SPACE_RE.sub(" ", bare).strip(" |/-")
    if provenance.DATE.fullmatch(bare):
        return parse_date(bare)
    return _date_printed_twice(bare)


# A date widget printing one day twice in two formats, after a comma or a bar: "Dec 3, 2024,
# Tuesday, December 3, 2024", "Selasa, 3 Desember 2024 | 03/12/2024". Two different days
# ("3 Desember 2024, 4 Desember 2024") are a list, not a date line.
_TWICE_SEPARATOR = re.compile(r"\s*[,|]\s*")


def _date_printed_twice(bare: str) -> date | None:
    """The date when the line says the same day twice, one whole date after the other."""
    for separator in _TWICE_SEPARATOR.finditer(bare):
        first, second = bare[: separator.start()], bare[separator.end():]
        if provenance.DATE.fullmatch(first) and provenance.DATE.fullmatch(second):
            day = parse_date(first)
            return day if day is not None and day == parse_date(second) else None
    return None
