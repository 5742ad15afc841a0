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


PARAGRAPH = ("Menurut Rina Sari, pasokan beras dari Sukamaju baru akan pulih setelah panen raya "
             "bulan depan.")


@pytest.mark.parametrize(("title", "dropped"), [
    # another article's title between two paragraphs, no label: two clauses, all capitalised
    ("Sebulan Menjabat, Bupati Sukamaju Sebut 12 Desa Sudah Mandiri", True),
    ("Geger Warga! Sapi Budi Santoso Melahirkan Anak Kembar Tiga di Kandang", True),
    ("Banjir Lagi, Ini 5 Desa di Sukamaju yang Paling Parah Terdampak?", True),
    # a section heading: shorter, or one phrase, or a sentence with its stop
    ("Pasokan dari Daerah Berkurang", False),
    ("Pergeseran Musim Panen ke Jawa Bagian Tengah dan Timur Tahun Ini", False),
    ("Sebulan Menjabat, Bupati Sukamaju Sebut 12 Desa Sudah Mandiri.", False),
    # a sentence in lower case with two clauses
    ("Sebulan menjabat, bupati Sukamaju menyebut 12 desa sudah mandiri", False),
])
def test_a_title_between_paragraphs_without_a_label(title: str, dropped: bool) -> None:
    article = segment_lines(HEADLINE, LEAD, title, PARAGRAPH, BODY)
    assert (title in article.dropped) is dropped
    assert [s.text for s in article.segments if s.text == PARAGRAPH] == [PARAGRAPH]
