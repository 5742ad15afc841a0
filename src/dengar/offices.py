"""Who holds an office the article names: "kata Bupati" after "Bupati Garut Rudi Hartono".

An article introduces a person with their office ("Kepala Desa Sukamaju, Rudi Hartono") and
then may call them by the office alone ("ujar Kades", "Pak Kepsek mengatakan"). The office
words are compared in full, short forms spelled out ("Kades" is "kepala desa"): the office
said must open the one written, and a different office must not go on from there
("Presiden" is not the "Presiden Direktur" of a company).
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.names import is_person, key, without_brackets
from dengar.speakername import NAME_RUN_RE, PREVIOUS, clean_speaker, is_police_unit

# Words that address the holder, said before the office: "Pak Kepsek", "Bu Camat".
_ADDRESS_WORDS = frozenset({"pak", "bu", "bapak", "ibu", "sang"})
# A dateline's dash ends the place before the office: "Sukamaju – Kapolres Sukamaju, Budi".
_CLAUSE_START_RE = re.compile(r"[.!?;:\n]|\s[–—-]\s")
# "Komisaris Besar": a rank spelled out, whose "Besar" is no office of its own.
_RANK_WORDS = speech.RANKS | {"besar"}
_BRACKETED_RE = re.compile(r"\([^()\d]{2,}\)")
_COMMA_RE = re.compile(r"\s*,\s*")


def spelled_out(words: list[str]) -> list[str]:
    """Office words in lower case with short forms spelled out: "Kades" -> "kepala desa"."""
    out: list[str] = []
    for word in words:
        low = key(word).rstrip(".")
        out += speech.OFFICE_SHORT_FORMS.get(low, low).split()
    return out


# Offices news calls by another name: "sambung Kepala Negara" is the president named before.
_OFFICE_SYNONYMS = {("kepala", "negara"): ["presiden"]}


_MINISTERS = frozenset({"menteri", "menko"})


def is_office_alone(speaker: str) -> bool:
    """Whether a speaker is an office without a name: "Bupati", "Pak Kepsek"."""
    words = speaker.split()
    if tuple(key(w) for w in words) in _OFFICE_SYNONYMS:
        return True
    if len(words) == 2 and key(words[0]) in _MINISTERS and (
            key(words[1]) in speech.TITLE_QUALIFIERS):
        # "Menko Polhukam", "Menteri Keuangan": a minister and the portfolio; "Ketua Umum"
        # or "Kepala Desa" alone is any of the holders an article may name, past and present.
        return True
    return bool(words) and all(
        key(w) in speech.TITLE_WORDS or (i and is_police_unit(words[i - 1], w))
        for i, w in enumerate(words)) and any(key(w) not in _ADDRESS_WORDS for w in words)


def office_holders(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The (office words, person) pairs text introduces: the office opening the run before a
    name ("Bupati Garut Drs. H. Rudi Hartono") or the clause set off before it by a comma
    ("Kepala Sekolah Dasar Negeri 3 Sukamaju, Rudi Hartono")."""
    found = []
    # A bracketed short form inside the office ("Kabupaten Tanjung Jabung Barat
    # (Tanjabbar) Rahmat") is blanked out, keeping every position.
    blanked = _BRACKETED_RE.sub(lambda m: " " * len(m.group()), text)
    for run in NAME_RUN_RE.finditer(blanked):
        name = clean_speaker(run.group())
        if not name or name == PREVIOUS or not is_person(name):
            continue
        if _holder_after_comma(blanked, run.end()):
            continue  # "Kades Sukamaju, Rudi": the words before the comma are the office
        office = _office_before(blanked, run, name)
        if office:
            found.append((tuple(office), name))
    return found


def _holder_after_comma(text: str, end: int) -> bool:
    """Whether a person's name follows the run set off by a comma: "Kades Sukamaju, Rudi";
    a day there ("Bupati Garut Rudi Hartono, Kamis") is no holder."""
    comma = _COMMA_RE.match(text, end)
    after = NAME_RUN_RE.match(text, comma.end()) if comma else None
    name = clean_speaker(after.group()) if after else None
    return bool(name) and name != PREVIOUS and is_person(name)


_FORMER = frozenset({"mantan", "eks", "bekas", "sebelumnya", "terdahulu"})
_FORMER_BEFORE_RE = re.compile(r"\b(?:[Mm]antan|[Ee]ks|[Bb]ekas)\s+$")


def _office_before(text: str, run: re.Match[str], name: str) -> list[str]:
    """The spelled-out office words before name, when an office opens them; else []."""
    at = run.group().find(name)
    # "AKP. Vino": a rank may be written with its stop
    ranked = at > 0 and all(key(w).rstrip(".") in _RANK_WORDS for w in run.group()[:at].split())
    if at > 0 and not ranked:
        words = without_brackets(run.group()[:at]).split()
    elif (at == 0 or ranked) and _without_title_abbreviations(text[: run.start()]).endswith(","):
        # "Kepala Sekolah …, Rudi" and "Kapolsek Petir, AKP Priyanto": a rank is no office
        head = _without_title_abbreviations(text[: run.start()])[:-1]
        clause = _CLAUSE_START_RE.split(head)[-1].split(",")[-1]
        words = without_brackets(clause).split()
    else:
        return []
    if not words or not words[0][:1].isupper() or key(words[0]) in _ADDRESS_WORDS:
        return []
    # A former holder ("mantan Ketua Umum X", "Menteri Keuangan periode sebelumnya, X") is not
    # who the office said alone means now.
    if {key(w) for w in words} & _FORMER or _FORMER_BEFORE_RE.search(text, 0, run.start()):
        return []
    return spelled_out(words) if key(words[0]) in speech.TITLE_WORDS else []


# Titles written short before a name, outside its run: "Direktur Utama, dr. Titin".
_TITLE_ABBREVIATIONS = frozenset(
    h for h in speech.HONORIFICS if h.endswith(".") or f"{h}." in speech.HONORIFICS)


def _without_title_abbreviations(head: str) -> str:
    """The text before a name without the short titles that end it: "Dirut, dr." -> "Dirut,"."""
    words = head.rstrip().split(" ")
    while len(words) > 1 and key(words[-1]) in _TITLE_ABBREVIATIONS:
        words.pop()
    return " ".join(words).rstrip()


def holder(speaker: str, offices: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    """The latest person introduced with the office speaker names, else None."""
    words = [w for w in speaker.split() if key(w) not in _ADDRESS_WORDS]
    said = _OFFICE_SYNONYMS.get(tuple(key(w) for w in words)) or spelled_out(words)
    for office, name in reversed(offices):
        rest = office[len(said):]
        if list(office[: len(said)]) == said and not (rest and rest[0] in speech.TITLE_WORDS):
            return name
    return None


_TOP_HEADS = frozenset({"bupati", "gubernur", "wali", "walikota"})


def holder_of_place(word: str, offices: tuple[tuple[tuple[str, ...], str], ...]) -> str | None:
    """The latest person introduced with an office of the one place word names, else None:
    "kata Bupati Sukamaju" reads as the speaker "Sukamaju", who is the "Bupati Sukamaju, Rina
    Sari" introduced before, not a "Sukamaju Smart City" the article also names. Only an
    office that heads a region and ends with the word counts: "Pelatih Persija, Budi" makes
    no speaker "Persija" Budi, as a club may speak for itself."""
    low = key(word)
    held = [(office[0], name) for office, name in offices
            if len(office) > 1 and office[-1] == low and office[0] in speech.REGION_HEADS]
    # The attribution's own office is gone from the word: only when the article introduced
    # one head of that place, its bupati, mayor or governor, is he surely the one meant;
    # "Camat Sukamaju, Budi" is no "Bupati Sukamaju", nor is either when both were named.
    if len({head for head, _ in held}) != 1 or held[0][0] not in _TOP_HEADS:
        return None
    return held[-1][1]
