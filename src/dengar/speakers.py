"""Finding who speaks: in the words around a quotation, and among the people an article names.

A speaker is found in the sentence that introduces or follows a quotation. Pronouns ("kata
dia", "ujarnya") and descriptions ("kata politisi Partai Hanura itu") stand for the last person
named before them; a short name ("Yuddy") stands for the full name named earlier ("Yuddy
Chrisnandi"). Titles, offices and jurisdictions ("Wakil Wali Kota Bandung") are not the name.
"""

from __future__ import annotations

import re

from dengar import speech

# Internal marker for "the attribution stands for the last person named": a pronoun or a
# description. Resolved before any Segment is built.
PREVIOUS = "\x00previous"

_PARTICLES = "|".join(sorted(speech.NAME_PARTICLES))
_NAME_WORD = r"[A-ZÀ-Þ](?:[^\W\d_]|['’-])*\.?"
NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD})*"
_VERB = speech.SPEECH_VERB
_PRONOUN_WORD = "|".join(sorted(speech.PRONOUNS - {"nya"}))

NAME_RUN_RE = re.compile(NAME_RUN)
_TRAILING_RUN_RE = re.compile(rf"(?:^|(?<=\s)){NAME_RUN}\s*$")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
_VERB_AT_END_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\s*(?:bahwa\s*)?[,:]?\s*$")
_VERB_FIRST_RE = re.compile(
    rf"^[\s,.;:–—-]*(?:demikian\s+)?(?:{_VERB})(?P<nya>nya)?\b\s*(?P<rest>.*)$",
    re.DOTALL | re.IGNORECASE,
)
_NAME_THEN_VERB_RE = re.compile(rf"^[\s,.;:–—-]*(?P<name>{NAME_RUN})\s*,?\s*(?:{_VERB})\b")
_PRONOUN_START_RE = re.compile(rf"^(?:{_PRONOUN_WORD})\b", re.IGNORECASE)
_ROLE_THEN_NAME_RE = re.compile(rf"^(?:[a-z]+\s+){{1,2}}(?P<name>{NAME_RUN})")
_INDIRECT_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\s*(?:[,:]|bahwa\b)")
_MENURUT_RE = re.compile(
    rf"\b[Mm]enurut\s+(?P<head>[^,.:;“”\"]+?)\s*,\s*(?:(?P<appos>{NAME_RUN})\s*,)?"
)
_APPOSITIVE_RE = re.compile(rf"\s*,\s*(?P<name>{NAME_RUN})")
_CLAUSE_END_RE = re.compile(r"[,.;:!?(]")


def is_name_run(text: str) -> bool:
    """Whether text is nothing but capitalised name words."""
    return NAME_RUN_RE.fullmatch(text.strip()) is not None


def _has_title(text: str) -> bool:
    """Whether text holds an office word such as "Presiden" or "Juru bicara"."""
    return any(w.lower() in speech.TITLE_WORDS for w in text.split())


def _is_acronym(word: str) -> bool:
    """Whether word is an all-capitals abbreviation such as "BI" or "RDRK"."""
    return len(word) > 1 and word.rstrip(".").isupper()


def _strip_office(words: list[str]) -> list[str]:
    """Drop the titles, offices, acronyms and jurisdictions in front of a name."""
    skippable = speech.TITLE_WORDS | speech.TITLE_QUALIFIERS
    while words and (words[0].lower() in skippable or _is_acronym(words[0])):
        words = words[1:]
    # "Bandung Yana Mulyana": the place an office governs, left in front of the name.
    while len(words) > 1 and words[0].lower() in speech.PLACES:
        words = words[1:]
    return words


def _after_sentence_break(words: list[str]) -> list[str]:
    """The words after the last full stop inside a run ("Surabaya. Pada Jumat" -> after it);
    a title's abbreviation ("Prof.", "Dr.") or an initial ("M.") is no full stop."""
    for i in reversed(range(len(words) - 1)):
        word = words[i]
        if word.endswith(".") and len(word) > 2 and word.lower() not in speech.TITLE_WORDS:
            return words[i + 1:]
    return words


def clean_speaker(run: str) -> str | None:
    """Strip sentence openers and titles from a name run; keep at most a few last words."""
    words = _after_sentence_break(run.strip().rstrip(".").split())
    while words and words[0].lower() in speech.SENTENCE_OPENERS:
        words = words[1:]
    if not words:
        return None
    if words[0].lower() in speech.PRONOUNS:
        return PREVIOUS
    name = _strip_office(list(words))
    if not name:
        # An office alone ("Menlu RDRK") is the best name the text gives.
        return " ".join(words)
    has_particle = any(w in speech.NAME_PARTICLES for w in name)
    if len(name) > speech.SPEAKER_MAX_WORDS and not has_particle:
        name = name[-speech.SPEAKER_MAX_WORDS:]
    return " ".join(name)


def _subject_name(subject: str) -> str | None:
    """Find the speaker in the words before a speech verb, appositives included."""
    parts = [p.strip() for p in subject.split(",")]
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        return None
    last = parts[-1]
    if last.lower() in speech.PRONOUNS:
        return PREVIOUS
    if is_name_run(last):
        return clean_speaker(last)
    # "Lee, pakar di Institut X, mengatakan": the name comes before a lower-case description.
    if last[0].islower() and len(parts) > 1 and is_name_run(parts[-2]):
        return clean_speaker(parts[-2])
    run = _TRAILING_RUN_RE.search(last)
    return clean_speaker(run.group()) if run else None


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
    sentence = last_sentence(text)
    match = _VERB_AT_END_RE.search(sentence)
    if match:
        if match.group("nya"):
            return PREVIOUS
        subject = sentence[: match.start()]
        if subject.strip():
            return _subject_name(subject)
    return speaker_menurut(sentence)


def _described(rest: str) -> bool:
    """Whether the words after a verb describe someone already named: "politisi X itu"."""
    clause = _CLAUSE_END_RE.split(rest, maxsplit=1)[0].split()
    return (
        0 < len(clause) <= speech.DESCRIPTION_MAX_WORDS
        and clause[0][:1].islower()
        and clause[0] not in speech.UNNAMED_SOURCES
        and clause[-1].lower() in speech.DEMONSTRATIVES
    )


def _appositive(text: str, run: re.Match[str]) -> str | None:
    """The name after an office: "Direktur Pemasaran Xiaomi Indonesia, Andi Pratama"."""
    if run.group().split()[0].lower() not in speech.TITLE_WORDS:
        return None
    after = _APPOSITIVE_RE.match(text, run.end())
    return after.group("name") if after else None


def speaker_after(text: str) -> str | None:
    """Find the speaker in the words that follow a quotation: ", kata Budi."."""
    match = _VERB_FIRST_RE.match(text)
    if match:
        rest = match.group("rest")
        if match.group("nya") or _PRONOUN_START_RE.match(rest) or _described(rest):
            return PREVIOUS
        run = NAME_RUN_RE.match(rest)
        if run:
            return clean_speaker(_appositive(rest, run) or run.group())
        # "demikian pernyataan tim Project Zero": a role word before the name.
        role = _ROLE_THEN_NAME_RE.match(rest)
        first = rest.split()[0].lower() if rest.split() else ""
        return clean_speaker(role.group("name")) if role and first in speech.TITLE_WORDS else None
    match = _NAME_THEN_VERB_RE.match(text)
    return clean_speaker(match.group("name")) if match else None


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
        for match in _INDIRECT_RE.finditer(sentence):
            name = PREVIOUS if match.group("nya") else _subject_name(sentence[: match.start()])
            if name:
                found.append((start + match.start(), name))
        name = speaker_menurut(sentence)
        if name:
            found.append((start, name))
    return found
