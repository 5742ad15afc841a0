"""Links under a repeated rubric in capitals and a reporter's bracketed first name at the end
are dropped; a headline in capitals and the text's own bracketed words are read."""

from __future__ import annotations

import pytest
from readings import segment_lines

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."
MORE = "Pemerintah berjanji menggelar operasi pasar di semua kecamatan mulai besok pagi."
LINK_ONE = "KABAR TERKINI – HARGA CABAI TURUN DI PASAR KOTA"
LINK_TWO = "KABAR TERKINI – JALAN DESA RUSAK DITERJANG BANJIR"



def test_links_under_a_repeated_rubric_are_dropped() -> None:
    article = segment_lines(HEADLINE, LEAD, LINK_ONE, BODY, LINK_TWO, MORE)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph", "paragraph"]
    assert article.dropped == (LINK_ONE, LINK_TWO)


@pytest.mark.parametrize("lines", [
    (HEADLINE, LEAD, LINK_ONE, BODY, MORE),  # one such line alone is left
    (HEADLINE, LEAD, "KABAR TERKINI – Harga Cabai Turun di Pasar", BODY,
     "KABAR TERKINI – Jalan Desa Rusak Diterjang Banjir", MORE),  # titles not in capitals
    (HEADLINE, LEAD, "BANDUNG – Harga cabai turun di pasar kota pekan ini.", BODY,
     "BANDUNG – Jalan desa rusak diterjang banjir kemarin sore.", MORE),  # datelines
    # a rubric heading two sections, and a schedule in capitals: no link rubric
    (HEADLINE, LEAD, "TANTANGAN UTAMA – HARGA PANGAN YANG TERUS NAIK", BODY,
     "TANTANGAN UTAMA – INVESTASI YANG MASIH SEPI", MORE),
    (HEADLINE, LEAD, "SABTU - PERSIB VS PERSIJA (15.30 WIB)",
     "SABTU - AREMA FC VS PSM MAKASSAR (19.00 WIB)", MORE),
])
def test_lines_in_capitals_without_a_repeated_rubric_stay(lines: tuple[str, ...]) -> None:
    assert segment_lines(*lines).dropped == ()


@pytest.mark.parametrize("name", ["(Sofyan)", "(Rina)", "(Rina Sari)", "(Budi Santoso Putra)"])
def test_a_reporters_first_name_after_the_last_paragraph_is_dropped(name: str) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, name)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert article.dropped == (name,)


@pytest.mark.parametrize("lines", [
    (HEADLINE, LEAD, BODY, "(Bersambung)"),
    (HEADLINE, LEAD, BODY, "(Persero)"),
    (HEADLINE, LEAD, "Pasokan dari daerah berkurang, kata", "(Sofyan)"),  # no finished sentence
    (HEADLINE, LEAD, "Pedagang menyebut stok sudah mulai habis sejak awal bulan.", "(Habis)"),
    (HEADLINE, "Lokasi pasar berada di jalan cempaka kota lama.", BODY, "(Cempaka)"),
    (HEADLINE, LEAD, "\"Ilmu yang tidak diamalkan bagaikan pohon yang tidak berbuah.\"",
     "(Hamzah)"),  # a saying's author under it
    # a note of the text's own in title case: one of its words is used in lower case
    (HEADLINE, LEAD, "Operasi pasar digelar setiap pekan, jadwal dapat berubah.",
     "(Jadwal Dapat Berubah)"),
    (HEADLINE, LEAD, BODY, "(Bersambung Pekan Depan)"),
    # an editor's note or a serial's part, none of its words in the text
    (HEADLINE, LEAD, BODY, "(Jadwal Bisa Berubah)"),
    (HEADLINE, LEAD, BODY, "(Bagian Pertama)"),
])
def test_the_texts_own_bracketed_words_stay(lines: tuple[str, ...]) -> None:
    assert segment_lines(*lines).dropped == ()


@pytest.mark.parametrize("label", ["Tags:", "Tag :", "Topik Artikel :", "Tag Artikel:"])
def test_tags_run_together_after_a_bare_label_are_dropped(label: str) -> None:
    tags = "Beras Cabai harga pasar pedagang inflasi"
    article = segment_lines(HEADLINE, LEAD, BODY, label, tags)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert tags in article.dropped


@pytest.mark.parametrize("after", [
    "Harga beras naik karena pasokan dari daerah berkurang sejak awal bulan ini.",
    "Pedagang di pasar induk, petani di desa, dan pemerintah daerah sama sama menunggu panen "
    "raya yang diperkirakan datang bulan depan tanpa hujan",
])
def test_a_sentence_after_a_tag_label_is_read(after: str) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, "Tags:", after)
    assert after not in article.dropped


def test_a_seminars_topic_under_its_label_is_read() -> None:
    topic = "Transformasi Digital UMKM di Era Ekonomi Hijau"
    assert topic not in segment_lines(HEADLINE, LEAD, "Topik:", topic, BODY).dropped


@pytest.mark.parametrize(("label", "credit"), [
    ("Photo :", "• KORAN/Rina Sari."),
    ("Foto:", "Harian.com/Budi Santoso"),
    ("Sumber :", "• ANTARA/Dewi Lestari Putri"),
])
def test_a_credit_under_a_bare_label_is_dropped(label: str, credit: str) -> None:
    article = segment_lines(HEADLINE, LEAD, label, credit, BODY)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert credit in article.dropped


@pytest.mark.parametrize(("caption", "label", "credit"), [
    ("Direktur Utama PT Maju Jaya, Rina Sari,", "Photo :", "- Dokumentasi Maju Jaya."),
    ("Kepala Dinas Pertanian Kota Bogor, Budi Santoso.", "Sumber :",
     "• Harian.co.id/Dewi Lestari (Bogor)"),
    ("Pedagang beras di pasar induk Cipinang", "Photo :", "• ANTARA"),
])
def test_the_line_over_a_labelled_credit_is_its_caption(caption, label, credit) -> None:
    article = segment_lines(HEADLINE, LEAD, caption, label, credit, BODY)
    assert [s.kind for s in article.segments] == ["headline", "lead", "caption", "paragraph"]
    assert article.segments[2].text == caption
    assert credit in article.dropped


@pytest.mark.parametrize(("above", "label", "credit"), [
    # a paragraph ended by a full stop; a quotation; a source list's dash under "Sumber :"
    ("Operasi pasar digelar di lima kecamatan mulai besok.", "Photo :", "• ANTARA"),
    ("“Harga beras akan turun pekan depan,” kata Rina Sari.", "Foto:", "• ANTARA"),
    ("Data produksi beras nasional", "Sumber :", "- Badan Pusat Statistik"),
    # a sentence ending with an office and a name after a comma is no portrait's caption
    ("Beras itu dibagikan di kantor desa oleh Wali Kota Bogor, Budi Santoso.", "Foto :",
     "- Dokumentasi Pemkot Bogor."),
])
def test_a_paragraph_over_a_labelled_credit_stays_text(above, label, credit) -> None:
    article = segment_lines(HEADLINE, LEAD, above, label, credit, BODY)
    assert "caption" not in [s.kind for s in article.segments]
    assert above not in article.dropped


@pytest.mark.parametrize(("above", "label", "items"), [
    # a list of the text's own under a label: every item is read, the line above too
    ("Data dalam tulisan ini dihimpun dari beberapa lembaga", "Sumber :",
     ["- Badan Pusat Statistik", "- Bank Indonesia", "- Dinas Perdagangan"]),
    ("Keterangan ini dihimpun dari dua pihak berikut", "Sumber :",
     ["• Dinas PUPR Bogor", "• Forum Warga Ciawi"]),
    ("Menurut Rina, ada dua alat yang wajib dibawa", "Photo :", ["- Tripod Kokoh", "- Filter ND"]),
    ("Pameran ini menampilkan karya tiga fotografer muda", "Photo :",
     ["• Andi Pratama", "• Sari Dewi", "• Bima Sakti"]),
])
def test_a_list_under_a_credit_label_is_read_whole(above, label, items) -> None:
    article = segment_lines(HEADLINE, LEAD, above, label, *items, BODY)
    assert "caption" not in [s.kind for s in article.segments]
    assert not set(items) & set(article.dropped)
    assert above in [s.text for s in article.segments]


@pytest.mark.parametrize("after", [
    "Dana/bantuan Disalurkan Lewat Desa.",  # lower case after the slash: text
    "Harga beras naik di Jakarta/Bogor pekan ini karena pasokan berkurang.",
    "KORAN/Rina Sari menulis laporan panjang tentang pasar itu",
])
def test_text_under_a_credit_label_is_read(after: str) -> None:
    article = segment_lines(HEADLINE, LEAD, "Foto:", after, BODY)
    assert after not in article.dropped


REPUBLICATION_WARNING = ("Dilarang mengambil dan/atau menayangkan ulang sebagian atau "
                         "keseluruhan berita")


def test_a_notice_broken_over_two_lines_is_dropped_whole() -> None:
    tail = "ini untuk akun media sosial komersial tanpa izin tertulis redaksi."
    article = segment_lines(HEADLINE, LEAD, BODY, REPUBLICATION_WARNING, tail)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert article.dropped == (REPUBLICATION_WARNING, tail)


@pytest.mark.parametrize("lines", [
    # a capitalised sentence after the notice, a finished notice, a ban in the news
    (REPUBLICATION_WARNING, "Harga beras di pasar induk kembali turun pekan ini."),
    (f"{REPUBLICATION_WARNING} ini tanpa izin redaksi.", "dan harga beras kembali turun."),
    ("Dilarang memuat ulang berita bohong soal beras", "demikian imbauan polisi pekan ini."),
    # a ban someone announces: the line after it says who, the text's own
    ("Dilarang mengambil atau menayangkan ulang sebagian atau keseluruhan karya peserta",
     "tanpa izin panitia, kata Ketua Panitia Rina Sari saat membuka lomba."),
])
def test_the_line_after_a_finished_or_absent_notice_is_read(lines: tuple[str, str]) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, *lines)
    assert lines[1] in [s.text for s in article.segments]


TEASER_ONE = "Sukamaju – Polsek Sukamaju menggelar razia kendaraan setelah menerima laporan…"
TEASER_TWO = "Sukamaju,- Satreskrim Polres Sukamaju menangkap dua orang pelaku pencurian.…"


@pytest.mark.parametrize(("last", "initials"), [
    ("Pendaftaran ditutup Kamis malam. (rin12***)", "(rin12***)"),
    ("Pendaftaran ditutup Kamis malam. (rin)", "(rin)"),
])
def test_cut_off_teasers_after_the_closing_initials_are_dropped(last: str, initials: str):
    article = segment_lines(HEADLINE, LEAD, BODY, last, TEASER_ONE, TEASER_TWO)
    assert article.segments[-1].text == "Pendaftaran ditutup Kamis malam."
    assert article.dropped == (initials, TEASER_ONE, TEASER_TWO)


@pytest.mark.parametrize("lines", [
    # no initials close the paragraph before: a quotation trailing off is the text's
    (HEADLINE, LEAD, BODY, "Pendaftaran ditutup Kamis malam.", TEASER_ONE),
    (HEADLINE, LEAD, BODY, "Pendaftaran ditutup Kamis malam. (rin)", "Stok masih aman, katanya."),
])
def test_a_line_trailing_off_with_no_initials_before_it_is_read(lines: tuple[str, ...]):
    assert segment_lines(*lines).segments[-1].text == lines[-1]


BLURB_ONE = "Banjir di Sukamaju kian meluas dan merendam ribuan rumah warga di tiga kecamatan."
BLURB_TWO = "Menurutnya hal itu terjadi karena sistem pendaftaran daring sempat mati. Salah satu"


@pytest.mark.parametrize("last", [
    "Pendaftaran ditutup Kamis malam. (OL-8)",
    '"Kami siap," kata Rina. (OL-8)',
    "Pendaftaran ditutup Kamis malam. (rin/ant)",
])
def test_other_stories_blurbs_after_the_closing_initials_are_dropped(last: str) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, MORE, last, BLURB_ONE, BLURB_TWO)
    assert BLURB_ONE not in [s.text for s in article.segments]
    assert article.dropped[-2:] == (BLURB_ONE, BLURB_TWO)


def test_a_teasers_title_and_blurb_after_bare_initials_are_dropped() -> None:
    title = "Kapal Perang Terbaru Resmi Dikirim dari Italia, Ini Spesifikasinya"
    article = segment_lines(HEADLINE, LEAD, BODY, MORE, "Pendaftaran ditutup Kamis malam. (rin)",
                            title, BLURB_ONE)
    assert article.dropped[-2:] == (title, BLURB_ONE)


@pytest.mark.parametrize("lines", [
    # an attribution pointing back, a quotation: the text's own
    (HEADLINE, LEAD, BODY, MORE, "Pendaftaran ditutup Kamis malam. (OL-8)",
     "Stok masih aman, katanya."),
    (HEADLINE, LEAD, BODY, MORE, "Pendaftaran ditutup Kamis malam. (OL-8)",
     '"Stok masih aman sampai Lebaran," ujar Budi.'),
    # initials closing an early paragraph: the article goes on after them
    (HEADLINE, LEAD, "Pendaftaran ditutup Kamis malam. (OL-8)", BODY, MORE),
    # no initials, or a bare "(rin)" that may close a quotation in mid-article
    (HEADLINE, LEAD, BODY, MORE, "Pendaftaran ditutup Kamis malam.", BLURB_ONE),
    (HEADLINE, LEAD, BODY, MORE, "Pendaftaran ditutup Kamis malam. (rin)", BLURB_ONE),
])
def test_paragraphs_after_initials_that_point_back_are_read(lines: tuple[str, ...]) -> None:
    spoken = " ".join(s.text for s in segment_lines(*lines).segments)
    assert lines[-1].strip('"').split(",")[0] in spoken


GUARDED = "Petugas menjaga gudang beras di pasar induk setiap malam."
SUMMARY = "MENJAGA harga beras tetap murah. Itulah tugas Rina Sari di pasar induk Sukamaju"


@pytest.mark.parametrize(("lines", "read"), [
    # a summary in the lead's style after the article: a word of the text in capitals, no stop
    ((HEADLINE, LEAD, BODY, MORE, GUARDED, SUMMARY), False),
    # the text's own last paragraph: closed by a stop, or opened by an acronym, or too early
    ((HEADLINE, LEAD, BODY, MORE, GUARDED, f"{SUMMARY}."), True),
    ((HEADLINE, LEAD, BODY, MORE, GUARDED, "BULOG menyalurkan beras ke pasar induk Sukamaju"),
     True),
    ((HEADLINE, LEAD, GUARDED, SUMMARY), True),
    # a copy cut off in its last paragraph, one clause opened in capitals: the text's words
    ((HEADLINE, LEAD, BODY, MORE, GUARDED,
      "SELAIN beras, harga gula di pasar induk juga naik dan diperkirakan terus naik"), True),
])
def test_a_summary_opened_in_capitals_after_the_article(lines: tuple[str, ...], read) -> None:
    article = segment_lines(*lines)
    assert (lines[-1] in [s.text for s in article.segments]) is read
    assert GUARDED in [s.text for s in article.segments]
