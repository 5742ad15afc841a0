"""Page furniture dropped, photo credits taken off captions, repeated decks removed."""

from __future__ import annotations

import pytest
from readings import segment_lines

from dengar.article import segment
from dengar.model import Article
from dengar.plaintext import parse_text

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."



def kinds(article: Article) -> list[str]:
    return [s.kind for s in article.segments]


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Harga Cabai Ikut Naik di Bandung", "BACA JUGA", "Simak juga: Harga Gula",
        "0Komentar", "0 Komentar", "17 komentar", "Komentar (3)", "dibaca 12,345 kali",
        "1.203 kali dibaca", "copy link", "Link successfully copied", "Shares", "1,2K Shares",
        "Terpopuler", "Terkomentari", "+ indeks", "Indeks Berita", "Index »", "Close Ads X",
        "Share on Facebook", "Tulis komentar", "Sisa karakter :", "Berita Rekomendasi",
        "BERITA LAINNYA", "©2008 - 2015 PT. Warta Kota Digital. All Rights Reserved.",
        "Copyright 2024 Harian Pagi", "#Harga Beras", "Tags: beras, pasar, inflasi",
        "Artikel ini telah tayang di Harian.com dengan judul Harga Beras Naik",
        "Editor : Budi Santoso", "Redaksi: redaksi[at]harian.com", "| author | Budi |", "---",
        "null", "(FHM)", "(fyk/ash)", "Pilihan Editor: Harga Emas Turun Lagi", "Lihat Foto",
        "COPYRIGHT © ANTARA 2024",
        "Disclaimer : Komentar adalah tanggapan pribadi pembaca, bukan pendapat redaksi.",
        "===== Isi Berita =====", "----- Judul -----", "*** Artikel ***", "#### BERITA ####",
        "=== Akhir Berita", "Isi Artikel: =====", "ISI:", "Judul Berita:",
        "Harian+ baca berita tanpa iklan: https://hr.im/plus", "[Gambas:Video 20detik]",
        "Kunjungi juga kanal kami: https://www.youtube.com/@harian",
        'Simak Video "Harga Beras Naik di Pasar Induk"', "sumber(harian.com)",
        "Sumber: Harian.com", "https://harian.com/read/2024/harga-beras-naik",
        "Artikel ini telah naik di Harian Bali dan bisa dibaca selengkapnya di sini.",
        "(***/Jenly Wenur)", "Next Post", "Waktu baca 3 menit", "waktu baca: 1 menit",
        "4 min read", "@extends('layouts.app')", "@section('content')", "@endsection",
        "{{ $berita->judul }}", "{% block konten %}",
        "(Sumber: Harian.com/Rina Sari | Editor: Budi Santoso)", "(Editor: Budi Santoso)",
        "By polrestaput | jumat, 27 Mei 2024", "Posted by admin", "Oleh redaksi - 3 Mei 2024",
        "Halaman 2 dari 3", "Halaman selanjutnya", "Cari Berita", "Kirim Komentar",
        "Please enter your comment!", "Please enter your name here",
        "DMCA.com Protection Status", "Bagaimana tanggapan anda mengenai artikel ini?",
        "Kategori: Berita", "Dibaca: 29.339 Kali", "Ikuti Terus Harian Pagi", "A", "×",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Baca kisah inspiratif kandidat polisi teladan di sini",
        "Saksikan juga video 'Harga Beras Naik di Pasar Induk':",
        "Baca jugaHarga Cabai Turun di Pasar Induk", "Page: 1 2", "Halaman: 1 2 3", "Recent Posts",
        "Foto: Harian/Rina Sari", "Foto: Antara", "- ANTARA FOTO/Rina S", "Sumber :",
        "Kredit Foto: Antara/Rina Sari Putri", "Photo Credit: Harian/Rina",
        "Rep: C32/ Red: Budi Santoso", "Redaktur & Reporter : Budi Santoso",
        "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
        "comment", "0", "subuh", "sosmed-whatsapp-white", "more-vertical",
        "zoom-in-whitePerbesar", "Version 1.88.1", "2024 © PT Harian Media Nusantara",
        "Baca berita tanpa iklan. Gabung Harian.com+", "Penulis", "Tim Redaksi",
        "(Baca Juga: Harga Cabai Ikut Naik di Bandung)",
        "oleh Harian.com diperbarui 23 Sep 2019, 15:40 WIB",
        "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiKarir",
        "- Advertisement -", "Facebook Comments", "• Share this on:", "News Feed",
        "Your email address will not be published. Required fields are marked *",
        "Your email address will not be published.",
        "Silakan baca konten menarik lainnya dari Harian.com di Google News", "Baca Lainnya :",
        "Lanjut ke halaman berikutnya...",
        "Follow WhatsApp Channel Harian untuk update berita terbaru setiap hari",
        "Topik Artikel :", "Telusuri berita Ekonomi lainnya", "Berita Terkini Lainnya",
        "SCROLL UNTUK MELANJUTKAN MEMBACA", "Discussion about this post",
        "Temukan Berita Harian.com di Google News",
        "Pos terkait", "Silahkan isi komentar anda", "Silakan isi komentar Anda",
        "Related Posts", "Posting Komentar", "Berikan Komentar", "(*Rina)", "(*Budi S)",
        "Oplus_524288", "Harian.co Dapatkan aplikasi di Play Store",
        "Berita terkini politik, ekonomi, hukum, olahraga dan hiburan - Harian.co",
        "Unduh aplikasinya di Google Play",
        "HomeEkonomi5 Pasar Induk Tutup Selama Libur Lebaran",
        # another article under a label with dots or a colon; a credit label with a stop
        "BACA ARTIKEL LAINNYA... Harga Gula Ikut Naik", "Baca berita lainnya: Harga Gula Naik",
        "Terpopuler: Harga Gula Naik, Pedagang Mengeluh",
        "TRENDING : Geger! Ini Jadwal Pasar Murah di Sukamaju 2024",
        "Editor. BUDI SANTOSO", "Penulis. Rina Sari",
        # a page break's notice, the outlet's call to keep following it, a republished
        # copy's source and writer
        "Bersambung ke halaman berikutnya..", "Bersambung ke halaman 2",
        "Terus Ikuti Perkembangan Berita Ekonomi Seputar Pemilu Hanya di HARIANPAGI.COM",
        "Simak terus berita terkini di Harian.co.id",
        "SUMBER HARIAN.com (Penulis Rina Sari)", "Sumber Harian.com",
        # a menu's link to a listing of articles, bare
        "Indeks Berita", "Arsip Berita", "Berita Terbaru",
        # an AMP page's footer link, a tag box's label, an advert's label, a source credit
        # naming a social media account
        "Exit mobile version", "Tag", "advertorial", "ADVERTORIAL", "Sumber ig @harianpagi",
        "Sumber: Instagram @harian.pagi", "Foto: IG @budi_santoso",
        # a channel's promotion after a star, a pager's count, a reaction box's label, a
        # teaser and its link's label
        "* Follow Official WhatsApp Channel Harian.com untuk mendapatkan berita terkini dengan "
        "mengklik tautan ini.", "2 dari 4 halaman", "Reactions", "simak selengkapnya",
        "Harga cabai di pasar induk turun 20 persen, simak selengkapnya",
        # the outlet asking the reader to follow it, an advert's teaser between paragraphs
        "Mau Berita Terbaru Lainnya dari Harian Sukamaju? Yuk Follow Kami di Google News.",
        "Yuk Follow Kami di Google News dengan Klik Tombol Ikuti.",
        "Promosi Sukamaju Motor: Irit untuk Keluarga, Lincah buat Kota",
        # an English theme's comment link, back-to-top button and box headings
        "Click to comment", "To Top", "Tags Berita", "Featured Videos",
        "Read Next : Harga Cabai Ikut Naik di Bandung",  # an English teaser's label
        "Your email address will not be published.",
        # an English theme's social box and date label; an advert slot's name in lower case
        "Connect with us", "Published", "iklan banner Sukamaju Motor atas", "iklan sidebar kanan",
    ],
)
def test_furniture_lines_are_dropped_and_listed(line: str) -> None:
    article = segment_lines(HEADLINE, line, LEAD, line, BODY)
    assert kinds(article) == ["headline", "lead", "paragraph"]
    assert article.dropped == (line, line)


@pytest.mark.parametrize("above", [
    [HEADLINE], ["Beranda", HEADLINE], ["Headline", "Teaser artikel lain di halaman ini."],
])
@pytest.mark.parametrize("link", ["Kumpulan Berita DPR RI", "Arsip Berita Jawa Barat"])
def test_a_named_listing_link_above_the_text_is_dropped(above: list[str], link: str) -> None:
    article = segment_lines(*above, link, LEAD, BODY)
    assert link in article.dropped
    assert link not in [s.text for s in article.segments]


def test_a_headline_shaped_as_a_listing_link_is_the_headline() -> None:
    title = "Kumpulan Berita Hoaks Pemilu"
    assert segment_lines(title, LEAD, BODY).title == title


@pytest.mark.parametrize("heading", ["Arsip Berita Sekolah", "Arsip Berita Sumatera Tengah"])
def test_a_listing_shaped_heading_in_the_text_is_read(heading: str) -> None:
    article = segment_lines(HEADLINE, LEAD, heading, BODY, BODY)
    assert heading not in article.dropped
    assert heading in [s.text for s in article.segments]


@pytest.mark.parametrize("line", [
    # no listing word after "Berita", or a sentence that opens with the phrase
    "Berita utama pekan ini adalah kenaikan harga beras di pasar induk.",
    "Kumpulan berita itu dibukukan oleh pustakawan daerah.",
])
def test_a_sentence_opening_with_a_listing_phrase_is_read(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert [s.text for s in article.segments][2] == line


@pytest.mark.parametrize("widget", [
    ["One Comment"], ["No Comments"], ["Satu komentar"], ["Respon Anda?"],
    ["Apa reaksi Anda?", "komentar"], ["1.143"], ["(Redaksi)", "2051"],
    ["Redaksi", "Komentar"],
    # a "visit us at" line whose icons did not copy, an ad's label, the editor after a chevron
    ["Kunjungi Harian Sukamaju di :", "Advertisements"], ["Ikuti kami di:"], ["› rin"],
])
def test_widgets_after_the_last_paragraph_are_dropped(widget: list[str]) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, *widget)
    assert kinds(article) == ["headline", "lead", "paragraph"]
    assert article.dropped == tuple(widget)


@pytest.mark.parametrize("line", [
    "Kunjungi Harian Sukamaju di :",  # text follows: the article's own words
    "Kunjungi posko bantuan di: Balai Desa Sukamaju",  # words after the colon
])
def test_a_call_to_visit_that_is_not_the_last_widget_is_read(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY) if line.endswith(":") else (
        segment_lines(HEADLINE, LEAD, BODY, line))
    assert line in [s.text for s in article.segments]


def test_the_desks_tag_is_taken_off_a_paragraph_before_the_pages_widgets() -> None:
    closing = "Perbaikan jalan dimulai pekan depan, pungkas dia. (adv)"
    article = segment_lines(HEADLINE, LEAD, closing, "Kunjungi Harian Sukamaju di :",
                            "Advertisements")
    assert article.segments[-1].text == "Perbaikan jalan dimulai pekan depan, pungkas dia."


@pytest.mark.parametrize("asked", [
    "Respon Anda?", "Apa reaksi Anda?", "No comment", "Satu komentar", "2051", "Redaksi",
])
def test_an_interviews_questions_and_answers_in_the_text_are_read(asked: str) -> None:
    answer = "Kami terbuka terhadap kritik dari siapa pun."
    article = segment_lines(HEADLINE, LEAD, asked, answer)
    assert asked in [s.text for s in article.segments]


@pytest.mark.parametrize("lines", [
    ("Berikut perolehan suara tiap calon:", "Budi Santoso", "1.204", "Dewi Lestari", "876"),
    ("Warga dapat menghubungi nomor pengaduan berikut ini:", "110"),
    ("Biaya pembuatan paspor elektronik adalah Rp", "650.000"),
])
def test_a_number_closing_a_table_or_a_sentence_is_read(lines: tuple[str, ...]) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert article.segments[-1].text == lines[-1]
    assert article.dropped == ()


@pytest.mark.parametrize(
    "line",
    [
        "Komentar warga soal harga beras beragam di media sosial.",
        "Terpopuler di kalangan ibu rumah tangga adalah beras medium.",
        "Sebanyak 44 komentar masuk ke kotak pengaduan dinas perdagangan.",
        "Satu komentar warga menyebut harga beras terlalu mahal.",
        "Telusuri berita hoaks itu, polisi menemukan pengunggahnya di Bandung.",
        "Topik artikel ini dipilih oleh pembaca setia harian kami.",
        "Temukan berita bohong, warga diminta melapor ke polisi.",
        "Follow akun resmi dinas untuk mendapat jadwal operasi pasar terbaru.",
        "Respon Anda terhadap kenaikan harga ini sangat kami nantikan.",
        "Indeks harga konsumen naik 0,3 persen bulan lalu.",
        "Judul lagu itu dipilih oleh warga sendiri.",
        "Berita soal kenaikan harga menyebar cepat.",
        "Sumber: pedagang di pasar induk mengatakan stok beras mulai menipis sejak awal bulan.",
        "Pendaftaran dilakukan secara daring melalui laman resmi: https://daftar.go.id",
        "Warga dapat cek status penerima bansos melalui laman: https://cekbansos.go.id",
        "Untuk informasi lebih lanjut, kunjungi laman resmi kami: https://www.kemenkes.go.id",
        "(Rp 95.000/kg)", "(Rp 48.000/kg)",
        'Warga diminta memantau pengumuman. Simak video "Cara Daftar" untuk panduannya.',
        "Waktu baca anak-anak di desa itu rata-rata hanya 10 menit sehari.",
        "Oleh karena itu warga diminta menyimpan beras secukupnya di rumah.",
        "Oleh sebab itu, pedagang menaikkan harga.",
        "Pedagang mengunggah video di https://www.youtube.com/@pasarinduk untuk pembeli.",
        "Video dapat disaksikan di https://www.youtube.com/watch?v=abc123XYZ sejak Rabu.",
        "Harga naik, ujarnya. Advertisement spending pemerintah daerah ikut naik.",
        "Harga beras naik 20 persen dalam lima tahun terakhir [sic]",
        "Dokumen itu dimuat di halaman 2 dari 3 lampiran yang diserahkan jaksa.",
        "Laporan itu setebal 120 halaman. Halaman 2 dari 3 bagian ringkasan memuat temuan.",
        "Stok aman. https://www.youtube.com/watch?v=dQw4w9WgXcQ dan pemerintah menyiapkan stok.",
        "Banjir merendam sekolah sejak Selasa. Halaman 2 dari 4 SD negeri itu masih tergenang.",
        "Kepala pasar meminta pedagang melanjutkan membaca artikel di bawah aturan baru.",
        "@jokowi menulis di akun resminya bahwa harga beras akan turun.",
        "Foto: pedagang menata karung beras di pasar induk.",
        "Klik di sini bukan cara warga memesan beras, kata pedagang.",
        "Kategori penerima bantuan diperluas tahun ini.",
        "Dari penelusuran TurnBackHoax, tautan di bio akun TikTok mengarahkan warganet ke "
        "laman YouTube palsu:",
        "anak-anak",
        "Pos terkait banjir didirikan di balai desa.",
        "Berikan komentar yang santun, pesan Rina Sari kepada warga.",
        "(*Harga belum termasuk pajak)",
        "Silahkan isi formulir pendaftaran di kantor kelurahan.",
        "HomePod Mini dijual lebih murah tahun ini.",
        "Homestay di Desa Wisata Penuh Saat Libur Lebaran",
        "Oplus menjadi merek baru ponsel di pasar Indonesia.",
        "Warga dapat mengunduh aplikasi di Play Store.",
        "Pemerintah menata politik, ekonomi, hukum, olahraga dan hiburan tahun ini.",
        "Wisatawan memadati Bali, Jatim, Jabar, Aceh, Riau dan Papua sepanjang libur panjang",
        "Liputan politik, ekonomi, hukum, olahraga dan hiburan digelar. Hasilnya dimuat besok",
        "Baca artikel lainnya tentang harga beras di rubrik ekonomi.",
        "Penulis. Itulah profesi yang ia tekuni sejak muda.",
        "Editor. Jabatan itu dipegangnya sejak 2019.",
        "Penulis. Sutan Takdir Alisjahbana.",  # a profile's line, closed as a sentence
        "Stok menipis, kata Budi. (baca: hampir habis",
        "Stok menipis (Baca: Harga Cabai Ikut Naik di Bandung",
        "Mereka MEMBACA JUGA: Kitab Suci Dibaca Bergantian",
        "Tag itu dipasang di setiap koper penumpang.",
        "Advertorial itu dimuat di halaman depan koran.",
        "Sumber ig @harianpagi menyebut harga beras naik.",
        "Sumber air warga berasal dari sumur @desa",
        # a pager's count inside a sentence, a call to read more naming where
        "Hanya 2 dari 4 halaman laporan itu dibuka untuk publik.",
        "Untuk syarat pendaftaran, simak selengkapnya di laman resmi dinas.",
        "Warga diminta mengikuti saluran WhatsApp resmi Pemkot untuk kabar banjir terbaru.",
        # a question naming no outlet, a promotion in the text's words
        "Mau berita bohong terus beredar? Warga diminta memeriksa sumbernya.",
        "Promosi jabatan: lima camat dilantik Bupati Sukamaju pekan ini.",
        "Promosi Budi Santoso: ia kini memimpin dinas perdagangan.",
        # the same words in the text's own sentences
        "Click to comment menjadi tombol yang paling sering ditekan pembaca.",
        "To top it all, harga beras ikut naik.",
        "Read next year's budget carefully, kata Budi Santoso.",
        "Ia dirawat di puskesmas. Foto: dokter gigi itu beredar di media sosial.",
        "Your email address will not be published, janji pengelola situs itu.",
        "Redaksi harian itu menolak berkomentar.",
        # the same words in the text: a sentence, an advert named in it
        "Published di jurnal internasional, riset Rina Sari dikutip banyak peneliti.",
        "Iklan banner Sukamaju Motor atas nama dealer itu dicopot petugas.",
        "iklan baliho dicopot petugas di Jalan Sukamaju kemarin.",
        # the same words in the text: sharing food, adverts on every page, a counter in a sentence
        "Berbagi takjil di Sukamaju digelar setiap sore selama Ramadan.",
        "Iklan semua halaman koran itu dipesan oleh satu perusahaan.",
        "Ratecard iklan koran itu naik dua kali lipat tahun ini.",
        "Tiga kali dibaca ulang, surat itu tetap tidak dipahami warga.",
    ],
)
def test_labels_inside_sentences_stay(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line)
    assert article.dropped == ()
    assert article.segments[-1].text == line


@pytest.mark.parametrize(
    ("last", "kept", "initials"),
    [
        ("Operasi pasar digelar besok. (fyk/ash)", "Operasi pasar digelar besok.", "(fyk/ash)"),
        ("Operasi pasar digelar besok.(FHM)", "Operasi pasar digelar besok.", "(FHM)"),
        ("Operasi pasar digelar besok. (ant/rin/ed)", "Operasi pasar digelar besok.",
         "(ant/rin/ed)"),
        # Capitalised initials, spaced-out brackets, tag links after them in a one-line copy.
        ("Operasi pasar digelar besok. (Cas/Isk)", "Operasi pasar digelar besok.", "(Cas/Isk)"),
        ("Operasi pasar digelar besok . ( psp / wis )", "Operasi pasar digelar besok .",
         "( psp / wis )"),
        ("Operasi pasar digelar besok. (pur/cas) harga beras pasar induk 2024",
         "Operasi pasar digelar besok.", "(pur/cas) harga beras pasar induk 2024"),
        # A short credit in brackets after the last sentence.
        ("Operasi pasar digelar besok, tandasnya. (humas pemkab garut)",
         "Operasi pasar digelar besok, tandasnya.", "(humas pemkab garut)"),
        ("Operasi pasar digelar besok, pungkasnya.[sc]", "Operasi pasar digelar besok, "
         "pungkasnya.", "[sc]"),
        ("Operasi pasar digelar besok. (Antara)", "Operasi pasar digelar besok.", "(Antara)"),
        # a credit word in square brackets
        ("Operasi pasar digelar besok, katanya. [Antara]",
         "Operasi pasar digelar besok, katanya.", "[Antara]"),
        ("Operasi pasar digelar besok. (Tribun Jabar)", "Operasi pasar digelar besok.",
         "(Tribun Jabar)"),
        ("Operasi pasar digelar besok. (Humas Polres Garut)", "Operasi pasar digelar besok.",
         "(Humas Polres Garut)"),
        ("Operasi pasar digelar besok. (ant/rin) banjir jakarta", "Operasi pasar digelar besok.",
         "(ant/rin) banjir jakarta"),
        ("Operasi pasar digelar besok, timpal dia. (mg10/jpnn)",
         "Operasi pasar digelar besok, timpal dia.", "(mg10/jpnn)"),
        ("Operasi pasar digelar besok, ujarnya.(OL-5)", "Operasi pasar digelar besok, ujarnya.",
         "(OL-5)"),
        ("Operasi pasar digelar besok. (Osy)", "Operasi pasar digelar besok.", "(Osy)"),
        ("Operasi pasar digelar besok. (jn02)", "Operasi pasar digelar besok.", "(jn02)"),
        ("Operasi pasar digelar besok. (admin)", "Operasi pasar digelar besok.", "(admin)"),
        ("Operasi pasar digelar besok. (01)", "Operasi pasar digelar besok.", "(01)"),
        ("Operasi pasar digelar besok, katanya. (064)", "Operasi pasar digelar besok, katanya.",
         "(064)"),
        ("Operasi pasar digelar besok, ujarnya. (K-08)", "Operasi pasar digelar besok, ujarnya.",
         "(K-08)"),
        ("Operasi pasar digelar besok. (L/RE1/RI-1)", "Operasi pasar digelar besok.",
         "(L/RE1/RI-1)"),
        ("Operasi pasar digelar besok, pungkasnya (van).",
         "Operasi pasar digelar besok, pungkasnya.", "(van)"),
        ("Operasi pasar digelar besok. (Harian Network | Harian.id)",
         "Operasi pasar digelar besok.", "(Harian Network | Harian.id)"),
        # An outlet's tag glued to the last stop; a reporter's name after an attribution.
        ("Operasi pasar digelar besok.(harianpagi)", "Operasi pasar digelar besok.",
         "(harianpagi)"),
        # a station's and a reporter's tags joined by a hyphen, glued to the last stop
        ("Operasi pasar digelar besok.(rad-yus)", "Operasi pasar digelar besok.", "(rad-yus)"),
        ("Operasi pasar digelar besok, tandas Budi. (Rahmat)",
         "Operasi pasar digelar besok, tandas Budi.", "(Rahmat)"),
        ("Operasi pasar digelar besok, ujarnya. (Rahmat)",
         "Operasi pasar digelar besok, ujarnya.", "(Rahmat)"),
        ("Operasi pasar digelar besok, pungkas Budi. (Harian.com/rina)",
         "Operasi pasar digelar besok, pungkas Budi.", "(Harian.com/rina)"),
        # a reporter's initials and number
        ("Stok beras cukup sampai Lebaran, jelasnya. (RS/02)",
         "Stok beras cukup sampai Lebaran, jelasnya.", "(RS/02)"),
        ("Operasi pasar digelar besok. (BD/14)", "Operasi pasar digelar besok.", "(BD/14)"),
        # a reporter's name in capitals and the desk's number; Antara's count of parts
        ("Operasi pasar digelar besok. (BUDI SANTOSO/B-3)", "Operasi pasar digelar besok.",
         "(BUDI SANTOSO/B-3)"),
        ("Operasi pasar digelar besok, katanya.***2***", "Operasi pasar digelar besok, katanya.",
         "***2***"),
        # the end-of-story stars or a stop after a closing credit
        ("Operasi pasar digelar besok. (ant).***", "Operasi pasar digelar besok.", "(ant).***"),
        ("Anggaran itu disetujui semua fraksi,” (Wartawan Rina/Budi).",
         "Anggaran itu disetujui semua fraksi,”", "(Wartawan Rina/Budi)."),
        # two or three editors' initials and the outlet
        ("Operasi pasar digelar besok, tutupnya. (Rin/Ads/Sulselku)",
         "Operasi pasar digelar besok, tutupnya.", "(Rin/Ads/Sulselku)"),
        ("Operasi pasar digelar besok. (ab/rk/Beritaku)", "Operasi pasar digelar besok.",
         "(ab/rk/Beritaku)"),
        # a desk's letter and number after the editors' initials
        ("Operasi pasar digelar besok, pungkasnya. (wol/man/d1)",
         "Operasi pasar digelar besok, pungkasnya.", "(wol/man/d1)"),
        # a reporter's code of capitals and a number, its stop repeated after it or glued
        ("Stok beras cukup sampai Lebaran, terangnya. (KB12).",
         "Stok beras cukup sampai Lebaran, terangnya.", "(KB12)."),
        ("Stok beras cukup sampai Lebaran, terangnya.(WN3)",
         "Stok beras cukup sampai Lebaran, terangnya.", "(WN3)"),
        # one editor's initials and the desk's code
        ("Kadar debu tercatat 70 mikrogram per meter kubik. (rin/d1)",
         "Kadar debu tercatat 70 mikrogram per meter kubik.", "(rin/d1)"),
        # a writer's code and the desk's credit words between slashes
        ("Operasi pasar digelar besok, tutupnya. (RS/Adv/HumasKota)",
         "Operasi pasar digelar besok, tutupnya.", "(RS/Adv/HumasKota)"),
        ("Operasi pasar digelar besok. (BS/Rls/Diskominfo)", "Operasi pasar digelar besok.",
         "(BS/Rls/Diskominfo)"),
        # a desk's number and the outlet's initials; an editor's code between bars
        ("Kasus itu kini dilimpahkan ke pengadilan. (07/RK)",
         "Kasus itu kini dilimpahkan ke pengadilan.", "(07/RK)"),
        ("Kasus itu kini dilimpahkan ke pengadilan. |C-02|",
         "Kasus itu kini dilimpahkan ke pengadilan.", "|C-02|"),
        ("Operasi pasar digelar besok, kata Budi.|rs12|", "Operasi pasar digelar besok, kata Budi.",
         "|rs12|"),
        # an outlet's initials in mixed case: a lower-case letter, then a capital
        ("Stok beras cukup, ujar Budi menutup paparannya. (hP)",
         "Stok beras cukup, ujar Budi menutup paparannya.", "(hP)"),
        # one capital after a quotation
        ("Anggaran itu disetujui semua fraksi, pungkasnya. (R)",
         "Anggaran itu disetujui semua fraksi, pungkasnya.", "(R)"),
        # a reporter's first name and the editor's number with a leading zero
        ("Stok beras cukup sampai Lebaran, paparnya. (Rina-02)",
         "Stok beras cukup sampai Lebaran, paparnya.", "(Rina-02)"),
    ],
)
def test_editor_initials_end_the_last_paragraph(last: str, kept: str, initials: str) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, last)
    assert article.segments[-1].text == kept
    assert article.dropped == (initials,)


@pytest.mark.parametrize(
    ("line", "kept", "dropped"),
    [
        (f"{BODY} [Gambas:Video 20detik] Stok beras aman.", f"{BODY} Stok beras aman.",
         "[Gambas:Video 20detik]"),
        (f'{BODY} Simak Video "Harga Beras di Pasar Induk"', BODY,
         'Simak Video "Harga Beras di Pasar Induk"'),
        ("Pedagang mengeluh . Lihat juga : Harga Cabai , Gula Ikut Naik Stok beras aman .",
         "Pedagang mengeluh . Stok beras aman .", "Lihat juga : Harga Cabai , Gula Ikut Naik"),
        # A page label, a box of picks with its titles, an embedded video's address.
        (f"{BODY} Lanjutkan membaca artikel di bawah Stok beras aman.",
         f"{BODY} Stok beras aman.", "Lanjutkan membaca artikel di bawah"),
        (f"{BODY} Halaman 2 dari 3", BODY, "Halaman 2 dari 3"),
        (f"{BODY} Editor's picks Harga Cabai Ikut Naik di Bandung Gula Pasir Langka Stok "
         "beras aman.", f"{BODY} Stok beras aman.",
         "Editor's picks Harga Cabai Ikut Naik di Bandung Gula Pasir Langka"),
        (f"{BODY} https://www.youtube.com/embed/xzy2bFXyurI", BODY,
         "https://www.youtube.com/embed/xzy2bFXyurI"),
        (f"{BODY} https://www.instagram.com/p/C4xYzAbCdEf/ Stok beras aman.",
         f"{BODY} Stok beras aman.", "https://www.instagram.com/p/C4xYzAbCdEf/"),
        # a link in brackets inside a paragraph ("(baca: …)" in lower case means "read as")
        ("Stok menipis (Baca: Harga Cabai Ikut Naik di Bandung) sejak awal bulan.",
         "Stok menipis sejak awal bulan.", "(Baca: Harga Cabai Ikut Naik di Bandung)"),
        # the bracket never closed by the copy
        ("Stok menipis, kata Budi. (Baca Juga: Harga Cabai Ikut Naik",
         "Stok menipis, kata Budi.", "(Baca Juga: Harga Cabai Ikut Naik"),
        # the label in capitals glued to the last word
        ("Stok beras cukup untuk alasan keamananBACA JUGA: Harga Cabai Ikut Naik di Bandung",
         "Stok beras cukup untuk alasan keamanan",
         "BACA JUGA: Harga Cabai Ikut Naik di Bandung"),
    ],
)
def test_embeds_and_teasers_inside_a_line_are_dropped(line: str, kept: str, dropped: str):
    article = segment_lines(HEADLINE, LEAD, line)
    assert article.segments[-1].text == kept
    assert article.dropped == (dropped,)


def test_an_unclosed_link_and_the_initials_glued_to_it_are_dropped() -> None:
    last = "Stok menipis, kata Budi. (Baca Juga: Harga Cabai Ikut Naik(rin)"
    article = segment_lines(HEADLINE, LEAD, last)
    assert article.segments[-1].text == "Stok menipis, kata Budi."
    assert article.dropped == ("(Baca Juga: Harga Cabai Ikut Naik", "(rin)")


@pytest.mark.parametrize(
    "last",
    [
        "Operasi pasar digelar di Bandung (Jawa Barat) besok.",
        # A note to the reader after the last sentence; an acronym before the last words.
        "Operasi pasar digelar besok. (Jadwal dapat berubah sewaktu-waktu)",
        "Inflasi dihitung Badan Pusat Statistik (BPS) tahun ini",
        "Pertumbuhan ekonomi mencapai 5,1 persen (yoy) pada triwulan ketiga tahun ini",
        "Pendaftaran tidak dipungut biaya. (Gratis)",
        "Pendaftaran tidak dipungut biaya. (Gratis).***",  # stars after no credit word
        # square brackets around a word no credit uses: the writer's own note
        "Harga beras naik 20 persen tahun ini. [Gratis]",
        "Pendaftaran tidak dipungut biaya. (gratis)",
        "Pendaftaran dibuka pekan depan, kata panitia. (Gratis)",
        "Harga tiket Rp 50.000 per orang.(anak-anak gratis)",
        "Pertumbuhan ekonomi mencapai 5,1 persen (yoy).",
        "Penjualan naik 18,5 persen dibandingkan tahun sebelumnya (yoy).",
        'Pola kerja itu disebut "bekerja dari rumah" (wfh).',
        "Warga berdoa bersama, Jumat (13/10). Pray for Gaza",
        # a date in brackets is no reporter's number
        "Operasi pasar digelar besok. (13/10)",
        # a fare per distance: no stop before it
        "Tarif ojek daring naik menjadi Rp 2.500 (1/KM)",
        # a month and year, a score's half time: no reporter's number
        "Inflasi tahunan tercatat sebesar 3,12 persen (Mei/24)",
        "Inflasi tahunan tercatat sebesar 3,12 persen. (MEI/24)",
        "Hasil pekan lalu: Persiba menang 3-1 atas Putra Muda (HT/20)",
        "Operasi pasar digelar di Blok B (RT 02/RW-5)",
        "Nilai tukar rupiah ditutup melemah***",
        # institutions or places in brackets, and a list with no stop before it
        "Vaksin dibagikan pekan depan. (Kemenkes/Dinkes/Puskesmas)",
        "Kasus itu kini ditangani bersama, kata juru bicara. (KPK/BPK/Kejagung)",
        "Vaksin dibagikan ke tiga wilayah (Sel/Ut/Jakarta)",
        "Aplikasi itu kini tersedia untuk ponsel (iOS)",
        "Pendaftaran dibuka untuk warga (Dinkes/Humas/RSUD)",
        "Syaratnya diatur dalam Pasal 5 ayat 2 huruf (b)",
        # a quarter or a summit's name in brackets before the stop or with none before it
        "Laba bersih perseroan naik pada kuartal ketiga (Q3).",
        "Delegasi tiba di Bali untuk pertemuan puncak (G20)",
        "Syaratnya diatur dalam Pasal 5 ayat 2 huruf (b)",
        "Operasi pasar digelar di blok (a1/b2)",
        # a unit after its figure, or alone after the stop, is no editors' initials
        "Kadar debu di kawasan itu mencapai 300 mikrogram per meter kubik (ug/m3)",
        "Batas aman debu halus adalah 55 mikrogram per meter kubik. (ug/m3)",
        "Ia tergolong gemuk sebab indeks massa tubuhnya mencapai 29. (kg/m2)",
        "Tekanan ban yang dianjurkan pabrik adalah 2,2. (kg/cm2)",
        "Harga tanah di kawasan itu Rp 5 juta. (rp/m2)", "Debit air naik. (ltr/dm3)",
        # a brand in two capitals, a list's label after a sentence with no speech verb
        "Pengaduan kini bisa dikirim lewat aplikasi pesan. (WhatsApp)",
        "Siaran ulangnya dapat ditonton di kanal resmi. (YouTube)",
        "Ponsel pertama dengan papan ketik itu buatan Research In Motion. (BlackBerry)",
        "Tim asal Inggris itu kembali berlaga di Formula 1. (McLaren)",
        "Jawaban yang benar untuk soal nomor tiga adalah berikut. (A)",
        # a name with a version or a year after it, no leading zero
        "Pasien itu dinyatakan sembuh pekan lalu. (Covid-19)",
        "Jumlah penerima bantuan tahun ini naik. (123)",  # no leading zero: no editor's number
    ],
)
def test_a_bracket_inside_or_after_the_last_sentence_stays(last: str) -> None:
    assert segment_lines(HEADLINE, LEAD, last).segments[-1].text == last


def test_initials_inside_the_body_stay() -> None:
    line = "Bank Indonesia (BI) menahan suku bunga acuan (BI Rate) bulan ini."
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.segments[2].text == line


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("HARIAN.com/RINA SARI Pedagang menata karung beras di Pasar Induk Cipinang, Senin.",
         "Pedagang menata karung beras di Pasar Induk Cipinang, Senin.", "HARIAN.com/RINA SARI"),
        ("Pedagang menata karung beras. (Foto: Rina/Harian)", "Pedagang menata karung beras.",
         "(Foto: Rina/Harian)"),
        ("Karung beras di gudang (ist)", "Karung beras di gudang", "(ist)"),
        ("Pedagang beras di pasar, Senin (3/1/2021). WARTA PAGI/YOGI SETIAWAN",
         "Pedagang beras di pasar, Senin (3/1/2021).", "WARTA PAGI/YOGI SETIAWAN"),
        ("Truk beras di jalan tol. HARIAN KOTA/BAYU NUGROHO (HARIAN KOTA/BAYU NUGROHO)",
         "Truk beras di jalan tol.", "HARIAN KOTA/BAYU NUGROHO (HARIAN KOTA/BAYU NUGROHO)"),
        # A photographer and outlet in brackets; a gallery copy repeats the caption after it.
        ("Pedagang menata karung beras (Rina Sari/detikcom) Foto: Pedagang menata karung "
         "beras (Rina Sari/detikcom)", "Pedagang menata karung beras",
         "(Rina Sari/detikcom) Foto: Pedagang menata karung beras (Rina Sari/detikcom)"),
        ("Truk beras di jalan tol (Bayu/Harian.com)", "Truk beras di jalan tol",
         "(Bayu/Harian.com)"),
        # after the caption's last sentence: a "Foto:" credit, "X for Y", square brackets
        ("Bupati Sukamaju, Drs. Budi Santoso, M.Si. Foto: Rina/Harianpagi",
         "Bupati Sukamaju, Drs. Budi Santoso, M.Si.", "Foto: Rina/Harianpagi"),
        ("PUKUL GONG: Bupati membuka festival, Rabu (14/8). Humas for Harian Pagi",
         "PUKUL GONG: Bupati membuka festival, Rabu (14/8).", "Humas for Harian Pagi"),
        ("Pelatih memberi instruksi di pinggir lapangan. [harian.com/Rina Sari]",
         "Pelatih memberi instruksi di pinggir lapangan.", "[harian.com/Rina Sari]"),
        ("Polisi di lokasi kebakaran rumah warga.HARIAN/RS", "Polisi di lokasi kebakaran rumah "
         "warga.", "HARIAN/RS"),
        ("Gedung Pengadilan Tipikor di Jakarta Pusat. Foto istimewa",
         "Gedung Pengadilan Tipikor di Jakarta Pusat.", "Foto istimewa"),
        ("Kondisi sungai setelah banjir, Selasa, 4 Desember 2018, Harian.id - Mustaqim",
         "Kondisi sungai setelah banjir, Selasa, 4 Desember 2018", ", Harian.id - Mustaqim"),
        # a credit after a bar, named as one
        ("Kapolsek Sukamaju, AKP Budi Santoso berikan keterangan pers | Humas Polsek Sukamaju",
         "Kapolsek Sukamaju, AKP Budi Santoso berikan keterangan pers",
         "| Humas Polsek Sukamaju"),
        ("Warga membersihkan lumpur di depan rumah | Dok. Pribadi",
         "Warga membersihkan lumpur di depan rumah", "| Dok. Pribadi"),
        ("Petugas memadamkan api di pasar | Foto: Rina Sari",
         "Petugas memadamkan api di pasar", "| Foto: Rina Sari"),
        # a doubled bar; a "Foto:" label makes a caption of a title-case line too
        ("Pelantikan Kepala Desa Sukamaju || Foto: Rin",
         "Pelantikan Kepala Desa Sukamaju", "|| Foto: Rin"),
        # "jelas" after a closing mark is an ordinary word: the line is a caption
        ('Spanduk bertuliskan "Tolak!" jelas terlihat di depan kantor. WARTA/RINA SARI',
         'Spanduk bertuliskan "Tolak!" jelas terlihat di depan kantor.', "WARTA/RINA SARI"),
        ('Poster bertuliskan "Lawan?" tegas terpampang di gerbang. WARTA/RINA SARI',
         'Poster bertuliskan "Lawan?" tegas terpampang di gerbang.', "WARTA/RINA SARI"),
        # a caption quoting its subject is still a caption when the credit names the photo
        ('Bupati menyapa pedagang, "Pasar ini milik warga," katanya. (Foto: Humas Pemkab)',
         'Bupati menyapa pedagang, "Pasar ini milik warga," katanya.', "(Foto: Humas Pemkab)"),
        # the paper's archive named after "dok.", an illustration's credit
        ("Pedagang menata karung beras. Foto: dok.Harian", "Pedagang menata karung beras.",
         "Foto: dok.Harian"),
        ("Petugas berpatroli di perbatasan. Ilustrasi Foto: dok.Harian",
         "Petugas berpatroli di perbatasan.", "Ilustrasi Foto: dok.Harian"),
    ],
)
def test_photo_credits_make_captions_and_are_not_spoken(
    line: str, caption: str, credit: str
) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert [(s.kind, s.text) for s in article.segments][2] == ("caption", caption)
    assert article.dropped == (credit,)


@pytest.mark.parametrize("line", [
    "Harga Beras Naik Lagi | Ekonomi",  # a page title and its section
    "Beranda | Berita | Humaniora",  # a menu: "Humaniora" is no "Humas"
    "Bupati meresmikan pasar baru | warga menyambutnya dengan gembira.",
    # a title-case heading before a bar is no caption, whatever words follow the bar
    "Juara Lomba Mewarnai | Foto Bersama",
    "Ketua Panitia Bicara | Humas Sekolah",
    "Pameran Karya Siswa || Foto Bersama",  # no "Foto:" label: still a heading
    # "Foto" alone, or before a plain word, names no photographer
    "Pedagang menata dagangan di pasar | Foto",
])
def test_a_bar_before_no_photo_credit_makes_no_caption(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert "caption" not in kinds(article)


@pytest.mark.parametrize("headline", [
    "Polda Gelar Lomba Lari Bhayangkara | Humas Polda",
    "Ribuan Warga Padati Alun-alun Kota | Foto",
])
def test_a_headline_with_a_bar_stays_the_headline(headline: str) -> None:
    article = segment_lines(headline, f"JAKARTA - {LEAD}", BODY)
    assert kinds(article)[0] == "headline"


@pytest.mark.parametrize(("line", "last"), [
    ("“Saya mengajak warga menjaga kebersihan pasar,” pungkas Budi. (Harian.com/rina)",
     "pungkas Budi."),
    ('"Stok beras aman sampai akhir tahun," kata Budi. (Harian.com/rina)', "kata Budi."),
    # "tegas", "lanjut" after a quotation's comma: any speaker follows, not only a name
    ('"Kalau ditunda, harga akan naik lagi," tegas pedagang muda itu. (Harian.com/Rina)',
     "tegas pedagang muda itu."),
    ('"Kami minta stok ditambah," lanjut pria berusia 47 tahun itu. (Rina Sari/harianpagi)',
     "lanjut pria berusia 47 tahun itu."),
])
def test_an_attributed_quotation_with_a_credit_is_no_caption(line: str, last: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line)
    assert "caption" not in kinds(article)
    assert article.segments[-1].text == last


def test_a_caption_as_the_first_line_is_no_headline() -> None:
    first = ("ANTRE BERAS - Warga antre membeli beras murah di Pasar Induk, Senin (3/1/2021). "
             "Operasi pasar digelar di 40 titik. WARTA PAGI/YOGI SETIAWAN")
    article = segment_lines(first, "Laporan Wartawan Harian.com, Rina Sari",
                            f"HARIAN.COM, JAKARTA --{LEAD}", BODY)
    assert article.title is None
    assert kinds(article) == ["caption", "byline", "lead", "paragraph"]
    assert article.segments[2].text.startswith("Jakarta – Harga beras")
    assert (article.byline, article.publisher) == ("Rina Sari", "HARIAN.COM")


def test_a_deck_that_repeats_the_lead_is_dropped() -> None:
    deck = "Harga beras di Jakarta naik tajam karena pasokan dari daerah berkurang."
    article = segment_lines(HEADLINE, deck, f"JAKARTA, KOMPAS.com -- {LEAD}", BODY)
    assert kinds(article) == ["headline", "lead", "paragraph"]
    assert article.dropped == (deck, "KOMPAS.com")


@pytest.mark.parametrize(("labels", "kinds_before_lead"), [
    # A banner and tag links stacked over the text, one printed twice: the page's labels.
    (["Wisata Nusantara", "Harga Beras", "Harga Beras"], []),
    (["214", "Wisata Nusantara", "Harga Beras", "Harga Beras"], []),
    # An author's name under the repeated labels, or one name printed twice: the byline.
    (["Ekonomi", "Ekonomi", "Rina Sari"], ["byline"]),
    (["Wisata Nusantara", "Harga Beras", "Harga Beras", "Rina Sari"], ["byline"]),
    (["Rina Sari", "Rina Sari"], ["byline"]),
    # A deck is a sentence, or words in lower case: kept.
    (["Pemerintah menyiapkan operasi pasar di empat puluh titik.", "Operasi Pasar"],
     ["deck", "deck"]),
    (["Operasi pasar digelar"], ["deck"]),
    # A name after a comma goes on a list of authors, no label.
    (["Pemerintah menyiapkan operasi pasar di empat puluh titik,", "Rina Sari"], ["deck", "deck"]),
])
def test_capitalised_labels_over_a_dated_lead_are_no_deck(
    labels: list[str], kinds_before_lead: list[str]
) -> None:
    article = segment_lines(HEADLINE, *labels, f"JAKARTA, KOMPAS.com -- {LEAD}", BODY)
    assert kinds(article) == ["headline", *kinds_before_lead, "lead", "paragraph"]


@pytest.mark.parametrize("lines", [
    # Two undated paragraphs, a section heading, then a dated paragraph mid-article: the
    # dateline is too far down to make a lead, so nothing above it is a deck.
    ["Pedagang di pasar induk mengeluhkan harga beras yang naik sejak awal bulan ini.",
     "Pembeli pun mengurangi belanja mereka karena harga terus merangkak naik.",
     "Tanggapan Pemerintah",
     f"JAKARTA (ANTARA) - {LEAD}"],
    # An author's name, or two, over a dated lead: never dropped as a page label.
    ["Rina Sari", "Budi Santoso", f"SUMENEP - {LEAD}"],
    # A deck of a few capitalised words, printed once, is read.
    ["Pedagang Menjerit", "Ribuan Warga Antre", f"JAKARTA - {LEAD}"],
    ["Nasib Pedagang Beras", f"JAKARTA - {LEAD}"],
])
def test_no_spoken_line_over_a_dated_lead_is_lost(lines: list[str]) -> None:
    article = segment_lines(HEADLINE, *lines, BODY)
    assert not set(lines[:-1]) & set(article.dropped)


def test_a_deck_that_says_something_else_is_kept() -> None:
    deck = "Pemerintah menyiapkan operasi pasar di empat puluh titik mulai pekan depan."
    article = segment_lines(HEADLINE, deck, f"JAKARTA, KOMPAS.com -- {LEAD}", BODY)
    assert kinds(article) == ["headline", "deck", "lead", "paragraph"]


@pytest.mark.parametrize(
    "letterhead",
    [
        ("KEMENTERIAN PERTANIAN", "REPUBLIK INDONESIA"),
        ("PEMERINTAH PROVINSI JAWA TENGAH", "DINAS PENDIDIKAN",
         "Jl. Pemuda No. 134 Semarang 50132"),
        ("BADAN PUSAT", "STATISTIK"),
    ],
)
def test_an_institutions_letterhead_before_or_after_the_text_is_furniture(letterhead) -> None:
    for lines in ((*letterhead, HEADLINE, LEAD, BODY), (HEADLINE, LEAD, BODY, *letterhead)):
        article = segment(parse_text("\n".join(lines)))
        assert kinds(article) == ["headline", "lead", "paragraph"]
        assert article.dropped == letterhead


def test_capitals_lines_inside_the_text_stay() -> None:
    lines = (HEADLINE, LEAD, "KEMENTERIAN PERTANIAN", "REPUBLIK INDONESIA", BODY)
    assert segment(parse_text("\n".join(lines))).dropped == ()


def test_a_flattened_tables_cells_are_not_headings() -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, "Bidang yang dilombakan:", "NO", "BIDANG", "1",
                            "Pengelasan", "2", "Tata Busana")
    assert "heading" not in kinds(article)


@pytest.mark.parametrize(
    "line",
    [
        "#SaveKPK kembali menggema di media sosial setelah revisi undang-undang disahkan DPR.",
        "Hak cipta atas lagu kebangsaan itu kini dipegang negara, kata Menteri Hukum.",
        "Copyright kini menjadi isu penting bagi para kreator konten di Indonesia, ujar Budi "
        "Santoso.",
        "Ikuti berita perkembangan harga BBM ini terus diikuti oleh masyarakat luas di seluruh "
        "daerah.",
        # a place to find out more, a channel in the news, a paper that is no outlet
        "Untuk informasi lebih lanjut, kunjungi laman resmi Dinas Pendidikan.",
        "Bacaan 5 menit sebelum tidur membantu anak cepat terlelap, kata psikolog itu.",
        "Warga diminta mengikuti channel WhatsApp resmi Pemkot untuk informasi banjir terbaru.",
        "Baca koran bekas itu kemudian dijual kembali oleh para pemulung di pasar.",
        "Ikuti aturan lalu lintas demi keselamatan bersama di jalan raya, ujar Kapolres.",
        # a call to follow news of a place or of a site that is no outlet's, a source named
        "Ikuti terus berita tentang banjir di Jakarta dari sumber yang resmi, pesan Kapolres.",
        "Pantau terus informasi cuaca terbaru di bmkg.go.id setiap hari, kata petugas BMKG.",
        "Sumber Harian.com menyebut harga beras di pasar induk naik pekan ini.",
    ],
)
def test_body_sentences_opening_like_notices_stay(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.dropped == ()
    assert article.segments[2].text == line


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 PT Kompas Cyber Media. All Rights Reserved.",
        "#Sandiaga Uno #Pilkada",
        "Ikuti berita terkini di Google News",
        "Ikuti berita terkini di Google News.",
        "Hak Cipta 2024 Harian Pagi",
        # the reading time, editors' initials alone on a line
        "Bacaan 3 Menit", "Rn-Sd", "Rn/Sd",
        # a call to follow the outlet's channel or to read its paper
        "Yuk, segera follow WhatsApp Channel Kabar Pagi dan dapatkan berita terbaru setiap "
        "harinya.",
        "Ikuti saluran WhatsApp Kabar Pagi untuk kabar terkini setiap hari dari redaksi kami.",
        "Untuk informasi lebih lanjut, kunjungi koran Kabar Pagi.",
        "Untuk informasi selengkapnya, baca harian Kabar Pagi edisi cetak besok.",
    ],
)
def test_short_notices_are_still_dropped(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.dropped == (line,)


@pytest.mark.parametrize(
    "line",
    [
        # a channel or a paper named in the text, a how-to's step, a quoted appeal, a heading
        "Ikuti saluran WhatsApp Pemprov Jambi untuk mendapatkan kabar terbaru soal bantuan "
        "sosial, kata Gubernur dalam unggahannya.",
        "Ikuti channel WhatsApp tersebut dengan menekan tombol Ikuti di bawah namanya.",
        "Ikuti Google News untuk Berita Olahraga",
        # a name in lower case after "follow": an English word in the text, no outlet
        "Follow the money untuk mendapatkan gambaran aliran dana desa, kata Budi.",
        "Klik untuk membuka aplikasi lalu ikuti saluran WhatsApp Pemkot Sukamaju.",
        "Baca Koran Sebelum Sarapan",
        # a nickname, two letters, a long reading as a heading: no initials, no reading time
        "Jo-Ko", "A/B", "Bacaan 15 Menit",
        "Baca Majalah Anak-Anak",
        # a page of history; a site named, the sentence ended
        "Bersambung ke halaman sejarah bangsa yang baru",
        "Pantau terus informasi cuaca di bmkg.go.id.",
        "Pantau terus berita peringatan dini cuaca di bmkg.go.id.",  # a government's site
        "Ikuti berita resmi pemerintah kota hanya di Kanal Resmi Pemkot.",
        "Baca Majalah Anak-Anak",
        "Baca harian Kabar Pagi edisi cetak besok.",
    ],
)
def test_lines_about_channels_and_papers_are_read(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.dropped == ()


@pytest.mark.parametrize(
    ("line", "kept", "link"),
    [
        # Inside a paragraph after a sentence: the title ends before the next sentence.
        ("Stok beras menipis. Baca juga: Harga Cabai Ikut Naik di Bandung Pedagang mengaku "
         "rugi besar.", "Stok beras menipis. Pedagang mengaku rugi besar.",
         "Baca juga: Harga Cabai Ikut Naik di Bandung"),
        # At the end of the line: the rest of the line is the title.
        ("Stok beras menipis. Baca juga: Harga Gula Turun Lagi", "Stok beras menipis.",
         "Baca juga: Harga Gula Turun Lagi"),
        # A title ending with its own full stop.
        ("Stok beras menipis. Simak juga: Harga Gula Turun. Pedagang mengaku rugi.",
         "Stok beras menipis. Pedagang mengaku rugi.", "Simak juga: Harga Gula Turun."),
    ],
)
def test_related_links_inside_a_paragraph_are_dropped(line: str, kept: str, link: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line)
    assert article.segments[-1].text == kept
    assert link in article.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Stok beras menipis. Baca juga: ini bukan judul artikel lain.",
        "Pedagang diminta baca juga: aturan baru soal harga eceran tertinggi.",
    ],
)
def test_unsure_related_links_stay(line: str) -> None:
    article = segment_lines(HEADLINE, LEAD, line)
    assert article.segments[-1].text == line


@pytest.mark.parametrize("label", ["artikel", "Artikel", "berita", "ISI BERITA", "Teks Berita"])
def test_a_bare_savers_label_first_is_no_headline(label: str) -> None:
    article = segment_lines(label, HEADLINE, LEAD, BODY)
    assert article.title == HEADLINE
    assert label in article.dropped
    assert kinds(article) == ["headline", "lead", "paragraph"]


@pytest.mark.parametrize(
    ("title", "headline"),
    [(f"{HEADLINE} - Harian.com", HEADLINE), (HEADLINE, HEADLINE)],
)
def test_a_url_first_is_the_articles_address(title: str, headline: str) -> None:
    url = "https://www.harian.com/read/2024/01/02/123/harga-beras-naik-tajam"
    article = segment_lines(url, title, LEAD, BODY)
    assert article.url == url
    assert article.title == headline
    assert kinds(article) == ["headline", "lead", "paragraph"]


def test_a_dateline_on_a_line_of_its_own_opens_the_lead():
    article = segment_lines(HEADLINE, "Laporan Wartawan Harian.com, Samuel Febrianto",
                            "HARIAN.COM, BANDUNG", LEAD, BODY)
    assert [(s.kind, s.text[:15]) for s in article.segments[:3]] == [
        ("headline", HEADLINE[:15]), ("byline", "Samuel Febriant"), ("lead", "Bandung – Harga")]
    assert "HARIAN.COM" in article.dropped


def test_a_page_number_before_the_editors_initials_is_dropped_with_them() -> None:
    article = segment_lines(HEADLINE, LEAD, f"{BODY} Halaman 2 dari 3 (mib/haf)")
    assert article.segments[-1].text == BODY
    assert article.dropped == ("Halaman 2 dari 3", "(mib/haf)")


@pytest.mark.parametrize(("lines", "kept"), [
    # Titles listed under a bare "Baca juga:" are other articles.
    (["Baca juga:", "- Harga Cabai Ikut Naik di Bandung", "- Stok Gula Aman Jelang Lebaran",
      BODY], [LEAD, BODY]),
    # Tags listed after the closing credit.
    ([BODY, "Editor: Rina Sari", "• Harga Beras", "• Inflasi"], [LEAD, BODY]),
    (["Redaktur & Reporter : Rina Sari", "- Harga Cabai Ikut Naik di Bandung"], [LEAD]),
    # The article's own list, after its text or after a label that is not a links label, stays.
    (["Jenis beras yang naik:", "- beras medium", "- beras premium"],
     [LEAD, "Jenis beras yang naik:", "beras medium", "beras premium"]),
    (["Jenis beras yang naik:", "Iklan", "- beras medium", "- beras premium"],
     [LEAD, "Jenis beras yang naik:", "beras medium", "beras premium"]),
    (["Jenis beras yang naik:", "(ANTARA/Rina Sari)", "- beras medium", "- beras premium"],
     [LEAD, "Jenis beras yang naik:", "beras medium", "beras premium"]),
    (["Rekomendasi:", "- beras medium", "- beras premium"],
     [LEAD, "beras medium", "beras premium"]),
    # Titles alone under a label at the page's end; a heading with text after it stays.
    ([BODY, "Terkini Lainnya", "Revisi Target Kredit, Bank Antisipasi Suku Bunga Tinggi"],
     [LEAD, BODY]),
    (["Terkini Lainnya", "Harga Cabai Ikut Naik", BODY], [LEAD, "Harga Cabai Ikut Naik", BODY]),
    # Titles a crawler split with lone dashes under a label.
    ([BODY, "Berita Terkait", "-", "Pengakuan Pedagang Pasar Induk: Stok Aman, Harga Belum Turun",
      "-", "Menteri: Operasi Pasar Digelar di Lima Kota Mulai Besok"], [LEAD, BODY]),
    # Two titles or more under a label between paragraphs; one with text after it stays.
    (["Berita Terkait :", "Harga Cabai Ikut Naik di Pasar Induk Bandung",
      "Stok Gula Aman Jelang Lebaran, Kata Menteri", BODY], [LEAD, BODY]),
    (["Berita Terkait", "Harga Cabai Ikut Naik", BODY], [LEAD, "Harga Cabai Ikut Naik", BODY]),
])
def test_link_lists_after_a_label_or_the_credit_are_furniture(lines, kept) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert [s.text.lstrip("-• ") for s in article.segments[1:]] == kept


CAPTION = "Warga antre membeli beras murah di pasar induk, Senin (3/1)."


@pytest.mark.parametrize("copies", [
    # The photo's alternative text, a credit line, then its caption.
    [CAPTION, "Foto: Harian/Rina Sari", CAPTION],
    # The caption, then again with the photographer in brackets.
    [CAPTION, CAPTION + " (Rina Sari)"],
    # An outlet's tag before the alternative text, the credit glued to the caption.
    ["[Harian] " + CAPTION, CAPTION + "(Rina Sari/Harian.com)... Selengkapnya"],
    # The alternative text, then the caption under a "Foto:" label with its credit.
    [CAPTION, "Foto: " + CAPTION + " (Rina Sari/Harian.com)"],
    # Typed twice with a slip, each with its credit.
    [CAPTION + " (Foto: Humas/Nia)", CAPTION.replace("beras", "bears") + " (Foto: Humas/Nia)"],
])
def test_a_caption_printed_twice_is_one_caption(copies) -> None:
    article = segment_lines(HEADLINE, *copies, LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments][:2] == [
        ("headline", HEADLINE), ("caption", CAPTION)]
    assert kinds(article)[2:] == ["lead", "paragraph"]


def test_a_caption_printed_twice_above_the_headline_is_no_headline() -> None:
    article = segment_lines(CAPTION, CAPTION + " (Rina Sari)", HEADLINE, LEAD, BODY)
    assert article.title == HEADLINE
    assert kinds(article) == ["headline", "caption", "lead", "paragraph"]


def test_a_title_printed_twice_is_the_headline_under_the_menu_above_it() -> None:
    article = segment_lines("date 2024-05-08 Advertisement", "HOME NEWS JABAR", HEADLINE,
                            "Rina Sari , Jurnalis-Rabu, 8 Mei 2024 |04:15 WIB", HEADLINE,
                            LEAD, BODY)
    assert article.title == HEADLINE
    assert [s.text for s in article.segments].count(HEADLINE) == 1


def test_a_paragraph_or_quotation_printed_twice_by_a_crawler_stays() -> None:
    quote = '"Stok beras kami cukup sampai akhir bulan," kata Budi Santoso.'
    article = segment_lines(HEADLINE, LEAD, quote, BODY, quote)
    assert [s.kind for s in article.segments].count("quote") == 2


def test_a_deck_repeating_the_lead_keeps_the_leads_dateline() -> None:
    article = segment_lines(HEADLINE, LEAD, f"JAKARTA - {LEAD}", BODY)
    assert article.segments[1].text.startswith("Jakarta – Harga beras")


def test_a_quotation_of_two_sentences_is_no_heading() -> None:
    line = '"Lazimnya begitu. Namun, perlu dipastikan," timpal dia. (mg10/jpnn)'
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert "heading" not in kinds(article)
    assert "quote" in kinds(article)


def test_a_photo_title_printed_twice_under_the_headline_is_a_caption() -> None:
    title = "Harga Beras di Pasar Induk Naik Tajam"
    article = segment_lines("Awas, " + title, "Oleh Rina Sari", title, title, LEAD, BODY)
    assert article.title == "Awas, " + title
    assert [(s.kind, s.text) for s in article.segments][1:3] == [
        ("byline", "Rina Sari"), ("caption", title)]


@pytest.mark.parametrize(("first", "title"), [
    # A sentence with its full stop above a dateline lead is a photo's caption, no headline.
    ("Juru bicara dinas memberikan keterangan kepada wartawan.", None),
    # A headline typed with a full stop is still in title case.
    ("Harga Beras Naik Tajam di Pasar Induk.", "Harga Beras Naik Tajam di Pasar Induk."),
])
def test_a_sentence_first_is_no_headline(first, title) -> None:
    article = segment_lines(first, f"JAKARTA, Harian.com - {LEAD}", BODY)
    assert article.title == title


def test_a_teaser_printed_twice_under_a_headline_label_is_never_read() -> None:
    teaser = "Belanja negara akan mendorong pertumbuhan ekonomi menjadi 5,4%."
    article = segment_lines("Headline", teaser, teaser, LEAD, BODY)
    assert article.title is None
    assert [s.text for s in article.segments] == [LEAD, BODY]


def test_paired_initials_after_a_sentence_close_any_paragraph() -> None:
    article = segment_lines(HEADLINE, LEAD, "Stok beras aman, kata dia. (mg10/jpnn)", BODY,
                            "Aparat gabungan berjaga di pasar (TNI/Polri).")
    texts = [s.text for s in article.segments]
    assert "Stok beras aman, kata dia." in texts
    assert texts[-1] == "Aparat gabungan berjaga di pasar (TNI/Polri)."


def test_a_deck_printed_again_as_the_lead_is_read_once() -> None:
    article = segment_lines(HEADLINE, LEAD, LEAD, BODY)
    assert [s.text for s in article.segments] == [HEADLINE, LEAD, BODY]


@pytest.mark.parametrize("heading", ["Profil Prof. Budi Santoso", "Dampak bagi Warga Kec. Cibadak"])
def test_an_abbreviation_in_a_heading_is_no_sentence_end(heading) -> None:
    article = segment_lines(HEADLINE, LEAD, heading, BODY)
    assert kinds(article) == ["headline", "lead", "heading", "paragraph"]


@pytest.mark.parametrize("lines", [
    # A job advert's positions are the article's list, not a byline box's labels.
    ["Posisi yang dibuka antara lain:", "- Reporter", "- Editor", "- Kontributor"],
    # An interview's question, an award's category.
    ["Reporter: Bagaimana dengan keluhan soal kepadatan di jam sibuk?"],
    ["Kategori: Liputan Investigasi", "Pemenang: Tim Liputan Harian"],
])
def test_article_lines_shaped_like_labels_stay(lines) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines, BODY)
    assert article.dropped == ()


def test_a_lower_case_dateline_alone_under_the_headline_is_no_tag() -> None:
    article = segment_lines(HEADLINE, "harian.com, Jakarta", LEAD, BODY)
    assert article.segments[1].text.startswith("Jakarta")


def test_brackets_a_copy_left_empty_are_not_read() -> None:
    article = segment_lines(HEADLINE, LEAD, "Operasi pasar digelar besok, jelas Budi.[]")
    assert article.segments[-1].text == "Operasi pasar digelar besok, jelas Budi."


@pytest.mark.parametrize("line", [
    "10 jam yang lalu", "Home / Berita / Riau", "BUDI KRESNADI/HARIAN.NET", "Logo Harian Pagi",
    "Terverifikasi Administratif dan Faktual oleh Dewan Pers", "Laporkan Komentar",
    # a breadcrumb ending with the title, menus of regions or led by the home link
    "Home > Berita > TURNAMEN NASIONAL > [Liga Desa 2024] Tim Sukamaju Jadi Juara",
    "Daerah Sulawesi Sumatera Jabar Banten Jateng Jatim Bali",
    "Home Warta Nasional Keislaman Regional Opini Tokoh Sosok Mitra",
    # share buttons, boxes' labels, a reaction poll, a prayer-times widget, a view counter
    "Ringkasan Berita:", "Bacaan Lainnya", "What's Your Reaction?",
    "JADWAL SALAT & IMSAKIAH", "00:00", "130 x Tayang Publisher: On:",
    # promotions and teasers
    "Follow Harian.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News",
    "Follow Harian Pagi Times untuk mendapatkan informasi terkini.",
    "Klik untuk follow WhatsApp Channel & Google News",
    "Cek Berita dan Artikel yang lain di Google News",
    "Jika Anda ingin mendapatkan info terkini lain, baik lokal, nasional maupun internasional.",
    "Selanjutnya: Harga Emas Antam Turun Lagi Hari Ini", "Menarik Dibaca: Jadwal Liga Desa 2025",
    # a comment box's rules and its report notice, a date with the desk's credits
    "Berkomentarlah secara bijaksana dan bertanggung jawab. Komentar sepenuhnya menjadi "
    "tanggung jawab komentator seperti diatur dalam UU ITE",
    "Terima kasih. Kami sudah menerima laporan Anda. Kami akan menghapus komentar yang "
    "bertentangan dengan Panduan Komunitas dan UU ITE.",
    "Kamis, 01 Februari 2018 | 21:16 Wita - Editor: Rina Sari - Reporter: Budi",
    # a blog's comment footer, a channel's promotions, a photographer|outlet credit, widgets
    'Posting Komentar untuk "Harga Beras Naik di Pasar Induk"',
    "Bagikan perspektif Anda, sumbangkan wawasan dari keahlian Anda, dan berkontribusilah.",
    "Gabung ke Channel WhatsApp Harian TV untuk update berita terbaru dan terpercaya.",
    # an overlay's call to join the outlet, named by a press word or its domain
    "Gabung di Harian Sukamaju Times", "Gabung di sukamajunews.com",
    "Rina Sari|HARIANPAGI", "Iklan Atas", "English English Indonesian Indonesian",
    "JAKARTA, HARIAN.com — Hotel Sukamaju menghadirkan program berbuka puasa mulai 19… Read More",
    # a translator's credit, a related link in capitals, a WordPress theme's comment form and
    # button, an agency signing off, the editor beside a counter, a date with the byline
    "Penerjemah: Rina Sari, Budi Santoso", "MEMBACA Harga Cabai Ikut Naik di Bandung",
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar Anda "
    "diproses.", "Back to top button", "Harian Pagi News Agency (HPNA)",
    "Editor Rina Sari Dibaca : 388",
    # a share label in capitals, an advert slot's label, a menu's price-list link, a view
    # counter whose number the script never filled in
    "BERBAGI", "Iklan Semua Halaman", "ratecard", "kali dibaca",
])
def test_widget_lines_of_a_crawled_page_are_furniture(line) -> None:
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert article.dropped == (line,)


@pytest.mark.parametrize("headline", [
    "Home Industri Tempe Kian Berkembang",  # a home industry, not the home link
    "HOME INDUSTRI KERUPUK DI GARUT KIAN BERKEMBANG PESAT",
    "Home Industri Kerupuk Kulit Di Garut Kian Berkembang Pesat",
    "Banjir Landa Jabar Jateng Jatim Dan Bali Sejak Senin",  # regions with news around them
])
def test_headlines_shaped_like_menus_stay(headline) -> None:
    assert segment_lines(headline, LEAD, BODY).title == headline


@pytest.mark.parametrize(("headline", "lead"), [
    # a table's bar, an HTML comment's end, a crawler's date field, an image's address
    (f"{HEADLINE} |", LEAD), (f"{HEADLINE} -->", LEAD), (HEADLINE, f"date 2019-01 {LEAD}"),
    (HEADLINE, f"https: img.harian.com content 2017 10 foto-beras-q4.jpg {LEAD}"),
    (HEADLINE, f"20240105_093012{LEAD}"), (HEADLINE, f"IMG_20240105_093012.jpg {LEAD}"),
])
def test_what_a_crawler_leaves_around_a_line_is_not_read(headline, lead) -> None:
    article = segment_lines(headline, lead, BODY)
    assert [s.text for s in article.segments] == [HEADLINE, LEAD, BODY]


def test_a_footers_table_of_credits_gives_the_byline() -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, "Source | : | Harian.com |",
                            "Penulis | : | Rina Sari |", "Editor | : | Budi Santoso |")
    assert article.byline == "Rina Sari"
    assert kinds(article) == ["headline", "lead", "paragraph", "byline"]


def test_a_follow_box_and_its_networks_above_the_headline_are_not_read() -> None:
    article = segment_lines("Logo", "Follow Harian Pagi di Sosmed", "• Facebook", "• Twitter X",
                            "• TikTok", HEADLINE, LEAD, BODY)
    assert article.title == HEADLINE
    assert kinds(article) == ["headline", "lead", "paragraph"]


@pytest.mark.parametrize(("line", "lead"), [
    ("Pasuruan, Harian Pagi", f"Pasuruan – {LEAD}"),  # a known place and a paper's name
    ("Harga Cabai, Gula Pasir", LEAD),  # no place: a deck
    # the paper named first, then the place and the lead's dash
    ("Warta Harian, Jakarta -", f"Jakarta – {LEAD}"),
    ("Harga Cabai, Gula Pasir -", LEAD),  # no place before the dash
])
def test_a_place_and_a_papers_name_on_a_line_of_their_own_are_the_dateline(line, lead) -> None:
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert lead in [s.text for s in article.segments]


def test_a_rubrics_label_between_the_headline_and_its_copy_is_not_read() -> None:
    article = segment_lines(HEADLINE, "Kalimantan Timur", HEADLINE, LEAD, BODY)
    assert kinds(article) == ["headline", "lead", "paragraph"]


def test_a_share_button_under_the_headline_is_dropped_but_a_network_in_the_text_stays():
    assert segment_lines(HEADLINE, "• Whatsapp", LEAD, BODY).dropped == ("• Whatsapp",)
    article = segment_lines(HEADLINE, LEAD, "WhatsApp", BODY, "Facebook",
                            "Pengguna Facebook di Indonesia juga terus bertambah tiap tahun.")
    assert [c.title for c in article.chapters] == [HEADLINE, "WhatsApp", "Facebook"]


def test_questions_a_search_box_injected_between_dashes_are_not_read() -> None:
    injected = "Apa dampak dari banjir? Banjir tidak hanya merusak rumah warga."
    article = segment_lines(HEADLINE, LEAD, "-", injected, "-", BODY)
    assert kinds(article) == ["headline", "lead", "paragraph"]
    asked = "Apa dampak dari kenaikan harga beras? Pedagang mengaku omzet turun separuh."
    assert segment_lines(HEADLINE, LEAD, asked, BODY).segments[2].text == asked


def test_the_headlines_slug_is_not_read() -> None:
    article = segment_lines("Astaga! Harga Beras Naik Tajam", "astaga harga beras naik tajam",
                            LEAD, BODY)
    assert article.dropped == ("astaga harga beras naik tajam",)


def test_a_short_line_over_a_photo_credit_is_a_caption_and_labels_above_are_no_headline():
    caption = "Petugas memeriksa karung beras di gudang Bulog"
    article = segment_lines("LIVESTREAM", "Tutup Menu", caption, "Sumber :", "• ANTARA FOTO",
                            HEADLINE, LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments] == [
        ("headline", HEADLINE), ("caption", caption), ("lead", LEAD), ("paragraph", BODY)]


@pytest.mark.parametrize("credit", ["ANTARA FOTO/Rina Sari", "Foto: Dok. BPBD Bekasi",
                                    "• ANTARA FOTO"])
def test_a_headline_in_sentence_case_over_its_photos_credit_stays_the_headline(credit) -> None:
    headline = "Banjir rendam ratusan rumah di Bekasi"
    article = segment_lines(headline, credit, LEAD, BODY)
    assert article.title == headline


def test_a_heading_in_sentence_case_over_its_photos_credit_stays_a_heading() -> None:
    article = segment_lines(HEADLINE, LEAD, "Dampak banjir bagi petani kecil",
                            "Foto: ANTARA FOTO/Rina Sari", BODY)
    assert [c.title for c in article.chapters] == [HEADLINE, "Dampak banjir bagi petani kecil"]


@pytest.mark.parametrize("lines", [
    ["Skor akhir pertandingan:", "21:15", "18:21", "21:19"],  # a match's set scores
    ["Ringkasan", BODY],  # a heading named like a box's label
    ["Selanjutnya: unggah kartu keluarga dan akta kelahiran", BODY],  # a step, no teaser
    ["Terpopuler: rendang dan sate, menurut survei itu.", BODY],  # a finding, no title
    ["Trending: video warga Sukamaju menanam padi di atap rumah.", BODY],  # no title after it
    # a sentence of the text opening with the word: it ends on a full stop
    ["Trending: Sukamaju Bersih jadi tagar paling banyak dicuitkan pekan ini.", BODY],
    # lines near the shapes of later furniture rules (review of bc77455)
    ["Follow Akun Resmi BNPB di Media Sosial", "- Akun Instagram @bnpb", "- Akun X @bnpb"],
    ["MEMBACA Laporan Badan Pusat Statistik pekan lalu, kita patut cemas akan harga beras."],
    ["Gabung ke channel resmi yang dikelola lembaga jelas, bukan akun pribadi."],
    ["Gabung di Klub Sukamaju", BODY],  # a player's move: no outlet named
    ["Gabung di Sukamaju Times, Rina Sari siap meliput pemilu.", BODY],
    ["Bagikan perspektif Anda dengan sopan dan jangan menyebarkan data pribadi orang lain."],
    ["Bogor Barat | PKS", "Bogor Utara | GERINDRA"], ["Logo", BODY],
    ["Sejarah Antara News Agency", BODY],
    ["Lulusan yang diterima minimal sarjana atau diploma empat (S1/D4)"],
    ["Barang bukti diamankan unit anjing pelacak (K-9)"],
    ["Dana dipotong oknum tertentu (baca: perangkat desa yang nakal) karena lalai mengawasi."],
])
def test_article_lines_near_new_furniture_shapes_stay(lines) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert article.dropped == ()


def test_a_caption_with_its_credit_above_the_headline_is_read_after_it() -> None:
    caption = "PANEN PADI - Petani memisahkan gabah saat panen di Makassar (21/3/2016)."
    article = segment_lines(f"{caption} HARIAN PAGI/ RINA SARI", HEADLINE, LEAD, BODY)
    assert [(s.kind, s.text) for s in article.segments][:2] == [
        ("headline", HEADLINE), ("caption", caption)]


def test_a_long_caption_printed_twice_around_its_credit_is_read_once() -> None:
    caption = " ".join([LEAD.rstrip("."), "dan", BODY])  # 25 words and more
    article = segment_lines(HEADLINE, caption, "Foto: ANTARA/Rina Sari", caption, LEAD, BODY)
    assert kinds(article) == ["headline", "caption", "lead", "paragraph"]


def test_a_teaser_that_is_the_lead_without_its_dateline_is_read_once() -> None:
    article = segment_lines(HEADLINE, LEAD, f"Mimika - {LEAD}", BODY)
    assert [s.text for s in article.segments].count(LEAD) == 0
    assert len(article.segments) == 3


def test_a_box_of_titles_printed_twice_is_above_the_headline_printed_twice() -> None:
    box = []
    for n, title in enumerate(["Tumpukan Sampah di Pesisir Dibersihkan",
                               "Timnas Optimistis Tumbangkan Irak",
                               "Pemprov Adakan Nonton Bareng Piala Asia"], 1):
        box += [str(n), title, "Olahraga", "9 jam yang lalu", title]
    article = segment_lines("Terpopuler 24 Jam Terakhir", *box, HEADLINE, HEADLINE,
                            "Penulis: Rina Sari", f"JAKARTA - {LEAD} Stok beras menipis.", BODY)
    assert article.title == HEADLINE
    assert kinds(article) == ["headline", "byline", "lead", "paragraph"]


@pytest.mark.parametrize(("line", "caption"), [
    ("Ilustrasi | Antre Beras (Harian/Dok.Istimewa)", "Antre Beras"),
])
def test_an_illustrations_label_and_credit_are_not_read(line, caption) -> None:
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert ("caption", caption) in [(s.kind, s.text) for s in article.segments]


@pytest.mark.parametrize(("lines", "byline", "headings"), [
    # "Name, Jurnalis" under the headline or on the last line is the author
    ((HEADLINE, "Rina Sari, Jurnalis", LEAD, BODY), "Rina Sari", []),
    ((HEADLINE, LEAD, BODY, "Rina Sari, Penulis"), "Rina Sari", []),
    # after the lead it heads a listicle's section about that person
    ((HEADLINE, LEAD, "Berikut dua di antaranya.", "Dewi Lestari, Jurnalis",
      "Dewi meliput banjir di Demak selama sebulan.", "Sri Wahyuni, Penulis",
      "Sri menulis lima buku tentang pasar tradisional."),
     None, ["Dewi Lestari, Jurnalis", "Sri Wahyuni, Penulis"]),
])
def test_a_name_and_job_is_a_byline_only_where_one_is_expected(
    lines: tuple[str, ...], byline: str | None, headings: list[str]
) -> None:
    article = segment_lines(*lines)
    assert article.byline == byline
    assert [s.text for s in article.segments if s.kind == "heading"] == headings


@pytest.mark.parametrize(("line", "kind"), [
    # "(Dok. …)" may credit the text's source: the attributed quotation stays the text
    ('"Cakupan vaksin kita baru 64 persen, masih di bawah target provinsi," katanya. '
     '(Dok. Dinkes Sukamaju)', "quote"),
    # "(Foto: …)" names a photo: the line is its caption
    ('"Cakupan vaksin kita baru 64 persen, masih di bawah target provinsi," katanya. '
     '(Foto: Dinkes Sukamaju)', "caption"),
])
def test_only_a_photo_credit_makes_an_attributed_quotation_a_caption(line: str, kind: str) -> None:
    said = "Kepala Dinas Kesehatan, Budi Santoso, mengatakan vaksin dibagikan ke semua puskesmas."
    article = segment_lines(HEADLINE, LEAD, said, line, BODY)
    assert kind in kinds(article)
    assert ("caption" in kinds(article)) == (kind == "caption")


TEASER_ONE = "Sebulan Menjabat, Bupati Sukamaju Resmikan 12 Pasar Baru di Desa"
LATER = "Dinas perdagangan berjanji menggelar operasi pasar di tiga kecamatan pekan depan."
TEASER_TWO = "Banjir Lagi! Warga Sukamaju Mengungsi ke Balai Desa Sejak Senin Malam"


@pytest.mark.parametrize("teasers", [
    (TEASER_ONE, TEASER_TWO),
    # one of them longer than any heading runs
    ("Tolong Perbaiki Lampu Jalan di Desa, Tanggapan Kepala Dinas Pekerjaan Umum Kota Sukamaju",
     TEASER_ONE),
    # short and calm, but neither says anything of the paragraph under it
    ("Jembatan Gantung Putus, Warga Cikaret Terpaksa Menyeberangi Sungai",
     "Dua Rumah Terbakar di Cikaret, Kerugian Capai Ratusan Juta"),
])
def test_other_stories_titles_between_paragraphs_are_dropped(
        teasers: tuple[str, str]) -> None:
    article = segment_lines(HEADLINE, LEAD, teasers[0], BODY, teasers[1], LATER)
    assert kinds(article) == ["headline", "lead", "paragraph", "paragraph"]
    assert article.dropped == teasers


@pytest.mark.parametrize("lines", [
    # one long heading may be the text's own
    (TEASER_ONE, BODY),
    # two short section headings
    ("Harga Naik, Warga Mengeluh", BODY, "Stok Menipis, Pedagang Resah", LATER),
    # a feature's own two-part headings: no longer than a heading, no exclamation
    # that say what the paragraph under them is about
    ("Pesan Tiket Jauh Hari, Harga Lebih Murah dan Pilihan Kursi Banyak",
     "Tiket yang dipesan sebulan sebelumnya biasanya jauh lebih murah.",
     "Bawa Bekal dari Rumah, Tak Perlu Jajan di Tempat Istirahat",
     "Bekal dari rumah membuat pengeluaran selama perjalanan lebih hemat."),
    # sentences in the text's words, not titles
    ("Sebulan menjabat, bupati itu meresmikan dua belas pasar baru di desa", BODY,
     "Banjir lagi! Warga mengungsi ke balai desa sejak Senin malam", LATER),
])
def test_headings_and_sentences_between_paragraphs_are_read(lines: tuple[str, ...]) -> None:
    article = segment_lines(HEADLINE, LEAD, *lines)
    assert article.dropped == ()


BULLETED_TITLE = "• Warga Sukamaju Tuntut Ganti Rugi Lahan yang Belum Dibayar Pemkab"


def test_a_lone_bulleted_title_between_paragraphs_is_dropped() -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, BULLETED_TITLE, LATER)
    assert kinds(article) == ["headline", "lead", "paragraph", "paragraph"]
    assert article.dropped == (BULLETED_TITLE,)


@pytest.mark.parametrize("lines", [
    # a list of two items, each title-cased
    (BULLETED_TITLE, "• Warga Sukamaju Minta Jalan Desa Segera Diperbaiki Tahun Ini"),
    # a lone item that is a sentence of the text
    ("• Warga diminta menyimpan beras secukupnya di rumah masing-masing.",),
])
def test_bulleted_items_of_the_text_are_read(lines: tuple[str, ...]) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, *lines, LATER)
    assert article.dropped == ()
