"""Lines over and in the text that are not read as written: advertising banners over the
headline, the headline or the deck printed again, and the caption under a credit line."""

from __future__ import annotations

import pytest
from readings import segment_lines, spoken

TITLE = "Harga Beras di Jakarta Naik Tajam Menjelang Lebaran"
LEAD = ("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari sejumlah daerah "
        "penghasil di Jawa Barat terus berkurang menjelang Lebaran.")
PLACED_LEAD = "JAKARTA - " + LEAD
BODY = ("Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan dan pembeli "
        "mulai mengurangi belanja mereka.")
MORE = ("Promo akhir tahun di pusat perbelanjaan pun sepi pembeli karena warga menahan "
        "belanja sampai harga kembali turun.")




@pytest.mark.parametrize("banners", [
    ("Aplikasi Kasir / Software Toko Terbaik Untuk Usaha Anda", "Konsultan IT Terbaik"),
    ("Jasa Pembuatan Website Murah", "Hubungi Kami Sekarang Juga"),
    # printed twice, as a sponsor's banner is, beside a greeting
    ("DPRD Kabupaten Sumbawa", "DPRD Kabupaten Sumbawa", "Selamat Tahun Baru"),
])
def test_an_advertising_banner_over_the_headline_is_not_read(banners):
    article = segment_lines(*banners, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert not set(banners) & set(spoken(article))


@pytest.mark.parametrize(("first", "second"), [
    # a headline that names little of the text, no advertiser's word: still the headline
    ("Jangan Menyerah, Kawan", TITLE),
    # an advertiser's word, but the text names what the headline names
    ("Promo Akhir Tahun Sepi Pembeli", TITLE),
    # one line with an advertiser's word over a subtitle: news of a sale, not an advert
    ("Polisi Bongkar Praktik Jual Beli Bayi Lewat Media Sosial", TITLE),
    ("Lima Promo Ramadan Terbaik Pekan Ini", TITLE),
])
def test_a_headline_that_sells_nothing_stays_the_headline(first, second):
    article = segment_lines(first, second, LEAD, BODY, MORE)
    assert article.title == first


def test_the_headline_printed_again_under_a_photo_is_read_once():
    article = segment_lines(TITLE, "Penulis: Rina Sari", "Pedagang menata karung beras.",
                            TITLE, PLACED_LEAD, BODY)
    assert spoken(article).count(TITLE) == 1


def test_the_headline_said_again_in_the_text_is_read():
    # a poem's title that is the headline's words, once the text has begun
    article = segment_lines(TITLE, LEAD, BODY, MORE, "Puisi karya siswa itu berjudul:", TITLE,
                            BODY)
    assert spoken(article).count(TITLE) == 2


def test_a_short_headline_printed_again_may_be_a_heading():
    article = segment_lines("Beras Mahal", LEAD, "Beras Mahal", BODY)
    assert spoken(article).count("Beras Mahal") == 2


CAPTION = "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta, Selasa (8/10/2019)."


def test_a_line_under_a_photo_credit_above_a_dated_lead_is_a_caption():
    article = segment_lines(TITLE, "KOMPAS.COM/BUDI SANTOSO", CAPTION, PLACED_LEAD, BODY)
    assert ("caption", CAPTION) in [(s.kind, s.text) for s in article.segments]


def test_a_line_under_a_photo_credit_over_an_undated_lead_is_left():
    article = segment_lines(TITLE, "KOMPAS.COM/BUDI SANTOSO", CAPTION, LEAD, BODY)
    assert ("caption", CAPTION) not in [(s.kind, s.text) for s in article.segments]


ONE_SENTENCE_DECK = "Kerusakan atap gedung sekolah itu sudah terjadi sejak enam bulan silam."


def test_a_deck_a_later_paragraph_opens_with_is_read_once():
    article = segment_lines(TITLE, ONE_SENTENCE_DECK, LEAD, BODY,
                            ONE_SENTENCE_DECK + " Saat itu, kayu penyangga atap patah.")
    assert ONE_SENTENCE_DECK not in spoken(article)
    assert spoken(article)[1] == LEAD


@pytest.mark.parametrize("deck", [
    "Harga terus naik.",  # short: a refrain may come back
    "Kerusakan atap sudah lama terjadi. Sekolah meminta bantuan.",  # two sentences
])
def test_a_short_or_long_deck_printed_again_is_left(deck):
    article = segment_lines(TITLE, deck, LEAD, BODY, deck + " Saat itu, kayu penyangga patah.")
    assert deck in spoken(article)


SHIPS_TITLE = "Tiga Kapal Layani Pemudik Pelabuhan Sukamaju, Angkut Ribuan Penumpang"
SHIPS_LEAD = ("Sebanyak tiga kapal melayani para pemudik di dermaga Sukamaju pada Rabu dan "
              "mengangkut 2.000 penumpang menuju kota tujuan mereka masing-masing.")


@pytest.mark.parametrize(("lines", "title"), [
    # the text says the title's roots with their affixes ("melayani", "mengangkut")
    (("Aplikasi Kasir Terintegrasi dengan Excel", "Konsultan IT Terbaik Sukamaju",
      SHIPS_TITLE), SHIPS_TITLE),
    # one line with an advertiser's word over a subtitle is still the headline
    (("Polisi Bongkar Praktik Jual Beli Tiket Kapal", SHIPS_TITLE),
     "Polisi Bongkar Praktik Jual Beli Tiket Kapal"),
])
def test_banners_over_a_title_the_text_says_with_affixes(lines, title):
    article = segment_lines(*lines, SHIPS_LEAD, BODY)
    assert article.title == title
