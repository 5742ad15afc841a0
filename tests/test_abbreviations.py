"""Abbreviations, and their periods that are not full stops."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form


@pytest.mark.parametrize("written, spoken", [
    ("beras, gula, dll. yang dijual", "beras, gula, dan lain-lain yang dijual"),
    ("beras, gula, dll. Harga naik.", "beras, gula, dan lain-lain. Harga naik."),
    ("beras, gula, dll.", "beras, gula, dan lain-lain."),
    ("buku, pena, dsb. juga", "buku, pena, dan sebagainya juga"),
    ("dan dst. pula", "dan dan seterusnya pula"),
    ("Budi dkk. meneliti", "Budi dan kawan-kawan meneliti"),
    # Aceh's scholar's title, before a name only
    ("imam salat Tgk. H. Ridwan", "imam salat Teungku Haji Ridwan"),
    ("penceramah Tgk Fauzan hadir", "penceramah Teungku Fauzan hadir"),
    ("singkatan Tgk. itu", "singkatan Tgk. itu"),
    # Islamic schools in mixed case are spelled like the schools beside them
    ("lulusan SMP/MTs sederajat", "lulusan es em pe, em te es sederajat"),
    ("siswa MTsN 3 Bireuen", "siswa em te es en tiga Bireuen"),
    ("Yth. Bapak Camat", "Yang terhormat Bapak Camat"),
    ("di Jl. Sudirman No. 5", "di Jalan Sudirman nomor lima"),
    ("di Jl Diponegoro dan Jl Raya Bogor", "di Jalan Diponegoro dan Jalan Raya Bogor"),
    ("kata plt kadis sosial", "kata pelaksana tugas kadis sosial"),
    ("Rapat dipimpin plt. kepala dinas.", "Rapat dipimpin pelaksana tugas kepala dinas."),
    ("Kab. Bogor, Kec. Cibinong, Prov. Jawa Barat",
     "Kabupaten Bogor, Kecamatan Cibinong, Provinsi Jawa Barat"),
    ("lihat tgl. 5 hlm. 12", "lihat tanggal lima halaman dua belas"),
    ("Bpk. Ahmad", "Bapak Ahmad"),
    ("dr. Siti memeriksa", "dokter Siti memeriksa"),
    ("kata dr Siti Nadia Tarmizi", "kata dokter Siti Nadia Tarmizi"),
    ("dr dan drg", "dr dan drg"),  # only before a name
    ("Budi Cs ditangkap, Andi cs juga, Rina dkk hadir",
     "Budi dan kawan-kawan ditangkap, Andi dan kawan-kawan juga, Rina dan kawan-kawan hadir"),
    ("di 20 Kab/Kota", "di dua puluh Kabupaten, Kota"),
    ("Prof. Dr. Budi, S.H., M.Si. hadir.", "Profesor Doktor Budi, es ha, em si hadir."),
    ("Rina Sari, M.Sc. memimpin riset.", "Rina Sari, em es ce memimpin riset."),
    ("H. Ahmad dan Hj. Siti", "Haji Ahmad dan Hajah Siti"),
    ("Budi H. Santoso", "Budi H. Santoso"),  # an initial, not "Haji"
    # the title typed against the name; a sentence's speech verb before it is no name
    ("Hadir pula H.Ahmad dan Hj.Siti", "Hadir pula Haji Ahmad dan Hajah Siti"),
    ("Kata H. Ahmad, stok aman.", "Kata Haji Ahmad, stok aman."),
    ("Menurut H.Ahmad, stok aman.", "Menurut Haji Ahmad, stok aman."),
    ("Budi H.Santoso", "Budi H. Santoso"),
    ("Kepala Balai M. Yusuf Hadi", "Kepala Balai em Yusuf Hadi"),
    ("modal Rp 3 M. Kemudian", "modal tiga miliar rupiah. Kemudian"),  # miliar, then a stop
    ("dipimpin oleh M. Yusuf Hadi", "dipimpin oleh em Yusuf Hadi"),
    # said in full beside it: not said twice
    ("naik 2 persen MTD (Month to Date)", "naik dua persen em te de (Month to Date)"),
    ("inflasi bulanan (month-to-month, mtm)", "inflasi bulanan (month-to-month, mtm)"),
    ("naik 2 persen mtm", "naik dua persen month to month"),
    # a size that ends a sentence keeps its stop
    ("ukuran M. Ukuran L habis", "ukuran M. Ukuran L habis"),
    ("harga naik 2,1 persen (yoy) dan 0,3 persen (mtm)",
     "harga naik dua koma satu persen (year on year) dan nol koma tiga persen (month to month)"),
    ("saham turun 4 persen ytd", "saham turun empat persen year to date"),
    ("lulusan Ph.D. dari", "lulusan pe ha de dari"),
    ("No. Saya tidak tahu", "No. Saya tidak tahu"),  # "No." only before a number
    ("Senin s.d Jumat, 7 s/d 9 Mei", "Senin sampai dengan Jumat, tujuh sampai dengan sembilan Mei"),
    ("di KM 34 tol", "di kilometer tiga puluh empat tol"),
    ("kapal KM Sinar Bangun", "kapal ka em Sinar Bangun"),  # "kapal" is said already
    ("macet di Km.16 arah Jakarta", "macet di kilometer enam belas arah Jakarta"),
    ("rumah No.7 dan UU No 12 tahun 2011",
     "rumah nomor tujuh dan u u nomor dua belas tahun dua ribu sebelas"),
    ("No, saya tidak tahu", "No, saya tidak tahu"),
    ("Pasal 2 ayat (1) jo. Pasal 18 UU Tipikor", "Pasal dua ayat (satu) juncto Pasal delapan belas"
     " u u Tipikor"),
    ("sahabatnya Jo. Mereka", "sahabatnya Jo. Mereka"),  # a name, not juncto
    ("mobil Nopol B 12 dan nopol D 5", "mobil nomor polisi B dua belas dan nomor polisi D lima"),
    ("di depan PT. Sinar Jaya", "di depan pe te Sinar Jaya"),
    ("bekerja di sebuah PT. Ia pindah", "bekerja di sebuah pe te. Ia pindah"),
    # "PT.", "Plt." or "Plh." keep the stop only before a known sentence opener; a company, an
    # office (in the titles' list or not) is no sentence, with a demonstrative after it too
    ("bekerja di PT. Namun gajinya kecil", "bekerja di pe te. Namun gajinya kecil"),
    ("saham PT. Bumi Hijau itu naik", "saham pe te Bumi Hijau itu naik"),
    ("buruh PT. Tambang Emas tersebut mogok", "buruh pe te Tambang Emas tersebut mogok"),
    ("direksi PT. Sawit itu menolak", "direksi pe te Sawit itu menolak"),
    ("diteken oleh Plt. Ia lalu pergi", "diteken oleh pelaksana tugas. Ia lalu pergi"),
    ("dipimpin Plt. Kasatpol PP Bantul", "dipimpin pelaksana tugas Kasatpol pe pe Bantul"),
    ("kepada Plh. Kadisdik Garut Ani", "kepada pelaksana harian Kadisdik Garut Ani"),
    ("dibuka Plh. Kepala Dinas Sosial", "dibuka pelaksana harian Kepala Dinas Sosial"),
    ("kata Plh. Sekda Garut", "kata pelaksana harian Sekda Garut"),
    ("Plt. Bupati Sleman hadir", "Pelaksana tugas Bupati Sleman hadir"),
    # a kiai's title before a name; other capitals "KH" are spelled
    ("ceramah KH Abdul Somad", "ceramah Kiai Haji Abdul Somad"),
    ("Pesantren KH. Zainal Arifin", "Pesantren Kiai Haji Zainal Arifin"),
    ("blok KH dan KJ", "blok ka ha dan ka je"),
    # a unit after its number closes the sentence; a kilometre post does not
    ("sejauh 8 Km. 2 rumah rusak", "sejauh delapan kilometer. dua rumah rusak"),
    ("longsor di Km. 27 jalur selatan", "longsor di kilometer dua puluh tujuh jalur selatan"),
    # a number before "No." or "KM" without a period is a block, a lane: still "nomor", "kilometer"
    ("di Perumahan Asri Blok D2 No. 8", "di Perumahan Asri Blok D dua nomor delapan"),
    ("di Gang 3 No. 21, Bantul", "di Gang tiga nomor dua puluh satu, Bantul"),
    ("di RW 05 No. 4", "di er we lima nomor empat"),
    ("tol Jagorawi arah 1 KM 35", "tol Jagorawi arah satu kilometer tiga puluh lima"),
    # at a sentence's start the word is capitalised
    ("No 12 dijual. No 14 disewa", "Nomor dua belas dijual. Nomor empat belas disewa"),
    ("rumah No 12 dijual", "rumah nomor dua belas dijual"),
    ("dekan, Dr. Drh. Rina Wati", "dekan, Doktor dokter hewan Rina Wati"),  # after a title
    ("Kata Ani. Drh. Budi datang", "Kata Ani. Dokter hewan Budi datang"),
])
def test_abbreviations(written, spoken):
    assert spoken_form(written) == spoken


def test_a_title_leaves_no_full_stop_mid_sentence():
    spoken = spoken_form("Kemarin Prof. Budi dan dr. Ani tiba di Jl. Merdeka.")
    assert spoken == "Kemarin Profesor Budi dan dokter Ani tiba di Jalan Merdeka."
    assert spoken.count(".") == 1


@pytest.mark.parametrize("written, spoken", [
    # degrees after a name are said as their letters, with or without their periods
    ("Rina, SKM., M.Kes memimpin", "Rina, es ka em, em kes memimpin"),
    ("Andi Wijaya, M.Si hadir", "Andi Wijaya, em si hadir"),
    ("Dedi, SE SIP M Si", "Dedi, es e es i pe em si"),
    ("Hendra, SH MH", "Hendra, es ha em ha"),
    ("oleh Prof Dr Wati M.Hum", "oleh Profesor Doktor Wati em hum"),
    # titles before a name, with or without their periods
    ("Drs. Yusuf Hamdani", "Doktorandus Yusuf Hamdani"),
    ("Drs Yusuf dan Dra Aminah", "Doktorandus Yusuf dan Doktoranda Aminah"),
    ("kata H Rohman menyapa", "kata Haji Rohman menyapa"),
    ("tamu Hj Aisyah", "tamu Hajah Aisyah"),
    ("Rektor Unsoed Prof Dr Rina", "Rektor Unsoed Profesor Doktor Rina"),
    ("Ketua IDI Dr dr Sari", "Ketua i de i Doktor dokter Sari"),
    ("Bupati Garut Drs Andi", "Bupati Garut Doktorandus Andi"),
    ("Kapolres Budi, S.H, S.I.K hadir", "Kapolres Budi, es ha, es i ka hadir"),
    ("Kapolda Irjen Pol. Rudi hadir", "Kapolda Inspektur Jenderal Pol Rudi hadir"),
    ("berpangkat Kombes Pol. Ia pindah", "berpangkat Komisaris Besar Pol. Ia pindah"),  # a stop
    # an initial, a block, the day itself: not titles
    ("Budi H Santoso", "Budi H Santoso"),
    ("Blok H Timur", "Blok H Timur"),
    ("tergabung di grup H Liga Champions", "tergabung di grup H Liga Champions"),
    ("gedung H Fakultas Teknik", "gedung H Fakultas Teknik"),
    ("jelang hari H Lebaran", "jelang hari H Lebaran"),
    ("huruf H dan Dr", "huruf H dan Dr"),
    # a doctor after a capitalised word too: a hospital's name, a verb opening the sentence
    ("dirawat di RSUD dr Soetomo", "dirawat di er es u de dokter Soetomo"),
    ("Menurut dr Ratna, pasien pulih", "Menurut dokter Ratna, pasien pulih"),
    ("Plt Kepala Dinas dan Plh Sekda", "Pelaksana tugas Kepala Dinas dan pelaksana harian Sekda"),
    # a short form in brackets after its words is said once, in full
    ("Pelaksana tugas (Plt) Kepala Dinas", "Pelaksana tugas Kepala Dinas"),
    ("Penjabat (Pj) Gubernur Jawa Barat", "Penjabat Gubernur Jawa Barat"),
    ("menurut kalender Hijriah (H)", "menurut kalender Hijriah"),
    ("Pj Bupati Garut dan Pj. Wali Kota", "Penjabat Bupati Garut dan penjabat Wali Kota"),
    ("PT Telkom Indonesia (Persero) Tbk", "pe te Telkom Indonesia (Persero) te be ka"),
    # an acronym of several words stays beside them, to teach it; other letters stay
    ("Badan Pusat Statistik (BPS) mencatat", "Badan Pusat Statistik (be pe es) mencatat"),
    ("Wali Kota (kiri) dan saksi (S)", "Wali Kota (kiri) dan saksi (S)"),
    ("Ikatan Dokter Indonesia (IDI) Jakarta", "Ikatan Dokter Indonesia (i de i) Jakarta"),
    # one letter is a label after other words, not a short form
    ("Regu Bravo (B) dan Ruang Mawar (M)", "Regu Bravo (B) dan Ruang Mawar (M)"),
    ("gempa Magnitudo (M) kuat", "gempa Magnitudo kuat"),
    # a degree's stop typed against the next sentence
    ("lulus dengan gelar S.E.Kemudian bekerja", "lulus dengan gelar es e. Kemudian bekerja"),
    # ... but a rank's mark glued to the name is no stop
    ("Irjen Pol.Ronny Sompie hadir", "Inspektur Jenderal Pol Ronny Sompie hadir"),
    ("kata drh. Wulan dan Drh. Bayu", "kata dokter hewan Wulan dan dokter hewan Bayu"),
    ("Dekan Tono, M.P hadir", "Dekan Tono, em pe hadir"),
    # degrees in capitals with their periods: no stop mid-sentence, the last one may end it
    ("Ketua Rudi, SE., MM. membuka acara", "Ketua Rudi, es e, em em membuka acara"),
    ("Kuasa hukum Dian, SH., MH., menjelaskan", "Kuasa hukum Dian, es ha, em ha, menjelaskan"),
    ("Kuasa hukumnya Dian, SH., MH. Ia menolak", "Kuasa hukumnya Dian, es ha, em ha. Ia menolak"),
    ("warga Jakarta, DKI. Ia pindah", "warga Jakarta, de ka i. Ia pindah"),
])
def test_titles_and_degrees_around_names(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("Brigjen TNI (Purn) Hasan", "Brigadir Jenderal te en i (purnawirawan) Hasan"),
    ("Kolonel (Purn.) Agus", "Kolonel (purnawirawan) Agus"),
    ("penumpang KM Sinar Laut", "penumpang Kapal Motor Sinar Laut"),  # a ship
    ("macet di KM 57", "macet di kilometer lima puluh tujuh"),       # a road's post
    ("Ketua BEM KM Unand", "Ketua be e em ka em Unand"),             # a students' body
    ("KM Lestari II berlabuh", "Kapal Motor Lestari dua berlabuh"),
    # only in a text about ships; not after an office or "oleh", nor before an acronym
    ("nakhoda KM Bahari Jaya tiba", "nakhoda Kapal Motor Bahari Jaya tiba"),
    ("Wakil Ketua KM UNS hadir", "Wakil Ketua ka em u en es hadir"),
    ("penumpang menunggu, Ketua KM Mandala datang",
     "penumpang menunggu, Ketua ka em Mandala datang"),
    ("gambar oleh KM Prasetyo di pelabuhan", "gambar oleh ka em Prasetyo di pelabuhan"),
    ("kapal dari KM ITS berlayar", "kapal dari ka em i te es berlayar"),
    ("sepuluh unit KM Bersih di terminal", "sepuluh unit ka em Bersih di terminal"),
])
def test_retired_officers_and_motor_ships(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("kata Mayjen TNI Rudi Hartono", "kata Mayor Jenderal te en i Rudi Hartono"),
    ("Letkol Inf Dedi memimpin", "Letnan Kolonel Inf Dedi memimpin"),
    ("Laksda TNI Yudo", "Laksamana Muda te en i Yudo"),
    ("Marsma Andi Wijaya", "Marsekal Pertama Andi Wijaya"),
    ("Kapolda Irjen Pol. Slamet", "Kapolda Inspektur Jenderal Pol Slamet"),
    ("Kombes Rina Sari", "Komisaris Besar Rina Sari"),
    # a rank named alone, not before a name or a force, is left as written
    ("ia naik pangkat menjadi Brigjen.", "ia naik pangkat menjadi Brigjen."),
    ("jabatan Letjen dan Mayjen kosong", "jabatan Letjen dan Mayjen kosong"),
])
def test_officers_ranks_before_a_name_are_said_in_full(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("APBD Kab.Sikka tahun ini", "a pe be de Kabupaten Sikka tahun ini"),
    ("warga Kec.Maumere", "warga Kecamatan Maumere"),
    ("APBD TA 2024 disahkan", "a pe be de tahun anggaran dua ribu dua puluh empat disahkan"),
    ("Wakil Bupati Drs. Hi. Ahmad Fauzi", "Wakil Bupati Doktorandus Haji Ahmad Fauzi"),
    ("Rina Sari, S.Ip., hadir", "Rina Sari, es i pe, hadir"),
    ("Dedi, S. Sos. menjelaskan", "Dedi, es sos menjelaskan"),
    ("Bupati Tb Haerul Jaman", "Bupati Tubagus Haerul Jaman"),
    ("disampaikan R.Hendra di", "disampaikan R. Hendra di"),
    # counter-examples: no year after "TA", a greeting, a degree glued as written
    ("mahasiswa TA 3 orang", "mahasiswa te a tiga orang"),
    ("ia berkata Hi. Saya datang", "ia berkata Hi. Saya datang"),
    ("Hi. Apa kabar semua?", "Hi. Apa kabar semua?"),
    ("kapasitas 2 Tb Data", "kapasitas dua Tb Data"),
    ("Andi, S.Farm. bekerja", "Andi, es farm bekerja"),
    ("Rudi, M.Kom. mengajar", "Rudi, em kom mengajar"),
    ("Rudi, S.Hut. mengajar", "Rudi, S.Hut. mengajar"),
    ("jumlahnya 5.Kemudian", "jumlahnya lima.Kemudian"),
])
def test_glued_and_regional_abbreviations(written, spoken):
    assert spoken_form(written) == spoken
