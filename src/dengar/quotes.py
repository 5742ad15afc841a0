"""Splitting quotations out of paragraphs and finding who said them.

A speaker is found in the sentence that introduces or follows a quotation. Pronouns ("kata
dia", "ujarnya") resolve to the last speaker named before them, which the caller passes in.
"""

from __future__ import annotations

import re

from dengar import furniture
from dengar.model import Segment

# Internal marker for "the attribution is a pronoun": resolved before any Segment is built.
_PRONOUN = "\x00pronoun"

_PARTICLES = "|".join(sorted(furniture.NAME_PARTICLES))
_NAME_WORD = r"[A-ZÀ-Þ](?:[^\W\d_]|['’-])*\.?"
_NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:(?:{_PARTICLES})\s+)?{_NAME_WORD})*"
_VERB = furniture.SPEECH_VERB
_PRONOUN_WORD = "|".join(sorted(furniture.PRONOUNS - {"nya"}))

_NAME_RUN_RE = re.compile(_NAME_RUN)
_TRAILING_RUN_RE = re.compile(rf"(?:^|(?<=\s)){_NAME_RUN}\s*$")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[^\s])")
_VERB_AT_END_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\s*(?:bahwa\s*)?[,:]?\s*$")
_VERB_FIRST_RE = re.compile(
    rf"^[\s,.;:–—-]*(?:{_VERB})(?P<nya>nya)?\b\s*(?P<rest>.*)$", re.DOTALL
)
_NAME_THEN_VERB_RE = re.compile(rf"^[\s,.;:–—-]*(?P<name>{_NAME_RUN})\s*,?\s*(?:{_VERB})\b")
_PRONOUN_START_RE = re.compile(rf"^(?:{_PRONOUN_WORD})\b", re.IGNORECASE)
_INDIRECT_RE = re.compile(rf"\b(?:{_VERB})(?P<nya>nya)?\s*(?:[,:]|bahwa\b)")
_MENURUT_RE = re.compile(
    rf"\b[Mm]enurut\s+(?P<head>[^,.:;“”\"]+?)\s*,\s*(?:(?P<appos>{_NAME_RUN})\s*,)?"
)
_WHOLE_QUOTE_RE = re.compile(
    r'^[“„"](?P<inner>[^“”„"]+)[”“"]?(?P<tail>[\s.,;:!?…]*)$'
)
# An opening mark not glued to a word, up to its closing mark or, in a cut-off text, the end.
_QUOTE_SPAN_RE = re.compile(
    r"""(?<!\w)(?:
        “(?P<curly>[^“”]*)(?:”|$)
      | „(?P<low>[^“”„]*)(?:[“”]|$)
      | "(?P<straight>[^"]*)(?:"|$)
    )""",
    re.VERBOSE,
)
_HAS_WORD_RE = re.compile(r"\w")


def _is_name_run(text: str) -> bool:
    """Whether text is nothing but capitalised name words."""
    return _NAME_RUN_RE.fullmatch(text.strip()) is not None


def _has_title(text: str) -> bool:
    """Whether text holds an office word such as "Presiden" or "Juru bicara"."""
    return any(w.lower() in furniture.TITLE_WORDS for w in text.split())


def _is_acronym(word: str) -> bool:
    """Whether word is an all-capitals abbreviation such as "BI" or "RDRK"."""
    return len(word) > 1 and word.isupper()


def _clean_speaker(run: str) -> str | None:
    """Strip sentence openers and titles from a name run; keep at most a few last words."""
    words = run.strip().rstrip(".").split()
    while words and words[0].lower() in furniture.SENTENCE_OPENERS:
        words = words[1:]
    if not words:
        return None
    if words[0].lower() in furniture.PRONOUNS:
        return _PRONOUN
    name = list(words)
    skippable = furniture.TITLE_WORDS | furniture.TITLE_QUALIFIERS
    while name and (name[0].lower() in skippable or _is_acronym(name[0])):
        name = name[1:]
    if not name:
        # An office alone ("Menlu RDRK") is the best name the text gives.
        return " ".join(words)
    has_particle = any(w in furniture.NAME_PARTICLES for w in name)
    if len(name) > furniture.SPEAKER_MAX_WORDS and not has_particle:
        name = name[-furniture.SPEAKER_MAX_WORDS:]
    return " ".join(name)


def _subject_name(subject: str) -> str | None:
    """Find the speaker in the words before a speech verb, appositives included."""
    parts = [p.strip() for p in subject.split(",")]
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        return None
    last = parts[-1]
    if last.lower() in furniture.PRONOUNS:
        return _PRONOUN
    if _is_name_run(last):
        return _clean_speaker(last)
    # "Lee, pakar di Institut X, mengatakan": the name comes before a lower-case description.
    if last[0].islower() and len(parts) > 1 and _is_name_run(parts[-2]):
        return _clean_speaker(parts[-2])
    run = _TRAILING_RUN_RE.search(last)
    return _clean_speaker(run.group()) if run else None


def _speaker_menurut(sentence: str) -> str | None:
    """Find the speaker of "Menurut <title>, <Name>, ..." or "Menurut <Name>, ..."."""
    match = _MENURUT_RE.search(sentence)
    if not match:
        return None
    head, appos = match.group("head").strip(), match.group("appos")
    if head.lower() in furniture.PRONOUNS:
        return _PRONOUN
    if _is_name_run(head) and not _has_title(head):
        return _clean_speaker(head)
    if appos:
        return _clean_speaker(appos)
    if _has_title(head):
        run = _TRAILING_RUN_RE.search(head)
        return _clean_speaker(run.group()) if run else None
    return None


def _last_sentence(text: str) -> str:
    """The last sentence of text (an empty string when text ends a sentence)."""
    return _SENTENCE_END_RE.split(text.strip())[-1] if text.strip() else ""


def _speaker_before(text: str) -> str | None:
    """Find the speaker in a sentence that introduces a quotation: "Budi mengatakan,"."""
    sentence = _last_sentence(text)
    match = _VERB_AT_END_RE.search(sentence)
    if match:
        if match.group("nya"):
            return _PRONOUN
        subject = sentence[: match.start()]
        if subject.strip():
            return _subject_name(subject)
    return _speaker_menurut(sentence)


def _speaker_after(text: str) -> str | None:
    """Find the speaker in the words that follow a quotation: ", kata Budi."."""
    match = _VERB_FIRST_RE.match(text)
    if match:
        rest = match.group("rest")
        if match.group("nya") or _PRONOUN_START_RE.match(rest):
            return _PRONOUN
        run = _NAME_RUN_RE.match(rest)
        return _clean_speaker(run.group()) if run else None
    match = _NAME_THEN_VERB_RE.match(text)
    return _clean_speaker(match.group("name")) if match else None


def mentioned_speaker(text: str) -> str | None:
    """The last person text reports as speaking, quoted or not: "Airlangga menjelaskan, ...".

    Args:
        text: A paragraph.

    Returns:
        The speaker's name, or None when no named speaker is reported.
    """
    found: str | None = None
    for sentence in _SENTENCE_END_RE.split(text):
        for match in _INDIRECT_RE.finditer(sentence):
            name = _subject_name(sentence[: match.start()]) if not match.group("nya") else None
            found = name if name and name != _PRONOUN else found
        name = _speaker_menurut(sentence)
        found = name if name and name != _PRONOUN else found
    return found


def _resolve(speaker: str | None, last_speaker: str | None) -> str | None:
    """Replace a pronoun attribution with the last named speaker."""
    return last_speaker if speaker == _PRONOUN else speaker


def _whole_quotation(text: str) -> str | None:
    """The quoted words when the whole paragraph is one quotation, else None."""
    match = _WHOLE_QUOTE_RE.match(text)
    if not match:
        return None
    return _quote_text(match.group("inner"), match.group("tail")) or None


def _quote_text(inner: str, tail: str) -> str:
    """The quoted words without a trailing comma, ended by the full stop written after them."""
    inner = inner.strip().rstrip(",").rstrip()
    # "… sensitif”." ends its sentence outside the marks; bring the full stop inside.
    final = next((c for c in tail if c in ".!?"), "")
    if final and inner and not inner.endswith((".", "!", "?", "…")):
        inner += final
    return inner


def _span_words(match: re.Match[str]) -> str:
    """The words inside a quotation-mark span, whichever mark pair it used."""
    return next(g for g in (match.group("curly"), match.group("low"), match.group("straight"))
                if g is not None)


def _following_words(text: str) -> str:
    """Text up to the end of its first sentence or the next quotation mark."""
    match = re.search(r"[.!?](?=\s|$)|[“„\"]", text)
    return text[: match.end()] if match else text


def _inline_speaker(after: str, before: str, intro: str, previous: str | None) -> str | None:
    """Attribute an inline quote from its own sentence, else the quote before it or the intro."""
    speaker = _speaker_after(_following_words(after)) or _speaker_before(before) or previous
    if speaker is None and not before.strip():
        speaker = _speaker_before(intro)
    return speaker


def _inline_parts(
    text: str, intro: str, last_speaker: str | None
) -> tuple[list[Segment], str | None]:
    """Split a paragraph into paragraph / quote / paragraph parts, attributing each quote."""
    parts: list[Segment] = []
    pos, previous = 0, None
    for match in _QUOTE_SPAN_RE.finditer(text):
        words = _span_words(match).strip()
        if len(words.split()) < furniture.QUOTE_MIN_WORDS:
            continue  # a scare quote: "alami" stays in its sentence
        before, after = text[pos: match.start()], text[match.end():]
        last_speaker = mentioned_speaker(before) or last_speaker
        speaker = _resolve(_inline_speaker(after, before, intro, previous), last_speaker)
        closing = after[: len(after) - len(after.lstrip(" .!?"))]
        parts.append(Segment("paragraph", before.strip()))
        parts.append(Segment("quote", _quote_text(words, closing), speaker))
        last_speaker, previous = speaker or last_speaker, speaker
        pos = match.end()
    rest = text[pos:]
    parts.append(Segment("paragraph", rest.strip()))
    last_speaker = mentioned_speaker(rest) or last_speaker
    return [p for p in parts if _HAS_WORD_RE.search(p.text)], last_speaker


def split_quotes(
    text: str, intro: str = "", last_speaker: str | None = None
) -> tuple[tuple[Segment, ...], str | None]:
    """Split one paragraph into paragraph and quote segments with their speakers.

    Args:
        text: The paragraph, white space already normalised.
        intro: The previous body paragraph; its last sentence may introduce this one's quote.
        last_speaker: The last speaker named before this paragraph, for "kata dia" and "ujarnya".

    Returns:
        The segments in reading order (kinds "paragraph" and "quote"), and the last speaker
        named once this paragraph has been read.
    """
    whole = _whole_quotation(text)
    if whole is not None:
        speaker = _resolve(_speaker_before(intro), last_speaker)
        return (Segment("quote", whole, speaker),), speaker or last_speaker
    parts, last_speaker = _inline_parts(text, intro, last_speaker)
    return tuple(parts), last_speaker
