"""A photo's alternative text in lower case over its caption, and school levels after a slash
that are no photo credit."""

from __future__ import annotations

import pytest
from readings import segment_lines, spoken

from dengar.alttext import is_alt_text
from dengar.lines import split_caption

TITLE = "Harga Beras di Jakarta Naik Tajam Menjelang Lebaran"
LEAD = ("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari sejumlah daerah "
        "penghasil di Jawa Barat terus berkurang menjelang Lebaran.")
BODY = ("Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan dan pembeli "
        "mulai mengurangi belanja mereka.")
MORE = ("Promo akhir tahun di pusat perbelanjaan pun sepi pembeli karena warga menahan "
        "belanja sampai harga kembali turun.")




@pytest.mark.parametrize(("line", "alt"), [
    ("pasar induk cipinang pagi", True),
    ("warga antre minyak goreng", True),
    ("beras", False),  # one word: a tag
    ("Pasar Induk Cipinang", False),  # capitals: a heading or a label
    ("harga naik terus.", False),  # a stop: a sentence
    ("stok menipis, pedagang mengeluh karena pembeli berkurang dan harga naik terus", False),
])
def test_alt_text_is_a_few_lower_case_words(line, alt):
    assert is_alt_text(line) is alt


@pytest.mark.parametrize("above", [BODY, "Harga Beras Naik Sejak Pekan Lalu"])
def test_alt_text_over_its_caption_is_not_read_and_the_caption_is_one(above):
    # under a paragraph, or under a heading in title case
    caption = "Suasana Pasar Induk Cipinang pada pagi hari, Selasa (8/10/2019)."
    article = segment_lines(TITLE, LEAD, above, "pasar induk cipinang pagi", caption, MORE)
    assert "pasar induk cipinang pagi" not in spoken(article)
    assert ("caption", caption) in [(s.kind, s.text) for s in article.segments]


@pytest.mark.parametrize(("line", "caption"), [
    (f"{TITLE} Beras di gudang Bulog. ©2024 Harian.com", "Beras di gudang Bulog."),
    (f"{TITLE} © harian.id", None),  # the copy and the copyright alone
])
def test_the_headline_again_with_a_copyright_is_a_photos_title(line, caption):
    article = segment_lines(TITLE, line, LEAD, BODY)
    said = " ".join(spoken(article))
    assert "©" not in said and said.count(TITLE) == 1
    captions = [s.text for s in article.segments if s.kind == "caption"]
    assert captions == ([caption] if caption else [])


def test_a_sentence_opening_with_the_headlines_words_and_no_copyright_is_read():
    line = f"{TITLE} menjadi keluhan warga di pasar induk pagi ini."
    article = segment_lines(TITLE, line, BODY)
    assert line in [s.text for s in article.segments]


@pytest.mark.parametrize("line", [
    "cuaca cerah hari ini",  # names nothing the sentence under it names
    "harga sayur stabil",  # names one thing of three ("harga")
])
def test_a_lower_case_line_over_an_unrelated_sentence_is_read_and_no_heading(line):
    article = segment_lines(TITLE, LEAD, BODY, line, MORE)
    kinds = {s.text: s.kind for s in article.segments}
    assert kinds[line] == "paragraph"
    assert kinds[MORE] == "paragraph"


@pytest.mark.parametrize("above", [
    "Bantuan yang dibagikan antara lain:",  # a list announced
    "3 karung beras medium",  # an item of a list with no bullet
])
def test_a_lower_case_item_of_a_list_is_read_and_the_sentence_under_it_is_no_caption(above):
    item, sentence = "beras dan minyak goreng", "Beras dan minyak goreng dibagikan lebih dulu."
    article = segment_lines(TITLE, LEAD, BODY, above, item, sentence, MORE)
    kinds = {s.text: s.kind for s in article.segments}
    assert item in kinds
    assert kinds[sentence] != "caption"


@pytest.mark.parametrize(("line", "caption"), [
    # school levels after a slash close a sentence: no credit
    ("Vaksinasi juga dilaksanakan di posyandu, PAUD, TK, SD/MI.", None),
    ("Seragam gratis dibagikan kepada siswa baru SMP/MTs.", None),
    # a photographer and an outlet do
    ("Warga antre vaksin di puskesmas. ANTARA/RINA SARI", "Warga antre vaksin di puskesmas."),
])
def test_school_levels_after_a_slash_are_no_photo_credit(line, caption):
    found = split_caption(line, None)
    assert (found[0] if found else None) == caption


@pytest.mark.parametrize(("line", "caption", "credit"), [
    # a photographer named after a "Foto:" label closing the last sentence
    ("Petugas mengantar beras ke rumah warga. Foto: Rina Sari",
     "Petugas mengantar beras ke rumah warga.", "Foto: Rina Sari"),
    # a name, then the photographer and the outlet after a hyphened "-foto :" label
    ("Kepala Dinas-foto : Budi Santoso/Kabar Pos-", "Kepala Dinas",
     "-foto : Budi Santoso/Kabar Pos-"),
    # the site's address after a bar
    ("Warga menonton pawai di Sukamaju, Senin (10/9/2024). Foto: Rina Sari | harian.co",
     "Warga menonton pawai di Sukamaju, Senin (10/9/2024).", "Foto: Rina Sari | harian.co"),
])
def test_a_photographer_after_a_photo_label_makes_a_caption(line, caption, credit):
    assert split_caption(line, None) == (caption, (credit,))


@pytest.mark.parametrize(("line", "caption", "credit"), [
    # an agency, then its photographer, in brackets or between slashes
    ("Kartu berobat warga Sukamaju (Antara/Rina S)", "Kartu berobat warga Sukamaju",
     "(Antara/Rina S)"),
    ("Pelatih baru tim Sukamaju tiba sore nanti /Antara/Budi Santoso/",
     "Pelatih baru tim Sukamaju tiba sore nanti", "/Antara/Budi Santoso/"),
    # a photographer, the desk and the outlet in brackets
    ("Para pemain berlatih di stadion pada Maret. (RINA SARI/HARIAN/HARIAN.net)",
     "Para pemain berlatih di stadion pada Maret.", "(RINA SARI/HARIAN/HARIAN.net)"),
    # a name between dashes glued to the stop, the outlet in plain words or none
    ("Petani mulai turun panen di sawah.-Rina Sari-Harian Sukamaju",
     "Petani mulai turun panen di sawah.", "-Rina Sari-Harian Sukamaju"),
    ("Bupati meninjau pasar, Rabu, 10 Desember 2025.-Budi Santoso-",
     "Bupati meninjau pasar, Rabu, 10 Desember 2025.", "-Budi Santoso-"),
    # a photographer's one name between dashes; one whose first name is an agency's too
    ("Peserta jalan sehat melintasi Jalan Merdeka, Minggu (9/3/2025).-Hendra-",
     "Peserta jalan sehat melintasi Jalan Merdeka, Minggu (9/3/2025).", "-Hendra-"),
    ("Peserta jalan sehat melintasi Jalan Merdeka /Antara/Ani Susanti/",
     "Peserta jalan sehat melintasi Jalan Merdeka", "/Antara/Ani Susanti/"),
])
def test_an_agency_or_a_dashed_name_closing_a_line_is_a_photo_credit(line, caption, credit):
    assert split_caption(line, None) == (caption, (credit,))


@pytest.mark.parametrize("line", [
    # an agency named alone, a dash that opens a sentence, a slash inside the text
    "Bupati menghadiri rapat di Sukamaju (Antara)",
    "Harga naik lagi.-Budi",
    "Rapat di Sukamaju berlangsung tertib. Budi Santoso - Rina Sari hadir.",
    "Rute bus Sukamaju/Antara/Pasar Baru dibuka kembali",
    # the agency the text itself came through, after the agency printing it
    "Hujan lebat masih akan turun hingga pekan depan. (Antara/Bernama)",
    "Kedua negara sepakat mempercepat perundingan /Antara/Xinhua/",
    # a desk's one-word sign-off after the last paragraph's stop
    "Pasar murah berlangsung hingga akhir Maret 2025.-Adv-",
    "Acara ditutup dengan doa bersama.-Red-",
    "Gencatan senjata berlaku mulai Senin. (Antara/Sputnik-OANA)",
    "Bantuan itu kiriman kesembilan tahun ini. (Antara/Anadolu Agency)",
    # a desk's initials between dashes after the last sentence
    "Panen raya dihadiri ratusan petani pada Rabu pagi.-Rin-",
])
def test_an_agency_or_a_dash_in_the_text_is_no_photo_credit(line):
    assert split_caption(line, None) is None


@pytest.mark.parametrize("line", [
    # a photo named inside a sentence, or a label with no name or outlet after it
    "Warga diminta menunjukkan foto: KTP dan kartu keluarga.",
    "Panitia memajang karya peserta lomba foto: Rina Sari menang.",
    "Lihat foto: Galeri Pasar Baru",
    "Lomba swafoto-foto : pukul 09.00 di alun-alun",
])
def test_a_photo_named_in_the_text_is_no_credit(line):
    assert split_caption(line, None) is None


@pytest.mark.parametrize(("line", "caption", "label"), [
    ("Ket: Bupati meninjau banjir bersama warga di Desa Sukamaju",
     "Bupati meninjau banjir bersama warga di Desa Sukamaju", "Ket:"),
    ("Keterangan foto: Petugas membagikan beras kepada warga",
     "Petugas membagikan beras kepada warga", "Keterangan foto:"),
    ("Ket. gambar : Kapal nelayan bersandar di pelabuhan",
     "Kapal nelayan bersandar di pelabuhan", "Ket. gambar :"),
    # the short label with "foto" and no colon
    ("Ket Foto Warga antre beras di balai Desa Sukamaju",
     "Warga antre beras di balai Desa Sukamaju", "Ket Foto"),
])
def test_a_caption_label_opening_a_line_makes_a_caption(line, caption, label):
    assert split_caption(line, None) == (caption, (label,))


@pytest.mark.parametrize("line", [
    "Keterangan: Data diolah dari laporan dinas tahun lalu",  # a table's legend
    "Ket: *) angka sementara",  # a legend opening with a mark
    "Ket: Lunas",  # a table's cell
    "Ket: Harga dalam rupiah per kilogram, dihitung dari 34 provinsi.",  # a legend's units
    "Keterangan foto: di bawah ini",  # no capital: no caption's text
    # the long form with no colon is a sentence about a caption
    "Keterangan foto Bupati Budi Santoso itu dibantah panitia.",
])
def test_a_legend_or_a_cell_is_no_labelled_caption(line):
    assert split_caption(line, None) is None


@pytest.mark.parametrize(("line", "caption", "dropped"), [
    # words after "Ilustrasi" name what the picture shows: kept, the credit goes
    ("Ilustrasi pemeriksaan anggaran (Kabar Pagi/ist)", "Ilustrasi pemeriksaan anggaran",
     ("(Kabar Pagi/ist)",)),
    # a label before a stop, a bar or a bracket: not read
    ("Ilustrasi. (Internet)", "", ("Ilustrasi.", "(Internet)")),
    ("Ilustrasi | Antrean Beras (Harian/Dok.)", "Antrean Beras", ("Ilustrasi |", "(Harian/Dok.)")),
])
def test_illustration_words_are_the_caption_and_a_bare_label_is_not_read(line, caption, dropped):
    assert split_caption(line, None) == (caption, dropped)
