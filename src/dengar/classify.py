"""Deciding what every line of an article is, from its own shape and from its neighbours.

Passes over the lines, each settling one kind: furniture and dates; the headline; photo
captions; the byline (after the headline or at the end); the deck; section headings. A role the
source format marked (an HTML <h2>, a <blockquote>) is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dengar import furniture, provenance
from dengar.alttext import mark_alt_text_captions, mark_credited_title_copy
from dengar.byline import parse_byline
from dengar.bylineplace import mark_byline, mark_site_credit, unlist_byline_box
from dengar.dateline import date_line, split_dateline
from dengar.headline import (
    drop_headline_printed_again,
    drop_labels_between_headline_copies,
    drop_site_from_headline,
    headline_first,
    keep_deck_under_headline,
    mark_caption_under_credit,
    mark_caption_under_headline,
    mark_credited_captions,
    mark_headline,
    mark_illustration_captions,
    mark_repeated_captions,
    spoken_indexes,
)
from dengar.labelcaptions import (
    closing_credit,
    mark_caption_under_image,
    mark_labelled_captions,
    reads_as_caption,
)
from dengar.lines import (
    BULLET_RE,
    FIELD_LINE_MAX_WORDS,
    FIELD_LINE_RE,
    LIST_ITEM_RE,
    WORD_RE,
    Line,
    heading_at,
    is_furniture,
    is_heading_shaped,
    is_question_heading,
    split_caption,
    strip_embeds,
    strip_related_links,
)
from dengar.linklists import mark_link_lists
from dengar.model import Block
from dengar.names import is_place_or_time
from dengar.officecaptions import mark_office_name_captions
from dengar.repeats import QUOTE_MARKS, drop_deck_printed_again, mark_repeats
from dengar.teasers import drop_interleaved_teasers
from dengar.toplabels import drop_outlet_rubric
from dengar.trailers import (
    drop_blurbs_after_initials,
    drop_closing_name,
    drop_closing_summary,
    drop_cut_teasers,
    drop_labelled_credits,
    drop_notice_tails,
    drop_rubric_links,
    drop_tag_runs,
)

DECK_MAX_LINES = 2
HEADER_TAG_MAX_WORDS = 3


_SENTENCE_ENDS = (".", "!", "?", ",", ";")
_TEXT_MIN_WORDS = 8  # a line this long is a paragraph of the article's text


LONE_DATELINE_MAX_WORDS = 5
NUMBERED_HEADINGS_MIN = 2
_PLACE_OUTLET_RE = re.compile(
    r"^(?P<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}),\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}$")
# An outlet named in words, then a known place and the lead's dash, alone on a line:
# "Warta Ekonomi, Jakarta -".
_OUTLET_PLACE_RE = re.compile(
    r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2},\s+(?P<place>[A-Z][\w]*(?:\s[A-Z][\w]*)?)\s*[-–—]{1,2}$")
# A place and an outlet's code joined by a hyphen, alone on a line: "Pangandaran-LHI".
PLACE_CODE_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-[A-Z]{2,6}$")
_CREDITS_RE = re.compile(r"(?<=[-|]\s)(?:editor|reporter|penulis|redaktur|pewarta|laporan)\s*:",
                         re.IGNORECASE)
_ASKED_RE = re.compile(r"^(?:apa|di\s?mana|mengapa|kenapa|bagaimana|siapa|kapan|berapa)\b"
                       r"[^?.!]{0,60}\?\s+[A-Z]", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^(\d{1,2})\.\s+[A-Z]")
FACT_BOX_MIN_LINES = 2
# A notice broken after its last preposition ("Cek Berita dan Artikel yang lain di" /
# "Google News"): the words on the next line are its end.
_NOTICE_BROKEN_RE = re.compile(r"\s(?:di|ke|melalui|via)$", re.IGNORECASE)
NOTICE_END_MAX_WORDS = 3


def _is_field(line: Line) -> bool:
    """Whether a body line is shaped like a fact box's field ("Industri: layanan SaaS")."""
    return (line.kind == "body" and FIELD_LINE_RE.match(line.text) is not None
            and len(line.text.split()) <= FIELD_LINE_MAX_WORDS
            and not provenance.BYLINE_PREFIX.match(line.text))


def _mark_fact_box(lines: list[Line]) -> None:
    """Make two or more field lines in a row ("Founder: Aditya Dwi Putra", "Industri: layanan
    SaaS") list items: a fact box, neither headings nor the lead."""
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _is_field(lines[end]):
            end += 1
        if end - i >= FACT_BOX_MIN_LINES:
            for j in range(i, end):
                lines[j] = Line("body", lines[j].text, lines[j].dropped, item=True)
        i = max(end, i + 1)


def _first_pass(block: Block, text: str) -> Line:
    """Settle what the line is on its own: a hint, furniture, a date, else undecided body.
    An unmarked line written as a list item may still be a credit ("- ANTARA FOTO/Nama")."""
    if block.hint is None and _is_marks_only(text):
        return Line("furniture", "", (text,))
    listed = block.hint is None and LIST_ITEM_RE.match(text) is not None
    if listed and (any(p.match(text) for p in (furniture.PHOTO_CREDIT_LINE,
                                               furniture.RELATED_LINK, furniture.AD_LABEL_LINE,
                                               furniture.RELATIVE_TIME_LINE))
                   or any(p.match(BULLET_RE.sub("", text, count=1)) for p in (
                       furniture.FURNITURE_LINE, furniture.WHOLE_NOTICE_LINE))):
        # "- ANTARA FOTO/Nama", "• 6 days ago", "* Follow WhatsApp Channel Situs.com untuk …"
        return Line("furniture", "", (text,))
    if block.hint == "item" or listed:
        return Line("body", text, item=True)
    if block.hint is None and (is_furniture(text) or furniture.is_site_description(text) or (
            furniture.CREDIT_LABELS_LINE.match(text) and parse_byline(text) is None)):
        return Line("furniture", "", (text,))
    if block.hint is not None:
        return Line(block.hint, text, (text,) if block.hint == "furniture" else ())
    if _dated_credits(text) and parse_byline(text):
        return Line("byline", text)  # "SENIN, 02 MEI 2022 | 00:06 WIB | LAPORAN: X": the author
    if date_line(text) or _dated_credits(text):
        return Line("date", text, (text,))
    text, links = strip_related_links(text)
    text, embeds = strip_embeds(text)
    initials = furniture.INITIALS_AFTER_SENTENCE.search(text)
    if initials:  # "… timpal dia. (mg10/jpnn)" in any paragraph, before it is read as a heading
        embeds += (initials.group().strip(),)
        text = text[: initials.start()].rstrip()
    if not text:
        return Line("furniture", "", embeds)
    return Line("body", text, links + embeds)


def _is_marks_only(text: str) -> bool:
    """Whether a line holds no letter, digit or quotation mark (a crawler's stray ":" or "|"):
    nothing to read, never a headline or a heading."""
    return not any(c.isalnum() or c in QUOTE_MARKS for c in text)


def _dated_credits(text: str) -> bool:
    """A date with the desk's credits after it: "Kamis, 01 Februari 2018 | 21:16 Wita -
    Editor: Irwan Idris - Reporter: Mirsan", "SENIN, 02 APRIL 2018 | 11:54 WIB | LAPORAN: X"."""
    credits = _CREDITS_RE.search(text)
    date = text[: credits.start()].rstrip(" -|") if credits else ""
    return bool(date) and date_line(date) is not None


def _mark_captions(lines: list[Line], headline: str | None) -> None:
    """Turn lines carrying a photo credit or an image marker into captions."""
    for i, line in enumerate(lines):
        if line.kind in ("body", "caption"):
            found = split_caption(line.text, headline)
            if found and found[0]:
                lines[i] = Line("caption", found[0], found[1])
            elif found:
                lines[i] = Line("furniture", "", (line.text,))


def _drop_trailing_widgets(lines: list[Line]) -> None:
    """Drop the widgets after the article's last paragraph ("Respon Anda?", "One Comment"),
    walking back from the end over them and the page's other furniture."""
    for i in reversed(range(len(lines))):
        if lines[i].kind == "body" and (furniture.TRAILING_WIDGET_LINE.match(lines[i].text)
                                        or _is_view_counter(lines, i)):
            lines[i] = Line("furniture", "", (lines[i].text,))
        elif lines[i].kind not in ("furniture", "date"):
            return


# Where a broken notice sends the reader: "Google News", "WhatsApp Channel"; a short heading
# after a notice ("Menu Andalan") names none.
_PLATFORM_RE = re.compile(r"\b(?:google|news|whats\s?app|telegram|instagram|facebook|twitter"
                          r"|youtube|tiktok|channel|saluran|aplikasi|app|play\s+store)\b",
                          re.IGNORECASE)


def _drop_notice_ends(lines: list[Line]) -> None:
    """Drop the few words that finish a notice broken over two lines ("… yang lain di" /
    "Google News"); a sentence of the text after a notice keeps its own line."""
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        if (line.kind == "body" and not line.item and before.kind == "furniture"
                and before.dropped and furniture.NOTICE_LINE.match(before.dropped[-1])
                and _NOTICE_BROKEN_RE.search(before.dropped[-1])
                and len(line.text.split()) <= NOTICE_END_MAX_WORDS
                and _PLATFORM_RE.search(line.text)
                and not line.text.endswith(_SENTENCE_ENDS)):
            lines[i] = Line("furniture", "", (line.text,))


def _is_view_counter(lines: list[Line], index: int) -> bool:
    """Whether a number alone at index counts views: the line before it finishes a sentence
    (not a table's cell, a label or a sentence announcing the number with a colon)."""
    if not furniture.VIEW_COUNTER_LINE.match(lines[index].text):
        return False
    before = next((line for line in reversed(lines[:index])
                   if line.kind not in ("furniture", "date")
                   and not furniture.TRAILING_WIDGET_LINE.match(line.text)), None)
    return before is not None and bool(furniture.SENTENCE_END.search(before.text))


def _demote_trailing_headings(lines: list[Line]) -> None:
    """A heading after the article's last paragraph starts no section: it is a credit or a
    name printed in bold ("Rina Kusuma"), read (or taken for the byline) as text."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    for i in range(body[-1] + 1 if body else 0, len(lines)):
        if lines[i].kind == "heading":
            lines[i] = replace(lines[i], kind="body")


def _drop_injected_questions(lines: list[Line]) -> None:
    """A search engine's "people also ask" box a crawler saved between lone dashes: a short
    question and its answer ("-" / "Apa dampak dari banjir? Banjir tidak hanya …")."""
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        if (line.kind == "body" and before.kind == "furniture" and before.dropped == ("-",)
                and _ASKED_RE.match(line.text)):
            lines[i] = Line("furniture", "", (line.text,))


def _drop_slugs(lines: list[Line]) -> None:
    """The headline again in lower case without its punctuation is the page address's slug
    ("astaga harga beras kembali melonjak"), never read."""
    headline = next((line.text for line in lines if line.kind == "headline"), None)
    if headline is None:
        return
    slug = WORD_RE.findall(headline.lower())
    for i, line in enumerate(lines):
        if (line.kind == "body" and line.text == line.text.lower()
                and WORD_RE.findall(line.text) == slug and len(slug) > 1):
            lines[i] = Line("furniture", "", (line.text,))


def _drop_header_tags(lines: list[Line]) -> None:
    """A few words all in lower case between the headline and the text ("demam berdarah") are
    the page's tag or rubric link, not the lead, and a network's name alone ("• Whatsapp") a
    share button; "liputan6.com, Jakarta" is a dateline."""
    start = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if start is None:
        return
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.kind == "body" and len(line.text.split()) >= _TEXT_MIN_WORDS:
            return
        if (line.kind == "body" and not line.item and line.text == line.text.lower()
                and len(line.text.split()) <= HEADER_TAG_MAX_WORDS
                and not line.text.endswith(_SENTENCE_ENDS)) or (
                line.kind == "body" and furniture.SHARE_NETWORK_LINE.match(line.text)):
            lines[i] = Line("furniture", "", (line.text,))


def _drop_listing_links(lines: list[Line]) -> None:
    """A menu's link to a listing of articles naming what it lists ("Kumpulan Berita DPR RI")
    under the page's first line and above the text is furniture; as the first line or the
    headline ("Kumpulan Berita Hoaks Pemilu") or in the text ("Arsip Berita Sekolah" over a
    paragraph) it is read as the headline or a heading."""
    for i, line in enumerate(lines):
        if line.kind == "body" and len(line.text.split()) >= _TEXT_MIN_WORDS:
            return
        if (i > 0 and line.kind == "body" and not line.item
                and furniture.SECTION_LISTING_LINE.match(line.text)):
            lines[i] = Line("furniture", "", (line.text,))


def _join_lone_dateline(lines: list[Line]) -> None:
    """Put a dateline written on a line of its own ("HARIAN.COM, CALIFORNIA", "Mangupura,
    (Warta.com)-") in front of the paragraph after it, where it is read as the lead's
    dateline; only among the first lines, where a lead can start."""
    body = [i for i in spoken_indexes(lines) if lines[i].kind == "body"][: DECK_MAX_LINES + 2]
    for here, after in zip(body, body[1:], strict=False):
        line = lines[here]
        if (len(line.text.split()) > LONE_DATELINE_MAX_WORDS
                or line.text.endswith(_SENTENCE_ENDS) or _announces(lines, here)):
            continue
        code = PLACE_CODE_RE.match(line.text)
        if code and not split_dateline(lines[after].text) and (
                is_place_or_time(code["place"]) or code["place"] in lines[after].text):
            # "Pangandaran-LHI" over a lead about Pangandaran: the place and its outlet's code
            lines[after] = replace(lines[after], text=f"{code['place']} - {lines[after].text}")
            lines[here] = Line("furniture", "", (line.text,))
            return
        dash = "" if line.text.endswith(("-", "–", "—")) else " -"
        if dash and not any(mark in line.text for mark in ",.()/|"):
            continue  # one name alone ("WhatsApp", "Jakarta") is a heading, no dateline
        joined = f"{line.text}{dash} {lines[after].text}"
        found = split_dateline(joined)
        if found is not None and (found.tag or not dash):  # "Samarinda -": its own dash
            lines[after] = replace(lines[after], text=joined)
            lines[here] = Line("furniture", "", ())
            return
        outlet = _PLACE_OUTLET_RE.match(line.text) or _OUTLET_PLACE_RE.match(line.text)
        if outlet and is_place_or_time(outlet["place"]) and not split_dateline(lines[after].text):
            # "Pasuruan, Bhirawa", "Warta Ekonomi, Jakarta -": a known place and a paper's
            # name the copy put on a line
            lines[after] = replace(lines[after], text=f"{outlet['place']} - {lines[after].text}")
            lines[here] = Line("furniture", "", (line.text,))
            return


def _announces(lines: list[Line], index: int) -> bool:
    """Whether the spoken line before index ends with a colon: what follows is what it
    announces ("melalui situs:" / "lapor.go.id"), no dateline."""
    before = next((line for line in reversed(lines[:index])
                   if line.kind not in ("furniture", "date")), None)
    return before is not None and before.text.rstrip().endswith(":")


def _drop_undated_lead(lines: list[Line]) -> None:
    """A teaser that is the lead without its dateline ("Kontingen Jabar …" over "Mimika -
    Kontingen Jabar …") is read once, as the lead."""
    body = [i for i in spoken_indexes(lines) if lines[i].kind == "body"][: DECK_MAX_LINES + 1]
    for here, after in zip(body, body[1:], strict=False):
        text, lead = lines[here].text, lines[after].text
        head = lead[: len(lead) - len(text)].split()
        if (lead.endswith(" " + text) and 0 < len(head) <= LONE_DATELINE_MAX_WORDS
                and head[-1] in ("-", "–", "—", "--")):
            lines[here] = Line("furniture", "", (text,))
            return


def _is_page_label(text: str) -> bool:
    """Whether a line is shaped like a page's label: a few capitalised words and nothing else,
    as a banner ("Pesona Indonesia") or a tag link ("Ujian Nasional") are."""
    words = text.split()
    return (0 < len(words) <= HEADER_TAG_MAX_WORDS
            and all(word[:1].isupper() and word.isalpha() for word in words))


def _drop_repeated_labels(lines: list[Line]) -> None:
    """Drop the page's labels over the text: a run of label-shaped lines right after the
    headline in which one is printed twice ("Pesona Indonesia" / "Ujian Nasional" / "Ujian
    Nasional"), as a page repeats its tag links; a deck is never printed twice, so a run without
    a repeat is left to be a deck or a byline. Only the labels up to the last repeated one go: a
    name under them ("Pendidikan" / "Pendidikan" / "Rina Sari") is the byline, and so is one name
    printed twice alone ("Rina Sari" / "Rina Sari")."""
    start = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if start is None:
        return
    run = []
    for i in spoken_indexes(lines):
        if i <= start or lines[i].text.isdigit():  # a view counter ("919") between them
            continue
        if lines[i].kind != "body" or not _is_page_label(lines[i].text):
            break
        run.append(i)
    texts = [lines[i].text for i in run]
    repeated = [n for n, text in enumerate(texts) if texts.count(text) > 1]
    if not repeated:
        return
    one_name = len(set(texts)) == 1 and parse_byline(texts[0]) is not None
    for i in run[1:] if one_name else run[: repeated[-1] + 1]:
        lines[i] = Line("furniture", "", (lines[i].text,))


def _mark_deck(lines: list[Line]) -> None:
    """Lines between the headline (or byline) and a lead that opens with a dateline: a deck,
    or a caption when shaped like one (see ``reads_as_caption``); so is a heading before any
    body text a deck (a section starts after some)."""
    body = [i for i in spoken_indexes(lines) if lines[i].kind == "body"]
    for i in range(body[0] if body else 0):
        if lines[i].kind == "heading":
            lines[i] = replace(lines[i], kind="deck")
    for count, i in enumerate(body[: DECK_MAX_LINES + 1]):
        if split_dateline(lines[i].text):
            for j in body[:count]:
                if not reads_as_caption(lines[j].text):
                    lines[j] = replace(lines[j], kind="deck")
                    continue
                text, credit = closing_credit(lines[j].text)  # the photo's credit is not read
                lines[j] = replace(lines[j], kind="caption", text=text,
                                   dropped=(*lines[j].dropped, *credit))
            return


def _mark_headings(lines: list[Line]) -> None:
    """Short unpunctuated lines followed by body text start sections."""
    for i in range(len(lines)):
        if heading_at(lines, i):
            lines[i] = replace(lines[i], kind="heading")


def _numbered_heading(lines: list[Line], index: int) -> int | None:
    """The number of a numbered list item written as a section heading ("1. Banyak warga
    tertidur saat banjir datang"): heading-shaped, and a paragraph (not another item) after it,
    past any caption; a photo alone may close a copy cut short. None for any other line."""
    line = lines[index]
    number = _NUMBERED_RE.match(line.text)
    if line.kind != "body" or not line.item or number is None or not (
            is_heading_shaped(line.text) or is_question_heading(line.text)):
        return None
    after = [lines[j] for j in range(index + 1, len(lines))
             if lines[j].kind not in ("furniture", "date")]
    pictured = bool(after) and after[0].kind == "caption"  # a photo opens the section
    following = next((line for line in after if line.kind != "caption"), None)
    if following is None and pictured:
        return int(number.group(1))
    # The copy's last line may be heading-shaped only because the copy is cut short in its
    # sentence: "3. Warga pulang ke rumah" / "Kemudian, kata dia, warga pula" (nothing after).
    cut_short = following is not None and following is after[-1]
    if (following is None or following.kind not in ("body", "quote") or following.item
            or (is_heading_shaped(following.text) and not cut_short)):
        return None
    return int(number.group(1))


def _mark_numbered_headings(lines: list[Line]) -> None:
    """Numbered items counting 1, 2, 3 … each over its own paragraphs are a listicle's section
    headings (IDN Times writes its sections so); a numbered list with items in a row is a list."""
    numbered = [(i, n) for i in range(len(lines)) if (n := _numbered_heading(lines, i))]
    numbers = [n for _, n in numbered]
    announced = numbered and any(  # "… dua pasal berlapis, yakni:" then "1. Pasal 378 …"
        lines[j].kind == "body" and lines[j].text.endswith(":")
        for j in range(max(0, numbered[0][0] - 2), numbered[0][0]))
    if (len(numbered) >= NUMBERED_HEADINGS_MIN and not announced
            and numbers == list(range(1, len(numbers) + 1))):
        for i, _ in numbered:
            lines[i] = replace(lines[i], kind="heading", item=False)


def _strip_initials(lines: list[Line]) -> None:
    """Remove editor initials, "(fyk/ash)", from the end of the last body paragraph."""
    last = next((i for i in reversed(range(len(lines))) if lines[i].kind == "body"), None)
    if last is None:
        return
    text = lines[last].text
    found = furniture.EDITOR_INITIALS.search(text)
    credit = furniture.CLOSING_CREDIT.search(text)
    if not found and credit and len(credit.group().split()) <= furniture.CLOSING_CREDIT_MAX_WORDS:
        found = credit
    outlet = provenance.CREDIT_DOMAIN_FIRST.search(text)
    if not found and outlet and text[: outlet.start()].rstrip().endswith(_SENTENCE_ENDS):
        found = outlet  # "… pungkas Budi. (Harian.com/rina)"
    if found and found.start() > 0:
        start, end = found.span()
    elif before_stop := furniture.INITIALS_BEFORE_STOP.search(text):
        start, end = before_stop.span("initials")  # "… pungkasnya (van)." keeps its stop
    elif tag := furniture.sign_off_tag_span(text):
        start, end = tag  # "… banyak pihak.(jejakrekam)", "…,” tandas Yusuf. (Sofyan)"
    else:
        return
    lines[last] = replace(lines[last], text=(text[:start] + text[end:]).rstrip(),
                          dropped=(*lines[last].dropped, text[start:end].strip()))


def _capitals_line(line: Line) -> bool:
    """A short line all in capitals, as a letterhead prints its institution's name."""
    words = line.text.split()
    return (line.kind == "body" and 0 < len(words) <= furniture.LETTERHEAD_MAX_WORDS
            and line.text.isupper() and not line.text.endswith(_SENTENCE_ENDS))


def _mark_letterheads(lines: list[Line]) -> None:
    """Mark as furniture a letterhead before the article's text or after it: two or more
    lines in capitals, one naming an institution ("KEMENTERIAN …"), and the street address
    after them ("Jl. … 12750")."""
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _capitals_line(lines[end]):
            end += 1
        named = any(w.lower() in furniture.LETTERHEAD_WORDS
                    for line in lines[i:end] for w in line.text.split())
        if end - i >= 2 and end < len(lines) and furniture.ADDRESS_LINE.match(lines[end].text):
            end += 1
        if end - i >= 2 and named and _outside_text(lines, i, end):
            for j in range(i, end):
                lines[j] = Line("furniture", "", (lines[j].text,))
        i = max(end, i + 1)


def _outside_text(lines: list[Line], start: int, end: int) -> bool:
    """Whether no paragraph of text comes before start, or none after end."""
    def is_text(line: Line) -> bool:
        return line.kind == "body" and len(line.text.split()) >= _TEXT_MIN_WORDS
    return not any(map(is_text, lines[:start])) or not any(map(is_text, lines[end:]))


def classify(
    blocks: tuple[Block, ...], clean: Callable[[str], str], marked: bool = False
) -> list[Line]:
    """Decide what every non-empty block is.

    Args:
        blocks: The source's blocks in reading order.
        clean: The white-space cleaner applied to each block's text first.
        marked: Whether the format marks its headline, so an unmarked first line is none.

    Returns:
        One Line per non-empty block, furniture kept in place so its order is known.
    """
    lines = [_first_pass(b, t) for b in blocks if (t := clean(b.text))]
    unlist_byline_box(lines)
    _drop_notice_ends(lines)
    drop_rubric_links(lines)
    drop_tag_runs(lines)
    drop_notice_tails(lines)
    drop_labelled_credits(lines)
    _drop_trailing_widgets(lines)
    drop_cut_teasers(lines)
    drop_blurbs_after_initials(lines)
    drop_closing_summary(lines)
    drop_closing_name(lines)
    _mark_letterheads(lines)
    titles = keep_deck_under_headline(lines, mark_repeated_captions(lines, mark_repeats(lines)))
    mark_illustration_captions(lines)
    mark_alt_text_captions(lines)
    mark_credited_captions(lines)
    mark_office_name_captions(lines)
    headline = mark_headline(lines, marked, titles)
    drop_labels_between_headline_copies(lines)
    drop_headline_printed_again(lines)
    mark_credited_title_copy(lines)
    drop_site_from_headline(lines)
    mark_caption_under_credit(lines)
    mark_site_credit(lines)
    mark_labelled_captions(lines)
    mark_caption_under_image(lines)
    _mark_fact_box(lines)
    mark_link_lists(lines)
    _mark_captions(lines, headline)
    mark_caption_under_headline(lines)
    headline_first(lines)
    drop_interleaved_teasers(lines)
    _drop_listing_links(lines)
    _demote_trailing_headings(lines)
    _drop_repeated_labels(lines)
    mark_byline(lines)
    _drop_slugs(lines)
    _drop_injected_questions(lines)
    _drop_header_tags(lines)
    drop_outlet_rubric(lines)
    _join_lone_dateline(lines)
    _drop_undated_lead(lines)
    drop_deck_printed_again(lines)
    _mark_deck(lines)
    _mark_numbered_headings(lines)
    _mark_headings(lines)
    _strip_initials(lines)
    return lines
