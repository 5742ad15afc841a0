"""Ordinals: "ke-2" -> "kedua", "abad ke-21" -> "abad kedua puluh satu", and Roman numerals
in names and positions: "Perang Dunia II" -> "Perang Dunia kedua", "Paus Leo XIV" -> "Paus Leo
keempat belas".

A Roman numeral is read only where it is one for sure: two letters or more after a
capitalised word ("Leo XIV", "Dunia II") or after a keyword such as "abad", or one letter
after a keyword ("Perang Dunia I"). It is a cardinal after a class's word ("Kelas II"), an
acronym ("PTPN III") or a numbered body, place or office ("Angkasa Pura II", "Jalan Mawar
III"). Only I, V and X count (up to 39): "DI", "CD", "MIX" or a lone "I", "C", "D", "V" are
words or letters, not numbers.
"""

from __future__ import annotations

import re
from functools import cache

from dengar import speech
from dengar.patterns import alternation
from dengar.spoken.data import table
from dengar.spoken.numbers import NUMBER, cardinal, number_value, ordinal

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN = r"X{0,3}(?:IX|IV|V?I{0,3})"
_KE = re.compile(rf"\b([Kk])e-({NUMBER})(?!\d)")
# "kegiatan ke -7 kalinya": a stray space before the hyphen; "turun ke -5 derajat" is a
# minus, so only a word that measures nothing may follow.
_KE_SPACED = re.compile(r"\b([Kk])e\s-(\d{1,4})(?![\d.,]?\d)(?=\s+(?P<next>[^\W\d_]+))")
# A value falls or rises to a number: "turun ke -2", "naik ke -1"; then the dash is a minus.
_CHANGE_VERBS = frozenset({"turun", "naik", "anjlok", "merosot", "menurun", "meningkat",
                           "menjadi", "jadi", "mencapai", "hingga", "sampai", "menuju"})
_KE_ROMAN = re.compile(r"\b([Kk])e-([IVX]+)(?![\w-])")


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral of I, V and X up to 39; None if it is not one."""
    if not numeral or not re.fullmatch(_ROMAN, numeral):
        return None
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if v < n else v for v, n in zip(values, [*values[1:], 0], strict=True))
    return total or None


def _spoken_ke(match: re.Match[str]) -> str:
    value = number_value(match[2])
    if value is None or value != int(value) or value > 10**15:
        return match[0]
    word = ordinal(int(value))
    return word.capitalize() if match[1] == "K" else word


def _spoken_ke_roman(match: re.Match[str]) -> str:
    value = roman_value(match[2])
    if value is None:
        return match[0]
    word = ordinal(value)
    return word.capitalize() if match[1] == "K" else word


def _spoken_ke_spaced(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()[-1:]
    moved = bool(before) and before[0].lower() in _CHANGE_VERBS
    if match["next"].lower() not in ("kali", "kalinya") and (moved or _is_measure(match["next"])):
        return match[0]  # "turun ke -2 pada Senin", "ke -5 derajat": a minus
    word = ordinal(int(match[2]))
    return word.capitalize() if match[1] == "K" else word


def _is_measure(word: str) -> bool:
    units = table("units")
    measures = {*units["units"], *units["units"].values(), "derajat", "persen", "poin"}
    return word in measures or word.lower() in measures


def say_ke_ordinals(text: str) -> str:
    """ "ke-2" -> "kedua", "ke-1" -> "pertama", "Ke-100" -> "Keseratus", and a Roman numeral
    after "ke-" alike: "ke-XXVI" -> "kedua puluh enam"; "ke -7 kalinya" (a stray space) is
    "ketujuh kalinya", but "turun ke -5 derajat" and "turun ke -2 pada Senin" stay a minus."""
    text = _KE_SPACED.sub(_spoken_ke_spaced, text)
    return _KE_ROMAN.sub(_spoken_ke_roman, _KE.sub(_spoken_ke, text))


# A closing bracket may come between: "Pekan Olahraga Nasional (PON) XXI".
# Numerals listed after the first are read alike: "Desa Sumberejo I dan II" ("satu dan dua"),
# "Perang Dunia I dan II"; a lone "I" before a capitalised word opens a Balinese name.
_AFTER_WORD = re.compile(
    r"\b(?P<word>[A-Za-z]+)(?P<bracket>\))?\s(?P<numeral>[IVX]+)(?P<subclass>[AB])?(?![\w-])"
    r"(?P<listed>(?:(?:\s?,\s?|,?\s(?:dan|atau|hingga|sampai)\s)X{0,3}(?:IX|IV|VI{0,3}|I{1,3})"
    r"(?![\w-])(?!(?<=\bI)\s+[A-Z][a-z]))*)")
_LISTED_ROMAN = re.compile(r"\b[IVX]+\b")
# The capitalised words of a name just before a numeral ("KM Kirana", "Paus Leo").
_NAME_WORDS = re.compile(r"(?:\b[A-Z][A-Za-z]*\s+)*$")


# "Rektor I Nyoman Gde Antara": a Balinese name's "I" after an office is no numeral ("Gde" is
# another spelling of "Gede").
_BALINESE_NAME = re.compile(r"\s+(?P<name>[A-Z][a-z]+)\b")
_BALINESE_NAMES = speech.BALINESE_NAMES | {"gde"}


def _opens_balinese_name(match: re.Match[str]) -> bool:
    following = _BALINESE_NAME.match(match.string, match.end())
    return (match["numeral"] == "I" and following is not None
            and following["name"].lower() in _BALINESE_NAMES)


def _spoken_roman(match: re.Match[str]) -> str:
    """The numeral after a word, and any listed after it, said the same way."""
    said = _spoken_first_roman(match)
    listed = match["listed"]
    if not listed:
        return said
    first = match[0][: len(match[0]) - len(listed)]
    if said in (first, match[0]):
        return match[0]  # the first left as written ("pelayanan III dan IV"): the list too
    last = said.rsplit(" ", 1)[-1]
    say = ordinal if last == "pertama" or last.startswith("ke") else cardinal
    return said + _LISTED_ROMAN.sub(lambda m: say(roman_value(m[0]) or 0), listed)


def _spoken_first_roman(match: re.Match[str]) -> str:
    word, numeral, subclass = match["word"], match["numeral"], match["subclass"]
    if not subclass and _opens_balinese_name(match):
        return match[0]
    calendar = table("calendar")["calendar"]
    value = roman_value(numeral)
    said = f"{word}{match['bracket'] or ''} "
    if word.lower() in calendar["roman_cardinal_keywords"]:
        return said + cardinal(value) + (f" {subclass}" if subclass else "") if value \
            else match[0]
    if subclass or not value:
        return match[0]
    if word in calendar["roman_keywords"] or _is_dynasty(match, word):
        return said + ordinal(value)
    if match["bracket"]:
        return match[0]
    if word.isupper() and _IN_REFERENCE.search(match.string, 0, match.start()):
        return match[0]  # a reference number's piece: "12/PUU-XX/2022"
    name_run = _name_run(match, word)
    if _is_numbered_body(name_run, word, numeral):
        return said + cardinal(value)
    # a ruler's number after a name ("Paus Leo XIV", "Leo XIV") is a place in a line, and so
    # is an event's edition after its acronym ("Muktamar NU XXXIV", "Rakernas PDIP II")
    name = word[0].isupper() and word[1:].islower() and len(numeral) >= 2
    edition = word.isupper() and _is_ordered(name_run)
    return said + ordinal(value) if name or edition else match[0]


def _name_run(match: re.Match[str], word: str) -> list[str]:
    """The capitalised words of the name the numeral closes, its last word included."""
    return [*_NAME_WORDS.search(match.string, 0, match.start())[0].split(), word]


def _is_ordered(name_run: list[str]) -> bool:
    """Whether a ruler's title or an event's word in the name makes its numeral a place in a
    line ("Paus Leo XIV", "Muktamar NU XXXIV", "Pekan Olahraga Nasional XX" like "PON XX")."""
    calendar = table("calendar")["calendar"]
    ordered = {*calendar["regnal_titles"], *calendar["roman_keywords"], "Pekan"}
    return any(part in ordered for part in name_run)


def _is_dynasty(match: re.Match[str], word: str) -> bool:
    """Whether the word before the numeral names a dynasty, whose number is an ordinal even as
    one letter: "Hamengku Buwono X", "HB X", "Paku Alam X", "Pakubuwono XIII"."""
    dynasties = table("calendar")["calendar"]["dynasties"]
    return word in dynasties or (word == "Alam" and match.string[: match.start()].endswith("Paku "))


def _is_numbered_body(name_run: list[str], word: str, numeral: str) -> bool:
    """Whether the numeral numbers a company, a ship, a unit, a place or an office rather than
    an edition or a ruler: after an acronym ("AP II", "PTPN III"; not a masked "PT X") or after
    a name holding a numbered body's word ("Angkasa Pura II", "KM Kirana I", "Jalan Kebon Jeruk
    III", "Wakil Ketua Umum I"), unless a ruler's title or an event's word is in the name too
    ("Muktamar NU XXXIV"). A lone "V" or "X" is a letter ("Tipe V")."""
    if numeral in ("V", "X") or _is_ordered(name_run):
        return False
    if word.isupper() and len(word) >= 2:
        return word not in _NOT_BODIES
    if not (word[0].isupper() and word[1:].islower()):
        return False
    run = f" {' '.join(name_run)} "
    calendar = table("calendar")["calendar"]
    schools = [i for i, part in enumerate(name_run) if part in calendar["numbered_schools"]]
    return any(f" {body} " in run for body in calendar["numbered_bodies"]) or (
        bool(schools) and schools[0] <= 1)


# Acronyms a numeral after which is not a body's number: a masked company ("PT XX"), "OK I".
_NOT_BODIES = frozenset({"PT", "OK"})
# A reference number's piece, said by then: "12/PUU-XX/2022" ("dua belas garis miring PUU XX").
_IN_REFERENCE = re.compile(r"garis miring\s+$")


# An intensity on the MMI scale ("IV MMI", "(IV-V MMI)", "III-IV MMI") and a volcano's hazard
# zone ("KRB I", "(KRB) III", "Kawasan Rawan Bencana I dan II") are counted, not ranked.
_NUMERAL = r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})"
_MMI_INTENSITY = re.compile(
    rf"(?<![\w-])(?P<low>{_NUMERAL})(?:\s?[-–]\s?(?P<high>{_NUMERAL}))?(?=\s?MMI\b)")
_HAZARD_ZONE = re.compile(
    r"(?P<zone>\b(?:KRB|[Kk]awasan\s[Rr]awan\s[Bb]encana(?:\s\(KRB\))?)\)?\s)"
    # A lone "I" joined on opens a Balinese name when a capitalised word follows: "KRB III,
    # I Nyoman"; "KRB II dan III Merapi" is a list of zones.
    rf"(?P<numerals>{_NUMERAL}(?:(?:\s?[,/-]\s?|\s(?:dan|atau|hingga|sampai)\s){_NUMERAL}"
    r"(?![\w-])(?!(?<=\bI)\s+[A-Z][a-z]))*)"
    r"(?![\w-])")
_LISTED_NUMERAL = re.compile(rf"\b{_NUMERAL}\b")


# Numerals listed after a class's or a level's word ("kelas I dan II", "Level III/IV",
# "golongan II-IV") are counted like the first: "kelas satu dan dua", "level tiga dan empat"
# (a slash joins levels that apply together, as in "KRB II/III"). One numeral alone is left to
# say_roman, which also knows "Rektor I Nyoman".
@cache
def _cardinal_list_pattern() -> re.Pattern[str]:
    keywords = alternation(table("calendar")["calendar"]["roman_cardinal_keywords"])
    return re.compile(
        rf"(?P<zone>\b(?i:{keywords})\s)"
        rf"(?P<numerals>{_NUMERAL}(?:(?:\s?[,/-]\s?|,?\s(?:dan|atau|hingga|sampai)\s){_NUMERAL}"
        r"(?![\w-])(?!(?<=\bI)\s+[A-Z][a-z]))+)(?![\w-])")


def _cardinal_numeral(numeral: str) -> str:
    value = roman_value(numeral)
    return cardinal(value) if value else numeral


def _spoken_intensity(match: re.Match[str]) -> str:
    low = _cardinal_numeral(match["low"])
    return low + (f" sampai {_cardinal_numeral(match['high'])}" if match["high"] else "")


def _spoken_zone(match: re.Match[str]) -> str:
    numerals = _LISTED_NUMERAL.sub(lambda m: _cardinal_numeral(m[0]), match["numerals"])
    return match["zone"] + numerals.replace("-", " sampai ").replace("/", " dan ")


def say_scale_numerals(text: str) -> str:
    """ "IV MMI" -> "empat MMI", "III-IV MMI" -> "tiga sampai empat MMI", "KRB III" -> "KRB
    tiga", "Kawasan Rawan Bencana I dan II" -> "Kawasan Rawan Bencana satu dan dua": an
    earthquake's intensity and a volcano's hazard zone are cardinals, even after a place's name
    ("Blitar IV MMI")."""
    text = _cardinal_list_pattern().sub(_spoken_zone, text)
    return _HAZARD_ZONE.sub(_spoken_zone, _MMI_INTENSITY.sub(_spoken_intensity, text))


def say_roman(text: str) -> str:
    """Read Roman numerals after names and keywords as ordinals."""
    return _AFTER_WORD.sub(_spoken_roman, text)
