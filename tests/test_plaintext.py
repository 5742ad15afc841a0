"""Plain text and Markdown into blocks: reflowing hard-wrapped text, hints, metadata, tables."""

from __future__ import annotations

from datetime import date

import pytest

from dengar.markdown import parse_markdown
from dengar.markup import strip_inline, table_blocks
from dengar.model import Block
from dengar.plaintext import parse_text, wrap_width

WRAPPED = """\
Banjir Rendam Ratusan Rumah di Pinggir Kota
Oleh Siti Rahma
Hujan deras yang turun sejak Senin malam membuat sungai di pinggir kota
meluap dan merendam ratusan rumah warga. Petugas pemadam kebakaran dan
relawan mengevakuasi warga lanjut usia dengan perahu karet.
Kepala badan penanggulangan bencana setempat mengatakan air mulai surut
pada Selasa siang, tetapi warga diminta tetap waspada karena hujan masih
akan turun sampai akhir pekan.
Bantuan Mulai Datang
Dapur umum didirikan di halaman masjid dan sekolah dasar yang tidak
terendam. Relawan membagikan nasi bungkus, air bersih dan selimut kepada
warga yang mengungsi.
"""


def texts(source) -> list[tuple[str | None, str]]:
    return [(b.hint, b.text) for b in source.blocks]


def test_hard_wrapped_text_is_detected_and_reflowed():
    assert wrap_width(WRAPPED.splitlines()) == 72
    blocks = [b.text for b in parse_text(WRAPPED).blocks]
    assert blocks == [
        "Banjir Rendam Ratusan Rumah di Pinggir Kota",
        "Oleh Siti Rahma",
        "Hujan deras yang turun sejak Senin malam membuat sungai di pinggir kota meluap dan "
        "merendam ratusan rumah warga. Petugas pemadam kebakaran dan relawan mengevakuasi "
        "warga lanjut usia dengan perahu karet.",
        "Kepala badan penanggulangan bencana setempat mengatakan air mulai surut pada Selasa "
        "siang, tetapi warga diminta tetap waspada karena hujan masih akan turun sampai akhir "
        "pekan.",
        "Bantuan Mulai Datang",
        "Dapur umum didirikan di halaman masjid dan sekolah dasar yang tidak terendam. Relawan "
        "membagikan nasi bungkus, air bersih dan selimut kepada warga yang mengungsi.",
    ]


def test_blank_line_paragraphs_with_wrapped_lines_are_joined():
    text = WRAPPED.replace("Oleh Siti Rahma\n", "Oleh Siti Rahma\n\n").replace(
        "perahu karet.\n", "perahu karet.\n\n")
    blocks = [b.text for b in parse_text(text).blocks]
    assert blocks[2].endswith("dengan perahu karet.")
    assert blocks[3].startswith("Kepala badan")


def test_one_paragraph_per_line_stays_one_block_per_line():
    text = (
        "Warga Bandung Menanam Seribu Pohon\n"
        "Siti Rahma\n"
        "Warga Kota Bandung menanam pohon di sepanjang sungai pada hari Minggu pagi bersama "
        "ratusan pelajar, pegawai kelurahan dan anggota komunitas pencinta lingkungan.\n"
        "Kegiatan itu diikuti oleh ratusan pelajar.\n"
    )
    assert wrap_width(text.splitlines()) is None
    assert len(parse_text(text).blocks) == 4


PASTED_FROM_PDF = """\
Dinas Tenaga Kerja Gelar Lomba Instruktur
     Samarinda – Dinas tenaga kerja provinsi menggelar lomba instruktur tingkat nasional
yang diikuti seratus peserta dari seluruh daerah. Lomba ini bertujuan meratakan mutu
pelatihan kerja di balai-balai milik pemerintah maupun swasta.

     Ketua panitia
menjelaskan, mutu
instruktur harus merata
hingga ke daerah.
     “Kami ingin semua balai punya instruktur yang kompeten dan mampu
mengajar dengan baik,” kata Andi.
     Daftar bidang:
NO
1
Pengelasan
"""


def test_text_pasted_from_a_pdf_is_reflowed_run_by_run():
    assert [b.text for b in parse_text(PASTED_FROM_PDF).blocks] == [
        "Dinas Tenaga Kerja Gelar Lomba Instruktur",
        "Samarinda – Dinas tenaga kerja provinsi menggelar lomba instruktur tingkat nasional "
        "yang diikuti seratus peserta dari seluruh daerah. Lomba ini bertujuan meratakan mutu "
        "pelatihan kerja di balai-balai milik pemerintah maupun swasta.",
        "Ketua panitia menjelaskan, mutu instruktur harus merata hingga ke daerah.",
        "“Kami ingin semua balai punya instruktur yang kompeten dan mampu mengajar dengan "
        "baik,” kata Andi.",
        "Daftar bidang:", "NO", "1", "Pengelasan",
    ]


def test_hyphen_at_a_wrap_joins_without_a_space():
    lines = ["Anak-anak di desa itu bermain layang-layang di sawah setiap sore hari-",
             "hari libur, kata kepala desa yang sudah menjabat selama sepuluh tahun",
             "terakhir dan mengenal hampir semua warga di sana. Ia berharap anak-anak",
             "tetap bermain di luar rumah dan tidak hanya menatap layar ponsel saja."]
    assert "hari-hari libur" in parse_text("\n".join(lines)).blocks[0].text


@pytest.mark.parametrize("markdown, expected", [
    ("**Tebal** dan *miring* serta _garis_ dan `kode`", "Tebal dan miring serta garis dan kode"),
    ("Baca [laporan lengkap](https://contoh.id/a) di sini.", "Baca laporan lengkap di sini."),
    ('Judul **[Berita Lain](https://contoh.id/b){target="_self"} **dan** lagi',
     "Judul Berita Lain dan lagi"),
    ("Foto ![pasar](https://contoh.id/p.jpg) pagi", "Foto pagi"),
    ("harga naik 5*3 kali", "harga naik 5*3 kali"),
    ("nama_berkas tetap", "nama_berkas tetap"),
    ("baris<br>baru", "barisbaru"),
])
def test_inline_markup_is_removed(markdown, expected):
    assert strip_inline(markdown) == expected


def test_markdown_headings_become_hints():
    source = parse_markdown(
        "# Harga Cabai Melonjak\n\nHarga cabai di pasar naik dua kali lipat.\n\n"
        "## Petani Mengeluh\n\nPetani mengatakan hasil panen turun.\n\n"
        "# Judul Kedua di Tengah\n\nIsi lanjutan.\n"
    )
    assert texts(source) == [
        ("headline", "Harga Cabai Melonjak"),
        (None, "Harga cabai di pasar naik dua kali lipat."),
        ("heading", "Petani Mengeluh"),
        (None, "Petani mengatakan hasil panen turun."),
        ("heading", "Judul Kedua di Tengah"),
        (None, "Isi lanjutan."),
    ]
    assert source.format == "markdown"


@pytest.mark.parametrize("line, hint, text", [
    ("**Pasokan dari Daerah Berkurang**", "heading", "Pasokan dari Daerah Berkurang"),
    ("**(Tim Redaksi: Siti Rahma, Budi Santoso)**", None,
     "(Tim Redaksi: Siti Rahma, Budi Santoso)"),
    ("**Pedagang menaikkan harga karena pasokan berkurang.**", None,
     "Pedagang menaikkan harga karena pasokan berkurang."),
    ("**JAKARTA, KOMPAS.com** -- Harga naik.", None, "JAKARTA, KOMPAS.com -- Harga naik."),
])
def test_bold_line_is_a_heading_only_if_heading_shaped(line, hint, text):
    source = parse_markdown(f"Pembuka berita yang cukup panjang di sini.\n\n{line}\n\nIsi.\n")
    assert texts(source)[1] == (hint, text)


def test_metadata_table_becomes_metadata_and_is_not_spoken():
    source = parse_markdown(
        "# Harga Cabai Melonjak\n\n"
        "| Judul | Harga Cabai Melonjak di Pasar Induk |\n"
        "|---|---|\n"
        "| Penulis | Siti Rahma dan Budi Santoso |\n"
        "| Tanggal | Jumat, 7 November 2025 09:43 WIB |\n"
        "| URL | https://berita.contoh.id/harga-cabai |\n"
        "| Penerbit | Warta Contoh |\n\n"
        "Harga cabai naik dua kali lipat.\n"
    )
    meta = source.metadata
    assert meta.title == "Harga Cabai Melonjak di Pasar Induk"
    assert meta.authors == ("Siti Rahma", "Budi Santoso")
    assert meta.published == date(2025, 11, 7)
    assert meta.url == "https://berita.contoh.id/harga-cabai"
    assert meta.publisher == "Warta Contoh"
    assert [b.text for b in source.blocks] == ["Harga Cabai Melonjak",
                                               "Harga cabai naik dua kali lipat."]


def test_field_value_table_with_english_keys():
    source = parse_markdown(
        "| Field | Value |\n|-------|-------|\n| author | Nur Hidayah |\n"
        "| urlshort | http://contoh.id/Ab1 |\n| editor | Dewi |\n\nIsi berita.\n"
    )
    assert source.metadata.authors == ("Nur Hidayah",)
    assert source.metadata.url == "http://contoh.id/Ab1"
    assert [b.text for b in source.blocks] == ["Isi berita."]


def test_front_matter_becomes_metadata():
    source = parse_markdown(
        "---\njudul: Panen Raya di Karawang\npenulis: Dewi Lestari\ntanggal: 2024-03-05\n"
        "bahasa: id\n---\n\n# Panen Raya di Karawang\n\nPetani memanen padi.\n"
    )
    assert source.metadata.title == "Panen Raya di Karawang"
    assert source.metadata.authors == ("Dewi Lestari",)
    assert source.metadata.published == date(2024, 3, 5)
    assert source.metadata.language == "id"
    assert texts(source)[0] == ("headline", "Panen Raya di Karawang")


def test_data_table_is_read_row_by_row_after_its_headers():
    rows = [["Provinsi", "Kasus"], ["---", "---"], ["Jawa Barat", "120"], ["Bali", "45"]]
    assert table_blocks(rows) == ["Provinsi: Jawa Barat; Kasus: 120.", "Provinsi: Bali; Kasus: 45."]
    source = parse_markdown("| Provinsi | Kasus |\n|---|---|\n| Jawa Barat | 120 |\n")
    assert [b.text for b in source.blocks] == ["Provinsi: Jawa Barat; Kasus: 120."]


@pytest.mark.parametrize(("row", "sentence"), [
    # a photo's caption in a row of its own is read as printed, its credit still last
    ("| Warga menanam bakau di pesisir Demak, Sabtu (3/8/2024). (ist) |",
     "Warga menanam bakau di pesisir Demak, Sabtu (3/8/2024). (ist)"),
    ("| Panen raya di Desa Sukamaju. |", "Panen raya di Desa Sukamaju."),
    # a cell not ended so still gets its stop; several cells are joined
    ("| Jawa Barat |", "Jawa Barat."),
    ("| Bali | 45 (naik) |", "Bali; 45 (naik)."),
])
def test_a_one_cell_row_ended_by_a_stop_or_a_bracket_is_read_as_printed(row, sentence):
    assert table_blocks([[row.strip("| ")] if row.count("|") == 2 else
                         [cell.strip() for cell in row.strip("| ").split("|")]]) == [sentence]


def test_lists_quotes_rules_and_images():
    source = parse_markdown(
        "Warga menyampaikan tiga tuntutan.\n\n- Perbaikan jalan desa\n1. Air bersih\n\n"
        "> Kami hanya ingin jalan yang layak,\n> kata seorang warga.\n\n---\n\n"
        '![Jalan rusak](https://contoh.id/j.jpg "Jalan desa yang rusak parah (Foto: Redaksi)")\n'
        "![Sawah](https://contoh.id/s.jpg)\n*Sawah warga yang kering (Foto: Dewi)*\n\n"
        "![tanpa keterangan](https://contoh.id/x.jpg)\n\nPenutup berita.\n"
    )
    assert texts(source) == [
        (None, "Warga menyampaikan tiga tuntutan."),
        ("item", "Perbaikan jalan desa"),
        ("item", "Air bersih"),
        ("quote", "Kami hanya ingin jalan yang layak, kata seorang warga."),
        ("caption", "Jalan desa yang rusak parah (Foto: Redaksi)"),
        ("caption", "Sawah warga yang kering (Foto: Dewi)"),
        (None, "Penutup berita."),
    ]


GLUED = (
    'Jakarta - Pemerintah membangun jalan tol baru.Menteri PUPR Budi Santoso menjelaskan '
    'tujuannya. Proyek itu selesai tahun ini."Jalan ini memangkas waktu tempuh," kata Budi.'
    "1. Jalan TolKementerian PUPR menyelesaikan 200 km jalan tol.2. Bendungan Hingga "
    "IrigasiKementerian PUPR membangun 53 bendungan."
)


def test_a_crawlers_run_on_paragraph_is_cut_back_into_its_parts():
    blocks = parse_text(GLUED).blocks
    assert [(b.text, b.hint) for b in blocks] == [
        ("Jakarta - Pemerintah membangun jalan tol baru.", None),
        ("Menteri PUPR Budi Santoso menjelaskan tujuannya. Proyek itu selesai tahun ini.", None),
        ('"Jalan ini memangkas waktu tempuh," kata Budi.', None),
        ("1. Jalan Tol", "heading"),
        ("Kementerian PUPR menyelesaikan 200 km jalan tol.", None),
        ("2. Bendungan Hingga Irigasi", "heading"),
        ("Kementerian PUPR membangun 53 bendungan.", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # One or two glued ends are a typo, not a crawler's run-on text.
        "Harga beras naik.Pedagang mengeluh. Stok di gudang menipis.Pemerintah diam.",
        # Full stops inside a quotation or a web address are not cut.
        '"Stok aman.Harga turun.Beli saja.Jangan panik," kata Budi.',
        "Sumber: https://warta.id/read/2024/Harga.Beras.Naik.Pedagang.Mengeluh.Stok.Menipis",
        # Abbreviations glued to the next word are no sentence ends.
        "Bantuan diserahkan di Kel.Sukamaju, Kec.Cibinong, Kab.Bogor oleh Prof.Dr.Ir.Budi.",
        "Warga Kp.Cibeureum mengungsi.Rumah Pdt.Yohanes rusak.Gg.Mawar banjir.",
    ],
)
def test_text_that_is_not_run_on_is_left_whole(text: str):
    assert [b.text for b in parse_text(text).blocks] == [text]


def test_a_headline_byline_and_dateline_stacked_without_blank_lines_stay_apart():
    text = ("Wujud Ikan Laut Dalam Pertama Kalinya Tertangkap Kamera\n"
            "Laporan Wartawan Harian.com, Samuel Febrianto\n"
            "HARIAN.COM, CALIFORNIA\n\n"
            "Pernahkah Anda mendengar ikan laut dalam? Sebuah institut berhasil memotretnya.\n")
    assert [b.text for b in parse_text(text).blocks] == [
        "Wujud Ikan Laut Dalam Pertama Kalinya Tertangkap Kamera",
        "Laporan Wartawan Harian.com, Samuel Febrianto", "HARIAN.COM, CALIFORNIA",
        "Pernahkah Anda mendengar ikan laut dalam? Sebuah institut berhasil memotretnya."]


def test_wrapped_lines_after_a_paragraph_pasted_whole_are_joined():
    whole = ("Rencana warga menggugat pemerintah kota didukung anggota dewan. " * 4).strip()
    text = (f"{whole}\n"
            "Ia mencontohkan tanah negara yang menjadi aset pemerintah, seperti kawasan\n"
            "Monumen Nasional dan kantor balai kota yang dikelola langsung oleh negara\n"
            "sejak lama, berbeda dengan lahan yang dikelola masyarakat di kawasan itu.\n")
    assert [b.text for b in parse_text(text).blocks] == [
        whole,
        "Ia mencontohkan tanah negara yang menjadi aset pemerintah, seperti kawasan Monumen "
        "Nasional dan kantor balai kota yang dikelola langsung oleh negara sejak lama, berbeda "
        "dengan lahan yang dikelola masyarakat di kawasan itu."]


def test_a_wrapped_paragraph_whose_lines_open_with_capitals_is_reflowed():
    whole = ("Paragraf pertama ini ditempel utuh dalam satu baris yang sangat panjang tanpa "
             "dipotong sama sekali oleh penyunting naskah di kantor redaksi kami.")
    wrapped = ["Menteri Keuangan Sri Mulyani menyampaikan kepada wartawan bahwa Anggaran",
               "Pendapatan dan Belanja Negara mengalami defisit yang cukup sebesar Rp",
               "347,6 triliun atau setara 2,38 persen terhadap Produk Domestik Bruto",
               "Indonesia pada akhir tahun lalu."]
    blocks = parse_text(whole + "\n\n" + "\n".join(wrapped) + "\n").blocks
    assert [b.text for b in blocks] == [whole, " ".join(wrapped)]


def test_a_run_on_text_with_short_capitalised_words_before_its_stops_is_still_cut():
    text = ("Gempa mengguncang Bali pada Rabu.Warga Denpasar berhamburan keluar rumah.Sekolah "
            "diliburkan di Bali.Pemerintah mendata kerusakan.")
    assert len(parse_text(text).blocks) == 4


def test_a_headline_byline_date_and_lead_stacked_are_not_one_paragraph():
    text = ("Gempa Magnitudo 5,2 Guncang Bali Rabu Pagi\n"
            "Oleh Budi Santoso, Kontributor Denpasar\n"
            "Rabu, 13 Maret 2024 08:15 WITA\n"
            "DENPASAR - Gempa mengguncang Bali pagi ini.\n\n"
            "Badan Meteorologi, Klimatologi, dan Geofisika mencatat gempa berpusat di laut "
            "sekitar 40 kilometer barat daya Kuta dengan kedalaman 10 kilometer.\n")
    assert len(parse_text(text).blocks) == 5


def test_a_numbered_heading_is_not_cut_inside_a_camel_case_word():
    text = ("Harga ponsel naik.Produsen menahan stok.Toko mengeluh.1. Produk Apple iPhone "
            "15Harga ponsel itu naik tajam.")
    assert "heading" not in [b.hint for b in parse_text(text).blocks]


def test_wrapped_lines_with_a_sentence_ending_inside_are_one_paragraph():
    text = ("Harga Cabai Naik di Bandung\n\n"
            "Harga cabai rawit di pasar tradisional di Kota\n"
            "Bandung naik menjadi Rp 80.000 per kilogram.\n"
            "Pedagang mengeluhkan sepinya pembeli sejak awal\n"
            "Januari 2024.\n")
    assert len(parse_text(text).blocks) == 2


def test_a_headline_over_a_deck_over_the_lead_without_blank_lines_stay_apart():
    lines = ["Gubernur Jawa Barat Tinjau Lokasi Banjir Bandang di Kabupaten Garut",
             "Warga Diminta Waspada Hujan Deras yang Masih Akan Terjadi Sepekan",
             "Banjir bandang menerjang tiga kecamatan di Garut pada Selasa malam.",
             "Sebanyak 200 rumah terendam dan ratusan warga terpaksa mengungsi."]
    rest = ["Gubernur meninjau lokasi banjir pada Rabu pagi dan menyerahkan bantuan logistik "
            "kepada warga yang mengungsi di balai desa dan masjid sekitar lokasi kejadian."] * 2
    text = "\n".join(lines) + "\n\n" + "\n\n".join(rest) + "\n"
    assert [b.text for b in parse_text(text).blocks] == lines + rest


def test_a_wrapped_sentence_opening_with_capitalised_offices_is_one_paragraph():
    wrapped = ["Menurut Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten",
               "Garut Satria Budi, banjir bandang merendam ratusan rumah warga di",
               "Desa Sukamaju dan Desa Mekarsari sejak Minggu malam hingga pagi."]
    whole = ("Paragraf berikutnya ditulis utuh dalam satu baris panjang tanpa dipotong oleh "
             "penyunting naskah redaksi kami di Jakarta hari ini.")
    blocks = parse_text("\n".join(wrapped) + "\n\n" + whole + "\n").blocks
    assert [b.text for b in blocks] == [" ".join(wrapped), whole]


def test_run_on_text_keeps_a_rank_with_its_name_and_cuts_after_a_common_word():
    texts = [b.text for b in parse_text(
        "Acara dipimpin Dandim Kol.Inf.Budi Santoso.Warga hadir.Ibu-ibu memasak.Anak bermain."
        " Harga sayur naik terutama kol.Sementara itu bawang stabil.").blocks]
    assert texts[0] == "Acara dipimpin Dandim Kol.Inf.Budi Santoso."
    assert "Sementara itu bawang stabil." in texts


@pytest.mark.parametrize(
    ("glued", "title", "sentence"),
    [
        ("Sidang Gugatan Wali Kota Bandung Disebut Terima UangKPK berharap saksi datang.",
         "Sidang Gugatan Wali Kota Bandung Disebut Terima Uang",
         "KPK berharap saksi datang."),
        ("Ditanya Soal Panggilan Jaksa, Menteri Bilang Insya AllahMereka adalah pejabat dinas.",
         "Ditanya Soal Panggilan Jaksa, Menteri Bilang Insya Allah",
         "Mereka adalah pejabat dinas."),
        ("Staf Menteri yang Dipanggil Jaksa Pernah Jadi Sekjen MKRomi dianggap berpengaruh.",
         "Staf Menteri yang Dipanggil Jaksa Pernah Jadi Sekjen MK", "Romi dianggap berpengaruh."),
    ],
)
def test_another_articles_title_glued_into_run_on_text_is_furniture(glued, title, sentence):
    text = f"Harga beras naik.Pedagang mengeluh.{glued}Stok di gudang menipis.Pemerintah diam."
    blocks = parse_text(text).blocks
    assert Block(title, "furniture") in blocks
    assert Block(sentence) in blocks


@pytest.mark.parametrize(
    "part",
    [
        # A word with a capital inside is no glued title; nor is a sentence.
        "Video Lengkap Wawancara Menteri Bisa Ditonton di YouTube resmi kementerian.",
        "Perusahaan Rintisan Asal China Resmi Luncurkan DeepSeek untuk pasar Indonesia.",
        "Kepala Dinas Kesehatan Kota Bandung Rina Wulandari mengatakan stok vaksin aman.",
        "Kapolres Metro Jakarta Selatan Kombes Ade Rahmat menangkap YouTuber di rumahnya.",
        "Juara Dunia Dua Kali Francesco Bagnaia Menang di MotoGP seri Mandalika tahun ini.",
    ],
)
def test_run_on_parts_without_a_glued_title_stay_whole(part: str):
    text = f"Harga beras naik.Pedagang mengeluh.{part}Stok di gudang menipis.Pemerintah diam."
    assert part in [b.text for b in parse_text(text).blocks]


STACK_OPENING = (
    "Harga Cabai Naik Jelang Lebaran\n\n"
    "Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan terakhir menurut "
    "pedagang.\n\n"
)
STACK_PARAGRAPH = (
    "Pedagang di Pasar Senen mengatakan pasokan dari Jawa Tengah berkurang karena hujan deras "
    "yang merusak tanaman petani."
)


@pytest.mark.parametrize(("run", "dropped"), [
    # Two other articles' titles stacked over a paragraph, no label: a related-links box.
    ("Petani bawang merugi karena hujan\nMengapa harga beras tak kunjung turun?\n"
     "Stok gula aman jelang Lebaran\n" + STACK_PARAGRAPH,
     ["Petani bawang merugi karena hujan", "Mengapa harga beras tak kunjung turun?",
      "Stok gula aman jelang Lebaran"]),
    # Two are a listing's name and address over its description.
    ("Warung Nasi Goreng Kambing Kebon Sirih\nJalan Kebon Sirih Nomor 5, Jakarta Pusat\n"
     + STACK_PARAGRAPH, []),
    # One title over a paragraph is a section heading.
    ("Apa kata pedagang?\n" + STACK_PARAGRAPH, []),
    # Sentences over a paragraph are captions or paragraphs, not titles.
    ("Pedagang menata cabai di lapak.\nPembeli memilih cabai merah.\n" + STACK_PARAGRAPH, []),
    # Labels of a fact box and list items are not titles.
    ("Komoditas: cabai rawit\nHarga: Rp 80.000 per kilogram\n" + STACK_PARAGRAPH, []),
    ("1. Cabai rawit merah segar\n2. Bawang merah dari Brebes\n" + STACK_PARAGRAPH, []),
    # Titles with no paragraph under them in the same run are left to the segmenter.
    ("Petani bawang merugi karena hujan\nMengapa harga beras tak kunjung turun?", []),
])
def test_titles_stacked_over_a_paragraph_are_furniture(run, dropped):
    blocks = parse_text(STACK_OPENING + run + "\n").blocks
    assert [b.text for b in blocks if b.hint == "furniture"] == dropped


def test_the_first_run_is_the_headline_not_stacked_titles():
    text = ("Harga Cabai Naik Jelang Lebaran\nPedagang mengeluh pasokan berkurang\n"
            + STACK_PARAGRAPH + "\n\n" + STACK_PARAGRAPH + "\n")
    assert [b.hint for b in parse_text(text).blocks] == [None] * 4


# Ragged text: lines broken at varying widths below one column, in mid-sentence, with no
# blank lines between the paragraphs; a paragraph ends where a line ends a sentence.
RAGGED = """\
Kota.id – Wali
Kota Bandung Yana Mulyana memastikan harga beras di pasar tradisional tetap
stabil menjelang bulan puasa tahun ini, meski permintaan mulai naik di sejumlah
pasar sejak awal pekan lalu.
“Stok di gudang cukup sampai tiga bulan ke depan,
jadi warga tidak perlu membeli beras berlebihan. Kami juga memantau harga
setiap hari bersama petugas,” kata Yana di Balai Kota Bandung, Senin (4/3).
Yana menambahkan, pasokan dari daerah penghasil
masih lancar. Karena itu pedagang diminta tidak menaikkan harga seenaknya dan
tetap melayani pembeli seperti biasa.
“Pekan
depan kami menggelar operasi pasar di tiga kecamatan sekaligus bersama Bulog
dan dinas terkait agar harga kembali normal,” ujar Yana kepada wartawan.
Sebelumnya Dinas Perdagangan mencatat harga beras medium
naik tipis menjadi Rp 12.500 per kilogram dibanding bulan lalu yang masih Rp
12.300 per kilogram (per
pekan). Harga beras premium tidak berubah sejak awal tahun.
Harga
cabai justru turun karena panen raya berlangsung di sejumlah daerah penghasil
di Jawa Barat.
"""


@pytest.mark.parametrize("paragraph", [
    "Kota.id – Wali",
    "Kota Bandung Yana Mulyana memastikan harga beras di pasar tradisional tetap stabil "
    "menjelang bulan puasa tahun ini, meski permintaan mulai naik di sejumlah pasar sejak awal "
    "pekan lalu.",
    "“Stok di gudang cukup sampai tiga bulan ke depan, jadi warga tidak perlu membeli beras "
    "berlebihan. Kami juga memantau harga setiap hari bersama petugas,” kata Yana di Balai Kota "
    "Bandung, Senin (4/3).",
    "Yana menambahkan, pasokan dari daerah penghasil masih lancar. Karena itu pedagang diminta "
    "tidak menaikkan harga seenaknya dan tetap melayani pembeli seperti biasa.",
    "“Pekan depan kami menggelar operasi pasar di tiga kecamatan sekaligus bersama Bulog dan "
    "dinas terkait agar harga kembali normal,” ujar Yana kepada wartawan.",
    "Sebelumnya Dinas Perdagangan mencatat harga beras medium naik tipis menjadi Rp 12.500 per "
    "kilogram dibanding bulan lalu yang masih Rp 12.300 per kilogram (per pekan). Harga beras "
    "premium tidak berubah sejak awal tahun.",
    "Harga cabai justru turun karena panen raya berlangsung di sejumlah daerah penghasil di "
    "Jawa Barat.",
])
def test_ragged_lines_are_rejoined_by_their_sentences(paragraph):
    assert wrap_width(RAGGED.splitlines()) is not None
    blocks = [b.text for b in parse_text(RAGGED).blocks]
    assert paragraph in blocks
    assert len(blocks) == 7


@pytest.mark.parametrize("text, paragraphs", [
    # One loose break going on in lower case is not enough: the text is wrapped at a column.
    (WRAPPED.replace("relawan mengevakuasi warga", "relawan\nmengevakuasi warga"), 6),
    # At one column a sentence ending on a full line goes on in its paragraph.
    (WRAPPED, 6),
])
def test_text_wrapped_at_one_column_is_not_taken_for_ragged(text, paragraphs):
    assert len(parse_text(text).blocks) == paragraphs


_WHOLE_LINES = [
    "Sutradara film itu berharap karyanya memantik percakapan tentang kondisi sosial di kota.",
    '"Kami tidak sedang membuat tontonan yang ringan, tapi kami ingin ceritanya mudah diikuti '
    "oleh siapa saja yang menonton, termasuk",
    'anak muda di kampung-kampung," kata Joko, Senin (14/4).',
    "Keterangan foto tentang pemutaran perdana film itu di sebuah bioskop di pusat kota "
    "Jakarta pada malam hari",
    "zoom-in-whitePerbesar",
    "Sorotan Kritikus Film Terhadap Karya Terbaru",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A paragraph pasted whole, cut once in mid-sentence: its lower-case rest rejoins it.
        (_WHOLE_LINES[:3], [_WHOLE_LINES[0], f"{_WHOLE_LINES[1]} {_WHOLE_LINES[2]}"]),
        # An icon label under a long caption ends no sentence: it stays a line of its own.
        (_WHOLE_LINES[3:5], _WHOLE_LINES[3:5]),
        # A capitalised line after the long one is a line of its own.
        ([_WHOLE_LINES[3], _WHOLE_LINES[5]], [_WHOLE_LINES[3], _WHOLE_LINES[5]]),
    ],
)
def test_a_paragraph_pasted_whole_and_cut_once_is_rejoined(lines: list[str],
                                                           expected: list[str]) -> None:
    assert [b.text for b in parse_text("\n".join(lines) + "\n").blocks] == expected


_SITE_LEAD_LINES = [
    "Warga Sukamaju Mulai Panen Harga Gabah Naik Lagi",
    "Tampak petani di Desa Sukamaju memanen padi yang mulai menguning di sawah milik "
    "kelompok tani setempat.-Rina Sari-Kabar Sukamaju",
    "sukamajunews.id - Petani di Kecamatan Sukamaju mulai memanen padi sejak dua pekan "
    "terakhir, dan harga gabah di tingkat petani naik dibanding musim lalu menurut warga.",
    "Kepala desa mengatakan panen tahun ini lebih baik karena hujan turun tepat waktu dan "
    "serangan hama jauh berkurang dibanding tahun lalu di seluruh desa.",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A lead opening with a site's name in lower case under lines pasted whole is a
        # paragraph of its own, and the title over them is no wrapped column's first line.
        (_SITE_LEAD_LINES, _SITE_LEAD_LINES),
        # A lower-case line going on from a long line, no site named, still rejoins it.
        ([_SITE_LEAD_LINES[3][:-1] + " menurut", "warga yang ditemui di sawah."],
         [_SITE_LEAD_LINES[3][:-1] + " menurut warga yang ditemui di sawah."]),
    ],
)
def test_a_lead_opening_with_a_lower_case_site_is_its_own_paragraph(lines, expected):
    assert [b.text for b in parse_text("\n".join(lines) + "\n").blocks] == expected


def test_a_byline_and_a_deck_stacked_over_the_lead_are_no_related_titles():
    text = ("Harga BBM Naik Mulai Sabtu\n\nHarga Pertalite Jadi Rp10.000 per Liter\n"
            "Harga Solar Jadi Rp6.800 per Liter\nRina Sari Wulandari - detikFinance\n"
            + STACK_PARAGRAPH + "\n\n" + STACK_PARAGRAPH + "\n")
    assert [b.hint for b in parse_text(text).blocks].count("furniture") == 0


_WHOLE_BEFORE = ("Dinas kesehatan kabupaten mencatat penurunan kasus gizi buruk pada tahun ini "
                 "dibandingkan tahun lalu di seluruh kecamatan.")
_WHOLE_AFTER = ("Menurut dia, keberhasilan itu berkat kerja sama puskesmas, kader posyandu dan "
                "pemerintah desa selama setahun terakhir.")


@pytest.mark.parametrize(("lines", "paragraphs"), [
    (["Ia menyampaikan hal itu berdasarkan",
      "laporan dinas kesehatan tahun ini, bahwa angka gizi buruk turun."],
     ["Ia menyampaikan hal itu berdasarkan laporan dinas kesehatan tahun ini, "
      "bahwa angka gizi buruk turun."]),
    (["Bantuan itu diserahkan kepada warga di", "kantor desa pada Senin pagi."],
     ["Bantuan itu diserahkan kepada warga di kantor desa pada Senin pagi."]),
    # The next line opening in capitals starts a paragraph of its own.
    (["Ia datang bersama istri dan", "Anak-anaknya menunggu di rumah."],
     ["Ia datang bersama istri dan", "Anak-anaknya menunggu di rumah."]),
])
def test_a_line_stopping_on_a_preposition_or_conjunction_joins_the_next(lines, paragraphs):
    text = "\n".join([_WHOLE_BEFORE, *lines, _WHOLE_AFTER])
    assert [b.text for b in parse_text(text).blocks] == [_WHOLE_BEFORE, *paragraphs, _WHOLE_AFTER]


# Ragged text shaped like a news site's copy: paragraphs parted by blank lines or not, their
# first lines short, the rest broken at varying widths in mid-sentence.
_RAGGED_BLOCKS = """Harga Tiket Kereta Naik Jelang Libur Panjang

PENUMPANG kereta jarak jauh meningkat tajam menjelang libur panjang. Tiket
untuk perjalanan ke Jawa Tengah dan Jawa Timur sudah hampir habis terjual
sejak awal pekan lalu.

Menurut Direktur Utama PT
KAI Budi Santoso, kereta tambahan disiapkan untuk melayani penumpang yang
mudik pada akhir pekan ini. Tiket untuk perjalanan jarak jauh sudah hampir
habis terjual di semua stasiun.

Alasan lain kenapa tiket dijual
lewat aplikasi adalah soal antrean. Dengan sistem baru itu, pihaknya
berharap loket tidak lagi penuh saat libur panjang. ’’Antrean pasti berkurang.
Penumpang juga lebih nyaman. Harapan kami seperti itu,’’ ucapnya.

Petugas stasiun menambahkan, penumpang
diminta datang satu jam sebelum keberangkatan. "Kami akan memeriksa tiket.
"Penumpang tanpa tiket tidak boleh masuk peron," kata petugas itu kepada
wartawan.
"""
_RAGGED_LINES = """Harga cabai di pasar tradisional kembali naik sejak awal pekan ini karena
pasokan dari daerah penghasil berkurang.
Seorang pedagang, Sumarni (50), mengeluhkan harga
yang terus naik sejak musim hujan datang tiga minggu lalu di semua pasar kota.
"Kalau bisa harga cabai kembali seperti bulan
Januari yang masih Rp40.000 per kilogram," kata Sumarni kepada wartawan di
pasar.
Baca Juga: Harga Beras Medium Turun di Pasar Induk Kota Bandung Pekan Ini
Kepala Dinas Perdagangan, Ahmad Yani
mengatakan pasokan dari daerah penghasil mulai lancar kembali sejak kemarin
sehingga harga diperkirakan turun dalam beberapa hari ke depan.
Pasokan Mulai Lancar Kembali
Pedagang di pasar induk mencatat kiriman cabai dari Garut naik dua kali lipat
dibanding pekan lalu, sehingga stok di kios kembali penuh.
"""


@pytest.mark.parametrize(("text", "paragraph"), [
    # A company's legal form needs its name after it: the line goes on, whatever its case.
    (_RAGGED_BLOCKS, "Menurut Direktur Utama PT KAI Budi Santoso, kereta tambahan disiapkan "
     "untuk melayani penumpang yang mudik pada akhir pekan ini. Tiket untuk perjalanan jarak "
     "jauh sudah hampir habis terjual di semua stasiun."),
    # A quotation left open on a line the next line closes goes on across the break …
    (_RAGGED_BLOCKS, "Alasan lain kenapa tiket dijual lewat aplikasi adalah soal antrean. "
     "Dengan sistem baru itu, pihaknya berharap loket tidak lagi penuh saat libur panjang. "
     "’’Antrean pasti berkurang. Penumpang juga lebih nyaman. Harapan kami seperti itu,’’ "
     "ucapnya."),
    (_RAGGED_LINES, '"Kalau bisa harga cabai kembali seperti bulan Januari yang masih Rp40.000 '
     'per kilogram," kata Sumarni kepada wartawan di pasar.'),
    # … but a line opening a quotation of its own is the quotation's next paragraph.
    (_RAGGED_BLOCKS, "Petugas stasiun menambahkan, penumpang diminta datang satu jam sebelum "
     'keberangkatan. "Kami akan memeriksa tiket.'),
    (_RAGGED_BLOCKS, '"Penumpang tanpa tiket tidak boleh masuk peron," kata petugas itu kepada '
     "wartawan."),
    # A link to another article is a line of its own: it takes no paragraph with it.
    (_RAGGED_LINES, "Baca Juga: Harga Beras Medium Turun di Pasar Induk Kota Bandung Pekan Ini"),
    (_RAGGED_LINES, "Kepala Dinas Perdagangan, Ahmad Yani mengatakan pasokan dari daerah "
     "penghasil mulai lancar kembali sejak kemarin sehingga harga diperkirakan turun dalam "
     "beberapa hari ke depan."),
    # A heading over its paragraph, with no mark or word left hanging, stays apart.
    (_RAGGED_LINES, "Pasokan Mulai Lancar Kembali"),
])
def test_ragged_lines_go_on_over_a_hanging_word_or_an_open_quotation(text, paragraph):
    lines = text.splitlines()
    assert wrap_width(lines) is not None
    assert paragraph in [b.text for b in parse_text(text).blocks]


@pytest.mark.parametrize(("lines", "paragraphs"), [
    # A copy that starts a new line at each linked word: one sentence over several lines.
    (["Budi Santoso mengatakan pasar ikan",
      "online di Sukamaju makin ramai. Pedagang menjual lewat",
      "aplikasi setiap pagi."],
     ["Budi Santoso mengatakan pasar ikan online di Sukamaju makin ramai. "
      "Pedagang menjual lewat aplikasi setiap pagi."]),
    # A bracket left open, closed on the next line, even when that line opens in capitals.
    (["Kepala Dinas Kelautan dan Perikanan (", "DKP) Sukamaju menutup pelabuhan."],
     ["Kepala Dinas Kelautan dan Perikanan (DKP) Sukamaju menutup pelabuhan."]),
    # A lead after its dateline that ends no sentence goes on into the next line, a piece
    # that ends none either.
    (["SUKAMAJU, KOMPAS.com -- Kepala Dinas Kelautan dan Perikanan (DKP)",
      "Rina Sari mengatakan pelabuhan", "ditutup selama tiga hari."],
     ["SUKAMAJU, KOMPAS.com -- Kepala Dinas Kelautan dan Perikanan (DKP) "
      "Rina Sari mengatakan pelabuhan ditutup selama tiga hari."]),
    # A lead that only lost its stop, a whole sentence after it: two paragraphs.
    (["SUKAMAJU - Gudang pupuk milik koperasi tani terbakar pada Senin malam (3/3)",
      "Api diduga berasal dari korsleting listrik di bagian belakang gudang."],
     ["SUKAMAJU - Gudang pupuk milik koperasi tani terbakar pada Senin malam (3/3)",
      "Api diduga berasal dari korsleting listrik di bagian belakang gudang."]),
    # A heading over a paragraph opening in capitals stays a heading.
    (["Harga Ikan Naik di Sukamaju", "Nelayan libur melaut sejak Senin."],
     ["Harga Ikan Naik di Sukamaju", "Nelayan libur melaut sejak Senin."]),
    # A line ending a sentence, or a list's colon, is not cut in mid-sentence.
    (["Nelayan libur melaut sejak Senin.", "warga menunggu cuaca membaik."],
     ["Nelayan libur melaut sejak Senin.", "warga menunggu cuaca membaik."]),
    # A date line is no lead cut short.
    (["Sukamaju, Senin (3/6/2024)", "Rina Sari menutup pelabuhan."],
     ["Sukamaju, Senin (3/6/2024)", "Rina Sari menutup pelabuhan."]),
    # A long sentence broken before an acronym, a preposition after it.
    (["Sidang berlangsung hampir tiga jam dan ditutup dengan penyerahan Draf",
      "RAPBD oleh Sekda Sukamaju kepada pimpinan DPRD."],
     ["Sidang berlangsung hampir tiga jam dan ditutup dengan penyerahan Draf "
      "RAPBD oleh Sekda Sukamaju kepada pimpinan DPRD."]),
    # A heading in lower case over a paragraph opening with an acronym and its verb.
    (["Warga berharap pemerintah segera turun tangan atasi banjir",
      "BPBD mengirim perahu karet ke Desa Sukamaju."],
     ["Warga berharap pemerintah segera turun tangan atasi banjir",
      "BPBD mengirim perahu karet ke Desa Sukamaju."]),
    # ...or by acronyms and "dan": a paragraph may open so.
    (["Warga desa tolak rencana pembangunan tambang batu di lereng gunung",
      "PT ABC dan pemerintah desa menggelar sosialisasi di balai desa."],
     ["Warga desa tolak rencana pembangunan tambang batu di lereng gunung",
      "PT ABC dan pemerintah desa menggelar sosialisasi di balai desa."]),
])
def test_a_sentence_broken_at_linked_words_is_rejoined(lines, paragraphs):
    assert [b.text for b in parse_text("\n".join(lines) + "\n").blocks] == paragraphs


@pytest.mark.parametrize(("paragraph", "blocks"), [
    # a photo's credit whose last name runs into the lead's dateline: cut off, not read
    ("Foto: KABAR/Rina SariJakarta - Warga menyegel kantor desa pada Senin pagi.",
     [("furniture", "Foto: KABAR/Rina Sari"),
      (None, "Jakarta - Warga menyegel kantor desa pada Senin pagi.")]),
    # no dateline after the capital inside the word: the line is kept as written
    ("Foto: KABAR/Rina SariDewi menyegel kantor desa pada Senin pagi.",
     [(None, "Foto: KABAR/Rina SariDewi menyegel kantor desa pada Senin pagi.")]),
])
def test_a_photo_credit_glued_to_the_dateline_is_cut_off(paragraph, blocks):
    assert texts(parse_text(paragraph + "\n")) == blocks


CELL_CAPTION = "Petugas menunjukkan barang bukti di Mapolres Sukamaju"
CELL_LEAD = ("SUKAMAJU - Polisi menangkap seorang warga Sukamaju yang menyimpan barang bukti "
             "di rumahnya pada Jumat malam.")


@pytest.mark.parametrize(("text", "hint"), [
    # a caption in the table cell under a photo's cell: a caption
    (f"![](foto.jpg) |\n{CELL_CAPTION} |\n{CELL_LEAD}", "caption"),
    # no photo's cell above it: the line is read as it is
    (f"{CELL_CAPTION} |\n{CELL_LEAD}", None),
    # no cell's bar closing it: the text goes on under the photo
    (f"![](foto.jpg) |\n{CELL_CAPTION}\n\n{CELL_LEAD}", None),
])
def test_a_caption_in_the_cell_under_a_photo_is_a_caption(text, hint) -> None:
    blocks = parse_text(text).blocks
    assert next(b.hint for b in blocks if b.text.startswith("Petugas")) == hint


CAPTION_OVER_LEAD = (
    "Petani Sukamaju Mulai Panen Raya Padi Tahun Ini di Sawah Desa\n"
    "Inilah hamparan sawah di Desa Sukamaju yang mulai menguning dan para petani di desa itu "
    "mulai turun panen{tail}\n"
    "{lead}Petani padi di Kecamatan Sukamaju mulai turun panen sejak dua pekan terakhir "
    "dan sebagian besar sawah di wilayah itu kini sudah hampir selesai dipanen oleh warga.\n"
    "Harga gabah kering di tingkat petani musim ini naik dibanding musim lalu, kata para "
    "pedagang yang ditemui di desa itu pada hari Minggu pagi bersama petugas dinas.\n"
)


@pytest.mark.parametrize(("tail", "lead", "blocks"), [
    # a headline over lines pasted whole: no wrapping; a caption closing on its credit stays
    # apart from a lead opening on a lower-case site name
    (".-Rina Sari-Harian Sukamaju", "harian.id - ", 4),
    # or on a lower-case word: the credit ends the caption all the same
    (".-Rina Sari-Harian Sukamaju", "sementara itu ", 4),
    # a sentence stopping short, no credit: the lower-case line goes on from it, as before
    (" bersama warga desa", "sementara itu ", 3),
    # unless that line opens with a site's dateline: a lead of its own
    (" bersama warga desa", "harian.id - ", 4),
])
def test_a_credited_caption_is_not_joined_to_a_lower_case_lead(tail, lead, blocks):
    parsed = [b.text for b in parse_text(CAPTION_OVER_LEAD.format(tail=tail, lead=lead)).blocks]
    assert parsed[0] == "Petani Sukamaju Mulai Panen Raya Padi Tahun Ini di Sawah Desa"
    assert len(parsed) == blocks


@pytest.mark.parametrize(("line", "text"), [
    # a paragraph leaked as raw HTML: the tags wrapping the whole line are never read
    ("<p>Rina Sari saat meninjau banjir di Sukamaju. </p>",
     "Rina Sari saat meninjau banjir di Sukamaju."),
    ('<figcaption class="foto">Warga Sukamaju antre beras.</figcaption>',
     "Warga Sukamaju antre beras."),
    # a sentence naming a tag is read as it is
    ("Tag <p> membuka paragraf di halaman web.", "Tag <p> membuka paragraf di halaman web."),
])
def test_html_tags_wrapping_a_whole_line_are_not_read(line: str, text: str) -> None:
    assert parse_text(f"Banjir Rendam Sukamaju\n\n{line}\n").blocks[-1].text == text
