"""What a copy of a news page leaves around the article: ages, credits, promotions cut in two,
staff codes, truncated copies of the title, other articles' titles."""

from __future__ import annotations

import pytest
from readings import segment_lines

from dengar.article import segment
from dengar.model import Article
from dengar.plaintext import parse_text

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."



def texts(article: Article) -> list[str]:
    return [s.text for s in article.segments]


@pytest.mark.parametrize("line", [
    "• 6 days ago", "· 3 hours ago", "• 1 week ago",
    "(rina sari – www.harian.com)", "(Budi Santoso - harian.co.id)", "Bagikan artikel ini",
])
def test_a_posts_age_and_a_writers_credit_with_the_sites_address_are_not_read(line) -> None:
    article = segment_lines(line, HEADLINE, LEAD, BODY, line)
    assert texts(article) == [HEADLINE, LEAD, BODY]
    assert article.dropped == (line, line)


@pytest.mark.parametrize("line", [
    "• 6 warga dirawat di puskesmas", "(Rapat dilanjutkan pekan depan)",
    "(Jadwal bisa berubah - tanyakan ke panitia)",
    "(Pendaftaran dibuka hingga akhir bulan - daftar.go.id)",
    "(Informasi lengkap dan formulir - www.beasiswa-jateng.id)",
    "Bagikan artikel ini kepada keluarga Anda agar mereka waspada.",
])
def test_list_items_and_asides_shaped_like_them_are_read(line) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, line)
    assert any(line.lstrip("• ") in text for text in texts(article))


@pytest.mark.parametrize(("last", "kept", "code"), [
    ("Stok beras aman hingga akhir tahun. kbc11", "Stok beras aman hingga akhir tahun.", "kbc11"),
    ("Harga diperkirakan turun bulan depan! ant03", "Harga diperkirakan turun bulan depan!",
     "ant03"),
])
def test_a_bare_staff_code_after_the_last_sentence_is_not_read(last, kept, code) -> None:
    article = segment_lines(HEADLINE, LEAD, last)
    assert texts(article) == [HEADLINE, LEAD, kept]
    assert article.dropped == (code,)


@pytest.mark.parametrize("last", [
    "Stok beras aman hingga akhir tahun. covid",  # a word, no number: not a staff code
    "Stok beras aman hingga tahun 2023",
    "Varian baru itu dinamai ba2",  # no stop before it
])
def test_a_word_after_the_last_sentence_stays(last) -> None:
    article = segment_lines(HEADLINE, LEAD, last)
    assert article.dropped == ()


@pytest.mark.parametrize("line", [
    "Rabu, 1 November 2023 | 16:13 WIB ET", "Senin, 4 Maret 2024 | 09:05 WITA PST",
])
def test_a_date_line_with_a_second_zone_is_a_date(line) -> None:
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert texts(article) == [HEADLINE, LEAD, BODY]


CAPTION = "Warga antre membeli beras murah di pasar induk sejak pagi."


@pytest.mark.parametrize("credit", ["Foto: pek", "Foto: rs", "Photo: abc",
                                    "FOTO: HUMAS", "Foto: Dok",  # a press office, an archive
                                    "Ilustrasi Foto: dok.Harian",  # its outlet glued on
                                    # an outlet's name in one word of mixed case
                                    "Foto: HARIANnews", "Foto: KabarSukamaju"])
def test_a_photographers_initials_after_a_caption_are_not_read(credit) -> None:
    article = segment_lines(HEADLINE, f"{CAPTION} {credit}", LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments][1] == ("caption", CAPTION)
    assert credit in article.dropped


@pytest.mark.parametrize("line", [
    "Warga antre membeli beras murah sejak pagi. Foto: Pasar Induk di Pagi Hari",
    "Warga antre membeli beras murah sejak pagi. Foto: PEK",
    "Warga antre membeli beras murah sejak pagi. Foto: Kenangan",
    "Warga antre membeli beras murah sejak pagi. Ilustrasi foto: kiriman warga Sukamaju",
])
def test_a_sentence_before_no_photographers_initials_is_no_caption(line) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert "caption" not in [s.kind for s in article.segments]


@pytest.mark.parametrize("notice", [
    ("Cek Berita dan Artikel yang lain di", "Google News"),
    ("Ikuti berita terbaru kami melalui", "WhatsApp Channel"),
])
def test_a_notice_broken_over_two_lines_is_not_read(notice) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, *notice)
    assert texts(article) == [HEADLINE, LEAD, BODY]
    assert article.dropped == notice


@pytest.mark.parametrize("after", [
    "Pasar Induk",  # the notice does not end on a preposition: the next line is its own
])
def test_a_short_line_after_a_whole_notice_stays(after) -> None:
    article = segment_lines(HEADLINE, LEAD, "Cek berita dan artikel lainnya", after, BODY)
    assert after in texts(article)


def test_a_heading_after_a_notice_ending_on_a_preposition_stays() -> None:
    notice = "Dapatkan update berita pilihan setiap hari dari kami melalui"
    article = segment_lines(HEADLINE, LEAD, notice, "Menu Andalan", BODY)
    assert "Menu Andalan" in texts(article)


@pytest.mark.parametrize("titles", [
    ["Harga Emas Turun Lagi Pekan Ini",
     "Kritik Lembaga Riset: Aturan Baru No. 10/2025 Dinilai Abaikan Putusan MK dan Hambat "
     "Reformasi Pasar"],
])
def test_long_titles_under_a_related_label_at_the_end_are_not_read(titles) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, "Artikel Terkait", *titles)
    assert texts(article) == [HEADLINE, LEAD, BODY]


def test_a_sentence_after_a_related_label_at_the_end_is_read() -> None:
    closing = "Pemerintah Daerah Akan Menggelar Operasi Pasar Murah di Lima Kecamatan Mulai Besok."
    article = segment_lines(HEADLINE, LEAD, BODY, "Artikel Terkait", closing)
    assert closing in texts(article)


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Warga antre beras di pasar induk.-BUDI/HARIAN -", "Warga antre beras di pasar induk.",
     "-BUDI/HARIAN -"),
    ("Harga beras masih tinggi. Bahkan kini tembus Rp15 ribu.-Rina Sari-harian.com",
     "Harga beras masih tinggi. Bahkan kini tembus Rp15 ribu.", "-Rina Sari-harian.com"),
    ("Gudang beras di Kota Mulia, Kabupaten Puncak Jaya/foto:Rina",
     "Gudang beras di Kota Mulia, Kabupaten Puncak Jaya", "/foto:Rina"),
])
def test_a_credit_glued_to_a_caption_by_a_dash_or_a_slash_is_not_read(line, caption, credit):
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments][1] == ("caption", caption)
    assert credit in article.dropped


@pytest.mark.parametrize("line", [
    "Harga naik dari Rp10 ribu menjadi Rp12 ribu per kg. Stok di gudang Bulog masih aman.",
    "Rapat digelar di ruang Kepala Dinas Pangan/Pertanian Kabupaten Garut.",
])
def test_dashes_and_slashes_inside_sentences_make_no_caption(line) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert "caption" not in [s.kind for s in article.segments]


TITLE = "Gaji 3 Bulan Tak Dibayar, Ratusan Karyawan Pabrik Sepatu Mogok Kerja"


@pytest.mark.parametrize("cut", [
    "Beranda Peristiwa Gaji 3 Bulan Tak Dibayar, Ratusan Karyawan Pabrik...",
    "Home Berita Gaji 3 Bulan Tak Dibayar, Ratusan…",
    "Gaji 3 Bulan Tak Dibayar, Ratusan Karyawan...",
])
def test_a_title_cut_short_over_the_whole_title_is_not_read(cut) -> None:
    article = segment_lines(cut, TITLE, LEAD, BODY)
    assert texts(article) == [TITLE, LEAD, BODY]
    assert article.dropped == (cut,)


@pytest.mark.parametrize(("first", "second"), [
    ("Gaji Tak Dibayar...", "Gaji Tak Dibayar, Ratusan Karyawan Mogok"),  # too short to tell
    ("Warga Menunggu...", "Karyawan Pabrik Sepatu Mogok Kerja Tuntut Gaji"),  # another line
])
def test_an_ellipsis_over_another_line_is_kept(first, second) -> None:
    article = segment_lines(first, second, LEAD, BODY)
    assert article.dropped == ()


@pytest.mark.parametrize(("lines", "headline"), [
    (["Forum Bisnis Harian", "Warga dan Operator Bahu Membahu Bangun Jaringan di Desa", LEAD,
      "Hal itu disampaikan dalam Forum Bisnis Harian pada Kamis malam."],
     "Warga dan Operator Bahu Membahu Bangun Jaringan di Desa"),
    # a short headline over a subtitle in title case: the text never names it again
    (["Harga Beras Melonjak", "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan"],
     "Harga Beras Melonjak"),
    # a short headline over a name, a deck or a short title stays the headline
    (["Harga Beras Naik", "Rina Sari, Budi Santoso, Dewi Lestari"], "Harga Beras Naik"),
    (["Harga Beras Naik", "Pedagang mengeluhkan pasokan yang terus berkurang sejak awal bulan"],
     "Harga Beras Naik"),
    (["Harga Beras Naik", "Pasokan dari Daerah Berkurang"], "Harga Beras Naik"),
    # a topic's tag ending in its year over a longer title; a short title with a year stays
    (["Piala Presiden 2025", "Persib dan Persija Bertemu di Final, Tiket Ludes dalam Sehari"],
     "Persib dan Persija Bertemu di Final, Tiket Ludes dalam Sehari"),
    (["Harga Beras 2025", "Pasokan dari Daerah Berkurang"], "Harga Beras 2025"),
    # the year of the Islamic calendar and its era, in capitals or not
    (["IDUL ADHA 1445 HIJRIAH", "Ribuan Warga Salat Id di Lapangan Merdeka Pagi Ini"],
     "Ribuan Warga Salat Id di Lapangan Merdeka Pagi Ini"),
    (["Ramadan 1446 H", "Pemkot Gelar Pasar Murah di Lima Kecamatan Mulai Besok"],
     "Pemkot Gelar Pasar Murah di Lima Kecamatan Mulai Besok"),
    (["Sambut 1446 Hijriah", "Pawai Obor Digelar"], "Sambut 1446 Hijriah"),
    (["Ramadan 1446 Hijriah", "Pasar murah digelar di lima kecamatan mulai besok pagi"],
     "Ramadan 1446 Hijriah"),
    (["Inflasi Naik pada 2025", "Pedagang mengeluhkan pasokan yang terus berkurang sejak awal"],
     "Inflasi Naik pada 2025"),
    # a topic's words over a title with its own deck, then the byline or a dated lead, the
    # page naming the topic again in a title of its own
    (["Banjir Jakarta", "Ribuan Warga Kampung Melayu Mengungsi, Posko Kekurangan Selimut",
      "Banjir setinggi dua meter merendam ratusan rumah dan memaksa warga mengungsi ke masjid.",
      "Penulis: Rina Sari | Editor: Budi Santoso",
      "Relawan Dirikan Dapur Umum Setelah Banjir Kembali Rendam Jakarta Timur"],
     "Ribuan Warga Kampung Melayu Mengungsi, Posko Kekurangan Selimut"),
    (["Harga Beras Melonjak", "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan",
      "Kenaikan harga membuat pedagang di pasar induk kehilangan separuh pembelinya.",
      "JAKARTA - Harga beras kembali naik pekan ini di hampir semua pasar.",
      "Operasi Pasar Digelar Setelah Harga Beras Kembali Melonjak"],
     "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan"),
    (["Harga Cabai Rawit", "Kementan Minta Daerah Awasi Penetapan Sepihak Harga Cabai Rawit",
      "Pemerintah provinsi menyiapkan surat edaran untuk semua pedagang besar.",
      "Penulis: Rina Sari"],
     "Kementan Minta Daerah Awasi Penetapan Sepihak Harga Cabai Rawit"),
    # the same, the short line never named again: a headline, its subtitle and deck under it
    (["Harga Beras Melonjak", "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan",
      "Kenaikan harga membuat pedagang di pasar induk kehilangan separuh pembelinya.",
      "JAKARTA - Harga beras kembali naik pekan ini di hampir semua pasar."],
     "Harga Beras Melonjak"),
    # its words scattered over a later paragraph's sentences name no topic again
    (["Longsor Tebing Bogor", "Ratusan Warga Mengungsi ke Balai Desa dan Gedung Sekolah",
      "Pemerintah kabupaten menetapkan status tanggap darurat selama dua pekan.",
      "BOGOR - Longsor menimbun tiga kampung di Kabupaten Bogor pada Rabu malam.",
      "Hujan deras turun sejak sore. Longsor Tebing ini juga memutus jalan. Warga Bogor "
      "diminta waspada."],
     "Longsor Tebing Bogor"),
    (["Timnas Lolos Final", "Garuda Muda Tekuk Vietnam Lewat Gol Tunggal di Menit Akhir",
      "Pelatih memuji mental bertanding para pemain muda.",
      "Oleh: Rina Sari"],
     "Timnas Lolos Final"),
    # the subtitle's sentence is the lead itself, or a body line follows: the short headline
    (["Harga Beras Melonjak", "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan",
      "JAKARTA - Kenaikan harga membuat pedagang di pasar induk kehilangan pembeli."],
     "Harga Beras Melonjak"),
    (["Harga Beras Melonjak", "Pedagang di Pasar Induk Mengeluh Sepi Pembeli Sejak Awal Bulan",
      "Kenaikan harga membuat pedagang di pasar induk kehilangan separuh pembelinya.",
      "Pedagang berharap pemerintah segera menggelar operasi pasar di semua kota."],
     "Harga Beras Melonjak"),
])
def test_a_rubrics_name_over_a_longer_title_is_no_headline(lines, headline) -> None:
    article = segment_lines(*lines, LEAD, BODY)
    assert article.title == headline


def test_the_dash_before_a_captions_credit_is_not_read() -> None:
    line = "Ratusan karyawan melakukan aksi mogok kerja - (Rina/Harian.co.id)"
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments][1] == (
        "caption", "Ratusan karyawan melakukan aksi mogok kerja")


LONG_LEAD = ("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari sejumlah daerah "
             "penghasil di Jawa Barat terus berkurang.")


@pytest.mark.parametrize("menu", [[], ["Berita", "Video"]])
def test_a_title_over_its_photo_credit_is_the_headline_not_the_label_under_it(menu) -> None:
    title = "Persib Juara Piala Presiden, Ribuan Bobotoh Padati Jalan Asia Afrika"
    article = segment_lines(*menu, title, "Foto: Instagram @persib", title, "Olahraga",
                            LONG_LEAD, BODY)
    assert article.title == title
    assert "Olahraga" in article.dropped


def test_a_heading_under_a_photo_title_with_a_short_text_after_it_stays() -> None:
    title = "Persib Juara Piala Presiden, Ribuan Bobotoh Padati Jalan Asia Afrika"
    article = segment_lines(title, "Foto: Instagram @persib", title, "Olahraga", LEAD)
    assert "Olahraga" not in article.dropped


@pytest.mark.parametrize("place", ["Jakarta –", "SAMARINDA -"])
def test_a_place_and_a_dash_alone_on_the_first_line_is_no_headline(place) -> None:
    article = segment(parse_text(f"{place}\n{LEAD}\n{BODY}"))
    assert article.title is None
    assert texts(article)[0].startswith(place.split()[0].capitalize())


@pytest.mark.parametrize("line", [
    "Debat Kelima Bahas Ekonomi, Kesehatan, Hukum, Politik dan Teknologi",
    "Program studi baru meliputi bidang kesehatan, hukum, bisnis, teknologi dan sains",
])
def test_a_line_naming_sections_without_a_site_is_kept(line) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.dropped == ()


def test_the_one_title_under_baca_juga_is_a_link_and_the_heading_after_it_stays() -> None:
    article = segment_lines(HEADLINE, LEAD, "Baca Juga:", "Harga Tiket Masuk Festival Tahun Ini",
                            "Menu Andalan dari Sabang Sampai Merauke", BODY)
    assert article.dropped == ("Baca Juga:", "Harga Tiket Masuk Festival Tahun Ini")
    assert [c.title for c in article.chapters][1] == "Menu Andalan dari Sabang Sampai Merauke"


@pytest.mark.parametrize(("line", "kept"), [
    # a list's bullet left glued after an item's last sentence
    ("Rumah sakit wajib menjelaskan layanan yang ditanggung. -",
     "Rumah sakit wajib menjelaskan layanan yang ditanggung."),
    ("Pasien dipulangkan sebelum kondisinya stabil. –",
     "Pasien dipulangkan sebelum kondisinya stabil."),
    # a caption's marker where its credit was
    ("Gedung sekolah itu rusak berat sejak Rabu 10 Januari 2024.--",
     "Gedung sekolah itu rusak berat sejak Rabu 10 Januari 2024."),
])
def test_a_bullet_or_marker_after_the_last_stop_is_not_read(line: str, kept: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert texts(article) == [HEADLINE, LEAD, kept, BODY]


@pytest.mark.parametrize("line", [
    "Harga paket itu Rp 50.000.- per orang.",  # a price's dash
    "Harga tiket masuk Rp 25.000.-",
    "Harga tiket masuk Rp 1.500.000.--",
    "Skor akhir laga itu 2-1 -- kata pelatih.",
    "Pasien dipulangkan sebelum kondisinya stabil - kata dokter.",
])
def test_dashes_the_text_writes_are_read(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert line in texts(article)


def test_a_sites_address_is_no_author() -> None:
    article = segment_lines(HEADLINE, "Kabarkita.com", LEAD, BODY)
    assert article.byline is None
    assert texts(article) == [HEADLINE, LEAD, BODY]


@pytest.mark.parametrize("address", ["lapor.go.id", "cekbansos.kemensos.go.id"])
def test_an_address_the_text_gives_to_visit_is_read(address: str) -> None:
    article = segment_lines(HEADLINE, LEAD, "Pengaduan dapat disampaikan melalui situs:",
                            address, BODY)
    assert any(address in text for text in texts(article))
