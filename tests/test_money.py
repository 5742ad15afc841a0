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
])
def test_money(written, spoken):
    assert spoken_form(written) == spoken
