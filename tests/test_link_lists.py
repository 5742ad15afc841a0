"""Other articles' titles under a "Baca juga:" label printed with its first title."""

from __future__ import annotations

import pytest
from readings import segment_lines

HEADLINE = "Harga Beras Naik Tajam Menjelang Lebaran"
LEAD = ("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari sejumlah daerah "
        "penghasil di Jawa Barat terus berkurang.")
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."
LINK = "Baca juga: Stok Gula Aman Jelang Lebaran, Kata Menteri Perdagangan"
SECOND = "Viral Antrean Panjang Pembeli Minyak Goreng di Pasar, Begini Penjelasan Dinas"


@pytest.mark.parametrize(("lines", "kept"), [
    # a second title, as long as a headline, under the label and its first title: furniture
    ([LINK, SECOND, BODY], [LEAD, BODY]),
    (["BACA JUGA: Stok Gula Aman", SECOND, BODY], [LEAD, BODY]),
    # a section heading after it is shorter: it stays, and so does a sentence
    ([LINK, "Pasokan dari Daerah Berkurang", BODY],
     [LEAD, "Pasokan dari Daerah Berkurang", BODY]),
    # a long heading of one phrase stays too
    ([LINK, "Pergeseran Musim Panen ke Jawa Bagian Tengah dan Timur", BODY],
     [LEAD, "Pergeseran Musim Panen ke Jawa Bagian Tengah dan Timur", BODY]),
    # ... and one listing its items with commas
    ([LINK, "Dampak Ekonomi, Sosial dan Lingkungan dari Kenaikan Harga Beras di Pasar", BODY],
     [LEAD, "Dampak Ekonomi, Sosial dan Lingkungan dari Kenaikan Harga Beras di Pasar", BODY]),
    ([LINK, "Menurut pedagang, pasokan dari daerah penghasil di Jawa Barat terus berkurang",
      BODY],
     [LEAD, "Menurut pedagang, pasokan dari daerah penghasil di Jawa Barat terus berkurang",
      BODY]),
    # under other furniture (an advert's label) the title stays
    (["Iklan", SECOND, BODY], [LEAD, SECOND, BODY]),
])
def test_a_second_title_under_a_link_with_its_title_is_furniture(lines, kept) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert [s.text for s in article.segments[1:]] == kept




RELATED_ONE = "- Warga Sukamaju Gelar Kerja Bakti Bersihkan Sungai Jelang Musim Hujan"
RELATED_TWO = "- Bupati Budi Santoso Resmikan Pasar Baru di Kecamatan Sukamaju"


@pytest.mark.parametrize(("lines", "kept"), [
    # other articles' titles listed right over their "Baca Juga" label: not read
    ([RELATED_ONE, RELATED_TWO, "Baca Juga", BODY], [LEAD, BODY]),
    # the text's own list over the label stays: items in lower case
    (["- beras lima kilogram", "- minyak goreng dua liter", "Baca Juga", BODY],
     [LEAD, "- beras lima kilogram", "- minyak goreng dua liter", BODY]),
    # one title alone over the label may be the text's own item: it stays
    ([RELATED_ONE, "Baca Juga", BODY], [LEAD, RELATED_ONE, BODY]),
])
def test_titles_listed_over_a_links_label_are_furniture(lines, kept) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert [s.text for s in article.segments[1:]] == kept


ANNOUNCED = "Berita sebelumnya tentang banjir di Sukamaju dapat dibaca dalam tautan berikut:"
LINKED = "Banjir Rendam Ratusan Rumah, Warga Sukamaju Mengungsi ke Balai Desa"


@pytest.mark.parametrize(("lines", "kept"), [
    # a sentence announcing a link to earlier coverage, and the linked title: not read
    ([ANNOUNCED, LINKED, BODY], [LEAD, BODY]),
    # the text telling readers where to register names no coverage: read
    (["Warga dapat mendaftar melalui tautan berikut:", LINKED, BODY],
     [LEAD, "Warga dapat mendaftar melalui tautan berikut:", LINKED, BODY]),
    # an announcement with no title under it stays
    ([ANNOUNCED, BODY], [LEAD, ANNOUNCED, BODY]),
])
def test_an_announced_link_and_its_title_are_furniture(lines, kept) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert [s.text for s in article.segments[1:]] == kept
