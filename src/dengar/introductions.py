"""Whether a run of capitalised words introduces a person: "Kepala Dinas X, Budi Santoso,
mengatakan", "Sumiati (45), ibu rumah tangga", "seorang pedagang sayur bernama Rina".

A run introduces someone after an office or a rank, with a description, an age or a speech
verb after it, or after "bernama" in a clause about a person. One word alone is a name only
where a paper introduces a person by one name: after a rank, with an age, set off after an
office or a person's description. ``subjects`` asks this of each run a paragraph has.
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.cast import SINGLE_NAME_MIN_CHARS, is_full_name
from dengar.names import key, without_brackets
from dengar.speakers import NAME_RUN_RE, SENTENCE_END_RE

_NAMING_WORDS = frozenset({"bernama", "namanya", "berinisial"})
# Words a noun phrase opens with, a person or a thing after them: "seorang warga".
CLASSIFIERS = frozenset({"sebuah", "seekor", "seorang", "sesosok", "para", "beberapa"})
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_VERB_MIN_CHARS = 4
# Things, places and animals a name is given to: "toko daring bernama Dodol Rina".
_THING_NOUNS = frozenset({
    "kapal", "perahu", "yayasan", "klinik", "akun", "toko", "warung",
    "restoran", "kafe", "usaha", "perusahaan", "merek", "produk", "aplikasi", "situs", "laman",
    "grup", "kelompok", "komunitas", "organisasi", "lembaga", "sekolah", "pondok", "kucing",
    "anjing", "hewan", "burung", "kuda", "mobil", "motor", "program", "kegiatan", "acara",
    "gerakan", "kampung", "desa", "dusun", "jalan", "gang", "media", "kanal", "film", "lagu",
    "buku", "band", "tim", "klub", "partai", "hotel", "gedung", "rumah", "milik",
})
_PERSON_NOUNS = speech.UNNAMED_SOURCES | speech.ROLE_NOUNS | frozenset({
    "pria", "wanita", "perempuan", "laki-laki", "pemuda", "pemudi", "remaja", "bocah", "anak",
    "gadis", "nenek", "kakek", "ibu", "bapak", "guru", "dokter", "pedagang", "sopir", "polisi",
    "petugas", "pegawai", "seseorang", "tetangga", "imam", "pendeta", "ustaz", "suster",
    "biarawati", "perawat", "bidan", "mahasiswi", "siswi", "atlet", "pemain", "pelatih",
    "turis", "peziarah", "lelaki", "istri", "suami", "putra", "putri", "warga", "penjaga",
    "pemilik", "pengelola", "pengurus", "penghuni", "anggota", "ketua", "kepala", "staf",
    "penjual", "pekerja", "tukang", "saksi", "korban", "dosen", "peneliti",
})
# A name with a description or a verb after it is being introduced: "Siti, warga RT 05,".
# A name in a list ("A, B, dan C") is not.
# Degrees after the name may come first: "Andri Purwanugraha, M.Pd., mengapresiasi".
# An age may come first too: "Raka Novat (22) mengaku".
INTRODUCTION_RE = re.compile(
    r"(?:\s*,?\s*(?:[A-Z][a-z]{0,2}\.)+[A-Za-z]*\.?(?=[\s,]))*(?:\s*\([1-9]\d?\))?"
    rf"(?:\s*,\s*(?!dan\b|serta\b|atau\b)[a-z]|\s+(?:{speech.SPEECH_VERB})\b)"
)
# A speech verb later in a name's own clause: "X, yang mengatakan …", "X menegaskan"; a verb
# of purpose after "untuk" is nobody's speech ("X tidak datang untuk menyampaikan …").
OWN_SPEECH_RE = re.compile(rf"[^.!?]*?(?<!\buntuk\s)\b(?:{speech.SPEECH_VERB})\b")
_SPEECH_VERB_RE = re.compile(rf"(?:{speech.SPEECH_VERB})(?:nya)?|bahwa")
_FURTHER = ["lebih", "lanjut"]  # an adverb, though "lanjut" alone is a speech verb
_DESCRIBED_RE = re.compile(r"\s+(?:ini|itu|tersebut)\b")
_OFFICE_OPENERS = speech.TITLE_WORDS | speech.SENTENCE_OPENERS | speech.RANKS
_TRAILING_NAME_RE = re.compile(rf"{NAME_RUN_RE.pattern}$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")
# A one-word name with the person's age after it: "Sudi (53)", "Adi (40 tahun)". It
# introduces someone only after "adalah"/"yakni" or a person's noun ("warga Sudi (53)"); a
# goal's minute ("oleh Ciro (67)") or a count ("Golkar (85)") is no age there.
_AGED_RE = re.compile(r"\s*\((?:[1-9]\d?)(?:\s*tahun)?\)")
# "salah satunya Ifa (50)": one of the people just described, with her age.
_AGE_INTRODUCERS = frozenset({"adalah", "yakni", "yaitu", "ialah", "bernama", "namanya",
                              "menurut", "satunya"})
_LIST_GOES_ON_RE = re.compile(r"\s*,?\s*(?:dan|serta|atau)\b|\s*,?\s*[A-Z]")
_LIST_BEFORE_RE = re.compile(r"\(\d+\)\s*,?\s*(?:(?:dan|serta)\s+)?$")
_LIST_AFTER_RE = re.compile(r"\s*,?\s*(?:(?:dan|serta|disusul)\s+)?[A-Z][\w-]*\s*\(\d")
# The holder's own verb right after the name, a speech verb or an active one: "Rudi
# membenarkan", "Rudi, menyampaikan"; "Pratikno pada pekan lalu" does nothing himself.
ACTS_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:(?:pun|juga|telah|sudah)\s+)?(?:{speech.SPEECH_VERB}|me[a-z]{{4,}})\b")
# Those an article names but who rarely speak in it: "Pelaku, Andi (35), …".
_SILENT_ROLES = frozenset({"pelaku", "tersangka", "terdakwa", "terduga", "terpidana"})


# The doer after a passive verb of leading, opening or presenting and "oleh" is the one who
# speaks next: "Rapat dipimpin oleh Rina Kartika Dewi." Any other passive verb names one
# acted on by him ("Pelaku dikejar oleh Joko", "Lahan itu diklaim oleh Hendra"), no speaker.
_LEADING_PASSIVES = frozenset(speech.PASSIVE_SPEECH_VERBS) | {
    "dipimpin", "dibuka", "dipandu", "diresmikan", "dibawakan", "dimoderatori", "dibacakan",
    "diumumkan", "dipresentasikan", "dikemukakan", "diungkap", "diuraikan", "diketuai",
    "diwakili",
}
_PASSIVE_AGENT_RE = re.compile(
    rf"\b(?:{speech.alternation(_LEADING_PASSIVES)})\s+oleh\s*$")


def introduces(text: str, run: re.Match[str], name: str) -> bool:
    """Whether the run introduces a person as a subject: after an office or a rank, with a
    description or a speech verb after it, or opening a sentence with an appositive. One
    word is a name only right after a rank or an honorific ("Kolonel Laut (P) Isswarto") or
    "bernama". A sentence opener in the run is no part of it ("Sementara Kapolres AKBP X")."""
    words = run.group().split()
    while len(words) > 1 and key(words[0]) in speech.SENTENCE_OPENERS:
        words = words[1:]
    sentence = SENTENCE_END_RE.split(without_brackets(text[: run.start()]))[-1]
    before = [key(w) for w in sentence.split()[-3:]]
    if (_in_description(sentence, run.group()) or _DESCRIBED_RE.match(text, run.end())
            or _IN_RELATIVE_DESCRIPTION_RE.match(sentence)):
        return False
    if before and before[-1] in _NAMING_WORDS:
        return _names_a_person(sentence)  # "pedagang sayur bernama Rina": somebody new
    office = speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | speech.RANKS | speech.HONORIFICS
    # An office opens the run; "dan" may have cut it ("Menteri … dan Reformasi Birokrasi X").
    titled = (key(words[0]) in office and len(name.split()) < len(words)) or any(
        w in speech.TITLE_WORDS | speech.RANKS | speech.HONORIFICS for w in before)
    # "… Antariksa Nasional (LAPAN) Rhorom Priyatikanto memberi …": a full name right after
    # an organisation's short form in brackets is its person, as after an office.
    titled = titled or ")" in text[run.start():run.end()] or (
        len(name.split()) < len(words) and office_goes_on(text, run))
    opens = (_SENTENCE_START_RE.search(text[: run.start()]) is not None
             and (text[run.end():].lstrip().startswith(",")
                  or _RELATIVE_DESCRIPTION_RE.match(text, run.end()) is not None))
    introduced = (titled or opens or _introduced_by_verb(text, run, sentence)
                  or _PASSIVE_AGENT_RE.search(sentence) is not None
                  or _after_office(sentence, text[run.end():], _ends_fragment(text, run.end()))
                  or _stands_in(text, run))
    if len(name.split()) == 1:
        word_before = (words[:-1] or before or [""])[-1]
        if titled and key(word_before) in speech.RANKS | speech.HONORIFICS:
            return True
        # "Salah satunya Sumiyati, warga Butuh, …": named as one of those just described.
        listed = bool(before) and before[-1] in _AGE_INTRODUCERS
        return (_aged(text, run, before)
                or ((opens or listed) and _described_as_person(text[run.end():]))
                or _named_after_description(sentence, text[run.end():])
                or _single_name_after_office(sentence, text, run)
                or _described_speaker(text, run))
    return introduced and is_full_name(name)


def _described_speaker(text: str, run: re.Match[str]) -> bool:
    """Whether a one-word name opens a clause with a person's description right after it,
    no comma between, and a speech verb after that in the same sentence: "Senada, Rina
    pedagang sayur keliling mengatakan …"; "Senada, Rina pedagang sayur." says nothing."""
    return (subject_position(text, run.start()) and text[run.end():run.end() + 1] == " "
            and _described_as_person(text[run.end():])
            and OWN_SPEECH_RE.match(text, run.end()) is not None)
_BEFORE_DAN_RE = re.compile(rf"(?P<run>{NAME_RUN_RE.pattern})\s+dan\s*$")


def office_goes_on(text: str, run: re.Match[str]) -> bool:
    """Whether the run goes on with an office cut by "dan", its holder at the end of the
    run: "Direktur Pelestarian Cagar Budaya dan Museum Harry Widianto"."""
    before = _BEFORE_DAN_RE.search(text[: run.start()])
    if before is None:
        return False
    words = before["run"].split()
    while len(words) > 1 and key(words[0]) in speech.SENTENCE_OPENERS:
        words = words[1:]
    return key(words[0]) in speech.TITLE_WORDS


def _introduced_by_verb(text: str, run: re.Match[str], sentence: str) -> bool:
    """Whether a speech verb or a comma's description follows the name. With an age between
    them ("Raka Novat (22) mengaku") only outside another's reported words: in "Kapolsek X
    mengatakan korban Y (22) mengaku …" the speaker stays the Kapolsek."""
    found = INTRODUCTION_RE.match(text, run.end())
    if found is None:
        return False
    aged = "(" in found.group()
    return not aged or _SPEECH_VERB_RE.search(sentence) is None


# A name opening a sentence, described in a "yang merupakan" clause closed by a comma, then
# speaking: "Rina Sari yang merupakan kerabat Budi Santoso, mengungkapkan …" is Rina; the
# name inside the description (Budi) is whom she is described by, not the subject.
_RELATIVE_DESCRIPTION = r"\s+yang\s+(?:merupakan|adalah|ialah)\s+[^,.!?“”\"]{3,80},\s*"
_RELATIVE_DESCRIPTION_RE = re.compile(rf"{_RELATIVE_DESCRIPTION}(?:{speech.SPEECH_VERB})\b")
_IN_RELATIVE_DESCRIPTION_RE = re.compile(
    rf"^\s*{NAME_RUN_RE.pattern}\s+yang\s+(?:merupakan|adalah|ialah)\s+[^,.!?“”\"]*$")


# A person standing in for an office, introduced as its voice: "Budi Santoso mewakili …";
# or acting in an office's capacity: "Rina Sari selaku ketua panitia kecewa …".
_STANDS_IN_RE = re.compile(r"\s+(?:(?:yang\s+)?mewakili|selaku)\b")
_SPEAKS_NEXT_RE = re.compile(rf"\s+(?:{speech.SPEECH_VERB})\b")
# "Bantuan diserahkan oleh Rina Sari selaku direktur …": the agent of a passive verb, or
# whom something goes to, stands in for the office but is not the sentence's subject.
_OBJECT_BEFORE_RE = re.compile(r"\b(?:oleh|kepada|dengan|dari|untuk)\s*$", re.IGNORECASE)


def _stands_in(text: str, run: re.Match[str]) -> bool:
    """Whether a name is the subject introduced standing in for an office: "Budi Santoso
    mewakili …", "Rina Sari selaku ketua panitia kecewa …"."""
    return (_STANDS_IN_RE.match(text, run.end()) is not None
            and _OBJECT_BEFORE_RE.search(text, 0, run.start()) is None)


def _single_name_after_office(sentence: str, text: str, run: re.Match[str]) -> bool:
    """Whether a one-word name set off after its office acts next: "Ketua Paguyuban
    Pedagang, Sutrisno, juga membenarkan …"; "Ketua RT, Sutrisno, dan warga" is a list."""
    fragment = _ends_fragment(text, run.end())
    return (len(run.group()) >= SINGLE_NAME_MIN_CHARS
            and _after_office(sentence, text[run.end():], fragment)
            and (fragment or ACTS_AFTER_RE.match(text, run.end()) is not None))


def _named_after_description(sentence: str, after: str) -> bool:
    """Whether a one-word name set off after a description of a person opens the predicate
    with a speech verb: "Salah satu orang tua siswa, Murti mengaku …"; a thing described
    ("Salah satu gedung, Menara mengaku …" is no sentence a paper writes) or a name in a
    list is not."""
    head = sentence.rstrip()
    if not head.endswith(",") or not _SPEAKS_NEXT_RE.match(after):
        return False
    clause = [key(w) for w in head[:-1].split(",")[-1].split()]
    while clause and clause[0] in CLASSIFIERS | {"salah", "satu"}:
        clause = clause[1:]
    return bool(clause) and clause[0] in _PERSON_NOUNS - _SILENT_ROLES


_DATELINE_DASH_RE = re.compile(r"\s[–—-]{1,2}\s")
# A sentence without a verb that only introduces who spoke, the day after the name: "Ketua
# Panitia PPDB SMP X, Malik, Kamis (4/7)." The name ends it, a day and its date at most after.
_FRAGMENT_END_RE = re.compile(
    rf"\s*(?:,\s*(?i:{speech.alternation(speech.DAYS)})\b(?:\s*\([\d/]+\))?)?\s*\.(?:\s|$)")


def _ends_fragment(text: str, end: int) -> bool:
    """Whether a name ending at end ends its sentence, a day and its date at most after it."""
    stopped = text[:end].endswith(".") and text[end:end + 1] in ("", " ", "\n")
    return stopped or _FRAGMENT_END_RE.match(text, end) is not None


def _after_office(sentence: str, after: str, fragment: bool = False) -> bool:
    """Whether a name follows its office set off by a comma and opens the clause's predicate:
    "Kepala Dinas Pemadam Kebakaran Provinsi Kalteng, Syahril Tarigan membenarkan …". A name
    in a list of officials ("…, Budi Santoso, dan Camat …") is not introduced so; a name
    ending a verbless sentence (fragment: "Ketua Panitia, Malik, Kamis (4/7).") is."""
    head = sentence.rstrip()
    if not head.endswith(",") or (_LIST_GOES_ON_RE.match(after) and not fragment):
        return False
    # "Semarang – Menteri X, Budi Santoso …": the dateline before a dash is no part of it;
    # nor is the clause before the one who stands in ("Dinas X yang diwakili Kepala Bidang
    # Y, Suharno. Dia mengatakan …": the office after "diwakili" is Suharno's).
    clause = _DATELINE_DASH_RE.split(head[:-1].split(",")[-1])[-1]
    office = _REPRESENTED_BY_RE.split(clause)[-1].split()
    return bool(office) and office_opens(office)


_REPRESENTED_BY_RE = re.compile(r"\b(?:yang\s+)?diwakili(?:\s+oleh)?\s+")


_OFFICE_PREFIX_MAX_WORDS = 2  # "General Manager", "Sales Area Manager"
_NOT_OFFICE_PREFIX = (speech.SENTENCE_OPENERS | speech.PRONOUNS
                      | frozenset(d.lower() for d in speech.DAYS))


def office_opens(words: list[str]) -> bool:
    """Whether words open with an office: a title word ("Kepala Dinas X"), or one after a
    few capitalised words naming its kind ("Sales Area Manager PT X", "General Manager
    X"); a sentence opener or a pronoun there ("Sementara Kepala Desa", "Ia") is no part
    of an office."""
    for i, word in enumerate(words[: _OFFICE_PREFIX_MAX_WORDS + 1]):
        if not word[:1].isupper() or (i and key(words[i - 1]) in _NOT_OFFICE_PREFIX):
            return False
        if key(word) in speech.TITLE_WORDS:
            return True
    return False


def _aged(text: str, run: re.Match[str], before: list[str]) -> bool:
    """Whether a one-word name with an age after it introduces a person: after "adalah",
    "menurut" or a person's noun ("warga Sudi (53)"), or opening a sentence or a clause
    ("Sumiati (45), ibu rumah tangga …", "Salah satu korban banjir, Sumiati (45), …"); not
    an item of a list of counts ("PDIP (110), Golkar (102)"), a goal's minute ("oleh Ciro
    (67)") or a suspect ("Pelaku, Andi (35), …")."""
    age = _AGED_RE.match(text, run.end())
    if age is None or _LIST_BEFORE_RE.search(text, 0, run.start()) or _LIST_AFTER_RE.match(
            text, age.end()):
        return False
    if before and before[-1] == "satunya" and not text[age.end():].lstrip().startswith(","):
        return False  # "salah satunya Golkar (45). Ia …": a party's count; "Ifa (50), ia …"
    if before and (before[-1] in _AGE_INTRODUCERS or before[-1] in _PERSON_NOUNS - _SILENT_ROLES):
        return True
    head = text[: run.start()].rstrip()
    if head and not head.endswith((",", ".", "!", "?")):
        return False  # inside a clause: "dicetak oleh Ciro (67)"
    clause = [key(w) for w in re.split(r"[.!?]", head)[-1].split(",")[-2:][0].split()]
    return not _SILENT_ROLES.intersection(clause)


def _described_as_person(after: str) -> bool:
    """Whether the words after a name's comma describe a person: "Adi, seorang warga
    Sukajadi, …", "Rina, pedagang sayur, …"."""
    words = [key(w) for w in after.lstrip(" ,").split()[:3]]
    while words and words[0] in CLASSIFIERS | {"salah"}:
        words = words[1:]  # "salah seorang warga"
    return bool(words) and words[0].rstrip(",") in _PERSON_NOUNS


def _in_description(sentence: str, run: str) -> bool:
    """Whether a run sits in a description set off after a name, so it is not the person the
    sentence is about: "Budi, putra sulung aktor X," or "Budi, Direktur Koperasi X,"."""
    clauses = sentence.split(",")
    if len(clauses) < 2 or not clauses[-2].split():
        return False
    named = _TRAILING_NAME_RE.search(clauses[-2].strip())
    if named is None or key(named.group().split()[0]) in _OFFICE_OPENERS:
        return False  # "Komandan DVI, Kombes X": the office comes first, then the name
    if not clauses[-1].split():
        return key(run.split()[0]) in speech.TITLE_WORDS
    opener = key(clauses[-1].split()[0])
    return clauses[-1].strip()[:1].islower() and opener not in _OFFICE_OPENERS


def subject_position(text: str, start: int) -> bool:
    """Whether a name at start opens a sentence or a clause ("Namun Budi …", "…, Budi …"),
    as a subject does; a clause after a speech verb ("menyebut, Budi …") is reported."""
    words = text[:start].split()
    while words and key(words[-1]) in speech.SENTENCE_OPENERS and words[-1][-1].isalpha():
        words = words[:-1]  # "Namun Budi"; "sejauh ini, Budi" ends a clause at the comma
    if not words or words[-1].endswith((".", "!", "?", "”", '"')):
        return True
    adverb = [key(w) for w in words[-2:]] == _FURTHER  # "Lebih lanjut, Budi …" is no report
    return words[-1].endswith(",") and (adverb or _SPEECH_VERB_RE.fullmatch(key(words[-1])) is None)


def _names_a_person(sentence: str) -> bool:
    """Whether the "bernama" ending sentence names a person who may speak: a person noun in
    its clause ("seorang pedagang sayur bernama", "istrinya bernama"), not an animal
    ("kucing bernama") or somebody's belonging or object ("milik korban bernama")."""
    clause = sentence.split(",")[-1]  # "Seorang pria paruh baya asal Kota Bandung bernama"
    written = clause.split()[:-1]
    words = [key(w).removesuffix("nya") for w in written]  # "istrinya" -> "istri"
    # The phrase "bernama" ends starts after the last classifier or verb ("menyita sebuah
    # kapal milik nelayan"); in Indonesian its first noun is its head ("sopir mobil").
    start = max((i + 1 for i, w in enumerate(words)
                 if written[i][:1].islower() and _opens_phrase(w)),
                default=0)
    for word in words[start:]:
        if word in _PERSON_NOUNS:
            return True
        if word in _THING_NOUNS:
            return False  # "toko daring bernama", "kapal milik nelayan bernama"
    return False


def _opens_phrase(word: str) -> bool:
    """Whether a noun phrase starts after word: a classifier ("sebuah", "seorang") or a verb
    ("membuka", "dibawa"); a listed noun ("menteri", "pedagang") is none."""
    if word in CLASSIFIERS:
        return True
    if word in _PERSON_NOUNS or word in _THING_NOUNS or word in speech.TITLE_WORDS:
        return False
    return len(word) > _VERB_MIN_CHARS and word.startswith(_VERB_PREFIXES)


def named_as_new(text: str, at: int) -> bool:
    """Whether the name at position at follows "bernama", "namanya" or "berinisial"."""
    before = text[:at].split()
    return bool(before) and key(before[-1]) in _NAMING_WORDS
