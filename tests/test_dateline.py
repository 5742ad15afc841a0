"""Datelines taken off the lead, and publication dates read from date lines."""

from __future__ import annotations

from datetime import date

import pytest

from dengar.dateline import date_line, split_dateline


@pytest.mark.parametrize(
    ("lead", "spoken", "tag", "publisher"),
    [
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "Jakarta – Harga beras naik.",
         "KOMPAS.com", "Kompas.com"),
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
        "Rusia-RDRK Meningkatkan Hubungan - ini kabarnya.",
        "Budi - pedagang beras - mengeluh.",
        "Harga beras di Jakarta naik tajam pekan ini.",
        "JAKARTA, KOMPAS.com -",
    ],
)
def test_ordinary_sentences_have_no_dateline(lead: str) -> None:
    assert split_dateline(lead) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Rabu, 8 Mei 2024 | 10:05 WIB", date(2024, 5, 8)),
        ("Rabu, 8 Mei 2024 / 10:05 WIB", date(2024, 5, 8)),
        ("Kamis, 07/03/2024 16:20 WIB", date(2024, 3, 7)),
        ("Jum'at, 3 Maret 2023 - 09:15 wib", date(2023, 3, 3)),
        ("Minggu, 3 Jan 2021 07:00 WITA", date(2021, 1, 3)),
        ("Diperbarui: 9 November 2021", date(2021, 11, 9)),
        ("15 Agustus 2025 9:26 WIB · waktu baca 1 menit", date(2025, 8, 15)),
        ("Rabu, 8 Mei 2024 | Waktu baca: 3 menit", date(2024, 5, 8)),
        ("Jumat, 10 Maret 2023 | 22:04 WIB Last Updated 2023-03-10T15:04:03Z",
         date(2023, 3, 10)),
        ("Wednesday, July 3, 2024", date(2024, 7, 3)),
        ("Senin, 31 Februari 2024", None),  # no such day
        ("Harga naik sejak July 3, 2024 menurut data BPS.", None),
        ("Harga naik sejak 8 Mei 2024.", None),  # a sentence, not a date line
        ("Pada Rabu, 8 Mei 2024 harga naik", None),
    ],
)
def test_date_lines(line: str, published: date | None) -> None:
    assert date_line(line) == published
