"""The people an article has named so far: for "dia", "ujarnya" and short names.

A ``Cast`` travels through the body paragraphs in reading order. It remembers the full names
met ("Menteri … Yuddy Chrisnandi menginginkan …") and who was named last, so that "kata dia"
resolves to the last person named and "tutur Yuddy" to "Yuddy Chrisnandi".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dengar import speech
from dengar.speakers import NAME_RUN_RE, PREVIOUS, clean_speaker, reported_speakers

FULL_NAME_WORDS = (2, speech.SPEAKER_MAX_WORDS)
_INTRODUCTION_RE = re.compile(rf"\s*,\s*[a-z]|\s+(?:{speech.SPEECH_VERB})\b")


@dataclass(frozen=True)
class Cast:
    """Who has been named: the last person, and every full name met so far."""

    last: str | None = None
    known: tuple[str, ...] = ()

    def full_name(self, name: str | None) -> str | None:
        """The full name a short one stands for ("Yuddy" -> "Yuddy Chrisnandi"), else name."""
        if not name or name == PREVIOUS:
            return name
        words = name.lower().split()
        for known in reversed(self.known):
            known_words = known.lower().split()
            if len(words) < len(known_words) and all(w in known_words for w in words):
                return known
        return name

    def resolve(self, speaker: str | None) -> str | None:
        """A speaker as named in the text, with a pronoun or description replaced."""
        return self.last if speaker == PREVIOUS else self.full_name(speaker)

    def met(self, name: str | None) -> Cast:
        """The cast after name (already resolved) was named."""
        if not name or name == PREVIOUS:
            return self
        known = self.known
        if _is_full_name(name) and name not in known:
            known = (*known, name)
        return replace(self, last=name, known=known)

    def forget_last(self) -> Cast:
        """The cast at a section break: names stay known, but "dia" no longer reaches back."""
        return replace(self, last=None)


def _is_full_name(name: str) -> bool:
    """Whether name looks like a person's full name: two or three capitalised words."""
    words = name.split()
    low, high = FULL_NAME_WORDS
    return low <= len(words) <= high and all(w[:1].isupper() and not w.isupper() for w in words)


def _introduced_names(text: str, cast: Cast) -> list[tuple[int, str]]:
    """People named in text: after an office ("Kepala KKP … Muhammad Budi Hidayat"), or a
    short or full name the cast already knows ("Budi mengeluh")."""
    found = []
    for run in NAME_RUN_RE.finditer(text):
        words = run.group().split()
        name = clean_speaker(run.group())
        if not name or name == PREVIOUS:
            continue
        # An office opens the run; "dan" may have cut it ("Menteri … dan Reformasi Birokrasi X").
        office = speech.TITLE_WORDS | speech.TITLE_QUALIFIERS
        titled = (words[0].lower() in office and len(name.split()) < len(words)) or any(
            w.lower() in speech.TITLE_WORDS for w in text[: run.start()].split()[-3:])
        # "Siti Rahmah, warga RT 05, mengaku": a name with a description or a verb after it.
        introduced = titled or _INTRODUCTION_RE.match(text, run.end()) is not None
        if introduced and _is_full_name(name) and name.split()[0].lower() not in speech.PLACES:
            found.append((run.start(), name))
        elif cast.full_name(name) != name or name in cast.known:
            found.append((run.start(), cast.full_name(name) or name))
    return found


def named_in(text: str, cast: Cast) -> str | None:
    """The last person text itself names (not one remembered from before), or None."""
    return read_paragraph(text, Cast(known=cast.known)).last


def read_paragraph(text: str, cast: Cast) -> Cast:
    """The cast after a stretch of text without quotations has been read."""
    events = sorted(_introduced_names(text, cast) + reported_speakers(text))
    for _, name in events:
        cast = cast.met(cast.resolve(name))
    return cast
