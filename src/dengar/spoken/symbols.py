"""Symbols, web addresses and emoji.

- Square brackets become round ones: espeak-ng would take "[[...]]" for phonemes, which
  only a lexicon may insert.
- A web address, or a bare domain ("batmintalk.com"), is read as its domain, dots as
  "titik" ("https://www.kompas.com/a/1" -> "kompas titik com"); the path is dropped: a
  listener cannot use it and it takes long to say.
  An e-mail address is read whole, "@" as "et". A hashtag reads "tagar" and its words
  ("#PemiluDamai" -> "tagar Pemilu Damai"); an @mention loses its "@".
- Emoji and other pictographs are dropped.
- "&" -> "dan", "±" -> "kurang lebih", "×" -> "kali", "©" -> "hak cipta", a slash between
  names a short pause ("AFP / VNA" -> "AFP, VNA"), between lower-case words "atau"
  ("desa/kelurahan" -> "desa atau kelurahan"; "dan/atau" -> "dan atau"), a hyphen
  between letters and digits a space ("COVID-19"), a dash between words a comma, "|" and
  bullets a comma; "*", "^", "®" and "™" are dropped. Reduplication ("negara-negara") stays.
"""

from __future__ import annotations

import re

from dengar.spoken.data import table

_URL = re.compile(
    r"\b(?:https?://|www\.)(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)"
    r"(?:[/?#][^\s()<>\"“”]*[^\s()<>\"“”.,;:!?])?/?"
)
# A bare domain with a common ending: "batmintalk.com", "Serambinews.com", "detik.co.id".
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|id|info|news|tv|co))"
    r"(?:/[^\s()<>\"“”]*[^\s()<>\"“”.,;:!?])?(?![\w@/-]|\.\w)")
_EMAIL = re.compile(r"(?<![\w.+-])(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)")
_HASHTAG = re.compile(r"(?<![\w&])#(?P<tag>\w+)")
_MENTION = re.compile(r"(?<![\w.])@(?=\w)")
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\U000E0020-\U000E007F]+"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")
_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")
# "desa/kelurahan", "suami/istri": one or the other, "atau"; not a name's parts ("AFP/VNA").
_WORDS_OR = re.compile(r"(?<![\w/])(?P<first>[a-z]{2,})/(?P<second>[a-z]{2,})(?![\w/])")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])-(?=\d)|(?<=\d)-(?=[^\W\d_](?!n\b))")
_DASH = re.compile(r"\s+[–—-]\s+|\s*(?:—|-{2,3})\s*")  # "--", "---": a typed em dash
_SIGNS = (("&", " dan "), ("±", " kurang lebih "), ("×", " kali "))
# "© 2024 Kompas", "Copyright © 2024": the notice is said once, in Indonesian.
_COPYRIGHT = re.compile(r"(?:\b[Cc]opyright\s*)?©\s*")
# "Hak Cipta © 2024": the notice is written in words already; the sign adds nothing.
_WORDED_COPYRIGHT = re.compile(r"(?<=\b[Hh]ak [Cc]ipta)\s*©")
# Separators a page prints between items ("BANDUNG | Perum …", "• Harga"): a pause.
_SEPARATOR = re.compile(r"\s*[|¦•▪►◆■]\s*")
# A power between numbers or after a unit: "10^8", "km^2".
_POWER = re.compile(r"(?<=\w)\^(?=\w)")
# Marks nobody reads aloud: a footnote's "*", a stray "^"; between two words they part them.
# Trade marks ("Windows®", "Kopiko™") are not read either.
_SILENT_MARKS = re.compile(r"[*^®™]+")


# A "?" that stands for a lost space or soft hyphen (a page's encoding went wrong): at the start
# of a word after a space ("Bekasi, ?PT", "dengan ?kereta") or between two lower-case letters
# ("kapa?sitasnya"). A question ends a word: "Apa?", "kenapa?Karena" keep theirs.
_MOJIBAKE_MARK = re.compile(r"(?:(?<=\s)|^)\?(?=[^\W\d_])|(?<=[a-z])\?(?=[a-z])")


def drop_mojibake_marks(text: str) -> str:
    """Drop a "?" that stands for a lost space or soft hyphen: "dengan ?kereta" -> "dengan
    kereta", "kapa?sitasnya" -> "kapasitasnya"."""
    return _MOJIBAKE_MARK.sub("", text)


def neutralize_brackets(text: str) -> str:
    """Turn square brackets into round ones, so no text is taken for phonemes (and drop
    the private-use marks the lexicon step uses for its phonemes)."""
    return text.replace("[", "(").replace("]", ")").replace("\ue000", "").replace("\ue001", "")


def _domain(host: str) -> str:
    return " titik ".join(host.lower().split("."))


def say_addresses(text: str) -> str:
    """Read web addresses as their domain, e-mail addresses whole, hashtags as "tagar ..."."""
    text = _EMAIL.sub(lambda m: f"{_domain(m['user'])} et {_domain(m['host'])}", text)
    text = _URL.sub(lambda m: _domain(m["host"]), text)
    text = _BARE_DOMAIN.sub(lambda m: _domain(m["host"]), text)
    text = _HASHTAG.sub(lambda m: "tagar " + _CAMEL.sub(" ", m["tag"]), text)
    return _MENTION.sub("", text)


_H_DAY = re.compile(r"\bH\s?([-+])\s?(\d{1,2})\b(?![.,]\d)")


def drop_emoji(text: str) -> str:
    """Remove emoji, pictographs and the joiners and selectors that build them."""
    return _EMOJI.sub("", text)


def split_letters_from_digits(text: str) -> str:
    """ "COVID-19" -> "COVID 19", "F-16" -> "F 16" (but "50-an" stays for the decade step);
    days counted from a holiday are said as newsreaders do: "H-1" -> "H min 1", "H+7" -> "H
    plus 7"."""
    text = _H_DAY.sub(lambda m: f"H {'min' if m[1] == '-' else 'plus'} {m[2]}", text)
    return _LETTER_DIGIT.sub(" ", text)


def _between_words(match: re.Match[str]) -> bool:
    text = match.string
    return (match.start() > 0 and text[match.start() - 1].isalnum()
            and match.end() < len(text) and text[match.end()].isalnum())


def _either(match: re.Match[str]) -> str:
    """ "desa/kelurahan" -> "desa atau kelurahan"; a unit's slash ("km/jam") is "per" or left."""
    units = table("units")
    counted = {*units["units"], *units["per"]["words"]}
    if match["first"] in counted or match["second"] in counted:
        return match[0]
    if match["second"] == "atau":
        return f"{match['first']} atau"  # "dan/atau": "dan atau"
    return f"{match['first']} atau {match['second']}"


def say_either(text: str) -> str:
    """ "desa/kelurahan" -> "desa atau kelurahan": a slash between two lower-case words
    as written (before numbers become words) offers one or the other."""
    return _WORDS_OR.sub(_either, text)


def say_symbols(text: str) -> str:
    """Say "&", "±", "×", "©" ("hak cipta") and a power ("10^8": "pangkat"); make slashes and
    dashes between words, "|" and bullets pauses; drop "*", "^", "®" and "™" (a space where
    they join two words)."""
    text = _WORDED_COPYRIGHT.sub("", text.replace("dan/atau", "dan atau"))
    text = _COPYRIGHT.sub(" hak cipta ", text)
    text = _SLASH.sub(", ", text)
    text = _DASH.sub(", ", text)
    for sign, words in _SIGNS:
        text = text.replace(sign, words)
    text = _POWER.sub(" pangkat ", _SEPARATOR.sub(", ", text))
    text = _SILENT_MARKS.sub(lambda m: " " if _between_words(m) else "", text)
    return re.sub(r" {2,}", " ", text)
