"""Parse a saved page with lxml and mend what trafilatura would lose, before it runs.

Two shapes lose article text in trafilatura: a dateline printed just outside the first
paragraph (``<strong>Jakarta</strong> - <p>…``), and a lead written as bare text before the
first block of the body (``<span itemprop="articleBody">SITE - Lead…<div>…``, or
``<div>SITE - Lead…<p>…``). Both are moved into paragraphs of their own here. The module also
maps every element to where its text lies in the page's text, so later steps can tell which
elements the extracted paragraphs came from.
"""

from __future__ import annotations

import re

from lxml import etree, html

from dengar import furniture, provenance
from dengar.errors import NotAnArticle

MAX_ELEMENTS = 50_000
INLINE_STYLE = ("em", "i", "b", "u", "mark", "small", "sup", "sub")
_BOLD_LABELS = (furniture.RELATED_LINK, furniture.NOTICE_LINE, provenance.BYLINE_PREFIX,
                provenance.DATE, furniture.TAG_LINE, furniture.COPYRIGHT_LINE,
                furniture.PAGE_LABEL_LINE, furniture.FURNITURE_LINE)
_NAME_MAX_WORDS = 3  # "DINI TEJA" in bold capitals closing a page is its author
HEADING_MAX_WORDS = 12  # a bold line longer than this is emphasis, not a subheading
BOLD_LINE_MARK = "data-dengar-bold-line"  # a heading made from a bold line, never a headline
LOOSE_TEXT_MIN_WORDS = 8  # a run of bare text this long beside paragraphs is a paragraph
# Elements that start a block of their own; any other element is inline text.
BLOCK_TAGS = frozenset({
    "p", "div", "blockquote", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "figure", "section", "article", "aside", "header", "footer", "nav", "form", "pre", "hr",
    "center", "main", "address", "fieldset", "details", "li",
})
# Elements whose bare text is never wrapped (already a paragraph, a link, a heading…).
_NO_WRAP = frozenset({"p", "a", "h1", "h2", "h3", "h4", "h5", "h6", "head", "title", "pre",
                      "button", "select", "option", "textarea", "script", "style", "html"})
# A place and a dash, alone before a paragraph: "Jakarta -", "NEW YORK –".
_LOOSE_DATELINE = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} ?[-–—]{1,2}")
# A dateline that is a paragraph of its own: "ISTANBUL, 23 Februari 2016 (Antara/X) --".
_DATELINE_PARAGRAPH = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}\b[^.!?]{0,60}"
                                 r"\s[-–—]{1,2}")
_DATELINE_MAX_WORDS = 10

_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASSES = frozenset({"hide", "hidden", "d-none", "is-hidden"})
# A class that shows the element again at a screen size: "d-md-block", "md:block",
# "max-md:block", "lg:!block", "visible-lg", "show-for-small-only"; not "dark:block".
_DISPLAYS = (r"(?:block|flex|inline|inline-block|inline-flex|grid|table|table-cell|table-row"
             r"|contents)")
_RESPONSIVE_CLASS = re.compile(
    rf"^d-(?:sm|md|lg|xl|xxl)-{_DISPLAYS}$"
    rf"|^(?:(?:max-|min-)?(?:sm|md|lg|xl|2xl|\[[^\]]+\])):!?{_DISPLAYS}$"
    r"|^visible-(?:xs|sm|md|lg|xl)|^show-for-")

Spans = dict[html.HtmlElement, tuple[int, int]]


def parse_tree(text: str, name: str) -> tuple[html.HtmlElement, bool]:
    """The page's tree, mended for extraction, and whether it was cut at lxml's depth limit.

    Raises:
        NotAnArticle: lxml finds no document at all, or it has too many elements.
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
    _drop_hidden(tree)
    _bold_lines_to_headings(tree)
    etree.strip_tags(tree, *INLINE_STYLE)
    _join_loose_datelines(tree)
    wrap_loose_text(tree)
    return tree, too_deep


def _drop_hidden(tree: html.HtmlElement) -> None:
    """Remove what the page never shows: the ``hidden`` attribute, an inline style with
    ``display: none`` or ``visibility: hidden``, a class "hide", "hidden", "d-none" or
    "is-hidden" with no class showing it on larger screens (a summary repeated for search
    engines: ``<h4 class="hide">``). Text only screen readers
    get ("sr-only", "visually-hidden") stays: it is meant to be heard."""
    hidden = [element for element in tree.iter() if isinstance(element.tag, str) and (
        element.get("hidden") is not None
        or _HIDDEN_STYLE.search(element.get("style") or "")
        or _hidden_by_class((element.get("class") or "").lower().split()))]
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()


def _hidden_by_class(classes: list[str]) -> bool:
    """Whether classes hide an element on every screen: "hide", not "d-none d-md-block" or
    "hidden md:block" (hidden on phones only)."""
    return bool(_HIDDEN_CLASSES.intersection(classes)) and not any(
        _RESPONSIVE_CLASS.search(c) for c in classes)


def _alone_on_line(element: html.HtmlElement) -> bool:
    """Whether nothing but white space and line breaks sits beside the element in its
    parent: ``<br><b>Judul</b><br>``, ``<p><strong>Judul</strong></p>``."""
    before = element.getprevious()
    if before is None:
        open_text = element.getparent().text or ""
    else:
        open_text = before.tail or ""
        if before.tag != "br":
            return False
    after = element.getnext()
    if (element.tail or "").strip() or open_text.strip():
        return False
    return after is None or after.tag == "br"


def _not_a_heading(words: str) -> bool:
    """Whether a bold line is a label, a credit or a name rather than a subheading:
    "(kpl/pur/tch)", "Baca juga: …", "Editor: …", "DINI TEJA"."""
    return (words.startswith("(") or words.endswith(("-", "–", "—"))  # a dateline
            or any(pattern.match(words) for pattern in _BOLD_LABELS)
            or (words.isupper() and len(words.split()) <= _NAME_MAX_WORDS))


def _bold_lines_to_headings(tree: html.HtmlElement) -> None:
    """Make a bold line that stands alone inside a paragraph a heading: news pages write
    their subheadings ``<b>1. Pilih sampo yang tepat</b><br>``,
    ``<p><strong>Perang Dagang</strong></p>`` or ``<p><span style="font-weight: bold">
    Kesimpulan</span></p>``."""
    bolds = [e for e in tree.iter("b", "strong", "span")
             if e.tag != "span" or _BOLD_STYLE.search(e.get("style") or "")]
    for bold in bolds:
        words = " ".join(" ".join(bold.itertext()).split())
        parent = bold.getparent()
        if (parent is None or parent.tag not in ("p", "div") or not words
                or len(words.split()) > HEADING_MAX_WORDS or words[-1] in ".,;:!?\"”'"
                or len(bold) or not _alone_on_line(bold) or _not_a_heading(words)):
            continue
        bold.tag = "h3"
        bold.set(BOLD_LINE_MARK, "")


def _join_loose_datelines(tree: html.HtmlElement) -> None:
    """Move a dateline printed just before the first paragraph into it.

    detik prints ``<strong>Jakarta</strong> - <p>Galaxy S6 …``: the place sits outside the
    paragraph, where trafilatura drops it.
    """
    for paragraph in list(tree.iter("p")):
        before = paragraph.getprevious()
        if before is None or before.tag not in ("strong", "span", "p"):
            continue
        if before.tag == "p":
            _join_dateline_paragraph(before, paragraph)
            continue
        loose = f"{before.text or ''}{before.tail or ''}"
        if not len(before) and _LOOSE_DATELINE.fullmatch(loose.strip()):
            paragraph.text = f"{' '.join(loose.split())} {paragraph.text or ''}"
            before.tail = None
            before.drop_tree()


def _join_dateline_paragraph(before: html.HtmlElement, paragraph: html.HtmlElement) -> None:
    """Join a paragraph that holds only a dateline ("ISTANBUL, 23 Februari 2016 (Antara) --")
    to the paragraph after it, where the segmenter reads it as the lead's dateline."""
    loose = " ".join(" ".join(before.itertext()).split())
    if (before.tail and before.tail.strip()) or len(loose.split()) > _DATELINE_MAX_WORDS:
        return
    if _DATELINE_PARAGRAPH.fullmatch(loose):
        paragraph.text = f"{loose} {paragraph.text or ''}"
        before.drop_tree()


def _is_block(element: html.HtmlElement) -> bool:
    """Whether the element starts a block of its own."""
    return isinstance(element.tag, str) and element.tag in BLOCK_TAGS


def _runs(parent: html.HtmlElement) -> list[tuple[int, list[html.HtmlElement]]]:
    """The runs of inline content between the parent's block children.

    Each run is the index of the block child before it (-1: the parent's own text) and the
    inline children in it.
    """
    runs: list[tuple[int, list[html.HtmlElement]]] = [(-1, [])]
    for index, child in enumerate(parent):
        if _is_block(child):
            runs.append((index, []))
        else:
            runs[-1][1].append(child)
    return runs


def _run_words(parent: html.HtmlElement, after: int, inline: list[html.HtmlElement]) -> int:
    """How many words a run of bare text holds."""
    lead = parent.text if after < 0 else parent[after].tail
    texts = [lead or ""] + [" ".join(e.itertext()) + " " + (e.tail or "") for e in inline
                            if isinstance(e.tag, str)]
    return len(" ".join(texts).split())


def _wrap_run(parent: html.HtmlElement, after: int, inline: list[html.HtmlElement]) -> None:
    """Put one run of bare text and inline elements into a new <p> at its place."""
    paragraph = html.Element("p")
    if after < 0:
        paragraph.text, parent.text = parent.text, None
        parent.insert(0, paragraph)
    else:
        block = parent[after]
        paragraph.text, block.tail = block.tail, None
        block.addnext(paragraph)
    for element in inline:
        paragraph.append(element)  # moves the element with its tail


def wrap_loose_text(tree: html.HtmlElement) -> None:
    """Wrap runs of bare text (with their links and emphasis) that sit beside block children
    into their own ``<p>``, when they hold at least LOOSE_TEXT_MIN_WORDS words."""
    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str) or parent.tag in _NO_WRAP:
            continue
        if not any(_is_block(child) for child in parent):
            continue
        for after, inline in reversed(_runs(parent)):
            if _run_words(parent, after, inline) >= LOOSE_TEXT_MIN_WORDS:
                _wrap_run(parent, after, inline)


def text_spans(tree: html.HtmlElement) -> tuple[str, Spans]:
    """The page's text, white space collapsed, and where each element's text lies in it."""
    parts: list[str] = []
    length = 0
    starts: dict[html.HtmlElement, int] = {}
    spans: Spans = {}

    def add(text: str | None) -> None:
        nonlocal length
        words = " ".join((text or "").split())
        if words:
            if parts:
                parts.append(" ")
                length += 1
            parts.append(words)
            length += len(words)

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            starts[element] = length + (1 if parts else 0)
            add(element.text)
        else:
            spans[element] = (starts.pop(element), length)
            if element is not tree:
                add(element.tail)
    return "".join(parts), spans
