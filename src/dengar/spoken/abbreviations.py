"""Abbreviations: "dll." -> "dan lain-lain", "Jl." -> "Jalan", "S.H." -> "es ha".

The table is ``dengar/data/abbreviations.toml``. An abbreviation's period is not a full stop:
it is dropped, unless the abbreviation may close a sentence ("dll.") and does (the text ends
there or a capital letter follows), so espeak-ng does not pause mid-sentence.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dengar import speech
from dengar.patterns import alternation
from dengar.spoken.data import table

_NAME = re.compile(r"\s*[A-Z]")  # "H. Muhammad", and glued: "H.Muhammad"
# An initial's name goes on in two capitalised words: "M. Ari Wibowo".
_FULL_NAME = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]")
_TITLED = re.compile(r"\s+(?:[A-Z]|drg?\.?\s)")
_NUMBER = re.compile(r"\s*\d")
_YEAR = re.compile(r"\s+(?:19|20)\d\d(?!\d)")
_LAW = re.compile(r"\s+(?:[Pp]asal|UU|[Uu]ndang|Perpu|Perppu|PP|KUHP)\b")
_NEXT_SENTENCE = re.compile(r"\s+[\"“(]?[A-Z]|\s*$")
_AFTER_NAME = re.compile(r"[A-Z][\w-]*\s+$")
_AFTER_NUMBER = re.compile(r"\d\s*$")
_LAST_WORD = re.compile(r"(\S*)\s*$")
# "BEM KM Unmul": after another acronym, "KM" is part of a body's name, not a ship's mark.
_AFTER_ACRONYM = re.compile(r"\b[A-Z]{2,}\s+$")


@cache
def _pattern() -> re.Pattern[str]:
    keys = alternation(table("abbreviations")["abbreviations"])
    # a key ending in a period may touch the number it introduces: "Km.16", "No.5"
    # ... and a word's short form or a title may touch the name it heads: "Kab.Kupang",
    # "Kec.Oebobo", "H.Muhammad"
    return re.compile(
        rf"(?<![\w.])(?:{keys})(?:(?![\w])|(?<=\.)(?=\d)|(?<=[A-Za-z]\.)(?=[A-Z][a-z]))")


# What may come before "H" for "Haji" without its period: the start, a mark, or a word that
# introduces a person.
_PILGRIM_BEFORE = re.compile(
    r"(?:^|[,(:;\"“]|\b(?:kata|ujar|oleh|dari|bersama|yakni|yaitu|adalah|Bapak|Pak|bapak|pak"
    r"|Ibu|ibu|almarhum|Almarhum))\s*$")


_SPOKEN_BY = frozenset(speech.SAYING_VERBS) | {"menurut", "oleh", "bersama"}
_OPENERS = speech.SENTENCE_OPENERS | {"ia", "dia", "mereka", "kami", "saya", "beliau"}
# A greeting's next words: "Hi. Apa kabar?" is no pilgrim called Apa.
_GREETED = frozenset({"apa", "bagaimana", "selamat", "terima", "salam", "halo", "semua"})


def _after_name(before: str) -> bool:
    """Whether a capitalised word comes just before ("Budi H. Santoso"); a title in the
    table is not a name ("Prof Dr Ani": "Dr" is a title too)."""
    match = _AFTER_NAME.search(before)
    if not match:
        return False
    word = match[0].strip()
    if word.lower() in _SPOKEN_BY and _opens_sentence(before[:match.start()]):
        return False  # "Kata H.Muhammad": a sentence's speech verb, not a name
    titles = table("abbreviations")["abbreviations"]
    return word not in titles and word + "." not in titles


def _fits(rule: dict[str, Any], before: str, after: str) -> bool:
    """Whether the context allows expanding: a title before a name, "No." before a number."""
    context = rule.get("before")
    if context == "name":  # "Hi. Agus"; not "Hi. Saya …", a greeting before a sentence
        return (bool(_NAME.match(after)) and not _after_name(before)
                and after.split()[0].lower() not in _OPENERS | _GREETED)
    if context == "pilgrim":  # "kata H Rohman", "(H Rohman)"; not "grup H Liga Champions"
        return bool(_NAME.match(after)) and _PILGRIM_BEFORE.search(before) is not None
    if context == "initial":  # "Kepala BKSDA M. Ari Wibowo"; not "ukuran M. Ukuran L habis"
        introduced = (_PILGRIM_BEFORE.search(before) or _AFTER_NAME.search(before)
                      or _AFTER_ACRONYM.search(before))
        return bool(_FULL_NAME.match(after)) and introduced is not None
    if context == "title":  # "Tb Agus"; not "2 Tb Data", terabytes
        return bool(_TITLED.match(after)) and not _AFTER_NUMBER.search(before)
    if context == "number":  # "Blok C3 No. 15", "arah 2 KM 120": a number before is no matter
        # ... but "8 Km. 2 rumah" is a unit after its number, its period a stop
        return bool(_NUMBER.match(after)) and not (rule.get("unit")
                                                   and _AFTER_NUMBER.search(before))
    if context == "year":  # "TA 2024": a budget year
        return bool(_YEAR.match(after))
    if context == "law":  # "ayat (1) jo. Pasal 18"; not "Jo." as a name
        return bool(_LAW.match(after))
    return True


def _opens_sentence(before: str) -> bool:
    """Whether the text before ends a sentence: nothing, or a word closed by a stop that is no
    title's period ("Dr. Drh. Ani": "Dr." is a title, the next one no sentence's start)."""
    word = _LAST_WORD.search(before)[1].rstrip("\"”’)")
    if not word:
        return not before.strip()
    titles = table("abbreviations")["abbreviations"]
    return word[-1] in ".!?" and word not in titles and not re.fullmatch(r"[A-Z]\.", word)


def _closes_sentence(after: str) -> bool:
    """Whether an abbreviation's period is a stop: only when nothing or a known sentence opener
    follows ("Kombes Pol. Ia …"). A capitalised word after "PT." or "Plt." is the company's
    name or the office ("PT. Antam tersebut", "Plt. Kasatpol PP"), not a sentence's start."""
    following = after.split()[:1]
    return not following or following[0].lower() in _OPENERS


_NAME_AFTER = re.compile(r"\s+[A-Z](?![A-Z]+\b)")
_WORDS = re.compile(r"[^\W\d_]+")


def _names_ship(match: re.Match[str]) -> bool:
    """Whether "KM" before a capitalised word is a ship's mark ("penumpang KM Sinar Laut"):
    only in a text about ships, not after another acronym ("BEM KM Unmul"), "kapal", "oleh" or
    an office ("Ketua KM UGM"), and not before an acronym ("KM ITB")."""
    text = match.string
    if not _NAME_AFTER.match(text, match.end()) or _AFTER_ACRONYM.search(text, 0, match.start()):
        return False
    ships = table("abbreviations")["ship_names"]
    previous = _LAST_WORD.search(text, 0, match.start())[1].lower()
    if previous in ships["not_after"]:
        return False
    words = set(_WORDS.findall(text))
    return any(word in words or word.capitalize() in words for word in ships["ship_words"])


def _expand(match: re.Match[str]) -> str:
    text, token = match.string, match[0]
    rule = table("abbreviations")["abbreviations"][token]
    glued = text[match.end():match.end() + 1]
    if rule.get("ends") is True and glued.isupper():
        return f"{rule['spoken']}. "  # "gelar S.E.Kemudian": its stop typed against the next
    if rule.get("ends") is True and glued.isalpha():
        return token  # "dll.harga": a short form glued to a word, not one to expand
    if not _fits(rule, text[: match.start()], text[match.end():]):
        if "before_name" in rule and _names_ship(match):
            return rule["before_name"]  # "KM Sinar Bangun": a ship, "KM 34" a road's post
        return token
    spoken = rule["spoken"]
    before = text[: match.start()]
    if _said_in_full(spoken, before[-len(spoken) - 4:], text[match.end():][:len(spoken) + 4]):
        return token  # "MTD (Month to Date)", "(month-to-month, mtm)": said in full beside it
    if text[match.end():match.end() + 1].isalnum():
        spoken += " "  # "Km.16", "Kab.Kupang": the number or name is a word of its own
    if token[0].isupper() and _opens_sentence(before):
        spoken = spoken[0].upper() + spoken[1:]  # "No 31 adalah …" opens a sentence: "Nomor"
    if rule.get("ends") == "opener":
        return spoken + "." if _closes_sentence(text[match.end():]) else spoken
    if rule.get("ends") and token.endswith(".") and _NEXT_SENTENCE.match(text, match.end()):
        return spoken + "."
    return spoken


# A degree in capitals after a name, its period kept ("Budi, SE., MM. hadir"): no full stop
# when a comma or a lower-case word follows, since a sentence starts with a capital.
_DEGREE_PERIOD = re.compile(r"(?<=, )(?P<degree>[A-Z]{2,4})\.(?=,|\s+[a-z])")


# An initial typed against the name after it: "A.Zulqoini" is "A. Zulqoini", two words.
# Not a degree's short form closed by its own period ("M.Kom.", "S.Hut."): only a name is parted.
_GLUED_INITIAL = re.compile(r"(?<![\w.])(?P<initial>[A-Z]\.)(?=[A-Z][a-z]{2,}\b(?!\.))")


def _said_in_full(spoken: str, before: str, after: str) -> bool:
    """Whether the words an abbreviation stands for are written right beside it, hyphens for
    spaces: "(month-to-month, mtm)", "MTD (Month to Date)"."""
    def words(part: str) -> str:
        return " ".join(re.sub(r"[-(),]", " ", part).lower().split())
    return (words(before).endswith(words(spoken)) and before.rstrip().endswith((",", "(")) or (
        words(after).startswith(words(spoken)) and after.lstrip().startswith("(")))


# The words a single letter in brackets shortens after them: eras, and a quake's magnitude.
_LETTERED_WORDS = frozenset({"hijriah", "hijriyah", "masehi", "magnitudo"})
# A short form in brackets right after the word it shortens: "Penjabat (Pj) Gubernur",
# "1446 Hijriah (H)", "Pelaksana tugas (Plt)". Said once, in full.
_SHORT_FORM_AFTER = re.compile(
    r"(?P<words>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*\((?P<short>[A-Z][A-Za-z]{0,3})\.?\)")


def _shortens(short: str, words: str) -> bool:
    """Whether a short form stands for the words before it: by the table ("Plt" for
    "pelaksana tugas") or as letters, in order, of the last word, a capitalised one, its first
    letter first ("Pj" in "Penjabat"); one letter only after an era or a magnitude ("Hijriah
    (H)")."""
    rules = table("abbreviations")["abbreviations"]
    spoken = (rules.get(short) or rules.get(short + ".") or {}).get("spoken", "")
    if spoken and " ".join(words.lower().split()).endswith(spoken.lower()):
        return True
    if len(short) > 1 and short.isupper():
        return False  # "Ikatan Dokter Indonesia (IDI)": capitals name several words
    word = words.split()[-1]
    if len(short) == 1 and word.lower() not in _LETTERED_WORDS:
        return False  # "Regu Bravo (B)", "Ruang Mawar (M)": a label, not a short form
    letters = iter(word[1:].lower())
    return (len(word) > len(short) and word[0] == short[0]
            and all(letter in letters for letter in short[1:].lower()))


def drop_short_form_after_full(text: str) -> str:
    """Drop a bracketed short form said in full just before it: "Penjabat (Pj) Gubernur" ->
    "Penjabat Gubernur". "Badan Pusat Statistik (BPS)" stays, to teach the acronym."""
    return _SHORT_FORM_AFTER.sub(
        lambda m: m["words"] if _shortens(m["short"], m["words"]) else m[0], text)


def say_abbreviations(text: str) -> str:
    """Expand the abbreviations in the table, matched case-sensitively as whole tokens, and
    drop the period of a degree written in capitals after a name ("SE., MM."); part an initial
    glued to a name ("A.Zulqoini")."""
    text = drop_short_form_after_full(text)
    text = _GLUED_INITIAL.sub(r"\g<initial> ", _pattern().sub(_expand, text))
    while (dropped := _DEGREE_PERIOD.sub(r"\g<degree>", text)) != text:
        text = dropped
    return text
