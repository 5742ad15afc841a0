"""The order of the stages: read -> segment -> normalize -> speak -> assemble -> encode -> tag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dengar import __version__
from dengar.assemble import Timeline, assemble
from dengar.encode import MP3_BITRATE_KBPS, MP3_SAMPLE_RATE, Mp3Encoder
from dengar.engines import phoneme_alphabet, start_engine
from dengar.model import Article, ChapterMark
from dengar.normalize import normalize, text_steps
from dengar.output import atomic_output, resolve_destination
from dengar.reader import STDIN, read_article
from dengar.spoken.lexicon import default_lexicon, load_lexicon
from dengar.tags import TagInfo, write_tags
from dengar.voices import VoiceProfile

DEFAULT_ALBUM = "dengar"


@dataclass(frozen=True)
class Built:
    """The result of one build."""

    path: Path
    duration_ms: int
    chapters: tuple[ChapterMark, ...]


def understand(source: str, profile: VoiceProfile, *, lexicons: Sequence[Path] = (),
               any_language: bool = False) -> Article:
    """Read an article and decide exactly what will be spoken (no audio is made).

    Args:
        source: A path, or ``-`` for stdin.
        profile: The voice profile.
        lexicons: The user's PLS lexicons; they win over the profile's and dengar's own.
        any_language: Speak an article that is not in Indonesian instead of refusing it.

    Raises:
        DengarError: any of its subclasses; BadLexicon for a lexicon that is not valid PLS.
    """
    lexicon = load_lexicon([default_lexicon(), *profile.lexicons, *lexicons],
                           phoneme_alphabet(profile.engine))
    article = read_article(source, any_language=any_language)
    return normalize(article, profile, text_steps(lexicon))


def transcript(article: Article) -> str:
    """Everything that is spoken, one segment per paragraph."""
    return "\n\n".join(s.spoken for s in article.segments if s.spoken)


def _tag_info(article: Article, profile: VoiceProfile, marks: tuple[ChapterMark, ...],
              name: str) -> TagInfo:
    title = article.title or name
    return TagInfo(
        title=title,
        artist=article.byline,
        album=article.publisher or DEFAULT_ALBUM,
        published=article.published,
        url=article.url,
        language=article.language,
        comment=f"Dibacakan oleh dengar dengan suara {profile.name}.",
        transcript=transcript(article),
        software=f"dengar {__version__}; {profile.engine} voice {profile.name}; "
                 f"LAME via ffmpeg, {MP3_BITRATE_KBPS} kbit/s CBR, {MP3_SAMPLE_RATE} Hz mono",
        chapters=marks,
    )


def build(
    source: str,
    destination: Path | None,
    profile: VoiceProfile,
    on_start: Callable[[int], None] | None = None,
    on_segment: Callable[[], None] | None = None,
    *,
    lexicons: Sequence[Path] = (),
    any_language: bool = False,
) -> Built:
    """Turn the article at ``source`` into a chaptered, tagged MP3.

    Args:
        source: A path, or ``-`` for stdin.
        destination: The ``-o`` option: an .mp3 path, a folder, or None for ``output/``.
        profile: The voice profile.
        on_start: Called with the number of segments to speak, before speaking.
        on_segment: Called after each segment is spoken.
        lexicons: The user's PLS lexicons (see ``understand``).
        any_language: Speak an article that is not in Indonesian (see ``understand``).

    Returns:
        Where the MP3 went, its duration and its chapters.

    Raises:
        DengarError: any of its subclasses, with a sentence for the user.
    """
    article = understand(source, profile, lexicons=lexicons, any_language=any_language)
    name = article.title or ("artikel" if source == STDIN else Path(source).stem)
    path = resolve_destination(destination, name)
    engine = start_engine(profile)
    titles = [chapter.title for chapter in article.chapters]
    timeline = Timeline(titles, engine.sample_rate)
    if on_start is not None:
        on_start(sum(1 for s in article.segments if s.spoken))
    with atomic_output(path) as temporary:
        with Mp3Encoder(temporary, engine.sample_rate) as encoder:
            for span in assemble(article, profile, engine, on_segment):
                encoder.write(span.audio.raw_data)
                timeline.add(span)
        marks = timeline.marks()
        write_tags(temporary, _tag_info(article, profile, marks, name))
    return Built(path, timeline.duration_ms, marks)
