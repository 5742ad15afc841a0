"""Who speaks, for names the speaker rules once cut or let run on: Balinese names, offices
before a name, days after it, programmes and places around it."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar import balinese
from dengar.names import is_person
from dengar.speakername import clean_speaker


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # A Balinese name opening with its title is kept whole, past the usual three words.
        ("Jaksa I Gusti Made Suartana", "I Gusti Made Suartana"),
        ("Kepala Dinas Badung I Gusti Ngurah Wirawan", "I Gusti Ngurah Wirawan"),
        ("Kadis Pariwisata Gianyar Ida Bagus Putu Gede Suarsana", "Ida Bagus Putu Gede Suarsana"),
        ("Bupati Bangli Cokorda Gede Raka Wisnu", "Cokorda Gede Raka Wisnu"),
        ("Kepala Balai Ida Ayu Made Sriwati", "Ida Ayu Made Sriwati"),
        # Counter-examples: "Ida" alone is a first name, "Teuku" still opens a name, and an
        # ordinary long run is still cut to its last words.
        ("Menteri Ida Widyastuti", "Ida Widyastuti"),
        ("Camat Lhoksukon Teuku Rahmat", "Teuku Rahmat"),
        ("Kepala Dinas Pendidikan Garut Budi Santoso Wibowo", "Budi Santoso Wibowo"),
        ("I Made Sudarma", "I Made Sudarma"),
    ],
)
def test_a_balinese_name_is_kept_whole(run: str, name: str) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Cok" is the short form of "Cokorda"; a first part of the full name stands for it.
        (("Kepala Museum Puri, Cokorda Gede Raka Wisnu, mengatakan pengunjung naik.",
          '"Pengunjung asing paling banyak," ujar Cok Raka, Minggu (2/10).'),
         ["Cokorda Gede Raka Wisnu"]),
        (("Kadis Kebudayaan Bangli, Ida Bagus Made Gede Oka Suarsana, menargetkan kenaikan.",
          '"Mereka ingin tahu sejarahnya," ujar Ida Bagus Made.'),
         ["Ida Bagus Made Gede Oka Suarsana"]),
        (('"Kami ajukan banding," kata Jaksa I Gusti Made Suartana.',
          '"Putusan itu terlalu ringan," kata Suartana.'),
         ["I Gusti Made Suartana", "I Gusti Made Suartana"]),
        # A town written after the whole name is no word of it.
        (('"Dana sudah cair," kata I Gusti Ngurah Made Sukerta Denpasar, Senin (3/6/2024).',),
         ["I Gusti Ngurah Made Sukerta"]),
        # "Cok" for someone new, with no Cokorda named before, stays as written.
        (('"Pengunjung asing paling banyak," ujar Cok Raka.',), ["Cok Raka"]),
        # "Cok" for someone named "Cok" (no Cokorda written) finds that person, as written.
        (("Penyanyi senior Cok Darmaji hadir di acara itu.",
          '"Lagu ini sudah lama saya tulis," kata Cok Darmaji.',
          'Sutradara film, Darmaji Putra, menyebut rekaman lama. "Kami rekam di studio," kata '
          'Darmaji.', '"Saya senang bisa tampil lagi," ujar Cok.'),
         ["Cok Darmaji", "Darmaji Putra", "Cok Darmaji"]),
    ],
)
def test_a_balinese_name_and_its_short_forms(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "opens"),
    [
        ("Kadis Kebudayaan Ida Bagus Made Gede Oka", 2),
        ("Ketua Panitia I Gusti Made Suartana", 2),
        # An airport, a stadium or a street named after a Balinese hero is no person.
        ("Bandara I Gusti Ngurah Rai Budi Prasetyo", None),
        ("Stadion Kapten I Wayan Dipta Komang Arta", None),
        ("Jl. I Gusti Ngurah Rai Nomor", None),
        ("RSUD Ida Bagus Oka Wayan Sudi", None),
    ],
)
def test_a_balinese_title_inside_a_place_name_opens_no_name(run: str, opens: int | None) -> None:
    assert balinese.name_start(run.split()) == opens


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Kami tambah penerbangan," kata GM Bandara I Gusti Ngurah Rai Budi Prasetyo.',
        "Manajer Bandara I Gusti Ngurah Rai Budi Prasetyo mengatakan penumpang naik. "
        '"Kami tambah penerbangan," katanya.',
    ],
)
def test_the_person_after_an_airport_named_for_a_hero_keeps_the_quote(paragraph: str) -> None:
    assert (speakers_of(paragraph)[0] or "").endswith("Budi Prasetyo")


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A weekday written after the name without a comma ends the name.
        (('"Aturan zonasi datang dari pusat," ungkap Rustam Kamis (20/5/2021).',),
         ["Rustam"]),
        (('"Aturan zonasi datang dari pusat," kata Budi Santoso Senin (3/4).',),
         ["Budi Santoso"]),
        (('"Aturan zonasi datang dari pusat," ujar Rina, Selasa (4/6).',), ["Rina"]),
        # "Hari" is a first name too: "Hari Kamis" is left as a time, nobody is guessed.
        (('"Aturan zonasi datang dari pusat," kata Hari Kamis.',), [None]),
        (('"Air sudah surut," kata Darto Sabtu lalu.',), ["Darto"]),
        # A comma may stand between the day and its date; an age after it is no date.
        (('"Jalan licin sejak pagi," ujar Budi Santoso Minggu, (7/8/2022).',),
         ["Budi Santoso"]),
        (('"Jalan licin sejak pagi," ujar Budi Santoso Minggu, (45), sopir truk.',), [None]),
        # "Ahad" is a name as well as a day, and a day not dated after the name may be its
        # surname: the name is not cut to "Umar" or "Markus", nor taken for the one before.
        (('"Tetap rukun," ujar KH Umar Ahad.',), [None]),
        (('"Jaga persatuan," kata Ustaz Umar Said.',
          'Pengajian juga diisi tausiah. "Tetap rukun," ujar KH Umar Ahad.'),
         ["Umar Said", None]),
        (('"Benih kami sudah habis," kata Markus Minggu, nelayan asal Desa Tablolong.',),
         [None]),
    ],
)
def test_a_weekday_after_the_name_ends_it(paragraphs: tuple[str, ...],
                                          speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # An office cut by "dan" goes on in the next run; its holder ends that run, and
        # the field of the office ("Pelestarian …") is nobody.
        (("Menurut Rina Kartika, pengunjung masih sepi. Sementara itu Direktur Pengembangan "
          "Seni Rupa dan Museum Harry Wijaya mengakui minat warga kurang.",
          '"Pengelolaan museum masih kaku," tuturnya.'), ["Harry Wijaya"]),
        # A name of the pe-/ke-…-an shape that is no field word is still a name.
        (("Rina Kartika mengatakan anak perlu bermain. \"Main di luar,\" katanya.",
          "Kesumahardian Putra menambahkan sekolah berperan. \"Beri contoh,\" ujarnya."),
         ["Rina Kartika", "Kesumahardian Putra"]),
        (("Pekertian Wibowo menilai harga naik.", '"Stok masih aman," ujarnya.'),
         ["Pekertian Wibowo"]),
        (("Jaksa penuntut umum I Gusti Made Sudana membenarkan ada banding.",
          '"Kami ajukan banding," katanya.'), ["I Gusti Made Sudana"]),
        (("Direktur Pelestarian Cagar Budaya dan Museum Harry Wijaya meninjau gedung.",
          '"Gedung ini perlu dipugar," jelasnya.'), ["Harry Wijaya"]),
        # Two people joined by "dan", each with an office: the run after "dan" opens with
        # its own office, so the rule leaves it; the sentence's first subject is "-nya".
        (("Menteri Budi Santoso dan Gubernur Rina Kartika meninjau gedung.",
          '"Gedung ini perlu dipugar," jelasnya.'), ["Budi Santoso"]),
        # A person named after an office and "dan" without an organisation word before it.
        (("Kepala Dinas Budi Santoso dan Rina Kartika meninjau gedung.",
          '"Gedung ini perlu dipugar," kata Budi.'), ["Budi Santoso"]),
    ],
)
def test_an_office_cut_by_dan_and_its_holder(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Capitalised words around a bracketed short form name a programme: no person.
        (('"Beasiswa tahun ini naik," kata Rektor UMS Sutrisno.',
          "Beasiswa Kartu Indonesia Pintar (KIP) Kuliah nilainya Rp1 miliar.",
          '"Semua sudah cair," ujarnya.'), ["Sutrisno", "Sutrisno"]),
        # A full name after the short form is the organisation's person, as before.
        (("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Rudi Hartono meninjau lokasi.",
          '"Pengungsi sudah aman," ujarnya.'), ["Rudi Hartono"]),
        # "warga" and a place after a name: the place is nobody (the one-word name is not
        # introduced by it: "kenduri yang digelar Basuki warga X" is the host, no speaker).
        (("Seperti halnya Musinah warga Kedung Baru rela mengantre sejak pagi.",
          '"Saya datang jam enam," ujarnya.'), [None]),
        # "warga" and a full name after an unnamed description is still the person.
        (("Seorang warga Budi Santoso mengaku antre sejak pagi.",
          '"Saya datang jam enam," ujarnya.'), ["Budi Santoso"]),
        # A place or a time before "warga" is no person: the resident is named after it.
        (("Ditemui di Pekalongan warga Dewi Lestari juga mengeluh.",
          '"Sudah dua hari tidak bisa jualan," ujarnya.'), ["Dewi Lestari"]),
        (("Sejak Natal warga Desa Pulo Joko Susilo terpaksa mengungsi.",
          '"Kami tidur di masjid," ujarnya.'), ["Joko Susilo"]),
        (("Di Kendal warga Desa Bandengan Sri Wahyuni mengaku rumahnya terendam.",
          '"Kasur kami basah semua," katanya.'), ["Sri Wahyuni"]),
    ],
)
def test_programmes_and_places_around_a_name(paragraphs: tuple[str, ...],
                                             speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # One capital with its stop opens the name: an initial, not an acronym.
        ("Kasubbag Umum M. Rizal Fahmi", "M. Rizal Fahmi"),
        ("Ketua A. Budiman", "A. Budiman"),
        # Two capitals no degree opens with are the name's own initials.
        ("Kepala Humas Sutrisno YW", "Sutrisno YW"),
        ("Budi Hartono RK", "Budi Hartono RK"),
        # Counter-examples: an acronym of two letters or more is still no name, an honorific
        # with its stop still goes, degrees after the name still go, and a degree written with
        # a space after its level is nobody's name.
        ("Kepala BPBD Budi Santoso", "Budi Santoso"),
        ("Bupati H. Rudi Hartono", "Rudi Hartono"),
        ("Budi Santoso SH", "Budi Santoso"),
        ("Rina Dewi MM", "Rina Dewi"),
        ("Budi Santoso RW", "Budi Santoso"),
        ("Wahyu TV", "Wahyu"),
        ("Andi Wijaya ST", "Andi Wijaya"),
        ("Mahfud MD", "Mahfud MD"),
        ("S. Sos", None),
        ("M. Si", None),
    ],
)
def test_initials_of_a_name_are_kept(run: str, name: str | None) -> None:
    assert clean_speaker(run) == name


def test_a_name_with_its_own_initials_is_the_one_its_first_word_stands_for() -> None:
    assert speakers_of(
        "Kepala Bandara Sukamaju, Sutrisno YW mengungkapkan, bandara ditutup sebentar.",
        '"Kami tutup selama setengah jam," jelasnya.',
        "Menurut Sutrisno, cuaca buruk membuat jarak pandang pendek.",
        '"Sekarang sudah normal kembali," kata Sutrisno.',
    ) == ["Sutrisno YW", "Sutrisno YW"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Two capitals after a name that are a known short form are no initials of his.
        (("Ketua RW 05, Budi Santoso RW, menolak rencana itu.",
          "“Kami tidak mau kampung rusak,” kata Budi."), ["Budi Santoso"]),
        (("Hal senada disampaikan Wahyu TV. “Tambang harus ditolak,” kata Wahyu.",),
         ["Wahyu"]),
        # Nor are capitals the article writes elsewhere, not after the name's word.
        (("Ketua Pokmas HK, Rudi Hartono HK, menolak rencana itu.",
          "“Kami tidak mau kampung rusak,” kata Rudi."), ["Rudi Hartono"]),
        # Counter-examples: capitals written only after the name are his initials.
        (("Sementara itu, Camat Sukaraja, Dedi KS, mengaku belum menerima laporan.",
          "“Nanti kami cek,” ujar Dedi."), ["Dedi KS"]),
        (("Ketua Pokmas, Rudi Hartono HK, menolak rencana itu.",
          "“Kami tidak mau kampung rusak,” kata Rudi."), ["Rudi Hartono HK"]),
        # The same name written in capitals elsewhere ("memilih AGUS TS") is still his.
        (("Rapat anggota memilih AGUS TS sebagai ketua. Agus TS mengatakan siap bekerja.",
          "“Kami mulai besok,” kata Agus TS."), ["Agus TS"]),
    ],
)
def test_trailing_capitals_that_are_a_short_form_are_no_initials(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # A connective opening the sentence, written in title case, is no part of the name.
        ("Lebih Lanjut Benny", "Benny"),
        ("Lebih Jauh Rina Kartika", "Rina Kartika"),
        ("Di Sisi Lain Hendra", "Hendra"),
        ("Tidak Hanya Itu Wahyu", "Wahyu"),
        ("Lebih Lanjut", None),
        # An acting head spelled out is an office; a verb before an office cut into leaves
        # a place, nobody's name.
        ("Penjabat Bupati Ahmad Fauzi", "Ahmad Fauzi"),
        ("Mewakili Gubernur Jawa Tengah", None),
        ("Mewakili Gubernur Sugeng Riyadi", "Sugeng Riyadi"),
        # "Pangelingsir" honours a Balinese elder, like "KH": the name follows it.
        ("Pangelingsir Gede Agung Wirawan", "Gede Agung Wirawan"),
        ("Ketua Umum Paguyuban Pangelingsir Gede Agung Wirawan", "Gede Agung Wirawan"),
        # Counter-example: a Balinese caste title stays in the name.
        ("Ketua Yayasan Ida Bagus Made Oka", "Ida Bagus Made Oka"),
        # How a married woman or a man is addressed, written short, is no part of the name.
        ("Ny Rina", "Rina"),
        ("Tn. Budi Santoso", "Budi Santoso"),
        ("Nyonya Rina Sari", "Rina Sari"),
    ],
)
def test_connectives_and_titles_before_a_name(run: str, name: str | None) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # A province's short form ends an agency's or an office's name, never a person's.
        ("Kesbangpol Kalbar", False),
        ("Plh Sekda Kalbar", False),
        ("Dinkes Sulsel", False),
        ("Abdul Jabar", True),
        # "Ahad" opening a name is the name's; a day before a time or a market day is not.
        ("Ahad Rahedi", True),
        ("Ahad", False),
        ("Ahad Pagi", False),
        ("Ahad Kliwon", False),
        ("Ahad Subuh", False),
        ("Ahad Petang", False),
        ("Umar Ahad", False),
        # a card a programme issues is no person; a name that only starts alike is one
        ("Kartu Tani", False),
        ("Kartika Sari", True),
    ],
)
def test_places_and_days_in_a_name(name: str, person: bool) -> None:
    assert is_person(name) is person


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "ujar Ahad" after "Ahad Maulana" was introduced is him, not a Sunday.
        (("Manajer Area PT Sinar Energi, Ahad Maulana, mengatakan stok aman.",
          '"Stok cukup sampai Lebaran," ujar Ahad.', '"Antrean wajar saat mudik," tambah Ahad.'),
         ["Ahad Maulana", "Ahad Maulana"]),
        # Counter-examples: nobody named Ahad, and a dated Sunday after the speaker.
        (('"Stok cukup sampai Lebaran," ujar Ahad.',), [None]),
        # a Sunday's time of day written in capitals, after "pada", is no Ahad introduced
        (("Pengajian digelar pada Ahad Subuh di masjid raya.",
          '"Jamaah sangat banyak," ujar Ahad.'), [None]),
        (("Pengajian digelar pada Ahad Sore Hari di masjid raya.",
          '"Jamaah sangat banyak," ujar Ahad.'), [None]),
        # "hingga" comes before a person as well as a day
        (("Jemaah menunggu hingga Ahad Munawir tiba di masjid raya.",
          '"Mari jaga persatuan," ujar Ahad.'), ["Ahad Munawir"]),
        (("Manajer Area PT Sinar Energi, Ahad Maulana, mengatakan stok aman.",
          "Kepala Desa Sukamaju, Budi Santoso, membuka acara.",
          '"Warga kompak," kata Budi, Ahad (12/5).'), ["Budi Santoso"]),
        (("Ketua RT Budi Santoso mengatakan banjir surut.",
          '"Air sudah surut," kata dia, Ahad (12/5).'), ["Budi Santoso"]),
        # The last place of an address, its region word misspelt or old, is nobody.
        (("Warga Desa Sukamaju, Kecamatan Cibeber, Kabupaten Lebak, Propinsi Banten, menolak "
          "tambang.", '"Kami menolak truk lewat," katanya.'), [None]),
        (("Kepala Desa Sukamaju, Budi Santoso, mengatakan warga menolak.",
          "Warga Desa Sukamaju, Kecamatan Cibeber, Kabupaten Lebak, Propinsi Banten, juga "
          "menolak.", '"Kami menolak truk lewat," katanya.'), ["Budi Santoso"]),
        (("Lebih Lanjut Benny mengatakan bahwa umat harus rukun.",
          '"Kita semua bersaudara," kata Benny.'), ["Benny"]),
    ],
)
def test_days_connectives_and_addresses_around_a_name(paragraphs: tuple[str, ...],
                                                      speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # A conjunction in title case opens a clause: the name ends before it.
        ("Sugiharto Saat", "Sugiharto"),
        ("Rina Sari Ketika Meresmikan", "Rina Sari"),
        # An office written after the name without a comma is the name's office.
        ("Budi Santoso Anggota Fraksi PKB", "Budi Santoso"),
        ("Moh. Rudi Anggota Komisi", "Moh. Rudi"),
        # Counter-examples: a conjunction opening the run is an opener, an office before the
        # name stays out of it, and a name after the office is still the speaker.
        ("Saat Budi", "Budi"),
        ("Wakil Ketua DPRD Rina Sari", "Rina Sari"),
        ("Ketua Fraksi PKB Budi Santoso", "Budi Santoso"),
        ("Kim Pak", "Kim Pak"),
    ],
)
def test_a_clause_or_an_office_after_the_name_ends_it(run: str, name: str) -> None:
    assert clean_speaker(run) == name


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The headline's title-case clause after the name is no part of it.
        (("Pesan Bupati Klaten Sugiharto Saat Meresmikan Pasar Baru",
          "Bupati Klaten Sugiharto meresmikan pasar baru, Rabu (13/9/2023).",
          "“Kita jaga pasar ini bersama-sama,” pinta Bupati Sugiharto."),
         ["Sugiharto"]),
        # The member's office after his name, before the quote, without a comma.
        (("Rapat paripurna dipimpin H. Rahmat selaku pimpinan rapat.",
          "Moh. Rudi Anggota Fraksi PKB, bertanya dalam rapat itu “Kenapa dana jalan masih"
          " kurang?,” tanyanya."),
         ["Moh. Rudi"]),
    ],
)
def test_a_clause_or_an_office_after_the_name_in_an_article(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers
