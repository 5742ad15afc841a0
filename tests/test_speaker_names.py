"""Who speaks, for names the speaker rules once cut or let run on: Balinese names, offices
before a name, days after it, programmes and places around it."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar.speakername import clean_speaker


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # A Balinese name opening with its title is kept whole, past the usual three words.
        ("Jaksa I Gusti Made Suartana", "I Gusti Made Suartana"),
        ("Kepala Dinas Badung I Gusti Ngurah Wirawan", "I Gusti Ngurah Wirawan"),
        ("Kadis Pariwisata Gianyar Ida Bagus Putu Gede Suarsana", "Ida Bagus Putu Gede Suarsana"),
        ("Bupati Bangli Cokorda Gede Raka Wisnu", "Cokorda Gede Raka Wisnu"),
        ("Kepala Balai Ida Ayu Made Sriwati", "Ida Ayu Made Sriwati"),
        # Counter-examples: "Ida" alone is a first name, "Teuku" still opens a name, and an
        # ordinary long run is still cut to its last words.
        ("Menteri Ida Widyastuti", "Ida Widyastuti"),
        ("Camat Lhoksukon Teuku Rahmat", "Teuku Rahmat"),
        ("Kepala Dinas Pendidikan Garut Budi Santoso Wibowo", "Budi Santoso Wibowo"),
        ("I Made Sudarma", "I Made Sudarma"),
    ],
)
def test_a_balinese_name_is_kept_whole(run: str, name: str) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Cok" is the short form of "Cokorda"; a first part of the full name stands for it.
        (("Kepala Museum Puri, Cokorda Gede Raka Wisnu, mengatakan pengunjung naik.",
          '"Pengunjung asing paling banyak," ujar Cok Raka, Minggu (2/10).'),
         ["Cokorda Gede Raka Wisnu"]),
        (("Kadis Kebudayaan Bangli, Ida Bagus Made Gede Oka Suarsana, menargetkan kenaikan.",
          '"Mereka ingin tahu sejarahnya," ujar Ida Bagus Made.'),
         ["Ida Bagus Made Gede Oka Suarsana"]),
        (('"Kami ajukan banding," kata Jaksa I Gusti Made Suartana.',
          '"Putusan itu terlalu ringan," kata Suartana.'),
         ["I Gusti Made Suartana", "I Gusti Made Suartana"]),
        # "Cok" for someone new, with no Cokorda named before, stays as written.
        (('"Pengunjung asing paling banyak," ujar Cok Raka.',), ["Cok Raka"]),
    ],
)
def test_a_balinese_name_and_its_short_forms(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers
