"""A photo's caption opening with a label in capitals and a dash, as a dateline opens a lead:
"BANJIR - Warga mengungsi …" right over the lead "JAKARTA - …". Two such openings in a row
above the text are a caption and the lead: the text never opens twice."""

from __future__ import annotations

import re

from dengar import provenance, speech
from dengar.dateline import split_dateline
from dengar.headline import spoken_indexes
from dengar.lines import Line
from dengar.spoken.acronyms import is_acronym

# A label of one to four words in capitals and a dash: "BANJIR - ", "SEGEL KANTOR DESA – ".
_CAPITALS_LABEL = re.compile(r"^[A-Z][A-Z'’]+(?:\s[A-Z][A-Z'’]+){0,3}\s+[-–—]\s+(?=[A-Z])")
CAPTION_MAX_WORDS = 60
# A photo credit word alone on the line over the caption: "ISTIMEWA", "Ist.", "Dok.".
_LONE_CREDIT = re.compile(r"^(?i:istimewa|ist|dok|dokumentasi)\.?$")
# The photo's credit, one to three capitalised words and a slash, before the label:
# "Kabar Desa / BANJIR – Warga mengungsi …", "Istimewa / SEGEL – …".
_CREDIT_BEFORE_LABEL = re.compile(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s/\s(?=[A-Z]{2})")


# What marks a line between the headline and the dateline's lead as a photo's caption, not a
# deck: a credit in brackets after its last stop ("… Senin (3/2). (Sumber: Rina Sari)",
# "… Senin (3/2). (ANTARA) (Budi Santoso)", "… (3/2). (Kabar-Budi Santoso)"), or a label
# in capitals and a colon opening it ("SEGEL: Warga berkumpul di depan kantor desa"), or the
# word that says the photo is an illustration ("Ilustrasi: Warga …"); a deck has none. A
# credit word alone in brackets says the photo is the archive's or a gift: "… Senin. (dok)",
# "… Senin. (Istimewa)"; "… Senin. (Gratis)" stays a deck.
_CREDIT_CLOSING = re.compile(
    r"(?<=[.!?])\s*(?:\((?i:sumber|foto|dok)\s*:\s*[^()]{2,40}\)"
    r"|\((?i:doc|dok|dokumentasi|ist|istimewa)\.?\)"
    r"|\([A-Z][A-Z. ]{1,20}\)\s*\([A-Z][\w'’. ]{2,40}\)"
    r"|\([A-Z][\w.]{2,20}\s?[-/]\s?[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,3}\))\s*$")
_COLON_LABEL = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}:\s+(?=[A-Z][a-z])")
LABELLED_CAPTION_MIN_WORDS = 8


def reads_as_caption(text: str) -> bool:
    """Whether a line over the dateline's lead is a photo's caption rather than a deck. A
    label of words in capitals says what the photo shows ("DEBAT: Tamu undangan …"); an
    institution's acronym before the colon ("BPBD: Warga diminta …") is a deck's source."""
    label = _COLON_LABEL.match(text)
    return bool(_CREDIT_CLOSING.search(text) or provenance.ILLUSTRATION_LABEL.match(text)) or (
        label is not None and len(text.split()) >= LABELLED_CAPTION_MIN_WORDS
        and not any(is_acronym(word) for word in label.group().rstrip(": ").split()))


def closing_credit(text: str) -> tuple[str, tuple[str, ...]]:
    """A caption's text without the credit in brackets after its last stop, and that credit
    ("… Senin (3/2). (dok)" -> "… Senin (3/2).", ("(dok)",)); a line without one as it is."""
    found = _CREDIT_CLOSING.search(text)
    if found is None:
        return text, ()
    return text[: found.start()].rstrip(), (found.group().strip(),)


def _opens_with_dateline(line: Line) -> bool:
    """Whether a line is text of the article opening with a dateline ("JAKARTA - …")."""
    return line.kind == "body" and not line.item and split_dateline(line.text) is not None


def _without_credit(line: Line) -> Line:
    """The line without a photo credit before its label in capitals ("Kabar Desa / ")."""
    return Line(line.kind, _CREDIT_BEFORE_LABEL.sub("", line.text, count=1), item=line.item)


def _publisher_opens(line: Line) -> bool:
    """Whether a line opens with the publisher's tag ("SITUS.COM - …"), which opens the lead
    only, once."""
    found = split_dateline(line.text) if line.kind == "body" and not line.item else None
    return found is not None and found.publisher is not None


def _labels_a_place(text: str) -> bool:
    """Whether the capitals before the dash name a place, as a lead's dateline does
    ("JAKARTA - …", "JATENG - …"), not what a photo shows ("BANJIR", "SEGEL KANTOR DESA")."""
    label = text.split(" ", 4)[:4]
    words = " ".join(w for w in label if w not in ("-", "–", "—")).lower().split()
    return bool(words) and (words[0] in speech.PLACES or words[0] in speech.PROVINCE_SHORT_FORMS
                            or " ".join(words[:2]) in speech.PLACES)


def _caption_at(lines: list[Line], content: list[int], at: int) -> int | None:
    """The caption's index: below the headline and before the text, or, wherever the headline
    was found, right over the lead opening with the publisher's tag."""
    text_begun = False
    for here, after in zip(content, content[1:], strict=False):
        line = _without_credit(lines[here])
        if (_opens_with_dateline(line) and _CAPITALS_LABEL.match(line.text)
                and not _publisher_opens(line) and not _labels_a_place(line.text)
                and len(line.text.split()) <= CAPTION_MAX_WORDS
                and (_publisher_opens(lines[after])
                     or (here > at and not text_begun and _opens_with_dateline(lines[after])))):
            return here
        if _opens_with_dateline(line):
            return None  # the lead
        text_begun = text_begun or (here > at and line.kind == "body"
                                    and not _LONE_CREDIT.match(line.text.strip()))
    return None


def mark_labelled_captions(lines: list[Line]) -> None:
    """Make a line opening with a label in capitals and a dash a caption when the next line
    read is the lead opening with its dateline; a credit word alone right over the caption
    ("ISTIMEWA"), or one with a slash before the label, is not read (in place)."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None:
        return
    here = _caption_at(lines, spoken_indexes(lines), at)
    if here is None:
        return
    text = lines[here].text
    label = _without_credit(lines[here]).text
    credit = (text[: len(text) - len(label)].strip(),) if label != text else ()
    lines[here] = Line("caption", label, credit)
    above = lines[here - 1]
    if here > at + 1 and above.kind in ("body", "heading") and _LONE_CREDIT.match(
            above.text.strip()):
        lines[here - 1] = Line("furniture", "", (above.text,))


# What a copy prints where it lost a photo, alone on its line: "img", "header img", "image".
IMAGE_PLACEHOLDER = re.compile(r"^(?:header\s+|featured\s+)?(?:img|image)$", re.IGNORECASE)
# A sentence this long before the placeholder, or any paragraph twice as long: the text has begun.
_TEXT_MIN_WORDS = 8


def mark_caption_under_image(lines: list[Line]) -> None:
    """Make the line right under an image's placeholder, above the text, the photo's caption
    ("img" / "Kepala Dinas Sukamaju Rina Sari"); the placeholder is not read. Inside the text
    the line is read as it is."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None:
        return
    for here in range(at + 1, len(lines) - 1):
        line = lines[here]
        words = len(line.text.split())
        if line.kind == "body" and (words >= 2 * _TEXT_MIN_WORDS or (
                words >= _TEXT_MIN_WORDS and line.text.rstrip("\"”’)").endswith((".", "!", "?")))):
            return
        placeholder = line.dropped if line.kind == "furniture" else (line.text,)
        under = lines[here + 1]
        if (len(placeholder) == 1 and IMAGE_PLACEHOLDER.match(placeholder[0].strip())
                and under.kind in ("body", "heading") and not under.item
                and len(under.text.split()) <= CAPTION_MAX_WORDS
                and split_dateline(under.text) is None):  # "SUKAMAJU - …" opens the text
            lines[here] = Line("furniture", "", placeholder)
            lines[here + 1] = Line("caption", under.text)
            return
