"""Money: the amount, its scale, then the currency, as Indonesian says it."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form


@pytest.mark.parametrize("written, spoken", [
    ("Rp5.000", "lima ribu rupiah"),
    ("Rp 5.000", "lima ribu rupiah"),
    ("Rp5.000,-", "lima ribu rupiah"),
    ("Rp5.000,00", "lima ribu rupiah"),
    ("Rp. 250 ribu", "dua ratus lima puluh ribu rupiah"),
    ("Rp 1,5 triliun", "satu koma lima triliun rupiah"),
    ("Rp1,9 kuadriliun", "satu koma sembilan kuadriliun rupiah"),
    ("Rp 3 jt", "tiga juta rupiah"),
    ("US$10 juta", "sepuluh juta dolar Amerika Serikat"),
    ("USD 3 miliar", "tiga miliar dolar Amerika Serikat"),
    ("$5", "lima dolar"),
    ("S$20", "dua puluh dolar Singapura"),
    ("€15", "lima belas euro"),
    ("dana Rp 2,3 triliun untuk desa", "dana dua koma tiga triliun rupiah untuk desa"),
    # a headline's capitals and the older "milyar" are the same scale words
    ("Laba Rp 1,2 Miliar", "Laba satu koma dua miliar rupiah"),
    ("Rp 750 Juta", "tujuh ratus lima puluh juta rupiah"),
    ("Rp 3 Triliun", "tiga triliun rupiah"),
    ("Rp 400 Ribu", "empat ratus ribu rupiah"),
    ("Rp 2 milyar", "dua miliar rupiah"),
    # legal style spells the amount again in brackets; it is said once
    ("denda Rp5.000 (lima ribu rupiah) per hari", "denda lima ribu rupiah per hari"),
    ("Rp5.000.000,- (Lima Juta Rupiah)", "lima juta rupiah"),
    ("Rp 1.500.000,00 (satu juta lima ratus ribu rupiah)", "satu juta lima ratus ribu rupiah"),
    # "about so much": the "-an" stays on the scale word, the currency comes last
    ("ongkosnya Rp 45 ribuan saja", "ongkosnya empat puluh lima ribuan rupiah saja"),
    ("Rp 7 jutaan", "tujuh jutaan rupiah"),
    ("Rp15 ribu-an", "lima belas ribuan rupiah"),
    ("dari Rp 30 ribu jadi Rp 45 ribuan",
     "dari tiga puluh ribu rupiah jadi empat puluh lima ribuan rupiah"),
    ("ribuan pedagang menjual Rp 8 ribu", "ribuan pedagang menjual delapan ribu rupiah"),
])
def test_money(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a rising range is said with "sampai", or the "hingga" written
    ("Rp 20.000 – Rp 24.000 seliter",
     "dua puluh ribu rupiah sampai dua puluh empat ribu rupiah seliter"),
    ("Rp8.000-9.500", "delapan ribu sampai sembilan ribu lima ratus rupiah"),
    ("Rp 2 juta hingga Rp 3 juta", "dua juta rupiah hingga tiga juta rupiah"),
    ("Rp900 ribu - Rp 1,2 juta", "sembilan ratus ribu rupiah sampai satu koma dua juta rupiah"),
    # a scale word written once after the second amount belongs to both
    ("Rp40 hingga 45 ribu", "empat puluh hingga empat puluh lima ribu rupiah"),
    ("Rp 3-4 miliar", "tiga sampai empat miliar rupiah"),
    ("US$ 2 sampai 5 juta", "dua sampai lima juta dolar Amerika Serikat"),
    # two currencies: a rate or two prices, each said on its own
    ("US$1 - Rp16.300", "satu dolar Amerika Serikat, enam belas ribu tiga ratus rupiah"),
    # not a range: a falling pair, or a year after "hingga"
    ("Rp7.000 - Rp6.000", "tujuh ribu rupiah, enam ribu rupiah"),
    ("Rp 500 ribu hingga 2 juta", "lima ratus ribu hingga dua juta rupiah"),
    ("Rp 3.000 hingga 2026", "tiga ribu rupiah hingga dua ribu dua puluh enam"),
])
def test_money_ranges(written, spoken):
    assert spoken_form(written) == spoken
