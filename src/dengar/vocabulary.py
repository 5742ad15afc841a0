"""The article's own vocabulary: the words its text writes in lower case.

A title-case line (a headline, a deck) capitalises every word, so a run of ordinary words looks
like a name there ("Musriah Rela Antre", "Daftar Sekolah Berdasar Domisili"). The same words
written in lower case elsewhere in the article show they are vocabulary, not names.
"""

from __future__ import annotations

from collections.abc import Iterable

from dengar.lines import WORD_RE

ORDINARY_SHARE = 0.5  # a run with more than this share of ordinary words is no name
ORDINARY_MIN_WORDS = 3  # two words ("Putri Indah") are too few to tell a name from a phrase


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word the texts write in lower case."""
    return frozenset(w for text in texts for w in WORD_RE.findall(text) if w.islower())


def is_mostly_ordinary(words: str, vocabulary: frozenset[str]) -> bool:
    """Whether a capitalised run of three words or more is mostly words the text writes in
    lower case: a phrase in title case ("Daftar Sekolah Berdasar Domisili"), not a name."""
    parts = words.split()
    ordinary = sum(p.lower() in vocabulary for p in parts)
    return len(parts) >= ORDINARY_MIN_WORDS and ordinary > ORDINARY_SHARE * len(parts)
