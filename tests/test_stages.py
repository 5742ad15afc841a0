"""The small stages, each on literal Indonesian: decoding, spoken form, pauses, destinations."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dengar.assemble import Span, Timeline, assemble, pause_between
from dengar.engines import start_engine
from dengar.errors import BinaryInput, EmptyInput, UndecodableInput, UnknownVoice
from dengar.model import Article, Chapter, Segment
from dengar.normalize import normalize, spoken_form, utterances
from dengar.output import atomic_output, resolve_destination, slugify
from dengar.reader import decode
from dengar.sound import silence
from dengar.voices import Pauses, QuoteStyle, load_profile, shipped_profiles

PROFILE = load_profile("espeak-id")


@pytest.mark.parametrize("data, text", [
    (b"Warga menanam pohon.", "Warga menanam pohon."),
    (b"\xef\xbb\xbfWarga menanam pohon.", "Warga menanam pohon."),
    ("Warga menanam pohon.".encode("utf-16"), "Warga menanam pohon."),
    ("Kafé “Kopi” Jakarta".encode("cp1252"), "Kafé “Kopi” Jakarta"),
])
def test_decode_tries_bom_utf8_then_cp1252(data, text):
    assert decode(data) == text


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInput),
    (b" \r\n\t", EmptyInput),
    (b"GIF89a\x01\x00\x01\x00\x00\xff\x00", BinaryInput),
    (b"\x7fELF\x02\x01\x01" + bytes(range(1, 9)) * 20, BinaryInput),
    (b"Berita \x81\x8d\x90", UndecodableInput),
])
def test_decode_refuses_what_is_not_text(data, error):
    with pytest.raises(error):
        decode(data)


@pytest.mark.parametrize("written, spoken", [
    ("Seiring\u00a0dengan  menghadapi sanksi", "Seiring dengan menghadapi sanksi"),
    ("untuk membahas masalah kedua pihak .", "untuk membahas masalah kedua pihak."),
    ("Rusia-RDRK\tMeningkatkan   Hubungan", "Rusia er de er ka Meningkatkan Hubungan"),
    # a reduplicated word typed with a spaced dash is one word; other dashes stay pauses
    ("sekolah harus ikut alur – alurnya", "sekolah harus ikut alur-alurnya"),
    ("mereka datang lagi - lagi", "mereka datang lagi-lagi"),
    ("rute Bandung – Bandung Barat", "rute Bandung, Bandung Barat"),
    ("warga – warga lain menunggu", "warga-warga lain menunggu"),
    ("jalan desa – kota itu rusak", "jalan desa, kota itu rusak"),
    ("dana pro – proyek itu", "dana pro, proyek itu"),  # another word that starts alike
    ("buah - buahannya segar", "buah-buahannya segar"),
])
def test_spoken_form(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("segment, spoken", [
    (Segment("headline", "Warga Bandung Menanam Pohon"), "Warga Bandung Menanam Pohon."),
    (Segment("byline", "Quang Dung"), "Oleh Quang Dung."),
    (Segment("heading", "Kecemasan dari Pihak Ketiga"), "Kecemasan dari Pihak Ketiga."),
    (Segment("quote", "Kami bersedia menemui pihak RDRK"),
     "Kutipan: Kami bersedia menemui pihak er de er ka. Akhir kutipan."),
    (Segment("caption", "Presiden Rusia menyambut tamu (Foto: KCNA)"),
     "Keterangan foto: Presiden Rusia menyambut tamu (Foto: ka ce en a)."),
    (Segment("paragraph", "Harga naik?"), "Harga naik?"),
    (Segment("paragraph", "Nama,"), "Nama."),  # a list item ending in a comma
    # the stop inside a closing quotation mark or bracket ends the sentence already
    (Segment("paragraph", "Ia menyebutnya “kelalaian.”"), "Ia menyebutnya “kelalaian.”"),
    (Segment("paragraph", "Ia menyebutnya \"lalai.\""), "Ia menyebutnya \"lalai.\""),
    (Segment("paragraph", "Warga mengungsi (pukul tiga.)"), "Warga mengungsi (pukul tiga.)"),
    (Segment("paragraph", "Ia menyebutnya “kelalaian”"), "Ia menyebutnya “kelalaian”."),
    # a caption's own label repeats the prefix
    (Segment("caption", "Foto: Warga antre beras"), "Keterangan foto: Warga antre beras."),
    (Segment("caption", "FOTO : Warga antre"), "Keterangan foto: Warga antre."),
    (Segment("caption", "Keterangan foto: Warga antre"), "Keterangan foto: Warga antre."),
    (Segment("caption", "Fotografer menunggu"), "Keterangan foto: Fotografer menunggu."),
])
def test_normalize_announces_by_kind(segment, spoken):
    article = Article(title="x", chapters=(Chapter("x", (segment,)),))
    assert normalize(article, PROFILE).segments[0].spoken == spoken


def test_quote_is_spoken_at_the_quote_pitch_between_narrator_cues():
    article = Article(title="x", chapters=(Chapter("x", (Segment("quote", "Kami siap"),)),))
    (quote,) = normalize(article, PROFILE).segments
    assert utterances(quote, PROFILE) == (
        ("Kutipan:", 50), ("Kami siap.", 38), ("Akhir kutipan.", 50),
    )


def test_captions_can_be_skipped_by_the_profile(tmp_path):
    profile_file = tmp_path / "tanpa-foto.toml"
    profile_file.write_text('engine = "espeak"\n[caption]\nread = false\n', encoding="utf-8")
    profile = load_profile(str(profile_file))
    article = Article(title="x", chapters=(Chapter("x", (Segment("caption", "Foto"),)),))
    (caption,) = normalize(article, profile).segments
    assert caption.spoken == "" and utterances(caption, profile) == ()


@pytest.mark.parametrize("before, after, ms", [
    ("headline", "byline", 1200),
    ("byline", "lead", 900),
    ("lead", "paragraph", 650),
    ("paragraph", "heading", 1800),
    ("heading", "paragraph", 800),
    ("paragraph", "quote", 700),
    ("quote", "heading", 1800),
    ("caption", "paragraph", 700),
])
def test_pause_by_boundary(before, after, ms):
    assert pause_between(Segment(before, "a"), Segment(after, "b"), Pauses()) == ms


@pytest.mark.parametrize("before, after, ms", [
    (Segment("quote", "Kami siap"), Segment("paragraph", "ujar Budi."), 250),
    (Segment("quote", "Kami siap"), Segment("paragraph", "kata dia kepada wartawan."), 250),
    (Segment("quote", "Kami siap"), Segment("paragraph", "Budi menambahkan, ..."), 700),
    (Segment("quote", "Kami siap"), Segment("paragraph", "dr. Ahmad menilai ..."), 700),
    (Segment("paragraph", "Kata Budi."), Segment("paragraph", "ujar Budi."), 650),
    (Segment("quote", "Kami siap"), Segment("heading", "ujar"), 1800),
])
def test_attribution_follows_its_quotation_closely(before, after, ms):
    assert pause_between(before, after, Pauses()) == ms


def test_timeline_marks_are_contiguous_and_exact():
    timeline = Timeline(["Pembuka", "Kosong", "Bagian Dua"], 22050)
    for chapter, ms in [(0, 1000), (0, 500), (2, 2500)]:
        timeline.add(Span(chapter, silence(ms, 22050)))
    marks = timeline.marks()
    assert [(m.title, m.start_ms, m.end_ms) for m in marks] == [
        ("Pembuka", 0, 1500), ("Bagian Dua", 1500, 4000)]
    assert timeline.duration_ms == 4000


def test_assemble_speaks_every_segment_with_real_espeak():
    article = normalize(Article(title="Judul", chapters=(
        Chapter("Judul", (Segment("headline", "Judul Berita"),
                          Segment("lead", "Harga beras naik."))),
        Chapter("Bagian", (Segment("heading", "Bagian"), Segment("quote", "Kami siap bekerja"))),
    )), PROFILE)
    engine = start_engine(PROFILE)
    spans = list(assemble(article, PROFILE, engine))
    speech = [s for s in spans if s.audio.rms > 0]
    assert len(speech) == 6  # headline, lead, heading, and the quote's cue, body and cue
    assert [s.chapter for s in spans] == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
    assert spans[0].audio.rms == 0 and len(spans[0].audio) == PROFILE.pauses.head


def _spoken_texts(segments: tuple[Segment, ...], profile=PROFILE) -> list[str]:
    """What the engine is asked to say for a chapter of segments, in order."""
    said: list[str] = []

    class Recorder:
        sample_rate = 22050

        def speak(self, text, delivery):
            said.append(text)
            return silence(100, 22050)

    article = normalize(Article(title=None, chapters=(Chapter("Pembuka", segments),)), profile)
    list(assemble(article, profile, Recorder()))
    return said


@pytest.mark.parametrize("segments, said", [
    # The closing cue and the attribution are one sentence, with no pause between them.
    ((Segment("quote", "Kami siap"), Segment("paragraph", "ujar Budi.")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan, ujar Budi."]),
    ((Segment("quote", "Kami siap"), Segment("paragraph", "kata dia, Senin (3/6).")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan, kata dia, Senin, tiga Juni."]),
    # A new sentence after the quotation is not its attribution.
    ((Segment("quote", "Kami siap"), Segment("paragraph", "Budi menambahkan hal itu.")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan.", "Budi menambahkan hal itu."]),
    ((Segment("paragraph", "Begitu."), Segment("paragraph", "ujar Budi.")),
     ["Begitu.", "ujar Budi."]),
    # A new sentence in lower case is not the quote's attribution: a title, a brand.
    ((Segment("quote", "Kami siap"), Segment("paragraph", "dr. Ahmad menilai hal itu.")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan.", "dokter Ahmad menilai hal itu."]),
    ((Segment("quote", "Kami siap"), Segment("paragraph", "iPhone baru dijual besok.")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan.", "iPhone baru dijual besok."]),
    ((Segment("quote", "Kami siap"), Segment("paragraph", "tandasnya.")),
     ["Kutipan:", "Kami siap.", "Akhir kutipan, tandasnya."]),
])
def test_the_attribution_is_said_with_the_closing_cue(segments, said):
    assert _spoken_texts(segments) == said


def test_an_unannounced_quote_keeps_its_attribution_apart():
    quiet = dataclasses.replace(PROFILE, quote=QuoteStyle(announce=False))
    segments = (Segment("quote", "Kami siap"), Segment("paragraph", "ujar Budi."))
    assert _spoken_texts(segments, quiet) == ["Kami siap.", "ujar Budi."]


def test_quote_pitch_changes_the_sound():
    from dengar.engines import Delivery

    engine = start_engine(PROFILE)
    narrator = engine.speak("Kami siap bekerja", Delivery("id", 175, 50))
    quoted = engine.speak("Kami siap bekerja", Delivery("id", 175, 38))
    assert narrator.raw_data != quoted.raw_data and len(narrator) > 500


@pytest.mark.parametrize("headline, slug", [
    ("Rusia-RDRK Meningkatkan Hubungan", "rusia-rdrk-meningkatkan-hubungan"),
    ("Harga Cabai Naik 20%: Apa Kata Pedagang?", "harga-cabai-naik-20-apa-kata-pedagang"),
    ("Kafé di Yogyakarta", "kafe-di-yogyakarta"),
    ("“”", "artikel"),
])
def test_slugify(headline, slug):
    assert slugify(headline) == slug


@pytest.mark.parametrize("option, expected", [
    (None, "output/berita-hari-ini.mp3"),
    ("episode.mp3", "episode.mp3"),
    ("podcast", "podcast/berita-hari-ini.mp3"),
])
def test_resolve_destination(option, expected):
    option_path = Path(option) if option else None
    assert resolve_destination(option_path, "Berita Hari Ini") == Path(expected)


def test_atomic_output_leaves_nothing_on_failure(tmp_path):
    destination = tmp_path / "a.mp3"
    with pytest.raises(RuntimeError), atomic_output(destination) as temporary:
        temporary.write_bytes(b"setengah")
        raise RuntimeError("gagal")
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_moves_into_place(tmp_path):
    destination = tmp_path / "a.mp3"
    with atomic_output(destination) as temporary:
        temporary.write_bytes(b"lengkap")
        assert not destination.exists()
    assert destination.read_bytes() == b"lengkap"
    assert list(tmp_path.iterdir()) == [destination]


def test_shipped_profiles_load_and_differ_in_rate():
    profiles = {name: load_profile(name) for name in shipped_profiles()}
    assert set(profiles) == {"espeak-id", "espeak-id-cepat"}
    assert profiles["espeak-id-cepat"].rate > profiles["espeak-id"].rate


@pytest.mark.parametrize("toml", [
    'engine = "espeak"\nrate = 20\n',
    'engine = "espeak"\n[pauses]\nhead = -5\n',
    'engine = "espeak"\n[pauses]\nlamanya = 5\n',
    'engine = "espeak"\nrate = "cepat"\n',
    'engine = [',
])
def test_invalid_profiles_are_refused(tmp_path, toml):
    path = tmp_path / "suara.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(UnknownVoice):
        load_profile(str(path))
