"""Who a paragraph names, and as what: the reading that updates a ``Cast`` (cast.py).

The cast travels through the body paragraphs in reading order. Each paragraph adds the full
names it introduces ("Menteri … Yuddy Chrisnandi menginginkan …"), nicknames and short forms
it declares, and who was named last, so that "kata dia" resolves to the last person named and
"tutur Yuddy" to "Yuddy Chrisnandi".

Which names count as the paragraph's subjects is for ``subjects`` to say; whether one run of
capitalised words introduces a person, for ``introductions``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dengar import offices, speech
from dengar.aliases import nicknames, office_short_forms
from dengar.cast import Cast, is_full_name
from dengar.introductions import named_as_new
from dengar.names import is_person, respelled, short_forms
from dengar.speakername import sentence_pieces
from dengar.speakers import NAME_RUN_RE, PREVIOUS, clean_speaker, reported_speakers
from dengar.subjects import introduced_names, set_off

_NICKNAME_RE = re.compile(
    rf"\b(?:{'|'.join(speech.NICKNAME_MARKERS)})\s+(?P<name>[A-Z][^\W\d_]+)\b"
)
# A nickname before its marker: "Prof Nug sapaan akrabnya", "Cak Nun, panggilan akrabnya".
_NICKNAME_BEFORE_RE = re.compile(
    r"\b(?P<name>[A-Z][^\W\d_]+)\s*[,(]?\s*(?:sapaan|panggilan)\s+akrab(?:nya)?\b"
)
# A nickname, with the word of address said with it, before its marker and the full name:
# "Kang Giri, sapaan akrab Sugiri Sancoko" ("Kang Giri" and "Giri" are both him).
_NICKNAME_OF_RE = re.compile(
    r"\b(?P<address>[A-Z][a-z]+\s+)?(?P<name>[A-Z][^\W\d_]+)\s*,?\s*(?:sapaan|panggilan)"
    rf"\s+(?:akrab|karib)(?:nya)?\s+(?P<full>{NAME_RUN_RE.pattern})"
)


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
                cast = cast.knowing(name, set_off=piece == run.group() and set_off(text, run))
    return cast


def named_in(text: str, cast: Cast) -> str | None:
    """The last person text itself names (not one remembered from before), or None."""
    return read_paragraph(text, Cast(known=cast.known)).last


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
                                                  introduced_names(text, cast, tuple(
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
        elif named_as_new(text, at):
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
