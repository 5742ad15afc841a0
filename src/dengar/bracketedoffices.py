"""An organisation's or an office's name and its bracketed short form, before a person's name.

"Bank Indonesia (BI) Perry Warjiyo mengklaim" -> "Perry Warjiyo mengklaim": the words before
the person's name are dropped so that the speaker is the person, not the bank; "Kabid
pengawasan dan penataan lingkungan (P2L) Sumarni" -> "Sumarni" when the bracket abbreviates
the portfolio. A run that names no person after the bracket is kept as written.
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.nameevidence import article_being_read, ends_in_place, speaks_elsewhere
from dengar.names import is_person, key
from dengar.speakername import (
    NAME_RUN,
    PREVIOUS,
    clean_speaker,
    opens_organisation,
    sentence_pieces,
)

# An organisation's name with its short form in brackets, then a person's: "Bank Indonesia
# (BI) Perry Warjiyo".
_ABBREVIATED_ORGANISATION_RE = re.compile(
    rf"(?P<organisation>{NAME_RUN})\s+\([A-Z][A-Za-z]{{1,9}}\)\s+(?=(?P<name>{NAME_RUN}))"
)


def without_organisation_before_name(text: str) -> str:
    """text without an organisation's name and its bracketed short form where a person's full
    name follows them: "Bank Indonesia (BI) Perry Warjiyo mengklaim" -> "Perry Warjiyo
    mengklaim", "Gubernur Bank Sentral Nusantara (BSN) Rina Kartika" -> "Rina Kartika". A run
    that opens with neither an organisation nor an office ("Seksi Haji dan Umrah (Kasi PHU)
    H Burhan") is kept."""
    def drop(match: re.Match[str]) -> str:
        words = match["organisation"].split()
        opener = 0  # "Menurut Kepala Pusat … (PKUB) Wawan Djunaedi": the opener stays
        while opener < len(words) - 1 and key(words[opener]) in speech.SENTENCE_OPENERS:
            opener += 1
        name = clean_speaker(sentence_pieces(match["name"])[0])
        office = key(words[opener]) in speech.TITLE_WORDS
        opens = opens_organisation(words[opener:]) or office
        # "Presiden Konfederasi … (KSPN) Ristadi": after an office, one word is its holder.
        shortest = 1 if (office and len(name or "") >= _ONE_WORD_NAME_MIN_CHARS
                         and speaks_elsewhere(name or "")) else 2
        if (opens and name and name != PREVIOUS
                and shortest <= len(name.split()) <= speech.SPEAKER_MAX_WORDS
                and is_person(name)):
            return "".join(f"{w} " for w in words[:opener])
        return match[0]
    text = _OFFICE_PORTFOLIO_RE.sub(_holder_of_portfolio, text)
    # "Kepala Pusat … (PKUB) Kementerian Agama (Kemenag) Wawan": each office in turn.
    for _ in range(_NESTED_OFFICES_MAX):
        shorter = _ABBREVIATED_ORGANISATION_RE.sub(drop, text)
        if shorter == text:
            break
        text = shorter
    return text


_NESTED_OFFICES_MAX = 3
_ONE_WORD_NAME_MIN_CHARS = 4  # "Ristadi"; "Ali" too short to tell from an office's tail


# An office's short form, its portfolio in lower case, the portfolio's short form in brackets
# and the holder: "Kabid pengawasan dan penataan lingkungan (P2L) Sumarni".
_OFFICE_PORTFOLIO_RE = re.compile(
    r"\b(?P<office>[A-Z][a-z]+)(?P<portfolio>(?:\s+[A-Za-z]+){1,10}?)"
    rf"\s+\((?P<short>[A-Z][A-Z0-9]{{1,9}})\)\s+(?=(?P<name>{NAME_RUN}))"
)


def _holder_of_portfolio(match: re.Match[str]) -> str:
    """The office and its bracketed portfolio dropped before its holder's name, when the
    bracket abbreviates the words before it ("P2L" of "pengawasan dan penataan lingkungan",
    a digit doubling the letter before it) and those words are the portfolio's alone, no
    clause ("di", "saat", a verb). The name must be a person, a place is the office's region:
    "Kabid pengawasan lingkungan (PL) Kabupaten Siak" is kept."""
    portfolio = match["portfolio"].split()
    name = clean_speaker(sentence_pieces(match["name"])[0])
    one_word_place = name is not None and " " not in name and ends_in_place(
        [name], article_being_read())
    if (key(match["office"]) not in speech.TITLE_WORDS
            or not any(w.islower() for w in portfolio)
            or any(key(w) in speech.SOURCE_PHRASE_END or _clause_verb(w) for w in portfolio)
            or not _abbreviates(match["short"], portfolio)
            or not name or name == PREVIOUS or not is_person(name) or one_word_place
            or len(name) < _ONE_WORD_NAME_MIN_CHARS
            or len(name.split()) > speech.SPEAKER_MAX_WORDS):
        return match[0]
    return ""


def _clause_verb(word: str) -> bool:
    """Whether a lower-case word may be a verb starting a clause ("mengatakan", "dijumpai"),
    no portfolio's noun; a noun so shaped ("terpadu") only keeps the words as written."""
    return re.fullmatch(r"(?:me|di|ber|ter)[a-z]{4,}", word) is not None


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether short's letters, a digit repeating the letter before it ("P2" for two Ps),
    are the initials of words in order, the last word's among them."""
    letters = ""
    for char in short.lower():
        letters += letters[-1:] * (int(char) - 1) if char.isdigit() else char
    initials = [w[0].lower() for w in words]
    if not letters or letters[-1] != initials[-1]:
        return False
    at = 0
    for letter in letters:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True
