"""Read a saved web page into blocks and metadata with trafilatura; nothing is fetched.

The page is parsed once by lxml's HTML parser (no network, no DTD loading, no entity
expansion, the default depth limit of 256), then handed to trafilatura, which keeps the
article and drops menus, teasers, share buttons and comments. Its XML-like result is walked in
order: ``<head>`` (an h1-h3) is a heading, ``<quote>`` a quote, ``<p>`` paragraphs (split at
line breaks), ``<list>`` items. Photo captions, which trafilatura drops, come from
``webcaptions``; the page title becomes the headline.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import trafilatura
from lxml import etree, html

from dengar.errors import NotAnArticle
from dengar.model import Block, BlockHint, Source
from dengar.webcaptions import find_captions
from dengar.webmeta import declared_language, labelled_authors, page_metadata

# trafilatura's time grows with the number of elements: about 4 s for 15 000, 13-18 s for
# 60 000, 64 s for 300 000 (measured here); article pages have 1 000-10 000. A 20 MB page
# took 20 s and 600 MB. Scripts, styles and inlined data (a page saved "complete" as one
# file) are cut first; what is left beyond these limits is refused before trafilatura.
MAX_HTML_CHARS = 8 * 2**20
MAX_ELEMENTS = 50_000
ARTICLE_MIN_WORDS = 25  # less body text than this: an index page, an error page, a stub
PARAGRAPH_MIN_WORDS = 8
HINTED_HEADINGS: dict[str, BlockHint] = {"h1": "heading", "h2": "heading", "h3": "heading"}
INLINE_STYLE = ("em", "i", "b", "u", "mark", "small", "sup", "sub")
# A place and a dash, alone before a paragraph: "Jakarta -", "NEW YORK –".
_LOOSE_DATELINE = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} ?[-–—]{1,2}")
_SNIPPET = 40
_HEADING_MAX_WORDS = 15
_NOT_ALNUM = re.compile(r"\W+")
# Code and inlined files, never article text; a script of JSON-LD metadata is kept. libxml2
# also drops a page whose single text node passes 10 MB, as an inlined script can.
_CODE = re.compile(r"<(script|style|noscript|template|svg)\b([^>]*)>.*?</\1\s*>", re.I | re.S)
_DATA_URI = re.compile(r"data:[\w/+.-]*;base64,[\w+/=\s]*", re.I)

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())  # no warnings on stderr


def _parse(text: str, name: str) -> tuple[html.HtmlElement, bool]:
    """The page's tree, and whether it was cut at lxml's depth limit.

    Raises:
        NotAnArticle: lxml finds no document at all.
    """
    parser = html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        tree = html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"{name} holds no web page that can be read ({exc}).") from None
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise NotAnArticle(f"{name} has {elements:,} HTML elements, more than the "
                           f"{MAX_ELEMENTS:,} dengar reads in reasonable time; save the "
                           "article's own page, or its text, and try again.")
    # Inline emphasis is only styling. trafilatura joins the words of two neighbouring
    # <em>s and drops the space between them ("enggak</em> <em>ngobrol" -> "enggakngobrol").
    etree.strip_tags(tree, *INLINE_STYLE)
    _join_loose_datelines(tree)
    return tree, too_deep


def _join_loose_datelines(tree: html.HtmlElement) -> None:
    """Move a dateline printed just before the first paragraph into it.

    detik prints ``<strong>Jakarta</strong> - <p>Galaxy S6 …``: the place sits outside the
    paragraph, where trafilatura drops it.
    """
    for paragraph in tree.iter("p"):
        before = paragraph.getprevious()
        if before is None or before.tag not in ("strong", "span") or len(before):
            continue
        loose = f"{before.text or ''}{before.tail or ''}"
        if _LOOSE_DATELINE.fullmatch(loose.strip()):
            paragraph.text = f"{' '.join(loose.split())} {paragraph.text or ''}"
            before.tail = None
            before.drop_tree()


def _text(element: Any) -> str:
    """An element's text with white space collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def _pieces(element: Any) -> Iterator[str]:
    """The element's text split at its ``<lb/>`` line breaks."""
    current = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            yield " ".join("".join(current).split())
            current = []
        else:
            current.append(" ".join(child.itertext()))
        current.append(child.tail or "")
    yield " ".join("".join(current).split())


def _element_blocks(element: Any) -> Iterator[Block]:
    """The blocks one element of trafilatura's result holds."""
    if element.tag == "head":
        yield Block(_text(element), HINTED_HEADINGS.get(element.get("rend", "")))
    elif element.tag == "quote":
        yield from (Block(piece, "quote") for piece in _pieces(element) if piece)
    elif element.tag == "list":
        yield from (Block(_text(item)) for item in element.iter("item") if _text(item))
    elif element.tag != "graphic":
        yield from (Block(piece) for piece in _pieces(element) if piece)


def _body_blocks(body: Any) -> list[Block]:
    """Blocks in reading order; lists before the first or after the last paragraph (teaser
    lists, "Berita terkait") are left out."""
    children = list(body)
    texts = [i for i, child in enumerate(children) if child.tag in ("p", "quote")]
    first, last = (texts[0], texts[-1]) if texts else (0, -1)
    blocks: list[Block] = []
    for index, child in enumerate(children):
        if child.tag == "list" and not first < index < last:
            continue
        blocks.extend(block for block in _element_blocks(child) if block.text)
    return blocks


def _squash(text: str) -> str:
    """Lower-case letters and digits only, to compare texts whatever their spacing."""
    return _NOT_ALNUM.sub("", text.lower())


def _offsets(blocks: list[Block], page_text: str) -> list[int]:
    """Where each block's text starts in the page's text (the previous block's, if not found)."""
    offsets, position = [], 0
    for block in blocks:
        found = page_text.find(block.text[:_SNIPPET], position)
        position = found if found >= 0 else position
        offsets.append(position)
    return offsets


def _place(blocks: list[Block], extras: list[Block], page_text: str) -> list[Block]:
    """Blocks with captions and lost headings placed where they stand on the page.

    Body copies of a caption are removed; a heading is placed only between two body blocks
    (one above the article or below it is a teaser box's title).
    """
    squashed = {_squash(b.text) for b in blocks}
    inside = {_squash(b.text) for b in extras if b.hint == "caption"}
    blocks = [b for b in blocks if _squash(b.text) not in inside]
    offsets = _offsets(blocks, page_text)
    for extra in sorted(extras, key=lambda b: page_text.find(b.text), reverse=True):
        at = page_text.find(extra.text)
        index = next((i for i, o in enumerate(offsets) if o > at), len(blocks))
        if extra.hint == "heading" and (_squash(extra.text) in squashed or at < 0
                                        or not 0 < index < len(blocks)):
            continue
        blocks.insert(index, extra)
        offsets.insert(index, at)
    return blocks


def _page_headings(tree: html.HtmlElement) -> list[Block]:
    """The page's h2 and h3 headings: trafilatura's precision mode drops some of them."""
    return [Block(text, "heading") for element in tree.iter("h2", "h3")
            if (text := _text(element)) and len(text.split()) <= _HEADING_MAX_WORDS]


def _with_headline(blocks: list[Block], title: str | None) -> list[Block]:
    """The title as the headline block, its copies in the body removed."""
    if not title:
        first_h1 = next((i for i, b in enumerate(blocks) if b.hint == "heading"), None)
        if first_h1 == 0:
            return [Block(blocks[0].text, "headline"), *blocks[1:]]
        return blocks
    return [Block(title, "headline"), *(b for b in blocks if _squash(b.text) != _squash(title))]


def _check_article(blocks: list[Block], name: str, too_deep: bool) -> None:
    """Refuse a page without article text.

    Raises:
        NotAnArticle: too little body text (index page, error page, scripts only, too deep).
    """
    body = [len(b.text.split()) for b in blocks if b.hint in (None, "quote")]
    if sum(body) >= ARTICLE_MIN_WORDS and max(body) >= PARAGRAPH_MIN_WORDS:
        return
    if too_deep:
        raise NotAnArticle(f"{name} is nested more than 255 elements deep, beyond what dengar "
                           "reads, and no article text was found above that depth.")
    raise NotAnArticle(f"{name} holds no article text: it looks like an index page, an "
                       "error page or a page of scripts; save the article's own page.")


def _kept_code(match: re.Match[str]) -> str:
    """A JSON-LD script as it is; any other script, style or inline image as nothing."""
    return match[0] if "ld+json" in match[2].lower() else ""


def parse_html(text: str, name: str = "the page") -> Source:
    """Read a decoded HTML page into the article's blocks and metadata.

    Args:
        text: The decoded page.
        name: How to name the page in an error message.

    Returns:
        The Source, format "html".

    Raises:
        NotAnArticle: the page is too large once its scripts, styles and inlined files
            are cut, or holds no article text.
    """
    text = _DATA_URI.sub("data:,", _CODE.sub(_kept_code, text))
    if len(text) > MAX_HTML_CHARS:
        raise NotAnArticle(f"{name} is {len(text) / 2**20:.1f} MB of HTML, more than the "
                           f"{MAX_HTML_CHARS // 2**20} MB dengar reads; save the article's own "
                           "page, or its text, and try again.")
    tree, too_deep = _parse(text, name)
    language, labelled = declared_language(tree), labelled_authors(tree)
    extras = [Block(c, "caption") for c in find_captions(tree)] + _page_headings(tree)
    page_text = _text(tree)
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_formatting=False, favor_precision=True,
    )
    body = _body_blocks(document.body) if document is not None else []
    _check_article(body, name, too_deep)
    metadata = page_metadata(document, labelled, language)
    blocks = _with_headline(_place(body, extras, page_text), metadata.title)
    return Source(tuple(blocks), metadata, format="html")
