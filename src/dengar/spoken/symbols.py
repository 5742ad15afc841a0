"""Symbols, web addresses and emoji.

- Square brackets become round ones: espeak-ng would take "[[...]]" for phonemes, which
  only a lexicon may insert.
- A web address, or a bare domain ("batmintalk.com"), is read as its domain, dots as
  "titik" ("https://www.kompas.com/a/1" -> "kompas titik com"); the path is dropped: a
  listener cannot use it and it takes long to say. An account's name on a social or messaging
  site is said, for a listener can look it up ("https://t.me/InaTEWS_BMKG").
  An e-mail address is read whole, "@" as "et". A hashtag reads "tagar" and its words
  ("#PemiluDamai" -> "tagar Pemilu Damai"); an @mention loses its "@" and is split into its
  words ("@infoBMKG" -> "info BMKG"), a dot in it said ("@info.jakarta" -> "info titik
  jakarta").
- Emoji and other pictographs are dropped.
- "&" -> "dan", "±" -> "kurang lebih", "×" -> "kali", "©" -> "hak cipta", a slash between
  words a short pause ("AFP / VNA" -> "AFP, VNA", "dolar/barel" -> "dolar, barel": it may
  mean "per" as often as "atau"; "dan/atau" -> "dan atau"), a hyphen
  between letters and digits a space ("COVID-19"), a dash between words a comma, "|" and
  bullets a comma; "*", "^", "®" and "™" are dropped. Reduplication ("negara-negara") stays.
"""

from __future__ import annotations

import re

_URL = re.compile(
    r"\b(?:https?://|www\.)(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)"
    r"(?P<path>[/?#][^\s()<>\"“”]*[^\s()<>\"“”.,;:!?])?/?"
)
# An account or channel on a social or messaging site is its name, which a listener can look
# up: "https://t.me/InaTEWS_BMKG" -> "t titik me garis miring InaTEWS garis bawah BMKG".
_ACCOUNT_HOSTS = frozenset({"t.me", "instagram.com", "twitter.com", "x.com", "facebook.com",
                            "tiktok.com", "youtube.com"})
_ACCOUNT = re.compile(r"/@?(?P<name>[A-Za-z][A-Za-z0-9_.]{1,29}?)/?")
# A bare domain with a common ending: "batmintalk.com", "Serambinews.com", "detik.co.id".
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|id|info|news|tv|co))"
    r"(?:/[^\s()<>\"“”]*[^\s()<>\"“”.,;:!?])?(?![\w@/-]|\.\w)")
# The same in capitals, as a credit or a dateline prints it ("SWARNANEWS.CO.ID, PALEMBANG",
# "TRIBUNPONTIANAK.CO.ID/FOTOGRAFER"): whatever follows a slash is a name, and is kept.
_CAPITAL_DOMAIN = re.compile(
    r"(?<![\w@./-])(?P<host>[A-Z][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:COM|NET|ORG|ID|INFO|NEWS|TV|CO))"
    r"(?![\w@]|-(?!-)|\.\w)")
_EMAIL = re.compile(r"(?<![\w.+-])(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)")
_HASHTAG = re.compile(r"(?<![\w&])#(?P<tag>\w+)")
_MENTION = re.compile(r"(?<![\w.])@(?P<name>\w+(?:\.[a-z0-9_]+)*)(?P<bracket>\))?")
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\U000E0020-\U000E007F]+"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")
_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")
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
# ("kapa?sitasnya"). A question ends a word: "Apa?", "kenapa?Karena" keep theirs, and so does
# a question word's ("mengapa?harga", "benarkah ?Tidak"): the space goes after the mark.
_MOJIBAKE_MARK = re.compile(
    r"(?P<word>[^\W\d_]+)?(?P<space>\s)?(?:(?<=\s)|^|(?<=[a-z]))\?(?=[^\W\d_])")
_QUESTION_WORDS = frozenset({"apa", "mengapa", "kenapa", "bagaimana", "siapa", "kapan", "dimana",
                             "mana", "berapa"})


def _asks(word: str) -> bool:
    word = word.lower()
    return word in _QUESTION_WORDS or (word.endswith("kah") and len(word) > 4)


def _dropped_mark(match: re.Match[str]) -> str:
    word, space = match["word"] or "", match["space"] or ""
    after_space = bool(space) or match.start() == 0 and not word
    if not after_space and not (word[-1:].islower() and match.string[match.end()].islower()):
        return match[0]  # "kenapa?Karena": a question before a new sentence
    if _asks(word):
        return f"{word}? "  # "mengapa?harga", "benarkah ?Tidak": a question, then a space
    return word + space


def drop_mojibake_marks(text: str) -> str:
    """Drop a "?" that stands for a lost space or soft hyphen: "dengan ?kereta" -> "dengan
    kereta", "kapa?sitasnya" -> "kapasitasnya"; after a question word it stays a question
    ("mengapa?harga" -> "mengapa? harga")."""
    return _MOJIBAKE_MARK.sub(_dropped_mark, text)


def neutralize_brackets(text: str) -> str:
    """Turn square brackets into round ones, so no text is taken for phonemes (and drop
    the private-use marks the lexicon step uses for its phonemes)."""
    return text.replace("[", "(").replace("]", ")").replace("\ue000", "").replace("\ue001", "")


def _domain(host: str) -> str:
    return " titik ".join(host.lower().split("."))


def _spoken_url(match: re.Match[str]) -> str:
    """A web address as its domain; an account's address on a social site with its name."""
    host = match["host"].lower()
    account = _ACCOUNT.fullmatch(match["path"] or "")
    if host not in _ACCOUNT_HOSTS or not account:
        return _domain(match["host"])
    return f"{_domain(host)} garis miring {account['name'].replace('_', ' garis bawah ')}"


def _spoken_mention(match: re.Match[str]) -> str:
    """An @mention's words, its "@" dropped ("@infoBMKG" -> "info BMKG"); a closing bracket
    typed after it with none open before is dropped too."""
    name = _CAMEL.sub(" ", match["name"]).replace("_", " ")  # "@info_bmkg": "info bmkg"
    # "@jakarta.terkini": a dot inside an account's name, which is in lower case ("@info.Dia"
    # is an account and a sentence typed against it)
    name = name.replace(".", " titik ")
    stray = match["bracket"] and match.string.count("(", 0, match.start()) <= match.string.count(
        ")", 0, match.start())
    return name + ("" if stray else match["bracket"] or "")


def say_addresses(text: str) -> str:
    """Read web addresses as their domain, e-mail addresses whole, hashtags as "tagar ..."."""
    text = _EMAIL.sub(lambda m: f"{_domain(m['user'])} et {_domain(m['host'])}", text)
    text = _URL.sub(_spoken_url, text)
    text = _BARE_DOMAIN.sub(lambda m: _domain(m["host"]), text)
    text = _CAPITAL_DOMAIN.sub(lambda m: _domain(m["host"]), text)
    text = _HASHTAG.sub(lambda m: "tagar " + _CAMEL.sub(" ", m["tag"]), text)
    return _MENTION.sub(_spoken_mention, text)


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
