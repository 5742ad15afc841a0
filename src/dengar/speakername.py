"""A speaker's name from a run of capitalised words: offices, ranks and companies stripped.

"Kepala Operasi Tim DVI Kombes Lisda Cancer" -> "Lisda Cancer"; an organisation that names no
person speaks as itself ("Kementerian Luar Negeri China"); an initial alone ("R" of "R&D") is
nobody. Also the internal markers for a speaker that stands for someone named before. What
the rest of the article says about the run is read in nameevidence.
"""

from __future__ import annotations

import re

from dengar import balinese, speech
from dengar.nameevidence import (
    NAME_DAYS,
    PERSON_MARKERS,
    after_office_place,
    article_being_read,
    capitals_used_alone,
    ends_an_address,
    office_place_first,
    organisation_named_first,
    speaks_elsewhere,
    whole_name_said,
    without_trailing_day,
)
from dengar.names import (
    COMMA_DEGREE,
    NAME_INITIALS,
    after_markers,
    has_middle_initials,
    is_comma_degree,
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


def named_elsewhere(name: str) -> bool:
    """Whether the article names this person in full elsewhere: a name of two words or more
    written again, or one word opening a longer name ("Bobby" and "Bobby Setiabudi"); an
    outlet or a holiday after "katanya" ("katanya Antara.", "ujarnya Idul Adha.") is not.
    A paragraph read without its article takes the name as written."""
    text, words = article_being_read(), name.split()
    if not text:
        return True  # a paragraph read alone: nothing to go by
    if len(words) > 1:
        return text.count(name) > 1
    return any(is_person(clean_speaker(m.group()) or "") for m in re.finditer(
        rf"\b{re.escape(name)}(?:\s+[A-Z][\w'’-]+)+", text))


def titled_names(title: str) -> list[str]:
    """The names the article writes after a title, in order: "Romo Asun" gives "Asun" for
    "Romo", so that "terang Romo" can mean him."""
    text = article_being_read()
    found = (clean_speaker(m[1]) for m in re.finditer(
        rf"\b{re.escape(title)}\s+({NAME_RUN})", text))
    return [name for name in found if name and name.lower() != title.lower()]


# Words opening a run that are not the name: "Kemudian Budi", "Dikatakan Lagan", "Kata Budi".
_NOT_NAME_OPENERS = (speech.SENTENCE_OPENERS | frozenset(speech.SPEECH_VERBS)
                     | frozenset(speech.PASSIVE_SPEECH_VERBS))
ORG_MAX_WORDS = 6  # "Kementerian Koordinator Bidang Perekonomian Republik Indonesia"
# A company's legal form: the word after it is the company's name ("PT Evoluzione").
_COMPANY_FORMS = frozenset({"pt", "pt.", "cv", "cv.", "persero"})
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
    while words and (words[0].lower() in skippable or is_police_unit(head, words[0])
                     or (is_acronym_word(words[0]) and words[0] not in NAME_INITIALS)):
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


def _regency_then_name(name: list[str]) -> bool:
    """Whether a run after a region word ("Kabupaten") is a one-word place and a full name:
    more words than a name holds, none of the rest a place's ("Sukamaju Rina Kartika Sari";
    not "Tanjung Jabung Barat", a place of three words)."""
    rest = [key(w) for w in name[1:]]
    return (len(name) == speech.SPEAKER_MAX_WORDS + 1
            and not any(w in speech.PLACES | speech.PLACE_WORDS | _COMPASS_WORDS for w in rest)
            # a word of the name speaks elsewhere ("kata Rina", "kata Saputra"); a regency of
            # four words ("Penukal Abab Lematang Ilir") never does
            and any(speaks_elsewhere(word) for word in name[1:]))


def is_police_unit(head: str, word: str) -> bool:
    """Whether word is the police unit the office word before it heads: "Kasat Lantas",
    "Kanit Reskrim"; "Lantas" after anything else ("Lantas Budi berkata") is no office."""
    return key(head) in speech.POLICE_UNIT_HEADS and key(word) in speech.POLICE_UNITS


def _balinese(words: list[str]) -> bool:
    """Whether words open with a Balinese name's "I" or "Ni": "I Nyoman Rudiarta"."""
    return (len(words) > 1 and words[0] in ("I", "Ni")
            and words[1].lower() in speech.BALINESE_NAMES)


_ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _organisation_numeral(name: list[str], words: list[str]) -> bool:
    """Whether name opens with the Roman numeral ending the organisation before it, as the
    article writes that organisation elsewhere without the name: "PT Angkasa Pura I Faik
    Fahmi" after "Angkasa Pura I (Persero)". A Balinese name's "I" ("I Made Sudarma") and a
    numeral after an office or a rank ("Kepala Desa I Komang") open the name."""
    text = article_being_read()
    before = words[-len(name) - 1]
    if (name[0] not in _ROMAN_NUMERALS or _balinese(name) or not text
            or key(before) in speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | PERSON_MARKERS):
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
            and word.lower().rstrip(".") not in _SHORT_RANKS
            and word.lower() not in speech.NAME_OPENERS)  # "Moh. Rudi": a name's short form


def _after_sentence_break(words: list[str]) -> list[str]:
    """The words after the last full stop inside a run ("Surabaya. Pada Jumat" -> after it);
    a title's abbreviation ("Prof.", "Dr.") or an initial ("M.") is no full stop."""
    for i in reversed(range(len(words) - 1)):
        if ends_sentence(words[i]):
            return words[i + 1:]
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


def _before_clause(words: list[str]) -> list[str]:
    """The run before a conjunction in title case: a headline's "Bupati Rina Sari Saat
    Meresmikan" -> "Bupati Rina Sari"; the word opening the run is left to the openers."""
    cut = next((i for i, w in enumerate(words)
                if i and key(w) in speech.CLAUSE_CONJUNCTIONS), len(words))
    return words[:cut]


def _before_own_office(words: list[str]) -> list[str]:
    """The run before an office written after the name without a comma: "Budi Santoso
    Anggota Fraksi PKB" -> "Budi Santoso". Only when nothing but office words follow and a
    name word comes right before ("Wakil Ketua DPRD Rina" keeps its office in front), and
    the office has more than its one title word ("Jung Pak": "Pak" is his surname here)."""
    for i in range(1, len(words) - 1):
        before = words[i - 1]
        if (key(words[i]) in speech.TITLE_WORDS - speech.HONORIFICS
                and not _strip_office(words[i:])
                and _strip_office(words[:i])[-1:] == [before]
                and key(before) not in speech.PLACES | speech.ORGANISATION_WORDS):
            return words[:i]
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
    words = without_trailing_day(words)
    # "Raden Ajeng", "Raden Roro": one title, though "Ajeng Raviando" is a name.
    words = [w for i, w in enumerate(words)
             if not (i and key(words[i - 1]) == "raden" and key(w) in _AFTER_RADEN)
             and not (key(w) == "raden" and i + 1 < len(words)
                      and key(words[i + 1]) in _AFTER_RADEN)]
    words = _before_own_office(_before_clause(_without_openers(words)))
    if not words or is_spaced_degree(words):
        return None  # "S. Sos": a degree alone, its initial no longer cut as an acronym
    if words[0].lower() in speech.PRONOUNS or _pronoun_form(words[0]):
        return PREVIOUS
    name = _strip_office(list(words))
    if not name:
        # An office alone ("Menlu RDRK") is the best name the text gives.
        return " ".join(words)
    if not person and opens_organisation(words):
        return " ".join(words)  # "Polda Metro Jaya", "Universitas Gadjah Mada"
    if office_of_a_country(words):
        return " ".join(words)  # "Menlu Rusia": another country's office, never "Menlu" alone
    if len(name) > 1 and capitals_used_alone(name):
        name = name[:-1]  # "Ketua RW 05, Budi Santoso RW": the article's short form, no initials
    if not has_middle_initials(strip_degrees(name)):  # "Retno LP Marsudi" is one name
        name = _strip_office(after_markers(strip_degrees(name))) or name
    if (len(name) < len(words) and key(words[-len(name) - 1]) in _PLACE_BEFORE_NAME
            and _regency_then_name(name)):
        name = name[1:]  # "Kabupaten Sukamaju Rina Kartika Sari": the regency, then its head
    elif (len(name) < len(words) and key(words[-len(name) - 1]) in _PLACE_BEFORE_NAME
            and not organisation_named_first(name, words)):
        return _organisation(words)  # "Kabupaten Pohuwato" is a place, "Wali Kota Yana" a mayor
    if 2 < len(name) < len(words) and key(words[-len(name) - 1]) in _COMPANY_FORMS:
        name = name[1:]  # "PT Evoluzione Alessandro Monzani": the company, then the person
    elif organisation_named_first(name, words):
        name = name[1:]  # "Universitas Tokyo Takao Someya": the organisation's name first
    if len(name) == 1 and len(name[0].rstrip(".")) == 1:
        return None  # an initial alone is nobody's name
    has_particle = any(w in speech.NAME_PARTICLES for w in name)
    # After a rank or an honorific only name words follow: "Kombes Ade Ary Syam Indradi".
    ranked = len(name) < len(words) and key(words[-len(name) - 1]) in PERSON_MARKERS
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
    elif len(name) == longest + 1 == len(words) and whole_name_said(name):
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
        if organisation_named_first(name, words):
            name = name[1:]  # "… RSUD Cileungsi Desriza Ratman": the hospital's town was cut into
    if len(name) > 2 and len(name) < len(words) and _organisation_numeral(name, words):
        name = name[1:]  # "Angkasa Pura I Faik Fahmi": the company's numeral, no "I Made"
    found = " ".join(name)
    # "Kementerian Luar Negeri Lithuania": one word after an organisation is part of its name.
    lone = len(name) == 1 < len(words) and key(words[-2]) not in PERSON_MARKERS
    # "Kanwil Kemenkumham Bali": the words after an organisation word end in its place.
    placed = (len(name) < len(words) and key(name[-1]) in speech.PLACES
              and key(words[-len(name) - 1]) in speech.ORGANISATION_WORDS)
    if placed:
        return _organisation(words[-len(name) - 1:])
    if len(name) == 1 and key(found) in NAME_DAYS:
        return _person_a_day_names(found)  # "ujar Ahad" after "Ahad Rahedi mengatakan"
    if ends_an_address(words):
        return None  # "…, Kabupaten Way Kanan, Provonsi Lampung": a place, misspelt or not
    if is_place_or_time(found) or (lone and _organisation(words)):
        return _organisation(words)
    if office_place_first(name, words):
        return " ".join(name[1:])  # "Ketua KPU Kendal Wahidin Said": Kendal is the office's
    return after_office_place(name, words) or found


# Words a day comes after, never a person: "pada Ahad Pagi", "setiap Ahad Kliwon".
_DAY_BEFORE = re.compile(r"\b(?i:pada|hari|setiap|tiap)\s+$")


def _person_a_day_names(day: str) -> str | None:
    """The person whose name the article opens with this day, "Ahad" alone standing for
    "Ahad Rahedi" as "Budi" does for "Budi Santoso"; None, a day, when it names nobody."""
    text = article_being_read()
    for match in re.finditer(rf"\b{re.escape(day)}\s+{NAME_RUN}", text):
        if _DAY_BEFORE.search(text, 0, match.start()):
            continue  # "pada Ahad Subuh": the day
        name = clean_speaker(sentence_pieces(match[0])[0])
        if name and name != PREVIOUS and name.split()[0] == day and is_person(name):
            return name
    return None


def _pronoun_form(word: str) -> bool:
    """Whether word is "menurut", "diri" or a speech verb, active or passive, with "-nya"
    ("Menurutnya", "Katanya", "Diakuinya", "Dirinya"): the one named before, never a name."""
    low = word.lower().rstrip(",.")
    return low.endswith("nya") and low[:-3] in _PRONOUN_FORM_STEMS


_PRONOUN_FORM_STEMS = (frozenset(speech.SPEECH_VERBS) | frozenset(speech.PASSIVE_SPEECH_VERBS)
                       | {"menurut", "diri"})


def opens_organisation(words: list[str]) -> bool:
    """Whether a run is an organisation's whole name: an organisation word first (no
    company form, which the owner's name may follow) and no title, rank or honorific after."""
    first = key(words[0])
    return (first in speech.ORGANISATION_WORDS and first not in _COMPANY_FORMS
            and len(words) <= ORG_MAX_WORDS
            and not any(key(w) in speech.TITLE_WORDS | PERSON_MARKERS for w in words[1:]))


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
