"""Finding who speaks: in the words around a quotation, and among the people an article names.

A speaker is found in the sentence that introduces or follows a quotation. Pronouns ("kata
dia", "ujarnya") and descriptions ("kata politisi Partai Hanura itu") stand for the last person
named before them; a short name ("Yuddy") stands for the full name named earlier ("Yuddy
Chrisnandi"). Titles, offices and jurisdictions ("Wakil Wali Kota Bandung") are not the name;
nor are honorifics, ranks, degrees or the organisation before it: the speaker is the last run
of name words ("Kepala Operasi Tim DVI Kombes Lisda Cancer" -> "Lisda Cancer"). An unnamed
source ("kata seorang sumber") is the speaker as written, in lower case.
"""

from __future__ import annotations

import re

from dengar import speech
from dengar.bracketedoffices import without_organisation_before_name
from dengar.nameevidence import article_being_read, cut_off_by_copy_end
from dengar.names import (
    is_circumstance,
    is_degree_part,
    is_organisation,
    is_person,
    key,
    unnamed_source,
    without_brackets,
)
from dengar.speakername import (
    CONTINUED,
    NAME_RUN,
    NAME_RUN_RE,
    PREVIOUS,
    ROLE,
    SOURCE,
    clean_speaker,
    is_acronym_word,
    is_name_run,
    named_elsewhere,
)

# "Lebih lanjut, Budi …": "lanjut" after "lebih" is an adverb ("further"), no speech verb.
_VERB = rf"(?<![Ll]ebih\s)(?:{speech.SPEECH_VERB})"
_PRONOUN_WORD = "|".join(sorted(speech.PRONOUNS - {"nya"}))

_TRAILING_RUN_RE = re.compile(rf"(?:^|(?<=\s)){NAME_RUN}\s*$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
_VERB_AT_END_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\s*(?:bahwa\s*)?[,:]?\s*$")
# What a writer's verb introduces: "menuliskan caption yang berbunyi,", "menulis sebagai
# berikut:"; the words from the object on are dropped so the verb ends the sentence.
_WRITTEN_OBJECT_RE = re.compile(
    rf"\b(?P<verb>{_VERB})\s+[^,.;:“”\"]{{0,60}}?\b(?:(?:yang\s+)?(?:berbunyi|berisi)"
    r"|sebagai\s+berikut)\s*[,:]?\s*$"
)
# Particles and auxiliaries between a subject and its verb: "Dian pun menulis", "Budi juga
# mengatakan", "IFAB telah mengumumkan".
_SUBJECT_PARTICLES_RE = re.compile(
    r"(?:\s+(?:pun|juga|lalu|kemudian|langsung|telah|sudah|sempat|pernah|kembali|cuma|hanya"
    r"|lantas|justru|malah|turut|ikut|akhirnya))+\s*$"
)
# "…," demikian keterangan resmi Polda X": a written statement names its issuer; so does
# "bunyi" before it ("…," bunyi keterangan Pemkab Sukamaju dikutip Senin"), while "bunyi
# Pasal 5" names no document noun and no speaker.
_DEMIKIAN_DOCUMENT = (
    rf"(?:(?<=demikian\s)|(?<![\w-])bunyi\s+)(?:isi\s+)?"
    rf"(?:{speech.alternation(speech.DOCUMENT_NOUNS | speech.STATEMENT_NOUNS)})"
    r"(?:\s+(?:resmi|tertulis|pers))?"
)
# "…," demikian disampaikan Ganjar kepada wartawan": a passive verb, then who spoke.
_DEMIKIAN_PASSIVE = (
    rf"(?<=demikian\s)(?:{speech.alternation(speech.PASSIVE_SPEECH_VERBS)})(?:\s+oleh)?"
)
# "…," seperti disampaikan PVMBG di Jakarta": "seperti" or "sebagaimana" before a passive
# verb as "demikian" is; an active verb after it ("seperti kata Budi") needs no rule.
_AS_PASSIVE = (
    rf"(?:(?<=seperti\s)|(?<=sebagaimana\s))(?:{speech.alternation(speech.PASSIVE_SPEECH_VERBS)})"
    r"(?:\s+oleh)?"
    # "seperti disebutkan Pasal 31", "Permendikbud Nomor 6": a law or a record cited, no speaker
    rf"(?!\s+(?:{speech.alternation(speech.CITED_TEXT_WORDS)}|permen\w+|kepmen\w+)\b)"
)
# "…," demikian Mochtar.": "demikian" alone before a capitalised name closes the quotation
# as a verb would; "demikian pula", "demikian juga" go on with the sentence.
_DEMIKIAN_NAME = r"demikian(?=\s+(?-i:[A-Z]))"
_VERB_FIRST_RE = re.compile(
    rf"^[\s,.;:–—-]*(?:demikian\s+|(?:seperti|sebagaimana)\s+(?=di))?(?:bunyi\s+)?"
    rf"(?P<verb>{_VERB}|{_DEMIKIAN_DOCUMENT}|{_DEMIKIAN_PASSIVE}|{_AS_PASSIVE}"
    rf"|{_DEMIKIAN_NAME})"
    r"(?P<nya>nya)?\b\s*"
    r"(?P<rest>.*)$",
    re.DOTALL | re.IGNORECASE,
)
_NAME_THEN_VERB_RE = re.compile(rf"^[\s,.;:–—-]*(?P<name>{NAME_RUN})\s*,?\s*(?:{_VERB})\b")
# A name and nothing else up to the end of the attribution: "Bobby." after "jawabnya"; a
# date in brackets may follow it ("katanya Budi Senin (1/5/2022).").
_NAME_ALONE_RE = re.compile(
    rf"(?P<name>{NAME_RUN})\s*(?:\(\d[\d/.-]*\)\s*)?(?:[.!?](?=\s|$)|$)")
# A nickname in quotation marks between a first name and a surname: " 'Teco'".
_INNER_NICKNAME_RE = re.compile(r"(?<=[A-Za-z])\s+[\"“'‘][A-Z][a-z]+[\"”'’](?=\s+[A-Z])")
# A capitalised office opening the words after a verb: "Kepala Sekolah …", "Ketua RT …".
_OFFICE_OPENERS = sorted(w.capitalize() for w in speech.OFFICE_TITLES if w.isalpha() and len(w) > 3)
_OFFICE_FIRST_RE = re.compile(rf"^(?:{'|'.join(_OFFICE_OPENERS)})\b")
_PRONOUN_START_RE = re.compile(rf"^(?:{_PRONOUN_WORD})\b", re.IGNORECASE)
# "saksi mata Budi", "saksi mata, Budi", "saksi mata bernama Budi": a role, then the name.
_ROLE_THEN_NAME_RE = re.compile(
    rf"^(?P<role>(?:[a-z][\w-]*\s+){{0,4}}[a-z][\w-]*,?\s+)(?P<name>{NAME_RUN})"
)
_PLACE_WORDS = frozenset({"di", "dekat"})
# A name, then a description of whom it names up to the verb, places in it included:
# "Riskia salah satu pedagang pasar tradisional Panarukan (mengeluh)".
# "Salah seorang petani bernama Sunarto" is "one of the farmers", no name: Sunarto speaks.
_NAME_THEN_ONE_OF_RE = re.compile(
    rf"(?P<name>(?!Salah\s){NAME_RUN})\s+(?:salah\s+(?:satu|seorang)|seorang)\s+[a-z][^,]*$"
)
PERSON_AFTER_ORG_MIN_WORDS = 3  # an organisation word and its name, then a person
_LATE_APPOSITIVE_RE = re.compile(
    rf"^(?:[a-z][\w-]*\s+){{1,8}}?[a-z][\w-]*,\s*(?P<name>{NAME_RUN})"
)
# The name words of an attribution, with "dan", bracketed parts and an office's number
# ("Daop 2 Bandung", "Ketua RT 05", "Danramil 0621-01 Cibinong") between runs.
_NAME_PHRASE_RE = re.compile(
    rf"{NAME_RUN}(?:\s+(?:\([^()]*\)|dan|\d[\d./-]*)(?=\s+[A-Z(])(?:\s+\([^()]*\))?"
    rf"\s+{NAME_RUN})*"
)
_ADVERBIAL = "|".join(sorted(speech.SOURCE_PHRASE_END - {"yang"}))
# "Festival X ke-6": an ordinal, not the preposition "ke" that may follow a subject.
_RUN_BEFORE_CLAUSE_RE = re.compile(rf"(?P<name>{NAME_RUN})\s+(?:{_ADVERBIAL})\b(?!-)")
# A speech verb and a name between commas, inside the sentence they report: ", kata Budi,".
_ASIDE_RE = re.compile(rf"(?:{_VERB})\s+(?P<name>{NAME_RUN})\s*,")
# ", kata dia,": a verb and a pronoun between commas, the one named before reported.
_PRONOUN_ASIDE_RE = re.compile(rf"(?:{_VERB})\s+(?:{_PRONOUN_WORD})\s*,")
_VERB_IN_SENTENCE_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\b")
_INDIRECT_RE = re.compile(
    rf"\b(?:(?:{_VERB})(?P<nya>nya)?\s*(?:[,:]|bahwa\b)"
    rf"|(?:{speech.alternation(speech.CLAUSE_SPEECH_VERBS)})\s+(?=[a-z]))"
)
# "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB X": a list in an office.
_OFFICE_LIST_RE = re.compile(r"(?<=[A-Za-z])\s*,\s+(?:dan\s+)?(?=(?P<next>[A-Z][a-z]+)\b)")
# Court and team roles an attribution names someone by, alone after the verb: "tanya hakim.",
# "ujar jaksa penuntut umum".
ROLE_WORDS = speech.COURT_AND_TEAM_ROLES
_ROLE_ONLY_RE = re.compile(r"^\s*(?P<role>[a-z]+(?:\s+[a-z]+){0,2})\s*(?:[.,;:!?]|$)")
_MENURUT_AT_END_RE = re.compile(r"\b[Mm]enurut\s+[^,.:;“”\"]+,\s*$")  # 'Menurut Budi, "…"'
_MENURUT_RE = re.compile(
    rf"\b[Mm]enurut\s+(?P<head>[^,.:;“”\"]+?)\s*,\s*(?:(?P<appos>{NAME_RUN})\s*,)?"
)
# ", Budi" after an office, also past where it sits: "anggota Komisi IX dari Fraksi X, Budi",
# "Koordinator Lapangan aksi, Andi", "Kepala Puskesmas X, dr Rina" (a lower-case honorific).
_LOWER_HONORIFIC = speech.alternation(h for h in speech.HONORIFICS if h.islower())
# Lower-case nouns may end the office ("Koordinator aksi buruh se-Jabodetabek, Andi",
# "Kepala terminal, Suharto"); an active verb (me-), a companion's passive ("didampingi"),
# a preposition or "terkait" starts a clause whose name is someone else ("kata Kapolres X
# terkait penangkapan tersangka, Andi", "kata Bupati X didampingi istrinya, Emma").
_NOT_IN_OFFICE = (r"me(?:ng|ny|mb|mp|mf|nc|nd|nj|ns|n[aeiou]|m[aeiou]|l|r|w|y)[a-z]{3,}"
                  r"|didampingi|ditemani|diwakili|dikawal|diikuti|disertai"
                  r"|disaksikan|dihadiri|bersama|beserta|berdasarkan|terhadap|dengan|kepada"
                  r"|oleh|terkait|soal|tentang|atas|untuk|bagi|usai|seusai|jelang")
_APPOSITIVE_RE = re.compile(
    rf"(?:\s+(?:dari|asal|atau)\s+{NAME_RUN})*(?:\s+(?!(?:{_ADVERBIAL}|{_NOT_IN_OFFICE})\b)"
    rf"[a-z][\w-]*){{0,3}}\s*,\s*(?:(?:{_LOWER_HONORIFIC})\s+)?(?P<name>{NAME_RUN})"
)
_PASSIVE_RE = re.compile(
    rf"\b(?:{speech.alternation(speech.PASSIVE_SPEECH_VERBS)})\s+oleh\s+(?P<name>{NAME_RUN})"
)
# "Seperti diungkapkan Rumi, salah satu pedagang …", "Hal itu disampaikan Budi saat …":
# without "oleh" too, the name after the passive verb spoke. "disebutkan" and "dinyatakan"
# also report documents and verdicts ("disebutkan Pasal 5"), so they need "oleh".
_PASSIVE_NO_OLEH_RE = re.compile(
    rf"\b(?:{speech.alternation(set(speech.PASSIVE_SPEECH_VERBS) - {'disebutkan', 'dinyatakan'})})"
    rf"\s+(?P<name>{NAME_RUN})(?=\s*[,.]|\s+(?:{_ADVERBIAL})\b)"
)
_CLAUSE_END_RE = re.compile(r"[,.;:!?(]")
_REPRESENTATIVE_RE = re.compile(
    rf"(?<![\w-])(?:{speech.alternation(speech.REPRESENTATIVES)})\s+(?:[a-z]+\s+){{1,2}}"
    rf"{NAME_RUN}\s*$"
)
# A person who stands in for an office or an organisation, then its name: "Budi mewakili
# Dinas Sosial (menambahkan)"; the one named speaks, not the organisation. Only the name
# opening the clause is its subject: in "Bupati X saat melepas Rina yang mewakili Sleman
# mengatakan" Rina is the one seen off.
_STANDING_IN_RE = re.compile(
    rf"^(?P<name>{NAME_RUN})\s+(?:yang\s+)?(?:mewakili|atas\s+nama)\s+[^,]*$")
# "R&D", "S/D": capitals joined by a sign are one abbreviation, never an initial and a name.
_JOINED_CAPS_RE = re.compile(r"(?<=\b[A-Z])[&/](?=[A-Z]\b)")
def _has_title(text: str) -> bool:
    """Whether text holds an office word such as "Presiden" or "Juru bicara"."""
    return any(w.lower() in speech.TITLE_WORDS for w in text.split())


# A person described by the office they speak in: "Budi selaku Kepala Seksi X, Dinas Y …".
_IN_OFFICE_RE = re.compile(rf"^(?P<name>{NAME_RUN})\s+selaku\s+[A-Z]")


def _subject_name(subject: str) -> str | None:
    """Find the speaker in the words before a speech verb, appositives included; an
    organisation the office of a person opening the subject ends with, or an office alone,
    leads back to him."""
    name = _subject_name_in_parts(subject)
    if name is None or (name != PREVIOUS and is_organisation(name)):
        opening = _IN_OFFICE_RE.match(subject.strip())
        person = clean_speaker(opening["name"]) if opening else None
        if person and person != PREVIOUS and is_person(person):
            return person  # "Budi selaku Kasi X, Dinas Y …", "Budi selaku Ketua RT 05"
    return name


def _subject_name_in_parts(subject: str) -> str | None:
    """Find the speaker in the words before a speech verb, appositives included.

    The comma-separated parts are read from the verb backwards: a day, a date or a place
    ("di Mataram, Kamis,") is skipped, a description after a name ("Lee, pakar di X,") leads
    back to the name, and an unnamed source ("Salah satu tetangganya") is the speaker as
    written.
    """
    subject = without_organisation_before_name(subject)  # "Bank Indonesia (BI) Perry …"
    parts = [p.strip() for p in without_brackets(subject).split(",")]
    while parts and not parts[-1]:
        parts.pop()
    for i in reversed(range(len(parts))):
        part = parts[i]
        if part.lower() in speech.PRONOUNS:
            return PREVIOUS
        if not part or is_circumstance(part) or is_degree_part(part):
            continue  # "Budi Santoso, S.I.K., M.Si., mengatakan": the degrees are his
        if is_name_run(part):
            if _has_title(part) and i > 0 and is_name_run(parts[i - 1]) and not _has_title(
                    parts[i - 1]):
                continue  # "Budi, Direktur X,": the office describes the name before it
            name = clean_speaker(part)
            if name:
                return name
            continue
        if part[0].islower() and i > 0 and is_name_run(parts[i - 1]):
            continue  # "Lee, pakar di Institut X,": the name is the part before
        name = _run_in(part) or unnamed_source(part)
        if name or not part[0].islower():
            return name
    return None


def _run_in(part: str) -> str | None:
    """The name a clause ends with, or the one a circumstance follows ("X saat …"); one who
    speaks for the person named ("juru bicara keluarga Budi") as written."""
    described = _NAME_THEN_ONE_OF_RE.search(part)
    if described:
        name = clean_speaker(described["name"])
        if name and name != PREVIOUS and is_person(name):
            return name  # "Riskia salah satu pedagang pasar Panarukan": Riskia
    standing_in = _STANDING_IN_RE.search(part)
    if standing_in:
        name = clean_speaker(standing_in["name"])
        if name and name != PREVIOUS and is_person(name):
            return name  # "Muslichah mewakili Kesbangpol Jawa Tengah": Muslichah speaks
    represents = _REPRESENTATIVE_RE.search(part)
    if represents:
        return " ".join(represents.group().split())
    # "Sunarto usai Paripurna kepada sejumlah Media": the name opening the clause, before a
    # circumstance, is its subject, not a capitalised word the circumstance ends with.
    opening = _RUN_BEFORE_CLAUSE_RE.match(part)
    name = clean_speaker(opening["name"]) if opening else None
    if name and name != PREVIOUS and is_person(name):
        return name
    run = _TRAILING_RUN_RE.search(part)
    if run:
        return clean_speaker(run.group())
    run = _RUN_BEFORE_CLAUSE_RE.search(part)
    return clean_speaker(run.group("name")) if run else None


def speaker_menurut(sentence: str) -> str | None:
    """Find the speaker of "Menurut <title>, <Name>, ..." or "Menurut <Name>, ..."."""
    match = _MENURUT_RE.search(sentence)
    if not match:
        return None
    head, appos = match.group("head").strip(), match.group("appos")
    if head.lower() in speech.PRONOUNS:
        return PREVIOUS
    if is_name_run(head) and not _has_title(head):
        return clean_speaker(head)
    if appos:
        return clean_speaker(appos)
    if _has_title(head):
        run = _TRAILING_RUN_RE.search(head)
        return clean_speaker(run.group()) if run else None
    return None


def last_sentence(text: str) -> str:
    """The last sentence of text (an empty string when text ends a sentence)."""
    return SENTENCE_END_RE.split(text.strip())[-1] if text.strip() else ""


def speaker_before(text: str) -> str | None:
    """Find the speaker in a sentence that introduces a quotation: "Budi mengatakan,"."""
    sentence = _JOINED_CAPS_RE.sub("", last_sentence(text))
    written = _WRITTEN_OBJECT_RE.search(sentence)
    if written:
        sentence = sentence[: written.end("verb")]
    match = _VERB_AT_END_RE.search(sentence)
    if match:
        if match.group("nya"):
            return PREVIOUS
        subject = _SUBJECT_PARTICLES_RE.sub("", sentence[: match.start()])
        if subject.strip():
            return _subject_name(subject) or _opening_name(subject)
    return speaker_menurut(sentence)


def speaker_within(text: str) -> str | None:
    """The subject of the speech verb in the sentence a quoted clause sits in: "Kementerian X
    pada Selasa mendesak Lithuania untuk "…"" (reported speech quoting the speaker's words)."""
    sentence = _JOINED_CAPS_RE.sub("", last_sentence(text))
    verbs = list(_VERB_IN_SENTENCE_RE.finditer(sentence))
    if not verbs:
        return None
    subject = sentence[: verbs[-1].start()]
    if verbs[-1].group("nya"):
        return PREVIOUS
    # "Selain itu, lanjut Agus, tim juga …": a verb and a name set off by commas.
    aside = _ASIDE_RE.match(sentence, verbs[-1].start())
    if aside and subject.rstrip().endswith(","):
        name = clean_speaker(aside["name"])
        if name and is_person(name):
            return name
    return (_subject_name(subject) or _opening_name(subject)) if subject.strip() else None


def _opening_name(subject: str) -> str | None:
    """The name run opening the clause a verb ends: "Kementerian X marah dan pada Selasa"
    -> "Kementerian X"; after an opener set off by a comma ("Selain itu, Budi …")."""
    clause = without_brackets(subject).split(",")[-1].strip()
    words = clause.split()
    while words and words[0].lower() in speech.SENTENCE_OPENERS:
        words = words[1:]
    run = NAME_RUN_RE.match(" ".join(words))
    return clean_speaker(run.group()) if run else None


def _described(rest: str) -> str | None:
    """The head noun when the words after a verb describe someone already named ("politisi X
    itu" -> "politisi", "sang juru bicara" -> "juru"), else None."""
    clause = _CLAUSE_END_RE.split(without_brackets(rest), maxsplit=1)[0].split()
    clause = _until_circumstance(clause)
    if len(clause) > 1 and clause[0] == "sang" and clause[1].islower():
        return clause[1]  # "kata sang juru bicara": the one just named
    if (0 < len(clause) <= speech.DESCRIPTION_MAX_WORDS
            and (clause[0][:1].islower() or _office_alone(clause[:-1]))
            and clause[-1].lower() in speech.DEMONSTRATIVES):
        if clause[0] in speech.UNNAMED_SOURCES:
            return None  # "warga di lokasi itu", "sumber tersebut": someone new, as written
        if clause[0] in speech.ROLE_NOUNS and any(w in _PLACE_WORDS for w in clause):
            return None  # "karyawan di toko tersebut": someone new, as written
        return clause[0].lower()  # "mahasiswa itu", "wisatawan asal Ghana itu": the one named
    return None


def _office_alone(words: list[str]) -> bool:
    """Whether a description is an office in capitals with no name in it, written nowhere
    else: "jelas Wakil Ketua Komisi II itu" is the one just named, as "kata politisi itu" is;
    "kata Pak Budi itu" names Budi, and an office the article introduced someone with
    ("Menhan Jepang X", then "ujar Menhan Jepang tersebut") is that holder."""
    run = " ".join(words)
    return (bool(words) and key(words[0]) in speech.TITLE_WORDS and is_name_run(run)
            and clean_speaker(run) == run and article_being_read().count(run) <= 1)


def _until_circumstance(words: list[str]) -> list[str]:
    """words up to a demonstrative that a circumstance follows: "pria berkacamata itu usai
    mengisi acara di X" -> "pria berkacamata itu"; the description ends where "usai" starts.
    Only nouns that describe someone already named ("pria", "politisi", "mantan menteri") are
    cut: "tersangka itu kepada wartawan", "bocah itu dengan suara lirih" name a kind of
    unnamed participant and stay as written."""
    if not words or words[0].lower() not in speech.DESCRIBING_NOUNS:
        return words  # "kata tersangka itu kepada wartawan": an unnamed participant, as before
    for i, word in enumerate(words[1:-1], start=1):
        if word in speech.DEMONSTRATIVES and words[i + 1] in speech.SOURCE_PHRASE_END:
            return words[: i + 1]
    return words


def _joined_office_list(match: re.Match[str]) -> str:
    """ "Data, Informasi, dan Komunikasi": the commas of a list inside an office's name go."""
    return " " if match["next"].lower() in speech.TITLE_QUALIFIERS else match[0]


def _titled(run: str) -> bool:
    """Whether a run opens with an office, a rank or an acronym, names an organisation
    ("Humas Pemkab Garut") or ends with a civil servant's grade ("… Ahli Utama"), so a name
    may follow it."""
    words = run.split()
    return (words[0].lower() in speech.TITLE_WORDS | speech.RANKS or is_acronym_word(words[0])
            or any(w.lower() in speech.ORGANISATION_WORDS for w in words)
            or " ".join(words[-2:]).lower() in speech.CIVIL_SERVICE_GRADES)


def _named_after(rest: str) -> str | None:
    """The name in the words after a verb: "Budi", "Menteri X Budi", "staf Ajib, Vivi".

    After an office or a lower-case role, a name set off by a comma is the speaker: "kata
    Komandan DVI, Kombes Lisda Cancer", "kata staf Ajib, Vivi".
    """
    rest = _OFFICE_LIST_RE.sub(_joined_office_list, rest)
    run, words = _NAME_PHRASE_RE.match(rest), []
    if run:
        # "Kepala Seksi Haji dan Umrah (Kasi PHU) H Burhan Noor": the last run is the name.
        runs = NAME_RUN_RE.findall(without_brackets(run.group()))
        titled = _titled(run.group())
        name, end = (runs[-1] if titled else runs[0]), run.end()
    else:
        role = _ROLE_THEN_NAME_RE.match(rest)
        words = role.group("role").split() if role else []
        if not role or any(w in speech.SOURCE_PHRASE_END | speech.DEMONSTRATIVES for w in words):
            return None
        name, end, titled = role.group("name"), role.end(), True
    after = _APPOSITIVE_RE.match(rest, end) if titled else None
    if after:
        appositive = clean_speaker(after.group("name"))
        if appositive and appositive != PREVIOUS:
            return appositive
    # "dosen Universitas Gadjah Mada Zainal Arifin Mochtar": a person after the organisation;
    # "pihak Polda Metro Jaya" is the organisation.
    person = not run and len(name.split()) > PERSON_AFTER_ORG_MIN_WORDS and "pihak" not in words
    return clean_speaker(name, person=person)


def is_speech_frame(before: str, after: str) -> bool:
    """Whether the words around a quotation frame it as speech, whoever the speaker: a
    speech verb right after it ("," jawab tersangka"), ending the words before it ("Ia
    menambahkan, "…"") or "Menurut Budi," before it."""
    sentence = last_sentence(before)
    introduced = _VERB_AT_END_RE.search(sentence)
    return (opens_with_verb(after) or bool(introduced and introduced.group().rstrip()[-1:] in ",:")
            or _MENURUT_AT_END_RE.search(sentence) is not None)


def opens_with_verb(text: str) -> bool:
    """Whether text opens with a speech verb: ", kata Budi", "ujarnya"."""
    return _VERB_FIRST_RE.match(_JOINED_CAPS_RE.sub("", text)) is not None


def _late_appositive(rest: str) -> str | None:
    """The name set off by a comma after a lower-case role of several words: "pegawai toko
    perhiasan yang sudah lama bekerja, Letizia Bartocci"; a day or a place is no name."""
    match = _LATE_APPOSITIVE_RE.match(rest)
    if not match:
        return None
    name = clean_speaker(match.group("name"))
    if not is_person(name) or name == PREVIOUS:
        return None
    # After "di …" the part after the comma is most often the place ("kata petugas di lokasi
    # kejadian, Cibinong", "warga di kawasan tersebut, Tanjung Priok"): no name is taken.
    words = match.group()[: match.start("name")].split()
    return None if any(w in _PLACE_WORDS for w in words) else name


def speaker_after(text: str) -> str | None:
    """Find the speaker in the words that follow a quotation: ", kata Budi."."""
    text = without_organisation_before_name(_JOINED_CAPS_RE.sub("", text))
    text = _INNER_NICKNAME_RE.sub("", text)  # "Stefano 'Teco' Cugurra" is Stefano Cugurra
    match = _VERB_FIRST_RE.match(text)
    if match:
        rest = match.group("rest")
        if not match.group("nya"):
            rest = _STRAY_COMMA_RE.sub("", rest)  # "ungkap, Suwartini (56), pedagang cabai"
        rest = _TITLE_WITH_STOP_RE.sub("", rest)  # "lanjut dr. Prima": the name follows
        if cut_off_by_copy_end(rest):
            return None  # "…," kata An' where the copy stops: a fragment is no name
        named = _name_after_nya(match)
        if named:
            return named
        if match.group("nya") and match.group("verb").lower() in speech.CONTINUATION_VERBS:
            return CONTINUED
        if match.group("nya") or _PRONOUN_START_RE.match(rest):
            return PREVIOUS
        described = _described(rest)
        if described:
            return SOURCE if described in speech.DOCUMENT_NOUNS else PREVIOUS
        return (_late_appositive(rest) or unnamed_source(rest) or _named_after(rest)
                or _role_only(rest))
    match = _NAME_THEN_VERB_RE.match(text)
    return clean_speaker(match.group("name")) if match else None


def _name_after_nya(match: re.Match[str]) -> str | None:
    """The person named right after a verb with "-nya" that ends the attribution: "jawabnya
    Bobby.", "tambahnya Budi Santoso." (loose writing for "jawab Bobby"); a day, a place or an
    organisation there ("katanya Senin.", "ujarnya Jakarta.") is no speaker."""
    if not match.group("nya"):
        return None
    rest = match.group("rest")
    if _OFFICE_FIRST_RE.match(rest):
        # "ujarnya Kepala Sekolah SDN 2 Sukamaju, Rina Sari, saat …": the office vouches
        # for the name after it; "ujarnya Senin." names nobody.
        name = _named_after(rest)
        if not name or name == PREVIOUS or not is_person(name) or _goes_on_after(rest, name):
            return None
        return name
    alone = _NAME_ALONE_RE.match(rest)
    name = clean_speaker(alone["name"]) if alone else None
    return name if (name and name != PREVIOUS and is_person(name)
                    and named_elsewhere(name)) else None


# What the holder does in a sentence of his own when the stop before it was lost: "…, Budi
# Santoso, belum bisa dimintai konfirmasi", "…, tidak menjawab"; "belum lama ini" is when.
_OWN_CLAUSE_RE = re.compile(r"(?:belum(?!\s+lama)|tidak|tak|enggan|menolak)\b", re.IGNORECASE)


def _goes_on_after(rest: str, name: str) -> bool:
    """Whether a sentence of its own goes on after the name, the stop between them lost:
    "ujarnya Kepala Dinas X, Budi Santoso, belum bisa dimintai konfirmasi" has Budi do
    something else; "…, Rina Sari, saat ditemui", "…, didampingi …" is where she spoke."""
    at = rest.find(name.split()[-1])
    after = rest[at + len(name.split()[-1]):].lstrip(" ,") if at >= 0 else ""
    return _OWN_CLAUSE_RE.match(after) is not None


def _role_only(rest: str) -> str | None:
    """A speaker named only by a role after the verb ("tanya hakim.", "ujar jaksa penuntut
    umum"): the ROLE marker with the role's words, for the one introduced by that role."""
    match = _ROLE_ONLY_RE.match(rest)
    if match is None or match["role"].split()[0] not in ROLE_WORDS:
        return None
    words: list[str] = []
    for word in match["role"].split():  # "kata dokter kepada wartawan": the role is "dokter"
        if word in speech.SOURCE_PHRASE_END or word in speech.DEMONSTRATIVES:
            break
        words.append(word)
    return ROLE + " ".join(words)


# A title written short with its stop before a name: "dr.", "drg.", "prof."; without the
# stop ("dr Budi") a role does the same.
_TITLE_WITH_STOP_RE = re.compile(
    rf"^(?:{speech.alternation(h for h in speech.HONORIFICS if h.islower() and h.endswith('.'))})"
    r"\s+(?=[A-Z])")
# A comma between a verb and the name it introduces, written by mistake: "ungkap, Budi".
_STRAY_COMMA_RE = re.compile(r"^,\s*(?=[A-Z])")
_COMMA_NAME_RE = re.compile(rf"\s*,\s*(?P<name>{NAME_RUN})")


def _office_holder(sentence: str, match: re.Match[str]) -> str | None:
    """The person set off by a comma after an office a passive verb names: "Seperti
    diungkapkan Kepala Dinas PUPR Sukamaju, I Made Sudarma," -> "I Made Sudarma"."""
    if not _titled(match["name"]):
        return None
    after = _COMMA_NAME_RE.match(sentence, match.end("name"))
    name = clean_speaker(after["name"]) if after else None
    return name if name and name != PREVIOUS and is_person(name) else None


# A passive speech verb whose "-nya" is its doer: "Dua gol itu disebutnya akibat …" is said
# by the one named before, whoever else the sentence names as what is spoken of.
_PASSIVE_BY_NYA_RE = re.compile(
    rf"\b(?i:{speech.alternation((*speech.PASSIVE_SPEECH_VERBS, 'disebut'))})nya\b")


_ACTIVE_VERB_RE = re.compile(r"\b(?:me|ber)[a-z]{3,}\b|\byang\s*$")


def _said_by_previous(sentence: str) -> bool:
    """Whether sentence reports the one named before with a passive verb and "-nya" ("Gol
    itu disebutnya akibat …"); not when a clause of its own comes first, an active verb or
    "yang" before it ("Budi menolak tuduhan yang disebutnya fitnah": Budi's own words)."""
    match = _PASSIVE_BY_NYA_RE.search(sentence)
    return match is not None and _ACTIVE_VERB_RE.search(sentence, 0, match.start()) is None


def reported_speakers(text: str) -> list[tuple[int, str]]:
    """Where text reports someone speaking without quotation marks, and who.

    Returns:
        (position, name) pairs; a pronoun subject gives PREVIOUS.
    """
    found: list[tuple[int, str]] = []
    offset = 0
    for sentence in SENTENCE_END_RE.split(text):
        start = text.find(sentence, offset)
        offset = start + len(sentence)
        if _said_by_previous(sentence):
            # From where the sentence starts: names in it are spoken of, not the speaker.
            found.append((start, PREVIOUS))
        for match in _INDIRECT_RE.finditer(sentence):
            subject = _SUBJECT_PARTICLES_RE.sub("", sentence[: match.start()])
            name = PREVIOUS if match.group("nya") else _subject_name(subject)
            if name:
                found.append((start + match.start(), name))
        name = speaker_menurut(sentence)
        if name:
            found.append((start, name))
        # "Saat pencarian, kata Budi, diketahui …": a verb and a name between commas.
        asides = [m for m in _ASIDE_RE.finditer(sentence)
                  if sentence[: m.start()].rstrip().endswith(",")]
        passives = [*_PASSIVE_RE.finditer(sentence), *_PASSIVE_NO_OLEH_RE.finditer(sentence)]
        for match in (*passives, *asides):
            name = _office_holder(sentence, match) or clean_speaker(match.group("name"))
            if name:
                found.append((start + match.start(), name))
        found += [(start + m.start(), PREVIOUS) for m in _PRONOUN_ASIDE_RE.finditer(sentence)
                  if sentence[: m.start()].rstrip().endswith(",")]
    return found
