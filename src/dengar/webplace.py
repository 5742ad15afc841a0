"""Put back what trafilatura drops: photo captions and the article's own section headings.

trafilatura's precision mode drops some ``<h2>``/``<h3>`` headings, and every caption. A
heading is put back only when it lies inside the article's own container (the deepest element
that holds most of the extracted body paragraphs) and between two of its body paragraphs, so
sidebar titles ("Terpopuler"), teaser boxes and related-article titles never become sections.
"""

from __future__ import annotations

import bisect
import re

from lxml import html

from dengar.model import Block
from dengar.webtree import Spans

SNIPPET = 40
HEADING_MAX_WORDS = 15
_NOT_ALNUM = re.compile(r"\W+")
_BODY_MIN_WORDS = 5  # a body block this long is used to locate the article's container
_GAP_MAX_WORDS = 12  # words between a heading and its first paragraph (a credit, a label)


def squash(text: str) -> str:
    """Lower-case letters and digits only, to compare texts whatever their spacing."""
    return _NOT_ALNUM.sub("", text.lower())


def offsets(blocks: list[Block], page_text: str) -> list[int]:
    """Where each block's text starts in the page's text (the previous block's, if not found)."""
    found_at, position = [], 0
    for block in blocks:
        found = page_text.find(block.text[:SNIPPET], position)
        position = found if found >= 0 else position
        found_at.append(position)
    return found_at


class PageMap:
    """The page's elements with the stretch of the page's text each one holds."""

    def __init__(self, text: str, spans: Spans) -> None:
        self.text = text
        self.spans = spans
        self.elements = sorted(spans, key=lambda e: spans[e][0])
        self.starts = [spans[e][0] for e in self.elements]

    def deepest(self, start: int, end: int) -> html.HtmlElement | None:
        """The deepest element whose text holds the stretch [start, end)."""
        index = bisect.bisect_right(self.starts, start) - 1
        best, best_key = None, (-1, 0, 0)
        while index >= 0:
            element = self.elements[index]
            first, last = self.spans[element]
            if best is not None and first < best_key[0]:
                break  # every element from here on that holds the stretch is an ancestor
            if last >= end:
                key = (first, -last, sum(1 for _ in element.iterancestors()))
                if key > best_key:
                    best, best_key = element, key
            index -= 1
        return best

    def container(self, blocks: list[Block]) -> html.HtmlElement | None:
        """The deepest element holding more than half of the body paragraphs."""
        found = []
        for block in blocks:
            if block.hint in (None, "quote") and len(block.text.split()) >= _BODY_MIN_WORDS:
                at = self.text.find(block.text[:SNIPPET])
                element = self.deepest(at, at + len(block.text[:SNIPPET])) if at >= 0 else None
                if element is not None:
                    found.append(element)
        counts: dict[html.HtmlElement, int] = {}
        for element in found:
            for holder in (element, *element.iterancestors()):
                counts[holder] = counts.get(holder, 0) + 1
        held = [e for e, n in counts.items() if 2 * n > len(found)]
        return max(held, key=lambda e: sum(1 for _ in e.iterancestors()), default=None)


def trim_tail(page: PageMap, container: html.HtmlElement | None,
              blocks: list[Block]) -> list[Block]:
    """The blocks without those after the article's container (a comment box's disclaimer,
    a footer note trafilatura kept)."""
    if container is None:
        return blocks
    kept = [container, *_twins(container)]
    end = len(blocks)
    while end > 0:
        at = page.text.find(blocks[end - 1].text[:SNIPPET])
        if at < 0 or any(_holds(page, e, at) for e in kept):
            break
        end -= 1
    return blocks[:end] if end > 0 else blocks


def _holds(page: PageMap, element: html.HtmlElement, at: int) -> bool:
    """Whether the element's text holds the page text's position at."""
    first, last = page.spans.get(element, (0, 0))
    return first <= at < last


def _twins(container: html.HtmlElement) -> list[html.HtmlElement]:
    """The container's siblings of the same tag, class and style: an article whose paragraphs
    are each a ``<div style="…">`` has its text in all of them, not in the first one alone."""
    parent = container.getparent()
    if parent is None or not (container.get("class") or container.get("style")):
        return []
    shape = (container.tag, container.get("class"), container.get("style"))
    return [e for e in parent if e is not container
            and (e.tag, e.get("class"), e.get("style")) == shape]


def article_headings(page: PageMap, container: html.HtmlElement | None) -> list[Block]:
    """The h2/h3 headings inside the article's container, outside links and teaser boxes."""
    if container is None:
        return []
    headings = []
    for element in container.iter("h2", "h3"):
        text = " ".join(" ".join(element.itertext()).split())
        if (text and len(text.split()) <= HEADING_MAX_WORDS
                and not any(a.tag in ("a", "li") for a in element.iterancestors())
                and not element.xpath(".//a[@href]")):
            headings.append(Block(text, "heading"))
    return headings


def _leads_into_body(at: int, heading: Block, following: Block, start: int,
                     page_text: str, captions: list[str]) -> bool:
    """Whether a heading is followed at once by a body paragraph: only captions between
    them, not a list of teaser links ("Jangan Lewatkan", "Berita lainnya")."""
    if following.hint not in (None, "quote", "item"):
        return False
    gap = page_text[at + len(heading.text):start]
    for caption in captions:
        gap = gap.replace(caption, " ")
    return len(gap.split()) <= _GAP_MAX_WORDS


def place(blocks: list[Block], extras: list[Block], page_text: str) -> list[Block]:
    """Blocks with captions and lost headings placed where they stand on the page.

    Body copies of a caption are removed; a heading is placed only between two body blocks
    (one above the article or below it is a teaser box's title), right before the second.
    """
    squashed = {squash(b.text) for b in blocks}
    captions = [b.text for b in extras if b.hint == "caption"]
    inside = {squash(text) for text in captions}
    blocks = [b for b in blocks if squash(b.text) not in inside]
    found_at = offsets(blocks, page_text)
    for extra in sorted(extras, key=lambda b: page_text.find(b.text), reverse=True):
        at = page_text.find(extra.text)
        index = next((i for i, o in enumerate(found_at) if o > at), len(blocks))
        if extra.hint == "heading" and (
                squash(extra.text) in squashed or at < 0 or not 0 < index < len(blocks)
                or not _leads_into_body(at, extra, blocks[index], found_at[index],
                                        page_text, captions)):
            continue
        blocks.insert(index, extra)
        found_at.insert(index, at)
    return blocks
