"""ID3 tags: what the episode is, its transcript, and its chapters.

dengar writes ID3v2.3, not v2.4: in a v2.4 tag ffprobe drops a chapter whose title is as
long as a typical headline, and Apple Podcasts breaks on long v2.4 chapter titles; v2.3
keeps every chapter (../shared/REFERENCE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mutagen import MutagenError
from mutagen.id3 import (
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TENC,
    TIT2,
    TLAN,
    TPE1,
    TSSE,
    USLT,
    WOAS,
    CTOCFlags,
)
from mutagen.id3._tags import save_frame  # no public API writes frames in a chosen order

from dengar.errors import UnwritableOutput
from dengar.model import ChapterMark

LANGUAGE = "ind"  # ISO 639-2, as TLAN, COMM and USLT want
# The article's language (ISO 639-1, as dengar records it) -> ISO 639-2 for the tag; a
# language not listed is "und" (undetermined). Only --any-language lets one other than "id" in.
ISO_639_2: dict[str, str] = {
    "id": "ind", "ms": "msa", "en": "eng", "vi": "vie", "fr": "fra", "es": "spa", "de": "deu",
    "nl": "nld", "pt": "por", "tl": "tgl", "jv": "jav", "su": "sun", "zh": "zho", "ja": "jpn",
    "ko": "kor", "th": "tha", "ar": "ara", "ru": "rus",
}
MAX_CHAPTERS = 255  # a CTOC counts its children in one byte
_NO_OFFSET = 0xFFFFFFFF


@dataclass(frozen=True)
class TagInfo:
    """What goes into the tag."""

    title: str
    artist: str | None
    album: str
    published: date | None
    comment: str
    transcript: str
    software: str
    chapters: tuple[ChapterMark, ...]
    url: str | None = None
    language: str = "id"


class _OrderedID3(ID3):
    """An ID3 tag that writes its frames in insertion order.

    mutagen sorts frames by size when it saves; ffprobe and players then list CHAP frames
    in file order, so chapters would come out shuffled.
    """

    def _write(self, config):  # type: ignore[no-untyped-def]
        return bytearray().join(save_frame(frame, config=config) for frame in self.values())


def fit_chapters(
    marks: tuple[ChapterMark, ...], limit: int = MAX_CHAPTERS
) -> tuple[ChapterMark, ...]:
    """Merge the chapters past ``limit`` into the last one a CTOC can hold."""
    if len(marks) <= limit:
        return marks
    last = marks[limit - 1]
    merged = ChapterMark(last.title, last.start_ms, marks[-1].end_ms)
    return (*marks[: limit - 1], merged)


def _chapter_frames(marks: tuple[ChapterMark, ...]) -> list[CTOC | CHAP]:
    ids = [f"chp{i}" for i in range(len(marks))]
    frames: list[CTOC | CHAP] = [
        CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
             child_element_ids=ids, sub_frames=[TIT2(encoding=1, text=["Daftar isi"])])
    ]
    for element_id, mark in zip(ids, marks, strict=True):
        frames.append(CHAP(
            element_id=element_id, start_time=mark.start_ms, end_time=mark.end_ms,
            start_offset=_NO_OFFSET, end_offset=_NO_OFFSET,
            sub_frames=[TIT2(encoding=1, text=[mark.title])],
        ))
    return frames


def write_tags(path: Path, info: TagInfo) -> None:
    """Write a fresh ID3v2.3 tag to the MP3 at ``path``, chapters in chronological order."""
    tag = _OrderedID3()
    language = ISO_639_2.get(info.language, "und")
    text_frames = [
        TIT2(encoding=1, text=[info.title]),
        TPE1(encoding=1, text=[info.artist]) if info.artist else None,
        TALB(encoding=1, text=[info.album]),
        TDRC(encoding=1, text=[info.published.isoformat()]) if info.published else None,
        TCON(encoding=1, text=["Speech"]),
        TLAN(encoding=1, text=[language]),
        WOAS(url=info.url) if info.url else None,
        COMM(encoding=1, lang=language, desc="", text=[info.comment]),
        USLT(encoding=1, lang=language, desc="transkrip", text=info.transcript),
        TSSE(encoding=1, text=[info.software]),
        TENC(encoding=1, text=[info.software.split(";")[0]]),
    ]
    chapter_frames = _chapter_frames(fit_chapters(info.chapters))
    for frame in [*(f for f in text_frames if f is not None), *chapter_frames]:
        tag.add(frame)
    tag.update_to_v23()
    try:
        tag.save(path, v2_version=3, v1=0)
    except (OSError, MutagenError) as exc:
        raise UnwritableOutput(f"Cannot write the tags to {path}: {exc}.") from exc
