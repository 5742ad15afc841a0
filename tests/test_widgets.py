"""Lines a page's widgets leave in the copy are dropped; the same words in the text are read."""

from __future__ import annotations

import pytest
from readings import segment_lines

from dengar.article import segment
from dengar.plaintext import parse_text
from dengar.widgets import is_widget_line

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."



@pytest.mark.parametrize("line", [
    "Baca artikel Suara Kita lainnya di Suara Kita App",
    "Baca berita Harian Pagi lainnya di aplikasi Harian Pagi App",
    "Share Whatsapp Share Facebook Share Twitter Share Link",
    "Bagikan ke WA | Bagikan ke Facebook",
    "Dibaca : 2.417 Kali",
    "BERITA Juni 3, 2023 - Diposting Oleh : Humas Kota - Dibaca : 96 Kali",
    "IMG_2041.jpg",
    "Bupati-Sukamaju-b.jpg",  # a site's slug as the file's name
    "id1200_WhatsApp Image 2023-06-03 at 08.12.30.jpeg",
    "3 Juni 2023 08:15 3 Juni 2023 08:15",
    "12 Maret 2024, 19.05 WIB 12 Maret 2024, 19.05 WIB",
    "Tombol Google News",
    "img_title",
    "spot_img",
    "A A A",
    "A- A A+",
    "s2sdefault",  # a share plugin's template token
    "Joomla Templates by JoomShaper",  # the theme's credit in a CMS footer
    "WordPress Theme by Kadence",
    # an image's UUID for its name; a media tag kept whole; a blog's newer and older links
    "7f3a9c21 0b4e 4d2a 9e11 3c5d7a8b9f00",
    "7f3a9c21-0b4e-4d2a-9e11-3c5d7a8b9f00.jpg",
    '<image>data:image/png;base64,iVBORw0KGgo= alt="Harga Beras Naik Tajam"</image>',
    '<img src="https://contoh.id/foto/beras.jpg" alt="Beras">',
    "Lebih baru Lebih lama",
    "Posting Lebih Baru Posting Lama Beranda",
    "Newer Post Older Post Home",
    # an English theme's link to the section's other stories
    "More in Finance", "More in Daerah Sukamaju",
    # an app banner's button, a text-size widget, an image slot's label, an advert's slot
    "get app", "Get App harianku", "Aa Text", "header img", "Featured Image", "iklan harianku",
    # a comment form's sum to solve, one term perhaps spelled out
    "17 + 6 =", "nine − 4 =",
    # a rubric's labels with the view counter glued on
    "NASIONAL, HEADLINE2,318 views", "EKONOMI | BERITA UTAMA 1.204 dilihat",
    # Blogger's search box title
    "Cari Blog Ini", "Search This Blog",
    # a mobile page's overlays: turn the phone, swipe past an advert
    "Better experience in portrait mode.", "Putar layar ke mode potret",
    "Iklan - Geser ke atas untuk melanjutkan", "Scroll up to continue reading",
    # a site's welcome blurb naming its address
    "Selamat datang di harian.id - Portal Berita Sukamaju. Dapatkan berita terkini setiap hari.",
    # a text-size widget's title and sizes, each on its own line
    "Text Sizes", "Medium", "Larger",
    # a footer's menu of links set apart by bars
    "Redaksi | Pedoman Media Siber | Tentang Kami | Karir | Peta Situs",
])
def test_widget_lines_are_dropped(line: str) -> None:
    assert is_widget_line(line)
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert line in article.dropped


@pytest.mark.parametrize("line", [
    "Baca artikel lainnya di halaman berikut.",
    "Baca juga aplikasi pemesanan tiket yang baru, kata dia.",
    "Share Facebook",  # one button's name may head a how-to
    "Cara Share Facebook ke WhatsApp",
    "Buku itu dibaca 1.000 kali oleh siswa.",
    "Video Rina Sari itu ditonton 1.406 views",  # a sentence; no rubric in capitals
    "HEADLINE NEWS 2024",  # a label with a year, no views counted
    "Cari blog ini lewat mesin pencari, kata Rina Sari.",
    "Dibaca: Tiga Buku Terbaik Tahun Ini",
    "Foto kegiatan dikirim dalam format jpg.",
    "Lampiran dikirim sebagai foto.jpg dan dokumen pendukung.",
    "3 Juni 2023 08:15",
    "3 Juni 2023 08:15 4 Juni 2023 09:00",
    "Tombol Darurat",
    "Tombol Google News dipasang di setiap berita, kata dia.",
    "img_title sering kosong di halaman lama.",
    "A A A Bersaudara",
    "Kelas A",
    "Templates by Budi dijual murah di pasar.",
    "Joomla templates by a community are free to use, kata dia.",
    # a file named in a sentence; buttons a how-to explains
    "Berkas yang dikirim pelaku bernama IMG_2041.jpg",
    "Foto Bupati-Sukamaju-b.jpg dikirim panitia.",
    "Setiap peserta boleh mengirim paling banyak 3 foto dalam format .jpg",
    "Tombol WhatsApp", "Tombol Link",
    # hex-like codes and tags a text writes; a comparison of old and new
    "Nomor seri 50c58717 ditemukan pada mesin.",
    "Kode 2024 0815 1102 3301 2 belum terdaftar.",
    "<b>Catatan</b> Harga dapat berubah.",
    "Gambar dikirim dalam format image/png.",
    "Lebih baru lebih baik",
    "Mana yang lebih baru, lebih lama atau sama saja?",
    "More in common than we think, kata Rina Sari.",
    "Get app updates from the store", "Aa Text Sukamaju", "Header image desa", "Iklan Rokok",
    "iklan rokok dilarang di dekat sekolah",
    "2 + 2 = 4", "tiga + empat =",  # a sum with its answer; no digit: no form's sum
    # the same words going on as a sentence; a greeting naming a place, not an address
    "Geser ke atas untuk melanjutkan pendakian, kata Budi Santoso.",
    "Better experience in portrait mode is what the app promises, kata Rina Sari.",
    "Selamat datang di Desa Sukamaju, kata Budi Santoso kepada para tamu.",
    "Selamat datang di kopisukamaju.id, begitu bunyi layar besar di panggung utama.",
    # a size named in a sentence or in Indonesian; bars in a title or a table's row
    "Ukuran Large tersedia di toko Sukamaju.", "Sedang", "Text sizes differ, kata Rina Sari.",
    "Harga Beras | Pasar Sukamaju | Rabu | Naik",
    "Redaksi | Kontak",  # two links alone, too few for a menu
])
def test_the_same_words_as_text_are_no_widget(line: str) -> None:
    assert not is_widget_line(line)


def test_a_widget_line_in_lower_case_is_not_joined_to_the_line_above() -> None:
    # A theme's image slot under the date line would otherwise carry on the date, as a
    # wrapped line in lower case does, and the two would take the headline's place.
    text = "\n".join(["Sabtu, 20 April 2024", "spot_img", "", HEADLINE, "", LEAD, "", BODY])
    article = segment(parse_text(text))
    assert article.title == HEADLINE
    spoken = " ".join(s.text for c in article.chapters for s in c.segments)
    assert "spot_img" not in spoken
