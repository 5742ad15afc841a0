"""Photo captions on a web page, found with lxml because trafilatura drops them.

trafilatura 2.3 leaves ``<figcaption>`` and the caption text beside a photo out of what it
extracts, even with ``include_images``. A caption is taken from a ``<figcaption>``; from an
element whose class or id names a caption ("caption", "keterangan", "deskripsi", "desc",
"foto-text"); from a short text that ends in a photo credit ("… Foto: Grammy", "… (Foto:
Dewi)", "… © istimewa", "… (Bagus Kurniawan/detikcom)"); or from the text of a small photo box
(a class with "photo", "pic", "foto", "image", "img" or "figure") that holds exactly one image
and no link. Captions of
teasers are left out: those inside a box whose class or id says related, terkait, lainnya,
rekomendasi or populer, and those whose photo is a link to another page (a link to "#" or a
script opens a zoom box on the same page: that photo is the article's own).
"""

from __future__ import annotations

import re

from lxml import html

from dengar import provenance
from dengar.lines import is_furniture

CAPTION_MIN_WORDS = 2
CAPTION_MAX_WORDS = 60
ZOOMED_CAPTION_MAX_WORDS = 150  # a caption its zoom box repeats may be a paragraph long
_GLIGHTBOX_TITLE = re.compile(r"title\s*:\s*(.*?)(?:;\s*(?:description|desc)\s*:|;?\s*$)",
                              re.DOTALL)
_CAPTION_CLASS = re.compile(
    r"caption|keterangan|ket-foto|photo-?desc|deskripsi|\bdesc\b|foto-?text|photo-?text",
    re.IGNORECASE)
_PHOTO_CLASS = re.compile(r"photo|\bpic|foto|image|img|figure", re.IGNORECASE)
_TEASER_CLASS = re.compile(r"related|terkait|lainnya|rekomendasi|recommend|populer|popular",
                           re.IGNORECASE)
# A photo credit closing a short text: "Foto: Grammy", "(Foto: ANTARA/Dewi)", "© istimewa".
_CREDIT_END = re.compile(r"(?:\(?\b(?:foto|photo)\s*:\s*[^():]{2,50}\)?|©\s*[^\d©]{2,40})\s*$",
                         re.IGNORECASE)
_CREDIT_MIN_WORDS = 3  # words before the credit: "Copyright © Site" is a footer, not a caption
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:\?|$)", re.IGNORECASE)
# A link that stays on the page (a zoom box, a gallery's script): "#", "#foto-1", "javascript:".
_IN_PAGE_LINK = re.compile(r"\s*(?:#|javascript:|$)", re.IGNORECASE)
_OUTSIDE_ARTICLE = {"a", "nav", "header", "footer", "aside", "li", "button", "form"}
_BLOCKS = ("p", "div", "figure", "table", "ul", "ol", "h1", "h2", "h3", "h4", "section")


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


def _ends_in_credit(element: html.HtmlElement) -> bool:
    """A short text with no block inside that closes with a photo credit."""
    if element.tag not in ("div", "p", "span", "em") or element.find(".//img") is not None:
        return False
    if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
        return False
    text = _text(element)
    credit = _CREDIT_END.search(text) or provenance.CREDIT_OUTLET.search(text)
    return bool(credit) and len(text[:credit.start()].split()) >= _CREDIT_MIN_WORDS


def _is_candidate(element: html.HtmlElement) -> bool:
    """Whether the element is shaped like a photo caption."""
    if not isinstance(element.tag, str):
        return False
    if element.tag == "figcaption" or _marked(element, _CAPTION_CLASS):
        return True
    if element.tag in ("div", "figure", "span", "p") and _is_photo_box(element):
        return True
    return _ends_in_credit(element)


def _own_photo(element: html.HtmlElement) -> html.HtmlElement | None:
    """The image a caption belongs to: one inside it, else the last one before it in its box."""
    inside = element.xpath(".//img")
    if inside:
        return inside[0]
    for before in element.itersiblings(preceding=True):
        if isinstance(before.tag, str):
            images = [before] if before.tag == "img" else before.xpath(".//img")
            if images:
                return images[-1]
    return None


def _linked_photo(element: html.HtmlElement) -> bool:
    """Whether the caption's photo is a link to another page (a teaser's photo)."""
    photo = _own_photo(element)
    return photo is not None and any(
        link.tag == "a" and not _IMAGE_FILE.search(link.get("href", ""))
        and not _IN_PAGE_LINK.match(link.get("href", "")) for link in photo.iterancestors())


def _in_furniture(element: html.HtmlElement) -> bool:
    """Whether the element sits in a link, a navigation bar, a list of teasers, a footer,
    or a box of related articles."""
    return _linked_photo(element) or any(
        a.tag in _OUTSIDE_ARTICLE or _marked(a, _TEASER_CLASS) for a in element.iterancestors())


def _in_page_furniture(element: html.HtmlElement) -> bool:
    """Whether the element sits in a navigation bar, a header, a footer, a sidebar, a form
    or a box of related articles."""
    return any(a.tag in _OUTSIDE_ARTICLE - {"a", "li"} or _marked(a, _TEASER_CLASS)
               for a in element.iterancestors())


_PHOTO_LABEL = re.compile(r"^\s*(?:foto|photo|keterangan\s+foto)\s*:\s*", re.IGNORECASE)


def _says_something(text: str) -> bool:
    """Whether a caption says more than its credit: "Foto: (Getty Images)" says nothing."""
    bare = provenance.CREDIT_OUTLET.sub("", provenance.CREDIT_BRACKETED.sub("", text))
    return len(_PHOTO_LABEL.sub("", bare).split()) >= CAPTION_MIN_WORDS


def find_captions(tree: html.HtmlElement) -> list[str]:
    """The photo captions in the page, in document order, each once.

    Args:
        tree: The parsed page (before trafilatura, which changes the tree).
    """
    captions: list[str] = []
    body = tree.find("body")
    zoomed = _zoom_box_titles(tree)
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str):
            continue
        text = _text(element)
        # The text a photo's zoom box also shows is its caption, however long.
        repeated = element.tag in ("div", "span") and _squash(text) in zoomed
        if not (repeated or _is_candidate(element)) or _in_furniture(element):
            continue
        words = len(text.split())
        if is_furniture(text) or not _says_something(text):
            continue  # an advertisement's label in a photo's box: "SCROLL TO RESUME CONTENT"
        if CAPTION_MIN_WORDS <= words <= (
                ZOOMED_CAPTION_MAX_WORDS if repeated else CAPTION_MAX_WORDS) and not any(
            text in found or found in text for found in captions
        ):
            captions.append(text)
    return captions


def _zoom_box_titles(tree: html.HtmlElement) -> set[str]:
    """The captions a photo's zoom box keeps for its script ("glightbox", "fancybox"):
    ``data-glightbox="title: …"``, ``data-caption``, ``data-title``, squashed."""
    found = set()
    for link in tree.iter("a"):
        box = link.get("data-glightbox") or ""
        title = _GLIGHTBOX_TITLE.search(box)
        for text in (title.group(1) if title else "", link.get("data-caption") or "",
                     link.get("data-title") or ""):
            if len(text.split()) >= CAPTION_MIN_WORDS:
                found.add(_squash(text))
    return found


def _squash(text: str) -> str:
    """Text with white space collapsed and a script's closing ";" dropped."""
    return " ".join(text.split()).rstrip(" ;")


# Attributes in which a gallery keeps a photo's caption for its script to show.
CAPTION_ATTRIBUTES = ("caption", "data-caption")


def attribute_captions(tree: html.HtmlElement) -> list[str]:
    """Captions a photo gallery keeps in its images' ``caption`` attributes, in order.

    A gallery page shows one caption at a time with a script; its photos and their captions
    are the page's content. A thumbnail may link to its photo's own page, so a link is no
    sign of a teaser here; photos in a navigation bar, a header, a footer, a sidebar or a
    box of related articles are left out.
    """
    captions: list[str] = []
    for image in tree.iter("img"):
        text = next((" ".join(image.get(a, "").split()) for a in CAPTION_ATTRIBUTES
                     if image.get(a, "").strip()), "")
        if (CAPTION_MIN_WORDS <= len(text.split()) <= CAPTION_MAX_WORDS
                and text not in captions and not _in_page_furniture(image)):
            captions.append(text)
    return captions
