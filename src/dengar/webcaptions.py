"""Photo captions on a web page, found with lxml because trafilatura drops them.

trafilatura 2.3 leaves ``<figcaption>`` and the caption text beside a photo out of what it
extracts, even with ``include_images``. A caption is taken from a ``<figcaption>``, from an
element whose class or id says "caption", or from the text of a small photo box (a class with
"photo", "pic", "foto", "image" or "figure") that holds exactly one image and no link.
"""

from __future__ import annotations

import re

from lxml import html

CAPTION_MIN_WORDS = 2
CAPTION_MAX_WORDS = 60
_CAPTION_CLASS = re.compile(r"caption|keterangan|ket-foto|photo-?desc", re.IGNORECASE)
_PHOTO_CLASS = re.compile(r"photo|\bpic|foto|image|figure", re.IGNORECASE)
_OUTSIDE_ARTICLE = {"a", "nav", "header", "footer", "aside", "li", "button", "form"}


def _text(element: html.HtmlElement) -> str:
    """The element's text with white space collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def _marked(element: html.HtmlElement, pattern: re.Pattern[str]) -> bool:
    """Whether the element's class or id matches ``pattern``."""
    return bool(pattern.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _is_photo_box(element: html.HtmlElement) -> bool:
    """A box around one photo with its caption text and no link."""
    return (
        _marked(element, _PHOTO_CLASS)
        and len(element.xpath(".//img")) == 1
        and not element.xpath(".//a[normalize-space()] | .//p[count(.//text()) > 3]")
    )


def _is_candidate(element: html.HtmlElement) -> bool:
    """Whether the element is shaped like a photo caption."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == "figcaption" or _marked(element, _CAPTION_CLASS):
        return True
    return element.tag in ("div", "figure", "span", "p") and _is_photo_box(element)


def _in_furniture(element: html.HtmlElement) -> bool:
    """Whether the element sits in a link, a navigation bar, a list of teasers, a footer."""
    return any(a.tag in _OUTSIDE_ARTICLE for a in element.iterancestors())


def find_captions(tree: html.HtmlElement) -> list[str]:
    """The photo captions in the page, in document order, each once.

    Args:
        tree: The parsed page (before trafilatura, which changes the tree).
    """
    captions: list[str] = []
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not _is_candidate(element) or _in_furniture(element):
            continue
        text = _text(element)
        words = len(text.split())
        if CAPTION_MIN_WORDS <= words <= CAPTION_MAX_WORDS and not any(
            text in found or found in text for found in captions
        ):
            captions.append(text)
    return captions
