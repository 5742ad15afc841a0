"""A photo's caption that only names who is pictured, by office and name, at the top of a
copy: "Kepala Dinas Sosial Sukamaju Rina Sari" over the lead. The text then introduces the
same person in the same words ("… kata Kepala Dinas Sosial Sukamaju Rina Sari, Senin."), so a
line that names an office and a person, ends no sentence, and is printed again word for word
inside a later paragraph is the caption, never the headline or a heading. A headline says
what happened ("Kepala Dinas Sosial Rina Sari Bagikan Sembako") and is not repeated so; one
that only names the person ("Wakil Bupati Sukamaju Budi Santoso") is repeated in the lead,
so the copy's first line must be printed again after the lead to be a caption.

A caption may list two people pictured, each by office and name, the names alone printed in
the text: "Kadis Sosial Sukamaju, Rina Sari dan Staf Ahli Bupati, Budi Santoso".
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.lines import Line

CAPTION_REACH = 6  # spoken lines from the top where a copy keeps its photo's caption
NAME_CAPTION_MIN_WORDS = 3
NAME_CAPTION_MAX_WORDS = 16
# Words before a name that are no office: "Ibu Rina Sari", "Warga Sukamaju Budi".
_NOT_OFFICES = frozenset({
    "ibu", "bapak", "pak", "bu", "sang", "warga", "pihak", "tim", "utama", "kota", "besar",
    "khusus", "bicara", "anggota", "pemain", "pelatih", "kepala,",
})
_JOINERS = frozenset({"dan", "&"})
_ENDS = (".", "!", "?", ":", ";", ",", '"', "”", "'")


def _names_office_and_person(text: str) -> bool:
    """Whether the line is an office's capitalised words and a name, nothing else."""
    words = text.split()
    first = words[0].lower() if words else ""
    return (NAME_CAPTION_MIN_WORDS <= len(words) <= NAME_CAPTION_MAX_WORDS
            and first in speech.TITLE_WORDS and first not in _NOT_OFFICES
            and not text.endswith(_ENDS)
            and all(w in _JOINERS or w[:1].isupper() or w[:1] in "(" for w in words))


def _pictured_names(text: str) -> tuple[str, str] | None:
    """The two names of a caption listing two people, each after their office and a comma:
    "Kadis Sosial Sukamaju, Rina Sari dan Staf Ahli Bupati, Budi Santoso" gives ("Rina Sari",
    "Budi Santoso"); None for any other shape."""
    parts = text.split(" dan ")
    if len(parts) != 2 or not _names_office_and_person(text):
        return None
    names = [part.rsplit(",", 1) for part in parts]
    if any(len(pair) != 2 or not pair[0].strip() or not pair[1].strip() for pair in names):
        return None
    first, second = (pair[1].strip() for pair in names)
    return first, second


def _names_two_pictured(lines: list[Line], at: int, spoken: list[int]) -> bool:
    """Whether the line lists two people by office and name (see ``_pictured_names``), both
    names printed in the text's own paragraphs: two offices and two known names make the
    line the photo's caption, as no heading lists people so."""
    names = _pictured_names(lines[at].text)
    others = " ".join(lines[j].text for j in spoken if j != at and lines[j].kind == "body")
    return names is not None and all(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", others) for name in names)


def _glued_after_sentence(text: str, line: str) -> bool:
    """Whether the line closes text after a sentence's stop, with none of its own: a page's
    title glued to a photo's caption ("… di Sukamaju, Senin (3/3). Bupati Budi Santoso Tinjau
    Pasar Sukamaju"), no sentence of the text naming the person ("… kata Bupati Budi
    Santoso.")."""
    before = text.rstrip()[: -len(line)] if text.rstrip().endswith(line) else ""
    return before.rstrip().endswith((".", "!", "?")) and before[-1:].isspace()


def _drop_name_under(lines: list[Line], at: int) -> None:
    """Drop the name alone right under the caption that ends with it (a photo's name tag:
    "Kepala Dinas Sosial, Rina Sari" / "Rina Sari")."""
    under = at + 1
    if (under < len(lines) and lines[under].kind == "body"
            and len(lines[under].text.split()) < len(lines[at].text.split())
            and lines[at].text.endswith(" " + lines[under].text)):
        lines[under] = Line("furniture", "", (lines[under].text,))


def mark_office_name_captions(lines: list[Line]) -> None:
    """Mark as captions the top lines naming an office and a person that a later paragraph
    prints again word for word; the name printed alone under such a caption is dropped."""
    spoken = [i for i, line in enumerate(lines) if line.kind not in ("furniture", "date")]
    for i in spoken[:CAPTION_REACH]:
        line = lines[i]
        if line.kind != "body" or line.item or not _names_office_and_person(line.text):
            continue
        following = [j for j in spoken if j > i and lines[j].kind == "body"]
        # a headline's words come again in the lead; a caption's further down
        beyond = following[1:] if i == spoken[0] else following
        if any(line.text in lines[j].text and len(lines[j].text) > len(line.text)
               and not _glued_after_sentence(lines[j].text, line.text) for j in beyond) or (
                i != spoken[0] and _names_two_pictured(lines, i, spoken)):
            lines[i] = Line("caption", line.text)
            _drop_name_under(lines, i)
