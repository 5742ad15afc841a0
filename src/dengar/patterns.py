"""A helper shared by the rule-data modules that build regular expressions from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """Join words into a regex alternation, longest first, so "km/jam" wins over "km"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
