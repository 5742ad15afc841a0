"""Lists of links a page sets beside the article: other articles' titles under "Baca juga:",
and tags or related titles listed after the article's closing credit.

A copy keeps them as list items ("- Toleransi yang Mengakar di Ciampea", "• Moderasi
Beragama"). The article's own lists follow its text, never a label or a credit.
"""

from __future__ import annotations

import re

from dengar import furniture, provenance
from dengar.lines import BULLET_RE, Line, is_heading_shaped, is_headline_shaped
from dengar.patterns import is_title_case

# A label that announces links, alone on its line: "Baca juga:", "BACA JUGA", "Berita terkait".
LINKS_LABEL = re.compile(
    r"^[\s•·»›|-]*(?:(?:baca|simak|lihat)\s+(?:juga|pula)|berita\s+terkait|artikel\s+terkait"
    r"|berita\s+lainnya|artikel\s+lainnya|pilihan\s+editor|terpopuler|tags?|terkini\s+lainnya"
    r"|bacaan\s+lainnya|baca\s+lainnya|follow\s+.{1,40}\s+di\s+sosmed"
    r"|topik)\s*:?\s*$",
    re.IGNORECASE,
)


# A label for one link: "Baca juga:" is followed by one title, then the text goes on (a short
# line after that title is the article's own heading).
ONE_LINK_LABEL = re.compile(r"^[\s•·»›|-]*(?:baca|simak|lihat)\s+(?:juga|pula)\s*:?\s*$",
                            re.IGNORECASE)

# "Baca juga:" and the title on one line: "Baca juga: Harga Cabai Naik Jelang Lebaran".
_INLINE_LINK = re.compile(r"^[\s•·»›|-]*(?:baca|simak|lihat)\s+(?:juga|pula)\s*:\s*(?=[A-Z0-9])",
                          re.IGNORECASE)
# A second title under it is a headline's length and two clauses ("Viral Antrean di SPBU,
# Begini Penjelasan Pertamina"); a section heading after it is shorter or one phrase
# ("Pergeseran Cuaca Ekstrem ke Indonesia Bagian Tengah dan Timur").
SECOND_TITLE_MIN_WORDS = 9

_CREDITS = (furniture.CREDIT_LABELS_LINE, provenance.BYLINE_PREFIX)
# Another article's title is a headline, longer than a section heading may be: "Kritik Lembaga
# X: Aturan Baru No. 10/2025 Dinilai Abaikan Putusan MK dan Hambat Reformasi".
RELATED_TITLE_MAX_WORDS = 20


def _is_label(line: Line) -> bool:
    return line.kind == "furniture" and any(LINKS_LABEL.match(text) for text in line.dropped)


def _is_credit(line: Line) -> bool:
    """A closing credit naming who wrote or edited: "Editor: …", "Redaktur & Reporter : …";
    a promotion or a photo credit before a list is no sign that the list is links."""
    return line.kind == "furniture" and any(
        pattern.match(text) for text in line.dropped for pattern in _CREDITS)


def mark_link_lists(lines: list[Line]) -> None:
    """Make list items furniture when a links label comes right before them, or when they
    follow the article's last paragraph with furniture (a credit: "Editor: …") before them;
    so are two titles or more in title case right after a label, and titles alone after a label when
    nothing but titles follows."""
    last_text = max((i for i, line in enumerate(lines) if line.kind == "body" and not line.item),
                    default=len(lines))
    dropping = False
    for i, line in enumerate(lines):
        if line.kind == "furniture":
            dropping = dropping or _is_label(line) or (i > last_text and _is_credit(line))
        elif _linked_title(lines, i) or _second_linked_title(lines, i):
            lines[i] = Line("furniture", "", (line.text,))
            dropping = False
        elif line.kind == "body" and dropping and (line.item or _dashed(lines, i)
                                                   or _closing_titles(lines, i)
                                                   or _titles_listed(lines, i)):
            lines[i] = Line("furniture", "", (line.text,))
        else:
            dropping = False
    _drop_titles_over_label(lines)
    _drop_announced_link(lines)


def _drop_titles_over_label(lines: list[Line]) -> None:
    """Two list items or more, each another article's title, right over a links label are
    its links printed before it ("- Warga Sukamaju Gelar Kerja Bakti Bersihkan Sungai" / "-
    Bupati Resmikan Pasar Baru di Sukamaju" / "Baca Juga"); a list of the text's own (phrases
    in lower case, sentences) or a lone item stays."""
    for at, line in enumerate(lines):
        if not _is_label(line):
            continue
        start = at
        while start > 0 and lines[start - 1].kind == "body" and lines[start - 1].item and (
                _is_listed_title(lines[start - 1].text)):
            start -= 1
        if at - start >= _TITLES_OVER_LABEL_MIN:
            for i in range(start, at):
                lines[i] = Line("furniture", "", (lines[i].text,))


_TITLES_OVER_LABEL_MIN = 2


def _is_listed_title(text: str) -> bool:
    """Whether a list item, its bullet taken off, is an article's title in title case."""
    bare_text = BULLET_RE.sub("", text, count=1)
    return bare_text != text and is_title_case(bare_text) and _is_title(bare_text)


# A sentence announcing a link to earlier coverage, closed by a colon: "Berita sebelumnya
# tentang banjir Sukamaju dapat dibaca dalam tautan berikut:". It names the coverage (berita,
# liputan, artikel, ulasan) and the link; "Warga mendaftar lewat tautan berikut:" is the text's.
_LINK_ANNOUNCEMENT = re.compile(
    r"^(?=.*\b(?:berita|liputan|artikel|ulasan|baca|simak)\b)"
    r"(?=.*\b(?:tautan|link|laman)\s+(?:berikut|di\s+bawah(?:\s+ini)?)\s*:$).{1,200}$",
    re.IGNORECASE)


def _drop_announced_link(lines: list[Line]) -> None:
    """A sentence announcing a link to earlier coverage, and the linked title under it (title
    case, no stop), are not read; an announcement with no title under it stays."""
    for at in range(len(lines) - 1):
        line, title = lines[at], lines[at + 1]
        if (line.kind == "body" and not line.item and _LINK_ANNOUNCEMENT.match(line.text)
                and title.kind == "body" and not title.item
                and is_title_case(title.text) and _is_title(title.text)):
            lines[at] = Line("furniture", "", (line.text,))
            lines[at + 1] = Line("furniture", "", (title.text,))


def _linked_title(lines: list[Line], at: int) -> bool:
    """Whether the line is the one title under a "Baca juga:" label on its own line, with the
    article's text (not another title) after it."""
    line, before = lines[at], lines[at - 1] if at > 0 else None
    if before is None or before.kind != "furniture" or line.kind != "body" or line.item:
        return False
    if not any(ONE_LINK_LABEL.match(text) for text in before.dropped):
        return False
    return is_title_case(line.text) and _is_title(line.text)


# A comma parting two clauses ("…di SPBU, Begini Penjelasan Pertamina"), not a list's items
# ("Dampak Ekonomi, Sosial dan Lingkungan …"): what follows it is no item before a comma or
# "dan".
_TWO_CLAUSES = re.compile(
    r",\s+(?![^\s,]+(?:\s+[^\s,]+)?(?:\s*,|\s+(?:dan|serta|atau|&)\s))\S+\s+\S+")


def _second_linked_title(lines: list[Line], at: int) -> bool:
    """Whether the line is a second title, as long as a headline, under a "Baca juga:" label
    printed with its first title ("Baca juga: Harga Cabai Naik" / "Viral Antrean Panjang di
    SPBU, Begini Penjelasan Pertamina"), two clauses as such titles are: a section heading
    there is shorter or one phrase."""
    line, before = lines[at], lines[at - 1] if at > 0 else None
    if before is None or before.kind != "furniture" or line.kind != "body" or line.item:
        return False
    return (any(_INLINE_LINK.match(text) and is_title_case(_INLINE_LINK.sub("", text))
                for text in before.dropped)
            and len(line.text.split()) >= SECOND_TITLE_MIN_WORDS
            and _TWO_CLAUSES.search(line.text) is not None
            and is_title_case(line.text) and _is_title(line.text))


def _titles_listed(lines: list[Line], at: int) -> bool:
    """Whether the line is one of two or more titles in title case in a row, as a label's
    links are printed between paragraphs ("Berita terkait :" / "Harga Cabai Ikut Naik …" /
    "Stok Gula Aman …"); one title with text after it may be a heading."""
    def titled(line: Line) -> bool:
        return is_title_case(line.text) and _is_title(line.text)

    run = 0
    while at + run < len(lines) and lines[at + run].kind == "body" and titled(lines[at + run]):
        run += 1
    before = lines[at - 1] if at > 0 else None
    listed_before = (before is not None and before.kind == "furniture" and not _is_label(before)
                     and len(before.dropped) == 1
                     and titled(Line("body", before.dropped[0])))
    return run >= 2 or (run >= 1 and listed_before)


def _dashed(lines: list[Line], at: int) -> bool:
    """Whether a lone dash opens the line, as a list a crawler split does: "-" / "Title"."""
    return at > 0 and lines[at - 1].kind == "furniture" and lines[at - 1].dropped == ("-",)


def _closing_titles(lines: list[Line], start: int) -> bool:
    """Whether the lines from start on are only titles and furniture: other articles'
    titles under a label at the page's end ("Terkini Lainnya" / "Revisi Target …")."""
    rest = [line for line in lines[start:] if line.kind != "furniture"]
    return bool(rest) and all(
        line.kind == "body" and is_title_case(line.text) and _is_title(line.text)
        for line in rest)


def _is_title(text: str) -> bool:
    """Whether a line is shaped like an article's title: a heading, or a headline that does
    not end as a sentence does."""
    return is_heading_shaped(text) or (
        is_headline_shaped(text) and len(text.split()) <= RELATED_TITLE_MAX_WORDS
        and not text.endswith((".", ",", ";", ":")))
