"""Quotations whose attribution the copy never prints, and who goes on speaking in them.

A newsreader reads a quotation that names nobody, right after one by Budi, as Budi's when
the copy shows the attribution was left out: the quotation ends ',”.' (the comma waits for a
"kata Budi" that never came), or the copy stops inside it or inside the verb after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dengar.cast import Cast
from dengar.model import Segment
from dengar.people import names_written
from dengar.speakers import CONTINUED

# '… langka itu,”.': a comma and a closing mark with only the full stop after them.
_DROPPED_ATTRIBUTION_RE = re.compile(r",\s*[”\"]\s*\.$")
# '… pelatih asing,” tu': the copy stops in the verb after the closing mark (one lower-case
# fragment, no stop), or inside the quotation itself ('… naik Rp5.000 sekar').
_CUT_VERB_RE = re.compile(r"[,.!?…]\s*[”\"]\s*[a-z]{1,12}$")
_CUT_INSIDE_RE = re.compile(r"[“\"„][^”\"]*\w$")


def attribution_missing(text: str) -> bool:
    """Whether a paragraph's last quotation is left without the attribution it waits for:
    'Budi: "…,”.', '"… harga naik sekar' cut off by the copy's end, '"…," ta'."""
    text = text.rstrip()
    return bool(_DROPPED_ATTRIBUTION_RE.search(text) or _CUT_VERB_RE.search(text)
                or _CUT_INSIDE_RE.search(text))


def continued_speaker(cast: Cast, intro: str) -> str | None:
    """The one quoted before, when nobody else has been named since: who goes on in a
    quotation whose attribution is missing; None when someone else came between (as a
    subject, or any full name written in the paragraph before) or nobody was quoted."""
    speaker = cast.resolve(CONTINUED) if cast.speaker else None
    if not speaker or cast.last not in (None, speaker):
        return None
    others = [n for n in names_written(intro, Cast()).written if cast.full_name(n) != speaker]
    return None if others else speaker


def with_missing_attribution(parts: tuple[Segment, ...], text: str, intro: str,
                             cast: Cast) -> tuple[Segment, ...]:
    """parts with the last quotation, named to nobody, given to the one quoted before when
    text shows its attribution is missing."""
    at = max((i for i, part in enumerate(parts) if part.kind == "quote"), default=None)
    if at is None or parts[at].speaker is not None or not attribution_missing(text):
        return parts
    # The words before the quotation in its own paragraph came between too.
    before = " ".join(part.text for part in parts[:at])
    speaker = continued_speaker(cast, f"{intro} {before}")
    if speaker is None:
        return parts
    return (*parts[:at], replace(parts[at], speaker=speaker), *parts[at + 1:])
