"""What a run of capitalised words is: a person's name, a place, a day, an organisation.

Predicates and clean-ups over the words of a name, with their data in ``speech``. A speaker's
name is the person alone: honorifics, ranks and academic degrees are not said, and neither is
the organisation or office written in front of the name.
"""

from __future__ import annotations

import re

from dengar import balinese, speech

# An academic or professional degree after a name: "S.H.", "M.Si", "SpPD-KEMD", "PhD", "MBA".
_DEGREE_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]{0,2}\.)+[A-Za-z]*\.?|Sp[A-Z][\w.-]*|[A-Z][a-z]?[A-Z][A-Za-z]{0,2}"
    r"|[A-Z]{2,4}(?:-[A-Z]+)?)$"
)
# A degree written with a space for its stop ("M Si", "S Pd"): its level, then its field.
_DEGREE_LEVELS = frozenset({"M", "S", "A"})
_SPACED_DEGREE_ENDS = frozenset({
    "si", "pd", "hum", "kes", "kom", "sos", "ag", "ikom", "ked", "psi", "sn", "kep", "farm",
    "ak", "hut", "pt", "sc", "ip", "ap",
})
# A degree written with a comma for its stop ("S,Hut", "M,Si", "S,H"): its level, a comma
# and its field, no space between; never a list's "A, B".
_COMMA_DEGREE_FIELDS = "|".join(sorted(_SPACED_DEGREE_ENDS | {"h", "e", "t", "m", "p"}))
COMMA_DEGREE = rf"[SMAD],(?i:{_COMMA_DEGREE_FIELDS})\b"
_COMMA_DEGREE_RE = re.compile(COMMA_DEGREE)
# Capitals after a name that are part of it: "Mahfud MD".
NAME_CAPITALS = frozenset({"MD"})
# The letters a degree's capitals open with, its level: Sarjana, Magister, Doktor, Ahli,
# Bachelor, PhD, LLM, a certificate ("SH", "MM", "DEA", "AMd", "BA", "LLM", "CPA"). Two
# capitals opening with another letter are the name's own initials: "Halendra YW".
_DEGREE_LEVEL_LETTERS = frozenset("SMDABPLC")
PREFIX_MIN_CHARS = 4  # "Wisman" may stand for "Wismandari Wisnu"; "Wis" may not
_PAREN_RE = re.compile(r"\([^()]*\)")
_MARKERS = speech.HONORIFICS | speech.RANKS | speech.ORGANISATION_WORDS
_PLACE_PREPOSITIONS = frozenset({"di", "dari", "ke"})  # "Di Taipei, …" is where, not who
_NOT_A_PERSON = speech.DAYS | speech.MONTH_NAMES | speech.PLACE_WORDS
# Two initials between a first name and a surname: "Retno LP Marsudi"; never a Roman numeral
# ("Kodam IV Diponegoro") nor an honorific ("Bupati Cianjur HM Herman").
_TWO_INITIALS_RE = re.compile(r"(?![IVXL]{2}$)[A-Z]{2}")
# Two capitals that name a club, a station, a country or a company: "Arema FC", "Metro TV".
_TWO_LETTER_NAMES = frozenset({
    "fc", "sc", "cf", "ac", "tv", "fm", "ri", "as", "uk", "ui", "ub", "pt", "cv", "rs", "pp",
    "pu", "pd", "ka", "tk", "sd",
})
# Other two capitals that stand for a body or an office, never a name's initials: a
# neighbourhood (RT, RW), an organisation (NU, KY, KI, UN), a deputy rector (WR).
_TWO_LETTER_SHORT_FORMS = frozenset({"rt", "rw", "nu", "ky", "ki", "un", "wr"})
_NOT_A_NAME_WORD = (speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | speech.ORGANISATION_WORDS
                    | speech.PLACES | speech.HONORIFICS | speech.RANKS | _NOT_A_PERSON)


_NUMBER_WORDS = frozenset({"nomor", "no", "no."})
# Words that count people, never open one's name: "Para orangtua tersebut …" before "tegasnya".
_PLURAL_WORDS = frozenset({
    "para", "beberapa", "sejumlah", "seluruh", "semua", "segenap", "setiap", "tiap", "banyak",
})
# Words that end a body's name ("Dewan Pengupahan Daerah", "Komite Olimpiade Nasional") or
# open a statistic's ("Indeks Harga Konsumen"), never a person's, wherever they stand.
# A province's short form ends an office's or an agency's name ("Kesbangpol Kalbar", "Plh
# Sekda Kalbar"); "Jabar" is a name too ("Abdul Jabar").
# ... nor a card's a programme issues: "Kartu Tani", "Kartu Sukamaju Sehat".
_NEVER_IN_A_PERSONS_NAME = (frozenset({"daerah", "nasional", "pusat", "indeks", "kartu"})
                            | speech.PROVINCE_SHORT_FORMS
                            - speech.NAME_LIKE_PROVINCE_SHORT_FORMS)
# "Ahad" is a weekday and a first name ("Ahad Rahedi"): opening a name it is the name's, but
# not before a time of day or a Javanese market day ("Ahad Pagi", "Ahad Kliwon").
_NAME_DAYS = frozenset({"ahad"})
_AFTER_A_DAY = frozenset({
    "pagi", "siang", "sore", "malam", "dini", "lalu", "depan", "kemarin", "mendatang", "ini",
    "subuh", "petang", "itu", "besok", "tersebut",
    "legi", "pahing", "pon", "wage", "kliwon",
})


def key(word: str) -> str:
    """A word as the word lists hold it: lower case, without surrounding punctuation."""
    return word.lower().strip(",;:()")


def is_acronym(word: str) -> bool:
    """Whether word is an all-capitals abbreviation such as "BI" or "KNKT"."""
    bare = word.rstrip(".")
    return len(bare) > 1 and bare.isupper() and bare.isalpha()


# Capitals that are a baptismal name's initials, never an organisation's short form: "FX Hadi
# Rudyatmo" is Fransiskus Xaverius Hadi Rudyatmo.
NAME_INITIALS = frozenset({"FX"})


def _is_marker(word: str) -> bool:
    """Whether word is an honorific, a rank, an organisation word or an acronym."""
    return (key(word) in _MARKERS or key(word).rstrip(".") in _MARKERS
            or (is_acronym(word) and word not in NAME_INITIALS))


def has_middle_initials(words: list[str]) -> bool:
    """Whether three words are a first name, two initials and a surname: "Retno LP Marsudi",
    "Bambang PS Brodjonegoro"; a club's, a station's or a company's two capitals ("Arema FC
    Joko") are none, nor an acronym next to an office, a place or an organisation word."""
    if len(words) != 3 or not _TWO_INITIALS_RE.fullmatch(words[1]):
        return False
    return key(words[1]) not in speech.HONORIFICS | _TWO_LETTER_NAMES and all(
        w[:1].isupper() and not w.isupper() and key(w) not in _NOT_A_NAME_WORD
        for w in (words[0], words[2]))


def is_comma_degree(word: str) -> bool:
    """Whether word is a degree written with a comma for its stop: "S,Hut", "M,Si"."""
    return _COMMA_DEGREE_RE.fullmatch(word.rstrip(",.")) is not None


def is_degree_part(part: str) -> bool:
    """Whether a comma-separated part after a name is only degrees: "S.I.K.", "M.Si."."""
    words = part.split()
    return bool(words) and all(
        is_comma_degree(w) or ("." in w.rstrip(".") and _DEGREE_RE.match(w) is not None)
        for w in words)


def without_brackets(text: str) -> str:
    """Text without parenthesised parts: "Kolonel Laut (P) Isswarto" -> "Kolonel Laut Isswarto"."""
    return _PAREN_RE.sub(" ", text)


def strip_degrees(words: list[str]) -> list[str]:
    """Drop degrees after a name: "Wismandari Wisnu SpPD-KEMD" -> "Wismandari Wisnu",
    "Galih Mawariz SE M Si" -> "Galih Mawariz", "Rina S,Sos" -> "Rina"."""
    while len(words) > 1:
        last = words[-1].rstrip(",")
        if (_DEGREE_RE.match(last) and not is_name_capitals(last)) or is_comma_degree(last):
            words = words[:-1]
        elif len(words) > 3 and is_spaced_degree(words[-2:]):
            words = words[:-2]  # "M Si": a master's degree written without its stops
        else:
            break
    return words


def is_spaced_degree(words: list[str]) -> bool:
    """Whether two words are a degree written with a space after its level: "M Si", "S. Sos"."""
    return (len(words) == 2 and words[0].rstrip(".") in _DEGREE_LEVELS
            and key(words[1]).rstrip(".") in _SPACED_DEGREE_ENDS)


def is_name_capitals(word: str) -> bool:
    """Whether word is capitals after a name that are part of it: "Mahfud MD", or two
    capitals a degree never opens with ("Halendra YW"; "SH" and "MM" are degrees) and no
    known short form ("Budi RW", "Wahyu TV": a neighbourhood's, a station's)."""
    return word in NAME_CAPITALS or (
        len(word) == 2 and word.isupper() and word[0] not in _DEGREE_LEVEL_LETTERS
        and word.lower() not in _TWO_LETTER_NAMES | _TWO_LETTER_SHORT_FORMS)


def after_markers(words: list[str]) -> list[str]:
    """The name after the last honorific, rank, organisation word or acronym in a run:
    "Kepala Operasi Tim DVI Kombes Lisda Cancer" -> "Lisda Cancer"."""
    for i in reversed(range(len(words) - 1)):
        if _is_marker(words[i]):
            return words[i + 1:]
        if i and key(words[i]) in speech.NOBLE_NAMES:
            # "Camat Lhoksukon Teuku Rahmatsyah": the name starts here; "I Gusti …" before it
            titled = balinese.opens_at(words, i - 1) and not balinese.in_place_name(words, i - 1)
            return words[i - 1:] if titled else words[i:]
    return words


def is_organisation(name: str) -> bool:
    """Whether name is an organisation: acronyms only, or an organisation word in it."""
    words = name.split()
    return bool(words) and (
        all(is_acronym(w) for w in words)
        or any(key(w) in speech.ORGANISATION_WORDS for w in words)
    )


def is_person(name: str | None) -> bool:
    """Whether name can be a person: no day, month or place word, no organisation, no word
    that only a body's or a statistic's name holds ("Daerah", "Indeks")."""
    if not name or key(name.split()[0]) in _NUMBER_WORDS | _PLURAL_WORDS:
        return False  # "Nomor P.106": a regulation's number, never a person
    if any(key(w) in _NEVER_IN_A_PERSONS_NAME for w in name.split()):
        return False
    return not is_place_or_time(name) and not is_organisation(name)


def is_place_or_time(name: str) -> bool:
    """Whether name is a day, a month or a place: "Kamis", "Banggai Laut", "Jakarta Timur"."""
    words = [key(w) for w in name.split()]
    if _opened_by_a_name_day(words):
        words = words[1:]
    return bool(words) and (words[0] in speech.PLACES or any(w in _NOT_A_PERSON for w in words))


def _opened_by_a_name_day(words: list[str]) -> bool:
    """Whether lower-case words are a name opening with a day that is also a first name:
    "ahad rahedi", not "ahad pagi" nor "ahad" alone."""
    return (len(words) > 1 and words[0] in _NAME_DAYS and words[1].isalpha()
            and words[1] not in _AFTER_A_DAY | _NOT_A_PERSON | speech.PLACES)


def is_circumstance(text: str) -> bool:
    """Whether a comma-separated part is a day, a date or a place, not who is speaking."""
    words = without_brackets(text).split()
    return bool(words) and (
        key(words[0]) in speech.DAYS | speech.MONTH_NAMES | speech.PLACES | _PLACE_PREPOSITIONS
        or words[0][:1].isdigit()
    )


def unnamed_source(text: str) -> str | None:
    """An unnamed source as written, lower case: "seorang sumber kepada situs X" ->
    "seorang sumber", "Salah satu tetangganya" -> "salah satu tetangganya"; else None."""
    words = text.split()
    if not words or key(words[0]) not in speech.UNNAMED_SOURCES | speech.ROLE_NOUNS:
        return None
    phrase: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(".,;:!?“”\"")
        low = bare.lower()
        if low in speech.SOURCE_PHRASE_END or low in speech.DEMONSTRATIVES:
            break
        if phrase and bare[:1].isupper():
            return None  # "pihak Lion Air", "warga bernama Budi": somebody is named
        phrase.append(low)
        if word != bare:
            if word.endswith(",") and _names_someone(words[i + 1:]):
                return None  # "saksi mata, Mega Syamil": the name set off by a comma
            break
    return " ".join(phrase) if 0 < len(phrase) <= speech.UNNAMED_MAX_WORDS else None


def _names_someone(words: list[str]) -> bool:
    """Whether words open with a capitalised name that is no day, month or place."""
    run: list[str] = []
    for word in words:
        bare = word.strip(".,;:!?“”\"()")
        if not bare[:1].isupper():
            break
        run.append(bare)
        if word != bare:
            break
    return bool(run) and not is_place_or_time(" ".join(run)) and not is_circumstance(run[0])


# A name with its short form after it: "Uni Eropa (UE)", "Kementerian Luar Negeri (Kemenlu)".
_DEFINED_RE = re.compile(
    r"(?P<full>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,7})\s+\((?P<short>[A-Z][A-Za-z]{1,9})\)"
)


def short_forms(text: str) -> list[tuple[str, str]]:
    """The (short form, full name) pairs text defines: "Negara Anggota Uni Eropa (UE)" gives
    ("UE", "Uni Eropa"): the words whose initials spell the short form, else the longest
    tail of the name that starts with its first letter."""
    found = []
    for match in _DEFINED_RE.finditer(text):
        words, short = match.group("full").split(), match.group("short")
        tails = [words[-k:] for k in range(1, len(words) + 1)]
        exact = [t for t in tails if "".join(w[0] for w in t).upper() == short.upper()]
        starting = [t for t in tails if t[0][0] == short[0] and len(t) > 1]
        chosen = exact[0] if exact else (starting[-1] if starting else None)
        if chosen:
            found.append((short, " ".join(chosen)))
    return found


def matching_name(words: list[str], names: tuple[str, ...]) -> str | None:
    """The latest of names holding all of words, else one whose word starts with the one
    word given, else None."""
    for known in reversed(names):
        known_words = known.lower().split()
        if len(words) < len(known_words) and all(w in known_words for w in words):
            return known
    if len(words) == 1 and len(words[0]) >= PREFIX_MIN_CHARS:
        for known in reversed(names):
            if any(w.startswith(words[0]) for w in known.lower().split()):
                return known
        return _spelled_otherwise(words[0], names)
    return None


_FINAL_VARIANTS = {"y": "i", "i": "y"}  # "Devy" and "Devi", "Andy" and "Andi"


def _spelled_otherwise(word: str, names: tuple[str, ...]) -> str | None:
    """The one name holding word spelled with "y" for a final "i" or the other way round
    ("Devy" for "Devi Suradji"); None when no name or more than one does."""
    ending = _FINAL_VARIANTS.get(word[-1:])
    if not ending:
        return None
    variant = word[:-1] + ending
    holders = {known for known in names if variant in known.lower().split()}
    return holders.pop() if len(holders) == 1 else None


def respelled(name: str, full: str) -> bool:
    """Whether the one-word name stands for full only through a final "y" for "i" or the
    other way round ("Rudi" for "Rudy Setiawan"), no word of full starting with it."""
    low = name.lower()
    return " " not in name and low[-1:] in _FINAL_VARIANTS and not any(
        w.startswith(low) for w in full.lower().split()) and (
        low[:-1] + _FINAL_VARIANTS[low[-1]] in full.lower().split())


def initials(name: str) -> str:
    """The capitals a name's words start with: "Uni Eropa" -> "UE"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def fewer_words(short: str, full: str) -> bool:
    """Whether short is full with its middle or its last words left out: "Yan Mandenas" for
    "Yan Permenas Mandenas", "Yaqut Cholil" for "Yaqut Cholil Qoumas"."""
    words, full_words = short.split(), full.split()
    return 2 <= len(words) < len(full_words) and (
        words == [full_words[0], full_words[-1]] or words == full_words[: len(words)])


def shortens(short: str, full: str) -> bool:
    """Whether short is full written shorter, word by word: "Dian Sastro" for "Dian
    Sastrowardoyo"; the full form, written first, is the name to announce."""
    words, full_words = short.lower().split(), full.lower().split()
    return short != full and len(words) == len(full_words) and all(
        f.startswith(w) for w, f in zip(words, full_words, strict=True))
