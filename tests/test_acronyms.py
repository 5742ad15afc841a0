"""Acronyms spelled with Indonesian letter names, or read as words."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form
from dengar.spoken.acronyms import is_spelled, spell


@pytest.mark.parametrize("written, spoken", [
    ("RDRK", "er de er ka"),
    ("AS dan Jepang", "a es dan Jepang"),
    ("KTT di Bali", "ka te te di Bali"),
    ("menurut KCNA", "menurut ka ce en a"),
    ("hubungan Rusia-RDRK", "hubungan Rusia er de er ka"),
    ("KTT RDRK-Rusia", "ka te te er de er ka Rusia"),
    ("NATO dan ASEAN", "NATO dan ASEAN"),
    ("Polri, Kemenlu, Menlu, Pemilu", "Polri, Kemenlu, Menlu, Pemilu"),
    ("direksi BUMN", "direksi be u em en"),
    ("data BPJS", "data be pe je es"),
    ("IISS menilai", "i i es es menilai"),
    ("NASA meluncurkan", "NASA meluncurkan"),
    ("BRICS bertemu", "BRICS bertemu"),
    ("Perang Dunia II", "Perang Dunia kedua"),  # a Roman numeral, not letters
    ("pukul 10.00 WIB", "pukul sepuluh Waktu Indonesia Barat"),
    ("PRESIDEN RESMIKAN JALAN TOL DI RIAU", "PRESIDEN RESMIKAN JALAN TOL DI RIAU"),
    ("KCNA, AS, KTT, RDRK", "ka ce en a, a es, ka te te, er de er ka"),
    ("Foto: AFP / VNA", "Foto: a ef pe, ve en a"),
    # Short Indonesian words in a heading written in capitals are words.
    ("MUDA DAN MENGINSPIRASI", "MUDA DAN MENGINSPIRASI"),
    ("BANJIR KE JAKARTA", "BANJIR KE JAKARTA"),
    ("Sekretaris Jenderal ITU hadir", "Sekretaris Jenderal i te u hadir"),
])
def test_acronyms(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("token, spelled", [
    ("KPK", True), ("DPR", True),       # three letters or fewer
    ("RDRK", True), ("BPJS", True),     # no vowel
    ("KCNA", True),                     # an initial cluster Indonesian does not say
    ("BUMN", True),                     # a final cluster
    ("NASA", False), ("COVID", False), ("OPEC", False), ("BAPETEN", False),
    ("BANG", False),                    # final "NG" is a sound
    ("MANCHESTER", False), ("PERHUTANI", False),  # seven letters or more, two vowels: a word
])
def test_the_rule_for_unlisted_acronyms(token, spelled):
    assert is_spelled(token) is spelled


def test_letter_names():
    assert spell("QXYZW") == "ki eks ye zet we"


def test_an_expanded_acronym_after_its_full_form_is_spelled() -> None:
    # "Undang-Undang Dasar (UUD)": the full form was just said; the brackets give the letters.
    assert spoken_form("Pasal itu ada di Undang-Undang Dasar (UUD).") == (
        "Pasal itu ada di Undang-Undang Dasar (u u de).")
    assert spoken_form("Pasal itu ada di UUD.") == "Pasal itu ada di Undang-Undang Dasar."


@pytest.mark.parametrize("written, spoken", [
    # the N after a school's kind is "negeri", spelled with it
    ("guru SMP N 4 Tebo", "guru es em pe en empat Tebo"),
    ("siswa SMA N Kutowinangun", "siswa es em a en Kutowinangun"),
    ("di SD N 12", "di es de en dua belas"),
    # a code mixing capitals and digits is spelled letter by letter
    ("bidang (P2KP) dinas", "bidang (pe dua ka pe) dinas"),
    ("kotak P3K", "kotak pe tiga ka"),
    ("flu burung H5N1", "flu burung ha lima en satu"),
    # counter-examples: digits only at the end of a name, a word after the N
    ("KTT G20 Bali", "ka te te G dua puluh Bali"),
    ("pasien COVID-19", "pasien COVID sembilan belas"),
    ("nilai SMP Negeri 3", "nilai es em pe Negeri tiga"),
])
def test_school_status_and_letter_digit_codes(written, spoken):
    assert spoken_form(written) == spoken
