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
    ("© 2024 Kompas.com", "hak cipta dua ribu dua puluh empat kompas titik com"),
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


@pytest.mark.parametrize("written, spoken", [
    # a "?" standing for a lost space or soft hyphen is dropped
    ("Jakarta, ?PT Kereta Api", "Jakarta, pe te Kereta Api"),
    ("menuju ?stasiun kota", "menuju stasiun kota"),
    ("menambah daya tam?pung gudang", "menambah daya tampung gudang"),
    # a question keeps its mark
    ("Siapa? Kami", "Siapa? Kami"),
    ("mengapa?Sebab hujan", "mengapa?Sebab hujan"),
    # ... and so does a question word glued to the next word, which gets its space back
    ("tanya mereka, bagaimana?warga bisa", "tanya mereka, bagaimana? warga bisa"),
    ("Kapan?rapat dimulai", "Kapan? rapat dimulai"),
    ("sahkah ?Semua diam", "sahkah? Semua diam"),
    ("dengan ?bus kota", "dengan bus kota"),  # no question word: dropped
    # a slash between lower-case words is a pause: it may mean "per" as often as "atau"
    ("1.200 rumah/bangunan rusak", "seribu dua ratus rumah, bangunan rusak"),
    ("harga 70 dolar/barel", "harga tujuh puluh dolar, barel"),
    ("kurs rupiah/dolar melemah", "kurs rupiah, dolar melemah"),
    ("dan/atau", "dan atau"),
    ("Reuters/AFP", "Reuters, a ef pe"),
    ("kecepatan km/jam", "kecepatan km, jam"),
    # a bare domain is said as a web address is
    ("dilansir bolaku.com, Senin", "dilansir bolaku titik com, Senin"),
    ("laman Dinkes.go.id/berita.", "laman dinkes titik go titik id."),
    # its path is dropped, not read as a reference number
    ("laman dinkes.go.id/info/2023/05 memuat", "laman dinkes titik go titik id memuat"),
    ("berkas laporan.pdf", "berkas laporan.pdf"),
])
def test_stray_marks_slashes_and_bare_domains(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("kanal (https://t.me/Info_Gempa) resmi", "kanal (t titik me garis miring Info garis bawah"
     " Gempa) resmi"),
    ("ikuti https://www.instagram.com/humaskota/ juga", "ikuti instagram titik com garis miring"
     " humaskota juga"),
    ("akun Twitter @infoCuaca).", "akun Twitter info Cuaca."),
    ("akun (@infoCuaca) resmi", "akun (info Cuaca) resmi"),
    # a dot inside the account's name is said; the sentence's stop after it is not
    ("akun @jakarta.terkini menulis", "akun jakarta titik terkini menulis"),
    ("diunggah akun @kabar_kota.", "diunggah akun kabar kota."),
    ("akun @info.kota.Dia menulis", "akun info titik kota.Dia menulis"),
    # a news page's path or a post's is still dropped
    ("baca https://www.kompas.com/berita/2024/a-b", "baca kompas titik com"),
    ("di https://twitter.com/i/status/123 itu", "di twitter titik com itu"),
])
def test_an_account_is_said_by_its_name(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    # a domain in capitals is said as one in lower case; a name after its slash is kept
    ("MEDIAKITA.CO.ID, BANDUNG", "mediakita titik co titik id, BANDUNG"),
    ("KABARSATU.COM/BUDI SANTOSO", "kabarsatu titik com, BUDI SANTOSO"),
    ("KOTAKU.ID--Warga", "kotaku titik id, Warga"),
    # an account's underscores part its words
    ("akun @dinkes_kota_bogor resmi", "akun dinkes kota bogor resmi"),
    # counter-example: capitals and a full stop that end a sentence
    ("ke KPK. CO dan", "ke ka pe ka. ce o dan"),
])
def test_capital_domains_and_underscored_accounts(written, spoken):
    assert spoken_form(written) == spoken
