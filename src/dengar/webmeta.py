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

from dengar.metafields import field_name, split_field
from dengar.model import Metadata

_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]+\s*:")
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")
_LABEL_MAX_CHARS = 80
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SITE_WORDS = re.compile(r"\b(?:media|network|group|grup|pt|tbk|redaksi|cyber|digital)\b",
                         re.IGNORECASE)


def _squash(text: str) -> str:
    """Lower case letters and digits only: "KOMPAS.com" -> "kompascom"."""
    return _NOT_ALNUM.sub("", text.lower())


def _site_keys(sitename: str | None, hostname: str | None) -> set[str]:
    """Squashed names the site goes by: "kompascom", "kompas"."""
    keys = {_squash(sitename or "")}
    if hostname:
        parts = hostname.lower().removeprefix("www.").split(".")
        keys.update({_squash(hostname), parts[-2] if len(parts) > 1 else parts[0]})
    return {key for key in keys if len(key) >= 3}


def clean_title(title: str | None, site_keys: set[str]) -> str | None:
    """The title without a trailing " - SiteName"."""
    if not title:
        return None
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head and any(key in _squash(tail) for key in site_keys):
            return head.strip()
    return title.strip()


def clean_publisher(sitename: str | None) -> str | None:
    """The site name; a bare host name is cut to its domain ("celebrity.warta.id": "warta.id")."""
    if not sitename or not sitename.strip():
        return None
    name = sitename.strip()
    labels = name.split(".")
    if " " not in name and len(labels) > 2:
        return ".".join(labels[-2:])
    return name


def _real_authors(author: str | None, site_keys: set[str]) -> tuple[str, ...]:
    """trafilatura's "A; B" author string, without the site or a company standing in for one."""
    names = [name.strip() for name in (author or "").split(";") if name.strip()]
    return tuple(
        name for name in names
        if "://" not in name
        and not any(key in _squash(name) for key in site_keys)
        and not _SITE_WORDS.search(name)
    )


def labelled_authors(tree: html.HtmlElement) -> tuple[str, ...]:
    """Names printed after a "Penulis :" (or "Reporter:") label, e.g. in a table row."""
    for element in tree.iter("tr", "p", "div", "span", "li"):
        text = " ".join(" ".join(element.itertext()).split())
        if not text or len(text) > _LABEL_MAX_CHARS:
            continue
        pair = split_field(text)
        if pair and field_name(pair[0]) == "authors":
            # "Penulis : A Editor : B" when the label row sits in a box with the next one.
            return (_NEXT_LABEL.split(pair[1].lstrip(": "))[0].strip(),)
    return ()


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


def page_metadata(document: Any, labelled: tuple[str, ...], language: str | None) -> Metadata:
    """Metadata from trafilatura's document, checked against the page.

    Args:
        document: trafilatura's ``Document`` (title, author, sitename, date, url…).
        labelled: The authors the page prints after a "Penulis :" label.
        language: The language the page declares.
    """
    keys = _site_keys(document.sitename, document.hostname)
    authors = _real_authors(document.author, keys) or labelled
    try:
        published = date.fromisoformat(document.date) if document.date else None
    except ValueError:
        published = None
    return Metadata(
        title=clean_title(document.title, keys),
        authors=authors,
        publisher=clean_publisher(document.sitename),
        published=published,
        url=document.url or None,
        language=language,
        description=document.description or None,
    )
