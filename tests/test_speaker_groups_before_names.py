"""Who speaks when a place, a group's name or an organisation's last word sits between an
office and the person's name, and when a title or a date sits around the name after a verb."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar.speakername import clean_speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A town the article governs as "Pemko X" sits between the office and a one-word name.
        (("Kepala Dinas Sosial Sungaiselan Harun menyatakan bantuan sudah disalurkan.",
          "Menurutnya, Pemko Sungaiselan sudah menyiapkan anggaran tambahan.",
          "Harun mengatakan, data penerima diperbarui tiap bulan.",
          '"Kami minta warga melapor," ujarnya.'), ["Harun"]),
        # Counter-examples: a two-word name stays whole, and a capitalised word the article
        # never writes as a place is part of the name.
        (("Kepala Dinas Sosial Sungaiselan Harun Effendi menyatakan bantuan disalurkan.",
          "Menurutnya, Pemko Sungaiselan sudah menyiapkan anggaran.",
          '"Kami minta warga melapor," ujar Harun Effendi.'), ["Harun Effendi"]),
        (("Kepala Dinas Sosial Bayu Harun menyatakan bantuan sudah disalurkan.",
          '"Kami minta warga melapor," ujar Bayu Harun.'), ["Bayu Harun"]),
    ],
)
def test_a_town_between_an_office_and_a_one_word_name(paragraphs: tuple[str, ...],
                                                     speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A group's name the article writes again on its own ("komunitas kopi Wonorejo"),
        # between an office and the one-word name the article then uses.
        (("Menurut Ketua Paguyuban Kopi Wonorejo Syamsuri, acara digelar di balai desa.",
          '"Kita (komunitas kopi Wonorejo) ingin petani belajar," kata Syamsuri.'),
         ["Syamsuri"]),
        # Counter-examples: after a title the words are the holder's whole name, and so they
        # are when the article never writes the group's words apart from the name.
        (("Menurut Bupati Joko Santoso, acara digelar di balai desa.",
          "Bupati Joko tiba pukul sembilan.",
          '"Petani harus belajar," kata Santoso.'), ["Joko Santoso"]),
        (("Menurut Pelatih Budi Santoso, acara digelar di balai desa.",
          '"Petani harus belajar," kata Santoso.'), ["Budi Santoso"]),
    ],
)
def test_a_group_name_between_an_office_and_its_holder(paragraphs: tuple[str, ...],
                                                      speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # An English organisation's last word after its short form is no first name.
        ("Koordinator Advokasi BPJS Watch Darmono Siregar", "Darmono Siregar"),
        ("Direktur Eksekutif Migrant Care Wahyu Susilo", "Wahyu Susilo"),
        ("Ketua Pengurus Harian Cancer Foundation Rina Lestari", "Rina Lestari"),
        # Counter-examples: a short form, then a person's three-word name.
        ("Koordinator BPJS Budi Santoso Wibowo", "Budi Santoso Wibowo"),
        ("Ketua KPU Ahmad Yani", "Ahmad Yani"),
    ],
)
def test_an_organisation_last_word_before_a_name(run: str, name: str) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A pronoun-form verb, then the name and the date: the name speaks (loose writing).
        (("Ketua DPW Gapoktan (Gabungan Kelompok Tani), KH Mahrus, menyesalkan hal itu. "
          "Gapoktan menyatakan mendukung kebijakan Bupati.",
          '"Petani sangat dirugikan," katanya KH Mahrus Minggu (1/5/2022).'), ["Mahrus"]),
        # Counter-examples: a day or a place after the pronoun form is no one.
        (("Ketua Gapoktan, KH Mahrus, menyesalkan hal itu.",
          '"Petani sangat dirugikan," katanya Minggu (1/5/2022).'), ["Mahrus"]),
        (("Ketua Gapoktan, KH Mahrus, menyesalkan hal itu.",
          '"Petani sangat dirugikan," ujarnya Jakarta (1/5).'), ["Mahrus"]),
        # A title written short with its stop before the name after a verb.
        (("Kepala Puskesmas dr. Wulan menjelaskan jadwal imunisasi.",
          '"Anak harus lengkap imunisasinya," lanjut dr. Wulan.'), ["Wulan"]),
        (('"Anak harus lengkap imunisasinya," kata drg. Wulan Sari, melansir laman resmi.',),
         ["Wulan Sari"]),
    ],
)
def test_titles_and_dates_around_a_name_after_a_verb(paragraphs: tuple[str, ...],
                                                     speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers
