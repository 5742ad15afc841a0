"""Symbols, web addresses, hashtags and emoji."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form


@pytest.mark.parametrize("written, spoken", [
    ("baca https://www.kompas.com/read/2024/01/15/berita ya",
     "baca kompas titik com ya"),
    ("situs vovworld.vn dan www.antaranews.com", "situs vovworld.vn dan antaranews titik com"),
    # Separators a page prints are pauses; a footnote star is not read.
    ("BANDUNG | Perum Perhutani menerima siswa.", "BANDUNG, Perum Perhutani menerima siswa."),
    ("Kegiatan berjalan lancar, pungkasnya.*", "Kegiatan berjalan lancar, pungkasnya."),
    # A power is said; a star between two words parts them.
    ("luas 5 km^2", "luas lima kilometer pangkat dua"), ("skor 2*3 poin", "skor dua tiga poin"),
    ("kirim ke redaksi@kompas.co.id", "kirim ke redaksi et kompas titik co titik id"),
    ("ramai #PemiluDamai di media", "ramai tagar Pemilu Damai di media"),
    ("kata @jokowi kemarin", "kata jokowi kemarin"),
    ("Hebat 👍🏽 sekali 🇮🇩!", "Hebat sekali!"),
    ("R&D", "R dan D"),
    ("© 2024 Kompas.com", "hak cipta dua ribu dua puluh empat Kompas.com"),
    ("Copyright © 2023 Tempo", "hak cipta dua ribu dua puluh tiga Tempo"),
    # Written in words already, the notice is not said twice.
    ("Hak Cipta © 2022 Detik", "Hak Cipta dua ribu dua puluh dua Detik"),
    ("Kopiko™ dan Windows® laris", "Kopiko dan Windows laris"),
    ("± 5 km", "kurang lebih lima kilometer"),
    ("dan/atau", "dan atau"),
    ("Jakarta - Presiden", "Jakarta, Presiden"),
    ("dua motor---satu milik pelaku", "dua motor, satu milik pelaku"),
    ("dua motor -- satu milik pelaku", "dua motor, satu milik pelaku"),
    ("negara-negara dan gerak-gerik", "negara-negara dan gerak-gerik"),
    ("teks [[p'u:tin]] aneh", "teks ((p'u:tin)) aneh"),  # text never sends phonemes
    # a comma typed against the next word is still a pause; a decimal comma is not
    ("Rabu,(9/10/2024) sore", "Rabu, sembilan Oktober dua ribu dua puluh empat, sore"),
    ("Dewan Pengawas,(Dewas) KPK", "Dewan Pengawas, (Dewas) ka pe ka"),
    ("Andi,Rudi dan Sari", "Andi, Rudi dan Sari"),
    ("tumbuh 4,8 persen", "tumbuh empat koma delapan persen"),
    ('film "Laskar Pelangi," Anda', 'film "Laskar Pelangi," Anda'),  # a closing mark
])
def test_symbols(written, spoken):
    assert spoken_form(written) == spoken
