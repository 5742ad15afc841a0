"""Acronyms: spelled with Indonesian letter names ("RDRK" -> "er de er ka") or read as words
("NATO", "ASEAN"), by the lists in ``dengar/data/acronyms.toml`` and a rule for the rest.

The rule for an acronym in no list: spell it when it has three letters or fewer, no vowel,
three consonants in a row, two consonants at the end (other than "NG"), or two at the start
(other than a consonant + R or L); read it as a word otherwise ("NASA", "COVID"), and always
when it has seven letters or more and two vowels ("MANCHESTER"). When most
words of the text are in capitals, two or more of them pronounceable (a shouted headline:
"PRESIDEN RESMIKAN JALAN TOL"), only the listed ones change. Roman
numerals of I, V and X ("II", "XIV") are never spelled.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dengar.spoken.data import table
from dengar.spoken.ordinals import roman_value

_TOKEN = re.compile(r"(?P<before>(?<=\w)-)?\b(?P<token>[A-Z]{2,})\b(?P<after>-(?=\w))?")
_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_VOWELS = frozenset("AEIOU")
WORD_MIN_LETTERS = 7
_CLUSTER = re.compile(r"[^AEIOU]{3}|[^AEIOU]{2}$|^[^AEIOU][^AEIOURL]")


@cache
def _lists() -> dict[str, Any]:
    data = table("acronyms")["acronyms"]
    return {"words": frozenset(data["words"]), "spell": frozenset(data["spell"]),
            "expand": data["expand"]}


def spell(token: str) -> str:
    """ "KTT" -> "ka te te"."""
    letters = table("acronyms")["letters"]
    return " ".join(letters[c] for c in token)


def is_spelled(token: str) -> bool:
    """Whether the rule above spells an acronym that is in no list."""
    if len(token) <= 3 or not _VOWELS.intersection(token):
        return True
    if len(token) >= WORD_MIN_LETTERS and sum(c in _VOWELS for c in token) >= 2:
        return False  # "MANCHESTER", "PERHUTANI": a word in capitals, nobody spells ten letters
    bare = token[:-2] if token.endswith("NG") else token
    return bool(_CLUSTER.search(bare))


def is_acronym(token: str) -> bool:
    """Whether a word in capitals is an acronym: spelled, or listed as one said as a word
    ("POLRI"); "DEBAT" and "BANJIR" are words written in capitals."""
    return is_spelled(token) or token in _lists()["words"]


def _is_shouted(text: str) -> bool:
    """Most words in capitals, two or more of them unlisted and pronounceable ("JALAN")."""
    words = _WORD.findall(text)
    capitals = [w for w in words if w.isupper()]
    listed = _lists()["words"]
    wordlike = sum(1 for w in capitals
                   if len(w) >= 4 and w not in listed and not is_spelled(w))
    return len(words) >= 4 and len(capitals) * 2 > len(words) and wordlike >= 2


def _spoken(match: re.Match[str], shouted: bool) -> str:
    token, lists = match["token"], _lists()
    if token in lists["expand"]:
        words = lists["expand"][token]
        before = match.string[: match.start()]
        if before.endswith("(") and before[:-1].rstrip().lower().endswith(words.lower()):
            words = spell(token)  # "Undang-Undang Dasar (UUD)": said in full once already
    elif token in lists["words"] or roman_value(token):
        return match[0]
    elif token in lists["spell"] or (not shouted and is_spelled(token)):
        words = spell(token)
    else:
        return match[0]
    # "Rusia-RDRK": the hyphen becomes a space so the letters are not glued to the word
    return (" " if match["before"] else "") + words + (" " if match["after"] else "")


# "SMP N 6", "SMA N Ragunan": the N after a school's kind is "negeri", spelled with it as in
# "SMPN".
_SCHOOL_STATUS = re.compile(r"\b(?P<school>SD|SMP|SMA|SMK|SLB|MTs)\sN(?=\s)")


def say_acronyms(text: str) -> str:
    """Spell, expand or keep each all-capital token of two letters or more."""
    text = _SCHOOL_STATUS.sub(r"\g<school>N", text)
    shouted = _is_shouted(text)
    return _TOKEN.sub(lambda m: _spoken(m, shouted), text)


# Capitals and digits mixed in one code ("P2PM", "P3K", "H5N1"): every letter is spelled, as the
# code is; a name with digits at its end only ("G20", "COVID19") is left to the other steps.
_LETTER_DIGIT_CODE = re.compile(r"(?<![\w-])[A-Z]{1,4}(?:\d{1,2}[A-Z]{1,4})+\d?(?![\w-])")
_LETTERS_OR_DIGITS = re.compile(r"[A-Z]+|\d+")


def spell_letter_digit_codes(text: str) -> str:
    """ "P2PM" -> "pe 2 pe em", "P3K" -> "pe 3 ka", "H5N1" -> "ha 5 en 1": the digits stay for
    the number step."""
    return _LETTER_DIGIT_CODE.sub(
        lambda m: " ".join(part if part.isdigit() else spell(part)
                           for part in _LETTERS_OR_DIGITS.findall(m[0])), text)
