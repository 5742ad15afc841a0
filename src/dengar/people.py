"""Who a paragraph names, and as what: the reading that updates a ``Cast`` (cast.py).

The cast travels through the body paragraphs in reading order. Each paragraph adds the full
names it introduces ("Menteri … Yuddy Chrisnandi menginginkan …"), nicknames and short forms
it declares, and who was named last, so that "kata dia" resolves to the last person named and
"tutur Yuddy" to "Yuddy Chrisnandi".

Only a person named as a subject counts as "the last person": a name opening a sentence or a
clause, after an office or a rank, or before a speech verb. A name after a preposition or an
object's verb ("dengan X", "menuntut pihak X"), inside a description of someone else ("Budi,
putra aktor X,"), or followed by "ini" is not; neither is an organisation, a day or a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from dengar import offices, speech
from dengar.aliases import nicknames, office_short_forms
from dengar.cast import SINGLE_NAME_MIN_CHARS, Cast, is_full_name, is_single_name
from dengar.names import (
    is_person,
    key,
    respelled,
    short_forms,
    without_brackets,
)
from dengar.speakername import ends_sentence, sentence_pieces
from dengar.speakers import (
    NAME_RUN_RE,
    PREVIOUS,
    SENTENCE_END_RE,
    clean_speaker,
    reported_speakers,
)

_NAMING_WORDS = frozenset({"bernama", "namanya", "berinisial"})
_CLASSIFIERS = frozenset({"sebuah", "seekor", "seorang", "sesosok", "para", "beberapa"})
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
_INTRODUCTION_RE = re.compile(
    r"(?:\s*,?\s*(?:[A-Z][a-z]{0,2}\.)+[A-Za-z]*\.?(?=[\s,]))*(?:\s*\([1-9]\d?\))?"
    rf"(?:\s*,\s*(?!dan\b|serta\b|atau\b)[a-z]|\s+(?:{speech.SPEECH_VERB})\b)"
)
# A speech verb later in a name's own clause: "X, yang mengatakan …", "X menegaskan".
_OWN_SPEECH_RE = re.compile(rf"[^.!?]*?\b(?:{speech.SPEECH_VERB})\b")
_SPEECH_VERB_RE = re.compile(rf"(?:{speech.SPEECH_VERB})(?:nya)?|bahwa")
_FURTHER = ["lebih", "lanjut"]  # an adverb, though "lanjut" alone is a speech verb
_DESCRIBED_RE = re.compile(r"\s+(?:ini|itu|tersebut)\b")
_NICKNAME_RE = re.compile(
    rf"\b(?:{'|'.join(speech.NICKNAME_MARKERS)})\s+(?P<name>[A-Z][^\W\d_]+)\b"
)
# A nickname before its marker: "Prof Nug sapaan akrabnya", "Cak Nun, panggilan akrabnya".
_NICKNAME_BEFORE_RE = re.compile(
    r"\b(?P<name>[A-Z][^\W\d_]+)\s*[,(]?\s*(?:sapaan|panggilan)\s+akrab(?:nya)?\b"
)
_OFFICE_OPENERS = speech.TITLE_WORDS | speech.SENTENCE_OPENERS | speech.RANKS
_TRAILING_NAME_RE = re.compile(rf"{NAME_RUN_RE.pattern}$")
# A nickname, with the word of address said with it, before its marker and the full name:
# "Kang Giri, sapaan akrab Sugiri Sancoko" ("Kang Giri" and "Giri" are both him).
_NICKNAME_OF_RE = re.compile(
    r"\b(?P<address>[A-Z][a-z]+\s+)?(?P<name>[A-Z][^\W\d_]+)\s*,?\s*(?:sapaan|panggilan)"
    rf"\s+(?:akrab|karib)(?:nya)?\s+(?P<full>{NAME_RUN_RE.pattern})"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")
# An abbreviation in brackets, not an age ("Sudi (53)") nor a corps letter ("Laut (P)").
_BRACKETED_RE = re.compile(r"\([^()\d]{2,}\)")
_NAME_AFTER_COMMA_RE = re.compile(rf"\s*,\s*(?P<name>{NAME_RUN_RE.pattern})")
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
# "Kepala Kejari X, Budi melalui Kasi Pidsus, Rudi membenarkan …": the one after "melalui"
# and an office speaks for the one named right before, so the name after it is the subject.
_THROUGH_OFFICE_RE = re.compile(
    r"[A-Z][\w.'’-]*\s+melalui\s+(?P<office>[A-Z][\w.-]*(?:\s+(?:dan\s+)?[A-Z][\w.-]*){0,6})\s*,?\s*$")
_SPEECH_IN_TEXT_RE = re.compile(rf"\b(?:{speech.SPEECH_VERB})\b")
# The holder's own verb right after the name, a speech verb or an active one: "Rudi
# membenarkan", "Rudi, menyampaikan"; "Pratikno pada pekan lalu" does nothing himself.
_ACTS_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:(?:pun|juga|telah|sudah)\s+)?(?:{speech.SPEECH_VERB}|me[a-z]{{4,}})\b")
# The same with a circumstance between the name and the verb: "Rudi dalam keterangan
# tertulis, Selasa, meminta …", "Rudi saat ditemui di kantornya menjelaskan …".
_ACTS_AFTER_CIRCUMSTANCE_RE = re.compile(
    r"(?:\s*,?\s*(?:(?:dalam|saat|ketika|usai|seusai|pada|di)(?:\s+[^\s,.!?;]+)+?"
    rf"|(?i:{speech.alternation(speech.DAYS)})\b(?:\s*\([\d/]+\))?)\s*(?=,|\s))*"
    + _ACTS_AFTER_RE.pattern)
# Where a sentence goes on with a clause of its own: "; ", ", sementara", ", sedangkan".
_NEW_CLAUSE_RE = re.compile(
    r";\s*|,\s*(?:sementara(?:\s+itu)?|sedangkan|namun|tetapi|tapi|padahal)\s+")
# Such a clause's subject speaks only with a verb that reports what he says: "sementara
# Kepala Bappeda Joko memastikan dana tersedia"; "padahal Bupati X sudah berjanji
# memperbaikinya" and "tetapi Gubernur X belum membalasnya" are what the one quoted says.
_CLAUSE_SUBJECT_REPORTS_RE = re.compile(
    rf"[^.!?;]*?\b(?:{speech.SPEECH_VERB}|memastikan|meminta|menjamin)\b")
# Those an article names but who rarely speak in it: "Pelaku, Andi (35), …".
_SILENT_ROLES = frozenset({"pelaku", "tersangka", "terdakwa", "terduga", "terpidana"})


# A count or a plural word before an office: "6 calon Wakil Gubernur", "para Bupati",
# "sejumlah Kepala Desa" name many holders, never the one "dia" stands for. Up to three
# digits: "2024 Gubernur X" is a year before one governor.
_COUNTED_OFFICE_RE = re.compile(
    r"(?:(?<![\d.,/])\d{1,3}|\b(?:para|sejumlah|beberapa|seluruh|semua|puluhan|ratusan|dua"
    r"|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh))"
    r"\s+(?:(?:bakal\s+)?calon\s+|mantan\s+)?$"
)


def _counted_office(text: str, run: re.Match[str], name: str) -> bool:
    """Whether the run is an office alone after a count or a plural word: "6 calon Wakil
    Gubernur", "para Bupati"."""
    return offices.is_office_alone(name) and _COUNTED_OFFICE_RE.search(
        text, 0, run.start()) is not None


def _set_off(text: str, run: re.Match[str]) -> bool:
    """Whether the run stands between commas, as an appositive: "Korban, Rudi, mengaku"."""
    return text[: run.start()].rstrip().endswith(",") and text[run.end():].lstrip()[:1] == ","


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


def _introduces(text: str, run: re.Match[str], name: str) -> bool:
    """Whether the run introduces a person as a subject: after an office or a rank, with a
    description or a speech verb after it, or opening a sentence with an appositive. One
    word is a name only right after a rank or an honorific ("Kolonel Laut (P) Isswarto") or
    "bernama". A sentence opener in the run is no part of it ("Sementara Kapolres AKBP X")."""
    words = run.group().split()
    while len(words) > 1 and key(words[0]) in speech.SENTENCE_OPENERS:
        words = words[1:]
    sentence = SENTENCE_END_RE.split(without_brackets(text[: run.start()]))[-1]
    before = [key(w) for w in sentence.split()[-3:]]
    if _in_description(sentence, run.group()) or _DESCRIBED_RE.match(text, run.end()):
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
        len(name.split()) < len(words) and _office_goes_on(text, run))
    opens = (_SENTENCE_START_RE.search(text[: run.start()]) is not None
             and text[run.end():].lstrip().startswith(","))
    introduced = (titled or opens or _introduced_by_verb(text, run, sentence)
                  or _PASSIVE_AGENT_RE.search(sentence) is not None
                  or _after_office(sentence, text[run.end():], _ends_fragment(text, run.end()))
                  or _STANDS_IN_RE.match(text, run.end()) is not None)
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
    return (_subject_position(text, run.start()) and text[run.end():run.end() + 1] == " "
            and _described_as_person(text[run.end():])
            and _OWN_SPEECH_RE.match(text, run.end()) is not None)


# The field of an office ("Direktur Pelestarian Cagar Budaya") is never the name of the
# person holding it: a pe-…-an / ke-…-an field word the office vocabulary knows, not the
# bare shape, which some names have too ("Kesumawardhan Putra"), nor "I" of "I Gusti".
_OFFICE_FIELDS = frozenset(w for w in speech.TITLE_QUALIFIERS if re.fullmatch(
    r"(?:pe|ke)[a-z]{5,}an", w)) | frozenset({
    "pelestarian", "pengelolaan", "pengawasan", "pembinaan", "penelitian", "perpustakaan",
    "kearsipan", "kepegawaian", "kesejahteraan", "keselamatan", "ketahanan", "kependudukan",
    "permukiman", "perizinan", "pemerintahan", "peternakan", "perkebunan", "kesenian",
})
_BEFORE_DAN_RE = re.compile(rf"(?P<run>{NAME_RUN_RE.pattern})\s+dan\s*$")


def _office_goes_on(text: str, run: re.Match[str]) -> bool:
    """Whether the run goes on with an office cut by "dan", its holder at the end of the
    run: "Direktur Pelestarian Cagar Budaya dan Museum Harry Widianto"."""
    before = _BEFORE_DAN_RE.search(text[: run.start()])
    if before is None:
        return False
    words = before["run"].split()
    while len(words) > 1 and key(words[0]) in speech.SENTENCE_OPENERS:
        words = words[1:]
    return key(words[0]) in speech.TITLE_WORDS


# A relative set off after the titled person they are the relative of: "… termasuk putra
# Bupati Budi Santoso, Rudi Hartono." The title is Budi's; Rudi is only described by it.
_KIN_NOUNS = frozenset({
    "putra", "putri", "anak", "istri", "suami", "adik", "kakak", "ayah", "ibunda", "ayahanda",
    "menantu", "cucu", "keponakan", "sepupu", "mertua",
})
_RELATIVE_OF_HOLDER_RE = re.compile(
    rf"(?P<kin>\S+)\s+(?P<holder>{NAME_RUN_RE.pattern})\s*,\s*$")


def _relative_only(text: str, run: re.Match[str]) -> bool:
    """Whether a name is set off after a relative's noun and a titled person's full name,
    with no speech verb or description of its own after it: the sentence names him only as
    that person's relative ("Rudi Hartono." above), so he is not the one "dia" means."""
    if _INTRODUCTION_RE.match(text, run.end()) is not None:
        return False  # "putra Bupati Budi Santoso, Rudi Hartono, mengatakan …" speaks
    found = _RELATIVE_OF_HOLDER_RE.search(text, 0, run.start())
    if found is None or key(found["kin"]) not in _KIN_NOUNS:
        return False
    holder = clean_speaker(found["holder"])
    return bool(holder) and holder != PREVIOUS and is_full_name(holder) and is_person(holder)


def _introduced_by_verb(text: str, run: re.Match[str], sentence: str) -> bool:
    """Whether a speech verb or a comma's description follows the name. With an age between
    them ("Raka Novat (22) mengaku") only outside another's reported words: in "Kapolsek X
    mengatakan korban Y (22) mengaku …" the speaker stays the Kapolsek."""
    found = _INTRODUCTION_RE.match(text, run.end())
    if found is None:
        return False
    aged = "(" in found.group()
    return not aged or _SPEECH_VERB_RE.search(sentence) is None


# A person standing in for an office, introduced as its voice: "Budi Santoso mewakili …".
_STANDS_IN_RE = re.compile(r"\s+(?:yang\s+)?mewakili\b")
_SPEAKS_NEXT_RE = re.compile(rf"\s+(?:{speech.SPEECH_VERB})\b")


def _single_name_after_office(sentence: str, text: str, run: re.Match[str]) -> bool:
    """Whether a one-word name set off after its office acts next: "Ketua Paguyuban
    Pedagang, Sutrisno, juga membenarkan …"; "Ketua RT, Sutrisno, dan warga" is a list."""
    fragment = _ends_fragment(text, run.end())
    return (len(run.group()) >= SINGLE_NAME_MIN_CHARS
            and _after_office(sentence, text[run.end():], fragment)
            and (fragment or _ACTS_AFTER_RE.match(text, run.end()) is not None))


def _named_after_description(sentence: str, after: str) -> bool:
    """Whether a one-word name set off after a description of a person opens the predicate
    with a speech verb: "Salah satu orang tua siswa, Murti mengaku …"; a thing described
    ("Salah satu gedung, Menara mengaku …" is no sentence a paper writes) or a name in a
    list is not."""
    head = sentence.rstrip()
    if not head.endswith(",") or not _SPEAKS_NEXT_RE.match(after):
        return False
    clause = [key(w) for w in head[:-1].split(",")[-1].split()]
    while clause and clause[0] in _CLASSIFIERS | {"salah", "satu"}:
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
    # "Semarang – Menteri X, Budi Santoso …": the dateline before a dash is no part of it.
    office = _DATELINE_DASH_RE.split(head[:-1].split(",")[-1])[-1].split()
    return bool(office) and _office_opens(office)


_OFFICE_PREFIX_MAX_WORDS = 2  # "General Manager", "Sales Area Manager"
_NOT_OFFICE_PREFIX = (speech.SENTENCE_OPENERS | speech.PRONOUNS
                      | frozenset(d.lower() for d in speech.DAYS))


def _office_opens(words: list[str]) -> bool:
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


def _after_abbreviation(run: str) -> str | None:
    """The full name after an office's abbreviation in brackets: "Ketua Umum Partai Amanat
    Nasional (PAN) Zulkifli Hasan" is Zulkifli Hasan; None when no full name follows one."""
    if ")" not in run:
        return None
    name = clean_speaker(run.rsplit(")", 1)[1])
    return name if name and name != PREVIOUS and is_full_name(name) else None


# "Musriah warga Kedung Mundu": a name, then "warga" and where they live; the run after
# "warga" is the place, the one named before it the person.
_RESIDENT_OF_RE = re.compile(rf"(?P<run>{NAME_RUN_RE.pattern})\s+warga\s+$")
# A place or a time before "warga" is no person: "Di Semarang warga X", "Sejak Lebaran warga X".
_PLACE_OR_TIME_LEADS = frozenset({
    "di", "ke", "dari", "sejak", "pada", "saat", "selama", "usai", "setelah", "sebelum",
    "menjelang", "jelang", "hingga", "sampai", "dalam",
})


def _home_of_named(before: str) -> bool:
    """Whether what follows before is where a person named just before lives: "Musriah
    warga (Kedung Mundu)"; "Seorang warga (Budi Santoso)" names the resident."""
    match = _RESIDENT_OF_RE.search(before)
    if match is None or key(match["run"].split()[0]) in _CLASSIFIERS | _PLACE_OR_TIME_LEADS:
        return False
    if key((before[: match.start()].split() or [""])[-1]) in _PLACE_OR_TIME_LEADS:
        return False  # "ditemui di Tambaklorok warga Rudi": the run is where, not who
    name = clean_speaker(match["run"])
    return bool(name) and name != PREVIOUS and is_person(name)


# Two places joined by a spaced dash after a preposition of place: "berangkat dari Bandara
# Sukamaju – Cibiru, lalu …"; the run after the dash is the second place, never a person.
# A dateline's dash ("Sukamaju – Rina Sari mengatakan") has no preposition before it.
_PLACE_PAIR_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_PLACE_OR_TIME_LEADS - {'saat', 'selama', 'pada'}))})"
    rf"\s+{NAME_RUN_RE.pattern}\s+[–—-]\s*$"
)


def _second_place_of_pair(before: str) -> bool:
    """Whether before ends with a place and a spaced dash after a preposition of place; a
    name that speaks in its clause after it ("dari Sukamaju – Rina Sari, ketua kloter,
    menyebut …") is a person all the same (see the caller)."""
    return _PLACE_PAIR_BEFORE_RE.search(before[-120:]) is not None


def _across_abbreviation(run: str, name: str) -> bool:
    """Whether name takes in words from before a bracketed short form in the run: "Kartu
    Indonesia Pintar (KIP) Kuliah" is a programme, never a person called "Pintar Kuliah";
    a person after the short form is named by the words after it alone."""
    if ")" not in run:
        return False
    return len(name.split()) > len(run.rsplit(")", 1)[1].split())


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
    while words and words[0] in _CLASSIFIERS | {"salah"}:
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


def _subject_position(text: str, start: int) -> bool:
    """Whether a name at start opens a sentence or a clause ("Namun Budi …", "…, Budi …"),
    as a subject does; a clause after a speech verb ("menyebut, Budi …") is reported."""
    words = text[:start].split()
    while words and key(words[-1]) in speech.SENTENCE_OPENERS and words[-1][-1].isalpha():
        words = words[:-1]  # "Namun Budi"; "sejauh ini, Budi" ends a clause at the comma
    if not words or words[-1].endswith((".", "!", "?", "”", '"')):
        return True
    adverb = [key(w) for w in words[-2:]] == _FURTHER  # "Lebih lanjut, Budi …" is no report
    return words[-1].endswith(",") and (adverb or _SPEECH_VERB_RE.fullmatch(key(words[-1])) is None)


def _object_of(text: str, start: int) -> bool:
    """Whether a name at start is the object of a preposition or a verb ("dengan X", "ke
    RSUD dr X"): the last lower-case word before it, past titles and acronyms, says so, unless
    a comma comes first."""
    for word in reversed(text[:start].split()):
        low = key(word)
        if word.endswith(","):
            return False  # "hadir di Roma, Pendeta Bachai, mengaku": the comma ends "di Roma"
        if low in speech.NOT_SUBJECT_BEFORE:
            return True
        if not (word[:1].isupper() or low in speech.HONORIFICS | speech.RANKS):
            return False
    return False


def _office_before_name(text: str, run: re.Match[str]) -> bool:
    """Whether a run is an office with the holder's full name after a comma: "Kepala SDIT
    Cendekia Purwakarta, Andri Purwanugraha, …" is Andri, not "Cendekia Purwakarta"."""
    if not _office_opens(run.group().split()):
        return False
    after = _NAME_AFTER_COMMA_RE.match(text, run.end())
    if after is None:
        return False
    name = clean_speaker(after["name"])
    single = (name is not None and is_single_name(name)
              and _ACTS_AFTER_RE.match(text, after.end()) is not None)
    return bool(name) and name != PREVIOUS and (is_full_name(name) or single) and is_person(name)


def _later_in_clause(text: str, run: re.Match[str], found: list[tuple[int, str]]) -> bool:
    """Whether a name comes after the subject its sentence already has, with no speech verb
    of its own after it: "Budi belum mengenal pelatih tim lawan, Joko Susilo." is about Budi;
    Joko is what he does not know, as "keberhasilan Film X, yakni …" is what Budi speaks of."""
    if not found or _OWN_SPEECH_RE.match(text, run.end()):
        return False
    sentence_start = max((m.end() for m in SENTENCE_END_RE.finditer(text, 0, run.start())),
                         default=0)
    # "…, kata dia, dibiayai APBD, sementara Kepala Bappeda Joko memastikan …": a clause of
    # its own, with its own subject.
    clause_start = max((m.end() for m in _NEW_CLAUSE_RE.finditer(text, 0, run.start())),
                       default=0)
    if not _CLAUSE_SUBJECT_REPORTS_RE.match(text, run.end()):
        clause_start = 0
    return found[-1][0] >= max(sentence_start, clause_start)


def _spoken_through(text: str, run: re.Match[str], name: str) -> bool:
    """Whether a name follows "melalui" and an office, with a comma or not: "Kajari X, Budi
    melalui Kasi Pidsus, Rudi membenarkan …" is Rudi speaking for Budi. Only the office's
    holder counts, after a name: "melalui Kantor Pos" names no spokesperson, and "warga
    mengadu melalui Kepala Desa Budi" a channel."""
    if run.group().split()[0] != name.split()[0]:
        before = text[: run.start()] + run.group()[: run.group().rfind(name)]
    else:
        before = text[: run.start()]
    through = _THROUGH_OFFICE_RE.search(before)
    if through is None or key(through["office"].split()[0]) not in speech.TITLE_WORDS:
        return False
    # "Firli mengatakan laporan diterima Presiden melalui Menteri X, Pratikno pada pekan
    # lalu": the subject already spoke, and the one after "melalui" says nothing himself.
    sentence_start = max((m.end() for m in SENTENCE_END_RE.finditer(before)), default=0)
    spoke_before = _SPEECH_IN_TEXT_RE.search(before, sentence_start, through.start()) is not None
    return not spoke_before and _ACTS_AFTER_CIRCUMSTANCE_RE.match(text, run.end()) is not None


def _runs_within_sentences(text: str) -> Iterator[re.Match[str]]:
    """The name runs of text; a run that ends in a pronoun opening the next sentence is cut
    at its full stop: "… oleh Rina Kartika Dewi. Ia membuka …" holds "Rina Kartika Dewi",
    then "Ia"; other runs stay whole (clean_speaker reads them after their last stop)."""
    for run in NAME_RUN_RE.finditer(text):
        stops = [w.end() for w in re.finditer(r"\S+", run.group())
                 if ends_sentence(w.group()) and w.end() < len(run.group())]
        last = run.group()[stops[-1]:].split() if stops else []
        if len(last) != 1 or key(last[0]) not in speech.PRONOUNS:
            yield run
            continue
        name_run = NAME_RUN_RE.match(text, run.start(), run.start() + stops[-1])
        if name_run:
            yield name_run
        pronoun = NAME_RUN_RE.search(text, run.start() + stops[-1], run.end())
        if pronoun:
            yield pronoun


def _introduced_names(text: str, cast: Cast,
                      reported: tuple[int, ...] = ()) -> list[tuple[int, str]]:
    """People named in text as subjects: after an office ("Kepala KKP … Muhammad Budi
    Hidayat"), or a short or full name the cast already knows ("Budi mengeluh"). A name
    after a preposition or an object's verb ("dengan X", "menuntut pihak X") is skipped, and
    so is a name after someone reported speaking in the same sentence (reported: where
    they are): "Kata dia, target itu arahan Presiden X." is still "dia" speaking."""
    found: list[tuple[int, str]] = []
    # "Komisaris Besar Polisi (Kombes Pol) Jan Makatita" is one run: the bracketed
    # abbreviation is blanked out, keeping every position.
    blanked = _BRACKETED_RE.sub(lambda m: " " * len(m.group()), text)
    for run in _runs_within_sentences(blanked):
        name = _after_abbreviation(text[run.start():run.end()]) or clean_speaker(run.group())
        if name and not is_person(name) and _office_goes_on(text, run):
            # "Direktur X dan Museum Harry Widianto": the office's tail, then its holder.
            name = clean_speaker(run.group(), person=True)
        if (not name or name == PREVIOUS or not is_person(name)
                or key(name.split()[0]) in _OFFICE_FIELDS
                or _across_abbreviation(text[run.start():run.end()], name)
                or _home_of_named(text[: run.start()]) or _counted_office(text, run, name)
                or (_second_place_of_pair(text[: run.start()])
                    and _OWN_SPEECH_RE.match(text, run.end()) is None)):
            continue
        if _spoken_through(blanked, run, name):
            found.append((run.start(), name))
            continue
        subjects = sorted([*found, *((at, "") for at in reported if at < run.start())])
        if (_object_of(text, run.start()) or _later_in_clause(text, run, subjects)
                or _office_before_name(text, run) or _relative_only(text, run)):
            continue
        if _introduces(text, run, name):
            found.append((run.start(), name))
            continue
        full = cast.full_name(name, written=False) or name
        if respelled(name, full) and _set_off(text, run):
            found.append((run.start(), name))  # "Korban, Rudi," after "Rudy Setiawan"
            continue
        # A capitalised word ("Satu") never stands for an unnamed source ("salah satu …").
        if _subject_position(text, run.start()) and full[:1].isupper() and (
                full != name or name in cast.known):
            found.append((run.start(), full))
    return found


def names_written(text: str, cast: Cast, new_only: bool = False) -> Cast:
    """The cast knowing every full name written in text, whatever role it has there; with
    new_only, only names that stand for no one met before ("La Nyalla" after "La Nyalla
    Mattalitti" is no new name). A nickname written inside a name ("Stefano 'Teco'
    Cugurra") stands for the name from then on."""
    for nickname, full in nicknames(text):
        cast = replace(cast, aliases=(*cast.aliases, (nickname, full)))
    for run in NAME_RUN_RE.finditer(text):
        for piece in sentence_pieces(run.group()):
            name = clean_speaker(piece)
            if name and name != PREVIOUS and is_full_name(name) and (
                    not new_only or cast.full_name(name) == name):
                cast = cast.knowing(name, set_off=piece == run.group() and _set_off(text, run))
    return cast


def named_in(text: str, cast: Cast) -> str | None:
    """The last person text itself names (not one remembered from before), or None."""
    return read_paragraph(text, Cast(known=cast.known)).last


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
    if word in _CLASSIFIERS:
        return True
    if word in _PERSON_NOUNS or word in _THING_NOUNS or word in speech.TITLE_WORDS:
        return False
    return len(word) > _VERB_MIN_CHARS and word.startswith(_VERB_PREFIXES)


def _named_as_new(text: str, at: int) -> bool:
    """Whether the name at position at follows "bernama", "namanya" or "berinisial"."""
    before = text[:at].split()
    return bool(before) and key(before[-1]) in _NAMING_WORDS


def _shortened(nickname: str, names: tuple[str, ...]) -> str | None:
    """The latest full name with a word that nickname starts ("Nug" for "Mulyanto
    Nugroho"), for a nickname its marker says is one."""
    low = nickname.lower()
    return next((full for full in reversed(names) if " " in full and any(
        w.lower().startswith(low) and w.lower() != low for w in full.split())), None)


# "Sem" of "Semmy" and "Semuel"; one letter alike ("Biyem", "Bambang") is chance.
_NICKNAME_SHARED_START = 3


def _starts_alike(word: str, nickname: str) -> bool:
    """Whether word and nickname start with the same few letters, as a pet form does."""
    return len(nickname) >= _NICKNAME_SHARED_START and (
        word[:_NICKNAME_SHARED_START].lower() == nickname[:_NICKNAME_SHARED_START].lower())


def declared_nicknames(text: str, cast: Cast) -> Cast:
    """The cast knowing the nicknames text declares after them ("Nug, sapaan akrabnya",
    "Semmy (sapaan akrabnya)"): a name's word the nickname starts, else the last person
    named when a word of their name starts like the nickname ("Sem" in "Semmy", "Semuel")."""
    for match in _NICKNAME_BEFORE_RE.finditer(text):
        nickname = match["name"]
        full = _shortened(nickname, (*cast.known, *cast.written))
        if not full and cast.last and nickname not in cast.last.split() and any(
                _starts_alike(w, nickname) or _inside(w, nickname) for w in cast.last.split()):
            full = cast.last  # "Semmy" for "Semuel Abrijani Pangerapan", named just before
        if full:
            cast = replace(cast, aliases=(*cast.aliases, (nickname, full)))
    for match in _NICKNAME_OF_RE.finditer(text):
        full = clean_speaker(sentence_pieces(match["full"])[0])
        if not full or full == PREVIOUS or " " not in full or not is_person(full):
            continue
        said = [match["name"]] + ([match["address"] + match["name"]] if match["address"] else [])
        cast = replace(cast, aliases=(*cast.aliases, *((nick, full) for nick in said)))
    return cast


# "Ardi" inside "Fardianto": a pet form may be cut from the middle of a name's word.
_NICKNAME_INSIDE_MIN_CHARS = 4


def _inside(word: str, nickname: str) -> bool:
    """Whether nickname is cut from inside word, long enough not to be chance."""
    return (len(nickname) >= _NICKNAME_INSIDE_MIN_CHARS
            and nickname.lower() in word.lower() and nickname.lower() != word.lower())


def read_paragraph(text: str, cast: Cast) -> Cast:
    """The cast after a stretch of text without quotations has been read."""
    cast = names_written(text, cast).learn_roles(text)
    # (position, name, whether they spoke); None marks a nickname for the last person.
    reported = reported_speakers(text)
    events: list[tuple[int, str, bool | None]] = [(at, name, False) for at, name in
                                                  _introduced_names(text, cast, tuple(
                                                      at for at, _ in reported))]
    events += [(at, name, True) for at, name in reported]
    events += [(m.start(), m.group("name"), None) for m in _NICKNAME_RE.finditer(text)]
    # An office's holder comes first: "(Menlu) Retno" makes "Menlu" her, not the office.
    for short, full in (*office_short_forms(text), *short_forms(text)):
        cast = replace(cast, aliases=(*cast.aliases, (short, full)))
    held = tuple((office, cast.full_name(name) or name)
                 for office, name in offices.office_holders(text))
    cast = replace(cast, offices=(*cast.offices, *held)) if held else cast
    cast = declared_nicknames(text, cast)
    for at, name, spoke in sorted(events, key=lambda event: event[0]):
        if spoke is None:
            cast = cast.nicknamed(name)
        elif _named_as_new(text, at):
            cast = cast.met(name, spoke)  # "bernama Rina" is Rina, whoever was named before
        else:
            full = cast.resolve(name)
            # "Korban, Rudi," after "Kompol Rudy Setiawan": introduced as somebody new.
            cast = cast.met(name if not spoke and respelled(name, full or "") else full, spoke)
    return cast


# A person opening a paragraph, a sentence or a clause as the one who says, thinks or asks
# for something: "Karyadi mengaku …", "Budi pun berharap …", "Dalam rapat itu, Rina meminta
# …", "…, Budi Santoso, juga mengharapkan …"; "Joko menjalani sidang …" is news about him.
_WISH_VERBS = ("meminta", "ingin", "menginginkan", "menargetkan", "mengimbau", "mengajak")
_SUBJECT_SAYS_RE = re.compile(
    rf"(?:^|[.!?]\s+|,\s*)(?P<name>{NAME_RUN_RE.pattern})\s*,?\s*"
    r"(?:(?:pun|juga|telah|sudah|tetap)\s+)?"
    rf"(?:{speech.SPEECH_VERB}|{speech.alternation((*speech.THOUGHT_VERBS, *_WISH_VERBS))})\b")


def opening_subject(text: str, cast: Cast) -> str | None:
    """The last person text has as the subject of a speech, thought or wish verb, when the
    cast has met them and text quotes nobody and names nobody after them: after "Karyadi
    mengaku harga TBS anjlok." or "Dalam rapat itu, Rina meminta dana ditambah.", a paragraph
    of quotation with no attribution is theirs."""
    matches = list(_SUBJECT_SAYS_RE.finditer(text))
    if not matches or any(mark in text for mark in ("“", "”", '"')):
        return None
    name = clean_speaker(matches[-1]["name"])
    full = cast.full_name(name, written=False) if name and name != PREVIOUS else None
    if not full or full not in cast.known or not is_person(full):
        return None
    return full if named_in(text, cast) in (None, full) else None
