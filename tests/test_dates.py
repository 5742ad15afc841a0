"""Dates and times as a newsreader says them."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form
from dengar.spoken.dates import time_words


@pytest.mark.parametrize("written, spoken", [
    ("Pada tanggal 21 Januari", "Pada tanggal dua puluh satu Januari"),
    ("dari tanggal 15 sampai 17 Januari", "dari tanggal lima belas sampai tujuh belas Januari"),
    ("pada 15-17 Januari", "pada lima belas sampai tujuh belas Januari"),
    ("Jakarta (15/1/2024)", "Jakarta lima belas Januari dua ribu dua puluh empat"),
    ("Minggu (29/3/2020)", "Minggu, dua puluh sembilan Maret dua ribu dua puluh"),
    ("Minggu (29/3/2020) Presiden tiba", "Minggu, dua puluh sembilan Maret dua ribu dua puluh, "
                                         "Presiden tiba"),
    ("Presiden, Senin (15/1/2024), berkata",
     "Presiden, Senin, lima belas Januari dua ribu dua puluh empat, berkata"),
    ("pada 17/8/1945", "pada tujuh belas Agustus seribu sembilan ratus empat puluh lima"),
    ("September tahun 2023", "September tahun dua ribu dua puluh tiga"),
    ("16 Januari 2024", "enam belas Januari dua ribu dua puluh empat"),
    ("sejak 1998", "sejak seribu sembilan ratus sembilan puluh delapan"),
    ("pukul 14.30 WIB",
     "pukul empat belas lewat tiga puluh menit Waktu Indonesia Barat"),
    ("pukul 08.00 WITA", "pukul delapan Waktu Indonesia Tengah"),
    ("jam 07.15 WIT", "jam tujuh lewat lima belas menit Waktu Indonesia Timur"),
    ("pada 10:08", "pada sepuluh lewat delapan menit"),
    ("pukul 08.00-10.00 WIB",
     "pukul delapan sampai sepuluh Waktu Indonesia Barat"),
    ("Pukul 21.45", "Pukul dua puluh satu lewat empat puluh lima menit"),
    ("harga 2.50 dolar", "harga dua koma lima nol dolar"),  # no "pukul", no zone: a number
    # a padded hour is a time even without "pukul": nobody writes a decimal so
    ("mulai 08.30 di balai desa", "mulai pukul delapan lewat tiga puluh menit di balai desa"),
    ("masuk 08.30 di balai desa", "masuk delapan lewat tiga puluh menit di balai desa"),
    # after "sekitar", "mulai", "sejak", "hingga": a time said with "pukul", unless a measure
    # follows (then a decimal written with a dot)
    ("sekitar 11.00 gudang itu terbakar", "sekitar pukul sebelas gudang itu terbakar"),
    ("dibuka sejak 13.15 dan ditutup hingga 16.45.",
     "dibuka sejak pukul tiga belas lewat lima belas menit dan ditutup hingga pukul enam belas"
     " lewat empat puluh lima menit."),
    ("pukul 09.00 hingga 11.30", "pukul sembilan hingga sebelas lewat tiga puluh menit"),
    ("sekitar 10.000 orang", "sekitar sepuluh ribu orang"),  # thousands
    ("dari 6.000 sampai 10.000.", "dari enam ribu sampai sepuluh ribu."),
    ("naik hingga 12.50 persen", "naik hingga dua belas koma lima nol persen"),
    ("lahan sekitar 10.25 ha", "lahan sekitar sepuluh koma dua lima hektare"),
    ("sekitar 3.50 ton", "sekitar tiga koma lima nol ton"),  # one-digit hour: a number
    # a measure word or a unit said in words after it: a decimal, not a time
    ("luasnya sekitar 14.30 hektare", "luasnya sekitar empat belas koma tiga nol hektare"),
    ("mencatat hingga 11.25 detik", "mencatat hingga sebelas koma dua lima detik"),
    ("panen sekitar 10.20 ton gabah", "panen sekitar sepuluh koma dua nol ton gabah"),
    ("debit hingga 13.40 meter kubik", "debit hingga tiga belas koma empat nol meter kubik"),
    ("naik hingga 16.20 per kilo", "naik hingga enam belas koma dua nol per kilo"),
    ("melemah hingga 14.35 terhadap euro", "melemah hingga empat belas koma tiga lima terhadap"
     " euro"),
    # ... but a time of day's words after it leave the time
    ("hingga 20.00 malam", "hingga pukul dua puluh malam"),
    ("sampai 22.15 pada hari Minggu", "sampai pukul dua puluh dua lewat lima belas menit pada"
     " hari Minggu"),
    # a zone written in words, or in lower case
    ("mendarat 14.20 Waktu Arab Saudi", "mendarat empat belas lewat dua puluh menit Waktu Arab"
     " Saudi"),
    ("pukul 09.00 wib", "pukul sembilan Waktu Indonesia Barat"),
    ("Kamis, 01 Februari 2018", "Kamis, satu Februari dua ribu delapan belas"),
    ("pada 09-10 Mei", "pada sembilan sampai sepuluh Mei"),
    ("pukul 09:21:15 WIB",
     "pukul sembilan lewat dua puluh satu menit lima belas detik Waktu Indonesia Barat"),
    ("pukul 10.30 Wib", "pukul sepuluh lewat tiga puluh menit Waktu Indonesia Barat"),
    # a space typed after each colon, before the zone; a score stays
    ("Rabu, 00: 05: 43 WIB", "Rabu, nol lewat lima menit empat puluh tiga detik Waktu Indonesia"
     " Barat"),
    ("skor 2: 1 untuk Persib", "skor dua: satu untuk Persib"),
    # a time in brackets beside another zone's time is said as a time, "pukul" first
    ("berangkat pukul 06.00 waktu setempat (11.00 WIB)",
     "berangkat pukul enam waktu setempat (pukul sebelas Waktu Indonesia Barat)"),
    ("(07.30-09.00 WITA)", "(pukul tujuh lewat tiga puluh menit sampai sembilan Waktu Indonesia"
     " Tengah)"),
    ("(pukul 13.00 WIB)", "(pukul tiga belas Waktu Indonesia Barat)"),
])
def test_dates_and_times(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("pada 31/02/2024", "pada tiga puluh satu garis miring dua garis miring "
                        "dua ribu dua puluh empat"),
    ("Senin (45/13/2024)", "Senin, empat puluh lima garis miring tiga belas garis miring "
                           "dua ribu dua puluh empat"),
    ("pukul 25.70", "pukul dua puluh lima koma tujuh nol"),
])
def test_impossible_dates_and_times_are_read_as_written(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # in brackets, a year after a space instead of a slash still dates the news
    ("kemarin, Rabu (14/8 2024). Polisi", "kemarin, Rabu, empat belas Agustus dua ribu dua puluh"
     " empat. Polisi"),
    ("(2/1 2023) lalu", "dua Januari dua ribu dua puluh tiga, lalu"),
    ("(31/2 2024)", "(tiga puluh satu per dua dua ribu dua puluh empat)"),  # no such day
    ("(3/4 2024 dan 2025)", "(tiga per empat dua ribu dua puluh empat dan dua ribu dua puluh"
     " lima)"),  # not a date on its own in the brackets
    ("3/4 2024", "tiga per empat dua ribu dua puluh empat"),  # no brackets: a fraction, a year
])
def test_a_year_after_a_space_in_brackets(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Jakarta, Kamis (5/3) - Harga cabai naik.", "Jakarta, Kamis, lima Maret, Harga cabai naik."),
    ("kata Rina, Selasa (4/6).", "kata Rina, Selasa, empat Juni."),
    ("Jum'at (29/2) pagi", "Jum'at, dua puluh sembilan Februari, pagi"),
    ("pada Minggu 17/8 lalu", "pada Minggu, tujuh belas Agustus lalu"),
    ("Senin (31/2) lalu", "Senin, tiga puluh satu garis miring dua, lalu"),
    ("sekitar 3/4 warga", "sekitar tiga per empat warga"),
    # "Ahad" is Sunday; a comma typed between the weekday and its bracket
    ("dibuka Ahad (12/4) pagi", "dibuka Ahad, dua belas April, pagi"),
    ("ditutup Selasa, (8/10).", "ditutup Selasa, delapan Oktober."),
    ("pada Selasa, 3/4 warga datang", "pada Selasa, tiga per empat warga datang"),
    ("hasil (5/3) itu", "hasil (lima per tiga) itu"),
])
def test_dates_without_a_year_need_a_weekday(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # in brackets, a stray space beside a slash still leaves a date
    ("warga, Selasa (5 /9/23) malam", "warga, Selasa, lima September dua ribu dua puluh tiga,"
     " malam"),
    ("pada Kamis (14/ 3/2024).", "pada Kamis, empat belas Maret dua ribu dua puluh empat."),
    ("nilai (3 /4) dari", "nilai (tiga, empat) dari"),  # no weekday, no year: no date
    ("Minggu 5 /9/23", "Minggu lima, sembilan, dua puluh tiga"),  # no brackets: as before
])
def test_a_stray_space_in_a_bracketed_date(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # the second counted within a minute makes the number before it a clock time
    ("lalu pada 14.52 detik ke-8, arus putus", "lalu pada pukul empat belas lewat lima puluh dua"
     " menit detik kedelapan, arus putus"),
    ("sejak pukul 09.15 detik ke-30", "sejak pukul sembilan lewat lima belas menit detik ketiga"
     " puluh"),
    # a duration in seconds is a decimal
    ("mencatat 10.45 detik", "mencatat sepuluh koma empat lima detik"),
    ("finis 9.87 detik ke garis", "finis sembilan koma delapan tujuh detik ke garis"),
    # a race's time ranked among others is a duration, even with "detik ke-N" after it
    ("ia mencatat waktu 12.34 detik ke-3 tercepat", "ia mencatat waktu dua belas koma tiga"
     " empat detik ketiga tercepat"),
    ("finis 10.21 detik ke-4", "finis sepuluh koma dua satu detik keempat"),
    # hours, minutes and seconds parted by dots read as with colons, after "pukul" or before
    # a zone
    ("gempa pukul 21.05.17 WIB", "gempa pukul dua puluh satu lewat lima menit tujuh belas"
     " detik Waktu Indonesia Barat"),
    ("terjadi 04.40.09 WITA", "terjadi empat lewat empat puluh menit sembilan detik Waktu"
     " Indonesia Tengah"),
    ("pukul 07:15:30", "pukul tujuh lewat lima belas menit tiga puluh detik"),
    # a duration or a version with dots stays apart
    ("catatan waktu 2.11.45 saja", "catatan waktu dua, sebelas, empat puluh lima saja"),
])
def test_a_time_to_the_second(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("26 Nov 2021", "dua puluh enam November dua ribu dua puluh satu"),
    ("Senin, 23 Sep 2019", "Senin, dua puluh tiga September dua ribu sembilan belas"),
    ("5 Agu 2020", "lima Agustus dua ribu dua puluh"),
    ("3 Jan. 2022 lalu", "tiga Januari dua ribu dua puluh dua lalu"),
    ("sejak 12 Des.", "sejak dua belas Desember."),  # the period there ends the sentence
    ("1 Okt", "satu Oktober"),
    ("40 Nov 2021", "empat puluh Nov dua ribu dua puluh satu"),  # no day of a month
    ("5 Markas", "lima Markas"),
    # A short name that is also a given name is a month only before a year or at a clause end.
    ("pada menit 61 Jan Vertonghen", "pada menit enam puluh satu Jan Vertonghen"),
    ("pada 8 Des Alwi berangkat", "pada delapan Des Alwi berangkat"),
    ("Blok C No. 7 Des. Sukasari", "Blok C nomor tujuh Des. Sukasari"),
    ("sejak 9 Jan, harga naik", "sejak sembilan Januari, harga naik"),
    ("4 Jul 2019", "empat Juli dua ribu sembilan belas"),
])
def test_a_short_month_name_after_a_day_is_said_in_full(written, spoken):
    assert spoken_form(written) == spoken


def test_time_words_refuses_what_is_not_a_time():
    assert time_words(24, 60) is None and time_words(14, 0) == "empat belas"


@pytest.mark.parametrize("written, spoken", [
    ("Selasa (9/4/24) pagi", "Selasa, sembilan April dua ribu dua puluh empat, pagi"),
    ("(28/10/19)", "dua puluh delapan Oktober dua ribu sembilan belas"),
    ("Jumat 3/1/25", "Jumat, tiga Januari dua ribu dua puluh lima"),
    ("(17/8/95)", "tujuh belas Agustus seribu sembilan ratus sembilan puluh lima"),
    # neither in brackets nor after a weekday, or no such day: not a date ("nomor": a reference)
    ("kode 9/4/24 itu", "kode sembilan, empat, dua puluh empat itu"),
    ("nomor 9/4/24 itu", "nomor sembilan garis miring empat garis miring dua puluh empat itu"),
    ("(9/14/24)", "(sembilan, empat belas, dua puluh empat)"),
])
def test_a_two_digit_year_counts_in_brackets_or_after_a_weekday(written, spoken):
    assert spoken_form(written) == spoken


def test_a_duration_with_seconds_is_no_time_of_day():
    assert "lewat" not in spoken_form("finis dengan catatan waktu 2:11:45")


@pytest.mark.parametrize("written, spoken", [
    ("Ramadan 1446 H tiba", "Ramadan seribu empat ratus empat puluh enam Hijriah tiba"),
    ("musim haji 1445 H/2024 M.", "musim haji seribu empat ratus empat puluh lima Hijriah, dua"
     " ribu dua puluh empat Masehi."),
    ("tahun 1444 H.", "tahun seribu empat ratus empat puluh empat Hijriah."),
    ("Peringatan Maulid Nabi 1446 H berlangsung", "Peringatan Maulid Nabi seribu empat ratus"
     " empat puluh enam Hijriah berlangsung"),
    ("pada 1 Syawal 1445 H umat", "pada satu Syawal seribu empat ratus empat puluh lima Hijriah"
     " umat"),
    # the common era's full date after the slash: "M" is still its calendar
    ("Idul Adha 10 Zulhijah 1445 H/16 Juni 2024 M. Salat", "Idul Adha sepuluh Zulhijah seribu"
     " empat ratus empat puluh lima Hijriah, enam belas Juni dua ribu dua puluh empat Masehi."
     " Salat"),
    ("1446 H / 2 Maret 2025 M", "seribu empat ratus empat puluh enam Hijriah, dua Maret dua ribu"
     " dua puluh lima Masehi"),
    ("kalender 1446 H, tahun baru", "kalender seribu empat ratus empat puluh enam Hijriah, tahun"
     " baru"),
    # not a calendar: a day before an event, a group, a model, a count or a house's number
    ("Panitia mencetak 1450 H kupon", "Panitia mencetak seribu empat ratus lima puluh H kupon"),
    ("Rumah nomor 1320 H di kompleks", "Rumah nomor seribu tiga ratus dua puluh H di kompleks"),
    ("H-3 Idul Fitri", "H min tiga Idul Fitri"),
    ("Grup H Liga", "Grup H Liga"),
    ("sebanyak 2024 H2", "sebanyak dua ribu dua puluh empat H dua"),
])
def test_calendar_eras(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a day and month in brackets after a word date the news, whatever the weekday's case
    ("laga digelar minggu (14/9) malam", "laga digelar minggu, empat belas September, malam"),
    ("hal tersebut (3/10) malam", "hal tersebut, tiga Oktober, malam"),
    ("rapat pekan lalu (12/5) di kantor", "rapat pekan lalu, dua belas Mei, di kantor"),
    # today, yesterday, tomorrow, earlier, coming: "hari ini (2/8)", "Kamis depan (9/5)"
    ("diresmikan hari ini (4/9) di Solo", "diresmikan hari ini, empat September, di Solo"),
    ("sidang digelar besok (5/9) pagi", "sidang digelar besok, lima September, pagi"),
    ("ditangkap pagi tadi (4/9)", "ditangkap pagi tadi, empat September"),
    ("akhir pekan ini (6/9) ramai", "akhir pekan ini, enam September, ramai"),
    ("dibuka pekan depan (11/9) oleh", "dibuka pekan depan, sebelas September, oleh"),
    ("diundur ke Kamis mendatang (12/9)", "diundur ke Kamis mendatang, dua belas September"),
    ("rapat Rabu depan (11/9) dibatalkan", "rapat Rabu depan, sebelas September, dibatalkan"),
    ("rapat (3/9) kemarin", "rapat, tiga September, kemarin"),
    # without a weekday or a time of day, a bracketed pair is a score, a part or a fraction
    ("menang (2/1) atas tuan rumah", "menang (dua per satu) atas tuan rumah"),
    ("dipilih oleh (3/4) peserta rapat", "dipilih oleh (tiga per empat) peserta rapat"),
    ("Pasal 7 ayat (1/3) berbunyi", "Pasal tujuh ayat (satu per tiga) berbunyi"),
    ("unggul di babak awal (3/2) lalu kalah", "unggul di babak awal (tiga per dua) lalu kalah"),
    ("cerita bersambung (2/3) di edisi ini", "cerita bersambung (dua per tiga) di edisi ini"),
    # ... not a part at the end of a title, a fraction in a recipe or a count
    ("Kisah Penjaga Mercusuar (1/3)", "Kisah Penjaga Mercusuar (satu per tiga)"),
    ("tambahkan santan (1/2 gelas)", "tambahkan santan (satu per dua gelas)"),
    ("skor akhir (2/1) untuk tuan rumah", "skor akhir (dua per satu) untuk tuan rumah"),
    ("data itu (31/2) keliru", "data itu (tiga puluh satu per dua) keliru"),  # no such day
    # "ini" and "depan" after any other word are no time: a part, a place
    ("bagian ini (1/2) ditulis", "bagian ini (satu per dua) ditulis"),
    ("tim di depan (3/4) penonton", "tim di depan (tiga per empat) penonton"),
])
def test_a_bracketed_day_and_month_after_a_word_is_a_date(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Rabu, 4/Mar/2020 siang", "Rabu, empat Maret dua ribu dua puluh siang"),
    ("terbit 21/Okt/2023.", "terbit dua puluh satu Oktober dua ribu dua puluh tiga."),
    ("tanggal 30/Feb/2021", "tanggal tiga puluh garis miring Feb garis miring dua ribu dua"
                            " puluh satu"),  # no such day: a code, as before
])
def test_a_short_month_between_slashes_is_a_date(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Diperbarui June 9, 2023 oleh redaksi", "Diperbarui sembilan Juni dua ribu dua puluh tiga"
     " oleh redaksi"),
    ("October 17 2024", "tujuh belas Oktober dua ribu dua puluh empat"),
    # not a date: no year, a day that does not exist, lower case "may"
    ("Mulai May 3 nanti", "Mulai May tiga nanti"),
    ("February 30, 2024", "February tiga puluh, dua ribu dua puluh empat"),
    ("you may 2, 2024", "you may dua, dua ribu dua puluh empat"),
])
def test_an_english_date_is_said_in_indonesian(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a month and year after a weekday, the day left out
    ("rapat Selasa (3/2024) ditunda", "rapat Selasa, Maret dua ribu dua puluh empat, ditunda"),
    # a day and month after "tanggal", or between "pada" and "lalu", "nanti" …
    ("hingga tanggal 28/2 nanti", "hingga tanggal dua puluh delapan Februari nanti"),
    ("digelar pada 14/8 lalu", "digelar pada empat belas Agustus lalu"),
    ("sejak 5/12 malam hingga 6/12 pagi", "sejak lima Desember malam hingga enam Desember"
     " pagi"),
    ("terjadi pada 26/11 malam", "terjadi pada dua puluh enam November malam"),
    ("dibuka sejak 3/4 siang", "dibuka sejak tiga April siang"),
    # … but a fraction's shape after "pada", "hingga" or "sampai" is a share of the night
    ("salat pada 1/3 malam terakhir", "salat pada satu per tiga malam terakhir"),
    ("turun hingga 3/4 pagi ini", "turun hingga tiga per empat pagi ini"),
    ("hingga 3/3 malam", "hingga tiga Maret malam"),
    # a weekday's bracket left open before a time of day
    ("Rabu (9/4 malam hari", "Rabu, sembilan April malam hari"),
    # counter-examples: a fraction, no such day or month, a score
    ("pada 3/4 bagian", "pada tiga per empat bagian"),
    ("tanggal 31/2 itu", "tanggal tiga puluh satu per dua itu"),
    ("Senin (13/2025) itu", "Senin (tiga belas per dua ribu dua puluh lima) itu"),
    ("sekitar 2/3 warga lalu pergi", "sekitar dua per tiga warga lalu pergi"),
])
def test_a_day_or_a_month_alone_is_a_date_only_beside_a_date_word(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a day the month has in some year is a date: a writer's 29 February of a common year too
    ("Selasa (29/2/2022) sore", "Selasa, dua puluh sembilan Februari dua ribu dua puluh dua, sore"),
    ("pada (29/2/25) itu", "pada dua puluh sembilan Februari dua ribu dua puluh lima, itu"),
    # a dash typed for the last slash before a year in brackets
    ("Jumat (06/10-2023) pagi", "Jumat, enam Oktober dua ribu dua puluh tiga, pagi"),
    ("warga (12/3-2021) datang", "warga dua belas Maret dua ribu dua puluh satu, datang"),
    # counter-examples: no such day in any year, no brackets, no year after the dash
    ("Senin (30/2/2024) lalu", "Senin, tiga puluh garis miring dua garis miring dua ribu dua"
     " puluh empat, lalu"),
])
def test_a_date_in_range_or_with_a_dashed_year(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written", ["pasal 5/3-2021 itu", "skor (2/1-3) itu"])
def test_a_dash_outside_brackets_or_before_no_year_makes_no_date(written):
    assert not any(month in spoken_form(written) for month in ("Maret", "Januari"))


@pytest.mark.parametrize("written, spoken", [
    ("inflasi (Februari–Agustus) naik", "inflasi (Februari sampai Agustus) naik"),
    ("panen Maret - Mei", "panen Maret sampai Mei"),
    ("periode Juli-September", "periode Juli sampai September"),
    # counter-examples: a month beside another word, a date's dash
    ("Mei - Presiden datang", "Mei, Presiden datang"),
    ("kata Juni-Ayu", "kata Juni-Ayu"),
])
def test_a_dash_between_two_months_is_a_span(written, spoken):
    assert spoken_form(written) == spoken
