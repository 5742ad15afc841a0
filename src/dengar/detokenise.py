"""Text a crawler or a dataset tokenised: "Rabu ( 8 / 5 / 2019 ) .Sebelumnya KPK …".

Such a dump spaces every punctuation mark apart from the words ("saksi , kata", "( KPK )",
"TRIBUNNEWS . COM") and often glues a sentence to the next one after its full stop. The marks
are joined back to their words so that a date, a dateline and a quotation read as written and
the glued sentence ends can be cut (``dengar.glued``). Text is only touched when most of its
punctuation marks have a space before them: ordinary text with a stray " ," stays as it is.
"""

from __future__ import annotations

import re

MIN_MARKS = 8  # fewer punctuation marks than this are too few to tell
TOKENISED_SHARE = 0.6  # of the marks, at least this many have a space before them
# A mark that ends a word: a comma, a colon, a closing bracket, a full stop; never one
# inside a number ("16.00", "1.500", "2,5", "08:18").
_ENDING_MARK = re.compile(r"[;!?)\]]|[,.:](?!\d)|(?<!\d)[,.:]")
# "TRIBUNNEWS . COM", "Kompas . com": a site name spaced apart from its domain ending.
_SPACED_DOMAIN = re.compile(
    r"(?<=[A-Za-z]) \. (?=(?:co\.id|com|id|net|org|tv)\b)", re.IGNORECASE
)
# The clitic a tokeniser splits off: "pemeriksaan nya", "Rumah nya" -> "pemeriksaannya".
_SPACED_NYA = re.compile(r"(?<=[^\W\d_]) nya\b")
_SPACE_BEFORE_MARK = re.compile(r"[ \t]+(?=[,.;:!?)\]]|$)", re.MULTILINE)
_SPACE_AFTER_BRACKET = re.compile(r"(?<=[(\[])[ \t]+")
_SPACED_SLASH = re.compile(r"(?<=\d)[ \t]*/[ \t]*(?=\d)")  # "8 / 5 / 2019"
_CURLY_SPACING = (
    (re.compile(r"(?<=[“‘])[ \t]+"), ""),  # nothing after an opening mark
    (re.compile(r"[ \t]+(?=[”])"), ""),  # nor before a closing one
)
# A single straight quotation mark standing alone between spaces (not the one in "Ma'ruf");
# after a number it marks minutes ("55 '").
_LONE_SINGLE = re.compile(r"(?<!\S)'(?!\S)")
_MINUTE_MARK = re.compile(r"(?<=\d)[ \t]+'(?!\S)")


def is_tokenised(text: str) -> bool:
    """Whether most of the text's punctuation marks are spaced apart from the word before.

    Args:
        text: The decoded article text.

    Returns:
        True when the text has at least MIN_MARKS marks and TOKENISED_SHARE of them have
        white space before them.
    """
    marks = [m.start() for m in _ENDING_MARK.finditer(text)]
    if len(marks) < MIN_MARKS:
        return False
    spaced = sum(1 for start in marks if start and text[start - 1] in " \t")
    return spaced >= TOKENISED_SHARE * len(marks)


def _pair(parts: list[str], mark: str) -> str | None:
    """The parts between a paragraph's quotation marks joined back with the marks attached to
    their quotations: by their count the first, third … open one (nothing after them), the
    second, fourth … close it (nothing before them). None for an odd count: the marks cannot
    be paired."""
    if len(parts) % 2 == 0:
        return None
    joined = parts[0]
    for index, part in enumerate(parts[1:]):
        if index % 2 == 0:  # an opening mark: the quotation follows it
            joined += mark + part.lstrip(" \t")
        else:  # a closing mark: the quotation ends before it
            joined = joined.rstrip(" \t") + mark + part
    return joined


def _attach_quotes(line: str) -> str:
    """Join a paragraph's straight quotation marks to their quotations; a minute mark
    ("55 '") to its number first. Only a single mark standing alone between spaces counts
    as a quotation mark, never the apostrophe in "Ma'ruf"."""
    line = _pair(line.split('"'), '"') or line
    line = _MINUTE_MARK.sub("'", line)
    if not _LONE_SINGLE.search(line):
        return line
    return _pair(_LONE_SINGLE.split(line), "'") or line


def _rejoin(line: str) -> str:
    """One paragraph of tokenised text with its marks joined back to their words."""
    line = _SPACED_NYA.sub("nya", line)
    line = _SPACED_DOMAIN.sub(".", line)
    line = _SPACED_SLASH.sub("/", line)
    line = _SPACE_AFTER_BRACKET.sub("", line)
    line = _attach_quotes(line)
    for pattern, replacement in _CURLY_SPACING:
        line = pattern.sub(replacement, line)
    return _SPACE_BEFORE_MARK.sub("", line)


def detokenise(text: str) -> str:
    """The text with its punctuation joined back to its words when it is tokenised.

    Args:
        text: The decoded article text.

    Returns:
        The text unchanged when ``is_tokenised`` says no, else each line rejoined: no space
        before ``, . ; : ! ? )`` or a closing quotation mark, none after ``(`` or an opening
        one, "( 8 / 5 / 2019 )" read "(8/5/2019)", "TRIBUNNEWS . COM" "TRIBUNNEWS.COM" and
        "pemeriksaan nya" "pemeriksaannya".
        A dash keeps its spaces ("KOMPAS.com - "), so a dateline stays a dateline.
    """
    if not is_tokenised(text):
        return text
    return "\n".join(_rejoin(line) for line in text.split("\n"))
