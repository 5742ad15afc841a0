"""Balinese personal names, which are longer than most and open with a caste title.

"I Gusti Putu Karmawan", "Ida Bagus Jumpung Gede Oka Wedhana", "Cokorda Gede Nala Rukmaja":
the title ("I", "Ida Bagus", "Cokorda") and the birth-order name ("Putu", "Gede") belong to
the name, so a name opening with one is kept whole rather than cut to its last few words.
Articles shorten such a name to its title's short form and one word: "Cok Nala".
"""

from __future__ import annotations

from dengar import speech

# A Balinese name opens with one of these (the first word alone, or the first two).
_TITLES: frozenset[tuple[str, ...]] = frozenset({
    ("ida", "bagus"), ("ida", "ayu"), ("anak", "agung"), ("cokorda",), ("tjokorda",),
    ("i", "gusti"), ("i", "dewa"),
})
# "I" or "Ni" opens a name only with a birth-order or caste name after it: "I Made Sudarma".
_COMMONER_OPENERS = frozenset({"i", "ni"})
MAX_WORDS = 6  # "Ida Bagus Jumpung Gede Oka Wedhana"
# The short forms articles write a title in: "Cok Nala" for "Cokorda Gede Nala Rukmaja".
SHORT_FORMS: dict[str, str] = {"cok": "cokorda", "tjok": "tjokorda"}
# Airports, streets and stadiums are named after Balinese heroes ("Bandara I Gusti Ngurah
# Rai", "Stadion Kapten I Wayan Dipta"): a title one or two words after one of these opens
# the place's name, not a person's.
_NAMED_PLACES = speech.PLACE_WORDS | frozenset({
    "universitas", "sakit", "rs", "rsu", "rsup", "rsud", "museum", "monumen", "taman",
})
_PLACE_REACH = 2  # "Stadion Kapten I Wayan Dipta": a rank may stand between


def opens_at(words: list[str], i: int) -> bool:
    """Whether a Balinese name opens at words[i]."""
    low = [w.lower() for w in words[i: i + 2]]
    if tuple(low[:1]) in _TITLES or tuple(low) in _TITLES:
        return True
    return (len(low) == 2 and words[i] in ("I", "Ni")
            and low[0] in _COMMONER_OPENERS and low[1] in speech.BALINESE_NAMES)


def name_start(words: list[str]) -> int | None:
    """Where the Balinese name the words end with opens, when it is no longer than
    MAX_WORDS and has a word after its title: "Kadis X Ida Bagus Jumpung Gede Oka" -> 2."""
    for i in range(max(0, len(words) - MAX_WORDS), len(words) - 1):
        if opens_at(words, i) and len(words) - i > 2 and not in_place_name(words, i):
            return i
    return None


def in_place_name(words: list[str], i: int) -> bool:
    """Whether the title at words[i] opens a place's name: "Bandara I Gusti Ngurah Rai"."""
    return any(w.lower().rstrip(".") in _NAMED_PLACES
               for w in words[max(0, i - _PLACE_REACH): i])


def is_balinese_name(words: list[str]) -> bool:
    """Whether words are a whole Balinese name: "I Gusti Putu Karmawan"."""
    return name_start(words) == 0


def spelled_out(word: str) -> str:
    """A title's full form for its short form ("cok" -> "cokorda"); other words as given."""
    return SHORT_FORMS.get(word, word)
