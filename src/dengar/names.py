"""What a run of capitalised words is: a person's name, a place, a day, an organisation.

Predicates and clean-ups over the words of a name, with their data in ``speech``. A speaker's
name is the person alone: honorifics, ranks and academic degrees are not said, and neither is
the organisation or office written in front of the name.
"""

from __future__ import annotations

import re

from dengar import speech

# An academic or professional degree after a name: "S.H.", "M.Si", "SpPD-KEMD", "PhD", "MBA".
_DEGREE_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]{0,2}\.)+[A-Za-z]*\.?|Sp[A-Z][\w.-]*|[A-Z][a-z]?[A-Z][A-Za-z]{0,2}"
    r"|[A-Z]{2,4}(?:-[A-Z]+)?)$"
)
_PAREN_RE = re.compile(r"\([^()]*\)")
_MARKERS = speech.HONORIFICS | speech.RANKS | speech.ORGANISATION_WORDS
_NOT_A_PERSON = speech.DAYS | speech.MONTH_NAMES | speech.PLACE_WORDS


def key(word: str) -> str:
    """A word as the word lists hold it: lower case, without surrounding punctuation."""
    return word.lower().strip(",;:()")


def is_acronym(word: str) -> bool:
    """Whether word is an all-capitals abbreviation such as "BI" or "KNKT"."""
    bare = word.rstrip(".")
    return len(bare) > 1 and bare.isupper() and bare.isalpha()


def _is_marker(word: str) -> bool:
    """Whether word is an honorific, a rank, an organisation word or an acronym."""
    return key(word) in _MARKERS or key(word).rstrip(".") in _MARKERS or is_acronym(word)


def without_brackets(text: str) -> str:
    """Text without parenthesised parts: "Kolonel Laut (P) Isswarto" -> "Kolonel Laut Isswarto"."""
    return _PAREN_RE.sub(" ", text)


def strip_degrees(words: list[str]) -> list[str]:
    """Drop degrees after a name: "Wismandari Wisnu SpPD-KEMD" -> "Wismandari Wisnu"."""
    while len(words) > 1 and _DEGREE_RE.match(words[-1].rstrip(",")):
        words = words[:-1]
    return words


def after_markers(words: list[str]) -> list[str]:
    """The name after the last honorific, rank, organisation word or acronym in a run:
    "Kepala Operasi Tim DVI Kombes Lisda Cancer" -> "Lisda Cancer"."""
    for i in reversed(range(len(words) - 1)):
        if _is_marker(words[i]):
            return words[i + 1:]
    return words


def is_organisation(name: str) -> bool:
    """Whether name is an organisation: acronyms only, or an organisation word in it."""
    words = name.split()
    return bool(words) and (
        all(is_acronym(w) for w in words)
        or any(key(w) in speech.ORGANISATION_WORDS for w in words)
    )


def is_person(name: str | None) -> bool:
    """Whether name can be a person: no day, month or place word, no organisation."""
    if not name:
        return False
    return not is_place_or_time(name) and not is_organisation(name)


def is_place_or_time(name: str) -> bool:
    """Whether name is a day, a month or a place: "Kamis", "Banggai Laut", "Jakarta Timur"."""
    words = [key(w) for w in name.split()]
    return bool(words) and (words[0] in speech.PLACES or any(w in _NOT_A_PERSON for w in words))


def is_circumstance(text: str) -> bool:
    """Whether a comma-separated part is a day, a date or a place, not who is speaking."""
    words = without_brackets(text).split()
    return bool(words) and (
        key(words[0]) in speech.DAYS | speech.MONTH_NAMES | speech.PLACES
        or words[0][:1].isdigit()
    )


def unnamed_source(text: str) -> str | None:
    """An unnamed source as written, lower case: "seorang sumber kepada situs X" ->
    "seorang sumber", "Salah satu tetangganya" -> "salah satu tetangganya"; else None."""
    words = text.split()
    if not words or key(words[0]) not in speech.UNNAMED_SOURCES:
        return None
    phrase: list[str] = []
    for word in words:
        bare = word.strip(".,;:!?“”\"")
        low = bare.lower()
        if low in speech.SOURCE_PHRASE_END or low in speech.DEMONSTRATIVES:
            break
        if phrase and bare[:1].isupper():
            return None  # "pihak Lion Air", "warga bernama Budi": somebody is named
        phrase.append(low)
        if word != bare:
            break
    return " ".join(phrase) if 0 < len(phrase) <= speech.UNNAMED_MAX_WORDS else None
