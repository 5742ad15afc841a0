"""Datelines taken off the lead, and publication dates read from date lines."""

from __future__ import annotations

from datetime import date

import pytest
from readings import segment_lines

from dengar.dateline import date_line, is_lone_dateline, split_dateline


@pytest.mark.parametrize(
    ("lead", "spoken", "tag", "publisher"),
    [
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "Jakarta – Harga beras naik.",
         "KOMPAS.com", "Kompas.com"),
        # a brand with its region's capitals, then a double bar for the dash
        ("OELAMASI, HarianNTT||Terhadap harga beras, warga protes.",
         "Oelamasi – Terhadap harga beras, warga protes.", "HarianNTT", None),
        ("KUPANG, HarianNTT - Harga beras naik.", "Kupang – Harga beras naik.", "HarianNTT",
         None),
        # an address in lower case, a bar, and the place glued to the lead's first word
        ("kabarsukamaju.co.id | SukamajuHarga beras naik.", "Sukamaju – Harga beras naik.",
         "kabarsukamaju.co.id", "kabarsukamaju.co.id"),
        ("kabarsukamaju.co.id | Sukamaju - Harga beras naik.", "Sukamaju – Harga beras naik.",
         "kabarsukamaju.co.id", "kabarsukamaju.co.id"),
        ("JAKARTA, KOMPAS.com — Harga beras naik.", "Jakarta – Harga beras naik.",
         "KOMPAS.com", "Kompas.com"),
        # Markdown writes the em dash as three hyphens.
        ("JAKARTA, KOMPAS.com --- Harga beras naik.", "Jakarta – Harga beras naik.",
         "KOMPAS.com", "Kompas.com"),
        ("Jakarta (ANTARA) - Harga beras naik.", "Jakarta – Harga beras naik.",
         "(ANTARA)", "ANTARA"),
        ("KONTAN.CO.ID - JAKARTA. Harga beras naik.", "Jakarta – Harga beras naik.",
         "KONTAN.CO.ID", "Kontan"),
        ("KONTAN.CO.ID -\u00a0JAKARTA. Harga beras naik.", "Jakarta – Harga beras naik.",
         "KONTAN.CO.ID", "Kontan"),
        ("NEW YORK - Harga beras naik.", "New York – Harga beras naik.", "", None),
        # a number may open the lead
        ("JAKARTA - 48 atlet berangkat.", "Jakarta – 48 atlet berangkat.", "", None),
        ("MALANG, JATIMTIMES - 48 atlet berangkat.", "Malang – 48 atlet berangkat.",
         "JATIMTIMES", None),
        ("JATIMTIMES - 48 atlet berangkat.", "48 atlet berangkat.", "JATIMTIMES", None),
        # a comma left before the dash: the place is read, an outlet's address is dropped whole
        ("JEMBER, – Harga beras naik.", "Jember – Harga beras naik.", "", None),
        ("Beritaku.com, – Harga beras naik.", "Harga beras naik.", "Beritaku.com",
         "Beritaku.com"),
        ("Kabar7 | GARUT, – Harga beras naik.", "Garut – Harga beras naik.", "Kabar7", None),
        # an outlet's code of two or three capitals before a bar, then the place and its dash
        ("BRN | Malaysia – Harga beras naik.", "Malaysia – Harga beras naik.", "BRN", None),
        ("(VOVWORLD) - Harga beras naik.", "Harga beras naik.", "(VOVWORLD)", "VOV World"),
        ("TRIBUNNEWS.COM, JAKARTA --Harga beras naik.", "Jakarta – Harga beras naik.",
         "TRIBUNNEWS.COM", "Tribunnews.com"),
        ("Okezone.com, Jakarta - Harga beras naik.", "Jakarta – Harga beras naik.",
         "Okezone.com", "Okezone"),
        ("Bandung - Harga beras naik.", "Bandung – Harga beras naik.", "", None),
        ("Jakarta, CNN Indonesia -- Harga beras naik.", "Jakarta – Harga beras naik.",
         "CNN Indonesia", "CNN Indonesia"),
        ("MEDAN, Suarakita.id - Harga beras naik.", "Medan – Harga beras naik.",
         "Suarakita.id", "Suarakita.id"),
        ("(XYZ) - Harga beras naik.", "Harga beras naik.", "(XYZ)", None),
        # A wire's release: a date before a shared tag; the first outlet publishes it.
        ("KAIRO, 3 Maret 2019 (Antara/KabarWire) -- Harga beras naik.",
         "Kairo – Harga beras naik.", "3 Maret 2019 (Antara/KabarWire)", "ANTARA"),
        # A regional desk in the brackets; a lower-case domain glued to the comma.
        ("Padang (Antara Sumbar) - Harga beras naik.", "Padang – Harga beras naik.",
         "(Antara Sumbar)", "ANTARA"),
        ("Bogor,(kabarkota.com) - Harga beras naik.", "Bogor – Harga beras naik.",
         "(kabarkota.com)", "kabarkota.com"),
        # Slashes, an underscore or a bar (typed as an I) between the place and the outlet.
        ("Medan // Beritapolri.com - Harga beras naik.", "Medan – Harga beras naik.",
         "Beritapolri.com", "Beritapolri.com"),
        ("PALU/KABARSULTENG.CO.ID– Harga beras naik.", "Palu – Harga beras naik.",
         "KABARSULTENG.CO.ID", "KABARSULTENG.CO.ID"),
        ("Kabarbanten.co.id_ Serang - Harga beras naik.", "Serang – Harga beras naik.",
         "Kabarbanten.co.id", "Kabarbanten.co.id"),
        ("SUARAPANTURA I CIREBON – Harga beras naik.", "Cirebon – Harga beras naik.",
         "SUARAPANTURA", None),
        ("Kabarkita.Online – Harga beras naik.", "Harga beras naik.",
         "Kabarkita.Online", "Kabarkita.Online"),
        # An outlet written as a brand, a capital inside the word, is never a place.
        ("GoRiau – Harga beras naik.", "Harga beras naik.", "GoRiau", None),
        ("Bogor, KabarPagi – Harga beras naik.", "Bogor – Harga beras naik.", "KabarPagi", None),
        ("MEDIAnews – Harga beras naik.", "Harga beras naik.", "MEDIAnews", None),
        # A paper's code after the place, and an outlet's code alone: not spoken.
        ("Harian.co.id – SAMBAS-HS. Harga beras naik.", "Sambas – Harga beras naik.",
         "Harian.co.id -HS", "Harian.co.id"),
        ("KB - Harga beras naik.", "Harga beras naik.", "KB", None),
        # Dashes typed by hand: no space before, or two run together.
        ("JAKARTA- Harga beras naik.", "Jakarta – Harga beras naik.", "", None),
        ("JAKARTA—-Harga beras naik.", "Jakarta – Harga beras naik.", "", None),
        # The city and its province before a wire's tag; a bracketed domain before the place.
        ("Mataram, NTB (ANTARA News) - Harga beras naik.", "Mataram, NTB – Harga beras naik.",
         "(ANTARA News)", "ANTARA"),
        ("(Harian.id), Jakarta – Harga beras naik.", "Jakarta – Harga beras naik.",
         "(Harian.id)", "Harian.id"),
        # An outlet named in words ending in a press word, after the place.
        ("Serang, Banten Media – Harga beras naik.", "Serang – Harga beras naik.",
         "Banten Media", None),
        ("Serang, Kabar Kota News - Harga beras naik.", "Serang – Harga beras naik.",
         "Kabar Kota News", None),
        # A web address closed by a colon or a comma; one in capitals alone before the lead.
        ("JAKARTA, kabarbisnis.com: Harga beras naik.", "Jakarta – Harga beras naik.",
         "kabarbisnis.com", "kabarbisnis.com"),
        ("BANYUMAS, KABARBANYUMAS.KORANKITA.ID, Harga beras naik.",
         "Banyumas – Harga beras naik.", "KABARBANYUMAS.KORANKITA.ID",
         "KABARBANYUMAS.KORANKITA.ID"),
        ("KABARTASIK.COM | Harga beras naik.", "Harga beras naik.", "KABARTASIK.COM",
         "KABARTASIK.COM"),
        ("BANYUMAS, KABARBANYUMAS.KORANKITA.ID - Harga beras naik.",
         "Banyumas – Harga beras naik.", "KABARBANYUMAS.KORANKITA.ID",
         "KABARBANYUMAS.KORANKITA.ID"),
        # A place written short stays a place.
        ("NTT - Harga beras naik.", "NTT – Harga beras naik.", "", None),
        # A paper's name in capitals is its tag, not a place; a place in capitals stays.
        ("RADAR CIREBON - Harga beras naik.", "Harga beras naik.", "RADAR CIREBON", None),
        ("KALTIMNEWS, Samarinda - Harga beras naik.", "Samarinda – Harga beras naik.",
         "KALTIMNEWS", None),
        ("BATAM POS - Harga beras naik.", "Harga beras naik.", "BATAM POS", None),
        ("NEW YORK - Harga beras naik.", "New York – Harga beras naik.", "", None),
        # a comma left before the dash: the place is read, an outlet's address is dropped whole
        ("JEMBER, – Harga beras naik.", "Jember – Harga beras naik.", "", None),
        ("Beritaku.com, – Harga beras naik.", "Harga beras naik.", "Beritaku.com",
         "Beritaku.com"),
        ("Kabar7 | GARUT, – Harga beras naik.", "Garut – Harga beras naik.", "Kabar7", None),
        ("BANDA ACEH - Harga beras naik.", "Banda Aceh – Harga beras naik.", "", None),
        ("KOTA BARU - Harga beras naik.", "Kota Baru – Harga beras naik.", "", None),
        # the post's date in brackets between the outlet and a dash glued to the first word
        ("HARIANKITA.ID (12/3/24)-Ketika harga beras naik, warga protes.",
         "Ketika harga beras naik, warga protes.", "HARIANKITA.ID (12/3/24)", "HARIANKITA.ID"),
        ("Harian.com (12/3) - Harga beras naik.", "Harga beras naik.", "Harian.com (12/3)",
         "Harian.com"),
        # a tilde written for the dash
        ("Harian.co.id, Garut ~ Harga beras naik.", "Garut – Harga beras naik.", "Harian.co.id",
         "Harian.co.id"),
        ("GARUT, Harian.com ~ Harga beras naik.", "Garut – Harga beras naik.", "Harian.com",
         "Harian.com"),
        # a bar between the place and the outlet; underscores around the outlet
        ("GARUT | HARIAN.COM – Harga beras naik.", "Garut – Harga beras naik.", "HARIAN.COM",
         "HARIAN.COM"),
        ("Kota Bogor_HARIAN.COM_Harga beras naik.", "Kota Bogor – Harga beras naik.",
         "HARIAN.COM", "HARIAN.COM"),
        # an outlet named in words, its region after the press word
        ("Garut, Kabar Online Jabar - Harga beras naik.", "Garut – Harga beras naik.",
         "Kabar Online Jabar", None),
        # a place and an address in capitals with no dash before the lead
        ("GARUT, HARIAN.ID Harga beras naik.", "Garut – Harga beras naik.", "HARIAN.ID",
         "HARIAN.ID"),
        # a photo's credit glued before the outlet's own dateline: its place is the lead's
        ("Budi/Harian-Kota.com - HARIAN-KOTA.COM, GARUT - Harga beras naik.",
         "Garut – Harga beras naik.", "Budi/Harian-Kota.com - HARIAN-KOTA.COM",
         "HARIAN-KOTA.COM"),
    ],
)
def test_datelines_keep_the_place_and_drop_the_tag(
    lead: str, spoken: str, tag: str, publisher: str | None
) -> None:
    found = split_dateline(lead)
    assert found is not None
    assert (found.text, found.tag, found.publisher) == (spoken, tag, publisher)


@pytest.mark.parametrize(
    "lead",
    [
        "Harga beras naik - kata pedagang.",
        "Harga beras || naik lagi pekan ini.",  # a bar after no place and outlet
        "Kupang, Bajawa||Ende terendam banjir.",  # places, no outlet's brand
        "Rusia-RDRK Meningkatkan Hubungan - ini kabarnya.",
        "Budi - pedagang beras - mengeluh.",
        "Budi, – pedagang beras – mengeluh.",
        "Harga beras | naik lagi – kata pedagang.",
        "Pasar Induk | GARUT – Harga beras naik.",
        "Namun, – kata pedagang – harga beras naik.",
        "Harga beras di Jakarta naik tajam pekan ini.",
        "JAKARTA, KOMPAS.com -",
        "Rusia-Korea Utara Meningkatkan Hubungan.",
        "JAKARTA-BANDUNG Ditempuh Dua Jam.",
        "Budi- pedagang beras mengeluh.",
        "Perang Dunia I - ini kisahnya.",
        "Harga (naik) - kata pedagang.",
        "Rapat (Kemarin Sore) - Harga beras naik.",
        "Budi, Ketua RT (kiri) - Harga beras naik.",
        "Sosial Media - Harga beras naik.",
        "Serang, Banten - media sosial ramai.",
        "Jakarta, Kompas.com, dan detik.com melaporkan harga beras naik.",
        "Kompas.com, salah satu media daring, melaporkan harga beras naik.",
        "Budi, kabarbisnis.com: harga beras naik.",
        "Kabartasik.com | Harga beras naik.",
        "KABARTASIK.COM, Harga beras naik.",
        "BRN | Harga beras naik.",
        "Shopee, Tokopedia.com, Lazada dan Blibli menjadi platform belanja.",
        "LAPOR.GO.ID | Situs nasional itu tetap bisa dipakai warga.",
        "TOKOMURAH.COM, Situs yang dipakai pelaku, sudah diblokir.",
        "RADAR CUACA - alat yang selama ini dinanti - akhirnya terpasang.",
        "KANTOR POS - yang kini bernama Pos Indonesia - tetap buka.",
        "TRIBUN SELATAN - yang biasanya sepi - kini penuh sesak.",
        # a number opens the lead only after a known place: an acronym before it is the subject
        "KPK - 3 tersangka ditahan hari ini.",
        "PSSI - 23 pemain dipanggil ke pemusatan latihan.",
        # a date in brackets, a tilde: no outlet before them
        "Harga beras (12/3) - kata pedagang - naik lagi.",
        "Jumat (12/3)-Harga beras naik lagi.",
        "Suhu 20 ~ 25 derajat Celsius sepanjang hari.",
        "Budi ~ pedagang beras ~ mengeluh.",
        "Sukamaju, (harianpagi.com), warga mengeluh harga beras naik.",  # a comma, no dash
        # a bar or underscores with no outlet after the place
        "Garut | Harga beras naik – kata pedagang.",
        "Garut_Harga_beras naik.",
        "GARUT | Pasar – Harga beras naik.",
        # a government's address in capitals, or one in lower case, opening a sentence
        "JAKARTA, LAPOR.GO.ID Menerima ribuan aduan warga.",
        "Garut, harian.id Menulis harga beras naik.",
        # an address in lower case and a bar before a sentence, or a government's address
        "kabarsukamaju.co.id | Warga Sukamaju mengeluh harga beras naik.",
        "lapor.go.id | SukamajuWarga mengeluh.",
    ],
)
def test_ordinary_sentences_have_no_dateline(lead: str) -> None:
    assert split_dateline(lead) is None


@pytest.mark.parametrize(
    ("line", "lone"),
    [
        ("Garut, kabarkota.com", True),
        ("Medan // Beritapolri.com", True),
        ("KABARKITA.COM, BOGOR", True),
        ("Mangupura, (Warta.com)-", True),
        ("Sukamaju, (harianpagi.com),-", True),  # a comma left before the dash
        # A place alone, with or without a dash, names no outlet: a headline may be one word.
        ("Samarinda -", False),
        ("Garut, Jawa Barat", False),
        # an outlet named in words with "Online" and its region
        ("Pacitan, Kabar Online Jatim", True),
        ("Garut, Kabar Online", True),
        ("Garut, Belanja Online Jabar Meningkat", False),
        ("Harga Beras Naik di Garut", False),
        ("Banjir Melanda Garut, Warga Mengungsi", False),
    ],
)
def test_a_dateline_alone_on_its_line(line: str, lone: bool) -> None:
    assert is_lone_dateline(line) is lone


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Rabu, 8 Mei 2024 | 10:05 WIB", date(2024, 5, 8)),
        ("Rabu, 8 Mei 2024 / 10:05 WIB", date(2024, 5, 8)),
        # the month in capitals, a bullet before the time
        ("Minggu, 03 AGUSTUS 2025 • 15:00 WIB", date(2025, 8, 3)),
        ("Rabu, 8 Mei 2024 · 10:05 WIB", date(2024, 5, 8)),
        # A month's short name between slashes; the desk's initials before a bar.
        ("Senin, 16/Des/2019 06:33 WIB", date(2019, 12, 16)),
        ("NS/RN | Jumat, 26 Oktober 2018", date(2018, 10, 26)),
        ("Kamis, 07/03/2024 16:20 WIB", date(2024, 3, 7)),
        ("Jum'at, 3 Maret 2023 - 09:15 wib", date(2023, 3, 3)),
        ("Minggu, 3 Jan 2021 07:00 WITA", date(2021, 1, 3)),
        ("Diperbarui: 9 November 2021", date(2021, 11, 9)),
        ("Diposting : 1 August 2024 08:52", date(2024, 8, 1)),
        ("15 Agustus 2025 9:26 WIB · waktu baca 1 menit", date(2025, 8, 15)),
        ("Rabu, 8 Mei 2024 | Waktu baca: 3 menit", date(2024, 5, 8)),
        ("Jumat, 10 Maret 2023 | 22:04 WIB Last Updated 2023-03-10T15:04:03Z",
         date(2023, 3, 10)),
        ("Wednesday, July 3, 2024", date(2024, 7, 3)),
        # the post's age after its date
        ("Diperbarui 9 Agustus 2024 3 jam yang lalu", date(2024, 8, 9)),
        ("Senin, 12 Mei 2025 · 2 hari lalu", date(2025, 5, 12)),
        # the rubric after a middle dot
        ("05 Mar 2024 08:15 WIB · Ekonomi", date(2024, 3, 5)),
        ("Kamis, 7 Maret 2024 • Olahraga Nasional", date(2024, 3, 7)),
        ("05 Mar 2024 · harga beras naik lagi", None),  # a sentence after the dot
        ("Harga naik sejak 8 Mei 2024 · Ekonomi", None),
        ("Harga naik sejak 8 Mei 2024 3 jam yang lalu", None),
        ("3 jam yang lalu", None),
        ("12 Mei 1998, 26 tahun yang lalu", None),  # an anniversary, not a post's age
        ("Senin, 31 Februari 2024", None),  # no such day
        ("Harga naik sejak July 3, 2024 menurut data BPS.", None),
        ("Harga naik sejak 8 Mei 2024.", None),  # a sentence, not a date line
        ("Pada Rabu, 8 Mei 2024 harga naik", None),
        ("Budi dan Rina | Jumat, 26 Oktober 2018", None),  # names: a byline, not initials
        # a date spelt with spaced hyphens
        ("02 - Sep - 2024, 06:23", date(2024, 9, 2)),
        ("Skor akhir 2 - Sep - 2024", None),
        # the author, the rubric and a share button's label after the zone
        ("03 Mei 2021 23:07 WIB Rina Sari Ekonomi Share :", date(2021, 5, 3)),
        ("Senin, 3 Mei 2021 - 10:00 WIB Bagikan:", date(2021, 5, 3)),
        ("03 Mei 2021 23:07 WIB warga diminta share :", None),  # words of a sentence
        ("03 Mei 2021 Rina Sari Share :", None),  # no time and zone before the names
        # a time typed with spaces after its colons
        ("07 Maret 2024, 10: 05: 43 WIB", date(2024, 3, 7)),
        ("Rabu, 8 Mei 2024 | 10: 05 WIB", date(2024, 5, 8)),
        ("Skor 2: 1 pada 8 Mei 2024", None),
        # a view counter after a bar
        ("Jumat, 05 Agustus 2022 - 19:21 | 12.3k", date(2022, 8, 5)),
        ("Senin, 3 Maret 2024 | 14:20 | 1.204 views", date(2024, 3, 3)),
        ("Skor akhir 3 Maret 2024 | 12.3k penonton", None),
        # one day printed twice in two formats by a date widget
        ("Dec 3, 2024, Tuesday, December 3, 2024", date(2024, 12, 3)),
        ("Selasa, 3 Desember 2024 | 03/12/2024", date(2024, 12, 3)),
        ("3 Desember 2024, 4 Desember 2024", None),  # two days: a list
        ("3 Desember 2024, warga Sukamaju berkumpul", None),
    ],
)
def test_date_lines(line: str, published: date | None) -> None:
    assert date_line(line) == published


@pytest.mark.parametrize("line", [
    "07 Maret 2024, 10: 05: 43 WIB | editor : Budi Santoso",
    "Rabu, 8 Mei 2024 | 10:05 WIB | Editor: Rina Sari",
])
def test_a_date_line_with_its_editor_is_not_read(line: str) -> None:
    article = segment_lines("Harga Beras Naik Tajam", line,
                            "Harga beras di Jakarta naik tajam pekan ini karena pasokan berkurang.",
                            "Pedagang di pasar induk mengatakan stok mulai menipis.")
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
