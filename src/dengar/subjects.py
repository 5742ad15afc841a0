"""Which names in a paragraph are its subjects: the people "dia" can stand for (people.py).

Only a person named as a subject counts as "the last person": a name opening a sentence or a
clause, after an office or a rank, or before a speech verb. A name after a preposition or an
object's verb ("dengan X", "menuntut pihak X"), inside a description of someone else ("Budi,
putra aktor X,"), or followed by "ini" is not; neither is an organisation, a day or a place.

Whether one run introduces a person is for ``introductions`` to say; this module walks the
runs of a paragraph and leaves out those its sentence names as an object, a place, an office
or a relative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dengar import offices, speech
from dengar.cast import Cast, is_full_name, is_single_name
from dengar.introductions import (
    ACTS_AFTER_RE,
    CLASSIFIERS,
    INTRODUCTION_RE,
    OWN_SPEECH_RE,
    introduces,
    office_goes_on,
    office_opens,
    subject_position,
)
from dengar.names import is_person, key, respelled
from dengar.speakername import ends_sentence
from dengar.speakers import NAME_RUN_RE, PREVIOUS, SENTENCE_END_RE, clean_speaker

# An abbreviation in brackets, not an age ("Sudi (53)") nor a corps letter ("Laut (P)").
_BRACKETED_RE = re.compile(r"\([^()\d]{2,}\)")
_NAME_AFTER_COMMA_RE = re.compile(rf"\s*,\s*(?P<name>{NAME_RUN_RE.pattern})")
# "Kepala Kejari X, Budi melalui Kasi Pidsus, Rudi membenarkan …": the one after "melalui"
# and an office speaks for the one named right before, so the name after it is the subject.
_THROUGH_OFFICE_RE = re.compile(
    r"[A-Z][\w.'’-]*\s+melalui\s+(?P<office>[A-Z][\w.-]*(?:\s+(?:dan\s+)?[A-Z][\w.-]*){0,6})\s*,?\s*$")
_SPEECH_IN_TEXT_RE = re.compile(rf"\b(?:{speech.SPEECH_VERB})\b")
# ACTS_AFTER_RE with a circumstance between the name and the verb: "Rudi dalam keterangan
# tertulis, Selasa, meminta …", "Rudi saat ditemui di kantornya menjelaskan …".
_ACTS_AFTER_CIRCUMSTANCE_RE = re.compile(
    r"(?:\s*,?\s*(?:(?:dalam|saat|ketika|usai|seusai|pada|di)(?:\s+[^\s,.!?;]+)+?"
    rf"|(?i:{speech.alternation(speech.DAYS)})\b(?:\s*\([\d/]+\))?)\s*(?=,|\s))*"
    + ACTS_AFTER_RE.pattern)
# Where a sentence goes on with a clause of its own: "; ", ", sementara", ", sedangkan".
_NEW_CLAUSE_RE = re.compile(
    r";\s*|,\s*(?:sementara(?:\s+itu)?|sedangkan|namun|tetapi|tapi|padahal)\s+")
# Such a clause's subject speaks only with a verb that reports what he says: "sementara
# Kepala Bappeda Joko memastikan dana tersedia"; "padahal Bupati X sudah berjanji
# memperbaikinya" and "tetapi Gubernur X belum membalasnya" are what the one quoted says.
_CLAUSE_SUBJECT_REPORTS_RE = re.compile(
    rf"[^.!?;]*?\b(?:{speech.SPEECH_VERB}|memastikan|meminta|menjamin)\b")


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


def set_off(text: str, run: re.Match[str]) -> bool:
    """Whether the run stands between commas, as an appositive: "Korban, Rudi, mengaku"."""
    return text[: run.start()].rstrip().endswith(",") and text[run.end():].lstrip()[:1] == ","


# The field of an office ("Direktur Pelestarian Cagar Budaya") is never the name of the
# person holding it: a pe-…-an / ke-…-an field word the office vocabulary knows, not the
# bare shape, which some names have too ("Kesumawardhan Putra"), nor "I" of "I Gusti".
_OFFICE_FIELDS = frozenset(w for w in speech.TITLE_QUALIFIERS if re.fullmatch(
    r"(?:pe|ke)[a-z]{5,}an", w)) | frozenset({
    "pelestarian", "pengelolaan", "pengawasan", "pembinaan", "penelitian", "perpustakaan",
    "kearsipan", "kepegawaian", "kesejahteraan", "keselamatan", "ketahanan", "kependudukan",
    "permukiman", "perizinan", "pemerintahan", "peternakan", "perkebunan", "kesenian",
})


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
    if INTRODUCTION_RE.match(text, run.end()) is not None:
        return False  # "putra Bupati Budi Santoso, Rudi Hartono, mengatakan …" speaks
    found = _RELATIVE_OF_HOLDER_RE.search(text, 0, run.start())
    if found is None or key(found["kin"]) not in _KIN_NOUNS:
        return False
    holder = clean_speaker(found["holder"])
    return bool(holder) and holder != PREVIOUS and is_full_name(holder) and is_person(holder)


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
    if match is None or key(match["run"].split()[0]) in CLASSIFIERS | _PLACE_OR_TIME_LEADS:
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
    if not office_opens(run.group().split()):
        return False
    after = _NAME_AFTER_COMMA_RE.match(text, run.end())
    if after is None:
        return False
    name = clean_speaker(after["name"])
    single = (name is not None and is_single_name(name)
              and ACTS_AFTER_RE.match(text, after.end()) is not None)
    return bool(name) and name != PREVIOUS and (is_full_name(name) or single) and is_person(name)


# A full stop that ends a sentence, not one after a lone initial in a name (as ends_sentence
# reads a run): "A. Rina Sari selaku ketua …" is one sentence; "… Rina. Dia …" is two.
_SENTENCE_END_NOT_INITIAL_RE = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+(?=[^\s])")


def _later_in_clause(text: str, run: re.Match[str], found: list[tuple[int, str]]) -> bool:
    """Whether a name comes after the subject its sentence already has, with no speech verb
    of its own after it: "Budi belum mengenal pelatih tim lawan, Joko Susilo." is about Budi;
    Joko is what he does not know, as "keberhasilan Film X, yakni …" is what Budi speaks of."""
    if not found or OWN_SPEECH_RE.match(text, run.end()):
        return False
    sentence_start = max((m.end() for m in _SENTENCE_END_NOT_INITIAL_RE.finditer(
        text, 0, run.start())), default=0)
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


def introduced_names(text: str, cast: Cast,
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
        if name and not is_person(name) and office_goes_on(text, run):
            # "Direktur X dan Museum Harry Widianto": the office's tail, then its holder.
            name = clean_speaker(run.group(), person=True)
        if (not name or name == PREVIOUS or not is_person(name)
                or key(name.split()[0]) in _OFFICE_FIELDS
                or _across_abbreviation(text[run.start():run.end()], name)
                or _home_of_named(text[: run.start()]) or _counted_office(text, run, name)
                or (_second_place_of_pair(text[: run.start()])
                    and OWN_SPEECH_RE.match(text, run.end()) is None)):
            continue
        if _spoken_through(blanked, run, name):
            found.append((run.start(), name))
            continue
        subjects = sorted([*found, *((at, "") for at in reported if at < run.start())])
        if (_object_of(text, run.start()) or _later_in_clause(text, run, subjects)
                or _office_before_name(text, run) or _relative_only(text, run)):
            continue
        if introduces(text, run, name):
            found.append((run.start(), name))
            continue
        full = cast.full_name(name, written=False) or name
        if respelled(name, full) and set_off(text, run):
            found.append((run.start(), name))  # "Korban, Rudi," after "Rudy Setiawan"
            continue
        # A capitalised word ("Satu") never stands for an unnamed source ("salah satu …").
        if subject_position(text, run.start()) and full[:1].isupper() and (
                full != name or name in cast.known):
            found.append((run.start(), full))
    return found
