"""Other stories' titles a page prints between the article's paragraphs, their "Baca juga"
label lost in the copy: "Sebulan Menjabat, Bupati Sukamaju Resmikan 12 Pasar Baru".

Such a title is shaped as a headline, not as a section heading: long, every word capitalised
but the small ones, two clauses joined by a comma or an exclamation ("Banjir Lagi! Warga
Sukamaju Mengungsi ke Balai Desa"), no stop at its end. One such line may be the text's own
long heading, so they are dropped only when the article has several, each between paragraphs,
and one at least is longer than a heading or exclaims in its middle, or none of them shares a
word with the paragraph under it, as a feature's own headings do.

A page may also print one such title as a lone bulleted link between paragraphs: "• Warga
Sukamaju Tuntut Ganti Rugi Lahan yang Belum Dibayar". A list has two items at least, and an
item of the text's own is a sentence or a short phrase; a lone bullet over a long title-cased
line with no stop, paragraphs on both sides, is the link.
"""

from __future__ import annotations

import re

from dengar.furniture import SENTENCE_END
from dengar.lines import BULLET_RE, HEADING_MAX_WORDS, Line
from dengar.patterns import is_title_case

TEASER_MIN_WORDS = 8
TEASER_MAX_WORDS = 25
TEASERS_MIN = 2
BULLETED_TITLE_MIN_WORDS = 6
# Words a title keeps in lower case: "Patroli di Dekat Sungai", "Kekerasan terhadap Anak".
_SMALL_WORDS = frozenset({
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "dalam", "hingga",
    "sampai", "terhadap", "oleh", "bagi", "soal", "jadi", "usai", "saat", "kian", "vs", "jelang",
})
# Two clauses inside the line: "Sebulan Menjabat, …", "Banjir Lagi! Warga …", "Siapa? Ini …".
_CLAUSE_BREAK = re.compile(r"[,!?:]\s+\S")
_QUOTE_MARKS = re.compile(r"[\"“”„]")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")
_STOPS = (".", ",", ";", ":", "!", "?")


def _is_teaser_title(line: Line) -> bool:
    """Whether a body line is shaped as another story's title (see the module's docstring)."""
    text = line.text
    words = text.split()
    if (line.kind != "body" or line.item or not TEASER_MIN_WORDS <= len(words) <= TEASER_MAX_WORDS
            or text.endswith((".", ",", ";", ":")) or _QUOTE_MARKS.search(text)
            or _NUMBERED.match(text) or not _CLAUSE_BREAK.search(text)):
        return False
    return is_title_case(text)


def _between_paragraphs(lines: list[Line], index: int) -> bool:
    """Whether the nearest spoken line before is a paragraph closed by a stop, and the one
    after is body text (a copy may be cut off in its last paragraph)."""
    spoken = ("body", "heading", "caption", "headline")
    before = next((x for x in reversed(lines[:index]) if x.kind in spoken), None)
    after = next((x for x in lines[index + 1:] if x.kind in spoken), None)
    return (before is not None and before.kind == "body" and bool(SENTENCE_END.search(before.text))
            and after is not None and after.kind == "body")


def _is_lone_bulleted_title(lines: list[Line], index: int) -> bool:
    """Whether the line is one bullet over a long title, no item of a list beside it."""
    line = lines[index]
    bullet = BULLET_RE.match(line.text)
    if line.kind != "body" or not line.item or bullet is None or line.text.startswith("-"):
        return False
    words = line.text[bullet.end():].split()
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return (len(words) >= BULLETED_TITLE_MIN_WORDS and not line.text.endswith(_STOPS)
            and not _QUOTE_MARKS.search(line.text) and is_title_case(" ".join(words))
            and not any(x.item for x in neighbours) and _between_paragraphs(lines, index))


def _headline_only(text: str) -> bool:
    """Whether a title is shaped as no section heading is: longer than a heading runs, or
    exclaiming in its middle ("Geger! Warga …"). A feature's own two-part headings ("Pesan
    Tiket Jauh Hari, Harga Lebih Murah") are short and calm."""
    return len(text.split()) > HEADING_MAX_WORDS or "!" in text.rstrip("!")


# A word that says what a passage is about: four letters or more, not a small word.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _heads_next(lines: list[Line], index: int) -> bool:
    """Whether a title shares a word with the paragraph under it, as a section's heading does
    ("Bawa Bekal dari Rumah" over "Bekal dari rumah lebih hemat …"); another story's title
    says other things ("Dua Rumah Terbakar di Cikaret" over "Camat turut hadir …")."""
    after = next((x for x in lines[index + 1:] if x.kind == "body"), None)
    if after is None:
        return False
    title = {w.lower() for w in _CONTENT_WORD.findall(lines[index].text)} - _SMALL_WORDS
    return bool(title & {w.lower() for w in _CONTENT_WORD.findall(after.text)})


def drop_interleaved_teasers(lines: list[Line]) -> None:
    """Drop other stories' titles printed between paragraphs when the article has several,
    and a lone bulleted title between paragraphs."""
    found = [i for i, line in enumerate(lines)
             if _is_teaser_title(line) and _between_paragraphs(lines, i)]
    if len(found) < TEASERS_MIN or not (any(_headline_only(lines[i].text) for i in found)
                                        or not any(_heads_next(lines, i) for i in found)):
        found = []
    found += [i for i in range(len(lines)) if _is_lone_bulleted_title(lines, i)]
    for i in found:
        lines[i] = Line("furniture", "", (lines[i].text,))
