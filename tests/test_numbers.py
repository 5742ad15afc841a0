"""Numbers as an Indonesian listener hears them: the speller and numbers in running text."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form
from dengar.spoken.numbers import LARGEST, cardinal, ordinal, say_number


@pytest.mark.parametrize("number, spoken", [
    (0, "nol"),
    (1, "satu"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (21, "dua puluh satu"),
    (100, "seratus"),
    (101, "seratus satu"),
    (111, "seratus sebelas"),
    (250, "dua ratus lima puluh"),
    (1000, "seribu"),
    (1100, "seribu seratus"),
    (1285, "seribu dua ratus delapan puluh lima"),
    (1998, "seribu sembilan ratus sembilan puluh delapan"),
    (2024, "dua ribu dua puluh empat"),
    (11000, "sebelas ribu"),
    (100000, "seratus ribu"),
    (1000000, "satu juta"),
    (1001000, "satu juta seribu"),
    (1500000, "satu juta lima ratus ribu"),
    (2000000000, "dua miliar"),
    (3000000000000, "tiga triliun"),
    (LARGEST, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh "
              "sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus "
              "sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
])
def test_cardinal(number, spoken):
    assert cardinal(number) == spoken


@pytest.mark.parametrize("number, spoken", [
    (1, "pertama"), (2, "kedua"), (10, "kesepuluh"), (21, "kedua puluh satu"),
    (100, "keseratus"), (1000, "keseribu"),
])
def test_ordinal(number, spoken):
    assert ordinal(number) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("1.285", "seribu dua ratus delapan puluh lima"),  # a dot groups thousands
    ("1.500.000", "satu juta lima ratus ribu"),
    ("2,5", "dua koma lima"),                          # a comma is the decimal mark
    ("1,10", "satu koma satu nol"),
    ("12.500,75", "dua belas ribu lima ratus koma tujuh lima"),
    ("2.5", "dua koma lima"),                          # English style, not three digits
    ("2020", "dua ribu dua puluh"),
    ("007", "nol nol tujuh"),
    ("08", "nol delapan"),
])
def test_say_number(written, spoken):
    assert say_number(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("1.285 kasus", "seribu dua ratus delapan puluh lima kasus"),
    ("2,5 persen", "dua koma lima persen"),
    ("naik 2,5%", "naik dua koma lima persen"),
    ("1.500.000 orang", "satu juta lima ratus ribu orang"),
    ("sejauh 12 km", "sejauh dua belas kilometer"),
    ("puncak setinggi 2.986 mdpl", "puncak setinggi dua ribu sembilan ratus delapan puluh enam"
     " meter di atas permukaan laut"),
    ("seberat 5kg", "seberat lima kilogram"),
    ("setinggi 3 m dan 40 cm", "setinggi tiga meter dan empat puluh sentimeter"),
    ("suhu 30°C", "suhu tiga puluh derajat Celsius"),
    ("suhu -5 °C", "suhu minus lima derajat Celsius"),
    ("luas 20 km²", "luas dua puluh kilometer persegi"),
    ("melaju 80 km/jam", "melaju delapan puluh kilometer per jam"),
    ("5 menit", "lima menit"),  # "m" of "menit" is not a unit
    ("2020-2024", "dua ribu dua puluh sampai dua ribu dua puluh empat"),
    ("naik 10 - 15 persen", "naik sepuluh sampai lima belas persen"),
    ("menang 2-1", "menang dua satu"),  # a falling pair is a score, not a range
    ("menang 3-0", "menang tiga nol"),
    # a pause between numbers of more than one word, so "21-19" is not heard as three
    ("menang 21-19", "menang dua puluh satu, sembilan belas"),
    ("unggul 2-12", "unggul dua, dua belas"),
    ("kalah 1-11", "kalah satu sebelas"),
    ("kalah 0-3 dari tamu", "kalah nol tiga dari tamu"),  # after a score word, even rising
    ("tahun 2020-2024", "tahun dua ribu dua puluh sampai dua ribu dua puluh empat"),
    ("tahun 50-an", "tahun lima puluhan"),
    ("era 1990-an", "era seribu sembilan ratus sembilan puluhan"),
    ("3/4 warga", "tiga per empat warga"),
    ("tahun ajaran 2025/2026",
     "tahun ajaran dua ribu dua puluh lima sampai dua ribu dua puluh enam"),
    ("APBD 1999/2000", "a pe be de seribu sembilan ratus sembilan puluh sembilan sampai dua ribu"),
    ("rasio 2025/2027", "rasio dua ribu dua puluh lima per dua ribu dua puluh tujuh"),
    # a season runs from one year into the next
    ("klasemen Liga 2 2023/2024", "klasemen Liga dua dua ribu dua puluh tiga sampai dua ribu"
     " dua puluh empat"),
    ("tahun 2024/2023", "tahun dua ribu dua puluh empat per dua ribu dua puluh tiga"),
    ("KTT G20", "ka te te G dua puluh"),
    ("COVID-19 melanda", "COVID sembilan belas melanda"),
    ("hubungi 0812-3456-7890",
     "hubungi nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol"),
    ("gerak-gerik negara-negara", "gerak-gerik negara-negara"),
    # a zero that pads a house block or an hour is not said; elsewhere it is
    ("di RT 08 RW 04", "di er te delapan er we empat"),
    ("RT.003/RW.005", "er te tiga, er we lima"),
    ("jam 05 sampai 08.00", "jam lima sampai delapan"),
    ("agen 007", "agen nol nol tujuh"),
    ("pasangan 01 dan 02", "pasangan nol satu dan nol dua"),
    ("kode area 021-5551234", "kode area nol dua satu, lima lima lima satu dua tiga empat"),
])
def test_numbers_in_text(written, spoken):
    assert spoken_form(written) == spoken


def test_a_number_longer_than_the_speller_knows_is_read_digit_by_digit():
    assert spoken_form("kode 12345678901234567890") == (
        "kode satu dua tiga empat lima enam tujuh delapan sembilan nol "
        "satu dua tiga empat lima enam tujuh delapan sembilan nol"
    )


def test_an_enormous_grouped_number_is_read_digit_by_digit():
    assert say_number("1.000.000.000.000.000") == "satu " + " ".join(["nol"] * 15)


@pytest.mark.parametrize("written, spoken", [
    ("mobil gardan 4x4 itu", "mobil gardan empat kali empat itu"),
    ("dalam 2x24 jam", "dalam dua kali dua puluh empat jam"),
    ("kamar 3 x 4 meter", "kamar tiga kali empat meter"),
    ("layar 1.920 × 1.080 piksel",
     "layar seribu sembilan ratus dua puluh kali seribu delapan puluh piksel"),
    ("diminum 3x sehari.", "diminum tiga kali sehari."),
    ("zoom optik 10x, lalu", "zoom optik sepuluh kali, lalu"),
    ("estafet 4 x 100 meter", "estafet empat kali seratus meter"),
    ("Redmi 10X baru", "Redmi sepuluh X baru"),  # a capital X glued on is a model's name
    # So is a lower-case x after a capitalised model word, not one after a plain word.
    ("ponsel Vivo 15x dirilis", "ponsel Vivo lima belas x dirilis"),
    ("hasil uji 2x negatif", "hasil uji dua kali negatif"),
])
def test_an_x_between_or_after_numbers_is_said_kali(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("paling lama 2 (dua) tahun", "paling lama dua tahun"),
    ("sebanyak 3 (Tiga) orang saksi", "sebanyak tiga orang saksi"),
    ("bunga 50% (lima puluh persen)", "bunga lima puluh persen"),
    ("jarak 10 (sepuluh) km", "jarak sepuluh kilometer"),
    ("2 (tiga) orang", "dua (tiga) orang"),  # another number in the brackets is said too
    ("Pasal 2 (ayat 3)", "Pasal dua (ayat tiga)"),
])
def test_a_number_spelled_again_in_brackets_is_said_once(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("prosesor 1,4GHz", "prosesor satu koma empat gigahertz"),
    ("frekuensi 2,3 Ghz", "frekuensi dua koma tiga gigahertz"),
    ("sejauh 1.000 Km", "sejauh seribu kilometer"),
    ("harga Rp2.940/Kg", "harga dua ribu sembilan ratus empat puluh rupiah per kilogram"),
    # days counted from a holiday; "F-16" is a name
    ("arus mudik H-1 Lebaran, lalu H+7", "arus mudik H min satu Lebaran, lalu H plus tujuh"),
    ("jet F-16", "jet ef enam belas"),
    ("baterai 3.300mAh", "baterai tiga ribu tiga ratus em a ha"),
    ("baterai 5.000 mAh", "baterai lima ribu em a ha"),
    ("kamera 8MP", "kamera delapan megapiksel"),
    ("jaringan 5G dan 4G", "jaringan lima ge dan empat ge"),
    ("memori 128GB", "memori seratus dua puluh delapan gigabita"),
    ("penyimpanan 1TB", "penyimpanan satu terabita"),
    ("internet 100 Mbps", "internet seratus megabit per detik"),
    ("layar 120Hz", "layar seratus dua puluh hertz"),
    ("cip 4nm", "cip empat nanometer"),
    ("KTT G20", "ka te te G dua puluh"),  # a letter before the number is no unit
    # KB in news is Keluarga Berencana or Kelompok Bermain, said as letters.
    ("ada 4 KB dan 7 TK", "ada empat ka be dan tujuh te ka"),
    # A spaced "nm" may be nautical miles ("9 nm dari Pulau Bintan"): left as written.
    ("sekitar 9 nm dari Pulau Bintan", "sekitar sembilan nm dari Pulau Bintan"),
])
def test_units_of_gadget_reviews(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("jaringan SUTET 275 kV Bogor", "jaringan SUTET dua ratus tujuh puluh lima kilovolt Bogor"),
    ("trafo 30 MVA dan genset 250 kVA",
     "trafo tiga puluh megavolt ampere dan genset dua ratus lima puluh kilovolt ampere"),
    ("panel surya 12 MWp", "panel surya dua belas megawatt peak"),
    ("produksi 3,5 GWh dari 2 GW", "produksi tiga koma lima gigawatt jam dari dua gigawatt"),
    ("konsumsi 900 MWh", "konsumsi sembilan ratus megawatt jam"),
])
def test_units_of_power_grids(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # "-nya" after a unit is glued to its word, as after any word
    ("sekitar 20%-nya pelajar", "sekitar dua puluh persennya pelajar"),
    ("hanya 5%nya yang lolos", "hanya lima persennya yang lolos"),
    ("dari 8 km-nya rusak", "dari delapan kilometernya rusak"),
    ("layanan 5G-nya siap", "layanan lima ge-nya siap"),  # a letter's name keeps the hyphen
    # "ha" + "nya" spaced from a number is the word "hanya", not "hektarenya"
    ("pada 2022 hanya naik", "pada dua ribu dua puluh dua hanya naik"),
    ("sisa 3 hanya dua", "sisa tiga hanya dua"),
    # a unit's symbol in brackets after the unit in words is not read a second time
    ("lahan 40 hektare (ha) terbakar", "lahan empat puluh hektare terbakar"),
    ("seluas 12 hektar (ha)", "seluas dua belas hektar"),
    ("daya 3 Megawatt (MW) masuk", "daya tiga Megawatt masuk"),
    ("dalam satuan kilogram (kg).", "dalam satuan kilogram."),
    # ... after any other word the bracket is read
    ("kapasitas listrik (MW) naik", "kapasitas listrik (em we) naik"),
    ("Ketua Kelompok Masyarakat (KM) hadir", "Ketua Kelompok Masyarakat (ka em) hadir"),
])
def test_a_unit_is_said_once_and_takes_its_suffix(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Version 1.88.1", "Versi satu titik delapan puluh delapan titik satu"),
    ("pasang versi 2.3.1 dulu", "pasang versi dua titik tiga titik satu dulu"),
    ("Versi 2.0 dirilis", "Versi dua titik nol dirilis"),
    ("unduh v1.2", "unduh versi satu titik dua"),
    ("pembaruan iOS 17.2.1", "pembaruan iOS tujuh belas titik dua titik satu"),
    ("1.500.000 orang", "satu juta lima ratus ribu orang"),  # thousands, not a version
    ("naik 2.5 persen", "naik dua koma lima persen"),  # two groups need the word "versi"
    # Hours, minutes and seconds without the word are a time, not a version.
    ("catatan waktu 2.05.31 di etape itu",
     "catatan waktu dua, nol lima, tiga puluh satu di etape itu"),
])
def test_a_version_number_is_said_with_titik(written, spoken):
    assert spoken_form(written) == spoken


def test_a_hyphen_left_between_numbers_is_a_pause_not_a_reduplication():
    # a mistyped date: "2-24" must not come out as "dua-dua puluh empat"
    assert spoken_form("Jakarta (12/7/2-24) kata") == (
        "Jakarta (dua belas, tujuh, dua, dua puluh empat) kata")


@pytest.mark.parametrize("written, spoken", [
    ("cabai Rp 40.000/kg", "cabai empat puluh ribu rupiah per kilogram"),
    ("gabah 6.800/kg", "gabah enam ribu delapan ratus per kilogram"),
    ("naik 500/kgnya", "naik lima ratus per kilogramnya"),
    ("tiket Rp25.000/orang", "tiket dua puluh lima ribu rupiah per orang"),
    ("solar Rp 6.800/liter", "solar enam ribu delapan ratus rupiah per liter"),
    ("jagung Rp5.500/kilogram", "jagung lima ribu lima ratus rupiah per kilogram"),
    ("sewa Rp300.000/rante", "sewa tiga ratus ribu rupiah per rante"),
    ("iuran Rp 15 ribu/bulan", "iuran lima belas ribu rupiah per bulan"),
    ("Rp 8.000/kemasan", "delapan ribu rupiah per kemasan"),
    ("panen 5.400 kilogram/hektar", "panen lima ribu empat ratus kilogram per hektar"),
    ("hasil 7 ton/ha", "hasil tujuh ton per hektare"),
    ("turun 2 sen/kg", "turun dua sen per kilogram"),
    ("tiket Rp150 ribu/per orang", "tiket seratus lima puluh ribu rupiah per orang"),
    ("sewa Rp2 juta/per bulan", "sewa dua juta rupiah per bulan"),
    ("bantuan Rp600 ribu/keluarga", "bantuan enam ratus ribu rupiah per keluarga"),
    ("santunan Rp3 juta/jiwa", "santunan tiga juta rupiah per jiwa"),
    ("parkir Rp5.000/kendaraan", "parkir lima ribu rupiah per kendaraan"),
    ("sewa Rp3.000/lapak", "sewa tiga ribu rupiah per lapak"),
    # not what the price is for: a sentence going on after the slash
    ("denda Rp2 juta/subsider dua bulan", "denda dua juta rupiah, subsider dua bulan"),
    ("Rp7 miliar/dan sisanya", "tujuh miliar rupiah, dan sisanya"),
    ("Rp40 juta/atau lebih", "empat puluh juta rupiah, atau lebih"),
    # not a price per unit: a fraction, a speed, letters after the word
    ("3/4 warga", "tiga per empat warga"),
    ("tahun ajaran 2025/2026",
     "tahun ajaran dua ribu dua puluh lima sampai dua ribu dua puluh enam"),
    ("APBD 1999/2000", "a pe be de seribu sembilan ratus sembilan puluh sembilan sampai dua ribu"),
    ("rasio 2025/2027", "rasio dua ribu dua puluh lima per dua ribu dua puluh tujuh"),
    ("80 km/jam", "delapan puluh kilometer per jam"),
    ("kode 12/kgx", "kode dua belas, kgx"),
    # two amounts, a pair of places or a rate between currencies: no "per"
    ("naik Rp7.000/Rp8.000", "naik tujuh ribu rupiah, delapan ribu rupiah"),
    ("di 3 kabupaten/kota", "di tiga kabupaten, kota"),
    ("4 desa/kelurahan", "empat desa, kelurahan"),
    ("kurs rupiah/dolar", "kurs rupiah, dolar"),
    ("Rp9.000/orang/hari", "sembilan ribu rupiah, orang, hari"),
])
def test_a_slash_between_a_number_and_what_it_counts_is_said_per(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("era revolusi industri 4.0", "era revolusi industri empat titik nol"),
    ("menuju Society 5.0", "menuju Society lima titik nol"),
    ("teknologi Web 3.0", "teknologi Web tiga titik nol"),
    # not a generation: a decimal, a percentage, a magnitude
    ("ekspor Indonesia 2.5 juta ton", "ekspor Indonesia dua koma lima juta ton"),
    ("sektor industri 4.0 persen", "sektor industri empat koma nol persen"),
    ("gempa M 5.0", "gempa M lima koma nol"),
])
def test_a_generation_is_said_with_titik(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Persib vs Persija", "Persib versus Persija"),
    ("laga Arema vs. Persebaya", "laga Arema versus Persebaya"),
])
def test_vs_is_said_versus(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a pair after a word of winning or losing is a score, said one way, rising or not
    ("kekalahan 0-2 dari tamu", "kekalahan nol dua dari tamu"),
    ("kemenangan 3-1 atas Persib", "kemenangan tiga satu atas Persib"),
    ("kalah 1-3 di kandang", "kalah satu tiga di kandang"),
    # a rising pair with a counting word after it, or after a word that is no score's, is a range
    ("menang 2-4 kali musim ini", "menang dua sampai empat kali musim ini"),
    ("aparat menahan 5-7 orang", "aparat menahan lima sampai tujuh orang"),
    ("ditahan 10-20 hari", "ditahan sepuluh sampai dua puluh hari"),
    ("pohon tumbang 3-5 batang", "pohon tumbang tiga sampai lima batang"),
    ("mengalahkan 8-9 pesaing", "mengalahkan delapan sampai sembilan pesaing"),
    ("hasil akhir 2-2", "hasil akhir dua dua"),
    # falling, being held or beaten: a rising pair is a score too, unless a count follows
    ("Arema tumbang 1-3 dari tamu", "Arema tumbang satu tiga dari tamu"),
    ("dengan hasil akhir 0-2 untuk tamu", "dengan hasil akhir nol dua untuk tamu"),
    ("Kemenangan 1-4 itu penting", "Kemenangan satu empat itu penting"),
    ("PSIS ditahan 2-3 oleh tamu", "pe es i es ditahan dua tiga oleh tamu"),
    ("Persik dikalahkan 0-2 di kandang", "Persik dikalahkan nol dua di kandang"),
    ("tim tamu mengalahkan 2-3 tuan rumah", "tim tamu mengalahkan dua tiga tuan rumah"),
    ("kiper menahan 4-6 tendangan", "kiper menahan empat sampai enam tendangan"),
    ("tersangka ditahan 20-40 hari", "tersangka ditahan dua puluh sampai empat puluh hari"),
    ("polisi menahan 3-4 orang", "polisi menahan tiga sampai empat orang"),
    ("hasil survei 40-50 persen", "hasil survei empat puluh sampai lima puluh persen"),
    ("usia 17-25 tahun", "usia tujuh belas sampai dua puluh lima tahun"),  # a range
    # added time: "tambah"; a country code or an age rating keep their plus
    ("gol pada menit 45+2", "gol pada menit empat puluh lima tambah dua"),
    ("hubungi +62 812", "hubungi +enam puluh dua delapan ratus dua belas"),
    ("gol di 90+3' menutup laga", "gol di sembilan puluh tambah tiga' menutup laga"),
    # a country code opening a number after a space keeps its plus
    ("telepon 021 555 +62 21", "telepon nol dua satu lima ratus lima puluh lima +enam puluh dua"
                              " dua puluh satu"),
    ("usia 18+ dilarang", "usia delapan belas+ dilarang"),
    # any other plus between numbers is a sum or an offer: "tambah"
    ("paket 2+1 murah", "paket dua tambah satu murah"),
    ("soal 5+6 dijawab", "soal lima tambah enam dijawab"),
    ("hasil 7 + 8 benar", "hasil tujuh tambah delapan benar"),
])
def test_scores_and_added_time(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("jarak 6-7,5 km dari pantai", "jarak enam sampai tujuh koma lima kilometer dari pantai"),
    ("sejauh 3-4 km", "sejauh tiga sampai empat kilometer"),
    ("seluas 2,5-3 ha sawah", "seluas dua koma lima sampai tiga hektare sawah"),
    # no unit after the pair: the second number is said at once
    ("pada 15-17 Maret", "pada lima belas sampai tujuh belas Maret"),
    ("menang 3-1 atas tamu", "menang tiga satu atas tamu"),
])
def test_a_unit_after_a_range_is_said(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a comma typed for the thousands' dot before what is counted whole
    ("sebanyak 2,418 jiwa", "sebanyak dua ribu empat ratus delapan belas jiwa"),
    ("ada 1,250 orang", "ada seribu dua ratus lima puluh orang"),
    ("sapi 3,100 ekor", "sapi tiga ribu seratus ekor"),
    ("dihuni 1,020 KK", "dihuni seribu dua puluh ka ka"),
    # counter-examples: a decimal, a scale word, a measure, two digits after the comma
    ("1,5 juta orang", "satu koma lima juta orang"),
    ("2,500 ton", "dua koma lima nol nol ton"),
    ("rata-rata 2,35 orang", "rata-rata dua koma tiga lima orang"),
])
def test_a_comma_before_three_digits_and_a_count_noun_groups_thousands(written, spoken):
    assert spoken_form(written) == spoken
