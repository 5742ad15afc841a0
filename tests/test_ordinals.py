"""Ordinals and Roman numerals, only where they are numbers for sure."""

from __future__ import annotations

import pytest

from dengar.normalize import spoken_form
from dengar.spoken.ordinals import roman_value


@pytest.mark.parametrize("written, spoken", [
    ("yang ke-1", "yang pertama"),
    ("yang ke-2", "yang kedua"),
    ("ulang tahun ke-21", "ulang tahun kedua puluh satu"),
    ("yang ke-100", "yang keseratus"),
    ("Abad ke-21", "Abad kedua puluh satu"),
    ("Ke-3 kalinya", "Ketiga kalinya"),
    ("Lavrov (ke-2)", "Lavrov (kedua)"),
    ("Perang Dunia II", "Perang Dunia kedua"),
    ("Perang Dunia I", "Perang Dunia pertama"),
    ("Paus Leo XIV", "Paus Leo keempat belas"),
    ("Raja Charles III", "Raja Charles ketiga"),
    ("abad XXI", "abad kedua puluh satu"),
    ("I think so", "I think so"),             # an English pronoun
    ("vitamin C dan D", "vitamin C dan D"),     # letters
    ("Tipe V baru", "Tipe V baru"),             # one letter after a name: not sure
    ("Gempa DI Kota", "Gempa DI Kota"),         # "DI" is not 501 here
    ("ulang tahun ke-XXV", "ulang tahun kedua puluh lima"),
    ("Ke-IV kalinya", "Keempat kalinya"),
    ("ke-VIP", "ke ve i pe"),
    # a stray space before the hyphen of an ordinal; a minus before what it measures
    ("acara ke -12 kalinya", "acara kedua belas kalinya"),
    ("Ke -3 di klasemen", "Ketiga di klasemen"),
    ("suhu turun ke -5 derajat", "suhu turun ke minus lima derajat"),
    ("turun ke -2 persen", "turun ke minus dua persen"),
    ("turun ke -1,5 persen", "turun ke minus satu koma lima persen"),
    ("anjlok ke -3°C", "anjlok ke minus tiga derajat Celsius"),
    ("dari 2 ke -3.", "dari dua ke minus tiga."),                   # a word, not a numeral
    ("suhu turun ke -2 pada Senin", "suhu turun ke minus dua pada Senin"),  # a fall: minus
    ("turun ke -3 Celsius", "turun ke minus tiga Celsius"),
    ("Porprov XIV", "Porprov keempat belas"),
    ("PON XXI di Aceh", "PON kedua puluh satu di Aceh"),   # an event's acronym
    ("KTT ASEAN XLII", "ka te te ASEAN XLII"),              # only I, V and X count
    ("kantor PT XX", "kantor pe te XX"),                        # a company's name masked
    # a company's, a ship's, a tier's or an office's number is a cardinal
    ("pekerja PTPN III", "pekerja pe te pe en tiga"),
    ("pengurus DPD II Golkar", "pengurus de pe de dua Golkar"),
    ("bandara milik AP I dan AP II", "bandara milik a pe satu dan a pe dua"),
    ("PT Angkasa Pura II mencatat", "pe te Angkasa Pura dua mencatat"),
    ("dikelola Angkasa Pura I sejak", "dikelola Angkasa Pura satu sejak"),
    ("penumpang KM Lambelu III dan KM Dorolonda I",
     "penumpang Kapal Motor Lambelu tiga dan Kapal Motor Dorolonda satu"),
    ("Wakil Ketua Umum I Partai", "Wakil Ketua Umum satu Partai"),
    # a name with no numbered body's word in it keeps a name's ordinal
    ("Kabinet Kerja Bersama II", "Kabinet Kerja Bersama kedua"),
    ("Operasi Militer Selatan II", "Operasi Militer Selatan kedua"),
    ("Lintas Budaya Nusantara III digelar", "Lintas Budaya Nusantara ketiga digelar"),
    # a numbered body, place or office in the name: a cardinal
    ("rumah di Jalan Anggrek Putih II", "rumah di Jalan Anggrek Putih dua"),
    ("warga Gang Melati III", "warga Gang Melati tiga"),
    ("latihan Komando Armada III", "latihan Komando Armada tiga"),
    ("Deputi Bidang Ekonomi II", "Deputi Bidang Ekonomi dua"),
    ("PT Pelabuhan Indonesia IV", "pe te Pelabuhan Indonesia empat"),
    # an electoral district, a building, an estate, a plant's unit, a toll road's section, a
    # type, a terminal, a clinic: counted
    ("caleg Dapil Jawa Tengah IV", "caleg Dapil Jawa Tengah empat"),
    ("rapat di Gedung Merdeka III", "rapat di Gedung Merdeka tiga"),
    ("warga Perumahan Bumi Indah II", "warga Perumahan Bumi Indah dua"),
    ("warga Perumnas Depok III", "warga Perumnas Depok tiga"),
    ("gangguan di PLTU Paiton Unit VII", "gangguan di pe el te u Paiton Unit tujuh"),
    ("pasien Diabetes Tipe II", "pasien Diabetes Tipe dua"),
    ("ke Terminal II bandara", "ke Terminal dua bandara"),
    ("di Puskesmas Kecamatan Tambora II", "di Puskesmas Kecamatan Tambora dua"),
    ("Tol Cisumdawu Seksi III dibuka", "Tol Cisumdawu Seksi tiga dibuka"),
    ("ruas Tol Layang Elevated II", "ruas Tol Layang Elevated dua"),
    ("petugas Sektor VI dan Zona III", "petugas Sektor enam dan Zona tiga"),
    ("di Lantai II dan Ruang Rapat III", "di Lantai dua dan Ruang Rapat tiga"),
    # ... but an event held in a building keeps its edition, and a name without such a word
    # keeps a name's ordinal
    ("Kongres Gedung Kesenian II", "Kongres Gedung Kesenian kedua"),
    ("Konferensi Asia Afrika II", "Konferensi Asia Afrika kedua"),
    ("Tipe V baru di Lantai X", "Tipe V baru di Lantai X"),  # one letter: not sure
    # a capitalised word opening the sentence makes no name: "Babak" is a half of a match
    ("Menjelang Babak II, tuan rumah", "Menjelang Babak kedua, tuan rumah"),
    ("Sepanjang Semester I, laba naik", "Sepanjang Semester pertama, laba naik"),
    # a round, a wave, a part, a games' or a jamboree's edition: an ordinal
    ("Pilgub Jabar Putaran II", "Pilgub Jabar Putaran kedua"),
    ("pendaftaran Gelombang III dibuka", "pendaftaran Gelombang ketiga dibuka"),
    ("film Laskar Bagian II tayang", "film Laskar Bagian kedua tayang"),
    ("Asian Games XIX di Hangzhou", "Asian Games kesembilan belas di Hangzhou"),
    ("SEA Games XXXI", "es e a Games ketiga puluh satu"),  # the lexicon says "Si Gems"
    ("Jambore Daerah XII", "Jambore Daerah kedua belas"),
    ("Peparnas XVI di Papua", "Peparnas keenam belas di Papua"),
    ("Dies Natalis XXV kampus", "Dies Natalis kedua puluh lima kampus"),
    ("MTQ Provinsi XXXIII", "em te ki Provinsi ketiga puluh tiga"),
    # an event's acronym after its event's word names an edition, not a body
    ("Muktamar PKB IV", "Muktamar pe ka be keempat"),
    ("Munas Kadin VIII", "Munas Kadin kedelapan"),
    ("Rakernas PAN II di Semarang", "Rakernas pe a en kedua di Semarang"),
    # a place in a contest is counted: "juara dua"
    ("meraih Juara III", "meraih Juara tiga"),
    ("tim itu juara I lomba", "tim itu juara satu lomba"),
    ("Danau Toba Jazz Festival IV", "Danau Toba Jazz Festival keempat"),  # an edition
    ("Pekan Olahraga Nasional XX di Papua", "Pekan Olahraga Nasional kedua puluh di Papua"),
    ("perusahaan OK I", "perusahaan o ka I"),  # "OK" then an English "I"
    ("Pekan Olahraga Nasional (PON) XX di Papua",
     "Pekan Olahraga Nasional (PON) kedua puluh di Papua"),
    ("Porprov (Jatim) VIII", "Porprov (Jatim) VIII"),  # a bracketed name is no keyword
    # a ruler's number is a place in a line: an ordinal
    ("Paus Yohanes Paulus II", "Paus Yohanes Paulus kedua"),
    ("Sri Sultan Hamengku Buwono IX", "Sri Sultan Hamengku Buwono kesembilan"),
    # A dynasty's number is an ordinal even as one letter; a type's letter is a letter.
    ("Sri Sultan Hamengku Buwono X", "Sri Sultan Hamengku Buwono kesepuluh"),
    ("Sultan HB X", "Sultan ha be kesepuluh"),
    ("Paku Alam X", "Paku Alam kesepuluh"),
    ("Mangkunegara X", "Mangkunegara kesepuluh"),
    ("Sumber Daya Alam X", "Sumber Daya Alam X"),
    ("Ratu Elizabeth II wafat", "Ratu Elizabeth kedua wafat"),
    ("Leo XIV berpesan", "Leo keempat belas berpesan"),
    ("\"When I was young\"", "\"When I was young\""),  # English, one word before "I"
    ("Kapolres AKBP I Ketut Suarta", "Kapolres a ka be pe I Ketut Suarta"),
    # a class, a rank or a chapter is counted, not placed: a cardinal, any case
    ("Kelas II", "Kelas dua"),
    ("murid kelas V SD", "murid kelas lima es de"),
    ("Lapas Kelas IIA", "Lapas Kelas dua A"),
    ("rapat dengan Komisi IX DPR", "rapat dengan Komisi sembilan de pe er"),
    ("anggota Komisi I dan Komisi III", "anggota Komisi satu dan Komisi tiga"),
    ("Wakil Rektor I Unpad", "Wakil Rektor satu Unpad"),
    ("WR III dan WD II hadir", "we er tiga dan we de dua hadir"),
    ("Asisten I Setda", "Asisten satu Setda"),
    ("Rektor IPB", "Rektor i pe be"),  # no numeral: an institution
    # a Balinese name's "I" after an office is the name's, no numeral
    ("dilantik Rektor I Wayan Sudarma", "dilantik Rektor I Wayan Sudarma"),
    ("Dekan I Made Gde Suparta hadir", "Dekan I Made Gde Suparta hadir"),
    ("Asisten I Gusti Putu Rai", "Asisten I Gusti Putu Rai"),
    ("WR I Ketut Wirawan", "we er I Ketut Wirawan"),
    ("Wakil Rektor I Universitas Jember", "Wakil Rektor satu Universitas Jember"),  # no name
    ("Perang Dunia I Berakhir", "Perang Dunia pertama Berakhir"),
    ("komisi DIX", "komisi de i eks"),  # not a Roman numeral of I, V and X: spelled
    ("pegawai Golongan IIIB", "pegawai Golongan tiga B"),
    ("pejabat eselon II", "pejabat eselon dua"),
    ("Bab I", "Bab satu"),
    ("PPKM level IV diperpanjang", "pe pe ka em level empat diperpanjang"),
    ("status Level II (Waspada)", "status Level dua (Waspada)"),
    ("kelas VIP", "kelas ve i pe"),
    # a regional office numbered within its province is counted
    ("Kanwil BPN Jatim II mencatat", "Kanwil be pe en Jatim dua mencatat"),
    ("Kepala Kanwil DJP Jawa Barat III", "Kepala Kanwil de je pe Jawa Barat tiga"),
    ("Kantor Wilayah Sumut II mencatat", "Kantor Wilayah Sumut dua mencatat"),
    # ... but an event in the province keeps its edition
    ("Porprov Jabar XIV dibuka", "Porprov Jabar keempat belas dibuka"),
    ("Pekan Seni Jawa Tengah II", "Pekan Seni Jawa Tengah kedua"),
    ("Porda Jabar XIV resmi dibuka", "Porda Jabar keempat belas resmi dibuka"),
    ("Kejurda Jatim III digelar", "Kejurda Jatim ketiga digelar"),
])
def test_ordinals(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("numeral, value", [
    ("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XXI", 21), ("XXXIX", 39),
    ("IIII", None), ("VX", None), ("DI", None), ("", None),
])
def test_roman_value(numeral, value):
    assert roman_value(numeral) == value


@pytest.mark.parametrize("written", ["urutan ke-" + "9" * 400, "dari 1 sampai " + "9" * 400])
def test_a_number_too_long_for_a_float_is_read_digit_by_digit(written):
    assert spoken_form(written).endswith(" ".join(["sembilan"] * 400))


@pytest.mark.parametrize("written, spoken", [
    ("terasa II MMI di Cilacap", "terasa dua em em i di Cilacap"),
    ("di Sleman IV MMI dan", "di Sleman empat em em i dan"),       # after a place: no ordinal
    ("guncangan (III-IV MMI) singkat", "guncangan (tiga sampai empat em em i) singkat"),
    ("Garut III - IV MMI", "Garut tiga sampai empat em em i"),
    ("warga di KRB II mengungsi", "warga di ka er be dua mengungsi"),
    ("Kawasan Rawan Bencana (KRB) III", "Kawasan Rawan Bencana (ka er be) tiga"),
    ("kawasan rawan bencana I dan II", "kawasan rawan bencana satu dan dua"),
    ("KRB I, II atau III", "ka er be satu, dua atau tiga"),
    # counter-examples: no scale or zone named after the numeral
    ("Perang Dunia II usai", "Perang Dunia kedua usai"),
    ("Raja Charles III datang", "Raja Charles ketiga datang"),
    ("vitamin C dan D", "vitamin C dan D"),
    ("kawasan rawan bencana Indonesia", "kawasan rawan bencana Indonesia"),
    # a Balinese name after the zone: "I" opens it, it is no zone
    ("dari KRB III, I Nyoman Sudarma, mengaku", "dari ka er be tiga, I Nyoman Sudarma, mengaku"),
    ("warga KRB II dan I Wayan Sukarta", "warga ka er be dua dan I Wayan Sukarta"),
    # … but a list of zones before a place or a mountain
    ("KRB II dan III Merapi", "ka er be dua dan tiga Merapi"),
    ("Kawasan Rawan Bencana I dan II Gunung Agung", "Kawasan Rawan Bencana satu dan dua Gunung"
     " Agung"),
])
def test_an_intensity_or_a_hazard_zone_is_a_cardinal(written, spoken):
    assert spoken_form(written) == spoken


@pytest.mark.parametrize("written, spoken", [
    ("murid kelas I dan II pulang", "murid kelas satu dan dua pulang"),
    ("siswa Kelas IV-VI ikut", "siswa Kelas empat sampai enam ikut"),
    ("PPKM Level III/IV berlaku", "pe pe ka em Level tiga dan empat berlaku"),
    ("pegawai golongan II, III atau IV", "pegawai golongan dua, tiga atau empat"),
    ("Juara I dan II diumumkan", "Juara satu dan dua diumumkan"),
    # a school's or a village's numbered part is counted, not ranked
    ("gedung SDN Sukamaju II ambruk", "gedung es de en Sukamaju dua ambruk"),
    ("warga Kelurahan Air Hitam IV", "warga Kelurahan Air Hitam empat"),
    ("Desa Karangrejo III", "Desa Karangrejo tiga"),
    # a list after the first numeral is read alike, with or without a comma before "dan"
    ("warga Desa Mulyorejo I dan II", "warga Desa Mulyorejo satu dan dua"),
    ("murid SDN Sidomukti I, II dan III", "murid es de en Sidomukti satu, dua dan tiga"),
    ("Juara I, II, dan III", "Juara satu, dua, dan tiga"),
    ("sejak Perang Dunia I dan II", "sejak Perang Dunia pertama dan kedua"),
    ("Pekan Budaya Desa Adat II dan III", "Pekan Budaya Desa Adat kedua dan ketiga"),
    ("jemaat wilayah pelayanan III dan IV", "jemaat wilayah pelayanan III dan IV"),
    # a school's word heads the school's name; inside an event's name it numbers nothing
    ("Kepala SDN Cempaka II hadir", "Kepala es de en Cempaka dua hadir"),
    ("Lomba Cerdas SD Ceria IV dibuka", "Lomba Cerdas es de Ceria keempat dibuka"),
    # counter-examples: a Balinese name after the list, an edition without a body's word
    ("Wakil Rektor II dan I Made Sudana", "Wakil Rektor dua dan I Made Sudana"),
    ("Konferensi Asia Afrika II digelar", "Konferensi Asia Afrika kedua digelar"),
    ("Festival Desa Wisata III", "Festival Desa Wisata ketiga"),
])
def test_a_class_a_level_or_a_numbered_place_is_a_cardinal(written, spoken):
    assert spoken_form(written) == spoken
