"""Quotations whose attribution the copy never prints, and who goes on speaking in them.

A newsreader reads a quotation that names nobody, right after one by Budi, as Budi's when
the copy shows the attribution was left out: the quotation ends ',”.' (the comma waits for a
"kata Budi" that never came), or the copy stops inside it or inside the verb after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dengar import speech
from dengar.cast import Cast, is_full_name
from dengar.model import Segment
from dengar.names import is_person
from dengar.people import names_written
from dengar.speakers import CONTINUED, NAME_RUN_RE, PREVIOUS, clean_speaker
from dengar.subjects import set_off

# '… langka itu,”.': a comma and a closing mark with only the full stop after them, or with
# nothing after them at the paragraph's end ('… sudah rutin kami lakukan,”').
_DROPPED_ATTRIBUTION_RE = re.compile(r",\s*[”\"]\s*\.?$")
# '… pelatih asing,” tu': the copy stops in the verb after the closing mark (one lower-case
# fragment, no stop), or inside the quotation itself ('… naik Rp5.000 sekar').
_CUT_VERB_RE = re.compile(r"[,.!?…]\s*[”\"]\s*[a-z]{1,12}$")
_CUT_INSIDE_RE = re.compile(r"[“\"„][^”\"]*\w$")


def attribution_missing(text: str) -> bool:
    """Whether a paragraph's last quotation is left without the attribution it waits for:
    'Budi: "…,”.', '"… harga naik sekar' cut off by the copy's end, '"…," ta'."""
    text = text.rstrip()
    return bool(_DROPPED_ATTRIBUTION_RE.search(text) or _CUT_VERB_RE.search(text)
                or _CUT_INSIDE_RE.search(text))


# Closing marks, and the end of a sentence: what follows the attribution of the last quotation.
_CLOSING_RE = re.compile(r"[”\"]")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
# A sentence that has someone say, admit or hope something: "para pedagang mengaku …",
# "Hal berbeda disampaikan perwakilan …", "Nelayan lain berharap …".
_SAYS_RE = re.compile(rf"\b(?:{speech.SPEECH_VERB}|disampaikan|diungkapkan|berharap)\b",
                      re.IGNORECASE)
# Words that bring in a group or someone unnamed: "para pedagang", "seorang warga",
# "perwakilan perusahaan yang enggan disebut namanya".
_OTHERS_RE = re.compile(
    r"\b(?:para|sejumlah|beberapa|seorang|salah\s+(?:satu|seorang)|warga|perwakilan"
    r"|lain(?:nya)?|disebut\s+namanya)\b", re.IGNORECASE)
# The one quoted, spoken of again: "Ia", "Pihaknya juga berharap …", "Menurutnya".
_PRONOUNS = frozenset({"ia", "dia", "beliau", "pihaknya", "menurutnya", "dirinya"})


def _someone_else_speaks(intro: str, speaker: str, cast: Cast) -> bool:
    """Whether a sentence after the last quotation's attribution has someone else say
    something: a group or someone unnamed as the one who speaks ("Sementara itu, para
    pedagang mengaku …", "Hal berbeda disampaikan perwakilan …"), or a person other than the
    one quoted ("Salah satu peserta, Rizky, mengaku …"). Sentences about the matter itself
    ("Harga bawang putih ikut naik.") or whom he speaks to ("Pihaknya berharap warga …")
    leave him speaking."""
    closing = max((m.end() for m in _CLOSING_RE.finditer(intro)), default=None)
    rest = intro[closing:] if closing is not None else intro
    sentences = _SENTENCE_END_RE.split(rest.strip())[1 if closing is not None else 0:]
    own = {w.lower() for w in speaker.split() if len(w) > 2} | _PRONOUNS
    for sentence in sentences:
        says = _SAYS_RE.search(sentence)
        if says is None:
            continue
        # The one who speaks comes before an active verb, after a passive one ("di…kan").
        passive = says.group().lower().startswith("di")
        who = sentence[says.end():] if passive else sentence[: says.start()]
        words = {w.strip(",.;:!?()").lower() for w in who.split()}
        if not own & words and (
                _OTHERS_RE.search(who) or _names_someone_else(who, speaker, cast)):
            return True
    return False


def _names_someone_else(sentence: str, speaker: str, cast: Cast) -> bool:
    """Whether a sentence writes another person's full name, or a single name set off by
    commas ("Salah satu peserta, Rizky, mengaku"); "Rudy" for the speaker Hadi Rudyatmo,
    or a body's one word ("Asprov harus menyampaikan …"), is no one else."""
    for run in NAME_RUN_RE.finditer(sentence):
        name = clean_speaker(run.group())
        if not name or name == PREVIOUS or not is_person(name):
            continue
        if cast.full_name(name) == speaker or cast.resolve(name) == speaker:
            continue
        if is_full_name(name) or set_off(sentence, run):
            return True
    return False


def continued_speaker(cast: Cast, intro: str) -> str | None:
    """The one quoted before, when nobody else has been named since: who goes on in a
    quotation whose attribution is missing; None when someone else came between (as a
    subject, any full name written in the paragraph before, or a sentence that is not about
    him), when the one quoted is no person, or when nobody was quoted."""
    speaker = cast.resolve(CONTINUED) if cast.speaker else None
    if not speaker or cast.last not in (None, speaker) or not is_person(speaker):
        return None
    if _someone_else_speaks(intro, speaker, cast):
        return None
    others = [n for n in names_written(intro, Cast()).written if cast.full_name(n) != speaker]
    return None if others else speaker


def with_missing_attribution(parts: tuple[Segment, ...], text: str, intro: str,
                             cast: Cast) -> tuple[Segment, ...]:
    """parts with the last quotation, named to nobody, given to the one quoted before when
    text shows its attribution is missing."""
    at = max((i for i, part in enumerate(parts) if part.kind == "quote"), default=None)
    if at is None or parts[at].speaker is not None or not attribution_missing(text):
        return parts
    # The words before the quotation in its own paragraph came between too.
    before = " ".join(part.text for part in parts[:at])
    speaker = continued_speaker(cast, f"{intro} {before}")
    if speaker is None:
        return parts
    return (*parts[:at], replace(parts[at], speaker=speaker), *parts[at + 1:])
