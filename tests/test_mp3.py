"""The built MP3, read back with independent readers: mutagen, ffmpeg's demuxer, ffprobe."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import ffprobe
from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3, BitrateMode

HEADLINE = "Rusia-RDRK Meningkatkan Hubungan dalam Hadapi Tekanan dari Barat"
CHAPTER_TITLES = [HEADLINE, "Motivasi Baru bagi Hubungan Rusia-RDRK", "Kecemasan dari Pihak Ketiga"]
ONE_FRAME_S = 1152 / 44100  # an MP3 frame; encoder delay and padding stay under two


def chaps(tag: ID3) -> list:
    return sorted(tag.getall("CHAP"), key=lambda c: c.start_time)


def test_audio_is_mono_cbr_44k_64k(sample_build):
    info = MP3(sample_build[0]).info
    assert (info.channels, info.sample_rate, info.bitrate) == (1, 44100, 64000)
    assert info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)
    assert info.length > 120  # the sample is several minutes of speech


def test_duration_header_matches_assembled_audio(sample_build):
    mp3 = MP3(sample_build[0])
    last_end_s = chaps(mp3.tags)[-1].end_time / 1000
    assert abs(mp3.info.length - last_end_s) < 2 * ONE_FRAME_S


def test_tag_is_id3v23_with_the_article_frames(sample_build):
    tag = ID3(sample_build[0])
    assert tag.version == (2, 3, 0)
    assert str(tag["TIT2"]) == HEADLINE
    assert str(tag["TPE1"]) == "Quang Dung"
    assert str(tag["TALB"]) == "VOV World"  # from the lead's "(VOVWORLD) -"
    assert str(tag["TLAN"]) == "ind"
    assert str(tag["TCON"]) == "Speech"
    assert tag.getall("COMM")[0].lang == "ind"
    assert str(tag["TSSE"]).startswith("dengar ")
    assert str(tag["TENC"]).startswith("dengar ")


def test_transcript_holds_everything_spoken(sample_build, sample_json):
    lyrics = ID3(sample_build[0]).getall("USLT")[0]
    assert lyrics.lang == "ind"
    spoken = [s["spoken"] for c in sample_json["chapters"] for s in c["segments"] if s["spoken"]]
    assert lyrics.text == "\n\n".join(spoken)


def test_chapters_cover_the_audio_without_gaps(sample_build):
    tag = ID3(sample_build[0])
    marks = chaps(tag)
    assert [str(c.sub_frames["TIT2"]) for c in marks] == CHAPTER_TITLES
    assert marks[0].start_time == 0
    for before, after in zip(marks, marks[1:], strict=False):
        assert before.end_time == after.start_time
    assert all(c.start_offset == c.end_offset == 0xFFFFFFFF for c in marks)


def test_toc_is_top_level_ordered_and_lists_chapters_in_order(sample_build):
    tag = ID3(sample_build[0])
    (toc,) = tag.getall("CTOC")
    assert toc.flags == CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
    assert toc.child_element_ids == [c.element_id for c in chaps(tag)]


def test_chap_frames_are_stored_chronologically(sample_build):
    data = Path(sample_build[0]).read_bytes()
    ids = re.findall(rb"CHAP.{6}(chp\d+)\x00", data[:200_000], flags=re.S)
    assert ids == [b"chp0", b"chp1", b"chp2"]


def test_ffmpeg_lists_chapters_in_order_with_their_times(sample_build, ffmpeg):
    result = subprocess.run([ffmpeg, "-v", "error", "-i", str(sample_build[0]),
                             "-f", "ffmetadata", "-"], capture_output=True, text=True, check=True)
    blocks = result.stdout.split("[CHAPTER]")[1:]
    titles = [re.search(r"^title=(.*)$", b, re.M).group(1) for b in blocks]
    starts = [int(re.search(r"^START=(\d+)$", b, re.M).group(1)) for b in blocks]
    assert titles == CHAPTER_TITLES
    expected = [c.start_time for c in chaps(ID3(sample_build[0]))]
    # ffmpeg counts from the first decoded sample, after LAME's encoder delay (about 25 ms).
    assert all(abs(s - e) <= 50 for s, e in zip(starts[1:], expected[1:], strict=True))


@pytest.mark.skipif(ffprobe() is None, reason="no ffprobe installed on this machine")
def test_ffprobe_keeps_every_chapter_in_order(sample_build):
    result = subprocess.run([ffprobe(), "-v", "error", "-show_chapters", "-of", "json",
                             str(sample_build[0])], capture_output=True, text=True, check=True)
    chapters = json.loads(result.stdout)["chapters"]
    assert [c["tags"]["title"] for c in chapters] == CHAPTER_TITLES


def test_decoded_audio_has_the_head_and_tail_silence(sample_build, ffmpeg):
    from pydub.silence import detect_silence

    from dengar.sound import AudioSegment

    audio = AudioSegment.from_file(sample_build[0], format="mp3", codec="mp3")
    pauses = detect_silence(audio, min_silence_len=500, silence_thresh=-50)
    assert pauses[0][0] < 50 and pauses[0][1] >= 600  # head: 700 ms in the default voice
    assert pauses[-1][1] >= len(audio) - 50 and pauses[-1][1] - pauses[-1][0] >= 2000
    # besides the tail, only the two section breaks (1.8 s before each heading) are this long
    assert sum(1 for start, end in pauses if end - start >= 1700) == 3


def test_summary_line_names_file_duration_and_chapters(sample_build):
    path, summary = sample_build
    assert re.fullmatch(rf"{re.escape(str(path))}  \d+:\d\d  3 chapters\n", summary)


def ffmpeg_chapter_titles(ffmpeg: str, path: Path) -> list[str]:
    result = subprocess.run([ffmpeg, "-v", "error", "-i", str(path), "-f", "ffmetadata", "-"],
                            capture_output=True, text=True, check=True)
    blocks = result.stdout.split("[CHAPTER]")[1:]
    return [re.search(r"^title=(.*)$", b, re.M).group(1) for b in blocks]


def test_the_same_tag_as_id3v24_would_lose_the_headline_chapter(sample_build, ffmpeg, tmp_path):
    # Why dengar writes v2.3: saved as v2.4 (and in mutagen's own frame order), ffmpeg's
    # reader drops the chapter titled with the 65-character headline and shuffles the rest.
    copy = tmp_path / "v24.mp3"
    copy.write_bytes(Path(sample_build[0]).read_bytes())
    ID3(copy).save(copy, v2_version=4)
    assert ffmpeg_chapter_titles(ffmpeg, copy) != CHAPTER_TITLES
    assert ffmpeg_chapter_titles(ffmpeg, sample_build[0]) == CHAPTER_TITLES


def test_tags_carry_the_date_and_at_most_255_chapters(tmp_path):
    from datetime import date

    from dengar.encode import Mp3Encoder
    from dengar.model import ChapterMark
    from dengar.sound import silence
    from dengar.tags import TagInfo, write_tags

    path = tmp_path / "pendek.mp3"
    with Mp3Encoder(path, 22050) as encoder:
        encoder.write(silence(3000, 22050).raw_data)
    marks = tuple(ChapterMark(f"Bagian {i}", i * 10, (i + 1) * 10) for i in range(300))
    write_tags(path, TagInfo(
        title="Berita Pendek", artist=None, album="Harian Contoh", published=date(2024, 1, 21),
        comment="uji", transcript="Berita Pendek.", software="dengar test", chapters=marks,
    ))
    tag = ID3(path)
    assert str(tag["TDRC"]) == "2024-01-21"
    assert str(tag["TALB"]) == "Harian Contoh" and "TPE1" not in tag
    chapters = chaps(tag)
    assert len(chapters) == 255 and len(tag.getall("CTOC")[0].child_element_ids) == 255
    assert chapters[-1].start_time == 2540 and chapters[-1].end_time == 3000


def test_an_html_page_gives_its_url_author_publisher_and_date_to_the_tag(tmp_path):
    from conftest import run_dengar

    page = tmp_path / "pasar.html"
    page.write_text(
        '<html lang="id"><head><title>Pasar Terapung Kembali Ramai - Warta Contoh</title>'
        '<meta property="og:site_name" content="Warta Contoh">'
        '<meta property="og:url" content="https://warta.example/berita/pasar-terapung">'
        '<meta name="author" content="Dewi Lestari">'
        '<meta property="article:published_time" content="2024-08-17T08:00:00+07:00">'
        "</head><body><article><h1>Pasar Terapung Kembali Ramai</h1>"
        "<p>Pedagang sayur dan buah kembali berjualan dari atas perahu di sungai itu sejak "
        "pagi hari.</p><p>Pengunjung datang dari kota lain untuk membeli buah dan melihat "
        "perahu yang penuh warna.</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "pasar.mp3"
    result = run_dengar("build", str(page), "-o", str(out))
    assert result.returncode == 0, result.stderr
    tag = ID3(out)
    assert tag.getall("WOAS")[0].url == "https://warta.example/berita/pasar-terapung"
    assert str(tag["TIT2"]) == "Pasar Terapung Kembali Ramai"
    assert str(tag["TPE1"]) == "Dewi Lestari"
    assert str(tag["TALB"]) == "Warta Contoh"
    assert str(tag["TDRC"]) == "2024-08-17"
    assert str(tag["TLAN"]) == "ind"


def test_tag_of_an_article_spoken_with_any_language_names_its_language(tmp_path):
    from dengar.encode import Mp3Encoder
    from dengar.model import ChapterMark
    from dengar.sound import silence
    from dengar.tags import TagInfo, write_tags

    path = tmp_path / "en.mp3"
    with Mp3Encoder(path, 22050) as encoder:
        encoder.write(silence(500, 22050).raw_data)
    write_tags(path, TagInfo(
        title="Bike Lanes", artist=None, album="dengar", published=None, comment="c",
        transcript="t", software="dengar", chapters=(ChapterMark("Bike Lanes", 0, 500),),
        url=None, language="en",
    ))
    tag = ID3(path)
    assert str(tag["TLAN"]) == "eng" and tag.getall("USLT")[0].lang == "eng"
    assert tag.getall("WOAS") == []
