"""Read plain text into blocks: one per line, or one per paragraph when the text is hard-wrapped.

Hard-wrapped text (an e-mail, a terminal copy) has its lines broken near one column, mostly in
mid-sentence. It is detected from the line lengths and reflowed: a line break stays only where
the next word would have fitted on the line, so the writer broke it on purpose (a paragraph end,
a headline, a byline). Text pasted from a PDF is wrapped at several widths (a wide column,
then a narrow one); then each run of lines between blank lines is reflowed at its own width
when most of its lines end in mid-sentence. Text broken at varying widths below one column,
with no blank lines between its paragraphs, is reflowed by its sentences instead: there a
paragraph ends only where a line ends a sentence or stops short.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Literal

from dengar import furniture, provenance, widgets
from dengar.dateline import date_line, split_dateline
from dengar.detokenise import detokenise
from dengar.glued import unglue
from dengar.lines import (
    FIELD_LINE_RE,
    HEADING_MAX_CHARS,
    LIST_ITEM_RE,
    is_furniture,
    strip_table_bar,
)
from dengar.markup import table_image_captions, unwrap_tagged_line
from dengar.model import Block, Metadata, Source
from dengar.patterns import is_title_case
from dengar.quotes import double_marks
from dengar.titles import clean_title, site_keys

WRAP_MIN, WRAP_MAX = 40, 100  # the columns text is hard-wrapped at in practice
NEAR_WRAP = 0.7  # a wrapped line is at least this share of the wrap column long
MIN_WRAPPED_LINES = 3
WRAPPED_SHARE = 0.5  # of the lines, at least this many must look wrapped
BLOCK_UNFINISHED = 0.6  # of a run of lines, this many end in mid-sentence when it is wrapped
OVERLONG_SHARE = 0.9
TITLE_CASE_MIN_WORDS = 3
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")")
_INDENT = re.compile(r"^(?: {2,}|\t)\S")  # a paragraph's indented first line
_NEW_ITEM = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}[.)]\s)")
_BARE_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Other articles' titles a copy keeps as lines of their own, stacked over a paragraph.
STACKED_TITLES_MIN = 3  # two are a listing's name and address, a byline and its date
TITLE_WORDS = (3, 14)
PARAGRAPH_MIN_WORDS = 15
_TITLE_NEVER_ENDS = (".", ",", ":", ";")
_PARAGRAPH_END = (".", "!", "?", '"', "”")
_OPENING_QUOTES = ('"', "“", "„", "’’", "‘‘", "''")
# Words no sentence, headline or heading ends with: a line stopping on one was cut in
# mid-sentence ("Ia menyampaikan hal itu berdasarkan" / "hasil survei tahun ini, …").
DANGLING_WORDS = frozenset({
    "berdasarkan", "dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan",
    "pada", "kepada", "terhadap", "tentang", "bagi", "oleh", "dalam", "bahwa", "karena",
    "sehingga", "agar", "supaya", "tetapi", "namun", "melalui", "sebagai", "antara", "hingga",
})
# A company's legal form always has its name after it: "Direktur Operasional PT" / "LIB …".
COMPANY_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "Perum", "Persero"})
# Lines broken in mid-sentence with room left for the next word, which goes on in lower case:
# a wrapper at one column never does that, so this many of them make the text ragged.
RAGGED_MIN_BREAKS = 2
# A sentence in lower case this long, broken before an acronym, goes on into the next line.
BROKEN_SENTENCE_MIN_WORDS = 8
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A lead cut after its dateline and this many words goes on into the next line.
DATELINE_LEAD_MIN_WORDS = 4

# How lines were wrapped: at one column; in a run pasted from a PDF, short of its column; or
# ragged, at varying widths below one column with no blank lines between the paragraphs.
Wrapping = Literal["column", "pdf", "ragged"]


def wrap_width(lines: Iterable[str]) -> int | None:
    """The column the text is hard-wrapped at, or None when its lines are not wrapped.

    Wrapped means: the longest lines sit between WRAP_MIN and WRAP_MAX columns, and most lines
    are nearly that long and end in mid-sentence.
    """
    lines = [line.rstrip() for line in lines if line.strip()]
    lengths = [len(line) for line in lines]
    within = [length for length in lengths if length <= WRAP_MAX]
    if len(within) < MIN_WRAPPED_LINES + 1 or len(within) < OVERLONG_SHARE * len(lengths):
        return None
    width = max(within)  # a few overlong lines (a URL) cannot be broken by a wrapper
    if width < WRAP_MIN:
        return None
    near = [line for line in lines if NEAR_WRAP * width <= len(line) <= width]
    unfinished = [line for line in near if not line.endswith(_SENTENCE_END)]
    enough = max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(lines))
    return width if len(near) >= enough and len(unfinished) >= len(near) / 2 else None


def _breaks_paragraph(line: str, following: str, width: int, wrapping: Wrapping) -> bool:
    """Whether the break after ``line`` is the writer's: the next word would have fitted, and
    the next line does not go on in lower case.

    A run pasted from a PDF breaks its lines well short of the column, so there a line breaks
    the paragraph only when it ends a sentence too, or is short. Ragged text breaks anywhere
    short of its column, so the fit says nothing: a line that ends a sentence ends its
    paragraph, as a short line does.
    """
    if _NEW_ITEM.match(following) or widgets.is_widget_line(following):
        return True  # a widget's line ("spot_img") stands alone, whatever its case
    if following[:1].islower():  # a paragraph never starts in lower case
        return False
    fits = len(line) + 1 + len(following.split()[0]) <= width
    if wrapping == "column":
        return fits
    # In a PDF column a line longer than the column was never wrapped: it breaks where its
    # sentence ends; a sentence that ends on a full line there may go on in the paragraph.
    ends = line.endswith(_SENTENCE_END) and (
        wrapping == "ragged" or fits or len(line) > width)
    return len(line) < NEAR_WRAP * width or ends


def _is_ragged(lines: list[str], width: int) -> bool:
    """Whether wrapped text was broken at varying widths below ``width``, so its breaks
    cannot be told by the fit of the next word: some lines end in mid-sentence with room
    left for the next word, and the next line goes on in lower case."""
    stripped = [line.rstrip() for line in lines]
    loose = [line for line, following in zip(stripped, stripped[1:], strict=False)
             if line.strip() and following.strip()[:1].islower()
             and not line.endswith(_SENTENCE_END)
             and len(line) + 1 + len(following.split()[0]) <= width]
    return len(loose) >= RAGGED_MIN_BREAKS


def _join(paragraph: list[str]) -> str:
    """Join wrapped lines; a line ending in a hyphen ("anak-") or an opening bracket joins
    without a space."""
    text = paragraph[0]
    for line in paragraph[1:]:
        text += line if text.endswith(("-", "(")) else " " + line
    return text


def _ends_dangling(line: str) -> bool:
    """Whether a line stops on a word no sentence ends with ("… hal itu berdasarkan")."""
    words = line.split()
    return bool(words) and words[-1] in DANGLING_WORDS


def _ends_in_credit(line: str) -> bool:
    """Whether a line closes on a photo's credit ("… di sawah.-Rina Sari-Harian Sukamaju"):
    a caption, ended there, whatever the next line opens with ("harian.id - …")."""
    return provenance.CREDIT_AFTER_CAPTION.search(line) is not None


def _rejoin_broken(lines: list[str]) -> list[str]:
    """Lines kept whole, with a paragraph's stray hard break undone: a line longer than any
    wrap column (a paragraph pasted whole), or one stopping on a preposition or conjunction,
    that stops in mid-sentence, with the next line going on in lower case to a sentence's
    end, was cut by the copy, not by the writer. A page's icon label under a caption
    ("zoom-in-whitePerbesar") ends no sentence. A copy that starts a new line at each
    linked word is rejoined too (see ``_breaks_at_link``)."""
    joined: list[str] = []
    for line in lines:
        if joined and not _ends_in_credit(joined[-1]) and (
                _breaks_at_link(joined[-1], line) or (
                (len(joined[-1]) > WRAP_MAX or _ends_dangling(joined[-1]))
                and joined[-1][-1:].isalnum()
                and line[:1].islower() and line.endswith(_PARAGRAPH_END)
                and not _opens_with_site(line))):
            joined[-1] = _join([joined[-1], line])
        else:
            joined.append(line)
    return joined


def _opens_with_site(line: str) -> bool:
    """Whether a line opens with a dateline naming a site in lower case ("sukamajunews.id -
    Petani …"): a lead of its own, never a sentence going on from the line above."""
    dateline = split_dateline(line)
    return dateline is not None and dateline.publisher is not None and line[:1].islower()


def _breaks_at_link(line: str, following: str) -> bool:
    """Whether a copy broke one sentence at a linked word, which it starts a new line with.

    Three shapes, each with two signals that the sentence goes on:
    - ``line`` ends on a word or a comma, no sentence's end, and ``following`` opens with a
      word in lower case ("Budi Santoso mengatakan pasar" / "online di Sukamaju ramai.");
      a heading's next paragraph opens with a capital, and a page's button ("komentar")
      under a line is no part of it;
    - ``line`` leaves a bracket open that ``following`` closes ("Dinas Kelautan (" /
      "DKP) Sukamaju …");
    - ``line`` opens with a dateline and a few words, yet ends no sentence, and neither does
      ``following``: a lead is never a heading ("SUKAMAJU, KOMPAS.com -- Kepala Dinas
      Kelautan (DKP)" / "Rina Sari mengatakan para nelayan" / "kini …"); a lead that only
      lost its stop has a whole sentence after it.
    """
    if (not line or not following or line.endswith(_PARAGRAPH_END + (":", ";"))
            or is_furniture(following)):
        return False
    first = following.split()[0]
    if (line[-1:].isalnum() or line.endswith(",")) and first.isalpha() and first.islower():
        return True
    if line.count("(") > line.count(")") and following.count(")") > following.count("("):
        return True
    if _breaks_before_acronym(line, following):
        return True
    if following.endswith(_PARAGRAPH_END):
        return False  # the next line is a whole sentence: the lead only lost its stop
    dateline = split_dateline(line) if line.endswith(")") or line[-1:].isalnum() else None
    return dateline is not None and len(dateline.text.split()) > DATELINE_LEAD_MIN_WORDS


# Words that only go on a sentence after an acronym ("… draf / KUA PPAS oleh Sekda …"); a
# paragraph may open with acronyms and "dan" ("DPRD dan pemerintah daerah beralasan …").
_AGENT_PREPOSITIONS = frozenset({"oleh", "kepada", "untuk", "ke", "dari", "pada", "dalam"})


def _breaks_before_acronym(line: str, following: str) -> bool:
    """Whether a sentence was broken before an acronym the next line opens with: ``line`` is
    a long sentence in lower case that ends on a word ("Rapat ditutup dengan penyerahan
    draf"), and ``following`` opens with acronyms, then a preposition ("KUA PPAS oleh
    Sekda kepada DPRD."), ending a sentence; "DPRD dan …" may open one. A heading is short
    or in title case, and a paragraph opening with an acronym goes on with a verb ("DPRD
    menyetujui …")."""
    words, next_words = line.split(), following.split()
    lower = sum(1 for word in words if word[:1].islower())
    acronyms = list(itertools.takewhile(_ACRONYM.fullmatch, next_words))
    return (len(words) >= BROKEN_SENTENCE_MIN_WORDS and lower * 2 >= len(words)
            and line[-1:].isalnum() and 0 < len(acronyms) < len(next_words)
            and next_words[len(acronyms)] in _AGENT_PREPOSITIONS
            and following.endswith(_PARAGRAPH_END))


def _leaves_quotation_open(text: str) -> bool:
    """Whether a quotation opens in the text and is not closed by its end ("“Kalau bisa …")."""
    text = double_marks(text)
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _goes_on(paragraph: list[str], following: str) -> bool:
    """Whether a paragraph broken at varying widths surely goes on into the next line: its
    last line stops on a preposition, a conjunction or a company's legal form, or it leaves
    a quotation open that the next line closes (the next line opening no quotation itself:
    then it is the next paragraph of a quotation that runs on)."""
    words = paragraph[-1].split()
    if words and (words[-1] in DANGLING_WORDS or words[-1] in COMPANY_FORMS):
        return True
    text = _join(paragraph)
    return (not following.startswith(_OPENING_QUOTES) and _leaves_quotation_open(text)
            and not _leaves_quotation_open(_join([*paragraph, following])))


def _is_related_link(line: str) -> bool:
    """Whether a line is a link to another article ("Baca Juga: <title>"): a paragraph of
    its own, never joined to the lines around it."""
    return line[:1].isupper() and furniture.RELATED_LINK.match(line) is not None


def _ends_paragraph(paragraph: list[str], line: str, following: str, width: int,
                    wrapping: Wrapping) -> bool:
    """Whether the paragraph ends after its last line, ``line`` (unstripped)."""
    if (_is_related_link(paragraph[0]) or _is_related_link(following)
            or _NEW_ITEM.match(following)):
        return True
    if wrapping != "column" and _goes_on(paragraph, following):
        return False
    return _breaks_paragraph(line, following, width, wrapping)


def reflow(lines: list[str], width: int | None, wrapping: Wrapping = "column") -> list[str]:
    """Paragraphs from lines: one per non-empty line, or rejoined when wrapped at ``width``.

    Args:
        lines: The text's lines, blank lines included (they always end a paragraph).
        width: The wrap column from ``wrap_width``, or None to keep one paragraph per line.
        wrapping: How the lines were broken (see ``Wrapping`` and ``_breaks_paragraph``).
    """
    stripped = [line.strip() for line in lines]
    if width is None:
        return _rejoin_broken([line for line in stripped if line])
    paragraphs: list[str] = []
    current: list[str] = []
    for index, line in enumerate(stripped):
        if not line:
            if current:
                paragraphs.append(_join(current))
            current = []
            continue
        current.append(line)
        following = stripped[index + 1] if index + 1 < len(stripped) else ""
        if following and _ends_paragraph(current, lines[index].rstrip(), following, width,
                                         wrapping):
            paragraphs.append(_join(current))
            current = []
    if current:
        paragraphs.append(_join(current))
    return paragraphs


def _is_header_line(line: str) -> bool:
    """Whether a line is a byline, a date or opens with a dateline, as under a headline."""
    return bool(provenance.BYLINE_PREFIX.match(line) or date_line(line)
                or split_dateline(line))


def _block_width(lines: list[str]) -> int | None:
    """The wrap column of one run of lines between blank lines, for text pasted from a PDF
    whose columns differ in width: most of its lines are nearly that long and end in
    mid-sentence, and some line goes on in lower case. Lines longer than any wrap column
    are paragraphs pasted whole and are left out of the count."""
    lines = [line.strip() for line in lines]
    within = [len(line) for line in lines if len(line) <= WRAP_MAX]
    # One line within a column is no column: a headline over paragraphs pasted whole, the
    # lead going on in lower case ("harian.id - …"), shows no wrapping.
    if len(lines) < 2 or len(within) < 2:
        return None
    width = max(within)  # a paragraph pasted whole on one line was not wrapped
    wrapped = [line for line in lines[:-1]
               if not line.endswith(_SENTENCE_END) and NEAR_WRAP * width <= len(line) <= width]
    # A sentence goes on from line to line: some line opens in lower case, or (three lines
    # or more) the last line, within the column, ends a sentence, no line is a byline, a
    # date or a dateline, and nothing is stacked; nor are labels over a lead pasted whole.
    # A title-case line over another, or over a whole sentence, is a headline (or a deck,
    # or one of a list of officials), not the start of a wrapped paragraph.
    def titled(line: str) -> bool:
        return is_title_case(line, TITLE_CASE_MIN_WORDS)

    stacked = any(titled(line) and (titled(below) or below.endswith(_SENTENCE_END))
                  for line, below in zip(lines, lines[1:], strict=False))
    # A line in lower case goes on from the line over it only when that line is within the
    # column: under a paragraph pasted whole it is a lead opening with a site's name in lower
    # case ("sukamajunews.id - Petani …"), not a wrapped sentence's next line.
    goes_on = any(line[:1].islower() and len(above) <= width
                  for above, line in zip(lines, lines[1:], strict=False)) or (
        len(lines) >= MIN_WRAPPED_LINES
        and lines[-1].endswith(_SENTENCE_END) and len(lines[-1]) <= width
        and not any(map(_is_header_line, lines[1:])) and not stacked)
    if len(lines) < MIN_WRAPPED_LINES or not goes_on:
        # Two lines, or lines that never go on in lower case (a headline over a byline over
        # a dateline): wrapped only if a sentence goes on from one line into the next.
        return width if wrapped and goes_on else None
    unwrapped = len(lines) - len(within)
    return width if len(wrapped) >= BLOCK_UNFINISHED * (len(lines) - 1 - unwrapped) else None


def reflow_blocks(lines: list[str]) -> list[str]:
    """Paragraphs from text that is not wrapped at one column: each run of lines between
    blank lines or indented first lines is reflowed at its own width when it is wrapped,
    else kept line by line."""
    paragraphs: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip() and not (run and _INDENT.match(line)):
            run.append(line)
            continue
        if run:
            paragraphs += reflow(run, _block_width(run), wrapping="pdf")
        run = [line] if line.strip() else []
    return paragraphs


def _runs(lines: list[str]) -> list[list[str]]:
    """The runs of non-empty lines between blank lines, each line stripped."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            runs[-1].append(line.strip())
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _reads_as_title(line: str) -> bool:
    """A line shaped like an article title: a few words, capitalised, no sentence end."""
    words = len(line.split())
    return (TITLE_WORDS[0] <= words <= TITLE_WORDS[1] and len(line) <= HEADING_MAX_CHARS
            and line[:1].isupper() and not line.endswith(_TITLE_NEVER_ENDS)
            and not LIST_ITEM_RE.match(line) and not FIELD_LINE_RE.match(line))


def stacked_titles(lines: list[str]) -> frozenset[str]:
    """Related articles' titles a copy stacks over a paragraph with no label (BBC Indonesia).

    In text whose paragraphs are parted by blank lines, a run in the body whose lines are three
    titles or more and then one paragraph is a list of links the page set in the middle of the
    body. One title over a paragraph is a section heading, two a listing's name and address.
    """
    found: set[str] = set()
    runs = _runs(lines)
    # Only in the body: above its first paragraph are the headline, the byline and a deck.
    body = next((i for i, run in enumerate(runs) if any(
        len(line.split()) >= PARAGRAPH_MIN_WORDS for line in run)), len(runs))
    for run in runs[body + 1:]:
        *titles, last = run
        if (len(titles) >= STACKED_TITLES_MIN and all(map(_reads_as_title, titles))
                and len(last.split()) >= PARAGRAPH_MIN_WORDS and last.endswith(_PARAGRAPH_END)):
            found.update(titles)
    return frozenset(found)


def _reflow_text(lines: list[str], width: int | None) -> list[str]:
    """Paragraphs from the whole text's lines: wrapped at ``width``, ragged, or run by run."""
    if width is None:
        return reflow_blocks(lines)
    return reflow(lines, width, "ragged" if _is_ragged(lines, width) else "column")


def parse_text(text: str) -> Source:
    """Split decoded plain text into unmarked blocks, reflowing it first if it is hard-wrapped.

    Args:
        text: The decoded article text.

    Returns:
        The Source, one block per paragraph, with no metadata.
    """
    # A tokenised dump's marks are joined to their words first: unglueing and the dateline,
    # date and quotation rules all expect "2019).Sebelumnya", not "2019 ) .Sebelumnya".
    # A table's bar closing a line ("… Semarang ketiga. |") is no sign the line goes on;
    # HTML tags wrapping a whole line are markup the copy leaked, never read.
    raw = [unwrap_tagged_line(line) for line in detokenise(text).splitlines()]
    captions = table_image_captions([line for line in raw if line.strip()])
    lines = [strip_table_bar(line) for line in raw]
    width = wrap_width(lines)
    stacked = frozenset() if width else stacked_titles(lines)
    blocks = [Block(block.text, "furniture") if block.text in stacked
              else Block(block.text, "caption") if block.text.strip() in captions else block
              for block in unglue(_reflow_text(lines, width))]
    url = None
    first = next((i for i, b in enumerate(blocks) if b.text.strip()), None)
    if first is not None and _BARE_URL_RE.fullmatch(blocks[first].text.strip()):
        # A crawler's copy opening with the article's address: metadata, not the headline.
        url = blocks.pop(first).text.strip()
    if url and first is not None and first < len(blocks):
        # The page's title after its address: "Judul - Kompas.com" is the headline.
        title = blocks[first].text.strip()
        cleaned = clean_title(title, site_keys(None, url))
        if cleaned and cleaned != title:
            blocks[first] = Block(cleaned, "headline")
    return Source(tuple(blocks), Metadata(url=url) if url else Metadata(), format="text")
