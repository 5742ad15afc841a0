"""A photo's alternative text a copy of a page kept over its caption: a few words in lower
case, as a file or an editor names the picture ("pasar ikan pagi hari"), right over a sentence
that says the same thing. The alternative text is not read; the sentence is the caption. And
the headline printed again as a photo's title, with the site's copyright closing it."""

from __future__ import annotations

import re

from dengar.lines import WORD_RE, Line

ALT_MIN_WORDS = 2  # one lower-case word is a stray label or a tag, not a picture's name
ALT_MAX_WORDS = 8  # longer, a sentence its writer left in lower case
CAPTION_MAX_WORDS = 40  # longer, a paragraph of the text
SHARED_MIN_LETTERS = 4  # a word both lines name ("sedati", "normal"), no joiner ("di", "dan")
SHARED_MIN_WORDS = 2
TITLE_COPY_REACH = 2  # the photo's title comes within this many read lines under the headline
# The site's copyright closing a line, a year and up to three words after the sign:
# "©2024 Harian.com", "© harian.id".
_COPYRIGHT_TAIL = re.compile(r"\s*©\s*(?:\d{4}\s*)?[\w.-]+(?:\s+[\w.-]+){0,2}\s*$")


def is_alt_text(text: str) -> bool:
    """Whether a line reads as a photo's alternative text: a few words, no capital letter,
    no punctuation at its end."""
    words = text.split()
    return (ALT_MIN_WORDS <= len(words) <= ALT_MAX_WORDS
            and WORD_RE.search(text) is not None and not any(c.isupper() for c in text)
            and text[-1:].isalnum())


def _names_the_same(alt: str, caption: str) -> bool:
    """Whether the caption names two things the alternative text names ("sedati", "normal"),
    or all of them when it names fewer."""
    said = {w.lower() for w in WORD_RE.findall(caption) if len(w) >= SHARED_MIN_LETTERS}
    named = [w for w in WORD_RE.findall(alt) if len(w) >= SHARED_MIN_LETTERS]
    shared = sum(w in said for w in named)
    return shared > 0 and shared >= min(SHARED_MIN_WORDS, len(named))


def _in_a_list(above: Line) -> bool:
    """Whether the line above makes a short lower-case line an item of a list: it announces
    one ("Bantuan tersebut antara lain:") or is an item itself, short, unpunctuated and opening
    in lower case or with a count ("3 siung bawang putih"); a deck or a heading in title case
    over the alt text is none."""
    text = above.text.rstrip()
    item_shaped = (len(text.split()) <= ALT_MAX_WORDS and text[-1:].isalnum()
                   and (text[:1].islower() or text[:1].isdigit()))
    return above.kind == "body" and (text.endswith(":") or above.item or item_shaped)


def mark_alt_text_captions(lines: list[Line]) -> None:
    """Drop a photo's alternative text and make the sentence right under it, which names
    what the alternative text names, the photo's caption (in place)."""
    for i in range(len(lines) - 1):
        alt, under = lines[i], lines[i + 1]
        if i > 0 and _in_a_list(lines[i - 1]):
            continue
        if (alt.kind == "body" and not alt.item and is_alt_text(alt.text)
                and under.kind == "body" and not under.item
                and under.text.endswith(".") and len(under.text.split()) <= CAPTION_MAX_WORDS
                and _names_the_same(alt.text, under.text)):
            lines[i] = Line("furniture", "", (alt.text,))
            lines[i + 1] = Line("caption", under.text)


def mark_credited_title_copy(lines: list[Line]) -> None:
    """Under the headline, a photo's title that repeats it, the photo's caption, then the
    site's copyright ("Harga Beras Naik Tajam Beras di gudang. ©2024 Harian.com", or with
    no caption: "Harga Beras Naik Tajam © harian.id"): the copy and the copyright are not
    read; the words between them are the caption (in place). A line that opens with the
    headline's words and names no copyright is the text's own."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None:
        return
    title = " ".join(lines[at].text.split())
    under = [i for i in range(at + 1, len(lines)) if lines[i].kind != "furniture"]
    for i in under[:TITLE_COPY_REACH]:
        text = " ".join(lines[i].text.split())
        credit = _COPYRIGHT_TAIL.search(text)
        if credit is None or not text.startswith(title + " "):
            continue
        caption = text[len(title):credit.start()].strip()
        if len(caption.split()) > CAPTION_MAX_WORDS:
            return
        dropped = (title, text[credit.start():].strip())
        lines[i] = Line("caption", caption, dropped) if caption else Line("furniture", "", (text,))
        return
