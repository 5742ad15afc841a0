"""Who speaks when the quotation itself names nobody: the person a dateline's lead, a verbless
introduction or the paragraph before is about, and the one quoted just before."""

from __future__ import annotations

import pytest
from readings import speakers_of


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A dateline and a dash before the office: the office still introduces the name.
        (("Bandung – Menteri Koperasi (Menkop), Rudi Hartanto berharap "
          "pedagang tidak menaikkan harga. Ia menilai stok beras aman.",
          '"Jangan ada yang menimbun," katanya, Senin (3/6).'), ["Rudi Hartanto"]),
        (("Medan - Kepala Dinas Pertanian Sumut, Agus Salim meninjau sawah warga.",
          '"Panen tahun ini bagus," ujarnya.'), ["Agus Salim"]),
        # A place and a dash inside a sentence introduce no office: nobody is made up.
        (("Rute Jakarta - Bandung, Rudi Hartanto menyetir sendiri.",
          '"Jalannya lancar," katanya.'), [None]),
    ],
)
def test_an_office_after_a_dateline_introduces_its_holder(paragraphs: tuple[str, ...],
                                                          speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A verbless sentence: an office, a one-word name set off by commas, a day.
        (("Ketua Panitia PPDB SMP Negeri 3 Sukamaju, Hamdan, Selasa (9/7). Ia menyebutkan "
          "pendaftaran dibuka sepekan.", '"Belum ada kendala," katanya.'), ["Hamdan"]),
        (("Kepala Desa Sukamaju, Warsito. Ia menyebutkan jalan desa rusak berat.",
          '"Sudah kami laporkan," ucapnya.'), ["Warsito"]),
        # A one-word name in a list of officials is no introduction.
        (("Ketua RT, Warsito, Kamis (4/7), dan Ketua RW hadir.",
          '"Semua sudah beres," katanya.'), [None]),
        # A name after an office that is the object of a verb is not the subject either.
        (("Bantuan diserahkan kepada Kepala Desa, Warsito.",
          '"Terima kasih," katanya.'), [None]),
    ],
)
def test_a_verbless_introduction_names_the_next_speaker(paragraphs: tuple[str, ...],
                                                        speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers
