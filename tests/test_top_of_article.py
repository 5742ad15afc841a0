"""The top of an article copied from a page: the headline among decks, captions, datelines
and the lines a page prints around them."""

from __future__ import annotations

import pytest
from readings import segment_lines

from dengar.article import _Builder
from dengar.lines import is_furniture
from dengar.model import Article

LEAD = ("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari sejumlah daerah "
        "penghasil di Jawa Barat terus berkurang.")
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."
DECK = ("Pedagang beras kewalahan menghadapi lonjakan harga ini. Betapa tidak, kenaikan "
        "setajam ini terakhir kali terjadi sepuluh tahun silam")



def kinds(article: Article) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in article.segments]


@pytest.mark.parametrize("title", [
    "Harga Beras Naik Tajam, Ulah Tengkulak atau Gagal Panen?",
    "Harga Beras di Jakarta Naik Tajam Menjelang Lebaran",
])
def test_a_deck_printed_over_the_headline_and_again_under_it_is_read_once_under_it(title):
    article = segment_lines(DECK, title, DECK, "Rina Sari | Selasa, 6 Agustus 2019", LEAD, BODY)
    assert article.title == title
    texts = [s.text for s in article.segments]
    assert texts.count(DECK) == 1
    assert texts.index(DECK) == texts.index(title) + 1


@pytest.mark.parametrize("first", [
    # one sentence printed twice, as a photo's title is: still the headline
    "Harga Beras Naik Tajam, Pedagang di Pasar Induk Kewalahan Menghadapi Pembeli",
    # two short sentences: a headline may be so ("Beras Naik. Ini Sebabnya")
    "Harga Beras Naik Lagi. Ini Sebabnya",
    # a long headline of two sentences printed twice around a short rubric
    "Tragis, bocah tenggelam di sungai saat mandi bersama teman. Jasadnya ditemukan dua "
    "kilometer dari lokasi",
])
def test_a_title_printed_twice_over_a_subtitle_stays_the_headline(first):
    article = segment_lines(first, "Pasokan dari Daerah Berkurang", first, LEAD, BODY)
    assert article.title == first


HEADLINE = "Harga Beras Naik Tajam Menjelang Lebaran"
PLACED_LEAD = "JAKARTA - " + LEAD


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, Selasa (8/10/2019). "
     "Stok beras mulai menipis. - ANTARA/Rina Sari",
     "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, Selasa (8/10/2019). "
     "Stok beras mulai menipis.", "ANTARA/Rina Sari"),
    ("Warga antre membeli beras murah di Pasar Johar, Semarang, Selasa, 4 Februari 2025"
     "--Budi Santoso",
     "Warga antre membeli beras murah di Pasar Johar, Semarang, Selasa, 4 Februari 2025",
     "Budi Santoso"),
    # a newspaper or a site named in mixed case before the photographer
    ("Petani memanen padi yang mulai menguning di sawah desa, Bantul, Senin (3/5/2021). "
     "- Harian Mataram/Rina Sari",
     "Petani memanen padi yang mulai menguning di sawah desa, Bantul, Senin (3/5/2021).",
     "Harian Mataram/Rina Sari"),
    ("Pedagang menimbang beras di Pasar Minggu, Jakarta. - BERITAnews/Dimas Pratama",
     "Pedagang menimbang beras di Pasar Minggu, Jakarta.", "BERITAnews/Dimas Pratama"),
])
def test_a_line_under_the_headline_closed_by_a_dashed_credit_is_a_caption(line, caption, credit):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    assert kinds(article)[1] == ("caption", caption)
    assert credit in article.dropped


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Antrean Panjang Pembeli Beras di Pasar Induk. (Kabarkota/Rina Sari)",
     "Antrean Panjang Pembeli Beras di Pasar Induk.", "(Kabarkota/Rina Sari)"),
    ("Pedagang menimbang beras di Pasar Minggu, Jakarta. (Harian.com/Dimas)",
     "Pedagang menimbang beras di Pasar Minggu, Jakarta.", "(Harian.com/Dimas)"),
    # the photographer's name alone in brackets after a short caption
    ("Kapal nelayan sandar di dermaga Sukamaju, April 2012. (Rina Sari)",
     "Kapal nelayan sandar di dermaga Sukamaju, April 2012.", "(Rina Sari)"),
])
@pytest.mark.parametrize("counters", [(), ("20", "207")])  # comments and views over it
def test_a_line_under_the_headline_closed_by_a_bracketed_credit_is_a_caption(
        line, caption, credit, counters):
    article = segment_lines(HEADLINE, *counters, line, PLACED_LEAD, BODY)
    assert kinds(article)[1] == ("caption", caption)
    assert credit in article.dropped


@pytest.mark.parametrize("line", [
    # brackets inside the sentence, a date or a place before its stop: no credit
    "Pedagang mengeluh pasokan dari Jawa Barat (Bogor/Cianjur) berkurang.",
    "Pedagang mengeluh pasokan berkurang sejak Selasa (8/10/2019).",
    "Pedagang mengeluh pasokan berkurang di Jabodetabek (Jakarta/Bogor).",
    # one word in brackets is an outlet's name or an aside, not a photographer
    "Pedagang mengeluh pasokan dari daerah penghasil berkurang. (Antara)",
])
def test_a_deck_with_brackets_and_no_credit_stays_a_deck(line):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    assert kinds(article)[1] == ("deck", line)


@pytest.mark.parametrize("line", [
    # a deck naming a person after a dash, or a dash inside its sentence
    "Pedagang mengeluh pasokan berkurang - Budi Santoso",
    "Pedagang mengeluh pasokan berkurang--terutama dari Jawa Barat",
    # a title-case subtitle over the credit-like tail
    "Pasokan dari Daerah Berkurang - Dinas/Pangan",
    # a route or an office with a slash after a dash is no photographer's credit
    "PT KAI Daop 1 menambah dua perjalanan kereta api relasi Gambir - Yogyakarta/Solo Balapan",
    "Polisi menangkap dua pengedar di Medan Baru - Kasat Resnarkoba/AKBP Rudi Hartono",
])
def test_a_deck_with_a_dash_and_no_credit_stays_a_deck(line):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    assert kinds(article)[1] == ("deck", line)


@pytest.mark.parametrize("line", [
    "- BERITAnews/Dimas Pratama",
    "– Harian Mataram/Rina Sari",
    "- ANTARA/Rina Sari",
])
def test_a_dashed_credit_alone_under_the_headline_is_not_read(line):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    assert line not in [s.text for s in article.segments]
    assert line in article.dropped


@pytest.mark.parametrize("line", [
    # a route or a place after a dash is no outlet's credit
    "- Jakarta/Bogor Raya",
    "- Kasat Resnarkoba/AKBP Rudi Hartono",
])
def test_a_dashed_line_naming_no_outlet_under_the_headline_is_read(line):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    assert line not in article.dropped


@pytest.mark.parametrize("crumbs", [
    "Beranda / Berita / Ekonomi / Harga Beras Naik Tajam,...",
    "Home > Nasional > Pangan > Harga Beras Naik Tajam Menjelang…",
])
def test_a_breadcrumb_ending_in_the_title_cut_short_is_not_the_headline(crumbs):
    article = segment_lines(crumbs, HEADLINE, PLACED_LEAD, BODY)
    assert article.title == HEADLINE
    assert crumbs in article.dropped


@pytest.mark.parametrize("line", [
    # no trail opening with the home page, or a single crumb
    "Beranda rumah kami / dapur umum warga ...",
    "Harga beras / gabah di tingkat petani naik lagi ...",
    "Beranda / Harga Beras Naik Tajam,...",
])
def test_a_line_only_shaped_like_a_cut_breadcrumb_is_no_furniture(line):
    assert not is_furniture(line)



@pytest.mark.parametrize(("first", "lead"), [
    # an outlet's credit and a photo's label: no lead, so the lead's own dateline is taken
    ("antaranews.com - Ilustrasi beras", "Jakarta – " + LEAD),
    # a sentence after the tag is the lead
    ("ANTARANEWS.COM - Harga beras naik tajam pekan ini", "Harga beras naik tajam pekan ini"),
])
def test_a_dateline_opens_a_sentence(first, lead):
    builder = _Builder(HEADLINE)
    builder.add_body(first)
    builder.add_body("ANTARANEWS.COM, JAKARTA - " + LEAD)
    assert lead in [s.text for s in builder.segments]


@pytest.mark.parametrize("stray", [":", "|", "-", "* * *", "…"])
def test_a_line_with_no_letter_or_digit_is_never_the_headline(stray):
    article = segment_lines(stray, PLACED_LEAD, BODY)
    assert article.title is None
    assert stray not in [s.text for s in article.segments]


@pytest.mark.parametrize("line", ["2024", "Rp 5.000", "“Kami siap!”"])
def test_a_short_line_with_a_letter_or_digit_is_still_read(line):
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert any(line.strip("“”") in s.text for s in article.segments)


@pytest.mark.parametrize("above", [
    ["Ilustrasi pedagang beras di pasar induk/Net"],
    ["Berita", "Ilustrasi karung beras di gudang Bulog/Dok. Humas"],
    ["Ilustrasi pedagang beras/Istimewa", "Ekonomi"],
])
def test_an_illustrations_caption_with_a_slashed_credit_is_no_headline(above):
    article = segment_lines(*above, HEADLINE, LEAD, BODY)
    assert article.title == HEADLINE
    caption = next(s for s in article.segments if s.kind == "caption")
    assert caption.text.startswith("Ilustrasi") and "/" not in caption.text


@pytest.mark.parametrize("line", [
    "Ilustrasi dan foto disiapkan oleh panitia/pengurus",  # a slash between two words
    "Ilustrasi buatan siswa dipajang di aula/Net, kata kepala sekolah.",  # a sentence goes on
    "Ilustrator muda Bandung/Net",  # not an illustration's label
    # a school's level or a place after the slash is no credit
    "Ilustrasi untuk Jenjang SMP/MTs",
    "Ilustrasi yang paling banyak dilihat adalah karya siswa SD Negeri 2 Bekasi/Bogor",
])
def test_a_line_only_shaped_like_an_illustrations_caption_is_read(line):
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert line in [s.text for s in article.segments]


@pytest.mark.parametrize("title", [
    "Ilustrasi Sampul Buku Tuai Keluhan Orang Tua/Guru",
    "Ilustrasi Mural Karya Siswa Hiasi Jalan Depok/Bogor",
])
def test_a_headline_opening_with_ilustrasi_and_no_credit_is_the_headline(title):
    article = segment_lines(title, PLACED_LEAD, BODY)
    assert article.title == title


@pytest.mark.parametrize("line", [
    "Ilustrasi pedagang beras di pasar induk/Kompas.com",
    "Ilustrasi karung beras di gudang/Antara",
    # a stock library or a platform the picture was taken from
    "Ilustrasi antrean beras/Getty Images", "Ilustrasi karung beras/iStock",
    "Ilustrasi pedagang beras/Pexels", "Ilustrasi beras/Canva", "Ilustrasi sawah/Google",
    "Ilustrasi nasi/Pinterest", "Ilustrasi pedagang/Instagram", "Ilustrasi beras/Freepik",
    "Ilustrasi gudang/Unsplash", "Ilustrasi pasar/Shutterstock", "Ilustrasi pasar/Antara Foto",
])
def test_an_illustration_credited_to_an_outlet_or_a_site_is_a_caption(line):
    article = segment_lines(HEADLINE, line, PLACED_LEAD, BODY)
    caption = next(s for s in article.segments if s.kind == "caption")
    assert "/" not in caption.text
