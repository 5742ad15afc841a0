"""What a page prints above its headline: breadcrumbs, a welcome banner, a site's menu and a
topic's label; none of it is the headline, and a real headline shaped like it stays one."""

from __future__ import annotations

import pytest
from readings import segment_lines, spoken

TITLE = "Banjir Rendam 300 Rumah Warga di Pinggir Sungai Ciliwung"
DECK = "Air mulai naik sejak Senin malam setelah hujan deras mengguyur kawasan hulu"
LEAD = ("JAKARTA - Banjir merendam sedikitnya 300 rumah warga di pinggir Sungai Ciliwung, "
        "Selasa (4/3/2025), setelah hujan deras mengguyur kawasan Bogor sejak sore.")
BODY = "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut."


@pytest.mark.parametrize("glued", [
    f"Beranda Peristiwa {TITLE}",
    f"Home Hukrim {TITLE}",
    f"Beranda {TITLE}",
    # the page's title, the site's name glued to its last word, a stray letter before it
    f"F {TITLE}SukamajuPos.com",
    f"{TITLE}SukamajuPos.com",
])
def test_a_breadcrumb_glued_to_the_title_printed_again_is_not_read(glued):
    article = segment_lines(glued, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert glued in article.dropped
    assert spoken(article).count(TITLE) == 1


@pytest.mark.parametrize("above", [
    ["26 C", "Sukamaju"],  # a weather box: the temperature and the town
    ["Sukamaju", "Senin, 3 Maret 2025", "iklan harianku"],
])
def test_a_glued_breadcrumb_under_a_widgets_lines_is_not_read(above: list[str]) -> None:
    glued = f"Beranda Daerah Sukamaju {TITLE}"
    article = segment_lines(*above, glued, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert glued in article.dropped


def test_a_line_under_a_widget_whose_tail_is_not_printed_again_is_read() -> None:
    first = f"Beranda Daerah Sukamaju {TITLE}"
    article = segment_lines("26 C", "Sukamaju", first, "Banjir Rendam 300 Rumah Warga", LEAD)
    assert first not in article.dropped


@pytest.mark.parametrize(("first", "second"), [
    # a rubric and its colon belong to the headline ("Gempa Cianjur: …")
    ("Gempa Cianjur: Ratusan Warga Mengungsi ke Balai Desa",
     "Ratusan Warga Mengungsi ke Balai Desa"),
    # the line under it is no copy of its tail
    (f"Beranda Peristiwa {TITLE}", "Banjir Rendam 300 Rumah Warga"),
    # a word glued after the title that names no site
    (f"{TITLE}Sukamaju", TITLE),
])
def test_a_headline_whose_tail_is_not_printed_again_stays_the_headline(first, second):
    article = segment_lines(first, second, LEAD, BODY)
    assert article.title == first


@pytest.mark.parametrize("trail", [
    "Berita > Seputar Daerah",
    "Berita › Hukum & Kriminal › Jakarta",
    "Nasional » Politik",
])
def test_a_breadcrumb_trail_over_the_headline_is_not_read(trail):
    article = segment_lines(trail, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert trail in article.dropped


@pytest.mark.parametrize("first", [
    "Suhu > 40 Derajat, Warga Diminta Tetap di Rumah",  # a number, no crumb
    "Sekolah > Rumah: Belajar dari Masa Pandemi",  # a colon and words in lower case
])
def test_a_headline_with_a_greater_than_sign_stays_the_headline(first):
    article = segment_lines(first, LEAD, BODY)
    assert article.title == first


@pytest.mark.parametrize("above", [
    ("Selamat Datang di Portal Berita Kota", "Berita Viral"),
    ("Jawa Barat", "Selamat Datang di Superhub Kabar Daerah"),
    ("Selamat datang di Kabar Kota!",),
])
def test_a_welcome_banner_over_the_headline_is_not_read(above):
    article = segment_lines(*above, TITLE, DECK, LEAD, BODY)
    assert article.title == TITLE
    assert all(line in article.dropped for line in above)


@pytest.mark.parametrize("title", [
    "Selamat Datang di Era Kendaraan Listrik",
    # a comma: a headline's two parts, no banner
    "Selamat Datang di Rumah, Para Pahlawan Olimpiade",
])
def test_a_headline_that_welcomes_stays_the_headline(title):
    article = segment_lines(title, DECK, LEAD, BODY)
    assert article.title == title


def test_a_welcome_naming_what_the_text_is_about_is_the_headline():
    # the deck is in title case, as a headline under a banner would be; the text names
    # "Mobil Listrik", so the line welcomes to the story's subject
    deck = "Pemerintah Beri Insentif Pajak untuk Pembeli Kendaraan Listrik Mulai Juli"
    lead = ("JAKARTA - Pemerintah memberi insentif pajak bagi pembeli mobil listrik mulai "
            "Juli untuk mendorong peralihan dari mobil berbahan bakar minyak.")
    article = segment_lines("Selamat Datang di Era Mobil Listrik", deck, lead, BODY)
    assert article.title == "Selamat Datang di Era Mobil Listrik"


MENU = ("News", "Ekonomi", "Gaya Hidup", "Sport & Lifestyle", "Video", "Tentang Kami")


def test_a_sites_menu_over_the_headline_is_not_read():
    article = segment_lines(*MENU, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert not set(MENU) & set(spoken(article))


@pytest.mark.parametrize("under", [LEAD, "Kabar Daerah"])
def test_short_lines_over_no_title_are_not_dropped_as_a_menu(under):
    # over a sentence or another short line, a run of short lines is left as before
    article = segment_lines(*MENU, under, BODY)
    assert "Video" in spoken(article)


KICKER = "Banjir Jakarta Awal Maret"


def test_a_topics_label_over_a_title_the_photo_prints_again_is_not_the_headline():
    article = segment_lines(KICKER, TITLE, DECK, f"lihat foto {TITLE}", LEAD, BODY)
    assert article.title == TITLE
    assert KICKER not in spoken(article)


@pytest.mark.parametrize("again", [
    "lihat foto Banjir Jakarta Awal Maret",  # the short line is the one printed again
    "Warga mengungsi ke masjid terdekat.",  # nothing printed again
])
def test_a_short_headline_over_a_subtitle_stays_the_headline(again):
    article = segment_lines(KICKER, TITLE, DECK, again, LEAD, BODY)
    assert article.title == KICKER


@pytest.mark.parametrize("photo", [
    f"lihat foto {TITLE}", f"zoom-inlihat foto {TITLE}",
    # a tag box, its label glued on in lower case, each tag a run of the headline's words
    "id Banjir Rendam, 300 Rumah Warga, Sungai Ciliwung",
])
def test_the_headline_again_after_a_photo_widgets_label_is_not_read(photo):
    article = segment_lines(TITLE, DECK, photo, LEAD, BODY)
    assert article.title == TITLE
    assert photo not in spoken(article)


@pytest.mark.parametrize("line", [
    f"Judulnya: {TITLE}",  # announced by a colon
    f"Warga di sini sudah tahu. {TITLE}",  # a sentence before it
    # a deck in lower case first, saying words the headline does not
    "di Ciliwung, 300 rumah warga terendam, ribuan mengungsi",
])
def test_a_line_saying_more_than_the_headline_is_read(line):
    article = segment_lines(TITLE, DECK, line, LEAD, BODY)
    assert line in spoken(article)


def test_a_welcome_banner_among_three_labels_is_not_read():
    above = ("Breaking News", "Kota Hebat", "Selamat Datang di Superhub Pemkab Kota", "Kriminal")
    article = segment_lines(*above, TITLE, DECK, LEAD, BODY)
    assert article.title == TITLE
    assert all(line in article.dropped for line in above)


@pytest.mark.parametrize(("label", "lead", "dropped"), [
    # the outlet's rubric, named by the start of its name, over the outlet's dateline
    ("Kabar Berita", "Kabarsukamaju, Sukamaju – Harga ikan laut naik karena nelayan libur.",
     True),
    # a heading over a paragraph whose first word merely starts with it
    ("Pendidikan", "Pendidikannya berhenti di sekolah dasar karena biaya dan jarak sekolah.",
     False),
    ("Kabar Berita", "Kabarnya harga ikan laut naik karena nelayan libur melaut.", False),
])
def test_the_outlets_rubric_over_its_dateline_is_not_read(label, lead, dropped) -> None:
    article = segment_lines("Harga Ikan Naik", "Nelayan Sukamaju libur melaut sepekan.", label,
                            lead, "Pedagang di pasar ikan mengeluhkan pasokan yang berkurang.")
    assert (label in article.dropped) is dropped


@pytest.mark.parametrize(("above", "dropped"), [
    # a rubric printed as a list item over the headline: not read
    (["• Ekonomi"], ["• Ekonomi"]),
    (["- Hukum & Kriminal"], ["- Hukum & Kriminal"]),
    (["• Berita", "• Olahraga", "• Bisnis"], ["• Berita", "• Olahraga", "• Bisnis"]),
])
def test_a_bulleted_rubric_over_the_headline_is_not_read(above, dropped) -> None:
    article = segment_lines(*above, TITLE, LEAD, BODY)
    assert article.title == TITLE
    assert all(label in article.dropped for label in dropped)
    assert spoken(article)[1:] == [LEAD.replace("JAKARTA -", "Jakarta –"), BODY]


@pytest.mark.parametrize("item", [
    "• warga diminta mengungsi",  # an item in lower case: the text's own
    "• Warga Sukamaju diminta mengungsi ke balai desa",  # a sentence, not a label
])
def test_a_bulleted_line_that_is_no_label_is_not_dropped(item) -> None:
    article = segment_lines(item, TITLE, LEAD, BODY)
    assert item not in article.dropped


@pytest.mark.parametrize("above", [
    ["Connect with us", "Business"],  # an English theme's social box, then its category
    ["Sukamaju award", "iklan banner Sukamaju Motor atas"],  # advert slots' names
])
def test_an_english_themes_and_advert_slots_labels_over_the_headline_are_not_read(above):
    article = segment_lines(*above, TITLE, "Published", "on", LEAD, BODY)
    assert article.title == TITLE
    assert set(above) | {"Published"} <= set(article.dropped)
    assert "Published" not in spoken(article)
