"""Who speaks: names after roles and ranks, days and places, unnamed sources, pronouns."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar.model import Segment
from dengar.names import is_person, strip_degrees, unnamed_source
from dengar.quotes import split_quotes


def quote_speakers(segments: tuple[Segment, ...]) -> list[str | None]:
    return [s.speaker for s in segments if s.kind == "quote"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # The last run of name words after a role, an office, an acronym or a rank.
        ("kata sopir Budi, Tono Sugiarto", "Tono Sugiarto"),
        ("ujar Kepala Bidang Humas dan Protokol (Kabid HP) H Joko Susilo", "Joko Susilo"),
        ("kata Direktur Garuda Academy Rina Kartika", "Rina Kartika"),
        ("kata Komandan SAR, Kombes Pol Adi Saputra di Semarang", "Adi Saputra"),
        ("ujar penyelidik KPK Dewi Lestari", "Dewi Lestari"),
        ("ucap Kepala Operasi Tim SAR AKBP Rudi Hartono", "Rudi Hartono"),
        ("kata Kabasarnas Marsekal Madya M Yusuf", "M Yusuf"),
        # Honorifics are not part of the name.
        ("kata H Maman Suparman", "Maman Suparman"),
        ("ujar Dato Seri Amir Hamzah, Direktur Bank Sentosa", "Amir Hamzah"),
        ("kata Brigjen Hadi Wibowo", "Hadi Wibowo"),
        # A day or a place after the name is no part of it, and never a speaker.
        ("kata Rina Marlina di Semarang, Selasa", "Rina Marlina"),
        ("kata Rina Marlina, Selasa (4/6)", "Rina Marlina"),
        # Two bare names joined by "dan": the first is kept.
        ("kata Budi Santoso dan Ani Lestari", "Budi Santoso"),
        # "R&D", "PR", "PT X": a department, a role and a company, never the name.
        ("jelas R&D PR PT Sentosa Marco Bellini", "Marco Bellini"),
        ("ujar Manajer R&D Rina Kartika", "Rina Kartika"),
        ("kata Direktur PT Sinar Abadi Tbk Dewi Lestari", "Dewi Lestari"),
        ("kata Kepala HRD CV Makmur Budi Santoso", "Budi Santoso"),
        # A name after an unnamed-source phrase is the speaker.
        ("kata seorang saksi mata, Rina Kartika, di lokasi", "Rina Kartika"),
        ("ujar saksi mata bernama Budi", "Budi"),
        ("kata saksi mata, Dewi Lestari", "Dewi Lestari"),
        ("kata saksi mata di lokasi", "saksi mata"),
        # An initial with its full stop stays inside the name.
        ("kata Kepala Kanwil Hukum Jawa Barat, Rina Y. Kartika di Bandung, Senin",
         "Rina Y. Kartika"),
        ("ujar Direktur Bina Usaha Budi S. Hartono", "Budi S. Hartono"),
        ("kata seorang warga, Selasa (4/6)", "seorang warga"),
        # After a rank a fourth name word is still the name.
        ("kata Kapolres Metro Jakarta Selatan Kombes Pol Ade Ary Syam Indradi kepada "
         "wartawan", "Ade Ary Syam Indradi"),
        # A noble name opens the name and stays in it.
        ("kata Juru Bicara Kementerian Luar Negeri, Teuku Faizasyah", "Teuku Faizasyah"),
        ("ujar Camat Lhoksukon Teuku Rahmatsyah", "Teuku Rahmatsyah"),
        # A statement names its issuer; an organisation's whole name speaks as itself.
        ("demikian keterangan resmi Polda Metro Jaya", "Polda Metro Jaya"),
        # "bunyi" before a statement names its issuer too; "bunyi" before a law names no one.
        ("bunyi keterangan Dinas Sosial Sukamaju dikutip pada Senin", "Dinas Sosial Sukamaju"),
        ("bunyi siaran pers Polres Sukamaju", "Polres Sukamaju"),
        ("bunyi Pasal 12 ayat 3", None),
        # The name after a member's body and faction.
        ("tegas anggota Komisi IX DPR RI dari Fraksi PDIP, Rahmad Handoyo", "Rahmad Handoyo"),
        # More speech verbs, and a role named by what the person is.
        ("keluh Ahmad, warga setempat", "Ahmad"),
        ("jawab tersangka singkat", "tersangka"),
        # A name after a long lower-case role.
        ("ujar penata rambut dan penata rias Florian Hurel, mengutip dari Vogue", "Florian Hurel"),
        # A name after a long role; after "di …" the part after the comma is the place.
        ("kata pegawai toko perhiasan yang sudah lama bekerja, Letizia Bartocci",
         "Letizia Bartocci"),
        ("kata petugas di lokasi kejadian, Cibinong", "petugas"),
        ("kata warga di kawasan tersebut, Tanjung Priok", "warga"),
        ("kata kuasa hukum dari keluarga korban, Andi Wijaya", "Andi Wijaya"),
        ("kisah Budi Santoso", "Budi Santoso"),
        ("kata pihak Polda Metro Jaya", "Polda Metro Jaya"),
        ("kata seorang pedagang di pasar induk, Kramat Jati", "seorang pedagang"),
        # An organisation and a person after it; the organisation alone speaks as itself.
        ("kata dosen Universitas Gadjah Mada Zainal Arifin Mochtar", "Zainal Arifin Mochtar"),
        ("kata kader Partai Golkar Ace Hasan Syadzily", "Ace Hasan Syadzily"),
        # A passive verb after "demikian".
        ("demikian disampaikan Rina Kartika kepada wartawan", "Rina Kartika"),
        # Balinese names keep their "I"; "MD" is part of a name, no degree.
        ("kata Kepala Dinas Pariwisata Badung, I Nyoman Rudiarta", "I Nyoman Rudiarta"),
        ("kata pakar hukum tata negara Mahfud MD", "Mahfud MD"),
        # A coordinating minister's portfolio written short is the office's, not the name's.
        ("ujar Menko Polhukam Mahfud MD", "Mahfud MD"),
        ("kata Menko Marves Luhut Binsar Pandjaitan", "Luhut Binsar Pandjaitan"),
        # An acting official's abbreviation ends no sentence.
        ("kata Pjs. Bupati Badung I Ketut Lihadnyana saat meninjau", "I Ketut Lihadnyana"),
        # One-word offices of the police and deputies.
        ("kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono", "Widya Agustiono"),
        ("kata Juru Bicara Wapres Husain Abdullah kepada wartawan", "Husain Abdullah"),
        # A region's agencies written short are organisations, not names.
        ("kata Kepala Dinkes Surabaya Rina Wulandari", "Rina Wulandari"),
        ("ujar Kepala Bappeda Garut Nurdin Yana", "Nurdin Yana"),
        # Its town, even one no list knows, is the agency's, not the person's.
        ("kata Kepala Disnaker Karangjati Hendra Wijaya", "Hendra Wijaya"),
        ("ujar Kabid Hubungan Industrial Dishub Karangjati Rina Kartika", "Rina Kartika"),
        ("kata Kepala Dinkes Muhammad Rizki Pratama", "Muhammad Rizki Pratama"),
        # An office's number does not end the run before the name.
        ("kata Manajer Humas PT KAI Daop 2 Bandung Kuswardojo", "Kuswardojo"),
        ("kata Ketua RT 05 Kelurahan Cempaka, Slamet Riyadi", "Slamet Riyadi"),
        ("kata Dandim 0621 Kabupaten Bogor Letkol Inf Henggar Tri Widodo",
         "Henggar Tri Widodo"),
        # A country cut into the last words is no part of the name.
        ("ujar pelatih Timnas Indonesia Patrick Kluivert", "Patrick Kluivert"),
        ("kata Kepala Kantor Imigrasi Kelas I Bandung Ahmad Kusnadi", "Ahmad Kusnadi"),
        # The name after a comma: past a lower-case word, after an organisation, after a
        # lower-case honorific; never a day.
        ("kata Koordinator Lapangan aksi, Andi Saputra", "Andi Saputra"),
        ("kata Humas Pemkab Garut, Rina Kartika", "Rina Kartika"),
        ("kata Kepala UPTD Puskesmas Cibinong, dr Rina Kartika", "Rina Kartika"),
        ("kata Kepala Dinas Kesehatan Budi Santoso saat ditemui, Selasa", "Budi Santoso"),
        # An organisation's own name comes before its member's.
        ("kata Profesor Universitas Tokyo Takao Someya", "Takao Someya"),
        # A common first name opens a fourth name word.
        ("pungkas ketua tim, Muhammad Nabil Satria Faradis", "Muhammad Nabil Satria Faradis"),
        # Ministers written short; a list inside an office's name.
        ("kata Mendikdasmen Abdul Mu'ti di Jakarta", "Abdul Mu'ti"),
        ("kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari",
         "Abdul Muhari"),
        # "Pembinaan" is an office's field, never a name: the office alone, or its holder.
        ("kata Kabid Pembinaan SD", "Kabid Pembinaan SD"),
        ("kata Kabid Pembinaan SD Budi Santoso", "Budi Santoso"),
        # "ujarnya" loosely written before the office and its holder: the holder.
        ("ujarnya Kepala Sekolah SDN 2 Sukamaju, Rina Sari, saat dihubungi", "Rina Sari"),
    ],
)
def test_the_name_in_an_attribution(attribution: str, speaker: str) -> None:
    segments, _ = split_quotes(f'"Kami sudah bekerja sepanjang malam," {attribution}.')
    assert quote_speakers(segments) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A day after a subject's description is skipped: the name before it speaks.
        (("Kepala Bandara Sentani, Yohanes Wenda, saat dihubungi dari Jayapura, Kamis, "
          "mengatakan, semua penerbangan ditunda.", '"Abu vulkanik masih tebal," katanya.'),
         ["Yohanes Wenda"]),
        (('"Abu vulkanik masih tebal," kata Yohanes Wenda di Jayapura, Kamis.',
          '"Penerbangan dibuka besok pagi," kata dia, Kamis.'),
         ["Yohanes Wenda", "Yohanes Wenda"]),
        # A short name is the full name written before, in the lead too.
        (("Sidang mempertemukan pasangan Bagus Wiratmo dan Sinta Dewi di pengadilan.",
          '"Kami tidak sempat bicara," kata Bagus.'), ["Bagus Wiratmo"]),
        # A short form that starts a known name's word, after a degree is dropped.
        (("Dokter anak dr Sulistyowati Hadi SpA mengatakan, gizi anak membaik.",
          '"Ibu harus rajin menimbang anak," ujar dr Sulis.'), ["Sulistyowati Hadi"]),
        # A nickname given for the person just named.
        (("Hal ini disampaikan oleh Ahmad Fauzan, Direktur Koperasi Tani Jaya.",
          "Pria yang akrab disapa Ojan ini mengatakan, panen naik.",
          '"Harga gabah juga membaik," kata Ojan.'), ["Ahmad Fauzan"]),
        # A nickname in brackets or after "atau" stands for the full name before it.
        (("Bupati Bambang Wuryanto Santoso (Pacul) meninjau pasar.",
          '"Stok beras aman," kata Pacul.'), ["Bambang Wuryanto Santoso"]),
        (("Wali kota Surya Darma Putra atau Uda hadir di lokasi.",
          '"Jalan ini segera diperbaiki," ujar Uda.'), ["Surya Darma Putra"]),
        (("Pelatih Hendra Wijaya, yang biasa dipanggil Koh Hen, memimpin latihan.",
          '"Anak-anak siap bertanding," kata Koh.'), ["Hendra Wijaya"]),
        # A club glued in front of a name is dropped once the name is written alone; a
        # name ending a sentence is not joined to the word opening the next one.
        (("Pemain itu memeluk manajer Garuda Dedi Kurniawan. Pria itu tertawa.",
          "Foto bersama Dedi Kurniawan beredar.", '"Kami siap," kata Kurniawan.'),
         ["Dedi Kurniawan"]),
        # An unnamed source named by occupation, with or without a comma after the verb.
        (("Seorang pedagang mengatakan sayur itu sudah layu.",
          '"Tidak ada yang mau beli," katanya.'), ["seorang pedagang"]),
        (('"Sudah dua minggu begini," kata petugas loket parkir dekat pasar, Jumat (3/5).',),
         ["petugas loket parkir"]),
        # The office after a name describes it: "Budi, Direktur X, ..." is Budi.
        (("Rudi Hartanto, Direktur Sinarmas, perusahaan perangkat lunak, mengatakan serangan "
          "itu bukan soal uang.", '"Mereka ingin terkenal," katanya.'), ["Rudi Hartanto"]),
        # One who speaks for a person ("juru bicara keluarga X") is not that person.
        (("Aktor Dimas Prasetyo ditahan polisi.",
          "Saat dihubungi, juru bicara keluarga Dimas menyatakan mereka kecewa.",
          '"Kami akan menempuh jalur hukum," kata sang juru bicara.'),
         ["juru bicara keluarga Dimas"]),
        # A quoted paragraph right after a quoted one, introduced by nothing: same speaker.
        (('"Latihan dimulai pukul enam," kata pelatih Budi Santoso kepada wartawan.',
          '"Setelah itu kami sarapan bersama.""'), ["Budi Santoso", "Budi Santoso"]),
        # An unnamed source introducing a quote is the speaker as written.
        (("Salah satu tetangganya mengatakan,", '"Musiknya terdengar sampai subuh."'),
         ["salah satu tetangganya"]),
        # "sumber itu" is the unnamed source met before.
        (('"Rapat itu berlangsung tertutup," ujar seorang sumber kepada situs berita.',
          '"Keputusannya diumumkan pekan depan," tambah sumber itu.'),
         ["seorang sumber", "seorang sumber"]),
        # An organisation's unit ("Divisi …", "Kanwil … Bali") is nobody "katanya" stands for.
        (('"Berkas mereka sudah kami periksa semua," kata Kepala Kanwil Hukum Bali, '
          'Rina Y. Kartika di Denpasar.',
          "Sidang dipimpin Kepala Kanwil Kemenkumham Bali.",
          "Tim berasal dari Divisi Pelayanan Hukum dan Bidang Imigrasi.",
          '"Semua pemohon lolos verifikasi tahun ini," katanya.'),
         ["Rina Y. Kartika", "Rina Y. Kartika"]),
        # A quoted paragraph after a sentence reporting someone's words is theirs.
        (("Pekan lalu KONI telah mengumumkan bahwa atlet yang mangkir bisa dicoret.",
          '"Setiap atlet yang mangkir latihan tanpa izin dapat dicoret dari tim."'), ["KONI"]),
        (("Aturan itu muncul setelah Ketua Umum PSSI Budi Santoso mengatakan bahwa disiplin "
          "harus ditegakkan.", '"Tanpa disiplin, tim ini tidak akan pernah juara."'),
         ["Budi Santoso"]),
        # A post or a caption introduced by a writer's verb: its writer speaks.
        (("Penyanyi Raisa Andriana mengunggah foto lamanya.",
          "Bersamaan dengan foto itu, Raisa pun menuliskan keterangan yang berbunyi,",
          '"Ini aku waktu masih kelas satu SMP dulu."'), ["Raisa Andriana"]),
        (("Aktor Reza Rahardian membagikan kabar gembira.", "Reza menulis:",
          '"Terima kasih untuk semua doa kalian."'), ["Reza Rahardian"]),
        (("Penyanyi Raisa Andriana tampil di Bandung.",
          '"Kangen panggung besar seperti ini," tulis Raisa dalam unggahan di Instagram.'),
         ["Raisa Andriana"]),
        # Two quotations in one paragraph, the second introduced by "Ia menambahkan,";
        # a short one too, since a speech verb frames it.
        (('Presiden Joko Widodo mengatakan, "Kita tidak boleh lengah." Ia menambahkan, '
          '"Pandemi belum selesai."',), ["Joko Widodo", "Joko Widodo"]),
        # A speech verb with a manner word before the colon; "hanya" between name and verb.
        (('Ketika ditanya soal itu, Rina hanya menjawab singkat: "Tunggu saja tanggal '
          'mainnya."',), ["Rina"]),
        # "kata" as the noun "word" introduces no quotation.
        (('Pemerintah menolak penggunaan kata "Taiwan" secara resmi.',), []),
        # A role noun with a demonstrative is the one just named.
        (("Budi Santoso, mahasiswa Universitas Indonesia, ikut berunjuk rasa.",
          '"Kami menolak revisi undang-undang itu," kata mahasiswa itu.'), ["Budi Santoso"]),
        # A description of the one just named refers back; "sumber tersebut" would not.
        (("Wisatawan asal Ghana, Sue Rak, datang bersama keluarganya.",
          '"Kami tidak menyangka akan seramai ini," tutur wisatawan asal Ghana itu.'),
         ["Sue Rak"]),
        # A subject, then "cuma", then the speech verb introducing the next paragraph.
        (("Ditanya soal laporan itu, Ganjar Pranowo cuma menjawab,", '"Iya."'),
         ["Ganjar Pranowo"]),
        # A short name stands for the full name with "MD" or a nickname in quotation marks.
        (("Pakar hukum tata negara, Mahfud MD, menegaskan relasi itu sudah selesai.",
          '"Indonesia itu bukan negara agama," kata Mahfud.'), ["Mahfud MD"]),
        (('Gugatan itu didukung Wakil Ketua DPRD Abraham "Lulung" Lunggana. Lulung setuju.',
          '"Pemprov harus mengerti mana tanah negara," kata Lulung.'),
         ["Abraham Lunggana"]),
        # A name set off by commas after a place phrase is the subject, not the place's object.
        (("Seorang imam yang turut hadir di Roma, Pendeta Bachai, mengaku sangat kehilangan.",
          '"Saya terkejut dan sangat sedih," ucapnya lirih.'), ["Bachai"]),
        # A role noun described before, with a demonstrative, is that person.
        (("Andi Wijaya, karyawan pabrik tekstil di Cimahi, ikut berunjuk rasa.",
          '"Upah kami belum naik sejak tahun lalu," kata karyawan pabrik tekstil tersebut.'),
         ["Andi Wijaya"]),
        # "bernama" after a long description, or after a relation ("istrinya").
        (("Seorang pria paruh baya asal Kota Bandung bernama Dedi Kurniawan datang paling pagi.",
          '"Saya sudah antre sejak subuh tadi," katanya.'), ["Dedi Kurniawan"]),
        # A role noun and a place phrase before the demonstrative is someone new.
        (('"Kami sudah menangkap pelakunya," kata Kompol Andi Wijaya.',
          '"Tokonya sudah buka lagi sejak pagi," kata karyawan di toko tersebut.'),
         ["Andi Wijaya", "karyawan"]),
        # A cat or a victim's belonging named with "bernama" is nobody "katanya" stands for.
        (('"Kami imbau warga mengunci kendaraan," kata Kombes Arya Perdana.',
          "Sepeda motor milik korban bernama Wati sudah dikembalikan.",
          '"Pelaku sudah kami tahan di rutan," katanya.'), ["Arya Perdana", "Arya Perdana"]),
        # "bernama" after a person noun, whatever describes the person after it.
        (("Seorang warga Desa Sukamaju bernama Rudi Hartono menjadi saksi kebakaran itu.",
          '"Saya melihat api membesar dari dapur," katanya.'), ["Rudi Hartono"]),
        # "bernama" naming a shop is nobody who speaks.
        (("Pengusaha muda, Rina Marlina, kini membuka toko daring bernama Dodol Rina.",
          '"Omzet naik dua kali lipat," kata dia.'), ["Rina Marlina"]),
        # Somebody introduced by name is not a longer name met before.
        (('"Jalan ini rusak parah," kata Rinaldi, ketua RT setempat.',
          "Seorang pedagang sayur bernama Rina ikut mengeluh.", '"Pembeli jadi sepi," kata Rina.'),
         ["Rinaldi", "Rina"]),
        # A one-word name shortened later: "Habib" for "Habiburokhman".
        (("Ketua Komisi III DPR, Habiburokhman mengatakan pihaknya menjadwalkan pemanggilan.",
          '"Kami akan memanggil Kapolres secepatnya," kata Habib di kompleks parlemen.'),
         ["Habiburokhman"]),
        # A name written shorter later ("Dian Sastro") stands for the full one first written.
        (("Foto lama Dian Sastrowardoyo beredar.", "Wajah seorang Dian Sastro kini berbeda.",
          "Dian menulis:", '"Inilah aku saat masih remaja dulu."'), ["Dian Sastrowardoyo"]),
    ],
)
def test_speakers_across_paragraphs(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "ujarnya" is the last person named as a subject, not the last one quoted.
        (('"Korban sudah kami kirim ke rumah sakit," ujar petugas SAR Andi Saputra.',
          "Sementara itu, Komandan Satgas Kolonel Laut (P) Suryanto mengatakan tim penyelam "
          "bersiaga.", "Cuaca di perairan itu membaik sejak pagi.",
          '"Kapal kami bergerak ke utara siang ini," ujarnya.'),
         ["Andi Saputra", "Suryanto"]),
        # A name after "dengan" or "pihak" is an object; "sambungnya" continues the last quote.
        (('"Kami tidak akan menyerah," tutur Rudi Hartono di hadapan keluarga korban.',
          "Rudi Hartono, yang berdiri di samping bersama Kepala Dinas Kesehatan Siti Aminah, "
          "terdiam sejenak. Dia meminta pihak Sinar Air membuka data penerbangan.",
          '"Kami akan terus mencari," sambungnya.'), ["Rudi Hartono", "Rudi Hartono"]),
        # A name inside a description of the subject is not the subject.
        (("Dimas Pratama, anak pertama penyanyi Hendra Pratama, kini bermain film.",
          '"Peran ini sangat menantang," tuturnya.'), ["Dimas Pratama"]),
        # A release stands for the organisation that issued it.
        (("BPBD dalam rilisnya menyebut, banjir surut pada sore hari.",
          "Daerah Kabupaten Sukamaju dan Kota Lestari terdampak paling parah.",
          '"Warga diimbau tetap waspada," tulis rilis tersebut.'), ["BPBD"]),
        # An officer named inside what the subject does is no new subject: "ujarnya" is Budi.
        (("Bek anyar Persika, Budi Santoso, siap tampil.",
          "Sebab, sejauh ini, Budi belum mengenal gaya bermain pelatih lawan, Joko Susilo.",
          '"Saya baru dua kali berlatih bersama tim ini," ujarnya.'), ["Budi Santoso"]),
        # A titled name with its own speech verb still is the new subject.
        (("Budi Santoso siap tampil.",
          "Namun Budi kalah cepat dari pelatih lawan, Joko Susilo, yang mengatakan timnya siap.",
          '"Kami sudah siap sejak pekan lalu," ujarnya.'), ["Joko Susilo"]),
        # A film's title after the subject's verb is what the subject speaks of.
        (("Rudi Hartono, produser film itu, hadir di Jakarta.",
          "Rudi menambahkan bahwa ada kunci lain di balik sukses Cinta Di Kota Hujan, yakni "
          "promosi.", '"Para pemainnya rajin menyapa penggemar," katanya.'), ["Rudi Hartono"]),
        # "Satu" opening a sentence is a number, not "salah satu tetangganya" met before.
        (("Salah satu tetangganya mengatakan,", '"Musiknya terdengar sampai subuh sekali."',
          "Satu keluhan juga datang dari Rina Marlina, warga di ujung jalan.",
          '"Saya tidak bisa tidur semalaman," katanya.'),
         ["salah satu tetangganya", "Rina Marlina"]),
        # An organisation that speaks is the speaker, as written, when no person is named.
        (("Kementerian Luar Negeri Malaysia pada Senin mengatakan pihaknya telah "
          '"memanggil duta besar negara itu untuk dimintai penjelasan".',),
         ["Kementerian Luar Negeri Malaysia"]),
        (('"Keputusan itu sangat kami sesalkan bersama," demikian bunyi pernyataan '
          "Kementerian Luar Negeri Filipina.",), ["Kementerian Luar Negeri Filipina"]),
        (("Badan Pusat Statistik menanggapi dengan mengatakan", '"Angka kemiskinan turun '
          'tipis tahun ini."'), ["Badan Pusat Statistik"]),
        # A short form stands for the name it was defined with, or whose initials it spells.
        (("Negara Anggota Uni Eropa (UE) bertemu di Brussel.",
          '"Kami mengikuti perkembangan dengan cermat," ujar pihak UE.'), ["Uni Eropa"]),
        (("Perserikatan Bangsa Bangsa menyerukan gencatan senjata.",
          '"Bantuan harus segera masuk ke wilayah itu," kata juru bicara PBB.'),
         ["Perserikatan Bangsa Bangsa"]),
        # A person named in the attribution comes before the organisation.
        (('"Kami sudah memanggil duta besarnya," kata juru bicara Kemenlu, Budi Santoso.',),
         ["Budi Santoso"]),
        # "Ny Rina (31)" introduces Rina, who "ujarnya" then stands for.
        (("Budi Santoso, warga Sukamaju, mengeluh listrik padam.",
          'Sementara, Ny Rina (31) warga Desa Sukajaya juga mengeluh. '
          '"Kalau listrik padam malam hari, kampung gelap gulita," ujarnya.'),
         ["Rina"]),
        # "Para …" counts many people: "tegasnya" cannot stand for it.
        (("Para wali murid tersebut mempertanyakan putusan itu.",
          '"Kami semua kecewa dengan putusan ini," tegasnya.'), [None]),
        # "Di Kota X," is where a sentence happens, not who speaks in it.
        (('Di Taipei, pemerintah menyebut Lithuania "mitra baik yang berpikiran sama".',),
         [None]),
    ],
)
def test_pronouns_and_descriptions(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    "name",
    ["Kamis", "Jumat", "Jum'at", "Minggu", "Maret", "Banggai Laut", "Kota Lestari",
     "Jakarta Timur", "KNKT", "Garuda Academy", "Sinar Air", "Old Fort Bay",
     "Tol Cisumdawu-Cileunyi", "Jembatan Merah", "Pasar Minggu Raya",
     "Divisi Pelayanan Hukum", "Bidang Humas", "Direktorat Jenderal Pajak",
     "Kanwil Kemenkumham Bali", "Para", "Beberapa", "Sejumlah Guru"],
)
def test_days_months_places_and_organisations_are_no_person(name: str) -> None:
    assert not is_person(name)


@pytest.mark.parametrize(
    ("words", "kept"),
    [("Sulistyowati Hadi SpA", "Sulistyowati Hadi"), ("Budi Santoso S.H.", "Budi Santoso"),
     ("Rina Dewi M.Si", "Rina Dewi"), ("Andi Wijaya PhD", "Andi Wijaya"),
     ("Nur Hasan", "Nur Hasan"),
     # A master's degree written with a space for its stop.
     ("Dewi Anggraini SE M Si", "Dewi Anggraini"), ("Budi Santoso S Pd", "Budi Santoso"),
     # Two words only: "Si" may be the name.
     ("Budi Si", "Budi Si"), ("Andi M Si", "Andi M Si"),
     # A degree written with a comma for its stop.
     ("Rina Kartika S,Sos", "Rina Kartika"), ("Hendra S,Hut", "Hendra"),
     ("Budi Santoso S,H", "Budi Santoso"),
     # A degree written with a space after its stopped level.
     ("Rina Kartika Dewi S. Sos", "Rina Kartika Dewi"),
     # Two capitals no degree opens with are the name's own initials.
     ("Halim YW", "Halim YW"), ("Dewi Lestari SE", "Dewi Lestari")],
)
def test_degrees_after_a_name_are_dropped(words: str, kept: str) -> None:
    assert " ".join(strip_degrees(words.split())) == kept


@pytest.mark.parametrize(
    ("text", "source"),
    [("seorang sumber kepada situs berita", "seorang sumber"),
     ("Salah satu tetangganya", "salah satu tetangganya"), ("warga setempat", "warga setempat"),
     ("sumber itu", "sumber"), ("pihak Sinar Air", None), ("warga bernama Budi", None),
     ("saksi mata, Mega Putri", None), ("warga, Kamis", "warga"),
     ("Budi Santoso", None)],
)
def test_unnamed_sources(text: str, source: str | None) -> None:
    assert unnamed_source(text) == source


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A one-word name with an age after it, or opening a sentence with a person's
        # description after its comma, is the person "ujarnya" means.
        (("Gubernur Jawa Barat Dedi Mulyadi menerapkan jam malam.",
          "Salah seorang warga yang mendukung adalah Sudi (53).",
          '"Anak-anak tidur lebih cepat," ucapnya.'), ["Sudi"]),
        (("Wali Kota Chandra Wijaya menolak aturan itu.",
          "Adi, seorang warga Sukajadi, juga menyetujui jam malam.",
          '"Anak saya perempuan semua," ujarnya.'), ["Adi"]),
        # A rank's abbreviation in brackets is inside the run, not a name.
        (("Sebelumnya, Kepala Bidang Humas Polda Papua, Komisaris Besar Polisi (Kombes Pol) "
          "Jan Makatita, saat dikonfirmasi, membenarkan insiden itu.",
          '"Ia benar. Penembakan terjadi," katanya.'), ["Jan Makatita"]),
        # A conjunction opening the clause is no part of the name after it.
        (("Sepekan sebelumnya, pasukan Ruben Amorim itu kalah di final.",
          "Walaupun Amorim melakukan rotasi besar-besaran, United tetap gagal.",
          '"Kami harus belajar," kata Amorim.'), ["Ruben Amorim"]),
        # Counts in a list are no ages.
        (("Ketua KPU Rina Kartika mengumumkan kursi: Golkar (85), Gerindra (78).",
          '"Hasil ini final," ujarnya.'), ["Rina Kartika"]),
        # The field after an analyst's title is part of the title.
        (("Pengamat Properti Panangian Simanungkalit menilai keputusan perlu cepat.",
          '"Tidak boleh lama-lama," jelas Panangian.'), ["Panangian Simanungkalit"]),
        # An office, then its holder's name after a comma (degrees after it allowed).
        (("Kepala SDIT Cendekia Purwakarta, Andri Purwanugraha, M.Pd., mengapresiasi "
          "program ini.", '"Kegiatan ini positif," ujarnya.'), ["Andri Purwanugraha"]),
    ],
)
def test_people_named_in_the_body(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


def test_a_short_quotation_after_menurut_is_speech() -> None:
    assert speakers_of('Menurut Rina Wulandari, "Stok vaksin aman."') == ["Rina Wulandari"]


OFFICIAL_QUOTE = '"Kami harus bangkit di laga berikutnya," ujarnya.'


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A number in brackets after one word is an age only where a person is introduced.
        ("Pelatih Persija, Thomas Doll, menyebut timnya bermain buruk. Gol kemenangan Persib "
         "dicetak oleh Ciro (67).", "Thomas Doll"),
        ("Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku ditangkap. Pelaku, Andi (35), "
         "merupakan tetangga korban.", "Rio Wahyu Anggoro"),
        ("Ketua KPU Hasyim Asyari mengumumkan hasil. Kursi terbanyak diraih PDIP (110), Golkar "
         "(102), dan Gerindra (86).", "Hasyim Asyari"),
        # An office's abbreviation in brackets: the full name after it.
        ("Ketua Umum Partai Amanat Nasional (PAN) Zulkifli Hasan hadir di acara itu.",
         "Zulkifli Hasan"),
        # An office after a count or a plural word names many holders, none of them "dia".
        ("Rudi Hartono menyebut partainya mengusung kader. Ada 4 calon Bupati dan 3 calon "
         "Wakil Bupati, yang semuanya kader.", "Rudi Hartono"),
        ("Gubernur Sulawesi Tengah Andi Saputra mengumpulkan para Bupati, yang hadir lengkap.",
         "Andi Saputra"),
        # A year is no count: the governor after it is one person.
        ("Rapat digelar pekan lalu. Pada 2024 Gubernur Banten Andra Wijaya, yang baru "
         "dilantik, menyebut anggaran naik.", "Andra Wijaya"),
    ],
)
def test_the_last_person_named_is_not_a_count_or_a_suspect(paragraph: str, speaker: str):
    assert speakers_of(paragraph, OFFICIAL_QUOTE) == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # After the office, a clause about someone else: its name is not the speaker.
        ("kata Kapolres Bogor AKBP Rio Wahyu Anggoro terkait penangkapan tersangka, Andi "
         "Saputra", "Rio Wahyu Anggoro"),
        ("kata Bupati Bogor menjenguk keluarga korban, Rina Marlina", None),
    ],
)
def test_a_name_after_a_clause_is_not_the_speaker(attribution: str, speaker: str | None):
    assert speakers_of(f'"Motifnya masih kami dalami," {attribution}.') == [speaker]


def test_a_role_stands_for_the_one_introduced_with_it() -> None:
    assert speakers_of(
        "Jaksa menghadirkan istri terdakwa, Diah Ayu Kusuma, sebagai saksi.",
        '"Bagaimana perasaan Ibu sekarang?" tanya ketua majelis hakim Effendi, Rabu.',
        '"Saya sudah pasrah, Yang Mulia," jawab Ayu.',
        '"Tahu Saudara apa yang dilakukan suami Saudara?" tanya hakim.',
    ) == ["Effendi", "Diah Ayu Kusuma", "Effendi"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The role names who acted, never whom they acted on.
        (("Hakim memvonis Rafael Alun Trisambodo 14 tahun penjara.",
          '"Terdakwa terbukti bersalah," kata hakim.'), [None]),
        (("Pada babak kedua, pelatih memasukkan Marselino Ferdinan.",
          '"Kami butuh kecepatan," ujar pelatih.'), [None]),
        # Court roles written right before a name are learned.
        (("Jaksa penuntut umum KPK Takdir Suhan membacakan tuntutan.",
          '"Terdakwa terbukti menerima suap," ujar jaksa penuntut umum.'), ["Takdir Suhan"]),
        (("Pengacara terdakwa Hotman Paris Hutapea keberatan.",
          '"Klien kami tidak bersalah," kata pengacara kepada wartawan.'),
         ["Hotman Paris Hutapea"]),
    ],
)
def test_a_role_after_the_verb(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


def test_a_continuation_goes_to_whoever_spoke_last_quoted_or_reported() -> None:
    assert speakers_of(
        '"Ada faktor lain yang mempengaruhi premi," ucap Ogi Prastomiyono.',
        "Dalam kesempatan yang sama, Kepala Departemen Pengawasan Asuransi OJK Sumarjono "
        "mengatakan tujuannya memperbaiki ekosistem.",
        '"Preminya pasti akan turun jauh," imbuhnya.',
    ) == ["Ogi Prastomiyono", "Sumarjono"]


def test_javanese_courtly_titles_are_no_part_of_the_name() -> None:
    assert speakers_of(
        "Jaksa menghadirkan istri terdakwa, Raden Ajeng Tumenggung Diah Ayu Kusuma Wijaya.",
        '"Saya pasrah," jawab Ayu.') == ["Diah Ayu Kusuma Wijaya"]


def test_a_noble_name_with_a_short_form_stands_for_the_full_name() -> None:
    assert speakers_of(
        "Airlangga bertemu Menteri Investasi Malaysia Tengku Datuk Seri Zafrul Abdul Azis.",
        "Airlangga lalu menggelar pertemuan khusus dengan MITI Tengku Zafrul.",
        "Sementara itu, Tengku Zafrul mengatakan pertemuan itu membahas tarif.",
        '"Mari kita perkuat ekonomi regional," ujar Tengku Zafrul.',
    ) == ["Zafrul Abdul Azis"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # A ministry or a force written as its own name: the three words after it are a name.
        ("kata Dirjen Perhubungan Laut Kemenhub Antoni Arif Priadi", "Antoni Arif Priadi"),
        ("kata Karo Penmas Divisi Humas Polri Trunoyudo Wisnu Andiko", "Trunoyudo Wisnu Andiko"),
        # Nouns ending an office before the name set off by a comma.
        ("kata Koordinator aksi buruh se-Jabodetabek, Andi Saputra", "Andi Saputra"),
        ("kata Kepala Humas perusahaan, Andi Wijaya", "Andi Wijaya"),
        ("kata Ketua RW perumahan, Dedi Kurniawan", "Dedi Kurniawan"),
        # "Ajeng" and "Roro" are first names; titles only after "Raden".
        ("kata psikolog Ajeng Raviando", "Ajeng Raviando"),
        ("kata artis Roro Fitria", "Roro Fitria"),
    ],
)
def test_names_the_session_rules_must_leave_whole(attribution: str, speaker: str) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A one-word name with an age, in the places people are introduced.
        (("Salah satu korban banjir, Sumiati (45), mengaku rumahnya terendam.", OFFICIAL_QUOTE),
         ["Sumiati"]),
        (("Sumiati (45), ibu rumah tangga asal Bekasi, mengaku rumahnya terendam.",
          OFFICIAL_QUOTE), ["Sumiati"]),
        (("Menurut Darto (60), api berasal dari dapur.", OFFICIAL_QUOTE), ["Darto"]),
        (("Pedagang sayur, Budi (48) mengatakan harga naik.", '"Harga naik terus," ujar Budi.',
          "Pembeli tetap datang. Salah satunya Rina (50), ia mengaku tetap membeli.",
          '"Saya tetap beli," ujarnya.'), ["Budi", "Rina"]),
        (("Pedagang sayur, Budi (48) mengatakan harga naik.", '"Harga naik terus," ujar Budi.',
          "Banyak partai ikut. Salah satunya PDIP (110), Golkar (102) menyusul.",
          '"Kami siap," ujarnya.'), ["Budi", "Budi"]),
        # A party's seats after "salah satunya", then a full stop: no person.
        (("Pedagang sayur, Budi (48) mengatakan harga naik.", '"Harga naik terus," ujar Budi.',
          "Banyak partai ikut, salah satunya Golkar (45). Ia menyebut hasil belum final.",
          '"Kami tunggu pleno," ujarnya.'), ["Budi", "Budi"]),
        (("Menteri Keuangan Sri Mulyani Indrawati memaparkan penerimaan. Penerimaan terbesar "
          "berasal dari PPh (45), disusul PPN (30).", OFFICIAL_QUOTE), ["Sri Mulyani Indrawati"]),
        # A role someone else was introduced with is not theirs; a role nobody was introduced
        # with leaves the speaker to the words around the quotation.
        (('"Kami siap," kata Ketua DPR Puan Maharani.', "Di Surabaya, panitia lomba bersiap.",
          '"Semua lancar," kata ketua panitia.'), ["Puan Maharani", None]),
        (('Budi Santoso, ketua RT setempat, menceritakan kejadian itu. "Saya kaget sekali," '
          "kata ketua.",), ["Budi Santoso"]),
        # "tambahnya" after an organisation's statement goes on with the one quoted.
        (('"Stok aman," kata Nicke Widyawati.',
          "Dalam keterangan tertulis, Pertamina mengatakan stok aman.",
          '"Distribusi lancar," tambahnya.'), ["Nicke Widyawati", "Nicke Widyawati"]),
    ],
)
def test_session_rules_leave_these_speakers_alone(paragraphs, speakers) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # A companion after the office is not the speaker.
        ("kata Bupati Bandung Dadang Supriatna didampingi istrinya, Emma Dety",
         "Dadang Supriatna"),
        # An institution's own name before its head's.
        ("kata Kepala Lembaga Eijkman Amin Soebandrio", "Amin Soebandrio"),
        ("kata Kapuspenkum Kejaksaan Agung Harli Siregar", "Harli Siregar"),
        ("kata Ketua Komisi Yudisial Amzulian Rifai", "Amzulian Rifai"),
        # "Raden Ajeng" is one title; "Ayu" is a first name.
        ("kata Raden Ajeng Kartini", "Kartini"),
        # A dewan's member is named right after it; "mekanik" is no verb.
        ("kata Anggota Dewan Rieke Diah Pitaloka", "Rieke Diah Pitaloka"),
        ("kata Koordinator tim mekanik, Andi Saputra", "Andi Saputra"),
    ],
)
def test_names_after_the_third_review(attribution: str, speaker: str) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    "report",
    [
        "Sementara itu, Kepala Departemen Pengawasan OJK Sumarjono mengatakan pengawasan "
        "diperketat.",
        "Menurut Kapolres Bogor AKBP Sumarjono Hadi, pengawasan diperketat.",
    ],
)
def test_a_continuation_after_an_official_reported_speaking(report: str) -> None:
    speakers = speakers_of('"Harga naik," kata Budi Santoso.', report,
                           '"Kami tidak ragu menindak," imbuhnya.')
    assert speakers[0] == "Budi Santoso" and speakers[1].startswith("Sumarjono")


@pytest.mark.parametrize(
    "report",
    [
        "Dodi Kurniawan mengatakan warga resah karena jalan di pusat kota macet total.",
        "Usai bertemu Menteri Perdagangan, Rina Wati mengatakan pasokan aman.",
    ],
)
def test_a_continuation_stays_with_the_one_quoted_after_a_plain_report(report: str) -> None:
    assert speakers_of('"Kami sudah bekerja keras," kata Kapolres Bogor AKBP Rio Wahyu.',
                       report, '"Kami tidak ragu menindak pelaku," imbuhnya.') == [
        "Rio Wahyu", "Rio Wahyu"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A city police chief's one-word office, a comma, a rank, then the name; the short
        # name later stands for the full one.
        (('"Kami tangkap dua puluh pelaku," kata Kapolrestabes Medan, Kombes Pol Rudi '
          'Hartono Saputra di Medan, Senin.', '"Semua sudah ditahan di sel," tandas Rudi.'),
         ["Rudi Hartono Saputra", "Rudi Hartono Saputra"]),
        (('"Patroli kami tambah," ujar Wakapolresta Bogor Kota, AKBP Dewi Lestari.',),
         ["Dewi Lestari"]),
        # Not an office: a police station's name alone still speaks as itself.
        (('"Patroli kami tambah," demikian keterangan resmi Polrestabes Medan.',),
         ["Polrestabes Medan"]),
    ],
)
def test_names_after_a_city_police_office(paragraphs: tuple[str, ...],
                                          speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # The town after a hospital's, a police station's or a regency's abbreviation is the
        # institution's name, not the person's.
        ("kata Kepala Seksi Pelayanan dan Pengembangan Medik RSUD Ciawi Rina Kartika kepada "
         "wartawan", "Rina Kartika"),
        ("kata Kepala Bagian Umum Pemkab Cianjur Dedi Kurniawan", "Dedi Kurniawan"),
        ("ujar Direktur RSUD Cibinong Andi Saputra", "Andi Saputra"),
        # So is the name of the region an office governs.
        ("kata Kepala Bidang Logistik BPBD Kabupaten Wonosobo Andi Saputra", "Andi Saputra"),
        ("kata Kepala Desa Sukamaju Rudi Hartono", "Rudi Hartono"),
        ("kata Camat Kecamatan Cibinong Rudi Hartono", "Rudi Hartono"),
        # A common first name after it opens the person's name; a name of three words with no
        # institution before it stays whole; where the village's name may end is unclear, or
        # the place is no region, nobody is guessed.
        ("ujar Direktur RSUD Muhammad Nabil Faradis", "Muhammad Nabil Faradis"),
        ("kata Kepala Seksi Pelayanan Medik Budi Santoso Wijaya", "Budi Santoso Wijaya"),
        ("kata Direktur PT KAI Dewi Sartika Lestari", "Dewi Sartika Lestari"),
        ("kata Kepala Desa Muhammad Rudi Hartono", None),
        ("kata Kepala Desa Sukamaju Rudi", None),
        ("kata pengelola Stadion Gelora Bung Karno", "Gelora Bung Karno"),
    ],
)
def test_the_town_of_an_institution_is_no_part_of_the_name(attribution: str,
                                                          speaker: str | None) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # Two initials between a first name and a surname are part of the name.
        ("kata Menteri Perencanaan Bambang PS Wibowo", "Bambang PS Wibowo"),
        ("kata Menteri Luar Negeri (Menlu) Sri AD Lestari", "Sri AD Lestari"),
        # A club's two capitals, a Roman numeral or an honorific is no initials.
        ("kata pelatih Arema FC Joko", "Joko"),
        ("kata Pangdam IV Diponegoro Mayjen Budi Santoso", "Budi Santoso"),
        ("kata Bupati Cianjur HM Herman", "Herman"),
        ("kata Kepala Satpol PP Budi", "Budi"),
    ],
)
def test_initials_inside_a_name(attribution: str, speaker: str) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The first name alone, and the office's short form alone, stand for the one
        # introduced as "Office (Short) Full Name".
        (("Menteri Luar Negeri (Menlu) Sri AD Lestari menyampaikan kabar itu.",
          '"Kami terus berkomunikasi," ujar Sri.', '"Semua WNI selamat," tegas Menlu.'),
         ["Sri AD Lestari", "Sri AD Lestari"]),
        # An organisation's short form stays the organisation.
        (("Kepala Badan Penanggulangan Bencana (BNPB) Rudi Hartono meninjau lokasi.",
          '"Bantuan sudah dikirim," demikian keterangan resmi BNPB.'),
         ["Badan Penanggulangan Bencana"]),
        # With no holder named after it, the short form is the office.
        (("Menteri Luar Negeri (Menlu) menyampaikan kabar itu.",
          '"Semua WNI selamat," tegas Menlu.'), ["Menteri Luar Negeri"]),
    ],
)
def test_an_office_short_form_stands_for_its_holder(paragraphs: tuple[str, ...],
                                                    speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # An organisation's name with its short form in brackets, then a person: the person.
        (('"Inflasi tetap rendah," kata Bank Sentral Nusantara (BSN) Rina Kartika.',),
         ["Rina Kartika"]),
        (("Bank Sentral Nusantara (BSN) Rina Kartika mengatakan bahwa inflasi rendah.",
          '"Harga pangan terkendali," katanya.'), ["Rina Kartika"]),
        # With an office before it, the person too; with no person after it, the organisation.
        (('"Inflasi tetap rendah," kata Gubernur Bank Sentral Nusantara (BSN) Rina Kartika.',),
         ["Rina Kartika"]),
        (('"Inflasi tetap rendah," demikian keterangan resmi Bank Sentral Nusantara (BSN).',),
         ["Bank Sentral Nusantara"]),
    ],
)
def test_an_abbreviated_organisation_before_a_name(paragraphs: tuple[str, ...],
                                                   speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "demikian" alone before a name closes the quotation as a speech verb does.
        (('"Kita harus menjaga hutan bersama-sama," demikian Suparman.',), ["Suparman"]),
        (("Kepala BPBD Rudi Hartono meninjau lokasi kebakaran.",
          '"Api sudah padam sejak pagi," demikian Rudi.(ant)'), ["Rudi Hartono"]),
        # "demikian pula" and "demikian juga" go on with the sentence: no one is named.
        (('"Harga beras naik lagi." Demikian pula harga gula di pasar.',), [None]),
        (('"Jalan itu rusak berat," demikian juga jalan di desa sebelah.',), [None]),
        # What was said, named after "demikian", and whose it was: person or organisation.
        (('"Jalur pendakian kami tutup sampai pekan depan," demikian penjelasan BPBD '
          "dikutip dari akun Instagramnya.",), ["BPBD"]),
        (('"Stok beras cukup sampai Lebaran," demikian ungkapan Kepala Dinas Pangan '
          "Rina Kartika.",), ["Rina Kartika"]),
        # "seperti" or "sebagaimana" before a passive verb attributes as "demikian" does.
        (('"Warga diminta menjauhi bibir sungai selama hujan deras," seperti disampaikan '
          "BMKG di Jakarta, Selasa (3/6).",), ["BMKG"]),
        (('"Pendaftaran dibuka hingga akhir bulan depan," sebagaimana dikatakan oleh Camat '
          "Sukamaju, Budi Hartono.",), ["Budi Hartono"]),
        # Neither a passive verb nor a speaker: "seperti dikutip dari", "sebagaimana diatur".
        (('"Harga cabai naik dua kali lipat pekan ini," seperti dikutip dari Antara.',),
         [None]),
        (('"Setiap warga berhak atas bantuan hukum," sebagaimana diatur dalam undang-undang.',),
         [None]),
        # Counter-examples: an office or an organisation after the verb still speaks.
        (('"Pasar dibuka pukul lima," seperti disampaikan Kepala Dinas Pasar, Rahmat Hidayat.',),
         ["Rahmat Hidayat"]),
        (('"Stok aman," sebagaimana dijelaskan Perum Bulog di Jakarta.',), ["Perum Bulog"]),
        # A lower-case role after a statement noun is the unnamed one, never the headline's
        # capitalised words that hold it ("Tersangka Mengaku …").
        (("Pelaku Mengaku Menyesal", "Kapolsek Rudi Hartono mengatakan pelaku sudah ditahan.",
          '"Saya terdesak utang," demikian pengakuan pelaku kepada polisi.'), ["pelaku"]),
    ],
)
def test_demikian_before_a_name_attributes(paragraphs: tuple[str, ...],
                                           speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A law, a rule or a record cited after "seperti"/"sebagaimana" and a passive verb is
        # no speaker ("Pasal", "Peraturan Daerah", "Surat Edaran", "Permen…", "Undang-Undang").
        ('"Setiap anak berhak atas pengasuhan," seperti disebutkan Pasal 14 UU Perlindungan '
         "Anak.",),
        ('"Retribusi pasar naik bertahap," sebagaimana dinyatakan Peraturan Daerah Nomor 7 '
         "Tahun 2022.",),
        ('"Guru wajib melapor," sebagaimana disebutkan Surat Edaran Dinas Pendidikan.',),
        ('"Kurikulum disederhanakan," seperti dijelaskan Permendikbud Nomor 12.',),
        ('"Ibu hamil berhak cuti," seperti dijelaskan Undang-Undang Kesehatan.',),
    ],
)
def test_a_cited_law_is_no_speaker(paragraphs: tuple[str, ...]) -> None:
    assert all(speaker is None for speaker in speakers_of(*paragraphs))


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Lebih lanjut" is an adverb: the name after it is the subject, not a speaker of it.
        (("Juru bicara KPK Rahmat Hidayat hadir di kampus itu.",
          "Lebih lanjut, Rahmat mengingatkan para pejabat daerah.",
          '"Kasus ini harus jadi pelajaran," tandas dia.'), ["Rahmat Hidayat"]),
        # "lanjut" alone is still a speech verb.
        (('"Kami sudah siap," lanjut Rahmat Hidayat.',), ["Rahmat Hidayat"]),
        # A description ending in "itu" before a circumstance stands for the last person.
        (("Juru bicara KPK Rahmat Hidayat hadir di kampus itu.",
          '"Detailnya belum bisa kami sampaikan," jelas pria berkacamata itu usai acara '
          "di kampus."), ["Rahmat Hidayat"]),
        # Someone new described with a place stays as written.
        (("Juru bicara KPK Rahmat Hidayat hadir di kampus itu.",
          '"Antreannya panjang sekali," kata warga di lokasi itu kepada wartawan.'),
         ["warga"]),
    ],
)
def test_lebih_lanjut_and_descriptions_before_a_circumstance(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A province's short form ends an office whose name has a comma and "dan" in it.
        (("Kepala Dinas Perikanan, Kelautan dan Pesisir Sultra Hasniah mengatakan stok ikan "
          "aman.", '"Nelayan tetap melaut," katanya.', '"Harga stabil," kata Hasniah.'),
         ["Hasniah", "Hasniah"]),
        (('"Jalan provinsi mulus," kata Sekda Kalteng Budi Santoso.',), ["Budi Santoso"]),
        # An organisation named after its province stays whole; a province last is no cut.
        (('"Kredit petani naik," kata Bank Jatim Syariah.',), ["Bank Jatim Syariah"]),
        (('"Patroli kami tambah," demikian keterangan resmi Polda Sulsel.',), ["Polda Sulsel"]),
    ],
)
def test_a_province_short_form_ends_the_office(paragraphs: tuple[str, ...],
                                               speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A full name after its office and a comma, then a verb, is the one "dia" means.
        (("Menanggapi hal itu, Kepala Badan Penanggulangan Bencana dan pemadam kebakaran "
          "Provinsi Kalteng, Rudi Hartono membenarkan adanya kebakaran lahan.",
          '"Tim kami sudah di lokasi sejak pagi," ujar dia.'), ["Rudi Hartono"]),
        # A name in a list of officials is not introduced so: "dia" is the one named before.
        (("Bupati Andi Wijaya meninjau lokasi kebakaran.",
          "Ia didampingi Kepala Dinas Pemadam Kebakaran, Rudi Hartono, dan Camat Sebangau.",
          '"Api harus padam hari ini," ujar dia.'), ["Andi Wijaya"]),
    ],
)
def test_a_name_after_its_office_and_a_comma_is_introduced(paragraphs: tuple[str, ...],
                                                          speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A public figure's well-known short name stands for the full name written before.
        (("Presiden Joko Widodo meninjau pelabuhan ikan.",
          '"Saya ingin melihat langsung hasil tangkapan," kata Jokowi.'), ["Joko Widodo"]),
        (("Mantan Gubernur Basuki Tjahaja Purnama hadir di acara itu.",
          '"Semua harus transparan," ujar Ahok.'), ["Basuki Tjahaja Purnama"]),
        # Without the full name written before, the short name stays as written.
        (('"Saya ingin melihat langsung hasil tangkapan," kata Jokowi.',), ["Jokowi"]),
        (("Wali Kota Budi Santoso meninjau pasar.", '"Semua harus transparan," ujar Ahok.'),
         ["Ahok"]),
    ],
)
def test_a_public_figures_short_name_after_the_full_name(paragraphs: tuple[str, ...],
                                                         speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A functional office ending with its grade, then the holder after a comma.
        (('"Kunjungan wisata naik sepuluh persen," kata Adyatama Pariwisata dan Ekonomi '
          "Kreatif Ahli Utama, Rina Kartika dalam jumpa pers.",
          '"Destinasi keluarga paling diminati," kata Rina.'), ["Rina Kartika", "Rina Kartika"]),
        (('"Aturan itu sedang dikaji," ujar Analis Kebijakan Ahli Madya, Budi Santoso.',),
         ["Budi Santoso"]),
        # A name, then a day or a place after the comma: the name.
        (('"Aturan itu sedang dikaji," ujar Budi Santoso, Senin.',), ["Budi Santoso"]),
    ],
)
def test_a_civil_servants_grade_ends_the_office(paragraphs: tuple[str, ...],
                                                speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # An unnamed participant described with "itu" before a circumstance is not the
        # spokesperson named before.
        (("Kasatreskrim Polres Garut AKP Deni Kurniawan memimpin gelar perkara.",
          '"Saya menyesal, Pak," kata tersangka itu kepada wartawan.'), ["tersangka"]),
        (("Kasatreskrim Polres Garut AKP Deni Kurniawan memimpin gelar perkara.",
          '"Dia mengambil tas saya," ujar bocah itu dengan suara pelan.'), [None]),
        (("Kasatreskrim Polres Garut AKP Deni Kurniawan memimpin gelar perkara.",
          '"Rumah saya habis," kata nenek itu di lokasi kebakaran.'), [None]),
        (("Kasatreskrim Polres Garut AKP Deni Kurniawan memimpin gelar perkara.",
          '"Saya butuh uang," kata pelaku itu kepada penyidik.'), ["pelaku"]),
        # A describing noun still stands for the person just named.
        (("Anggota DPR Rahmat Hidayat hadir di kampus itu.",
          '"Kami akan kawal," kata politisi itu kepada wartawan.'), ["Rahmat Hidayat"]),
    ],
)
def test_an_unnamed_participant_before_a_circumstance(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A word the article writes as an ordinary noun ends the office before a name the
        # article goes on saying without it.
        (("Presiden Petani Ahmad Yani mengatakan para petani belum sejahtera.",
          '"Harga pupuk harus turun," ujar Ahmad Yani.',
          "Nasib petani tidak berubah. Banyak petani beralih profesi."),
         ["Ahmad Yani"]),
        # Twice in lower case is not enough; said alone after a verb, the word is her name.
        (("Pemain tim putri berlatih. Tim putri siap.",
          "Kapten Putri Ayu Lestari mengatakan tim putri siap tanding.",
          '"Kami siap," ujar Ayu Lestari.', '"Lawan kuat," tambah Putri.'),
         ["Putri Ayu Lestari", "Putri Ayu Lestari"]),
        (("Kebun bunga itu luas. Bunga mawar tumbuh di antara bunga melati.",
          "Ketua Panitia Bunga Citra Lestari mengatakan acara lancar.",
          '"Kami menanam lagi," ujar Citra Lestari.'), ["Bunga Citra Lestari"]),
        # Written so only once, it may be the first name; never said alone, it stays.
        (("Ketua Panitia Bunga Citra Lestari mengatakan bunga itu layu.",
          '"Kami menanam lagi," ujar Citra Lestari.'), ["Bunga Citra Lestari"]),
    ],
)
def test_an_ordinary_word_before_a_name(paragraphs: tuple[str, ...],
                                        speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A three-word name after a hospital's or a health centre's abbreviation keeps its
        # first word when the article calls the person by it.
        (("Kepala Puskesmas Ujang Komarudin Hidayat mengatakan stok obat cukup.",
          '"Kami buka posko," kata Ujang.'), ["Ujang Komarudin Hidayat"]),
        (("Direktur RSUD Rina Kartika Sari menyebut pasien stabil.",
          '"Pasien kami tangani," ujar Rina.'), ["Rina Kartika Sari"]),
        # The town the article uses as a town stays the institution's.
        (("Direktur RSUD Cibinong Andi Saputra menyebut pasien stabil.",
          '"Pasien kami tangani," ujar Andi.'), ["Andi Saputra"]),
        (("Pasien membludak di RSUD Cibinong.",
          '"Kami kewalahan," kata Direktur RSUD Cibinong Andi Saputra.'), ["Andi Saputra"]),
    ],
)
def test_a_first_name_the_article_uses_after_an_institution(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # "Jabar" inside a person's name is no province.
        ("kata Wakil Ketua DPRD Ahmad Jabar Nasution", "Ahmad Jabar Nasution"),
        # After an office it still is one.
        ("kata Kepala Dinas Pendidikan Jabar Wahyu Mijaya", "Wahyu Mijaya"),
        ("kata Gubernur Jabar Ridwan Kamil", "Ridwan Kamil"),
        ("kata Kepala Dinas Sosial Sulsel Andi Wijaya", "Andi Wijaya"),
    ],
)
def test_a_province_short_form_that_is_also_a_name(attribution: str,
                                                  speaker: str | None) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # An office's short form with a country after it is that country's holder, not the
        # one the bracketed short form named.
        (("Menteri Pertahanan (Menhan) Sjafrie Sjamsoeddin menerima Menhan Jepang Gen "
          "Nakatani di Jakarta.",
          '"Kami sepakat memperluas latihan," kata Menhan Jepang.'), ["Gen Nakatani"]),
        (("Menteri Pertahanan (Menhan) Sjafrie Sjamsoeddin menerima Menhan Jepang Gen "
          "Nakatani di Jakarta.",
          'Nakatani tersenyum. "Indonesia mitra penting," ujar Menhan Jepang tersebut.',
          '"Latihan digelar tahun depan," kata Menhan.'),
         ["Gen Nakatani", "Sjafrie Sjamsoeddin"]),
    ],
)
def test_an_office_of_another_country(paragraphs: tuple[str, ...],
                                      speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A passive verb opening the sentence is what the one named admits, not his name.
        (("Rina Kartika berjualan sayur di Pasar Baru.",
          "Diakui Budi Santoso, harga bawang tak bisa turun lagi.",
          '"Kami bisa rugi," katanya.'), ["Budi Santoso"]),
        (("Rina Kartika berjualan sayur di Pasar Baru.",
          "Ditandaskan Budi Santoso, harga bawang tak bisa turun lagi.",
          '"Kami bisa rugi," katanya.'), ["Budi Santoso"]),
        # "Diakui oleh" names the one who admits it, too.
        (("Rina Kartika berjualan sayur di Pasar Baru.",
          "Hal itu diakui oleh Budi Santoso.", '"Kami bisa rugi," katanya.'),
         ["Budi Santoso"]),
        # Without "diakui" the sentence opens with the name as before.
        (("Budi Santoso, pedagang bawang, tak bisa menurunkan harga.",
          '"Kami bisa rugi," katanya.'), ["Budi Santoso"]),
    ],
)
def test_a_passive_verb_opening_a_sentence_is_no_part_of_the_name(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Menurutnya" is the one named before, never a name of its own.
        (('"Ilmu harus diamalkan," kata Rektor Budi Santoso.',
          "Menurutnya, orangtua dan dosen tidak menuntut balasan.",
          '"Hormati mereka," ujarnya.'), ["Budi Santoso", "Budi Santoso"]),
        (('"Ilmu harus diamalkan," kata Rektor Budi Santoso.',
          "Katanya, wisuda tahun ini diikuti seribu lulusan.",
          '"Hormati mereka," ujarnya.'), ["Budi Santoso", "Budi Santoso"]),
        # "Menurut" with a name is that person, as before.
        (('"Ilmu harus diamalkan," kata Rektor Budi Santoso.',
          "Menurut Dewi Lestari, orangtua tidak menuntut balasan.",
          '"Hormati mereka," ujarnya.'), ["Budi Santoso", "Dewi Lestari"]),
    ],
)
def test_menurutnya_opening_a_paragraph_is_the_one_named_before(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Dirinya" (himself) and a passive speech verb with "-nya" opening a sentence are
        # the one named before, never a name.
        (("Bupati Sukamaju, Rudi Hartono, meninjau posyandu. Dirinya mengatakan angka "
          "stunting turun.", '"Kami terus bekerja," ujarnya.'), ["Rudi Hartono"]),
        (("Direktur RSUD Sukamaju, Dewi Lestari mengakui dokter masih kurang.",
          "Terjadi antrean pasien. Diakuinya, dokter yang satunya sedang sakit.",
          '"Itu sudah ditangani," jelasnya.'), ["Dewi Lestari"]),
        (("Kepala Dinas Pendidikan, Budi Santoso, hadir.",
          "Dikatakannya, anggaran sudah cair.", '"Tinggal dikerjakan," katanya.'),
         ["Budi Santoso"]),
        # A name that ends in "-nya" but is no verb stays a name.
        (("Wakil Ketua DPRD Sukamaju, Sonya Lestari, meninjau pasar.",
          '"Harga stabil," kata Sonya.'), ["Sonya Lestari"]),
    ],
)
def test_dirinya_and_a_passive_verb_with_nya_are_the_one_named_before(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A player's position and club, then the name after a comma: the name.
        (("Penyerang Persija, Budi Santoso, memuji dukungan suporter.",
          '"Gol ini untuk mereka," katanya.'), ["Budi Santoso"]),
        (("Gelandang Arema, Dewi Lestari, mencetak dua gol.",
          '"Tim bermain lepas," ujarnya.'), ["Dewi Lestari"]),
        (('"Kami siap," kata penyerang Persib, Rudi Hartono.',), ["Rudi Hartono"]),
        # A position with no name after it is nobody: "dia" stays the one named before.
        (("Pelatih Andi Wijaya memuji penyerang Persija.",
          '"Gol ini untuk suporter," katanya.'), ["Andi Wijaya"]),
    ],
)
def test_a_players_position_before_the_name(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A regulation's number ("Nomor P.12") is never the person "ungkapnya" means.
        (("Camat Budi Santoso turun ke lokasi.",
          ("Menurut Peraturan Menteri Lingkungan Hidup dan Kehutanan Nomor P.12 Tahun 2019, "
           "satwa itu dilindungi."),
          '"Kami akan menghalau satwa itu," ungkapnya.'), ["Budi Santoso"]),
        (("Camat Budi Santoso turun ke lokasi.",
          "Sesuai Peraturan Menteri Kelautan dan Perikanan No. K.45, warga dilarang berburu.",
          '"Kami akan menghalau satwa itu," ungkapnya.'), ["Budi Santoso"]),
    ],
)
def test_a_regulations_number_is_nobody(paragraphs: tuple[str, ...],
                                        speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # A long office cut at three words: its qualifier or its place's compass word is no
        # part of the name.
        ("kata Anggota Komisi Pemilihan Umum Rina Kartika", "Rina Kartika"),
        ("kata Bupati Tanjung Jabung Barat Rudi", "Rudi"),
        ("kata Kades Sukamaju Kabupaten Tanjung Jabung Barat Rudi", "Rudi"),
        ("kata Kepala Dinas Pendidikan Kabupaten Lampung Selatan Dewi Lestari",
         "Dewi Lestari"),
        # A name of three words after an office keeps all three.
        ("kata Ketua Umum Budi Santoso Wijaya", "Budi Santoso Wijaya"),
        ("kata Bupati Andi Timur Saputra", "Andi Timur Saputra"),
    ],
)
def test_an_office_cut_into_at_three_words(attribution: str, speaker: str) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A full name right after an organisation's short form in brackets is its person,
        # whatever verb follows: "dia" means them.
        (("Peneliti Pusat Kajian Lembaga Riset dan Astronomi Nasional (LRAN) Dewi Lestari "
          "memberi tip memotret gerhana.",
          "Hal pertama adalah memilih tempat yang lapang.",
          '"Cari langit yang cerah," ujar dia.'), ["Dewi Lestari"]),
        # After "dengan" the name is an object, not the one "dia" means.
        (("Kepala Dinas Andi Wijaya bertemu dengan Badan Riset dan Inovasi Nasional (BRIN) "
          "Dewi Lestari membahas gerhana.",
          '"Cari langit yang cerah," ujar dia.'), ["Andi Wijaya"]),
    ],
)
def test_a_full_name_after_a_bracketed_short_form_is_introduced(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A full name written in an attribution, though not the speaker, is met: a later
        # surname alone means it.
        (('"Tersangka sudah ditahan," kata Kapolres AKBP Budi Santoso melalui Kanit Reskrim '
          "Ipda Rizky Andika Pratama.",
          'Ia dijemput di sebuah hotel. "Berkas segera kami lengkapi," imbuh Andika.'),
         ["Budi Santoso", "Rizky Andika Pratama"]),
        # The speaker's own short name in an attribution is no new name: a later mention
        # still means the full name met first.
        (("Ketua Panitia La Ode Mattalitti meminta maaf atas kekalahan itu.",
          '"Kami minta maaf," kata La Ode saat dihubungi.',
          '"Kami akan bangkit," harap La Ode.'),
         ["La Ode Mattalitti", "La Ode Mattalitti"]),
    ],
)
def test_a_full_name_written_in_an_attribution_is_met(paragraphs: tuple[str, ...],
                                                     speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A verb and a name set off by commas in the sentence before a quotation with no
        # attribution of its own: that name speaks.
        (("Camat Budi Santoso meninjau lokasi.",
          'Selain itu, lanjut Budi, tim memantau satwa itu. '
          '"Kami ingin memastikan lokasinya, keadaannya, dan lain sebagainya."'),
         ["Budi Santoso"]),
        (("Camat Andi Wijaya hadir.",
          'Menurut rencana, kata Dewi Lestari, tim tiba besok. '
          '"Semua peralatan dan perbekalan tim sudah kami siapkan."'),
         ["Dewi Lestari"]),
        # A later verb of the sentence has its own subject: that one speaks.
        (("Camat Andi Wijaya hadir.",
          'Selain itu, kata Budi, Dewi Lestari menegaskan tim tiba besok. '
          '"Semua peralatan dan perbekalan tim sudah kami siapkan."'), ["Dewi Lestari"]),
    ],
)
def test_an_aside_attribution_in_the_sentence_before(paragraphs: tuple[str, ...],
                                                     speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A nickname before "sapaan akrabnya" that starts a word of a full name met before
        # stands for that name.
        (('"Wisuda ini milik kalian," ujar Prof Hartono Wibisono.',
          "Prof Har sapaan akrabnya, meminta lulusan rendah hati.",
          '"Jaga nama baik kampus," kata Prof. Har.'),
         ["Hartono Wibisono", "Hartono Wibisono"]),
        # A nickname that starts no word of a known name stays as written.
        (('"Wisuda ini milik kalian," ujar Prof Hartono Wibisono.',
          "Prof Bim sapaan akrabnya, meminta lulusan rendah hati.",
          '"Jaga nama baik kampus," kata Prof. Bim.'),
         ["Hartono Wibisono", "Bim"]),
    ],
)
def test_a_nickname_before_sapaan_akrabnya(paragraphs: tuple[str, ...],
                                           speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # A verb with "-nya" and a name after it, loosely written for "jawab Dimas".
        ("jawabnya Dimas", "Dimas"),
        ("tambahnya Rina Kartika", "Rina Kartika"),
        # A club's last word after its town is no first name.
        ("kata pelatih Persik United Joko Susilo", "Joko Susilo"),
        ("ujar pelatih Bandung City Andi Saputra", "Andi Saputra"),
        # "Manager", the English spelling, is an office like "Manajer".
        ("kata Manager Humas Daop 3 Cirebon, Rudi Hartono, dalam keterangannya",
         "Rudi Hartono"),
        # A degree glued to its initial ("M.Hum") is no initial of the name.
        ("kata Rektor Universitas Pelita Prof Dr Sutrisno M.Hum", "Sutrisno"),
        ("kata Lurah Sukamaju, Dewi Anggraini SE M Si", "Dewi Anggraini"),
        # A Chinese surname written first keeps a four-word name whole.
        ("kata pelatih Singapura Tan Wei Ming Daniel", "Tan Wei Ming Daniel"),
        ("kata pelatih Malaysia Ong Kim Swee", "Ong Kim Swee"),
    ],
)
def test_names_after_the_fourth_review(attribution: str, speaker: str) -> None:
    segments, _ = split_quotes(f'"Kami sudah bekerja sepanjang malam," {attribution}.')
    assert quote_speakers(segments) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # After "-nya" a day, a place or an organisation is no speaker: the one named before.
        (("Pelatih Joko Susilo memimpin latihan.", '"Kami siap," ujarnya Senin.'),
         ["Joko Susilo"]),
        (("Pelatih Joko Susilo memimpin latihan.", '"Kami siap," katanya Kediri.'),
         ["Joko Susilo"]),
        (("Pelatih Joko Susilo memimpin latihan.",
          '"Kami siap," ujarnya Polri.'), ["Joko Susilo"]),
        # A degree glued to its initial, then the short name.
        (("Rektor Universitas Pelita Prof Dr Sutrisno M.Hum mengatakan wisuda digelar.",
          '"Teruslah belajar," kata Prof Sutrisno.'), ["Sutrisno"]),
        (("Lurah Sukamaju, Dewi Anggraini SE M Si, membenarkan kejadian itu.",
          '"Kami sudah menangani," ujar Dewi.'), ["Dewi Anggraini"]),
        # Degrees written with commas for their stops are no initial of the name.
        (("Hal itu disampaikan Kepala Dinas Kehutanan Karangjati, Hendra S,Hut, M,Si kepada "
          "wartawan.", '"Kami sudah menanam bibit," kata Hendra.'), ["Hendra"]),
        (("Camat Sukamaju, Rina Kartika S,Sos, M,Si membenarkan kejadian itu.",
          '"Kami sudah menangani," ujar Rina.'), ["Rina Kartika"]),
        # A list of single capitals after a comma is no degree.
        (("Blok A,B dan C sudah dibangun oleh Budi Santoso.",
          '"Kami lanjutkan," ujar Budi.'), ["Budi Santoso"]),
        # A name, then "salah satu …" describing it up to the verb: the name speaks, not
        # the market's place inside the description.
        (("Harga cabai naik membuat Sulastri salah satu pedagang pasar Kalisat mengeluh, "
          "karena pembeli sepi.", '"Dagangan saya tidak laku," ucapnya.'), ["Sulastri"]),
        # "Desa Sukamaju" before the description names no person: nothing changes.
        (("Warga Desa Sukamaju seorang petani mengatakan, harga pupuk naik.",
          '"Kami rugi," ujarnya.'), [None]),
        # An event's ordinal ("ke-6") is no preposition after a subject, and the event one
        # attends ("menghadiri Festival X,") is nobody who may speak.
        (("Bupati Samosir, Rudi Hartono, mengatakan festival siap digelar.",
          "Rudi Hartono menuturkan, jadwal Festival Budaya Tua Kalindo ke-6 telah diserahkan ke "
          "gubernur, dan sekaligus menyampaikan undangan bagi presiden.",
          "Jika presiden berkenan menghadiri Festival Budaya Tua Kalindo, acara dibuka pagi hari.",
          '"Semoga beliau punya waktu," tutupnya.'), ["Rudi Hartono"]),
        # "jawabnya Dimas" with Dimas named in full before.
        (("Pebulu tangkis muda Dimas Prasetyo menjuarai turnamen di Bandung.",
          '"Saya tidak menyangka," jawabnya Dimas.'), ["Dimas Prasetyo"]),
        # A preposition opening the sentence ("Bagi", "Untuk") is no part of the name.
        (("Pebulu tangkis muda Dimas Prasetyo menjuarai turnamen di Bandung.",
          "Bagi Dimas, ini gelar kedua tahun ini.",
          '"Saya tidak menyangka," jawabnya Dimas.'), ["Dimas Prasetyo"]),
        # "janji" attributes; a candidate's or a ministry's short form is no part of the name.
        (("Kampanye damai digelar di Pontianak.",
          '"Kami akan bekerja netral," janji Ketua KPU Pontianak, Sujadi Rahman.'),
         ["Sujadi Rahman"]),
        (("Debat kandidat digelar di Batu.",
          '"Kota ini butuh pemimpin baru," kata Cawali Nurochman Heli.'), ["Nurochman Heli"]),
        (("Ratusan WNI dipulangkan dari Arab Saudi.",
          '"Semua sudah tiba dengan selamat," ujar Kemlu Judha Nugraha.'), ["Judha Nugraha"]),
        # An outlet or a holiday after "katanya" is no speaker, and a lost space after a full
        # stop ("Budi.Ia") glues no word of the next sentence to the name.
        (("Warga Suparmi Rahayu mengeluhkan sepinya pasar.",
          '"Pembeli makin sedikit tahun ini," katanya Antara.'), ["Suparmi Rahayu"]),
        (("Warga Suparmi Rahayu mengeluhkan sepinya pasar.",
          '"Ramai lagi saat Lebaran," ujarnya Idul Adha.'), ["Suparmi Rahayu"]),
        (("Kapolres Sukamaju AKBP Budi Hartono memimpin razia.",
          '"Kami tindak tegas," kata Budi.Ia menyebut ada 40 motor terjaring.'),
         ["Budi Hartono"]),
        # A group's name with a word in single quotes gives no nickname.
        (("Kepala Dinas Pariwisata Sri Wahyuni membuka pameran.",
          '"Produk lokal makin diminati," kata Sri.',
          "Stan Kelompok Wanita Tani 'Sri' Rejeki paling ramai dikunjungi.",
          '"Pengunjung tahun ini lebih banyak," tambah Sri.'),
         ["Sri Wahyuni", "Sri Wahyuni"]),
        # A nickname in single quotes inside the name is no part of it, and stands for it.
        (("Tim tuan rumah menang tipis.",
          "\"Mental pemain bagus,\" kata pelatih Persik, Rudi 'Ucok' Hartono usai laga.",
          '"Gol tetap gol," kata Ucok.'), ["Rudi Hartono", "Rudi Hartono"]),
    ],
)
def test_names_after_the_fourth_review_across_paragraphs(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The office alone, or its short form, stands for the one introduced with it, a
        # rank between the office and the name ("Kapolsek Petir, AKP Priyanto") or not.
        (("Kapolsek Sukamaju, AKP Budi Hartono, menjelaskan api berasal dari dapur.",
          '"Kami sudah berkoordinasi dengan dinas sosial," jelas Kapolsek.'), ["Budi Hartono"]),
        # "Jaksa Agung" is the office: "Agung" is no name here.
        (("Kejaksaan memastikan banding.",
          '"Kami akan banding," tegas Jaksa Agung Muhammad Prasetyo di Jakarta.'),
         ["Muhammad Prasetyo"]),
        (("Bupati Sukamaju Drs. H. Rudi Hartono M.Ag. menanggapi keluhan itu.",
          '"Kalau tidak sanggup, mundur saja," tegas Bupati.'), ["Rudi Hartono"]),
        (("Kepala Desa Sukamaju, Budi Santoso, mengeluhkan aturan dana desa.",
          '"Kami pusing," kata Kades.'), ["Budi Santoso"]),
        (("Menanggapi kabar itu, Kepala Sekolah Dasar Negeri 5 Sukajadi, Dewi Lestari, "
          "langsung menemui murid.", 'Pak Kepsek mengatakan, "Itu tidak benar."'),
         ["Dewi Lestari"]),
        # A short form in the office with its bracket, then the name, after the village's
        # district and regency.
        (("Setelah pernyataan Kades Sukamaju Kecamatan Cilaku Kabupaten Hulu Sungai Selatan "
          "(HSS) Rudi viral.", '"Kami pusing," kata Kades.'), ["Rudi"]),
        # The village after the short form, a name set off by a comma: the name holds it.
        (("Kades Sukamaju, Rudi Hartono mengaku pusing.", '"Kami pusing," kata Kades.'),
         ["Rudi Hartono"]),
        # A different office that goes on from the one said: a company's "Presiden
        # Direktur" is no president, and a deputy is not the regent.
        (("Presiden Direktur PT Sinar Abadi, Rina Kartika, menyambut tamu.",
          '"Kami bangga," kata Presiden.'), ["Presiden"]),
        (("Wakil Bupati Sukamaju Rudi Hartono meninjau lokasi.",
          '"Kami bangga," kata Bupati.'), ["Bupati"]),
        # Nobody introduced with the office: the office as written.
        (("Warga mengeluhkan jalan rusak.", '"Segera kami perbaiki," kata Bupati.'),
         ["Bupati"]),
        # A day after the comma is no holder: the name before it is.
        (("Bupati Garut Rudi Hartono, Kamis, meninjau lokasi.",
          '"Kami bangga," kata Bupati.'), ["Rudi Hartono"]),
        # A dateline's dash before the office; a rank spelled out between office and name.
        (("Sukamaju – Kapolres Sukamaju, Ajun Komisaris Besar Polisi (AKBP) Budi Hartono "
          "menegaskan pelaku sudah ditahan.", '"Mereka tersangka," ujar Kapolres.'),
         ["Budi Hartono"]),
        (("Cibinong – Kapolresta Bogor, Kombes Pol Rudi Santoso memberi penjelasan.",
          "Kapolresta menambahkan, pelaku berasal dari luar kota.",
          '"Kami masih mendalami," kata dia.'), ["Rudi Santoso"]),
        # A dash inside a sentence is no dateline: the office there holds no one named.
        (("Warga – terutama pedagang – mengeluh, kata Budi Santoso.",
          '"Segera kami perbaiki," kata Bupati.'), ["Bupati"]),
    ],
)
def test_an_office_alone_stands_for_the_one_introduced_with_it(
        paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A name right after a passive speech verb spoke, "oleh" or not.
        (("Seperti disampaikan Wati, salah satu penjual sayur di pasar Cikurubuk. Ia pun "
          "mengeluh sepi pembeli.", '"Sudah seminggu begini," ucapnya.'), ["Wati"]),
        (("Hal itu diungkapkan Wati saat ditemui di lapaknya.",
          '"Sudah seminggu begini," ucapnya.'), ["Wati"]),
        # A day, a place, an article of law or a verdict is nobody.
        (("Hal itu disampaikan Senin, di tengah sepinya pasar.",
          '"Sudah seminggu begini," ucapnya.'), [None]),
        (("Sanksi itu disebutkan Pasal 5, dan berlaku bagi semua pedagang.",
          '"Sudah seminggu begini," ucapnya.'), [None]),
    ],
)
def test_a_name_after_a_passive_speech_verb_without_oleh(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A verb and a name set off by commas inside a sentence report that person: a later
        # "-nya" is theirs, not the team named in between.
        (("Kepala Seksi Operasi Kantor SAR Kendal, Sutarno, meninjau sungai.",
          "Tim Pencari Ahli Renang (PAR) dibagi menjadi dua regu.",
          "Saat pencarian, kata Sutarno, arus sungai cukup deras.",
          '"Semoga cuaca mendukung," pungkasnya.'), ["Sutarno"]),
        # No commas around it: "kata" is no aside ("Ia tak tahu kata Budi itu benar").
        (("Kepala Kantor SAR Semarang Budi Sutarno meninjau sungai.",
          "Ia tak tahu apakah kata Warto Suryo benar.", '"Semoga cuaca mendukung," pungkasnya.'),
         ["Budi Sutarno"]),
    ],
)
def test_an_aside_attribution_without_a_quotation_names_the_speaker(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # An organisation's other name after "atau" is part of the office before the comma.
        ("ujar Direktur Bank Sentosa atau BS Kantor Cabang Riau, Rina Kartika di Pekanbaru",
         "Rina Kartika"),
        ("kata Kepala Balai Besar atau BBPOM Semarang, Dewi Lestari", "Dewi Lestari"),
    ],
)
def test_an_organisations_other_name_after_atau_in_the_office(attribution: str,
                                                            speaker: str) -> None:
    assert speakers_of(f'"Kami siap bekerja," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("report", "continued"),
    [
        # An office set off by a comma before the one reported speaking: "tambahnya" is his.
        ("Kepala Desa Sukamaju, Warto mengatakan bahwa warga antusias.", "Warto"),
        ("Lurah Cibeunying, Dedi Mulyadi mengatakan warga antusias.", "Dedi Mulyadi"),
        # A clause before the comma that is no office: the one quoted goes on.
        ("Seusai acara, Dedi Mulyadi mengatakan warga antusias.", "Rudi Hartono"),
        ("Warga Cibeunying, Dedi Mulyadi mengatakan warga antusias.", "Rudi Hartono"),
    ],
)
def test_a_continuation_after_an_office_set_off_by_a_comma(report: str,
                                                           continued: str) -> None:
    assert speakers_of('"Festival ini menyatukan warga," kata Kapolres Bogor AKBP Rudi Hartono.',
                       report, '"Kami ingin acara ini tiap tahun," tambahnya.') == [
        "Rudi Hartono", continued]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The one after "melalui" and an office speaks for the one before: "-nya" is theirs.
        (('Kepala Kejari Sukamaju, Budi Santoso melalui Kasi Pidana Khusus, Rudi membenarkan '
          'penahanan itu. "Berkas segera kami lengkapi," ujarnya.',), ["Rudi"]),
        (("Kapolres Sukamaju AKBP Budi Santoso melalui Kasat Reskrim AKP Rudi Hartono "
          "membenarkan penangkapan itu.", '"Pelaku kami tahan," ujarnya.'), ["Rudi Hartono"]),
        # A circumstance between the holder's name and his verb.
        (("Bupati Sukamaju Dewi Lestari melalui Kepala Dinas Kesehatan Rudi Hartono dalam "
          "keterangan tertulis, Selasa, meminta sekolah mendata siswa.",
          '"Data harus masuk pekan ini," katanya.'), ["Rudi Hartono"]),
        # The circumstance ends the sentence: the holder does nothing himself.
        (("Bupati Sleman Dewi Lestari menyerahkan bantuan melalui Kepala Dinas Sosial Rudi "
          'Hartono pada Selasa.', '"Semua tepat sasaran," katanya.'), ["Dewi Lestari"]),
        # "melalui" and no office: a channel or a letter, nobody speaking for the subject.
        (("Bupati Sukamaju, Budi Santoso melalui Surat Edaran Dinas meminta warga waspada.",
          '"Jangan panik," ujarnya.'), ["Budi Santoso"]),
        (("Kepala Dinas Sukamaju, Dewi Lestari, menerima tamu. Warga menyampaikan keluhan "
          "melalui Kepala Desa Budi Santoso.", '"Kami tindak lanjuti," ujarnya.'),
         ["Dewi Lestari"]),
        # The subject spoke, and the one after "melalui" says nothing himself: "-nya" is the
        # subject's.
        (("Kepala Dinas Pendidikan Dewi Lestari mengatakan berkas itu sudah diterima Bupati "
          "melalui Sekretaris Daerah, Budi Santoso pada pekan lalu.",
          '"Semua sudah kami kirim," ujarnya.'), ["Dewi Lestari"]),
        # "ulasnya" attributes as "ujarnya" does.
        (("Kepala Desa Sukamaju, Budi Santoso, menjelaskan kasusnya.",
          'Modus yang dilakukan terduga, diantaranya perjalanan dinas fiktif. "Kami sangkakan '
          'pasal dua," ulasnya.'), ["Budi Santoso"]),
    ],
)
def test_a_spokesperson_after_melalui_speaks(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # ", kata dia," reports the one named before: a name later in the same sentence
        # without a speech verb of its own is what they speak of.
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Meski demikian, kata dia, target itu sesuai arahan Presiden Budi Santoso (Busan).",
          '"Masih terlalu tinggi," katanya.'), ["Dewi Lestari", "Dewi Lestari"]),
        # The name after the aside with a speech verb of its own is the one speaking.
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Meski demikian, kata dia, Gubernur Budi Santoso mengatakan target belum tercapai.",
          '"Masih terlalu tinggi," katanya.'), ["Dewi Lestari", "Budi Santoso"]),
        # A clause of its own after "sementara" or a semicolon has its own subject, who
        # speaks next when his verb reports what he says ("memastikan").
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Proyek itu, kata dia, dibiayai APBN, sementara Kepala Bappeda Budi Santoso "
          "memastikan dana sudah tersedia.", '"Dananya aman," tuturnya.'),
         ["Dewi Lestari", "Budi Santoso"]),
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Proyek itu, kata dia, dibiayai APBN; Kepala Bappeda Budi Santoso memastikan dana "
          "sudah tersedia.", '"Dananya aman," tuturnya.'), ["Dewi Lestari", "Budi Santoso"]),
        # A clause of its own whose subject does not speak ("sudah berjanji …", "belum
        # meninjau …"): he is what the one reported speaks of.
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Proyek itu, kata dia, belum dianggarkan, padahal Gubernur Budi Santoso sudah "
          'berjanji membangunnya.', '"Kami kecewa," tuturnya.'),
         ["Dewi Lestari", "Dewi Lestari"]),
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Proyek itu, kata dia, belum dianggarkan, sementara Gubernur Budi Santoso belum "
          'meninjau lokasi.', '"Kami kecewa," tuturnya.'), ["Dewi Lestari", "Dewi Lestari"]),
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Surat itu, kata dia, dikirim Maret, tetapi Gubernur Budi Santoso belum "
          'membalasnya.', '"Kami kecewa," tuturnya.'), ["Dewi Lestari", "Dewi Lestari"]),
        # In the same clause, after a noun, the name is what the one quoted speaks of.
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Proyek itu, kata dia, dibiayai APBN sesuai permintaan Kepala Bappeda Budi Santoso.",
          '"Dananya aman," tuturnya.'), ["Dewi Lestari", "Dewi Lestari"]),
        # No aside: the office and name opening the sentence introduce someone new.
        (('"Angkanya turun," kata Dirjen Dewi Lestari.',
          "Gubernur Budi Santoso meninjau posyandu.",
          '"Masih terlalu tinggi," katanya.'), ["Dewi Lestari", "Budi Santoso"]),
    ],
)
def test_a_name_after_a_pronoun_aside_is_what_they_speak_of(paragraphs: tuple[str, ...],
                                                          speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A one-word name set off after a description of a person, then a speech verb: the
        # one "katanya" means.
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Salah satu orang tua siswa, Wati mengaku kesulitan mendaftar. Dia pun pasrah.",
          '"Susah sekali," katanya.'), ["Wati"]),
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Seorang pedagang, Wati mengatakan pasar sepi.", '"Susah sekali," katanya.'),
         ["Wati"]),
        # A one-word name set off after an office, then its verb: the office's holder.
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Ketua Paguyuban Pedagang, Sutrisno, juga membenarkan hal itu. Diakuinya, pasar sepi.",
          '"Kami minta bantuan," ulasnya.'), ["Sutrisno"]),
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Ketua Paguyuban Pedagang, Sutrisno mengatakan pasar sepi.",
          '"Kami minta bantuan," ulasnya.'), ["Sutrisno"]),
        # A suspect, or no speech verb after the name: the one named before.
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Salah satu tersangka, Wati mengaku menyesal.", '"Susah sekali," katanya.'),
         ["Budi Santoso"]),
        (("Kepala Sekolah Budi Santoso membuka pendaftaran.",
          "Salah satu orang tua siswa, Wati datang pagi.", '"Susah sekali," katanya.'),
         ["Budi Santoso"]),
    ],
)
def test_a_one_word_name_after_a_persons_description(paragraphs: tuple[str, ...],
                                                      speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The office's place run into the name: the article calls the person by the rest
        # alone, and writes the place elsewhere after "di" or "Pemkab", or knows it as a place.
        (('"Lembar jawaban kami amankan," kata Kepala Bidang Dinas Pendidikan Pemkab Sukamaju '
          "Sudirman.", "Ujian di Sukamaju berjalan lancar.",
          '"Sekolah curang terima sanksi," ujar Sudirman.'),
         ["Sudirman", "Sudirman"]),
        (('"Operasi SAR kami tutup," kata Kasi Operasi Basarnas Bali Supriyono di Denpasar.',
          '"Tim inafis akan bekerja," ujar Supriyono.'), ["Supriyono", "Supriyono"]),
        # A first name is no place: a surname said alone leaves the full name whole.
        (('"Kita harus bekerja," kata Presiden Joko Widodo di Jakarta.',
          '"Jangan ragu," kata Widodo.'), ["Joko Widodo", "Joko Widodo"]),
        # An organisation's word right before the name makes no place of the first name.
        (('"Joey luar biasa," kata Presiden Recording Academy Neil Portnow.',
          '"Saya ingat seusia dia," kata Portnow.'), ["Neil Portnow", "Neil Portnow"]),
        # A first name after "dari" or "ke" is a person's, not a place's.
        (("Polisi menerima laporan dari Rahmat terkait penipuan itu.",
          "Kasat Reskrim AKP Rahmat Hidayat mengatakan lima saksi diperiksa.",
          '"Kami sudah periksa," kata Hidayat.'), ["Rahmat Hidayat"]),
        (("Wali Kota Bogor Bima Santoso meninjau banjir. Ia juga berkunjung ke Bima.",
          '"Tanggul kami bangun," kata Bima Santoso.', '"Sudah kami ajukan," ujar Santoso.'),
         ["Bima Santoso", "Bima Santoso"]),
        # A place sharing the first name: the article calls the person by his first two
        # words, so nothing is cut; nor after an office that already ends in its place.
        (("Bantuan dikirim ke korban banjir di Bima, Nusa Tenggara Barat.",
          '"Logistik cukup," kata Wakil Menteri Dalam Negeri Bima Arya Sugiarto.',
          '"Data harus selesai," ujar Bima Arya.'),
         ["Bima Arya Sugiarto", "Bima Arya Sugiarto"]),
        (('"Semua siaga," kata Wali Kota Bogor Bima Arya Sugiarto.',
          "Ia meninjau longsor di Bima, Nusa Tenggara Barat.", '"Relawan siap," ujar Bima.'),
         ["Bima Arya Sugiarto", "Bima Arya Sugiarto"]),
        # Another person with the same place and first word before a longer name ("KONI
        # Sukamaju Rudi Heru Santoso") is no call by two words: the place is still cut.
        (("Bonus diserahkan oleh Bupati Sukamaju Rudi Hartono di Pendopo Kabupaten Sukamaju.",
          '"Terima kasih kepada para atlet," kata Bupati Rudi Hartono.',
          "Ketua KONI Sukamaju Rudi Heru Santoso mengaku bersyukur.",
          '"Kita membawa pulang sembilan emas," ujarnya.'),
         ["Rudi Hartono", "Rudi Heru Santoso"]),
        # After "dari" an organisation's place, when the run has the organisation before it.
        (("Ribuan wisatawan dari Wonokerto memadati pantai.",
          '"Pengunjung naik," kata Kepala Dinas Pariwisata Wonokerto Wahidin.',
          '"Petugas siaga," ujar Wahidin.'), ["Wahidin", "Wahidin"]),
        # The full name said with a speech verb: its first word is no place, even after "di".
        (("Rapat digelar di Teguh Jaya.", '"Lembar jawaban aman," kata Camat Teguh Santoso.',
          '"Kami awasi," ujar Santoso.', '"Terima kasih," kata Teguh Santoso.'),
         ["Teguh Santoso", "Teguh Santoso", "Teguh Santoso"]),
        # The office's place before a name of two words, written as a place elsewhere in the
        # article (after "Kabupaten", in the dateline, in a list of places), the person's
        # name never said alone.
        (("Warga Kabupaten Wonokerto antre sejak pagi.",
          '"Berkas lengkap," kata Ketua KPU Wonokerto Rahmat Hidayat.'), ["Rahmat Hidayat"]),
        (("WONOKERTO, Harian Kita – Sebuah rumah terbakar.",
          'Kepala Satpol-PP Wonokerto Rahmat Hidayat menuturkan, api cepat padam. "Api padam '
          'pukul sepuluh," ujarnya.'), ["Rahmat Hidayat"]),
        (("Rumah warga Desa Sei Pancang, Wonokerto, Kalimantan Utara terbakar.",
          '"Api padam," kata Sekretaris Dinas Pemadam Kebakaran Wonokerto Rahmat Hidayat.'),
         ["Rahmat Hidayat"]),
        # Written before a comma and a region, the person called by the next word alone.
        (("Truk itu terguling di tanjakan Karangjati, Jawa Tengah.",
          '"Sopir selamat," kata Kapolres Karangjati Rudi Hartono.',
          '"Rem diperiksa," kata Rudi.'), ["Rudi Hartono", "Rudi Hartono"]),
        # The next word never said alone, or the first word a first name said alone: whole.
        (("Truk itu terguling di tanjakan Karangjati, Jawa Tengah.",
          '"Sopir selamat," kata Kapolres Karangjati Rudi Hartono.'),
         ["Karangjati Rudi Hartono"]),
        (("Rapat di kantor Teguh, Jakarta, berjalan lancar.",
          '"Berkas lengkap," kata Ketua KPU Teguh Rahmat Hidayat.', '"Aman," ujar Teguh.',
          '"Cukup," ujar Rahmat.'), ["Teguh Rahmat Hidayat"] * 3),
        # Not written as a place, after a rank, or the full name said with a speech verb: the
        # three words are the name.
        (('"Berkas lengkap," kata Ketua KPU Wonokerto Rahmat Hidayat.',), [
            "Wonokerto Rahmat Hidayat"]),
        (("Rapat digelar di Teguh Jaya.", '"Berkas lengkap," kata Kapolres AKBP Teguh Rahmat '
          'Hidayat.'), ["Teguh Rahmat Hidayat"]),
        (("Warga Kabupaten Teguh antre.", '"Berkas lengkap," kata Ketua KPU Teguh Rahmat '
          'Hidayat.', '"Aman," kata Teguh Rahmat Hidayat.'),
         ["Teguh Rahmat Hidayat", "Teguh Rahmat Hidayat"]),
        # A first name the article also writes as a place, the surname never said alone.
        (('"Lembar jawaban kami amankan," kata Bupati Teguh Santoso.',
          "Pemeriksaan di Teguh Jaya berjalan lancar."), ["Teguh Santoso"]),
    ],
)
def test_an_offices_place_run_into_the_name(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A sentence opener before the office: the office and rank still introduce the name.
        (("Upaya Polres Sukamaju Timur mengungkap kasus itu membuahkan hasil.",
          "Sementara Kapolres AKBP Budi Santoso yang dikonfirmasi mengatakan tujuh pelaku "
          'sudah diamankan. "Identitas pelaku belum bisa kami sampaikan," ucapnya.'),
         ["Budi Santoso"]),
        # An opener and no office: a name the article never introduced stays unnamed.
        (("Camat Rudi Hartono meninjau lokasi.",
          "Sementara Budi Santoso yang hadir tidak berkomentar.", '"Kami prihatin," ucapnya.'),
         ["Rudi Hartono"]),
    ],
)
def test_a_sentence_opener_before_an_office(paragraphs: tuple[str, ...],
                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # Two offices with their short forms in brackets, then the holder; an opener first.
        (('"Dialog ini penting," kata Kepala Pusat Kerukunan Umat Beragama (PKUB) Kementerian '
          'Sosial (Kemensos) Rahmat Hidayat.',), ["Rahmat Hidayat"]),
        (("Menurut Kepala Pusat Kerukunan Umat Beragama (PKUB) Kementerian Sosial (Kemensos) "
          "Rahmat Hidayat mengatakan dialog ini penting.", '"Kami dukung," ujarnya.'),
         ["Rahmat Hidayat"]),
    ],
)
def test_nested_offices_with_short_forms(paragraphs: tuple[str, ...],
                                         speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "atau" or brackets give a title and a word of the name as the name the article uses.
        (("Ketua Umum PB Ormas, KH Rahmat Hidayat Santoso atau Gus Rahmat, menanggapi kasus "
          "itu.", '"Ini kecelakaan," kata Gus Rahmat.'), ["Rahmat Hidayat Santoso"]),
        (("Ketua Ormas Rahmat Hidayat Santoso (Gus Rahmat) hadir.",
          '"Ini kecelakaan," kata Gus Rahmat.'), ["Rahmat Hidayat Santoso"]),
        # Two words after "atau" that are another name, though they share the surname.
        (("Kandidat Rahmat Santoso atau Budi Santoso, kata panitia, belum ditetapkan.",
          '"Ini kecelakaan," kata Budi Santoso.'), ["Budi Santoso"]),
    ],
)
def test_a_titled_nickname_after_atau(paragraphs: tuple[str, ...],
                                      speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The office's short form in brackets, a comma, then the holder: the short form alone
        # later is the holder.
        (("Menteri Sosial (Mensos), Rahmat Hidayat Santoso melepas bantuan di Bekasi.",
          '"Bantuan harus tepat sasaran," imbau Mensos.'), ["Rahmat Hidayat Santoso"]),
        # An organisation's short form is no office: it speaks as itself.
        (("Badan Pusat Statistik (BPS), Rahmat Hidayat Santoso dan tim merilis data.",
          '"Inflasi turun," tulis BPS.'), ["Badan Pusat Statistik"]),
    ],
)
def test_an_offices_short_form_before_a_comma_and_the_holder(paragraphs: tuple[str, ...],
                                                             speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The one who stands in for an organisation speaks, not the organisation.
        (("Rahmat Hidayat mewakili Dinas Sosial Jawa Tengah menambahkan bantuan sudah cair. "
          '"Semua tepat sasaran," tuturnya.',), ["Rahmat Hidayat"]),
        (('Rahmat Hidayat mewakili Dinas Sosial Jawa Tengah mengatakan, "Semua tepat '
          'sasaran."',), ["Rahmat Hidayat"]),
        # The one who stands in is an object, after a verb or "yang": the clause's subject
        # speaks.
        (("Bupati Sleman Dewi Lestari saat melepas Rina Wati yang mewakili Sleman di "
          'cabang renang mengatakan bangga. "Semoga juara," katanya.',), ["Dewi Lestari"]),
        (("Pelatih Budi Santoso yang menunjuk Andi Pratama mewakili Jawa Tengah menyebut "
          'persiapan matang. "Latihan sudah lama," ujarnya.',), ["Budi Santoso"]),
        # Nobody named before "mewakili": the one quoted before goes on.
        (('"Bantuan cair," kata Camat Budi Santoso.',
          "Siswa mewakili Dinas Sosial Jawa Tengah menerima bantuan.",
          '"Semua tepat sasaran," tuturnya.'), ["Budi Santoso", "Budi Santoso"]),
    ],
)
def test_the_one_standing_in_for_an_organisation_speaks(paragraphs: tuple[str, ...],
                                                        speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The name opening the clause before a circumstance is the subject, not a capitalised
        # word the circumstance ends with.
        (('"Fraksi terbentuk," kata Ketua Fraksi Budi Santoso.',
          "Pimpinan sementara DPRD, Sutrisno usai Paripurna kepada sejumlah Media mengatakan, "
          'delapan fraksi ditetapkan. "Tugas kami memimpin rapat," ujarnya.'),
         ["Budi Santoso", "Sutrisno"]),
        # An opener before the circumstance: the name at its end speaks.
        (('Saat di lokasi Rahmat Hidayat mengatakan, "Tugas kami memimpin rapat."',),
         ["Rahmat Hidayat"]),
    ],
)
def test_the_name_opening_a_clause_before_a_circumstance(paragraphs: tuple[str, ...],
                                                         speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A Roman numeral ending a company's name, written elsewhere without the person, is
        # the company's: not the first word of the name.
        (("PT Sarana Karya II (Persero) membangun dermaga baru.",
          '"Dermaga selesai tahun depan," kata Direktur Utama PT Sarana Karya II Rudi Hartono.'),
         ["Rudi Hartono"]),
        (("Sarana Karya I melayani tujuh pelabuhan.",
          '"Kapasitas naik," ujar Direktur Sarana Karya I Dewi Lestari.'), ["Dewi Lestari"]),
        # A Balinese name's "I" stays, after a company or an office alike; so does an "I"
        # the article never writes after the company alone.
        (("Sarana Karya I melayani tujuh pelabuhan.",
          '"Kapasitas naik," ujar Direktur Sarana Karya I Made Sudarma.'), ["I Made Sudarma"]),
        (('"Kapasitas naik," ujar Direktur Sarana Karya I Wira Sudarma.',),
         ["I Wira Sudarma"]),
        (('"Air sudah surut," kata Camat I Ketut Arsana.',), ["I Ketut Arsana"]),
        # "Bersatu" ends a front's or a party's name.
        (('"Harga solar naik," ujar Ketua Serikat Petani Bersatu Budi Santoso.',),
         ["Budi Santoso"]),
        # A port or an airport named after its town, which the article writes as a place or
        # is known as one: the town is no part of the name.
        (("Kapal cepat kembali bersandar di Sampang, Madura.",
          '"Kapal berangkat pagi," kata Kepala KSOP Pelabuhan Sampang Rudi Hartono.'),
         ["Rudi Hartono"]),
        (('"Kapal berangkat pagi," kata Kepala KSOP Pelabuhan Kupang Rudi Hartono.',),
         ["Rudi Hartono"]),
        # Nowhere a place, the word opens a three-word name, written again in full.
        (('"Koper itu terdeteksi sinar-X," kata Kepala Keamanan Bandara Rendra Wijaya Kusuma.',
          'Rendra Wijaya Kusuma menyerahkan penumpang itu ke polisi. "Kasus ditangani '
          'Polresta," ujar Kusuma.'), ["Rendra Wijaya Kusuma", "Rendra Wijaya Kusuma"]),
        (("Hujan deras mengguyur Kota Sentani sejak pagi.",
          '"Penerbangan normal," kata Kepala Bandara Sentani Dewi Lestari.'),
         ["Dewi Lestari"]),
        (('"Kapal berangkat pagi," kata Kepala Pelabuhan Muhammad Rudi Hartono.',),
         ["Muhammad Rudi Hartono"]),
    ],
)
def test_an_organisation_s_last_word_is_no_part_of_the_name(paragraphs: tuple[str, ...],
                                                            speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A final "y" for an "i" (or the other way round) names the one person who has it.
        (('"Bandara penuh," kata Direktur Pemasaran Devi Kartika.', '"Kami tambah," papar Devy.'),
         ["Devi Kartika", "Devi Kartika"]),
        (('"Bandara penuh," kata Direktur Andy Saputra.', '"Kami tambah," papar Andi.'),
         ["Andy Saputra", "Andy Saputra"]),
        # Two people it could be: nobody is guessed.
        (("Devi Kartika dan Devi Lestari hadir.", '"Bandara penuh," papar Devy.'), ["Devy"]),
        # The other spelling introduced as somebody of its own between commas is them.
        (('"Pelaku kami tangkap," kata Kapolsek Iptu Andy Saputra.',
          'Pemilik toko, Andi, mengaku rugi. "Semua laci dibongkar," tutur Andi.'),
         ["Andy Saputra", "Andi"]),
        # Written as the subject, not set off, the name is still the one spelled otherwise.
        (('"Pelaku kami tangkap," kata Kapolsek Iptu Andy Saputra.',
          'Andi menyebut pelaku sudah lama diincar. "Tunggu saja," papar Andi.'),
         ["Andy Saputra", "Andy Saputra"]),
        # The first and last words of a full name written before stand for it.
        (("Manajer tim, Yoga Permana Saputra, hadir di Jayapura.",
          "Yoga Saputra mengancam memecat pelatih.",
          '"Harus menang," kata Yoga Saputra.'), ["Yoga Permana Saputra"]),
        # Set off by commas as somebody introduced, fewer words are another person.
        (('Saksi pertama, Ahmad Fikri Hidayat, ayah korban. "Anak saya dipukul," kata Ahmad '
          "Fikri Hidayat.",
          'Saksi kedua, Ahmad Hidayat, pemilik warung. "Pelaku membawa kayu," kata Ahmad '
          "Hidayat."), ["Ahmad Fikri Hidayat", "Ahmad Hidayat"]),
        # So do its first words, even with a speech verb after them.
        (("Menteri Agama Yoga Permana Saputra melepas jemaah haji.",
          "Yoga Permana berpesan agar jemaah menjaga kesehatan.",
          '"Jaga kesehatan," katanya.'), ["Yoga Permana Saputra"]),
    ],
)
def test_a_known_name_written_otherwise(paragraphs: tuple[str, ...],
                                        speakers: list[str]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "pesannya" attributes like "ujarnya": the one named last.
        (("Rina Wulandari mengingatkan petani agar tidak buru-buru menjual gabah.",
          '"Simpan dulu sampai harga naik," pesannya.'), ["Rina Wulandari"]),
        (('"Simpan dulu sampai harga naik," pesan Rina Wulandari.',), ["Rina Wulandari"]),
        # A nickname declared in brackets, starting like a word of the name of the one named
        # just before, stands for them.
        (("Direktur Jenderal Bonifasius Santoso Wijaya menjelaskan pemblokiran.",
          '"Perlu waktu sehari untuk semua operator," terang Bonny (sapaan akrabnya), Selasa.'),
         ["Bonifasius Santoso Wijaya"]),
        # Only the first letter alike: a new person, inline or introduced with a comma.
        (('"Sumur ini untuk 200 keluarga," kata Bagus Setiawan, kepala desa.',
          '"Dulu saya jalan jauh ambil air," kata Bude (sapaan akrabnya), warga desa itu.'),
         ["Bagus Setiawan", "Bude"]),
        (('"Sumur ini untuk 200 keluarga," kata Bagus Setiawan, kepala desa.',
          "Seorang warga lanjut usia, Biyah (sapaan akrabnya), mengaku terbantu.",
          '"Dulu saya jalan jauh ambil air," kata Biyah.'), ["Bagus Setiawan", "Biyah"]),
        # A nickname cut from inside a word of that name ("Ardi" of "Fardianto") is them too;
        # a short one ("Adi") might be anybody's.
        (("Kepala Humas Agus Fardianto Wijaya menjelaskan cara melapor.",
          '"Petugas kami siaga di rumah sakit," kata Ardi, sapaan akrabnya, Sabtu.'),
         ["Agus Fardianto Wijaya"]),
        (("Kepala Humas Agus Hadiwijaya menjelaskan cara melapor.",
          '"Petugas kami siaga di rumah sakit," kata Adi, sapaan akrabnya, Sabtu.'),
         ["Adi"]),
        # A nickname with its word of address, the full name after its marker: either is him.
        (("Kang Ujang, sapaan akrab Ujang Suryana, membuka bazar di alun-alun.",
          '"Produk lokal harus jadi tuan rumah," kata Kang Ujang.'), ["Ujang Suryana"]),
        (("Kang Ujang, sapaan akrab Ujang Suryana, membuka bazar di alun-alun.",
          '"Produk lokal harus jadi tuan rumah," kata Ujang.'), ["Ujang Suryana"]),
        # A nickname sharing no first letter with that name is nobody known.
        (("Direktur Jenderal Budi Santoso Wijaya menjelaskan pemblokiran.",
          '"Perlu waktu sehari untuk semua operator," terang Dodi (sapaan akrabnya), Selasa.'),
         ["Dodi"]),
        # "pesan" as a noun reports nobody: "dia" is still the one quoted before.
        (('"Harga naik," kata Rina Wulandari.',
          "Ia lalu membaca pesan Budi Santoso di ponselnya.",
          '"Kami tunggu," ujarnya.'), ["Rina Wulandari", "Rina Wulandari"]),
        # A paragraph of quotation naming nobody, after one opening with "Menurut dia": the
        # one it reports goes on.
        (('"Target kami tujuh emas," kata Sekretaris KONI Rudi Hartono.',
          "Menurut dia, raihan emas tahun lalu cukup banyak. Karena itu target tidak naik.",
          '"Tapi cabang lain bisa menyumbang medali."'), ["Rudi Hartono", "Rudi Hartono"]),
        # Nobody reported at its start: nobody is guessed.
        (('"Target kami tujuh emas," kata Sekretaris KONI Rudi Hartono.',
          "Raihan emas tahun lalu cukup banyak. Karena itu target tidak naik.",
          '"Tapi cabang lain bisa menyumbang medali."'), ["Rudi Hartono", None]),
        # Somebody else named or quoted after "Menurut X" in that paragraph: X is not guessed;
        # the one quoted at the paragraph's end goes on.
        (("Menurut Kepala Dinas Pertanian Garut Agus Salim, pupuk cukup. Namun petani, "
          'Wati Susanti, mengeluh. "Kami antre dua hari," kata Wati Susanti.',
          '"Kiosnya sering tutup."'), ["Wati Susanti", "Wati Susanti"]),
        (("Menurut Agus Salim, pupuk masih cukup. Namun petani desa, Wati Susanti, punya "
          "pendapat lain soal itu.",
          '"Kiosnya sering tutup, kami antre dua hari."'), [None]),
    ],
)
def test_attributions_that_name_the_speaker_indirectly(paragraphs: tuple[str, ...],
                                                       speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A passive verb names an office, then the holder after a comma: he spoke.
        (("Seperti diungkapkan Kepala Dinas PUPR Sukamaju, I Made Sudarma, Senin (3/6).",
          '"Perbaikan selesai tahun ini," ujarnya.'), ["I Made Sudarma"]),
        (("Hal itu disampaikan Bupati Karangjati, Rudi Gunawan, kepada wartawan.",
          '"Kami siap," katanya.'), ["Rudi Gunawan"]),
        # A day after the comma is no holder: nothing changes.
        (("Hal itu disampaikan Kepala Dinas Kehutanan, Senin (3/6).",
          '"Kami siap," katanya.'), [None]),
    ],
)
def test_the_holder_after_an_office_a_passive_verb_names(paragraphs: tuple[str, ...],
                                                         speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # The copy stops inside the attribution's name: a fragment names nobody.
        (("Kepala Desa Budi Santoso meninjau tanggul.",
          '"Warga diminta waspada malam ini," kata Ri'), [None]),
        # Near-misses: a stop after the short name, or the name written before, is a name.
        (("Kepala Desa Budi Santoso meninjau tanggul.",
          '"Warga diminta waspada malam ini," kata Ani.'), ["Ani"]),
        (("Warga bernama Ani ikut mengungsi.",
          '"Warga diminta waspada malam ini," kata Ani'), ["Ani"]),
        # A name of three letters closing the copy with no stop may be whole.
        (("Kepala Desa Budi Santoso meninjau tanggul.",
          '"Warga diminta waspada malam ini," kata Edi'), ["Edi"]),
    ],
)
def test_a_name_the_copys_end_cuts_off_is_nobody(paragraphs: tuple[str, ...],
                                                 speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # "ujarnya" loosely written before an office and its holder: the holder speaks.
        ("ujarnya Kepala Sekolah, Rina Sari.", "Rina Sari"),
        # Near-misses: a day, or an office naming nobody, leave "-nya" with the one before.
        ("ujarnya Senin.", "Budi Santoso"),
        ("ujarnya Kepala Sekolah.", "Budi Santoso"),
        # A stop lost before a sentence about the holder: he is not the one speaking.
        ("ujarnya Kepala Dinas Pendidikan, Rina Sari, belum bisa dimintai konfirmasi.",
         "Budi Santoso"),
        ("ujarnya Kepala Sekolah, Rina Sari, saat ditemui di sekolah.", "Rina Sari"),
        ("ujarnya Kepala Sekolah, Rina Sari, belum lama ini.", "Rina Sari"),
        ("ujarnya Kepala Sekolah, Rina Sari, didampingi para guru.", "Rina Sari"),
    ],
)
def test_an_office_after_a_verb_with_nya(attribution: str, speaker: str) -> None:
    assert speakers_of("Budi Santoso mengatakan rapat sudah selesai.",
                       f'"Kami sudah bekerja sepanjang malam," {attribution}') == [speaker]


_FESTIVAL = ('Wakil Bupati Sukamaju, Rina Sari, menghadiri festival.',
             '"Festival ini sangat meriah," kata Rina.')


@pytest.mark.parametrize(
    ("report", "speaker"),
    [
        # Someone named, then "Dia mengatakan": "imbuhnya" goes on with the one just named.
        ("Hadir juga Kementerian Pariwisata yang diwakili Deputi Kementerian Pariwisata, "
         "Budi Santoso. Dia mengatakan, festival ini masuk agenda nasional.", "Budi Santoso"),
        # A one-word name after the office that stands in ("diwakili"), in either spelling.
        ("Hadir juga Dinas Pariwisata yang diwakili Kepala Dinas Pariwisata, Suharno. Dia "
         "mengatakan, festival ini masuk agenda nasional.", "Suharno"),
        ("Hadir juga Kementerian Pariwisata yang diwakili Deputy Kementerian Pariwisata, "
         "Suharno. Dia mengatakan, festival ini masuk agenda nasional.", "Suharno"),
        # Near miss: "Pihaknya" before "Ia mengatakan" is no one-word name set off.
        ("Pihaknya mengatakan festival digelar tiap tahun. Ia mengatakan warga senang.",
         "Rina Sari"),
        # Near miss: a one-word name after no office is not introduced so.
        ("Hadir juga Dinas Pariwisata yang diwakili pegawainya, Suharno. Dia mengatakan, "
         "festival ini masuk agenda nasional.", "Rina Sari"),
        # Near-misses: no pronoun reporting speech, or one opening the paragraph, leave
        # "imbuhnya" with the one quoted before.
        ("Festival berlangsung tiga hari. Warga memadati alun-alun.", "Rina Sari"),
        ("Dia mengatakan, festival ini masuk agenda nasional.", "Rina Sari"),
        # The one just named is whom the subject spoke to: "dia" is not that person.
        ("Rina Sari mengaku sudah melapor kepada Kepala Dinas Pariwisata, Budi Santoso. "
         "Dia mengatakan, festival ini masuk agenda nasional.", "Rina Sari"),
    ],
)
def test_a_continuation_after_a_pronoun_reports_the_one_just_named(report: str,
                                                                   speaker: str) -> None:
    assert speakers_of(*_FESTIVAL, report,
                       '"Harapan kita setiap daerah menggelar festival," imbuhnya.') == [
        "Rina Sari", speaker]
