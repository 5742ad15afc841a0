"""Reference numbers and vehicle plates, said piece by piece."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form


@pytest.mark.parametrize("written, spoken", [
    # a letter's number is no date: its slashes and dots are said, its padded numbers by digit
    ("surat No. 400.3.1/05/0217 tanggal", "surat nomor empat ratus titik tiga titik satu garis"
     " miring nol lima garis miring nol dua satu tujuh tanggal"),
    ("Sprindik-31/N.2.10/Fd.2/09/2023 terbit", "Sprindik tiga puluh satu garis miring N titik"
     " dua titik sepuluh garis miring Fd titik dua garis miring nol sembilan garis miring dua"
     " ribu dua puluh tiga terbit"),
    ("Putusan Nomor 12/PUU-XX/2022.", "Putusan Nomor dua belas garis miring pe u u XX garis"
     " miring dua ribu dua puluh dua."),
    # one dot that is no time (an hour above 24, one digit after it) beside a whole number
    ("Keputusan Nomor 188.4/45/2023 terbit", "Keputusan Nomor seratus delapan puluh delapan"
     " titik empat garis miring empat puluh lima garis miring dua ribu dua puluh tiga terbit"),
    ("surat bernomor 900/2.1/2024 itu", "surat bernomor sembilan ratus garis miring dua titik"
     " satu garis miring dua ribu dua puluh empat itu"),
    # only numbers, but announced by "Nomor"
    ("Perbup No. 17/8/2022 berlaku", "Perbup nomor tujuh belas garis miring delapan garis miring"
     " dua ribu dua puluh dua berlaku"),
    # not reference numbers: a date, an amount per unit, one number with words, a typo
    ("Senin (4/3/2024)", "Senin, empat Maret dua ribu dua puluh empat"),
    ("Rp5.000/orang/hari", "lima ribu rupiah, orang, hari"),
    ("15/kg/hari", "lima belas, kg, hari"),
    ("halaman 1/2/3", "halaman satu, dua, tiga"),
    # kinds, times, decimals and a web address parted by slashes are no reference numbers
    ("lulusan D3/S1/S2 boleh", "lulusan D tiga, S satu, S dua boleh"),
    ("sinyal 3G/4G/5G hilang", "sinyal tiga ge, empat ge, lima ge hilang"),
])
def test_reference_numbers(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written", [
    "pukul 07.00/12.00/18.00 WIB",          # clock times
    "takaran 0.25/0.5/1.0 ml",              # decimals
    "dosis 0.5/1/2 ml",                     # decimals from nought beside whole numbers
    "buka 08.30/12.30/19.30 tiap hari",     # clock times, not after "Nomor"
    "tanggal 17/8/2022 itu",                # a date, not after "Nomor"
])
def test_no_reference_number(written):
    spoken = spoken_form(written)
    assert "garis miring" not in spoken and "titik" not in spoken


@pytest.mark.parametrize("written, spoken", [
    ("truk Nopol: B-9012-KL melaju", "truk nomor polisi: B sembilan nol satu dua ka el melaju"),
    ("motor bernopol AD-4410-R", "motor bernopol a de empat empat satu nol R"),
    ("motor nopol AD-441-R", "motor nomor polisi a de empat empat satu R"),
    ("mobil pelat nomor D 1357 ZZ", "mobil pelat nomor D satu tiga lima tujuh zet zet"),
    ("truk bernomor polisi F 8272 GJ", "truk bernomor polisi F delapan dua tujuh dua ge je"),
    # not plates: a jet, a vitamin, numbers without the plate's words
    ("pesawat F-16 milik TNI", "pesawat ef enam belas milik te en i"),
    ("kelas B 1234 ZZ", "kelas B seribu dua ratus tiga puluh empat zet zet"),
    ("tipe A-320-NEO", "tipe A tiga ratus dua puluh en e o"),
])
def test_plates(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("antre di SPBU 34.117.06 Kudus", "antre di es pe be u tiga empat, satu satu tujuh, nol enam"
     " Kudus"),
    ("SPBE 61.802.17 tutup", "es pe be e enam satu, delapan nol dua, satu tujuh tutup"),
    ("SPBU No. 44.512.09", "es pe be u nomor empat empat, lima satu dua, nol sembilan"),
    # thousands after the acronym are an amount, and a dotted number elsewhere no station
    ("ke SPBU 1.250.000 liter", "ke es pe be u satu juta dua ratus lima puluh ribu liter"),
    ("sebanyak 44.501 SPBU", "sebanyak empat puluh empat ribu lima ratus satu es pe be u"),
])
def test_a_stations_number_is_read_a_group_at_a_time(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # an aircraft's type and a tail number: the letter by its name, the number as a number
    ("pesawat angkut C-130 milik TNI", "pesawat angkut ce seratus tiga puluh milik te en i"),
    ("jet tempur F-16 mendarat", "jet tempur ef enam belas mendarat"),
    ("Hercules A-1339 lepas landas", "Hercules a seribu tiga ratus tiga puluh sembilan lepas"
     " landas"),
    ("pesawat Airbus A321 milik maskapai", "pesawat Airbus a tiga ratus dua puluh satu milik"
     " maskapai"),
    # not a model: a holiday's countdown, a group of countries, a plate, a decimal
    ("arus balik H-10 Lebaran", "arus balik H min sepuluh Lebaran"),
    ("KTT G20 Bali", "ka te te G dua puluh Bali"),
    ("mobil F-1234-AB", "mobil F satu dua tiga empat a be"),
    ("nilai B-12,5 poin", "nilai B dua belas koma lima poin"),
])
def test_a_lettered_model_says_its_letter_by_name(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("sesuai PP no 24/2019 tentang", "sesuai pe pe nomor dua puluh empat tahun dua ribu sembilan"
     " belas tentang"),
    ("Perpres No. 9/2022", "Perpres nomor sembilan tahun dua ribu dua puluh dua"),
    ("UU 23/2014 mengatur", "u u dua puluh tiga tahun dua ribu empat belas mengatur"),
    ("Nomor 4/2021 itu", "Nomor empat tahun dua ribu dua puluh satu itu"),
    ("SK Bupati No.188.45-210 Tahun 2023", "es ka Bupati nomor seratus delapan puluh delapan"
     " titik empat puluh lima strip dua ratus sepuluh Tahun dua ribu dua puluh tiga"),
    # no regulation: a fraction, a school year, a span of numbers, thousands
    ("sekitar 3/4 warga", "sekitar tiga per empat warga"),
    ("tahun ajaran 2023/2024",
     "tahun ajaran dua ribu dua puluh tiga sampai dua ribu dua puluh empat"),
    ("rumah nomor 3-5 dan 7", "rumah nomor tiga sampai lima dan tujuh"),
    ("nomor 1.250 peserta", "nomor seribu dua ratus lima puluh peserta"),
    ("bilang no 2 kali", "bilang no dua kali"),
])
def test_a_regulation_number_and_year(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("dengan nomor penerbangan GA 408 menuju", "dengan nomor penerbangan ge a empat nol delapan"
     " menuju"),
    ("pesawat Lion Air JT-904 mendarat", "pesawat Lion Air je te sembilan nol empat mendarat"),
    ("maskapai Citilink QG1520 tertunda", "maskapai Citilink ki ge satu lima dua nol tertunda"),
    # no flight word, no airline's code, or a model's letter
    ("kartu ID 1234 milik warga", "kartu i de seribu dua ratus tiga puluh empat milik warga"),
    ("pesawat Boeing 737 dan UU 12", "pesawat Boeing tujuh ratus tiga puluh tujuh dan u u dua"
     " belas"),
    ("pesawat A320 terbang", "pesawat a tiga ratus dua puluh terbang"),
    # the flight's hour or day before the code
    ("penerbangan pukul 10 QZ 7510 dibatalkan", "penerbangan pukul sepuluh ki zet tujuh lima satu"
     " nol dibatalkan"),
    # a helicopter's model; a count before two capitals
    ("pesawat dan helikopter MI-17 dikerahkan", "pesawat dan helikopter em i tujuh belas"
     " dikerahkan"),
    ("maskapai itu mencatat 14 SQ 2019 keluhan", "maskapai itu mencatat empat belas es ki dua"
     " ribu sembilan belas keluhan"),
])
def test_a_flight_number_is_spelled(written, spoken):
    assert spoken_form(written) == spoken
