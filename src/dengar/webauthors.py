"""Who wrote a web page's article, from its markup: author elements, labels, meta tags.

Pages print the reporter in an element marked as such (``itemprop="author"``, a class or id
with "author", "reporter", "penulis", "wartawan" or "byline"), often with a label ("Pewarta:",
"Jurnalis"), or after a "Penulis :" label in a table. Those win over meta tags, which often
name the company, the site, or the web agency (``<meta name="creator">``, ``generator``),
which is never an author.
"""

from __future__ import annotations

import re

from lxml import html

from dengar import furniture
from dengar.metafields import field_name, split_field
from dengar.patterns import alternation

AUTHOR_MAX_WORDS = 8
# The accounts a site posts under, which name nobody: "by admin".
ACCOUNT_NAMES = frozenset({
    "admin", "administrator", "webmaster", "superadmin", "super admin", "operator", "user",
    "guest", "author", "editor", "redaksi", "redaktur", "penulis", "kontributor", "publisher",
})
_LABEL_MAX_CHARS = 80
_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]+\s*:")
_AUTHOR_MARK = re.compile(r"author|reporter|penulis|wartawan|byline|jurnalis|pewarta",
                          re.IGNORECASE)
_LABEL_WORDS = (r"pewarta|reporter|penulis|wartawan|jurnalis|editor|redaktur|oleh|"
                r"by|author|kontributor|laporan")
_LEADING_LABEL = re.compile(rf"^(?:{_LABEL_WORDS})\b\s*[:\-–]?\s*", re.IGNORECASE)
_NEXT_FIELD = re.compile(rf"\s*(?:\||\s(?:{_LABEL_WORDS})\s*:)", re.IGNORECASE)
_TRAILING_LABEL = re.compile(rf"\s*[|,\-–]?\s*\b(?:{_LABEL_WORDS})\s*:?$", re.IGNORECASE)
# A channel after the name: "Bagus Kurniawan - detiknews", "Afif Farhan - Sepakbola",
# "Rachmatunnisa - detikInet"; "Kurnia Sari Aziza - Ihsanuddin" names a second author.
# A channel written in lower case or with a capital inside ("detiknews", "kumparanBISNIS"), as
# a web address, or a known outlet, region or section; a capitalised word alone may be a name.
_CHANNEL = re.compile(
    r"\s+[-–—]\s+(?:[a-z]\w*|[A-Za-z][a-z]{2,}[A-Z]\w*|\w+\.(?:com|id|co\.id)"
    rf"|(?i:(?:detik|tribun|kompas|cnn|cnbc)\w*"
    rf"|{alternation(furniture.OUTLET_NAMES + furniture.CHANNEL_WORDS)}))$"
)
_NOT_A_NAME = re.compile(r"[\d/@©|]|https?:|\.(?:com|co|id|net)\b", re.IGNORECASE)
# An author mark inside a photo box is the photographer's credit.
_PHOTO_BOX = re.compile(r"photo|foto|image|\bimg|\bpic|figure|caption", re.IGNORECASE)
_MACHINE_META = ('//meta[translate(@name, "CREATORGENERATORPUBLISHER", '
                 '"creatorgeneratorpublisher")="{0}"]/@content')


def _text(element: html.HtmlElement) -> str:
    """The element's text with white space collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def strip_labels(name: str) -> str:
    """A name without a label before or after it, another labelled field or a channel after
    it: "Pewarta: Ani", "Ani Jurnalis", "Ani Lestari - detiknews" and "Penulis: Ani Editor :
    Budi" are all "Ani" or "Ani Lestari"."""
    name = _NEXT_FIELD.split(_LEADING_LABEL.sub("", name.strip()))[0]
    name = _CHANNEL.sub("", name)
    previous = None
    while previous != name:
        previous = name
        name = _TRAILING_LABEL.sub("", _LEADING_LABEL.sub("", name.strip())).strip(" :-–|,")
    return name


def _is_name(text: str) -> bool:
    """Whether a text is shaped like one or a few names, not a credit line, a sentence or a
    site's account ("admin")."""
    words = text.split()
    return (0 < len(words) <= AUTHOR_MAX_WORDS and not _NOT_A_NAME.search(text)
            and any(word[:1].isupper() for word in words) and not is_account(text))


def is_account(name: str) -> bool:
    """Whether an author's name is a site's account, not a person: "admin", "Redaksi"."""
    return " ".join(name.lower().split()) in ACCOUNT_NAMES


def marked_authors(tree: html.HtmlElement) -> tuple[str, ...]:
    """The name in the first element marked as the author (itemprop, class or id)."""
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "a", "img"):
            continue
        marks = f"{element.get('itemprop', '')} {element.get('class', '')} {element.get('id', '')}"
        if not _AUTHOR_MARK.search(marks):
            continue
        name = strip_labels(_text(element))
        if _is_name(name) and not _in_photo_box(element):
            return (name,)
    return ()


def _in_photo_box(element: html.HtmlElement) -> bool:
    """Whether the element sits in a figure or a box whose class or id names a photo."""
    return any(a.tag in ("figure", "figcaption") or _PHOTO_BOX.search(
        f"{a.get('class', '')} {a.get('id', '')}") for a in element.iterancestors())


def labelled_authors(tree: html.HtmlElement) -> tuple[str, ...]:
    """Names printed after a "Penulis :" (or "Reporter:") label, e.g. in a table row."""
    for element in tree.iter("tr", "p", "div", "span", "li"):
        text = _text(element)
        if not text or len(text) > _LABEL_MAX_CHARS:
            continue
        pair = split_field(text)
        if pair and field_name(pair[0]) == "authors":
            # "Penulis : A Editor : B" when the label row sits in a box with the next one.
            return (_NEXT_LABEL.split(pair[1].lstrip(": "))[0].strip(),)
    return ()


def machine_credits(tree: html.HtmlElement) -> str:
    """What the page's creator and generator meta tags say (a web agency, a CMS)."""
    found = [str(value) for name in ("creator", "generator")
             for value in tree.xpath(_MACHINE_META.format(name))]
    return " ".join(found)
