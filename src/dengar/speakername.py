"""A speaker's name from a run of capitalised words: offices, ranks and companies stripped.

"Kepala Operasi Tim DVI Kombes Lisda Cancer" -> "Lisda Cancer"; an organisation that names no
person speaks as itself ("Kementerian Luar Negeri China"); an initial alone ("R" of "R&D") is
nobody. Also the internal markers for a speaker that stands for someone named before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from dengar import balinese, speech
from dengar.names import (
    COMMA_DEGREE,
    NAME_CAPITALS,
    after_markers,
    has_middle_initials,
    is_comma_degree,
    is_name_capitals,
    is_person,
    is_place_or_time,
    is_spaced_degree,
    key,
    strip_degrees,
    without_brackets,
)

# Internal marker for "the attribution stands for the last person named": a pronoun or a
# description. Resolved before any Segment is built.
PREVIOUS = "\x00previous"
# Internal marker for "the last source that issued something": "tulis rilis tersebut".
SOURCE = "\x00source"
# Internal marker for "the one quoted last goes on": "sambungnya", "tambahnya".
CONTINUED = "\x00continued"
# Internal prefix for a speaker named only by a role ("ujar hakim"): the role's words follow.
ROLE = "\x00role:"

_PARTICLES = "|".join(sorted(speech.NAME_PARTICLES))
# A degree glued to an initial ("M.Hum", "S.Pd") or written with a comma ("S,Hut") is one
# word, which strip_degrees drops.
# A word of a name, or an initial with a degree glued on ("M.Hum"); "Budi.Ia" is a name and
# the next sentence, a space lost.
_NAME_WORD = rf"(?:[A-ZÀ-Þ]\.[A-Z][a-z]{{1,3}}\b|{COMMA_DEGREE}|[A-ZÀ-Þ](?:[^\W\d_]|['’-])*)\.?"
NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD})*"
NAME_RUN_RE = re.compile(NAME_RUN)
_PLACE_BEFORE_NAME = speech.PLACE_WORDS - {"kota"}
# The whole text of the article being read, for evidence found elsewhere in it: "Kepala
# Puskesmas Asep Dadang Sutisna" is Asep's whole name when the article later says "kata Asep".
_ARTICLE_TEXT: ContextVar[str] = ContextVar("article_text", default="")
_SAYING_WORDS = frozenset(speech.SPEECH_VERBS) | frozenset(speech.CLAUSE_SPEECH_VERBS)
_SAYING = "|".join(sorted(map(re.escape, _SAYING_WORDS), key=len, reverse=True))


@contextmanager
def article_text(text: str) -> Iterator[None]:
    """Read names knowing the whole article's text (see _named_alone_elsewhere)."""
    token = _ARTICLE_TEXT.set(text)
    try:
        yield
    finally:
        _ARTICLE_TEXT.reset(token)


def named_elsewhere(name: str) -> bool:
    """Whether the article names this person in full elsewhere: a name of two words or more
    written again, or one word opening a longer name ("Bobby" and "Bobby Setiabudi"); an
    outlet or a holiday after "katanya" ("katanya Antara.", "ujarnya Idul Adha.") is not.
    A paragraph read without its article takes the name as written."""
    text, words = _ARTICLE_TEXT.get(), name.split()
    if not text:
        return True  # a paragraph read alone: nothing to go by
    if len(words) > 1:
        return text.count(name) > 1
    return any(is_person(clean_speaker(m.group()) or "") for m in re.finditer(
        rf"\b{re.escape(name)}(?:\s+[A-Z][\w'’-]+)+", text))


def titled_names(title: str) -> list[str]:
    """The names the article writes after a title, in order: "Romo Asun" gives "Asun" for
    "Romo", so that "terang Romo" can mean him."""
    text = _ARTICLE_TEXT.get()
    found = (clean_speaker(m[1]) for m in re.finditer(
        rf"\b{re.escape(title)}\s+({NAME_RUN})", text))
    return [name for name in found if name and name.lower() != title.lower()]


_PERSON_MARKERS = speech.HONORIFICS | speech.RANKS
# Words opening a run that are not the name: "Kemudian Budi", "Dikatakan Lagan", "Kata Budi".
_NOT_NAME_OPENERS = (speech.SENTENCE_OPENERS | frozenset(speech.SPEECH_VERBS)
                     | frozenset(speech.PASSIVE_SPEECH_VERBS))
ORG_MAX_WORDS = 6  # "Kementerian Koordinator Bidang Perekonomian Republik Indonesia"
# A company's legal form: the word after it is the company's name ("PT Evoluzione").
_COMPANY_FORMS = frozenset({"pt", "pt.", "cv", "cv.", "persero"})
# Organisation words a proper name must follow ("Universitas Tokyo"), unlike a name of its own
# ("Kemenhub", "Polri") that a person's three-word name may follow directly.
_NAMED_ORGANISATIONS = frozenset({
    "universitas", "university", "institut", "institute", "akademi", "academy", "yayasan",
    "foundation", "asosiasi", "perhimpunan", "ikatan", "himpunan", "partai", "bank", "sekolah",
    "kampus", "fakultas", "museum", "komunitas", "koperasi", "perusahaan", "persatuan",
    "federasi", "rumah", "sakit", "lembaga", "kejaksaan", "komisi", "pengadilan", "badan",
    "mahkamah", "kementerian", "kepolisian",
    # Offices, hospitals and prisons named after the town they serve: "RSUD Cileungsi".
    "rs", "rsud", "puskesmas", "polda", "polres", "polresta", "polrestabes", "polsek",
    "pemkab", "pemkot", "pemko", "pemprov", "kejari", "kejati", "lapas", "rutan",
    # A region's agencies written short, named after the region too: "Disnaker Sumenep".
    "dinkes", "dinsos", "dinpar", "dispar", "disdik", "dishub", "disnaker", "diskominfo",
    "disdukcapil", "disperindag", "dispora", "distan", "disbudpar", "disparbud", "dispenda",
    "bapenda", "bappeda",
    # Ports and airports, named after the town they serve: "KSOP Pelabuhan Sampit".
    "pelabuhan", "bandara",
})
# The regions an office governs, each followed by its own name: "Kepala Desa Sukamaju".
_REGIONS = frozenset({"provinsi", "kabupaten", "kecamatan", "kelurahan", "desa"})
# Compass words ending a place's name ("Jawa Barat", "Tanjung Jabung Barat"); "Timur" is
# also a first name.
_COMPASS_WORDS = frozenset({"barat", "utara", "selatan", "tengah"})
# Words that end a club's or an organisation's English name, never a first name: "Pelatih
# Bali United Stefano Cugurra", "Koordinator BPJS Watch Budi Santoso", "Migrant Care".
_NAME_ENDS_OF_ORGANISATIONS = frozenset({"united", "city", "watch", "care", "foundation"})
# An office's qualifiers that are never a first name: "Ketua Umum", "Pemilihan Umum".
# "Bersatu" ends a front's or a party's name ("Front Nelayan Bersatu"), never opens a person's.
_CUT_QUALIFIERS = (frozenset({"umum", "pusat", "daerah", "nasional", "bersatu"})
                   | _NAME_ENDS_OF_ORGANISATIONS)
# Titles that never open a person's name, unlike "Raja" and "Ratu" ("Ratu Atut").
_TITLES_NO_NAME_HOLDS = speech.TITLE_WORDS - {"raja", "ratu"}
# Chinese surnames written before the given names and a Western name: "Ng Heng Seng Stephen".
_SURNAMES_FIRST = frozenset({"ng", "ong", "goh", "koh", "teo", "yap", "lim", "tan"})
_AFTER_RADEN = frozenset({"ajeng", "roro", "mas"})
_OPENS_A_NAME = speech.NAME_OPENERS | speech.NOBLE_NAMES | {"i", "ni"}


def is_name_run(text: str) -> bool:
    """Whether text is nothing but capitalised name words."""
    return NAME_RUN_RE.fullmatch(text.strip()) is not None


def is_acronym_word(word: str) -> bool:
    """Whether word is an all-capitals abbreviation such as "BI" or "RDRK"; one capital with
    its stop ("M.") is a name's initial: "M. Ikhsan Haqiqi"."""
    letters = word.rstrip(".")
    return len(letters) > 1 and letters.isupper()


def _province_here(words: list[str], i: int) -> bool:
    """Whether the short form at i is a province: "Sulsel" always, but "Jabar", also a name,
    only first, in capitals or after an office ("Dinas Pendidikan Jabar"), not inside a
    person's name ("Abdul Jabar Hasan")."""
    if key(words[i]) not in speech.NAME_LIKE_PROVINCE_SHORT_FORMS or i == 0:
        return True
    before = key(words[i - 1])
    return (words[i].isupper() or is_acronym_word(words[i - 1])
            or before in speech.TITLE_WORDS | speech.TITLE_QUALIFIERS
            | speech.ORGANISATION_WORDS)


# A title whose second word is also a name: "Jaksa Agung Muhammad Prasetyo" (not "Agung").
_TITLE_PAIRS = frozenset({("jaksa", "agung"), ("hakim", "agung")})


def _strip_office(words: list[str]) -> list[str]:
    """Drop the titles, offices, acronyms and jurisdictions in front of a name."""
    skippable = (speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | speech.HONORIFICS
                 | speech.RANKS)
    head = ""
    while words and (words[0].lower() in skippable or is_acronym_word(words[0])
                     or is_police_unit(head, words[0])):
        if _balinese(words):
            return words
        head = key(words[0])
        pair = len(words) > 1 and (key(words[0]), key(words[1])) in _TITLE_PAIRS
        words = words[2:] if pair else words[1:]
    # "Holtikultura Sulsel Fitriani": a province's short form ends the office before it, and
    # a regency's does too ("Bupati Kutim Ardiansyah").
    for i in reversed(range(len(words) - 1)):
        if key(words[i]) in speech.REGENCY_SHORT_FORMS or (
                key(words[i]) in speech.PROVINCE_SHORT_FORMS and _province_here(words, i)):
            words = words[i + 1:]
            break
    # "Bandung Yana Mulyana": the place an office governs, left in front of the name.
    while len(words) > 1 and words[0].lower() in speech.PLACES:
        words = words[1:]
    # "Bali United Stefano Cugurra", "BPJS Watch Budi Santoso": the organisation's last word.
    while len(words) > 2 and key(words[0]) in _NAME_ENDS_OF_ORGANISATIONS:
        words = words[1:]
    return words


def is_police_unit(head: str, word: str) -> bool:
    """Whether word is the police unit the office word before it heads: "Kasat Lantas",
    "Kanit Reskrim"; "Lantas" after anything else ("Lantas Budi berkata") is no office."""
    return key(head) in speech.POLICE_UNIT_HEADS and key(word) in speech.POLICE_UNITS


def _balinese(words: list[str]) -> bool:
    """Whether words open with a Balinese name's "I" or "Ni": "I Nyoman Rudiarta"."""
    return (len(words) > 1 and words[0] in ("I", "Ni")
            and words[1].lower() in speech.BALINESE_NAMES)


_ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _speaks_elsewhere(name: str) -> bool:
    """Whether the article has this one-word name speak, a speech verb next to it ("ungkap
    Ristadi", "Kemudian Ristadi mengatakan"), besides right after an office's short form: a
    river or the rest of an organisation's name ("(BBWS) Citarum") never does. A paragraph
    read alone: nothing to go by."""
    text = _ARTICLE_TEXT.get()
    if not text:
        return True
    name = re.escape(name)
    # not the office's own sentence: "(BBWS) Citarum mengatakan"
    return re.search(rf"\b(?:{_SAYING})\s+{name}\b|(?<!\)\s){name}\s+(?:{_SAYING})\b",
                     text) is not None


def _organisation_numeral(name: list[str], words: list[str]) -> bool:
    """Whether name opens with the Roman numeral ending the organisation before it, as the
    article writes that organisation elsewhere without the name: "PT Angkasa Pura I Faik
    Fahmi" after "Angkasa Pura I (Persero)". A Balinese name's "I" ("I Made Sudarma") and a
    numeral after an office or a rank ("Kepala Desa I Komang") open the name."""
    text = _ARTICLE_TEXT.get()
    before = words[-len(name) - 1]
    if (name[0] not in _ROMAN_NUMERALS or _balinese(name) or not text
            or key(before) in speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | _PERSON_MARKERS):
        return False
    numeral, following = re.escape(name[0]), re.escape(name[1])
    return re.search(rf"\b{re.escape(before)}\s+{numeral}\b(?!\s+{following}\b)", text) is not None


# Ranks written short, never a word a sentence ends with: "Kombes. Pol. Stefanus"; the
# spelled-out ranks ("Laut", "Muda", "Polisi") may end one.
_SHORT_RANKS = speech.RANKS - {
    "ajun", "brigadir", "jenderal", "jendral", "kolonel", "mayor", "kapten", "letnan", "kopral",
    "marsekal", "madya", "muda", "laksamana", "polisi", "laut", "udara", "komisaris",
    "inspektur"}


def ends_sentence(word: str) -> bool:
    """Whether a word in a run ends a sentence with its full stop: "Dewi." does; a title's
    abbreviation ("Prof.", "Dr."), a short rank ("Kombes.") or an initial ("M.") does not."""
    return (word.endswith(".") and len(word) > 2 and word.lower() not in speech.TITLE_WORDS
            and word.lower().rstrip(".") not in _SHORT_RANKS)


def _after_sentence_break(words: list[str]) -> list[str]:
    """The words after the last full stop inside a run ("Surabaya. Pada Jumat" -> after it);
    a title's abbreviation ("Prof.", "Dr.") or an initial ("M.") is no full stop."""
    for i in reversed(range(len(words) - 1)):
        if ends_sentence(words[i]):
            return words[i + 1:]
    return words


# A day after one of these is a time of its own ("Hari Kamis", "Malam Minggu"); "Hari" is
# also a first name, so such a day is left for the run to be read as a whole.
_BEFORE_DAY_IN_TIME = frozenset({"hari", "malam", "pagi", "siang", "sore", "akhir"})


# "Ahad" is a weekday and a name ("KH Abdul Ahad"); "Minggu" is one too ("Yohanes Minggu,
# petani"): a day ends a name only where the article dates it, "(20/5)", "lalu", "kemarin".
_NAME_DAYS = frozenset({"ahad"})
# A comma may come between the day and its date: "ujar Yusuf Minggu, (7/8/2022)".
_DATED_AFTER = r"(?:\s+\(\s*\d|,?\s+\(\d{1,2}/\d|\s+(?:lalu|kemarin)\b)"


def _without_trailing_day(words: list[str]) -> list[str]:
    """The run without a weekday written after the name without a comma, where the article
    dates that day: "ungkap Muhlis Kamis (20/5)" -> "Muhlis"."""
    if (len(words) > 1 and key(words[-1]) in speech.DAYS - _NAME_DAYS
            and key(words[-2]) not in _BEFORE_DAY_IN_TIME
            and re.search(rf"\b{re.escape(' '.join(words[-2:]))}{_DATED_AFTER}",
                          _ARTICLE_TEXT.get())):
        return words[:-1]
    return words


def _without_openers(words: list[str]) -> list[str]:
    """The run without the words opening its sentence before the subject: "Kemudian Budi",
    "Kata Budi", a connective in title case ("Lebih Lanjut Benny") -> the name."""
    while words:
        lowered = tuple(key(w) for w in words)
        phrase = next((p for p in speech.OPENING_CONNECTIVES if lowered[:len(p)] == p), ())
        if not phrase and lowered[0] not in _NOT_NAME_OPENERS:
            break
        words = words[len(phrase) or 1:]
    return words


def sentence_pieces(run: str) -> list[str]:
    """A run cut at the full stops inside it: "Villa Dean Smith. Pria" -> ["Villa Dean
    Smith", "Pria"]; a title's abbreviation or an initial ("M.") cuts nothing."""
    pieces: list[list[str]] = [[]]
    for word in run.split():
        pieces[-1].append(word)
        if ends_sentence(word):
            pieces.append([])
    return [" ".join(p) for p in pieces if p]


def clean_speaker(run: str, person: bool = False) -> str | None:
    """Strip sentence openers, titles, ranks, honorifics and degrees from a name run; keep at
    most a few last words. None when what is left is a day, a month or a place, unless the
    run is an organisation's name, which speaks as itself; with person true (a role such as
    "dosen" came before the run) the run ends in a person's name ("Universitas Gadjah Mada
    Zainal Arifin Mochtar")."""
    words = _after_sentence_break(without_brackets(run).strip().rstrip(".").split())
    words = [w for w in words if not is_comma_degree(w)]  # "M,Si" is nobody's name
    words = _without_trailing_day(words)
    # "Raden Ajeng", "Raden Roro": one title, though "Ajeng Raviando" is a name.
    words = [w for i, w in enumerate(words)
             if not (i and key(words[i - 1]) == "raden" and key(w) in _AFTER_RADEN)
             and not (key(w) == "raden" and i + 1 < len(words)
                      and key(words[i + 1]) in _AFTER_RADEN)]
    words = _without_openers(words)
    if not words or is_spaced_degree(words):
        return None  # "S. Sos": a degree alone, its initial no longer cut as an acronym
    if words[0].lower() in speech.PRONOUNS or _pronoun_form(words[0]):
        return PREVIOUS
    name = _strip_office(list(words))
    if not name:
        # An office alone ("Menlu RDRK") is the best name the text gives.
        return " ".join(words)
    if not person and _opens_organisation(words):
        return " ".join(words)  # "Polda Metro Jaya", "Universitas Gadjah Mada"
    if office_of_a_country(words):
        return " ".join(words)  # "Menlu Rusia": another country's office, never "Menlu" alone
    if len(name) > 1 and _capitals_used_alone(name):
        name = name[:-1]  # "Ketua RW 05, Budi Santoso RW": the article's short form, no initials
    if not has_middle_initials(strip_degrees(name)):  # "Retno LP Marsudi" is one name
        name = _strip_office(after_markers(strip_degrees(name))) or name
    if (len(name) < len(words) and key(words[-len(name) - 1]) in _PLACE_BEFORE_NAME
            and not _organisation_named_first(name, words)):
        return _organisation(words)  # "Kabupaten Pohuwato" is a place, "Wali Kota Yana" a mayor
    if 2 < len(name) < len(words) and key(words[-len(name) - 1]) in _COMPANY_FORMS:
        name = name[1:]  # "PT Evoluzione Alessandro Monzani": the company, then the person
    elif _organisation_named_first(name, words):
        name = name[1:]  # "Universitas Tokyo Takao Someya": the organisation's name first
    if len(name) == 1 and len(name[0].rstrip(".")) == 1:
        return None  # an initial alone is nobody's name
    has_particle = any(w in speech.NAME_PARTICLES for w in name)
    # After a rank or an honorific only name words follow: "Kombes Ade Ary Syam Indradi".
    ranked = len(name) < len(words) and key(words[-len(name) - 1]) in _PERSON_MARKERS
    longest = speech.SPEAKER_MAX_WORDS + ranked
    opens = balinese.name_start(name)
    if opens is not None and words[-len(name):] == name and balinese.in_place_name(
            words, len(words) - len(name) + opens):
        opens = None  # "GM Bandara I Gusti Ngurah Rai Ahmad Syaugi": the title is the airport's
    if opens is not None:  # "Kadis X Ida Bagus Jumpung Gede Oka Wedhana": the name is whole
        name, longest = name[opens:], balinese.MAX_WORDS
        if len(name) > 3 and key(name[-1]) in speech.PLACES:
            name = name[:-1]  # "I Gusti Ngurah Gede Sudarsana Denpasar": his town after it
    if len(name) > longest and key(name[-longest - 1]) in speech.NAME_OPENERS | _SURNAMES_FIRST:
        longest += 1  # "Muhammad Nabil Satria Faradis", "Ng Heng Seng Stephen"
    elif len(name) == longest + 1 == len(words) and _whole_name_said(name):
        longest += 1  # "…, Dede Yusuf Macan Effendi.", then "Dede menjelaskan": the run is his
    if len(name) > longest and not has_particle:
        name = name[-longest:]
        while len(name) > 2 and key(name[0]) in speech.PLACES:
            name = name[1:]  # "Timnas Indonesia Patrick Kluivert": the country was cut into
        # "… Kabupaten Tanjung Jabung Barat Rahmat": a place's compass word was cut into.
        compass = [i for i, w in enumerate(name[:-1]) if i and key(w) in _COMPASS_WORDS]
        if compass:
            name = name[compass[-1] + 1:]
        # "… Komisi Pemilihan Umum Arief Budiman": an office's qualifier was cut into.
        while len(name) > 2 and key(name[0]) in _CUT_QUALIFIERS:
            name = name[1:]
        # "Mewakili Gubernur Kalimantan Barat": an office was cut into, a verb before it.
        while len(name) > 1 and key(name[0]) in _TITLES_NO_NAME_HOLDS:
            name = name[1:]
        # "… Rehabilitasi Sosial Muhammad Zulhadi": the office's field, then a first name
        # that opens names; "Sosial" was cut into.
        if key(name[0]) in speech.TITLE_QUALIFIERS and key(name[1]) in speech.NAME_OPENERS:
            name = name[1:]
        if _organisation_named_first(name, words):
            name = name[1:]  # "… RSUD Cileungsi Desriza Ratman": the hospital's town was cut into
    if len(name) > 2 and len(name) < len(words) and _organisation_numeral(name, words):
        name = name[1:]  # "Angkasa Pura I Faik Fahmi": the company's numeral, no "I Made"
    found = " ".join(name)
    # "Kementerian Luar Negeri Lithuania": one word after an organisation is part of its name.
    lone = len(name) == 1 < len(words) and key(words[-2]) not in _PERSON_MARKERS
    # "Kanwil Kemenkumham Bali": the words after an organisation word end in its place.
    placed = (len(name) < len(words) and key(name[-1]) in speech.PLACES
              and key(words[-len(name) - 1]) in speech.ORGANISATION_WORDS)
    if placed:
        return _organisation(words[-len(name) - 1:])
    if len(name) == 1 and key(found) in _NAME_DAYS:
        return _person_a_day_names(found)  # "ujar Ahad" after "Ahad Rahedi mengatakan"
    if _ends_an_address(words):
        return None  # "…, Kabupaten Way Kanan, Provonsi Lampung": a place, misspelt or not
    if is_place_or_time(found) or (lone and _organisation(words)):
        return _organisation(words)
    if _office_place_first(name, words):
        return " ".join(name[1:])  # "Ketua KPU Kendal Wahidin Said": Kendal is the office's
    return _after_office_place(name, words) or found


# Words a day comes after, never a person: "pada Ahad Pagi", "setiap Ahad Kliwon".
_DAY_BEFORE = re.compile(r"\b(?i:pada|hari|setiap|tiap)\s+$")


def _person_a_day_names(day: str) -> str | None:
    """The person whose name the article opens with this day, "Ahad" alone standing for
    "Ahad Rahedi" as "Budi" does for "Budi Santoso"; None, a day, when it names nobody."""
    text = _ARTICLE_TEXT.get()
    for match in re.finditer(rf"\b{re.escape(day)}\s+{NAME_RUN}", text):
        if _DAY_BEFORE.search(text, 0, match.start()):
            continue  # "pada Ahad Subuh": the day
        name = clean_speaker(sentence_pieces(match[0])[0])
        if name and name != PREVIOUS and name.split()[0] == day and is_person(name):
            return name
    return None


# A region's word and its name, the address a run after a comma continues: "Kecamatan Way
# Tuba, Kabupaten Way Kanan, Provinsi Lampung".
_REGION_BEFORE = (r"(?i:kabupaten|kecamatan|kota|desa|kelurahan|provinsi)\s+[A-Z][\w-]*"
                  r"(?:\s+[A-Z][\w-]*)*,\s*")


def _ends_an_address(words: list[str]) -> bool:
    """Whether a run of two words or more ending in a known place goes on an address the
    article writes, after a region's name and a comma: "Kabupaten Way Kanan, Provonsi
    Lampung" (a misspelt "Provinsi") is a place, whatever its first word."""
    if len(words) < 2 or key(words[-1]) not in speech.PLACES:
        return False
    run = r"\s+".join(map(re.escape, words))
    return re.search(rf"{_REGION_BEFORE}{run}\b", _ARTICLE_TEXT.get()) is not None


# Words a place's name follows in an article: "di Natuna", "Pemkab Natuna"; "dari" and "ke"
# also go before people ("laporan dari Budi", "berkunjung ke Bima"), so they count only
# when an organisation comes before the word in the run ("Dinas Pariwisata Kendal Wahidin").
_PLACE_INTRODUCERS = speech.alternation(_REGIONS | {"di", "kota", "pulau"})
_PLACE_INTRODUCERS_AFTER_ORGANISATION = rf"{_PLACE_INTRODUCERS}|dari|ke"
_ORGANISATION_WORD = "|".join(sorted(_NAMED_ORGANISATIONS))


def _after_office_place(name: list[str], words: list[str]) -> str | None:
    """The person's own name when the words before it end in a place and the article calls
    the person by the rest alone with a speech verb: "Dinas Pendidikan Pemkab Natuna Sudirman"
    is Sudirman when "ujar Sudirman" follows, "Basarnas Bali Supriyono" is Supriyono; so is
    an ordinary word before a name of two words ("Presiden Buruh Said Iqbal", then "ujar Said
    Iqbal"). A first name is no place ("Joko Widodo", then "kata Widodo", stays whole)."""
    text = _ARTICLE_TEXT.get()
    for cut in range(1, len(name)):
        lead, rest = name[cut - 1], name[cut:]
        # The run's words before lead, when the name ends the run as written.
        suffix = words[len(words) - len(name):] == name
        before = words[: len(words) - len(name) + cut - 1] if suffix else []
        organisation_before = (bool(before) and key(before[-1]) not in _PERSON_MARKERS
                               and any(key(w) in speech.ORGANISATION_WORDS for w in before))
        if ((_is_article_place(lead, rest[0], text, organisation_before)
             or (len(rest) > 1 and _common_word(lead, text))
             or _group_name_written_apart(before, lead, rest[0], text))
                and _said_alone(rest, lead, text)
                and not _said_in_full(name[cut - 1:], text)):
            return " ".join(rest)
    return None


def _group_name_written_apart(before: list[str], lead: str, following: str,
                              text: str) -> bool:
    """Whether lead ends a group's name the article writes elsewhere without the name after
    it: "Ketua Klaster Kopi Wonorejo Syamsuri" when it writes "komunitas kopi Wonorejo". The
    word before lead must be the group's own, no title or honorific ("Bupati Joko")."""
    if not before or key(lead) in _OPENS_A_NAME:
        return False
    word = before[-1]
    if key(word) in speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | _PERSON_MARKERS:
        return False
    pattern = (rf"\b(?i:{re.escape(word)})\s+{re.escape(lead)}\b"
               rf"(?!\s+{re.escape(following)}\b)")
    return re.search(pattern, text) is not None


def _common_word(word: str, text: str) -> bool:
    """Whether the article writes word in lower case, more than once, as an ordinary word
    and no name: "Presiden Buruh Said Iqbal" when it writes "para buruh" and "kaum buruh";
    a common first name is a name whatever else it means."""
    low = key(word)
    return (low not in _OPENS_A_NAME and word[:1].isupper()
            and len(re.findall(rf"\b{re.escape(low)}\b", text)) >= _COMMON_WORD_MIN_USES
            and not _said_in_full([word], text))  # "tambah Putri": the word is her name


# Two lower-case "bunga" do not make "Bunga Citra Lestari" a word; "buruh" in a labour story
# comes many times.
_COMMON_WORD_MIN_USES = 3


def _said_in_full(name: list[str], text: str) -> bool:
    """Whether the article writes name right after a speech verb: "kata Budi Santoso" makes
    "Budi" a first name, wherever else the article writes it."""
    pattern = rf"(\S+)\s+{re.escape(' '.join(name))}\b"
    return any(key(m[1].strip(",.\"“”")) in _SAYING_WORDS for m in re.finditer(pattern, text))


def _office_place_first(name: list[str], words: list[str]) -> bool:
    """Whether the first of three name words after an office is the place the office serves,
    as the article writes it elsewhere: "Ketua KPU Kendal Wahidin Said" when it writes
    "Kabupaten Kendal", a dateline "KENDAL –" or "Pulau Sebatik, Kendal, Jawa Tengah". A
    common first name opens the name instead, as do words after a rank ("AKBP Teguh Santoso
    Wijaya") or after the office's own place ("Wali Kota Bogor Bima Arya Sugiarto"), a name
    the article says in full after a speech verb ("kata Budi Santoso Wijaya") and one whose
    first two words the article writes without the third."""
    text = _ARTICLE_TEXT.get()
    if (len(name) != speech.SPEAKER_MAX_WORDS or len(name) == len(words) or not text
            or key(name[0]) in _OPENS_A_NAME | _PERSON_MARKERS
            or key(words[-len(name) - 1]) in _PERSON_MARKERS | speech.PLACES
            or _said_in_full(name, text)):
        return False
    place, following = re.escape(name[0]), re.escape(name[1])
    # "ujar Bima Arya" after "Wakil Menteri Bima Arya Sugiarto": the article calls the
    # person by the first two words, so the first is his name, whatever place shares it.
    if re.search(rf"\b{place}\s+{following}\b(?!\s+{re.escape(name[2])}\b)", text):
        return False
    dateline = re.search(rf"(?m)^\s*{place.upper()}\s*[,–—-]", text) is not None
    listed = re.search(rf",\s*{place}\s*,\s*(?P<next>[A-Z]\w+)", text)
    return (dateline or _is_article_place(name[0], name[1], text)
            or (listed is not None and key(listed["next"]) in speech.PLACES)
            or _placed_in_region(name, text)) and not re.search(
                rf"\b(?i:di|kabupaten|kota)\s+{place}\s+{following}\b", text)


def _placed_in_region(name: list[str], text: str) -> bool:
    """Whether the article writes the first name word before a comma and a known region
    ("jatuh di Liku Lematang Pagaralam, Sumatra Selatan") and calls the person by the second
    alone with a speech verb ("kata Dolly"): "Kapolres Pagaralam Dolly Gumara" is Dolly.
    A first word itself said alone with a speech verb ("ujar Teguh") is a first name."""
    region = re.search(rf"\b{re.escape(name[0])}\s*,\s*(?P<next>[A-Z]\w+)", text)
    return (region is not None and key(region["next"]) in speech.PLACES
            and _said_alone(name[1:2], name[0], text) and not _named_alone_elsewhere(name))


def _is_article_place(word: str, following: str, text: str,
                      organisation_before: bool = False) -> bool:
    """Whether word is a known place, or one the article writes after "di", "Kabupaten",
    "Pemkab" and the like, other than right before the name word following it
    ("Recording Academy Neil Portnow" makes no place of "Neil"); after "dari" or "ke" too
    when an organisation comes before the word in the run (organisation_before)."""
    if key(word) in speech.PLACES:
        return True
    introducers = (_PLACE_INTRODUCERS_AFTER_ORGANISATION if organisation_before
                   else _PLACE_INTRODUCERS)
    pattern = (rf"\b(?i:{introducers}|{_ORGANISATION_WORD})\s+{re.escape(word)}\b"
               rf"(?!\s+{re.escape(following)}\b)")
    return bool(text) and re.search(pattern, text) is not None


def _whole_name_said(name: list[str]) -> bool:
    """Whether a run of one word more than a name's usual length is a whole name: the article
    writes it ending a clause ("…, Dede Yusuf Macan Effendi.") and uses its first word alone
    with a speech verb ("Dede menjelaskan"); a headline's words run on ("Arteria Dahlan
    Berondong Kapolri dengan …") with no such end. A last word that is a place, known or
    written after "di", "ke" or "dari", is where he is from: "Agus Salim Hidayat Bandung"."""
    text = _ARTICLE_TEXT.get()
    ended = re.search(rf"\b{re.escape(' '.join(name))}[.,]", text) is not None
    return ended and not _ends_in_place(name, text) and _said_alone(name[:1], "", text)


def _capitals_used_alone(name: list[str]) -> bool:
    """Whether a name's trailing capitals ("Halendra YW") are a short form the article also
    writes elsewhere, not after the word before them: "Ketua RW 05, Budi Santoso RW"."""
    capitals, before = name[-1].rstrip(".,"), name[-2]
    if not is_name_capitals(capitals) or capitals in NAME_CAPITALS:
        return False
    # "DEDI KS" in capitals elsewhere is the same name written loud, not KS alone.
    pattern = rf"(?i:(?<!{re.escape(before)}\s))\b{re.escape(capitals)}\b"
    return re.search(pattern, _ARTICLE_TEXT.get()) is not None


def _ends_in_place(name: list[str], text: str) -> bool:
    """Whether a run's last word is a known place or one the article writes after "di",
    "ke" or "dari" ("tinggal di Bandung")."""
    last = name[-1].rstrip(".,")
    # "di Tanjung Morawa": a word that opens a longer place name is no place alone, and a
    # surname can open one (Tanjung, Siregar).
    return key(last) in speech.PLACES or re.search(
        rf"\b(?i:{_PLACE_INTRODUCERS}|dari|ke)\s+{re.escape(last)}\b(?!\s+[A-Z])",
        text) is not None


def _said_alone(rest: list[str], lead: str, text: str) -> bool:
    """Whether the article names rest without lead before it, next to a speech verb: "ujar
    Sudirman", "Sudirman mengatakan"."""
    said = re.escape(" ".join(rest))
    pattern = rf"(\S+)\s+{said}\b(?:\s*,?\s+(\S+))?"
    for match in re.finditer(pattern, text):
        before, after = match[1], match[2] or ""
        if before == lead:
            continue
        if any(key(w.strip(",.\"“”")) in _SAYING_WORDS for w in (before, after)):
            return True
    return False


def _pronoun_form(word: str) -> bool:
    """Whether word is "menurut", "diri" or a speech verb, active or passive, with "-nya"
    ("Menurutnya", "Katanya", "Diakuinya", "Dirinya"): the one named before, never a name."""
    low = word.lower().rstrip(",.")
    return low.endswith("nya") and low[:-3] in _PRONOUN_FORM_STEMS


_PRONOUN_FORM_STEMS = (frozenset(speech.SPEECH_VERBS) | frozenset(speech.PASSIVE_SPEECH_VERBS)
                       | {"menurut", "diri"})


def _organisation_named_first(name: list[str], words: list[str]) -> bool:
    """Whether the first of three name words is the name of the organisation or the region
    written right before them: "Universitas Tokyo Takao Someya", "RSUD Cileungsi Desriza
    Ratman", "Kepala Desa Sukamaju Rudi Hartono". A common first name ("Muhammad") opens the
    person's name instead."""
    organisation = key(words[-len(name) - 1]) if len(name) < len(words) else ""
    return (len(name) == speech.SPEAKER_MAX_WORDS
            and organisation in _NAMED_ORGANISATIONS | _REGIONS
            and key(name[0]) not in _OPENS_A_NAME and not _named_alone_elsewhere(name)
            and (organisation not in _NAMED_AFTER_TOWN_OR_HERO
                 or _is_article_place(name[0], name[1], _ARTICLE_TEXT.get())))


# Ports and airports are named after a town or after a hero ("Bandara Sultan Hasanuddin"):
# the word after them is the town only when it is a place ("Pelabuhan Sampit", "di Sampit").
_NAMED_AFTER_TOWN_OR_HERO = frozenset({"pelabuhan", "bandara"})


def _named_alone_elsewhere(name: list[str]) -> bool:
    """Whether the article calls someone by the first of these name words alone where a
    speech verb says it is a person ("kata Asep", "Asep mengatakan"): then "Kepala Puskesmas
    Asep Dadang Sutisna" is Asep's whole name, not the Puskesmas's."""
    first, second = name[0].rstrip("."), name[1]
    pattern = (rf"(\S+)\s+{re.escape(first)}\b(?!\s+{re.escape(second)})"
               rf"|\b{re.escape(first)}\s+(\S+)")
    for match in re.finditer(pattern, _ARTICLE_TEXT.get()):
        if any(w and key(w.strip(",.\"“”")) in _SAYING_WORDS for w in match.groups()):
            return True
    return False


def _opens_organisation(words: list[str]) -> bool:
    """Whether a run is an organisation's whole name: an organisation word first (no
    company form, which the owner's name may follow) and no title, rank or honorific after."""
    first = key(words[0])
    return (first in speech.ORGANISATION_WORDS and first not in _COMPANY_FORMS
            and len(words) <= ORG_MAX_WORDS
            and not any(key(w) in speech.TITLE_WORDS | _PERSON_MARKERS for w in words[1:]))


def _organisation(words: list[str]) -> str | None:
    """An organisation's name as written when the run opens with an organisation word and
    names no person: "Kementerian Luar Negeri China" speaks as itself."""
    if words and key(words[0]) in speech.ORGANISATION_WORDS and len(words) <= ORG_MAX_WORDS:
        return " ".join(words)
    return None


def office_of_a_country(words: list[str]) -> bool:
    """Whether words are an office's short form and a country or place: "Menlu Rusia",
    "Menkeu AS", "Menhan Australia"."""
    first = key(words[0])
    return (len(words) in (2, 3) and first in speech.TITLE_WORDS
            and (first in _COUNTRY_OFFICES or (first.startswith("men") and first != "menteri"))
            and all(key(w) in speech.PLACES or w in _COUNTRY_ACRONYMS for w in words[1:]))


# Offices a country has, besides a minister's short form ("Menlu", "Menkeu").
_COUNTRY_OFFICES = frozenset({"dubes"})
_COUNTRY_ACRONYMS = frozenset({"AS", "RI", "RRT", "UEA", "PBB"})


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
        opens = _opens_organisation(words[opener:]) or office
        # "Presiden Konfederasi … (KSPN) Ristadi": after an office, one word is its holder.
        shortest = 1 if (office and len(name or "") >= _ONE_WORD_NAME_MIN_CHARS
                         and _speaks_elsewhere(name or "")) else 2
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
    one_word_place = name is not None and " " not in name and _ends_in_place(
        [name], _ARTICLE_TEXT.get())
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
