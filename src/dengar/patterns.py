"""Helpers shared by the rule modules: regex alternations from word lists, title-case counts."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """Join words into a regex alternation, longest first, so "km/jam" wins over "km"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LETTERS_RE = re.compile(r"[^\W\d_]+")
TITLE_WORD_MIN_CHARS = 3  # "di", "ke" stay lower case in a title and are not counted


def capitalised_words(text: str) -> tuple[int, int]:
    """How many of text's words of three letters or more are capitalised, and how many
    there are: a title capitalises (nearly) all of them, a sentence few."""
    words = [w for w in _LETTERS_RE.findall(text) if len(w) >= TITLE_WORD_MIN_CHARS]
    return sum(w[0].isupper() for w in words), len(words)


TITLE_CASE_SHARE = 0.7  # of a title's words of three letters or more, this many capitalised


def is_title_case(text: str, min_words: int = 1) -> bool:
    """Whether most of text's words are capitalised, as a headline's or a name list's are;
    it needs ``min_words`` words of three letters or more to tell."""
    capitals, words = capitalised_words(text)
    return words >= min_words and capitals >= TITLE_CASE_SHARE * words
