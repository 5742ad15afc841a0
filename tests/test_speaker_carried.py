"""Who speaks when the quotation itself names nobody: the person a dateline's lead, a verbless
introduction or the paragraph before is about, and the one quoted just before."""

from __future__ import annotations

import pytest
from readings import speakers_of


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A dateline and a dash before the office: the office still introduces the name.
        (("Bandung – Menteri Koperasi (Menkop), Rudi Hartanto berharap "
          "pedagang tidak menaikkan harga. Ia menilai stok beras aman.",
          '"Jangan ada yang menimbun," katanya, Senin (3/6).'), ["Rudi Hartanto"]),
        (("Medan - Kepala Dinas Pertanian Sumut, Agus Salim meninjau sawah warga.",
          '"Panen tahun ini bagus," ujarnya.'), ["Agus Salim"]),
        # A place and a dash inside a sentence introduce no office: nobody is made up.
        (("Rute Jakarta - Bandung, Rudi Hartanto menyetir sendiri.",
          '"Jalannya lancar," katanya.'), [None]),
    ],
)
def test_an_office_after_a_dateline_introduces_its_holder(paragraphs: tuple[str, ...],
                                                          speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A verbless sentence: an office, a one-word name set off by commas, a day.
        (("Ketua Panitia PPDB SMP Negeri 3 Sukamaju, Hamdan, Selasa (9/7). Ia menyebutkan "
          "pendaftaran dibuka sepekan.", '"Belum ada kendala," katanya.'), ["Hamdan"]),
        (("Kepala Desa Sukamaju, Warsito. Ia menyebutkan jalan desa rusak berat.",
          '"Sudah kami laporkan," ucapnya.'), ["Warsito"]),
        # A one-word name in a list of officials is no introduction.
        (("Ketua RT, Warsito, Kamis (4/7), dan Ketua RW hadir.",
          '"Semua sudah beres," katanya.'), [None]),
        # A name after an office that is the object of a verb is not the subject either.
        (("Bantuan diserahkan kepada Kepala Desa, Warsito.",
          '"Terima kasih," katanya.'), [None]),
    ],
)
def test_a_verbless_introduction_names_the_next_speaker(paragraphs: tuple[str, ...],
                                                        speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A paragraph of quotation with no attribution, after a paragraph a person opens as
        # the subject of its verb: that person speaks.
        (('"Harga gabah turun," kata Ketua Gapoktan Sumber Rejeki, Darmaji.',
          "Darmaji mengaku harga pupuk tetap mahal di tingkat petani.",
          '"Turun jauh dibanding tahun lalu, hanya Rp4.000 per kilo.'),
         ["Darmaji", "Darmaji"]),
        # The paragraph goes on with someone else speaking: the quotation is theirs.
        (('"Harga gabah turun," kata Ketua Gapoktan Sumber Rejeki, Darmaji.',
          "Darmaji mengaku pupuk mahal. Kepala Dinas Pertanian Budi Santoso menyebutkan stok "
          "pupuk cukup.",
          '"Turun jauh dibanding tahun lalu."'), ["Darmaji", "Budi Santoso"]),
        # Someone named only as the one he reported to: the paragraph is still about him.
        (('"Harga gabah turun," kata Ketua Gapoktan Sumber Rejeki, Darmaji.',
          "Darmaji mengaku sudah melapor kepada Kepala Dinas Pertanian Budi Santoso.",
          '"Turun jauh dibanding tahun lalu."'), ["Darmaji", "Darmaji"]),
        # A name the article has not met as a person opening the paragraph: no guess.
        (("Pemerintah Desa Sukamaju menyebutkan jalan rusak sejak Januari.",
          '"Sudah lama tidak diperbaiki."'), [None]),
        # The subject of a wish or thought verb after an opening clause or an appositive,
        # or opening the last sentence: that person speaks in the quotation after.
        (("Ketua Gapoktan Sumber Rejeki, Darmaji Wiryo, tetap menolak hasil rapat.",
          "Dalam rapat itu, Darmaji meminta pupuk segera dikirim.",
          '"Kami tunggu kiriman pupuknya.'), ["Darmaji Wiryo"]),
        (("Sejumlah warga Sukamaju hadir. Senada dengan warga lain, petani asal Sukamaju, "
          "Rina Sari, juga mengharapkan harga gabah naik.", '"Harganya terlalu rendah.'),
         ["Rina Sari"]),
        (("Dinas Pertanian menyiapkan lahan baru. Kepala Dinas Pertanian Budi Santoso ingin "
          "lahan itu ditanami padi.", '"Kami siapkan bibitnya."'), ["Budi Santoso"]),
        # A person who only acts, with no verb of saying, thinking or wishing: no guess.
        (("Sejumlah warga Sukamaju hadir. Dalam rapat itu, Kepala Desa Budi Santoso "
          "membagikan pupuk kepada petani.", '"Kami tunggu kiriman pupuknya.'), [None]),
    ],
)
def test_a_quotation_after_a_paragraph_about_a_person_is_theirs(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A paragraph ending with an attributed quotation: the next paragraph of quotation
        # with no attribution goes on with the same speaker, a mistyped opening mark too.
        (('Kepala SMP Negeri 2 Sukamaju, Hendra Wijaya menyampaikan, "Zonasi sekarang jadi '
          'domisili, itu yang berubah," tuturnya.',
          '"Yang ramai memang di kota, di pinggiran dampaknya beda."',
          "” Sekolah kami menampung wali murid dari pinggiran”.",
          '"Tujuannya supaya tidak ada masalah lagi," tuturnya.'),
         ["Hendra Wijaya", "Hendra Wijaya", "Hendra Wijaya", "Hendra Wijaya"]),
        # Initials quoted, then "tambahnya": the one quoted goes on, not an organisation
        # the lead named.
        (("Rumah Sakit (RS) Sehat Sentosa diduga menolak pasien BPJS pada hari libur.",
          '"Petugasnya bilang harus umum," jelas RN.',
          '"Kami sempat adu mulut dengan petugas," tambahnya.'), ["RN", "RN"]),
    ],
)
def test_the_one_quoted_before_goes_on(paragraphs: tuple[str, ...],
                                       speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The paragraph before opens with a person only as the subject of the news: the
        # quotation after it is not theirs.
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono menjalani pemeriksaan enam jam didampingi pengacaranya.",
          '"Tersangka diduga memakai dana desa untuk keperluan pribadi."',
          "Warga berharap kasus itu cepat selesai."), [None]),
        # A speech or thought verb makes the opener the speaker...
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono berharap penahanannya ditangguhkan.",
          '"Saya akan kooperatif selama pemeriksaan."',
          "Pengacaranya sudah mengajukan surat permohonan."), ["Darto Wiyono"]),
        # ...unless the paragraph after names who said the quotation.
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono mengaku tidak tahu soal aliran dana itu.",
          '"Tersangka diduga memakai dana desa untuk keperluan pribadi."',
          "Keterangan itu disampaikan Kepala Kejaksaan Negeri Sukamaju Rudi Hermawan."),
         [None]),
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono mengaku tidak tahu soal aliran dana itu.",
          '"Tersangka diduga memakai dana desa untuk keperluan pribadi."',
          "Demikian diungkapkan Kepala Kejaksaan Negeri Sukamaju Rudi Hermawan."), [None]),
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono mengaku tidak tahu soal aliran dana itu.",
          '"Tersangka diduga memakai dana desa untuk keperluan pribadi."',
          "kata Kepala Kejaksaan Negeri Sukamaju Rudi Hermawan."), [None]),
        # A paragraph after that goes on with the story, a name opening it too, blocks nothing.
        (("Kepala Desa Sukamaju Darto Wiyono ditahan jaksa.",
          "Darto Wiyono mengaku tidak tahu soal aliran dana itu.",
          '"Saya hanya menandatangani yang disodorkan bendahara."',
          "Darto Wiyono menyebutkan bendahara desa sudah mengundurkan diri."),
         ["Darto Wiyono"]),
    ],
)
def test_a_paragraph_about_a_person_gives_them_only_their_own_words(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The paragraph after names a new speaker: the one quoted before does not go on.
        (('Pedagang Pasar Sukamaju menolak relokasi. "Kami tidak pernah diajak bicara," kata '
          "Ketua Paguyuban Pedagang, Harun Wibisono.",
          '"Lokasi baru sudah siap dan lebih luas."',
          "Pernyataan itu disampaikan Kepala Dinas Perdagangan Sukamaju Lestari Handayani "
          "secara terpisah."), ["Harun Wibisono", None]),
        (('Pedagang Pasar Sukamaju menolak relokasi. "Kami tidak pernah diajak bicara," kata '
          "Ketua Paguyuban Pedagang, Harun Wibisono.",
          '"Lokasi baru sudah siap dan lebih luas."',
          "Hal tersebut dikatakan Kepala Dinas Perdagangan Sukamaju Lestari Handayani."),
         ["Harun Wibisono", None]),
        # A paragraph after that names nobody's words: the one quoted before goes on.
        (('Pedagang Pasar Sukamaju menolak relokasi. "Kami tidak pernah diajak bicara," kata '
          "Ketua Paguyuban Pedagang, Harun Wibisono.",
          '"Lokasi baru itu jauh dari pembeli."',
          "Rencana itu disusun sejak tahun lalu oleh pemerintah kota."),
         ["Harun Wibisono", "Harun Wibisono"]),
        # One word of name, a description with no comma, then a speech verb: a new speaker.
        (('"Harga naik," kata Budi Santoso, pedagang ikan.',
          'Senada, Rina pedagang sayur keliling mengatakan harga naik. "Sudah seminggu naik,"'
          " katanya."), ["Budi Santoso", "Rina"]),
        # Without a speech verb she is only described: the one quoted before goes on.
        (('"Harga naik," kata Budi Santoso, pedagang ikan.',
          'Senada, Rina pedagang sayur keliling ikut berjualan. "Sudah seminggu naik,"'
          " katanya."), ["Budi Santoso", "Budi Santoso"]),
    ],
)
def test_a_new_speaker_named_after_a_quotation_ends_the_one_before(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Initials and an organisation go on with "tambahnya"; a lower-case role ends their
        # turn, and "tambahnya" after it is that unnamed speaker's (a role the text names as
        # a source, "petugas di lokasi", is spoken as such).
        (('"Kami sudah memeriksa tiga saksi," jelas RW, penyidik yang menangani perkara itu.',
          '"Berkasnya segera kami lengkapi," tambahnya.',
          '"Laporan sudah kami terima," kata KPK dalam keterangannya.',
          '"Saksi segera dipanggil," tambahnya.',
          '"Antrean makin panjang," kata warga.',
          '"Kami minta kepastian jadwal," tambahnya.'), ["RW", "RW", "KPK", "KPK", None, None]),
        (('"Kami sudah menurunkan personel," kata Kapolsek Hendra Saputra.',
          '"Pompanya rusak sejak pagi," ujar petugas di lokasi.',
          '"Sore ini diperbaiki," tambahnya.'), ["Hendra Saputra", "petugas", "petugas"]),
        # A role with a name, a pronoun, a description or an office points at someone known.
        (('"Kami sudah menurunkan personel," kata Kapolsek Hendra Saputra.',
          '"Antrean makin panjang," kata warga, Siti Aminah.',
          '"Kami minta kepastian jadwal," tambahnya.'),
         ["Hendra Saputra", "Siti Aminah", "Siti Aminah"]),
        (('"Kami sudah menurunkan personel," kata Kapolsek Hendra Saputra.',
          '"Semua sudah siaga," kata dia.'), ["Hendra Saputra", "Hendra Saputra"]),
        (('"Kami sudah menurunkan personel," kata Kapolsek Hendra Saputra.',
          '"Semua sudah siaga," ujar perwira itu.'), ["Hendra Saputra", "Hendra Saputra"]),
    ],
)
def test_a_role_attribution_ends_the_turn_of_the_one_quoted_before(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A body's name ending in "Daerah" or a statistic's ("Indeks …") named between is no
        # one a pronoun stands for: the last person named is.
        (('"Upah naik tujuh persen," kata Gubernur Sukamaju Rina Kartika di Sukamaju.',
          "Pemprov juga sudah rapat bersama serikat buruh dan Dewan Pengupahan Daerah pekan "
          "lalu.", '"Keputusannya sudah saya teken," katanya.'),
         ["Rina Kartika", "Rina Kartika"]),
        (("Kepala BPS Budi Santoso mengatakan, harga pangan naik tipis.",
          "Dari 90 kota Indeks Harga Konsumen (IHK), dia melanjutkan, 50 kota mengalami "
          "inflasi.", '"Inflasi tertinggi di Ambon," ucap dia.'), ["Budi Santoso"]),
        # A person who sits on such a body is still named after it.
        (('"Upah naik tujuh persen," kata anggota Dewan Pengupahan Daerah, Budi Santoso.',),
         ["Budi Santoso"]),
        (('"Kami siap," kata Ketua Komite Olimpiade Nasional Rina Kartika.',
          '"Atlet sudah berlatih," ujarnya.'), ["Rina Kartika", "Rina Kartika"]),
    ],
)
def test_a_bodys_or_a_statistics_name_is_no_person(paragraphs: tuple[str, ...],
                                                   speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


_COACH = ("Pelatih Arema FC Budi Santoso kecewa kepada pemainnya.",
          "Menurut Budi, timnya bermain bagus selama 90 menit.")


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A passive speech verb with "-nya" is said by the one named before: a player named
        # in what he says is spoken of, and "dia" goes on being the coach.
        ((*_COACH, "Dua gol mantan pemain Arema FC, Rudi Hartono, disebutnya akibat lengahnya "
          "pemain belakang.", '"Ini sangat mengecewakan," ucap dia.'), ["Budi Santoso"]),
        ((*_COACH, "Dua gol Rudi Hartono, dikatakannya, lahir dari kesalahan sendiri.",
          '"Ini sangat mengecewakan," ucap dia.'), ["Budi Santoso"]),
        # A subject with a verb of his own, "yang" before the passive: his own words.
        ((*_COACH, "Gelandang Arema FC Rudi Hartono menolak tudingan yang disebutnya tidak "
          "berdasar.", '"Saya sudah berusaha," ucap dia.'), ["Rudi Hartono"]),
        ((*_COACH, "Gelandang Arema FC Rudi Hartono membalas kritik itu.",
          '"Saya sudah berusaha," ucap dia.'), ["Rudi Hartono"]),
        # A relative set off after a titled person at a sentence's end is no subject: "dia"
        # is still the one who spoke; with a verb of his own he is the subject.
        (('"Pendaftaran sudah ditutup," kata Ketua Partai Maju, Rina Sari.',
          "Aturan itu berlaku bagi semua, termasuk putra Bupati Budi Santoso, Rudi Hartono.",
          '"Silakan lewat pengurus pusat," kata dia.'), ["Rina Sari", "Rina Sari"]),
        (('"Pendaftaran sudah ditutup," kata Ketua Partai Maju, Rina Sari.',
          "Putra Bupati Budi Santoso, Rudi Hartono, menyebut belum mendaftar.",
          '"Saya belum memutuskan," kata dia.'), ["Rina Sari", "Rudi Hartono"]),
        # "menegaskan" reports the clause after it as "mengatakan" does: its subject, named
        # by one word after an office, is the one "ini" stands for next.
        (('"Target kami realistis," kata Ketua KONI Jambi Andi Hadianto, Senin.',
          "Wakil Ketua DPRD Jambi Sudarmono menegaskan akan memperjuangkan anggaran.",
          '"Saya wajib membantu atlet," kata mantan Ketua KONI Jambi ini.'),
         ["Andi Hadianto", "Sudarmono"]),
    ],
)
def test_who_a_pronoun_stands_for_after_a_reported_sentence(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The copy stops inside the last quotation: the one quoted before goes on.
        (('"Harga beras naik," kata Rina Sari.', "Harga gula tetap stabil.",
          '"Kalau minyak goreng naik Rp2.000 sejak kem'), ["Rina Sari", "Rina Sari"]),
        # ...or inside the verb after its closing mark.
        (('"Kami siap," kata Budi Santoso.', '"Tim ini sudah lengkap," tu'),
         ["Budi Santoso", "Budi Santoso"]),
        # A comma, the closing mark, a full stop: the attribution was left out.
        (('"Stok aman," kata Rina Sari.', "Ada warga yang membeli lebih dari jatahnya. "
          '"Kalau dulu boleh, sekarang tidak,".'), ["Rina Sari", "Rina Sari"]),
        # A comma and the closing mark end the paragraph, no full stop: still left out.
        (('"Stok aman," kata Rina Sari.', "Petugas berkeliling ke kampung setiap pekan.",
          '“Kegiatan ini sudah rutin kami lakukan sejak tahun lalu,”'),
         ["Rina Sari", "Rina Sari"]),
        # Near miss: the comma-ended quotation has its verb after it: it is read as written.
        (('"Stok aman," kata Rina Sari.',
          '“Kegiatan ini sudah rutin kami lakukan,” kata Budi Santoso.'),
         ["Rina Sari", "Budi Santoso"]),
        # A quotation that ends a sentence of its own names nobody: no guess.
        (('"Stok aman," kata Rina Sari.', "Harga gula stabil.",
          '"Kalau dulu boleh, sekarang tidak."'), ["Rina Sari", None]),
        # Someone else named between: the cut-off quotation is not the first speaker's.
        (('"Stok aman," kata Rina Sari.', "Budi Santoso datang ke pasar Sukamaju.",
          '"Kalau minyak goreng naik Rp2.000 sejak kem'), ["Rina Sari", None]),
        (('"Stok aman," kata Rina Sari.', "Budi Santoso datang ke pasar Sukamaju. "
          '"Kalau dulu boleh, sekarang tidak,".'), ["Rina Sari", None]),
        # Nobody quoted before: nobody goes on.
        (("Harga gula tetap stabil.", '"Kalau minyak goreng naik Rp2.000 sejak kem'), [None]),
        # A group or someone unnamed says something between: the quotation is theirs.
        (('"Pasokan berkurang separuh," kata Rina Sari.',
          "Sementara itu, para pedagang di pasar Sukamaju mengaku kehilangan pembeli.",
          '"Pembeli sekarang cuma beli seperempat kilo,".'), ["Rina Sari", None]),
        (('"Kami tidak diberi sosialisasi," kata Budi Santoso.',
          "Hal berbeda disampaikan perwakilan perusahaan yang enggan disebut namanya.",
          '"Semua izin sudah kami kantongi,".'), ["Budi Santoso", None]),
        # ...or someone named by one name set off by commas.
        (('"Ini hasil kerja keras mereka," kata Rina Sari.',
          "Salah satu peraih medali, Rizky, mengaku tidak menyangka bisa menang.",
          '"Saya cuma berusaha sebaik mungkin,".'), ["Rina Sari", None]),
        # A body quoted before does not go on in a person's words.
        (('"Kuota sudah kami tambah," ujar Humas PT Sukamaju Energi.',
          "Nelayan lain berharap pasokan segera pulih.",
          '"Kalau begini terus, anak istri mau makan apa,".'), ["Sukamaju Energi", None]),
        # He speaks to a group in between ("Pihaknya berharap warga …"): he goes on.
        (('"Kami sudah mengevakuasi warga," kata Budi Santoso.',
          "Pihaknya juga berharap warga tetap waspada karena hujan masih turun.",
          '"Posko dapur umum sudah kami dirikan,".'), ["Budi Santoso", "Budi Santoso"]),
        # The one quoted said more in between, by his short name: he goes on.
        (('"Stok aman," kata Rina Sari.', "Rina juga mengatakan harga gula stabil.",
          '"Kalau dulu boleh, sekarang tidak,".'), ["Rina Sari", "Rina Sari"]),
    ],
)
def test_a_quotation_missing_its_attribution_goes_on_with_the_one_quoted_before(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers
