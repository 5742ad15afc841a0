"""A title without the site's name: "Harga Beras Naik - Kompas.com" -> "Harga Beras Naik".

Shared by the web page reader and by the segmenter (a Markdown or text copy's title field),
so both strip a suffix only when it names the site, never any short " - X".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")
# A site name before the headline: "KapanLagi.com: Judul", "Warta: Judul".
_TITLE_PREFIX = re.compile(r"^(?P<site>[^\s:]{3,30}(?: [^\s:]+)?)\s*(?::|::|\||»)\s+(?P<rest>.+)$")
# A suffix shaped as a site's name whoever the publisher: "Kompas.com", "detikNews".
_SITE_NAME_SHAPE = re.compile(
    r"^(?:[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|tv|co)|[a-z]{3,}[A-Z][a-zA-Z]*)$"
)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# A web address printed in a page's text; its first label names the site ("balitribune").
_ADDRESS = re.compile(
    r"\b(?:www\.)?(?P<name>[a-z][a-z0-9-]{3,})\.(?:co\.id|com|id|net|org|news|online)\b",
    re.IGNORECASE)


def squash(text: str) -> str:
    """Lower case letters and digits only: "KOMPAS.com" -> "kompascom"."""
    return _NOT_ALNUM.sub("", text.lower())


def site_keys(sitename: str | None, url_or_host: str | None) -> set[str]:
    """Squashed names the site goes by: "kompascom", "kompas".

    ``url_or_host`` is a host name ("www.kompas.com") or a whole URL.
    """
    keys = {squash(sitename or "")}
    hostname = url_or_host
    if url_or_host and "/" in url_or_host:
        hostname = urlsplit(url_or_host).hostname
    if hostname:
        parts = hostname.lower().removeprefix("www.").split(".")
        keys.update({squash(hostname), parts[-2] if len(parts) > 1 else parts[0]})
    return {key for key in keys if len(key) >= 3}


def address_keys(texts: Iterable[str]) -> set[str]:
    """Squashed names of the sites whose addresses the texts print: "balitribune.co.id" ->
    "balitribune"."""
    return {squash(found["name"]) for text in texts for found in _ADDRESS.finditer(text)}


def _names_site(part: str, keys: set[str], exact: bool = False) -> bool:
    """Whether a title's prefix or suffix is the site's name; exact, only the name itself
    ("Bali Tribune"), not words about it ("Tokobagus Gelar Diskon Besar")."""
    found = squash(part) in keys if exact else any(key in squash(part) for key in keys)
    return found or bool(_SITE_NAME_SHAPE.match(part.strip()))


def clean_title(title: str | None, keys: set[str], exact: bool = False) -> str | None:
    """The title without a trailing " - SiteName" or a leading "SiteName: ".

    "Jokowi - Prabowo Bertemu di Istana Merdeka" keeps its " - ": "Prabowo …" is no site.
    ``exact``: the suffix must be the site's name itself (see ``_names_site``).
    """
    if not title:
        return None
    title = title.strip()
    prefix = _TITLE_PREFIX.match(title)
    if prefix and (_SITE_NAME_SHAPE.match(prefix["site"]) if exact
                   else any(key in squash(prefix["site"]) for key in keys)):
        title = prefix["rest"].strip()
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head and _names_site(tail, keys, exact):
            return head.strip()
    return title
