"""Paragraphs a crawler glued together: "… hunian.Menteri PUPR …", "1. Jalan TolKementerian …".

A page's text taken with its tags removed and nothing put between its blocks runs every
paragraph, heading and quotation into the next with no space. Such a paragraph is cut again
where a sentence ends glued to the next one, and a numbered heading glued to the paragraph after
it is cut where its last word runs into a capitalised one. Ordinary text has at most a stray
glued sentence ("Jl.Sudirman"), so nothing is cut unless a paragraph has several.
"""

from __future__ import annotations

import re

from dengar.dateline import split_dateline
from dengar.model import Block
from dengar.patterns import capitalised_words

# A sentence end with the next sentence, a quotation or a numbered heading glued to it.
_GLUED_END = re.compile(
    r"(?<=[a-z0-9)][.!?])(?=[A-Z“]|\"[A-Z]|\d{1,2}\.\s)|(?<=[a-z)][.!?][”\"])(?=[A-Z])"
)
# "1. Jalan TolKementerian …": a numbered heading of a few words, its last word glued to
# the capitalised first word of the paragraph after it.
_GLUED_HEADING = re.compile(
    r"^(?P<heading>\d{1,2}\.\s+(?:\S+\s+){0,8}?[A-Z(][^\s]*?[a-z)])(?=[A-Z][a-z])"
)
# "Sidang Praperadilan X, Menag Y Disebut Terima UangKPK berharap …": another article's
# title, its last word glued to the capitalised first word of the sentence after it (a
# name or an acronym, "Insya AllahMereka", "Sekjen MKRomahurmuziy"), which goes on in lower
# case.
_GLUED_TITLE = re.compile(
    r"^(?P<title>(?:\S+\s+){4,24}?\S*?(?:[a-z]|[A-Z](?=[A-Z][a-z])))"
    r"(?P<next>[A-Z][\w-]*)(?=(?:\s+[A-Z][\w-]*)?\s+[a-z])"
)
TITLE_MIN_SHARE = 0.8  # of a title's words of three letters or more, this many capitalised
_LOWER_IN_TITLE_MAX = 5  # a lower-case word this long ("menangkap") is no title's, unless
_TITLE_LOWER = frozenset({  # it is one of the words a title leaves in lower case
    "untuk", "dengan", "dalam", "tentang", "kepada", "terhadap", "sebagai", "antara", "bagi",
    "jelang", "usai", "seusai", "hingga", "sampai", "menuju", "sejak", "lewat", "melalui",
})
# Words written with a capital inside, whose halves are no glued title and sentence.
CAMEL_WORDS = frozenset({
    "youtube", "whatsapp", "tiktok", "linkedin", "iphone", "ipad", "playstation", "mcdonald",
    "powerpoint", "javascript", "gopay", "gojek", "goride", "gofood", "shopeepay", "paypal",
    "bitcoin", "facebook", "instagram", "blackberry", "smackdown", "wifi", "ecommerce",
    "deepseek", "openai", "chatgpt", "macbook", "airpods", "playstore", "appstore",
    "youtuber", "tiktoker", "motogp", "kompastv", "transjakarta", "linkaja", "mclaren",
    "paylater", "livestream", "powerbank", "smartphone", "smartwatch", "esports", "ecopark",
})
# A photo's credit under its caption, the photographer's last name glued to the lead's
# dateline: "Foto: KABAR/Rina SariSukamaju - Warga …". Cut only where a dateline follows.
_GLUED_CREDIT = re.compile(
    r"^(?P<credit>(?i:foto|photo)\s*:\s*[A-Z][\w.]*/[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3}?"
    r"[a-z])(?=[A-Z][a-z])")
_WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
MIN_GLUED = 3  # a paragraph with this many glued sentence ends is a crawler's run-on text
# Abbreviations, capitalised, a full stop closes and a word may follow unspaced:
# "Kel.Sukamaju", "Prof.Dr.", "Kol.Inf." (a sentence may end in "kol." or "pak.").
ABBREVIATIONS = frozenset({
    "kel", "kec", "kab", "prov", "prof", "dr", "drs", "dra", "ir", "jl", "jln", "no", "rt",
    "kp", "ds", "dsn", "gg", "pdt", "ust", "pol", "tgk", "mr", "mrs", "kol", "let", "bu", "pak",
    "inf", "bpk", "ibu",
    "rw", "sdr", "sdri", "hj", "h", "kh", "st", "tn", "ny", "pt", "cv", "tbk", "dkk",
    "dll", "dsb", "a", "b", "c", "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p",
    "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
})


def _cuts(paragraph: str) -> list[int]:
    """Where the paragraph's glued sentence ends are, outside quotations."""
    cuts = []
    for match in _GLUED_END.finditer(paragraph):
        before = paragraph[: match.start()]
        inside = before.count('"') % 2 or before.count("“") > before.count("”")
        numbered = paragraph[match.start():match.start() + 1].isdigit()
        if not inside and (numbered or not _abbreviation_before(before)):
            cuts.append(match.start())
    return cuts


def _abbreviation_before(before: str) -> bool:
    """Whether the full stop ending before closes an abbreviation: "Kel.", "Prof.Dr."."""
    words = before.split()
    last = words[-1].rstrip(".!?").split(".")[-1] if words else ""
    return last[:1].isupper() and last.lower() in ABBREVIATIONS  # "Kol.Inf." yes, "kol." no


def unglue(paragraphs: list[str]) -> list[Block]:
    """The paragraphs as blocks, every crawler's run-on paragraph cut back into its parts;
    a numbered heading cut from one is hinted a heading, a photo's credit glued to the
    lead's dateline is cut off as furniture. A web address is never cut."""
    found: list[Block] = []
    for paragraph in paragraphs:
        credit = _GLUED_CREDIT.match(paragraph)
        if credit and split_dateline(paragraph[credit.end():]):
            found.append(Block(credit.group("credit"), "furniture"))
            paragraph = paragraph[credit.end():]
        cuts = [] if _WEB_ADDRESS.search(paragraph) else _cuts(paragraph)
        if len(cuts) < MIN_GLUED:
            found.append(Block(paragraph))
            continue
        for start, end in zip([0, *cuts], [*cuts, len(paragraph)], strict=True):
            part = paragraph[start:end].strip()
            heading = _GLUED_HEADING.match(part)
            title = _glued_title(part)
            if heading:
                found += [Block(heading.group("heading"), "heading"),
                          Block(part[heading.end():])]
            elif title:
                found += [Block(title, "furniture"), Block(part[len(title):])]
            elif part:
                found.append(Block(part))
    return found


def _glued_title(part: str) -> str | None:
    """Another article's title glued to the front of a run-on part, or None."""
    match = _GLUED_TITLE.match(part)
    if match is None:
        return None
    title = match.group("title")
    glued = (title.split()[-1] + match.group("next")).strip(",.").lower()
    capitalised, words = capitalised_words(title)
    # A title leaves only its short words in lower case: "… menangkap YouTuber …" is a
    # sentence whatever its capitals.
    lower = any(w[:1].islower() and len(w) >= _LOWER_IN_TITLE_MAX
                and w.strip(",.") not in _TITLE_LOWER for w in title.split())
    if glued in CAMEL_WORDS or lower or capitalised < TITLE_MIN_SHARE * words:
        return None
    return title
