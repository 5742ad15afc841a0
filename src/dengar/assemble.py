"""Lay the article out in time: speech for each segment, silence between them.

Audio comes out as a stream of spans, one segment's speech or one pause at a time, so the
encoder can take it piece by piece and memory does not grow with the article's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dengar.engines import Delivery, Engine
from dengar.model import Article, ChapterMark, Segment
from dengar.normalize import utterances
from dengar.sound import AudioSegment, silence
from dengar.speech import SPEECH_VERBS
from dengar.voices import Pauses, VoiceProfile

_FIRST_WORD_RE = re.compile(r"[a-z]+")
# What opens an attribution besides a speech verb: "demikian kata Budi", "pesannya", "bunyi
# surat itu", "puji Budi", "aku Budi" (he admits).
_SPEECH_VERBS = frozenset(SPEECH_VERBS) | {"demikian", "pesan", "bunyi", "puji", "aku"}


@dataclass(frozen=True)
class Span:
    """A stretch of audio and the chapter (by index) it belongs to."""

    chapter: int
    audio: AudioSegment


def is_attribution(before: Segment, after: Segment) -> bool:
    """Whether ``after`` ends the sentence that quoted ``before``: it opens, in lower case, with
    a speech verb ("ujar Budi.", "katanya, Senin."), not with any lower-case word ("dr. Ahmad
    menilai …" is a new sentence)."""
    first = _FIRST_WORD_RE.match(after.text)
    if before.kind != "quote" or after.kind != "paragraph" or first is None:
        return False
    return first[0] in _SPEECH_VERBS or first[0].removesuffix("nya") in _SPEECH_VERBS


def pause_between(before: Segment, after: Segment, pauses: Pauses) -> int:
    """The silence in milliseconds between two consecutive spoken segments.

    Where several boundary kinds apply (a quote that follows the headline), the longest wins;
    but the attribution after a quotation follows it closely, so it is heard as part of it.
    """
    if is_attribution(before, after):
        return pauses.before_attribution
    kinds = {before.kind, after.kind}
    candidates = [pauses.between_paragraphs]
    if before.kind == "headline":
        candidates.append(pauses.after_headline)
    if before.kind == "byline":
        candidates.append(pauses.after_byline)
    if after.kind == "heading":
        candidates.append(pauses.before_heading)
    if before.kind == "heading":
        candidates.append(pauses.after_heading)
    if "quote" in kinds:
        candidates.append(pauses.around_quote)
    if "caption" in kinds:
        candidates.append(pauses.around_caption)
    return max(candidates)


def assemble(
    article: Article,
    profile: VoiceProfile,
    engine: Engine,
    on_segment: Callable[[], None] | None = None,
) -> Iterator[Span]:
    """Yield the article's audio in order: head silence, speech and pauses, tail silence.

    A pause belongs to the chapter of the segment before it, so each chapter after the
    first starts exactly where its heading begins to sound.

    Args:
        article: A normalized article (``spoken`` filled in).
        profile: The voice: rate, pitch and pauses.
        engine: Speaks each piece of text.
        on_segment: Called after each segment is spoken (for a progress bar).
    """
    rate = engine.sample_rate
    spoken = [(i, s) for i, c in enumerate(article.chapters) for s in c.segments if s.spoken]
    yield Span(spoken[0][0] if spoken else 0, silence(profile.pauses.head, rate))
    previous: tuple[int, Segment] | None = None
    said_with_previous = False
    for index, (chapter, segment) in enumerate(spoken):
        if previous is not None and not said_with_previous:
            gap = pause_between(previous[1], segment, profile.pauses)
            yield Span(previous[0], silence(gap, rate))
        following = next((s for c, s in spoken[index + 1:index + 2] if c == chapter), None)
        pieces = list(utterances(segment, profile)) if not said_with_previous else []
        said_with_previous = _join_attribution(pieces, segment, following, profile)
        for text, pitch in pieces:
            delivery = Delivery(voice=profile.engine_voice, rate=profile.rate, pitch=pitch)
            yield Span(chapter, engine.speak(text, delivery))
        previous = (chapter, segment)
        if on_segment is not None:
            on_segment()
    yield Span(previous[0] if previous else 0, silence(profile.pauses.tail, rate))


def _join_attribution(
    pieces: list[tuple[str, int]], quote: Segment, following: Segment | None,
    profile: VoiceProfile,
) -> bool:
    """Say an announced quote's closing cue and its attribution as one sentence.

    "Akhir kutipan, ujar Budi." flows as a newsreader says it, where "Akhir kutipan." then
    "ujar Budi." is heard as a fragment. Changes ``pieces`` (the quote's utterances) in place.

    Returns:
        Whether the following segment is now said with the quote.
    """
    if following is None or not is_attribution(quote, following) or len(pieces) != 3:
        return False
    pieces[-1] = (closing_with_attribution(following, profile), pieces[-1][1])
    return True


def closing_with_attribution(attribution: Segment, profile: VoiceProfile) -> str:
    """The closing cue and the attribution as one sentence: "Akhir kutipan, ujar Budi."."""
    return f"{profile.quote.closing.rstrip(' .!')}, {attribution.spoken}"


class Timeline:
    """Counts the audio frames of each chapter as spans go by, then places the chapters."""

    def __init__(self, titles: list[str], sample_rate: int) -> None:
        self.titles = titles
        self.sample_rate = sample_rate
        self.frames = [0] * len(titles)

    def add(self, span: Span) -> None:
        """Count a span's frames towards its chapter."""
        self.frames[span.chapter] += int(span.audio.frame_count())

    @property
    def total_frames(self) -> int:
        """Frames of audio so far."""
        return sum(self.frames)

    @property
    def duration_ms(self) -> int:
        """The length of the audio so far, in milliseconds."""
        return self._ms(self.total_frames)

    def _ms(self, frames: int) -> int:
        return round(frames * 1000 / self.sample_rate)

    def marks(self) -> tuple[ChapterMark, ...]:
        """The chapters that have audio, contiguous from 0 to the end of the audio."""
        marks: list[ChapterMark] = []
        start = 0
        for title, frames in zip(self.titles, self.frames, strict=True):
            if frames == 0:
                continue
            marks.append(ChapterMark(title, self._ms(start), self._ms(start + frames)))
            start += frames
        return tuple(marks)
