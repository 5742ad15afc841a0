"""Lines a page sets among and after the paragraphs that no reader says: links to other
articles under a rubric printed in capitals, tags run together after a bare "Tags:", a credit
under a bare "Photo :" and the reporter's first name in brackets alone after the last
paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from dengar import furniture, speech
from dengar.lines import Line
from dengar.patterns import is_title_case
from dengar.vocabulary import lower_case_words

# Another article's title in capitals after its rubric and a dash: "KABAR TERKINI – HARGA
# CABAI TURUN DI PASAR". A dateline in capitals opens a lead in lower case, so the title has
# no lower-case letter. The rubric says it points to news ("INFO", "BERITA", "TERKINI"):
# a section heading or a list in capitals repeats its first field too ("SABTU – PERSIB VS …").
RUBRIC_LINK_LINE = re.compile(
    r"^(?P<rubric>(?=[A-Z ]*\b(?:INFO|BERITA|BACA|SIMAK|LIHAT|TERKAIT|TERKINI|TERBARU|POPULER"
    r"|TERPOPULER|PILIHAN|TRENDING|KABAR)\b)[A-Z][A-Z ]{2,30}?)"
    r"\s+[–—-]\s+(?P<title>[A-Z0-9][^a-z]{15,})$"
)
RUBRIC_MIN_LINKS = 2  # one such line may be a headline in capitals; a rubric repeats
# The reporter's name in brackets on a line of its own: "(Sofyan)", "(Rina Sari)". Words a
# closing bracket also holds, the text's own, stay: "(Bersambung)", "(Persero)", "(Jadwal
# Dapat Berubah)".
LONE_NAME_LINE = re.compile(r"^\((?P<name>[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{1,15}){0,2})\)$")
_NOT_NAMES = frozenset({
    "bersambung", "selesai", "tamat", "habis", "persero", "tbk", "ralat", "update", "foto",
    "video", "gratis", "advertorial", "iklan",
    # an editor's note or a serial's part: "(Bagian Pertama)", "(Jadwal Bisa Berubah)"
    "bagian", "jadwal", "catatan", "redaksi", "lanjutan", "koreksi", "pertama", "kedua",
    "ketiga", "terakhir", "akhir", "bisa", "dapat", "berubah", "sumber", "ilustrasi",
})
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_QUOTE_END = re.compile(r"[\"”’]$")
# A tag box's label alone on its line ("Tags:", "Topik :"); its tags follow on the next line,
# run together with no commas: "Cabai Bawang harga pasar pedagang".
# "Topik:" may head a seminar's theme, so only "Tags:" counts, and a topic box naming what it
# tags: "Topik Artikel :", "Tag Artikel:".
TAG_LABEL_LINE = re.compile(r"^(?:tags?|(?:tags?|topik|topic)\s+artikel)\s*:$", re.IGNORECASE)
TAG_RUN_MAX_WORDS = 15
NOTICE_TAIL_MAX_WORDS = 20
# A photo's credit under its bare label ("Photo :" / "• KORAN/Rina Sari."): an outlet, a
# slash and a name, nothing a sentence says.
CREDIT_LABEL_LINE = re.compile(r"^(?:foto|photo|sumber|source|kredit|credit)\s*:$",
                               re.IGNORECASE)
SLASH_CREDIT_LINE = re.compile(
    r"^[•·\s-]*[A-Za-z][\w.-]{1,30}/[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"(?:\s+\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\))?\.?$"  # the place shot: "(Pontianak)"
)
# The credit a page lists under its label, after a bullet or a dash: "• PSSI", "- Dokumentasi
# ASDP.", "• KORAN/Rina Sari (Bandung)": a few capitalised words, no sentence.
LISTED_CREDIT_LINE = re.compile(
    r"^\s*[•·-]\s*[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,3}"
    r"(?:\s+\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\))?\.?$"
)
# A photo's own label; "Sumber :" may head the sources of a table, so under it only a credit
# after a bullet ("• PSSI") makes the line above a caption, not one after a dash.
_PHOTO_LABEL = re.compile(r"^(?:foto|photo)\b", re.IGNORECASE)
CAPTION_MAX_WORDS = 30
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
# A portrait's caption closed by a stop: the job, a comma and the name ("Direktur PT Maju,
# Rina Sari."). Any other line ended by a stop over a credit is a paragraph.
_JOB_THEN_NAME_END = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}[.,]?$")


def drop_rubric_links(lines: list[Line]) -> None:
    """Drop the links to other articles that share a rubric in capitals ("KABAR TERKINI –
    …"), printed at least twice in the copy; one such line is left as it is."""
    found = {i: m["rubric"] for i, line in enumerate(lines)
             if line.kind == "body" and not line.item
             and (m := RUBRIC_LINK_LINE.match(line.text))}
    counts = Counter(found.values())
    for i, rubric in found.items():
        if counts[rubric] >= RUBRIC_MIN_LINKS:
            lines[i] = Line("furniture", "", (lines[i].text,))


def drop_tag_runs(lines: list[Line]) -> None:
    """Drop the tags run together on the line after a tag box's bare label ("Tags:"); a line
    that finishes a sentence, or a long one, is text and stays."""
    for i in range(1, len(lines)):
        label, line = lines[i - 1], lines[i]
        if (label.kind == "furniture" and label.dropped
                and TAG_LABEL_LINE.match(label.dropped[-1].strip())
                and line.kind == "body" and not line.item
                and len(line.text.split()) <= TAG_RUN_MAX_WORDS
                and not _SENTENCE_END.search(line.text) and not line.text.endswith((":", ","))):
            lines[i] = Line("furniture", "", (line.text,))


# A speech verb: the line reports someone's words, the text's own.
_SAID = re.compile(rf"\b(?i:{speech.SPEECH_VERB})(?:nya)?\b")


def drop_notice_tails(lines: list[Line]) -> None:
    """Drop the second line of a page's notice broken in the middle of its sentence
    ("Dilarang mengambil … keseluruhan artikel" / "di atas untuk konten … seizin redaksi."):
    it opens in lower case and is short; a capitalised line after a notice, or one saying who
    spoke ("tanpa izin panitia, kata Ketua …"), is the text's."""
    for i in range(1, len(lines)):
        notice, line = lines[i - 1], lines[i]
        if (notice.kind == "furniture" and notice.dropped
                and furniture.WHOLE_NOTICE_LINE.match(notice.dropped[-1])
                and not _SENTENCE_END.search(notice.dropped[-1])
                and line.kind == "body" and not line.item and line.text[:1].islower()
                and len(line.text.split()) <= NOTICE_TAIL_MAX_WORDS
                and not _SAID.search(line.text)):
            lines[i] = Line("furniture", "", (line.text,))


def drop_labelled_credits(lines: list[Line]) -> None:
    """Drop an outlet's and a photographer's names ("KORAN/Rina Sari.", "• PSSI") on the line
    after a bare credit label ("Photo :", "Sumber :"); any other line there is text and stays.
    The line over the label is the photo's caption ("Pelatih Timnas, Rina Sari" / "Photo :" /
    "• PSSI") unless it opens the copy (the headline over its photo) or reads as a paragraph."""
    for i in range(1, len(lines)):
        label, line = lines[i - 1], lines[i]
        if not (label.kind == "furniture" and label.dropped
                and CREDIT_LABEL_LINE.match(label.dropped[-1].strip()) and line.kind == "body"):
            continue
        photo = _PHOTO_LABEL.match(label.dropped[-1].strip()) or line.text.lstrip()[:1] in "•·"
        listed = photo and _is_only_item(lines, i) and LISTED_CREDIT_LINE.match(line.text)
        if not (listed or SLASH_CREDIT_LINE.match(line.text)):
            continue
        lines[i] = Line("furniture", "", (line.text,))
        if listed and i >= 2 and _is_caption_over_credit(lines, i - 2):
            lines[i - 2] = Line("caption", lines[i - 2].text)


def _is_only_item(lines: list[Line], index: int) -> bool:
    """Whether the listed line at index stands alone under its label, as a photo's one credit
    does; the first of more items ("Photo :" / "- Tripod Kokoh" / "- Filter ND") opens a
    list of the text's own."""
    return index + 1 == len(lines) or not lines[index + 1].item


def _is_caption_over_credit(lines: list[Line], index: int) -> bool:
    """Whether the line at index, over a photo's label and credit, is its caption: a short
    line of one sentence at most, not a quotation, with text above it, and no full stop
    unless it ends with a name after a comma ("Direktur PT Maju, Rina Sari.")."""
    line = lines[index]
    words = line.text.split()
    return (line.kind == "body" and not line.item and 2 <= len(words) <= CAPTION_MAX_WORDS
            and not _SENTENCE_INSIDE.search(line.text) and not line.text.endswith((":", ";"))
            and line.text[:1].isupper()
            and (not line.text.endswith(".") or _is_job_then_name(line.text))
            and any(before.kind == "body" for before in lines[:index]))


def _is_job_then_name(text: str) -> bool:
    """Whether a line closed by a stop is a portrait's caption: a job in title case, a comma
    and the name ("Direktur PT Maju, Rina Sari."); a sentence ending with one ("Bantuan itu
    diserahkan oleh Bupati Sleman, Rina Sari.") has words in lower case before the comma."""
    found = _JOB_THEN_NAME_END.search(text)
    return found is not None and is_title_case(text[: found.start()])


def drop_closing_name(lines: list[Line]) -> None:
    """Drop the reporter's name in brackets alone on the last line, after a finished sentence
    ("(Sofyan)", "(Rina Sari)"), unless the text uses a word of it as its own ("bersambung")."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    if len(body) < 2:
        return
    last, before = lines[body[-1]], lines[body[-2]]
    found = LONE_NAME_LINE.match(last.text)
    if found is None or not _SENTENCE_END.search(before.text) or _QUOTE_END.search(before.text):
        return  # a saying's author under it: '"Ilmu tanpa amal …" (Hamzah)'
    ordinary = _NOT_NAMES | lower_case_words(line.text for line in lines)
    if any(word in ordinary for word in found["name"].lower().split()):
        return
    lines[body[-1]] = Line("furniture", "", (last.text,))


# Teasers of other stories after the last paragraph, each cut off by the page with an ellipsis
# ("Sukamaju – Polsek Sukamaju menggelar razia di jalan…"), when the paragraph before them is
# closed by the editor's initials ("… di 415 kabupaten. (rin12***)"). A quotation trailing off
# ("… katanya, tapi…") after a paragraph with no initials is the text's.
_CUT_OFF = re.compile(r"(?:…|\.\.\.)[\s.]*$")


def drop_cut_teasers(lines: list[Line]) -> None:
    """Drop the cut-off teasers after a last paragraph closed by the editor's initials."""
    teasers: list[int] = []
    at = len(lines) - 1
    while at >= 0 and lines[at].kind in ("body", "furniture"):
        if lines[at].kind == "body":
            if not _CUT_OFF.search(lines[at].text):
                break
            teasers.append(at)
        at -= 1
    if not teasers or at < 0 or lines[at].kind != "body" or not _closed_by_initials(lines[at]):
        return
    for i in teasers:
        lines[i] = Line("furniture", "", (lines[i].text,))


# Blurbs of other stories after the last paragraph, its close marked by the editor's paired or
# numbered initials ("… kata Rina. (OL-8)" / "Banjir di Sukamaju kian meluas dan merendam
# ribuan rumah."): a page lists them under the article. Each is a short paragraph of its own
# with no quotation and no attribution pointing back at its end ("Stok masih aman, katanya."
# is the text's); the article must have run some paragraphs before the initials, and the
# blurbs are few.
_BLURBS_MAX = 5
_BLURB_MAX_WORDS = 50
_ARTICLE_MIN_PARAGRAPHS = 3
_POINTS_BACK = re.compile(
    rf"[\"“”]|,\s*(?:{speech.SPEECH_VERB})(?:nya|\s+(?:ia|dia|beliau))\b[^,]{{0,40}}$",
    re.IGNORECASE)


def drop_blurbs_after_initials(lines: list[Line]) -> None:
    """Drop the other stories' blurbs after a last paragraph closed by the editor's initials:
    paired or numbered ones ("(OL-8)") end the article; a bare "(rin)" may close a quotation's
    paragraph in mid-article, so after one a teaser's title must be among the blurbs too
    ("Kapal Perang Terbaru Resmi Dikirim dari Italia")."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    closed = next((n for n in range(len(body) - 1, -1, -1)
                   if _closed_by_initials(lines[body[n]])), None)
    if closed is None or closed < _ARTICLE_MIN_PARAGRAPHS:
        return
    blurbs = body[closed + 1:]
    if not 0 < len(blurbs) <= _BLURBS_MAX or any(
            lines[i].kind != "furniture" for i in range(body[closed] + 1, len(lines))
            if i not in blurbs):
        return
    if not _closed_by_initials(lines[body[closed]], paired=True) and not any(
            is_title_case(lines[i].text) and not lines[i].text.endswith((".", "!", "?"))
            for i in blurbs):
        return
    if all(len(lines[i].text.split()) <= _BLURB_MAX_WORDS
           and not _POINTS_BACK.search(lines[i].text) for i in blurbs):
        for i in blurbs:
            lines[i] = Line("furniture", "", (lines[i].text,))


def _closed_by_initials(line: Line, paired: bool = False) -> bool:
    """Whether the editor's initials close a paragraph, still on it or taken off it already
    ("… katanya. (OL-8)"); ``paired``: only paired or numbered ones ("(rin/ant)", "(OL-8)")."""
    if not paired and (found := furniture.EDITOR_INITIALS.search(line.text)) and found.start():
        return True
    return any(furniture.INITIALS_AFTER_SENTENCE.search(f"{line.text} {taken}".rstrip())
               for taken in ("", *line.dropped))


# A page's summary of the article printed after it, written as its first page's lead opens:
# an ordinary word in capitals, then lower case, and no stop at the end ("MENGAJAR di desa
# terpencil. Itulah kisah Rina Sari, guru honorer di Sukamaju"). The word in capitals must be
# one the text writes in lower case (no acronym: "KPK menetapkan …"), and the article must run
# some paragraphs before it.
_CAPITALS_OPENING = re.compile(r"^(?P<word>[A-Z]{4,})\s+[a-z]")


def drop_closing_summary(lines: list[Line]) -> None:
    """Drop a summary in the lead's style as the last line of text, after the article."""
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    if len(body) <= _ARTICLE_MIN_PARAGRAPHS + 1:  # the headline is among them
        return
    last = lines[body[-1]]
    opening = _CAPITALS_OPENING.match(last.text)
    if (opening is None or last.item or len(last.text.split()) > _BLURB_MAX_WORDS
            or _SENTENCE_END.search(last.text) or _QUOTE_END.search(last.text)
            or not _SENTENCE_END.search(lines[body[-2]].text)
            or not _SENTENCE_INSIDE.search(last.text)):
        return  # one clause cut off ("SELAIN cabai, harga bawang …") is the copy's last words
    vocabulary = lower_case_words(lines[i].text for i in body[:-1])
    if opening["word"].lower() in vocabulary:
        lines[body[-1]] = Line("furniture", "", (last.text,))
