"""What one line of an article is on its own: furniture, a date, a caption, a byline, a heading.

Small predicates over one line's text. ``classify`` uses them with the line's neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from dengar import furniture, leftovers, provenance, widgets
from dengar.patterns import capitalised_words, is_title_case

LineKind = Literal[
    "furniture", "date", "headline", "deck", "byline", "caption", "heading", "quote", "body"
]

HEADLINE_MAX_WORDS = 30  # longer than this, the first line is a paragraph or a caption
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
QUESTION_HEADING_MAX_WORDS = 6  # "Amankah Mata Uang Kripto?" is a heading; a long question is not
_QUESTION_WORDS = frozenset({"apa", "mengapa", "kenapa", "bagaimana", "siapa", "kapan", "berapa",
                             "dimana", "kemana"})
_QUESTION_PAIRS = frozenset({"di mana", "ke mana", "dari mana", "seperti apa", "sejak kapan",
                             "sampai kapan", "hingga kapan"})
_ASKED_HEADING_MIN_WORDS = 3  # "Mengapa demikian?" is a rhetorical question, no heading
_KAH_MIN_CHARS = 5  # "Haruskah", "Benarkah", "Amankah"; not "kah"
# Short words a title leaves in lower case: "Cara Membuat Kue di Rumah".
_TITLE_LOWER = frozenset({
    "di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "pada", "ini", "itu", "si",
    "sang", "para", "vs", "of", "the", "and", "a", "an", "in", "on", "for", "to",
})
# A list item written as text: "1. …", "2) …", "- …", "• …", "a. …".
BULLET_RE = re.compile(r"^[-–•*·▪►]\s+")  # "• Share this on:" is a share button
LIST_ITEM_RE = re.compile(r"^(?:\d{1,3}[.)]|[a-z][.)]|[-–•*·▪►])\s+\S")
# A fact box's field: "Founder: Aditya Dwi Putra", "Status pendanaan: bootstrapping"; a
# label of up to three words, a short value, no sentence end. An item, never a heading.
FIELD_LINE_RE = re.compile(r"^[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*:\s+[^.!?]{1,60}$")
FIELD_LINE_MAX_WORDS = 8

_EMPTY_BRACKETS_RE = re.compile(r"\(\s*\**\s*\)|\[\s*\]")
_SPACE_RE = re.compile(r"[\s\u200b\ufeff]+")
_IMAGE_MARKUP_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # Markdown's image: "![](…)"
# What a crawler leaves around a line: a "date 2019-01" field before it, an HTML comment's
# "-->" after it, an image's address (its slashes read as spaces) before its caption, a
# photo's file name before the lead.
_CRAWL_LEFTOVERS_RE = re.compile(
    r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+|\s+-->$"
    # a camera's file name glued before the lead: "20160329_081510Palembang", "IMG_20240105_0930"
    r"|^(?:img|dsc|vid)?_?\d{8}_\d{6}(?:\.(?:jpe?g|png))?\s*"
    r"|(?:^|(?<=\s))https?:?\s+[\w-]+\.[\w.-]+(?:\s\S+){0,30}?\.(?:jpe?g|png|webp|gif)(?:\s+|$)",
    re.IGNORECASE)
# A middle dot "·" whose UTF-8 bytes a crawler decoded as Thai (TIS-620): "Nama ยท Senin, …";
# never inside Thai words, which Indonesian news does not print anyway.
_MOJIBAKE_DOT_RE = re.compile(r"(?<![\u0e00-\u0e7f])ยท(?![\u0e00-\u0e7f])")
_TABLE_CELLS_RE = re.compile(r"\s*\|\s*:\s*\|\s*")
_TABLE_BAR_END_RE = re.compile(r"\s+\|+\s*$")
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-Z]")
# A full stop after a lower-case word, then a capitalised word: two sentences ('"Lazimnya
# diinfokan. Namun, …," timpal dia.'), never a heading; an abbreviation is capitalised ("Profil
# Prof. Budi Santoso", "Dampak bagi Warga Kec. Cibadak").
_TWO_SENTENCES_RE = re.compile(r"\b[a-z]{3,}\.\s+[A-Z][a-z]")
WORD_RE = re.compile(r"[^\W\d_]{2,}")
_UNFINISHED_END = (".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "…")
_DASH_SEPARATORS = (" - ", " – ", " — ")
# A breadcrumb whose last crumb is the title cut short: "Beranda / Berita / Hukum / Tiga
# Warga Ditangkap,...". Its crumbs may hold any words; the ellipsis closes the trail.
_CUT_TITLE_BREADCRUMB_LINE = re.compile(
    r"^(?:home|beranda|index|indeks)(?:\s*[/>»›]\s*[^/>»›]+){2,5}(?:(?<=\.\.\.)|(?<=…))$",
    re.IGNORECASE)
_FURNITURE_PATTERNS = (
    _CUT_TITLE_BREADCRUMB_LINE,
    furniture.FURNITURE_LINE, furniture.PAGE_LABEL_LINE, furniture.COUNTER_LINE,
    furniture.MENU_LISTING_LINE, furniture.RELATED_LINK, furniture.ARTIFACT_LINE,
    furniture.SAVER_LABEL_LINE, furniture.SAVER_LABEL_COLON, furniture.PROMO_LINK_LINE,
    furniture.BRACKETED_CREDIT_LINE,
    furniture.READING_TIME_LINE, furniture.TEMPLATE_LINE, furniture.ACCOUNT_BYLINE_LINE,
    furniture.PAGINATION_LINE, furniture.PROMO_HERE_LINE, furniture.PHOTO_CREDIT_LINE,
    furniture.NO_ADS_PROMO_LINE, furniture.RELATIVE_TIME_LINE, furniture.BREADCRUMB_LINE,
    furniture.TEASER_LINE, furniture.SIGN_OFF_LINE, provenance.EMPTY_BYLINE_LINE,
    furniture.BARE_INITIALS_LINE, leftovers.CREDIT_LABEL_STOP_LINE, furniture.AD_TEASER_LINE,
    furniture.AD_SLOT_LINE,
)
# Copyright, tag and notice lines: their openings ("Hak cipta", "#…", "Ikuti berita") also
# open body sentences, so a line that reads as a sentence is kept (see ``_reads_as_sentence``).
_SENTENCE_SHAPED_FURNITURE = (
    furniture.COPYRIGHT_LINE, furniture.TAG_LINE, furniture.NOTICE_LINE, furniture.SOURCE_LINE,
)
# What only furniture says, however long the line: "©", "All Rights Reserved", a label and
# its colon ("Editor :", "Tags:"), "Artikel ini telah tayang di …".
_CERTAIN_FURNITURE_RE = re.compile(
    r"©|^\(c\)\s|all\s+rights?\s+reserved"
    r"|^(?:tags?|topik|topic|label|redaksi|editor|penyunting|redaktur|disclaimer)\s*:"
    r"|^artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan|naik"
    r"|dipublikasikan)\s+di\b"
    r"|^simak\s+breaking\s+news"
    r"|^isi\s+komentar\s+(?:sepenuhnya\s+)?(?:adalah\s+|menjadi\s+)?"
    r"tanggung\s+jawab",
    re.IGNORECASE,
)
GLUED_MENU_CAPITALS = 0.7  # a menu's links are capitalised; a sentence's words are not
_SENTENCE_MIN_WORDS = 9  # "Ikuti berita terkini di Google News." is a notice, not a sentence
_WEB_ADDRESS_RE = re.compile(r"https?://|www\.|\b\w+\.(?:com|id|co|net|me)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One non-empty line, what it turned out to be, and what was removed from it.

    ``item`` marks a list item (hinted by the format, or written "1. …", "- …"): body text
    that is never a heading, a headline or a byline.
    """

    kind: LineKind
    text: str
    dropped: tuple[str, ...] = ()
    item: bool = False


def clean_line(line: str) -> str:
    """Collapse every run of white space (NBSP included) to one space and strip the ends;
    brackets left empty by a copy ("jelas Andi.[]", "pungkasnya.(*)") go, and so do a table's
    bars: "Judul berita |" is "Judul berita", "Penulis | : | Adam" is "Penulis: Adam". A middle
    dot decoded as Thai ("ยท") is a middle dot again."""
    line = _TABLE_CELLS_RE.sub(": ", _EMPTY_BRACKETS_RE.sub("", _IMAGE_MARKUP_RE.sub("", line)))
    line = _MOJIBAKE_DOT_RE.sub("·", line)
    line = _CRAWL_LEFTOVERS_RE.sub("", _SPACE_RE.sub(" ", line).strip())
    return strip_table_bar(line).strip()


def strip_table_bar(line: str) -> str:
    """A line without the table bar closing it ("Judul berita |"); a table's row ("| a | b |")
    stays as it is."""
    return line if line.lstrip().startswith("|") else _TABLE_BAR_END_RE.sub("", line)


# "… Hyeri. Baca juga: <another headline> Kompas.com merangkumnya …": a link to another
# article left inside a paragraph, after a sentence.
# A box of picks glued in the same way: "… (26/8). Lanjutkan membaca artikel di bawah
# Editor's picks <titles> Alasan keempat …".
# The label in capitals glued to the last word before it: "… alasan keselamatanBACA JUGA:
# <title>"; "MEMBACA JUGA:" has no lower-case letter before it.
_INLINE_RELATED_RE = re.compile(
    r"(?:(?:(?<=[.!?”\"’])|(?<=[.!?”\"’]\s))\s+(?:(?:baca|simak|lihat)\s+(?:juga|pula)\s*:"
    r"|(?:lanjutkan\s+membaca\s+artikel\s+di\s+bawah\s+)?editor\s*['’]\s*s\s+picks?\b)"
    r"|(?-i:(?<=[a-z])(?:BACA|SIMAK|LIHAT)\s+JUGA\s*:))\s*",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"\S+")


def _linked_title_end(text: str, start: int) -> int | None:
    """Where the linked title starting at start ends: at the end of the line, after a word
    closing a sentence, or before the capitalised word that opens the next sentence (the
    first lower-case word that no title leaves in lower case follows it). None when unsure."""
    words = list(_TOKEN_RE.finditer(text, start))
    for j, word in enumerate(words):
        token = word.group()
        if not any(c.isalnum() for c in token):
            continue  # "Surpres Terbit , KPK …": a copy with its punctuation spaced out
        if not (token[0].isupper() or token[0].isdigit() or token.lower() in _TITLE_LOWER):
            if j < 3 or not words[j - 1].group()[0].isupper():
                return None  # too short a title, or no capitalised opening: keep it all
            return words[j - 2].end()
        if token[-1] in ".!?" and j >= 1:
            return word.end()
    return len(text) if len(words) >= 2 else None


def strip_related_links(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove the "Baca juga: <title>" links inside a line after a sentence; the text left
    and the links removed."""
    dropped: list[str] = []
    while (match := _INLINE_RELATED_RE.search(text)) is not None:
        end = _linked_title_end(text, match.end())
        if end is None:
            break
        dropped.append(text[match.start():end].strip())
        text = (text[:match.start()].rstrip() + " " + text[end:].lstrip()).strip()
    return text, tuple(dropped)


def strip_embeds(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove embed placeholders ("[Gambas:Video 20detik]"), video teasers and page labels
    after a sentence ("Simak Video "…"", "Lanjutkan membaca artikel di bawah") and embedded
    posts' addresses from a line; the text left and what was removed."""
    dropped: list[str] = []
    for pattern in (furniture.EMBED_PLACEHOLDER, furniture.INLINE_VIDEO_TEASER,
                    furniture.INLINE_PAGE_LABEL, furniture.EMBED_ADDRESS,
                    furniture.BRACKETED_RELATED, leftovers.UNCLOSED_BRACKETED_RELATED,
                    leftovers.TRAILING_MARKER):
        dropped += [m.group().strip() for m in pattern.finditer(text)]
        text = pattern.sub("", text)
    return " ".join(text.split()), tuple(dropped)


def is_furniture(line: str) -> bool:
    """Whether the line is a button, a counter, a link to another article or a notice."""
    if any(pattern.search(line) for pattern in _FURNITURE_PATTERNS):
        return True
    if any(pattern.search(line) for pattern in _SENTENCE_SHAPED_FURNITURE):
        return (_CERTAIN_FURNITURE_RE.search(line) is not None
                or furniture.WHOLE_NOTICE_LINE.match(line) is not None
                or not _reads_as_sentence(line))
    if widgets.is_widget_line(line) or _is_glued_menu(line) or _is_section_menu(line):
        return True
    bare = furniture.EDITOR_INITIALS.sub("", line)
    return not bare.strip() and bool(line.strip())


def _is_glued_menu(line: str) -> bool:
    """A site's links glued together with no space or stop: "Tentang KamiPedoman Media
    SiberKetentuan & Kebijakan PrivasiKarir"."""
    capitals, words = capitalised_words(line)
    return (len(furniture.GLUED_MENU_JOIN.findall(line)) >= furniture.GLUED_MENU_MIN_JOINS
            and capitals >= GLUED_MENU_CAPITALS * words
            and not line.rstrip().endswith((".", "!", "?", '"', "”")))


def _is_section_menu(line: str) -> bool:
    """A site's menu of regions and sections: six or more capitalised words, nearly all of
    them region or section names ("Daerah Sulawesi Sumatera Jabar Banten Jateng DI Yogya"),
    or led by its home link, with no punctuation ("Home Warta Nasional Keislaman Opini …")."""
    words = line.split()
    named = sum(w.lower() in furniture.MENU_WORDS for w in words)
    return (len(words) >= furniture.MENU_MIN_WORDS and all(w[:1].isupper() for w in words)
            and (named >= furniture.MENU_SHARE * len(words)
                 or (words[0].lower() in ("home", "beranda") and not line.isupper()
                     and named >= furniture.HOME_MENU_MIN_NAMED
                     and len(words) >= furniture.HOME_MENU_MIN_WORDS
                     and not any(c in line for c in ".,:;!?\"“”"))))


def _reads_as_sentence(line: str) -> bool:
    """Whether a line is a body sentence: long enough, ended as one, with no web address.

    "#SaveKPK kembali menggema di media sosial …" is; "#Harga Beras" and "Ikuti berita
    terkini di Google News" are not.
    """
    return (
        len(line.split()) >= _SENTENCE_MIN_WORDS
        and line.rstrip().endswith((".", "!", "?", '"', "”", "…"))
        and _WEB_ADDRESS_RE.search(line) is None
    )


def is_headline_shaped(line: str) -> bool:
    """Whether a first line is short enough, and single-sentence enough, to be a headline."""
    if len(line.split()) > HEADLINE_MAX_WORDS or line.endswith((",", ";")):
        return False  # a line ending in a comma is a sentence broken off, no headline
    if line.endswith(("?", "!")) and len(line.split()) > HEADING_MAX_WORDS:
        # a paragraph that ends in its question: "… anak-anak sekolah itu. Konkretnya bagaimana?"
        return not _TWO_SENTENCES_RE.search(line)
    return not (line.endswith(".") and _SENTENCE_BREAK_RE.search(line))


def is_heading_shaped(line: str) -> bool:
    """Whether the line is short and unpunctuated at its end, as headings are; a line in
    brackets ("(Rp 48.000/kg)") is an aside, no heading; nor is a sentence closed by the
    editor's initials ('"Kami siap," kata Budi. (rin)')."""
    return (
        len(line.split()) <= HEADING_MAX_WORDS
        and len(line) <= HEADING_MAX_CHARS
        and not line.endswith(_UNFINISHED_END)
        and not furniture.EDITOR_INITIALS.sub("", line).rstrip().endswith(_UNFINISHED_END)
        and not (line.startswith("(") and line.endswith(")"))
        and WORD_RE.search(line) is not None
        and not _TWO_SENTENCES_RE.search(line)
    )


def is_question_heading(line: str) -> bool:
    """Whether a line ending in "?" is a heading: short, one clause, in title case or opened
    by a question word ("Apa tanggapan Apple?", "Haruskah Apple memberi tahu pelanggan?")."""
    words = line.split()
    if not line.endswith("?") or "," in line or not 0 < len(words) <= QUESTION_HEADING_MAX_WORDS:
        return False
    first = words[0].lower()
    asked = (first in _QUESTION_WORDS or " ".join(words[:2]).lower() in _QUESTION_PAIRS
             or (first.endswith("kah") and len(first) > _KAH_MIN_CHARS))
    return all(w[:1].isupper() or w.lower() in _TITLE_LOWER for w in words) or (
        asked and len(words) >= _ASKED_HEADING_MIN_WORDS)


def _unglue_alt_text(text: str, headline: str, dropped: list[str]) -> str:
    """A photo's alternative text (the headline) glued to its caption, as a crawler saves it:
    "…Puluhan KK Terpaksa MengungsiEvakuasi warga (IDN Times/BPBD Sumsel)". Returns the caption
    without the headline or its bracketed credit, putting both in dropped."""
    rest = text[len(headline):]
    if not (text.startswith(headline) and rest[:1].isupper() and rest[1:2].islower()):
        return text
    dropped.append(headline)
    credit = provenance.ANY_BRACKETED_CREDIT.search(rest)
    if credit and "/" in credit.group():
        dropped.append(credit.group().strip())
        rest = rest[: credit.start()].strip()
    return rest


_DANGLING_DASH_RE = re.compile(r"\s+[-–—]$")
# School levels written in pairs ("SD/MI", "SMP/MTs", "SMA/SMK/MA"): a list of schools closing
# a sentence, never a photographer and an outlet.
_SCHOOL_LEVELS = frozenset({
    "tk", "ra", "paud", "sd", "mi", "smp", "mts", "sma", "smk", "ma", "slb", "sdlb", "smplb"})


# A photographer's full name after a "Foto:" label closing a caption's last sentence: "… ke
# mobil. Foto: Rina Sari"; a sentence of the text never ends on a photo's label. Capitals
# ("Foto: PEK") or a photo's title ("Foto: Pasar Induk di Pagi Hari") name no photographer.
# The site's address may follow a bar: "… ke mobil. Foto: Rina Sari | harian.co".
_NAMED_PHOTO_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?i:foto|photo)\s*:\s*[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){1,3}"
    r"(?:\s*\|\s*[a-z][\w-]*(?:\.[a-z]{2,4}){1,2})?\s*$")
# A photographer and the outlet after a hyphened "-foto :" label, a hyphen perhaps closing it:
# "Nama-foto : Rina Sari/Kabar Pos-".
_HYPHENED_PHOTO_CREDIT = re.compile(
    r"\s?[-–]\s?(?i:foto|photo)\s*:\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}"
    r"/[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[-–]?\s*$")


# A label naming the line a photo's caption: "Ket: Warga antre …", "Keterangan foto: …",
# "Ket. gambar: …". A bare "Keterangan:" also opens a table's legend ("Keterangan: *) …"),
# so it counts only with "foto" or "gambar"; "Ket:" is the caption's own short form. Text
# opening with a capital and at least three words must follow: a legend opens with a mark.
_CAPTION_LABEL = re.compile(
    r"^(?i:ket\.?(?:\s+(?:foto|gambar))?|keterangan\s+(?:foto|gambar))\s*:\s*"
    r"(?=[A-Z][\w'’.-]*(?:\s+\S+){2,})")


# What a table's legend after a bare "Ket:" speaks of: units, sources, figures.
_LEGEND_WORDS = re.compile(
    r"\b(?i:data|angka|sumber|diolah|satuan|rupiah|persen|dihitung|kilogram|ton|liter)\b|%|\*")


# "Ilustrasi" followed by words names what the picture shows ("Ilustrasi audit (Outlet/ist)"):
# the words are the caption, only the credit goes; after a stop or a bar it is a label.
_ILLUSTRATION_OF = re.compile(r"^ilustrasi\s+(?=\w)", re.IGNORECASE)


def _names_school_levels(credit: str) -> bool:
    """Whether a credit's words are school levels joined by slashes ("SD/MI.")."""
    parts = credit.strip(" ().").split("/")
    return len(parts) >= 2 and all(part.strip().lower() in _SCHOOL_LEVELS for part in parts)


def split_caption(line: str, headline: str | None) -> tuple[str, tuple[str, ...]] | None:
    """A caption's text and the credits or markers removed from it, or None if no caption.

    A line is a caption when a photo credit is glued to it ("KOMPAS.com/NAME …", "… (Foto: X)",
    "… WARTA KOTA/NAME") or when VOV's "<headline> - ảnh N" marker precedes it; a quotation
    attributed with a speech verb ('…,” pungkas Budi. (Outlet.com/Rina)') is the text, no caption,
    unless a credit names the photo ("… ujarnya. (Foto: Humas)").
    """
    if (furniture.ATTRIBUTED_QUOTE.search(line)
            and not provenance.PHOTO_CREDIT_BRACKETED.search(line)):
        return None  # "(Foto: Biro Pers)" names a photo whatever the caption quotes
    text, dropped = line, []
    zoom = provenance.ZOOM_LABEL.match(text)
    if zoom:
        dropped.append(zoom.group().strip())
        text = text[zoom.end():]
    label = _CAPTION_LABEL.match(text)
    if label and not re.search(r"(?i:foto|gambar)", label.group()) and _LEGEND_WORDS.search(
            text, label.end()):
        label = None  # "Ket: Harga dalam rupiah per kilogram …": a table's legend
    if label:
        dropped.append(label.group().strip())
        text = text[label.end():]
    marker = provenance.IMAGE_MARKER.search(text)
    if marker:
        dropped.append(text[: marker.end()].strip())
        text = text[marker.end():].strip()
    elif headline:
        for dash in _DASH_SEPARATORS:
            if text.startswith(headline + dash):
                dropped.append(text[: len(headline) + len(dash)].strip())
                text = text[len(headline) + len(dash):]
                break
        else:
            text = _unglue_alt_text(text, headline, dropped)
    illustration = provenance.ILLUSTRATION_LABEL.match(text)
    if illustration and len(text.split()) <= provenance.ILLUSTRATION_MAX_WORDS:
        if not _ILLUSTRATION_OF.match(text):
            dropped.append(illustration.group().strip())
            text = text[illustration.end():]
        credit = provenance.ANY_BRACKETED_CREDIT.search(text)
        if credit:
            dropped.append(credit.group().strip())
            text = text[: credit.start()].strip()
    for pattern in (provenance.CREDIT_LEADING, provenance.CREDIT_BRACKETED,
                    provenance.CREDIT_OUTLET, provenance.CREDIT_DOMAIN_FIRST,
                    provenance.CREDIT_AGENCY_FIRST,
                    provenance.CREDIT_TRAILING, provenance.CREDIT_AFTER_CAPTION,
                    _NAMED_PHOTO_CREDIT, _HYPHENED_PHOTO_CREDIT):
        found = pattern.search(text)
        if found and not _names_school_levels(found.group()):
            dropped.append(found.group().strip())
            text = (text[: found.start()] + text[found.end():]).strip()
    bar = provenance.CREDIT_AFTER_BAR.search(text)
    if bar and (bar.group("labelled") or not is_title_case(text[: bar.start()])):
        dropped.append(bar.group().strip())
        text = text[: bar.start()].strip()
    if dropped:  # the dash the credit stood after: "… mogok kerja - (Rina/Harian.com)"
        text = _DANGLING_DASH_RE.sub("", text)
    return (text, tuple(dropped)) if dropped else None


def has_headings(lines: list[Line], after: int) -> bool:
    """Whether the text further down has section headings (short lines before body text)."""
    return any(line.kind == "heading" for line in lines) or any(
        heading_at(lines, i) for i in range(after + 1, len(lines))
    )


def heading_at(lines: list[Line], index: int) -> bool:
    """Whether an undecided line is heading-shaped (or a short title-case question) and
    followed by a body paragraph or a list; a list item, or a line with no capital letter,
    is never a heading."""
    line = lines[index]
    if line.kind != "body" or line.item or not (
            is_heading_shaped(line.text) or is_question_heading(line.text)):
        return False
    if not any(c.isupper() for c in line.text):
        return False  # "pasar ikan pagi hari": a photo's name in lower case, no heading
    following = next((lines[j] for j in range(index + 1, len(lines))
                      if lines[j].kind not in ("furniture", "date")), None)
    # A bare number ("2") after a short line is a flattened table's cell, not a paragraph.
    return (following is not None and following.kind in ("body", "quote")
            and WORD_RE.search(following.text) is not None
            and (following.item or not is_heading_shaped(following.text)))
