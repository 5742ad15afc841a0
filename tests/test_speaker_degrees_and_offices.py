"""Who speaks, when degrees, short ranks, connectives, joined portfolios or an office's short
form stand next to the name: none of them is the speaker, the person is."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar.offices import is_office_alone
from dengar.speakername import clean_speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Degrees set off by commas after the name are his, never a name of their own.
        (("Kasat Reskrim Polres Sukamaju, AKP. Pol. Budi Santoso Wirawan, S.I.K., M.Si., "
          "mengatakan pelaku sudah ditangkap.", '"Pelaku kami amankan," jelasnya.'),
         ["Budi Santoso Wirawan"]),
        (("Kepala Puskesmas Sukamaju, Rina Kartika, S.Kep., M.Kes., menyebut stok vaksin "
          "cukup.", '"Warga tidak perlu khawatir," katanya.'), ["Rina Kartika"]),
        # A dotted short rank is no full stop: the whole name after it is kept.
        (("Kapolres Sukamaju, Kombes. Pol. Yohanes Satria Bayu Wirawan, menyebut razia "
          "digelar pekan depan.", '"Kami siapkan personel," ujarnya.'),
         ["Yohanes Satria Bayu Wirawan"]),
        # A connective opening a sentence is nobody: "-nya" is still the one named before.
        (('"Pelayanan harus cepat," kata Bupati Rudi Hartono.',
          "Kendati begitu, mantan perwira ini mengingatkan warga. Artinya, laporan harus "
          "disertai bukti.", '"Jangan asal lapor," pintanya.'),
         ["Rudi Hartono", "Rudi Hartono"]),
        (('"Harga naik," ujar Rina Kartika.', "Misalnya, harga cabai naik dua kali lipat.",
          '"Petani bingung," tambahnya.'), ["Rina Kartika", "Rina Kartika"]),
        # A person "selaku" an office whose organisation ends the clause: the person spoke.
        (("Budi Santoso selaku Kepala Seksi (Kasi) Informasi, Dinas Pariwisata (Dispar) "
          "Kabupaten Garut kepada wartawan, Kamis (7/7) menjelaskan pengunjung naik.",
          '"Pantai penuh dua hari," terangnya.'), ["Budi Santoso"]),
        # No person opens the subject: the organisation speaks as itself, nobody is "-nya".
        (("Dinas Pariwisata (Dispar) Kabupaten Garut kepada wartawan, Kamis (7/7) "
          "menjelaskan pengunjung naik.", '"Pantai penuh dua hari," terangnya.'), [None]),
        # An office whose portfolio holds "dan" runs on to its holder.
        (("Menteri Pariwisata dan Ekonomi Kreatif Budi Santoso mengatakan kunjungan naik.",
          '"Desa wisata jadi pilihan," ujarnya.'), ["Budi Santoso"]),
        # Two offices and their short forms joined by slashes: either short form is him.
        (("Menteri Pariwisata dan Ekonomi Kreatif/Kepala Badan Pariwisata dan Ekonomi "
          "Kreatif (Menparekraf/Kabaparekraf), Budi Santoso Wirawan mengatakan kunjungan "
          "naik.", '"Desa wisata jadi pilihan," ujar Menparekraf.'),
         ["Budi Santoso Wirawan"]),
        # An office and its portfolio written short, after the verb: the one introduced so.
        (("Menko Polhukam Budi Santoso membenarkan kebocoran data.",
          '"Datanya bisa diambil," Ujar Menko Polhukam.'), ["Budi Santoso"]),
        # Nobody introduced with that office: the office as written.
        (("Warga Sukamaju Budi Santoso membenarkan kebocoran data.",
          '"Datanya bisa diambil," ujar Menko Polhukam.'), ["Menko Polhukam"]),
        # A former holder is not who the office means now.
        (("Menteri Keuangan periode sebelumnya, Bambang Sutrisno, pernah menolak usulan itu.",
          '"Kenaikan ini sudah dihitung," ujar Menteri Keuangan.'), ["Menteri Keuangan"]),
        # A flag rank ending in "Pertama", an army corps after a rank, and Kota Metro before
        # its officials' names are none of the name; "pertama" as an ordinal still is no rank.
        (("Kepala Kantor Sukamaju, Laksamana Pertama Agus Salim mengatakan itu.",
          '"Kita waspada," katanya.'), ["Agus Salim"]),
        (("Dandim 0411/Sukamaju Letkol Czi Joko Susilo hadir.", '"Kami siap," katanya.'),
         ["Joko Susilo"]),
        (("Wali Kota Metro Budi Santoso hadir.", '"Acara ini baik," katanya.'),
         ["Budi Santoso"]),
        (("Kapolda Metro Jaya Irjen Budi Santoso hadir.", '"Acara ini baik," katanya.'),
         ["Budi Santoso"]),
        (("Kepala Dinas PPPA Kabupaten Sukamaju Rina Kartika Sari mengatakan kasus beragam.",
          '"Sudah banyak yang tertangani," kata Rina.'), ["Rina Kartika Sari"]),
        (("Kepala Dinas PUPR Kabupaten Sukamaju Dedi Mulyadi Saputra meninjau jalan.",
          '"Anggarannya dari APBD," kata Saputra.'), ["Dedi Mulyadi Saputra"]),
        # a regency named in four words: no person after "Kabupaten"
        (('"Pemerintah daerah mendukung penuh," kata Kepala Dinas Kesehatan Kabupaten '
          'Penukal Abab Lematang Ilir.',), [None]),
        (("Juara pertama Rina Sari mengaku senang.", '"Saya bangga," katanya.'),
         ["Rina Sari"]),
        (("Acara itu dihadiri mantan Ketua Umum Bambang Purnomo.",
          '"Kader harus solid," kata Ketua Umum dalam pidato.'), ["Ketua Umum"]),
    ],
)
def test_words_beside_a_name_that_are_no_speaker(paragraphs: tuple[str, ...],
                                                 speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Kombes. Pol. Yohanes Satria Bayu Wirawan", "Yohanes Satria Bayu Wirawan"),
        ("AKBP. Budi Santoso", "Budi Santoso"),
        # A spelled-out rank with a full stop may end a sentence: the name after it is read.
        ("Jakarta. Kombes Budi", "Budi"),
        ("Artinya", None),
        ("Menteri Pariwisata dan Ekonomi Kreatif Budi Santoso", "Budi Santoso"),
        # A regency's short form between the office and the name is the office's.
        ("Bupati Kutim Budi", "Budi"),
        ("Wakil Bupati Kukar Rina Kartika", "Rina Kartika"),
        ("Kepala Dinas Pendidikan Halsel Budi Santoso", "Budi Santoso"),
        # The lowest flag rank ends in "Pertama"; an army corps follows the rank.
        ("Marsekal Pertama Agus Salim", "Agus Salim"),
        ("Letkol Czi Joko Susilo", "Joko Susilo"),
        ("Kolonel Infanteri Budi Santoso", "Budi Santoso"),
        # Kota Metro's name run into its mayor's.
        ("Wali Kota Metro Rina Sari", "Rina Sari"),
        ("Rina Sari", "Rina Sari"),
        # A one-word regency after "Kabupaten", then a full name of three words: the name.
        ("Kepala Dinas PPPA Kabupaten Sukamaju Rina Kartika Sari", "Rina Kartika Sari"),
        ("Kepala Dinas PPPA Kabupaten Sukamaju Rina Kartika", "Rina Kartika"),
        ("Kabupaten Sukamaju", None),
    ],
)
def test_clean_speaker_around_short_ranks_and_portfolios(run: str, name: str | None) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("speaker", "alone"),
    [
        ("Menko Polhukam", True),
        ("Menteri Keuangan", True),
        ("Bupati", True),
        # Only a minister's portfolio: "Ketua Umum" or "Kepala Desa" alone may be any holder.
        ("Ketua Umum", False),
        ("Kepala Desa", False),
        # A place or a name after the office is no portfolio.
        ("Bupati Garut", False),
        ("Menteri Budi", False),
        ("Pak Polhukam", False),
        # A police unit after the "Kasat" who heads it: "Kasatlantas" written apart.
        ("Kasat Lantas", True),
        ("Kanit Reskrim", True),
        ("Lantas", False),
        ("Kasat Budi", False),
    ],
)
def test_an_office_and_its_portfolio_are_an_office_alone(speaker: str, alone: bool) -> None:
    assert is_office_alone(speaker) is alone


_KABID_SAYS = '"Sampel air kami cek besok," kata Kabid '


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A portfolio in lower case and its short form in brackets: the holder speaks.
        ((_KABID_SAYS + "pengawasan dan penataan lingkungan (P2L) Sumarni, Senin (3/4).",),
         ["Sumarni"]),
        # A digit doubles a letter; a capital inside the portfolio is still its word. Later
        # the first letters of her name are her, another name sharing them is not.
        ((_KABID_SAYS + "pemantauan pencemaran dan kerusakan lingkungan Hidup (P2KLH) Sumarni.",
          "Suma mengatakan, hasil uji keluar pekan depan.", '"Kami umumkan," katanya.'),
         ["Sumarni", "Sumarni"]),
        ((_KABID_SAYS + "pengawasan lingkungan (PL) Sumarni.",
          "Sumardi mengatakan, warga sudah melapor.", '"Ikan mati semua," katanya.'),
         ["Sumarni", "Sumardi"]),
        # A bracket that does not shorten the words before it, a clause word among them or a
        # place after the bracket: the office is left as written.
        ((_KABID_SAYS + "pengawasan lingkungan (DLH) Sumarni.",), ["Kabid"]),
        ((_KABID_SAYS + "pengawasan di lingkungan (PDL) Sumarni.",), ["Kabid"]),
        (("Banjir melanda Kabupaten Siak sejak pekan lalu.",
          _KABID_SAYS + "pengawasan lingkungan (PL) Siak."), ["Kabid"]),
    ],
)
def test_an_office_with_a_bracketed_portfolio_before_its_holder(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A person "selaku" an office opens the subject: "Dia" and "-nya" later are him, though
        # the office is named again between ("Ketua FKUB memperkenalkan …").
        (("Rudi Hartono selaku Ketua FKUB Kabupaten Sukamaju menyampaikan bahwa pasar "
          "kini lebih tertib. Dalam sambutannya, Ketua FKUB Sukamaju memperkenalkan para "
          "pengurus. Dia menjelaskan iuran dipakai untuk kebersihan. "
          '"Yang penting semua pedagang merasa nyaman," tegasnya.',), ["Rudi Hartono"]),
        # The office alone before the verb, no person opening it: no speaker invented.
        (('Ketua FKUB Kabupaten Sukamaju menyampaikan bahwa pasar kini lebih tertib. '
          '"Yang penting semua pedagang merasa nyaman," tegasnya.',), [None]),
        # A company office whose kind comes first ("Sales Area Manager", "General Manager")
        # introduces the name set off after it.
        (("Sales Area Manager PT Pertani Sukamaju, Rina Kartika Dewi memastikan stok "
          "pupuk aman.", '"Gudang kami penuh sampai bulan depan," ucapnya.'),
         ["Rina Kartika Dewi"]),
        (("General Manager Hotel Sukamaju, Budi Santoso memastikan kamar masih tersedia.",
          '"Tamu bisa memesan lewat telepon," ujarnya.'), ["Budi Santoso"]),
        # "Salah seorang" is "one of": the one named after "bernama" speaks.
        (("Salah seorang pedagang bernama Rudi Hartono (45) menuturkan, dirinya sulit "
          "mendapat minyak goreng.", '"Saya sudah keliling pasar," tuturnya.'),
         ["Rudi Hartono"]),
        (("Salah seorang pedagang bernama Rudi (45) menuturkan, dirinya sulit mendapat "
          "minyak goreng.", '"Saya sudah keliling pasar," tuturnya.'), ["Rudi"]),
        # A rank written with its stop opens no sentence: "AKP." is no speaker, the name is.
        (("Kasatlantas Polres Sukamaju, AKP. Rudi Hartono membenarkan kejadian itu. "
          '"Korban sudah kami bawa ke rumah sakit," kata AKP. Rudi Hartono.',),
         ["Rudi Hartono"]),
        # The stop right after the closing mark still ends the sentence: the next one's
        # subject is no speaker of the quotation before it.
        (('Kementerian Luar Negeri Sukamaju mendesak agar "keputusan itu segera dicabut '
          'demi hubungan baik".',
          "Kementerian Luar Negeri Lithuania menanggapi dengan singkat."),
         ["Kementerian Luar Negeri Sukamaju"]),
        # "Kasat Lantas" alone is the "Kasatlantas" named before, never a man called "Lantas".
        (("Kasatlantas Polres Sukamaju, AKP. Rudi Hartono membenarkan kejadian itu.",
          "Kasat Lantas menjelaskan, truk melaju dari arah pasar.",
          '"Sopir diduga mengantuk," terangnya.'), ["Rudi Hartono"]),
        (("Kasat Reskrim Polres Sukamaju AKP Budi Santoso memimpin olah TKP.",
          "Kemudian Kasat Reskrim menjelaskan, pelaku kabur ke hutan.",
          '"Kami masih memburunya," ujarnya.'), ["Budi Santoso"]),
        # A short title between the comma and the name ("dr.") keeps the office his, and
        # the office's short form given in brackets ("Dirut") is the holder said again.
        (("Direktur Utama (Dirut), dr. Rina Kartika mengakui dokter masih kurang.",
          "Dirut juga menegaskan, pelayanan akan dievaluasi.",
          '"Kami akan menambah dokter spesialis," ungkapnya.'), ["Rina Kartika"]),
        (("Direktur Utama (Dirut), dr. Rina Kartika mengakui dokter masih kurang.",
          '"Kami akan menambah dokter spesialis," kata Dirut.'), ["Rina Kartika"]),
        # "mewakili" is no title: the one stood in for holds no office named before it.
        (("Kepala Dinas Sosial, mewakili Bupati Budi Santoso, membuka acara itu.",
          '"Bantuan akan cair pekan depan," kata Kepala Dinas Sosial.'),
         ["Kepala Dinas Sosial"]),
        # A place before the comma is no office: the name there is somebody else's words.
        (('"Harga cabai turun," kata Rina Kartika Dewi.',
          "Di Pasar Baru Sukamaju, Budi Santoso membeli dua kilogram cabai.",
          '"Pembeli mulai ramai," ujarnya.'), ["Rina Kartika Dewi", "Rina Kartika Dewi"]),
    ],
)
def test_an_office_held_or_named_after_its_kind_gives_the_speaker(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "kata Bupati Sukamaju": the head of the place introduced before, not a programme
        # the article names after the same place.
        (("Bupati Sukamaju, Rina Sari menjelaskan bahwa program Sukamaju Smart City berjalan.",
          '"Kami sudah membuat cetak biru sejak tahun lalu," kata Bupati Sukamaju.'),
         ["Rina Sari"]),
        (("Bupati Sukamaju, Rina Sari menjelaskan bahwa pembangunan terus berjalan.",
          '"Kami sudah membuat cetak biru sejak tahun lalu," kata Bupati Sukamaju.'),
         ["Rina Sari"]),
        # Near miss: another head of the place ("Camat Sukamaju") is not the one "Bupati
        # Sukamaju" means.
        (("Camat Sukamaju, Budi Santoso, mengatakan pasar itu dibangun tahun ini.",
          '"Jaga kebersihan pasar ini," kata Bupati Sukamaju.'), ["Sukamaju"]),
        # The dateline's place ("MEKARSARI (Jawa Barat) –") glued between an office and a
        # one-word name is the office's place: "sebut Rudianto" is the member.
        (("Mekar.com, MEKARSARI (Jawa Barat) – Anggota DPRD kota Mekarsari Rudianto menggelar "
          "reses di balai desa.", "Anggota DPRD Mekarsari Rudianto berharap warga aktif.",
          "“Semua usulan akan kami bawa ke rapat anggaran” sebut Rudianto."), ["Rudianto"]),
        # Near miss: another dateline; nothing says "Mekarsari" is a place, so it stays.
        (("Mekar.com, CIBODAS (Jawa Barat) – Anggota DPRD kota Mekarsari Rudianto menggelar "
          "reses di balai desa.", "Anggota DPRD Mekarsari Rudianto berharap warga aktif.",
          "“Semua usulan akan kami bawa ke rapat anggaran” sebut Rudianto."),
         ["Mekarsari Rudianto"]),
        # An office in capitals with "itu" describes the one just named; an honorific and a
        # name with "itu" ("Pak Budi itu") still name Budi.
        (("Anggota DPRD Sukamaju, Rudi Hartono, menggelar reses.",
          '"Jalan desa akan kami perbaiki tahun depan," jelas Wakil Ketua Komisi II itu.'),
         ["Rudi Hartono"]),
        (("Anggota DPRD Sukamaju, Rudi Hartono, menggelar reses.",
          '"Jalan desa akan kami perbaiki tahun depan," jelas Pak Budi itu.'), ["Budi"]),
        # Near miss: a club's name after its coach's office speaks for the club.
        (("Pelatih Persikama, Budi Santoso menjelaskan bahwa tim siap.",
          '"Kami sudah siap sejak pekan lalu," kata Persikama dalam keterangan resminya.'),
         ["Persikama"]),
    ],
)
def test_a_region_heads_office_said_again_is_its_holder(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers
