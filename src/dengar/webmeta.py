"""A web page's metadata: what trafilatura found, checked, plus the page's declared language.

trafilatura reads Open Graph, ``article:*``, JSON-LD and meta tags. Two of its answers need a
check on Indonesian news pages: the title often ends in the site name ("… - Kompas.com"), and
the ``author`` meta tag often names the company, while the reporter is printed under the
article as "Penulis : …".
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from lxml import html

from dengar.model import Metadata
from dengar.titles import clean_title, site_keys
from dengar.titles import squash as _squash
from dengar.webauthors import (
    is_account,
    labelled_authors,
    machine_credits,
    marked_authors,
    strip_labels,
)
from dengar.webtree import BOLD_LINE_MARK

_HEADLINE_MIN_WORDS = 3
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADLINE_CLASS = re.compile(r"title|judul|headline|display", re.IGNORECASE)
_SITE_CLASS = re.compile(
    r"logo|brand|site-?(?:title|name)|masthead|navbar|header|top", re.IGNORECASE
)
_SHOWN_HEADLINE_MAX_WORDS = 25
# A title the page never shows (an SEO variant, another article's title left in a template)
# gives way to the headline shown above the article when they share this many words.
_SHARED_WITH_HIDDEN_TITLE = 2
_H1_SHARE = 0.75
_TEASER_BOX = re.compile(r"trending|populer|popular|terkait|related|rekomendasi|recommend"
                         r"|terbaru|latest|breaking|ticker|sidebar", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({"dan", "yang", "dari", "untuk", "dengan", "pada", "ini", "itu",
                             "atau", "ke", "di", "the", "and", "for"})
_BODY_START_CHARS = 40
# A heading that holds this share of the declared title's words words the same headline.
_TITLE_SHARE = 0.6
_SITE_WORDS = re.compile(r"\b(?:media|network|group|grup|pt|tbk|redaksi|cyber|digital)\b",
                         re.IGNORECASE)


def _checked_title(found: str | None, tree: html.HtmlElement) -> str | None:
    """trafilatura's title, unless neither ``og:title`` nor ``<title>`` holds it (it takes an
    ``<h2>`` from a sidebar when the title has a "Site: " prefix): then the page's own."""
    declared = [str(t).strip() for t in tree.xpath('//meta[@property="og:title"]/@content')]
    declared += [" ".join(t.text_content().split()) for t in tree.iter("title")]
    declared = [title for title in declared if title]
    if not declared or (found and any(_squash(found) in _squash(t) for t in declared)):
        return found
    return declared[0]


def _heading_texts(tree: html.HtmlElement, *tags: str) -> list[str]:
    """The text of the page's headings of these tags, in page order."""
    return [" ".join(" ".join(h.itertext()).split()) for h in tree.iter(*tags)]


def _words(text: str) -> set[str]:
    return {_squash(w) for w in text.split()} - {""}


def page_headline(tree: html.HtmlElement, title: str | None, body_start: str = "") -> str | None:
    """The page's headline.

    The page's one ``<h1>`` when the title is that text with affixes (a site name, a
    channel: "Musik - Judul"); an ``<h1>``/``<h2>`` that words the declared title better
    than the title found ("Cakra News - Komisi III Panggil Kapolres" shows "Komisi III …"
    in an ``<h2>``); when the title is missing or too short to be a headline ("Berita 1",
    "Polrestaput"), or never shown on the page, the headline shown above the article's first
    paragraph. Else the title.
    """
    if not title or (len(title.split()) <= _HEADLINE_MIN_WORDS
                     and not _title_in_an_h1(tree, title)):
        return _shown_headline(tree, body_start, title) or title
    wanted = _squash(title)
    for text in _heading_texts(tree, "h1"):
        if (len(text.split()) >= _HEADLINE_MIN_WORDS and _squash(text) in wanted
                and len(_squash(text)) * 2 > len(wanted)):
            return text
    declared = " ".join(" ".join(t.text_content().split()) for t in tree.iter("title"))
    declared_words, title_words = _words(declared), _words(title)
    for text in _heading_texts(tree, "h1", "h2"):
        shared = len(_words(text) & declared_words)
        if (len(text.split()) > _HEADLINE_MIN_WORDS and shared > len(title_words)
                and shared >= _TITLE_SHARE * len(declared_words)):
            return text
    if not _shown_anywhere(tree, title):
        return _headline_for_hidden_title(tree, body_start, title) or title
    return title


def _shown_anywhere(tree: html.HtmlElement, title: str) -> bool:
    """Whether the page shows the title in its body (outside scripts and styles)."""
    body = tree.find("body")
    if body is None:
        return True
    shown = body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return _squash(title) in _squash(" ".join(shown))


def _title_in_an_h1(tree: html.HtmlElement, title: str) -> bool:
    """Whether an ``<h1>`` outside the page's header, navigation and logo shows the title:
    then it is the article's headline, not the site's name."""
    for h1 in tree.iter("h1"):
        if _squash(" ".join(h1.itertext())) != _squash(title):
            continue
        around = [h1, *h1.iterancestors()]
        if not any(e.tag in ("header", "nav") or _SITE_CLASS.search(
                f'{e.get("class", "")} {e.get("id", "")}') for e in around):
            return True
    return False


def _shown_headline(tree: html.HtmlElement, body_start: str, title: str | None) -> str | None:
    """The headline shown above the article: of the headings (or elements classed as a
    title) before the first paragraph, the last ``<h1>`` of a few words, else the last one
    of a few words. When the heading nearest the paragraph is the title itself ("Jokowi
    Lantik Kapolri" under a sidebar's headlines), the title. A bold line made a heading is
    none; quotation marks around it are dropped."""
    found = _headings_before(tree, body_start)
    if found and title and _squash(found[-1][1]) == _squash(title):
        return title
    found = [(tag, text) for tag, text in found if len(text.split()) > _HEADLINE_MIN_WORDS]
    chosen = [text for tag, text in found if tag == "h1"] or [text for _, text in found]
    return chosen[-1] if chosen else None


def _headings_before(tree: html.HtmlElement, body_start: str,
                     teasers: bool = True) -> list[tuple[str, str]]:
    """The (tag, text) of the headings, or elements classed as a title, of a few words
    before the article's first paragraph, in page order; with teasers false, none in the
    page's header, navigation or sidebar or in a box of trending or related articles."""
    start = " ".join(body_start.split())[:_BODY_START_CHARS]
    found: list[tuple[str, str]] = []
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str):
            continue
        heading = element.get(BOLD_LINE_MARK) is None and (
            element.tag in _HEADING_TAGS or _HEADLINE_CLASS.search(element.get("class", "")))
        text = " ".join(" ".join(element.itertext()).split()).strip("\"“” ")
        if heading and text and len(text.split()) <= _SHOWN_HEADLINE_MAX_WORDS and (
                teasers or not _in_teaser_box(element)):
            found.append((element.tag, text))
        elif start and start in " ".join((element.text or "").split()):
            break
    return found


def _in_teaser_box(element: html.HtmlElement) -> bool:
    """Whether an element sits in the page's header, navigation, sidebar or footer, or in a
    box of trending, popular or related articles."""
    return any(a.tag in ("header", "nav", "aside", "footer") or _TEASER_BOX.search(
        f'{a.get("class", "")} {a.get("id", "")}') for a in element.iterancestors())


def _headline_for_hidden_title(tree: html.HtmlElement, body_start: str,
                               title: str) -> str | None:
    """For a title the page never shows: of the headings above the article sharing two
    content words with it or more, the last ``<h1>`` sharing three quarters as many as the
    best, else the one sharing the most (the first of equals, as a headline comes before its
    deck); None when a heading is part of the title (the title words it longer)."""
    found = [(tag, text) for tag, text in _headings_before(tree, body_start, teasers=False)
             if len(text.split()) > _HEADLINE_MIN_WORDS]
    if any(_squash(text) in _squash(title) for _, text in found):
        return None
    wanted = _content_words(title)
    sharing = [(tag, text) for tag, text in found
               if len(_content_words(text) & wanted) >= _SHARED_WITH_HIDDEN_TITLE]
    if not sharing:
        return None
    best = max(len(_content_words(text) & wanted) for _, text in sharing)
    # The page's own headline in an h1 wins over a trending box's title sharing a little
    # more, not over a heading that words the title far better than a channel's h1.
    h1s = [text for tag, text in sharing
           if tag == "h1" and len(_content_words(text) & wanted) >= _H1_SHARE * best]
    if h1s:
        return h1s[-1]
    return next(text for _, text in sharing if len(_content_words(text) & wanted) == best)


def _content_words(text: str) -> set[str]:
    """The words of three letters or more that are not function words."""
    return {w for w in _words(text) if len(w) >= 3} - _FUNCTION_WORDS


def clean_publisher(sitename: str | None) -> str | None:
    """The site name; a bare host name is cut to its domain ("celebrity.warta.id": "warta.id")."""
    if not sitename or not sitename.strip():
        return None
    name = sitename.strip()
    labels = name.split(".")
    if " " not in name and len(labels) > 2:
        return ".".join(labels[-2:])
    return name


def _real_authors(author: str | None, site_keys: set[str], credits: str) -> tuple[str, ...]:
    """trafilatura's "A; B" author string, without the site, a company standing in for one,
    the web agency a creator meta tag names, or an account ("admin"); labels ("Pewarta")
    removed."""
    names = [strip_labels(name) for name in (author or "").split(";") if name.strip()]
    return tuple(
        name for name in names
        if name and "://" not in name and not is_account(name)
        and not any(key in _squash(name) for key in site_keys)
        and not _SITE_WORDS.search(name)
        and not (credits and _squash(name) in _squash(credits))
    )


def _json_ld_language(tree: html.HtmlElement) -> str | None:
    """``inLanguage`` from the page's JSON-LD, if any."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "") or not script.text:
            continue
        try:
            data: Any = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("inLanguage"), str):
                return item["inLanguage"]
    return None


def declared_language(tree: html.HtmlElement) -> str | None:
    """The language the page declares: Content-Language, og:locale, JSON-LD, then <html lang>."""
    for query in ('//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")='
                  '"content-language"]/@content',
                  '//meta[@property="og:locale"]/@content',
                  '//meta[@name="language"]/@content'):
        found = tree.xpath(query)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return _json_ld_language(tree) or (tree.get("lang") or tree.get("xml:lang") or None)


def page_metadata(document: Any, tree: html.HtmlElement) -> Metadata:
    """Metadata from trafilatura's document, checked against the page.

    Args:
        document: trafilatura's ``Document`` (title, author, sitename, date, url…).
        tree: The page (for its author elements, labels and declared language).
    """
    keys = site_keys(document.sitename, document.hostname)
    authors = (marked_authors(tree)
               or _real_authors(document.author, keys, machine_credits(tree))
               or labelled_authors(tree))
    try:
        published = date.fromisoformat(document.date) if document.date else None
    except ValueError:
        published = None
    return Metadata(
        title=clean_title(_checked_title(document.title, tree), keys),
        authors=authors,
        publisher=clean_publisher(document.sitename),
        published=published,
        url=document.url or None,
        language=declared_language(tree),
        description=document.description or None,
    )
