"""Read a saved web page into blocks and metadata with trafilatura; nothing is fetched.

The page is parsed once by lxml's HTML parser (no network, no DTD loading, no entity
expansion, the default depth limit of 256) and mended (``webtree``: bare-text leads and loose
datelines put into paragraphs), then a copy is handed to trafilatura, which keeps the article
and drops menus, teasers, share buttons and comments. Its XML-like result is walked in order:
``<head>`` (an h1-h3) is a heading, ``<quote>`` a quote, ``<p>`` paragraphs (split at line
breaks), ``<list>`` items (hinted "item"). Photo captions, which trafilatura drops, come from
``webcaptions``, lost headings of the article's own container from ``webplace``; the page
title (or its ``<h1>``) becomes the headline. An RSS or Atom feed is refused.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterator
from typing import Any

import trafilatura

from dengar.dateline import date_line
from dengar.errors import NotAnArticle
from dengar.model import Block, BlockHint, Source
from dengar.webcaptions import attribute_captions, find_captions
from dengar.webmeta import page_headline, page_metadata
from dengar.webplace import PageMap, article_headings, place, squash, trim_tail
from dengar.webtree import MAX_ELEMENTS, parse_tree, text_spans

__all__ = ["MAX_ELEMENTS", "MAX_HTML_CHARS", "parse_html"]

# trafilatura's time grows with the number of elements: about 4 s for 15 000, 13-18 s for
# 60 000, 64 s for 300 000 (measured here); article pages have 1 000-10 000. A 20 MB page
# took 20 s and 600 MB. Scripts, styles and inlined data (a page saved "complete" as one
# file) are cut first; what is left beyond these limits is refused before trafilatura.
MAX_HTML_CHARS = 8 * 2**20
ARTICLE_MIN_WORDS = 25  # less body text than this: an index page, an error page, a stub
PARAGRAPH_MIN_WORDS = 8
HINTED_HEADINGS: dict[str, BlockHint] = {"h1": "heading", "h2": "heading", "h3": "heading"}
# What ends a sentence, so a line break after it is a paragraph break.
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "…")
_LONGEST_TITLE = 30  # words: a block longer than this is a paragraph, whatever its end
# A breadcrumb trail: "Home > Berita > Nasional", "Beranda » Ekonomi".
_BREADCRUMB = re.compile(r"(?:home|beranda|index|indeks)\s*[>»›/]", re.IGNORECASE)
# A news feed saved as a page: an RSS or Atom root element near the start.
_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<\?[^>]*>\s*|<!--.*?-->\s*)*"
                   r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_BLOCK_CHILDREN = frozenset({"p", "head", "quote", "list", "div", "h1", "h2", "h3", "h4",
                             "h5", "h6", "blockquote", "ul", "ol", "section", "article"})
# Code and inlined files, never article text; a script of JSON-LD metadata is kept. libxml2
# also drops a page whose single text node passes 10 MB, as an inlined script can.
_CODE = re.compile(r"<(script|style|noscript|template|svg)\b([^>]*)>.*?</\1\s*>", re.I | re.S)
_DATA_URI = re.compile(r"data:[\w/+.-]*;base64,[\w+/=\s]*", re.I)

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())  # no warnings on stderr


def _text(element: Any) -> str:
    """An element's text with white space collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def _broken_pieces(element: Any) -> Iterator[str | Block]:
    """The element's text split at every one of its ``<lb/>`` line breaks; a heading inside
    it (a bold line made one by ``webtree``) comes as a heading Block of its own."""
    current = [element.text or ""]
    for child in element:
        if child.tag in ("lb", "head"):
            yield " ".join("".join(current).split())
            current = []
            if child.tag == "head":
                yield Block(_text(child), "heading")
        else:
            current.append(" ".join(child.itertext()))
        current.append(child.tail or "")
    yield " ".join("".join(current).split())


def _pieces(element: Any, hint: BlockHint | None = None) -> Iterator[Block]:
    """The element's blocks: its text split at its ``<lb/>`` line breaks, save those inside
    a sentence, each hinted ``hint``; a heading inside it stays a heading.

    trafilatura writes one ``<lb/>`` for ``<br>`` and for ``<br><br>`` alike; a piece that
    does not end a sentence, followed by one that opens in lower case, was one sentence
    broken by a lone ``<br>`` ("Menurut Kepala BPBD<br>ketinggian air …"), so they are joined.
    """
    pending = ""
    for piece in _broken_pieces(element):
        if isinstance(piece, Block):
            if pending:
                yield Block(pending, hint)
            yield piece
            pending = ""
            continue
        if pending and piece[:1].islower() and not pending.endswith(_SENTENCE_ENDS):
            pending = f"{pending} {piece}"
            continue
        if pending:
            yield Block(pending, hint)
        pending = piece
    if pending:
        yield Block(pending, hint)


def _loose(text: str | None) -> Iterator[Block]:
    """A block for bare text between the children of a container, if there is any."""
    if text and text.strip():
        yield Block(" ".join(text.split()))


def _container_blocks(element: Any) -> Iterator[Block]:
    """The blocks of an element that holds block children (a fallback extractor's <div>)."""
    yield from _loose(element.text)
    for child in element:
        yield from _element_blocks(child)
        yield from _loose(child.tail)


def _element_blocks(element: Any) -> Iterator[Block]:
    """The blocks one element of trafilatura's result holds.

    A list item is hinted "item" (body text, never a heading or a byline); a heading keeps
    the level trafilatura recorded, or the HTML tag a fallback extractor left.
    """
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("head", "h1", "h2", "h3", "h4", "h5", "h6"):
        yield Block(_text(element), HINTED_HEADINGS.get(element.get("rend", tag)))
    elif tag in ("quote", "blockquote"):
        yield from (block for block in _pieces(element, "quote") if block.text)
    elif tag in ("list", "ul", "ol"):
        yield from (Block(_text(item), "item") for item in element.iter("item", "li")
                    if _text(item))
    elif tag and tag not in ("p", "graphic") and any(
            child.tag in _BLOCK_CHILDREN for child in element):
        yield from _container_blocks(element)
    elif tag and tag != "graphic":
        yield from (block for block in _pieces(element) if block.text)


def _hinted(block: Block) -> Block:
    """A breadcrumb trail ("Home > Berita") hinted as page furniture."""
    if block.hint is None and _BREADCRUMB.match(block.text):
        return Block(block.text, "furniture")
    return block


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
        blocks.extend(_hinted(block) for block in _element_blocks(child) if block.text)
    return blocks


def _first_paragraph(body: list[Block]) -> str:
    """The text of the article's first paragraph: the first block written as a sentence, not
    a heading or a headline with its date that the extractor put first."""
    return next((b.text for b in body if b.hint != "heading" and (
        b.text.rstrip().endswith(_SENTENCE_ENDS) or len(b.text.split()) > _LONGEST_TITLE)),
        body[0].text if body else "")


def _with_headline(blocks: list[Block], title: str | None) -> list[Block]:
    """The title as the headline block, its copies in the body removed."""
    if not title:
        first_h1 = next((i for i, b in enumerate(blocks) if b.hint == "heading"), None)
        if first_h1 == 0:
            return [Block(blocks[0].text, "headline"), *blocks[1:]]
        return blocks
    return [Block(title, "headline"), *(b for b in blocks if not _is_copy(b.text, title))]


def _is_copy(text: str, title: str) -> bool:
    """Whether a block repeats the title, alone or with the date glued after it
    ("Judul Berita 13 Januari 2026": a title link and a date link taken as one block)."""
    if squash(text) == squash(title):
        return True
    rest = text[len(title):] if text.startswith(title) else ""
    return bool(rest.strip()) and date_line(rest) is not None


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


def _refuse_feed(text: str, name: str) -> None:
    """Refuse an RSS or Atom feed saved as a page.

    Raises:
        NotAnArticle: the text is a news feed.
    """
    found = _FEED.match(text[:4096])
    if found:
        kind = "Atom" if found[1].lower() == "feed" else "RSS"
        raise NotAnArticle(f"{name} is a news feed ({kind}), not an article page; open one "
                           "of its articles in a browser, save that page and try again.")


def _extract(tree: Any) -> Any:
    """trafilatura's document for a copy of the tree (it changes the tree it reads)."""
    return trafilatura.bare_extraction(
        copy.deepcopy(tree), with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_formatting=False,
        favor_precision=True,
    )


def parse_html(text: str, name: str = "the page") -> Source:
    """Read a decoded HTML page into the article's blocks and metadata.

    Args:
        text: The decoded page.
        name: How to name the page in an error message.

    Returns:
        The Source, format "html".

    Raises:
        NotAnArticle: the page is a news feed, is too large once its scripts, styles and
            inlined files are cut, or holds no article text.
    """
    _refuse_feed(text, name)
    text = _DATA_URI.sub("data:,", _CODE.sub(_kept_code, text))
    if len(text) > MAX_HTML_CHARS:
        raise NotAnArticle(f"{name} is {len(text) / 2**20:.1f} MB of HTML, more than the "
                           f"{MAX_HTML_CHARS // 2**20} MB dengar reads; save the article's own "
                           "page, or its text, and try again.")
    tree, too_deep = parse_tree(text, name)
    captions = [Block(c, "caption") for c in find_captions(tree)]
    page_text, spans = text_spans(tree)
    document = _extract(tree)
    body = _body_blocks(document.body) if document is not None else []
    _check_article(body, name, too_deep)
    page = PageMap(page_text, spans)
    container = page.container(body)
    body = trim_tail(page, container, body)
    extras = captions + article_headings(page, container)
    metadata = page_metadata(document, tree)
    headline = page_headline(tree, metadata.title, _first_paragraph(body))
    shown = {b.text for b in captions}
    gallery = [Block(c, "caption") for c in attribute_captions(tree) if c not in shown]
    blocks = _with_headline(place(body, extras, page_text) + gallery, headline)
    return Source(tuple(blocks), metadata, format="html")
