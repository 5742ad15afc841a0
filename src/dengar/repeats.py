"""Lines a page prints twice close together: a photo's text over and under the photo (its
alternative text, then its caption, often with a credit between or after), and the headline
again as the photo's title. And the article's opening a crawler saved again after its end.

The second copy is furniture. A copy with a credit ("Foto: Antara/Nama", "(Roni Kurniawan)")
next to it or on it makes the first a caption; a copy with none is a title, the headline when
it comes before the article's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from dengar import furniture
from dengar.dateline import split_dateline
from dengar.lines import Line

REPEAT_WINDOW = 3  # the copy comes within this many lines
REPEAT_MIN_WORDS = 3  # fewer, only with a credit: "(ILUSTRASI) Longsor." over and under it
COPIED_LEAD_MIN_WORDS = 15  # shorter, a refrain or a one-word paragraph may come twice
REPEAT_MAX_WORDS = 30  # longer, a paragraph a crawler copied twice, left as it is …
CAPTION_MAX_WORDS = 60  # … unless a credit line stands between the copies: a long caption
SLIP_MIN_LETTERS = 4
SAME_WORD = 0.75  # "Retbo" for "Retno": one letter of a word slipped
DECK_MIN_WORDS = 8  # a deck printed again in the text; a shorter sentence may be a refrain
# A stop after a word in lower case, then a capitalised word: a second sentence begins.
_TWO_SENTENCES = re.compile(r"\b[a-z]{2,}[.!?]\s+[A-Z]")
_LEADING_TAG = re.compile(r"^\s*\[[^\[\]]{2,30}\]\s*")  # "[Fimela] Joko Anwar"
_PHOTO_LABEL = re.compile(r"^(?:foto|photo)\s*:\s*", re.IGNORECASE)  # "Foto: <the caption>"
_MORE_LINK = re.compile(r"\s*(?:\.{3}|…)\s*selengkapnya\s*$", re.IGNORECASE)
QUOTE_MARKS = ('"', "“", "”", "„", "'", "‘")
# A credit in brackets closing a copy: "(Roni Kurniawan)", "(Republika/Raisan Al Farisi)".
_BRACKETED_CREDIT = re.compile(r"\s*\((?P<credit>[^()]{2,50})\)\s*$")
# An excerpt's cut, closing a teaser of the text: "… pada malam hari […]", "… [...]".
_EXCERPT_END = re.compile(r"\s*\[\s*(?:…|\.{3}|&hellip;)\s*\]\s*$")
EXCERPT_REACH = 2  # the text the excerpt was cut from starts within this many lines
EXCERPT_MIN_SHARED_WORDS = 10  # the excerpt opens with this many of its words, as written
# A photographer and the outlet after a bar closing a copy: "… | Nama Fotografer/Outlet.id",
# or a "Foto:" label, the agency, then the photographer: "… | Foto: ANTARA/Rina Sari".
_BARRED_CREDIT = re.compile(
    r"\s+\|\s+(?P<credit>(?:[Ff]oto|[Pp]hoto)\s*:\s*[A-Z][\w.-]+/[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}"
    r"|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}/[A-Z][\w.-]+)\s*$")
# A copyright glued to a copy's last sentence: "… bersama skuat. Copyright: © Nama Klub". A
# sentence's own "©" never closes it after a full stop.
_COPYRIGHT_CREDIT = re.compile(r"(?<=[.!?])\s+(?:copyright\s*:?\s*)?©\s*[^©.!?]{2,40}$",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Repeat:
    """A line printed twice: where the kept copy is, and the credit printed with either."""

    index: int
    credit: str | None
    credit_on_line: bool = False  # the credit closes a copy, rather than a line of its own


def bare(text: str) -> str:
    """The text without the credit in brackets, after a bar or the copyright closing it, a "…
    Selengkapnya" link, an outlet's tag in square brackets or a "Foto:" label before it."""
    text = _BARRED_CREDIT.sub("", _MORE_LINK.sub("", text))
    text = _BRACKETED_CREDIT.sub("", _COPYRIGHT_CREDIT.sub("", text))
    return _PHOTO_LABEL.sub("", _LEADING_TAG.sub("", text)).strip()


def _same(first: str, second: str) -> bool:
    if first in (second, bare(second)) or second == bare(first):
        return True  # "Ilustrasi MK (MK)" and "Ilustrasi MK (MK) (Liputan6/Nama)"
    a, b = bare(first).split(), bare(second).split()
    if a == b:
        return True
    # A slip changes a letter of one word ("Menlu Retbo" for "Menlu Retno"), never a number
    # ("Juara 1: …", "Juara 2: …") nor a whole word ("Awas, <title>").
    if len(a) != len(b) or len(a) < REPEAT_MIN_WORDS:
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) == 1 and all(
        w.isalpha() and len(w) >= SLIP_MIN_LETTERS for w in changed[0]) and SequenceMatcher(
        None, *changed[0]).ratio() >= SAME_WORD


def _credit(lines: list[Line], first: int, second: int) -> tuple[str | None, bool]:
    """The photo credit on or between two copies, if any, and whether it is on a copy."""
    for line in (lines[first], lines[second]):
        text = _MORE_LINK.sub("", line.text)
        found = (_BRACKETED_CREDIT.search(text) or _COPYRIGHT_CREDIT.search(text)
                 or _BARRED_CREDIT.search(text))
        if found:
            return found.group().strip(" |"), True
    for line in lines[first + 1: second]:
        for text in line.dropped:
            if furniture.PHOTO_CREDIT_LINE.match(text):
                return text, False
    return None, False


def _words(line: Line) -> str:
    return " ".join(line.text.split())


def drop_article_saved_again(lines: list[Line]) -> None:
    """Drop (in place) the article's opening a crawler saved again after its end: from a
    later copy of the lead, word for word, every line repeating the article's lines in order
    is spoken once. A short lead (a refrain, "Merdeka!") may come back on purpose and is
    left; so is a paragraph repeated elsewhere, which the page itself may print twice."""
    lead = next((i for i, line in enumerate(lines) if line.kind == "body"
                 and len(line.text.split()) >= COPIED_LEAD_MIN_WORDS), None)
    if lead is None:
        return
    again = next((j for j in range(lead + 1, len(lines))
                  if lines[j].kind == "body" and _words(lines[j]) == _words(lines[lead])), None)
    if again is None:
        return
    for offset in range(len(lines) - again):
        first, copy = lines[lead + offset], lines[again + offset]
        if copy.kind != "body" or _words(copy) != _words(first):
            return
        lines[again + offset] = Line("furniture", "", (copy.text,))


def mark_repeats(lines: list[Line]) -> list[Repeat]:
    """Drop the second of two copies of a body line (in place); the first copies found."""
    found: list[Repeat] = []
    for i, line in enumerate(lines):
        if line.kind != "body" or line.item:
            continue
        words = len(line.text.split())
        if words > CAPTION_MAX_WORDS or line.text.startswith(QUOTE_MARKS):
            continue  # a paragraph or a quotation a crawler copied twice is left as it is
        for j in range(i + 1, min(i + 1 + REPEAT_WINDOW, len(lines))):
            if (lines[j].kind == "body" and _same(line.text, lines[j].text)
                    and not split_dateline(lines[j].text)):  # a deck repeating the lead
                credit, on_line = _credit(lines, i, j)
                if credit is None and words < REPEAT_MIN_WORDS:
                    break
                if words > REPEAT_MAX_WORDS and (credit is None or on_line):
                    break  # a long copy is a caption only with a credit line between
                lines[j] = Line("furniture", "", (lines[j].text,))
                found.append(Repeat(i, credit, on_line))
                break
    drop_article_saved_again(lines)  # after the photos' texts, which make their first a caption
    drop_excerpt_printed_again(lines)
    return found


def drop_excerpt_printed_again(lines: list[Line]) -> None:
    """Drop (in place) a teaser cut off with "[…]" whose opening a paragraph right after it
    prints again in full: the page's excerpt of the text, which the text then reads. An
    excerpt no paragraph repeats is left."""
    for i, line in enumerate(lines):
        found = _EXCERPT_END.search(line.text) if line.kind == "body" else None
        if not found:
            continue
        excerpt = " ".join(line.text[: found.start()].split())
        after = [j for j in range(i + 1, len(lines)) if lines[j].kind == "body"][:EXCERPT_REACH]
        for j in after:
            opening = lines[j].text.split()[:EXCERPT_MIN_SHARED_WORDS]
            if (len(opening) == EXCERPT_MIN_SHARED_WORDS
                    and excerpt.startswith(" ".join(opening))):
                lines[i] = Line("furniture", "", (line.text,))
                break


def drop_deck_printed_again(lines: list[Line]) -> None:
    """A deck of one sentence that a later paragraph opens with, word for word, is read once,
    in the text: a page takes its deck from the text ("Kerusakan atap sudah terjadi sejak
    Maret." over the text and again in it). The first body line is taken as that deck only
    when it is one sentence ended by a full stop and long enough not to be a refrain."""
    body = [i for i, line in enumerate(lines) if line.kind == "body" and not line.item]
    if not body:
        return
    deck = " ".join(lines[body[0]].text.split())
    if (len(deck.split()) < DECK_MIN_WORDS or not deck.endswith(".")
            or deck.startswith(QUOTE_MARKS) or _TWO_SENTENCES.search(deck)):
        return
    for i in body[1:]:
        text = " ".join(lines[i].text.split())
        if text == deck or text.startswith(deck + " "):
            lines[body[0]] = Line("furniture", "", (lines[body[0]].text,))
            return
