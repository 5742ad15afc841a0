"""Quotations split out of paragraphs, and who said them."""

from __future__ import annotations

import pytest
from readings import speakers_of

from dengar import speech
from dengar.cast import Cast
from dengar.model import Segment
from dengar.people import read_paragraph
from dengar.quotes import double_marks, split_quotes


def kinds_and_texts(segments: tuple[Segment, ...]) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in segments]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("“Kami siap bekerja sama dengan semua.”", "Kami siap bekerja sama dengan semua."),
        ('"Kami siap bekerja sama dengan semua."', "Kami siap bekerja sama dengan semua."),
        # The full stop written after the closing mark ends the quotation.
        ("“Kami membahas semua bidang, termasuk bidang sensitif”.",
         "Kami membahas semua bidang, termasuk bidang sensitif."),
        ("“Kami bersedia menemui mereka tanpa prasyarat” .",
         "Kami bersedia menemui mereka tanpa prasyarat."),
        ("„Harga beras akan turun bulan depan.“", "Harga beras akan turun bulan depan."),
        # A text cut off inside its last quotation: the quotation runs to the end.
        ("“Tetap diam di rumah, jaga kesehatan, jaga", "Tetap diam di rumah, jaga kesehatan, jaga"),
        ("“Ya.”", "Ya."),
    ],
)
def test_a_paragraph_wholly_in_quotation_marks_is_one_quote(paragraph: str, quoted: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert kinds_and_texts(segments) == [("quote", quoted)]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Wakil Perwakilan Khusus AS urusan Korea, Jung Pak, menyatakan:", "Jung Pak"),
        ("Rapat berlangsung lama. Menteri Keuangan Sri Mulyani menegaskan:", "Sri Mulyani"),
        ("Budi Santoso mengatakan:", "Budi Santoso"),
        ("Kemudian Budi mengatakan bahwa:", "Budi"),
        ("Lee Ho-ryung, pakar di Institut Analisis Pertahanan Korea, mengatakan:", "Lee Ho-ryung"),
        ("Menurut Juru bicara Istana Presiden, Dmitry Peskov, dalam kunjungan ini, "
         "Presiden Rusia, Vladimir Putin membahas semua potensi kerja sama:", "Dmitry Peskov"),
        ("Menurut Presiden Joko Widodo, pembangunan harus merata:", "Joko Widodo"),
        ("Menurut Airlangga, jumlah pengguna terus naik:", "Airlangga"),
        ("Menurut para pakar, hal ini wajar:", None),
        ("Harga cabai naik tajam pekan ini.", None),
        ("", None),
    ],
)
def test_a_standalone_quote_is_attributed_from_the_introducing_sentence(
    intro: str, speaker: str | None
) -> None:
    segments, _ = split_quotes("“Kami akan terus bekerja untuk rakyat.”", intro)
    assert [s.speaker for s in segments] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "expected", "speaker"),
    [
        ('"Harga naik terus setiap hari," kata Budi Santoso.',
         [("quote", "Harga naik terus setiap hari"), ("paragraph", "kata Budi Santoso.")],
         "Budi Santoso"),
        ('"Kami akan menaikkan anggaran," ujar Menteri Keuangan Sri Mulyani.',
         [("quote", "Kami akan menaikkan anggaran"),
          ("paragraph", "ujar Menteri Keuangan Sri Mulyani.")],
         "Sri Mulyani"),
        ("“Pasar sudah mulai pulih,” tutur Siti Aminah di Jakarta, Senin (5/2/2024).",
         [("quote", "Pasar sudah mulai pulih"),
          ("paragraph", "tutur Siti Aminah di Jakarta, Senin (5/2/2024).")],
         "Siti Aminah"),
        ('Budi mengatakan, "Kami akan datang besok pagi."',
         [("paragraph", "Budi mengatakan,"), ("quote", "Kami akan datang besok pagi.")],
         "Budi"),
        ('Harga naik. Gubernur Ridwan Kamil menjelaskan, "Stok beras masih aman." '
         "Warga pun lega.",
         [("paragraph", "Harga naik. Gubernur Ridwan Kamil menjelaskan,"),
          ("quote", "Stok beras masih aman."), ("paragraph", "Warga pun lega.")],
         "Ridwan Kamil"),
        ("“Kami tidak akan mundur,” tegas Ketua Panitia Andi Wijaya.",
         [("quote", "Kami tidak akan mundur"), ("paragraph", "tegas Ketua Panitia Andi Wijaya.")],
         "Andi Wijaya"),
        ("“Semua berjalan sesuai rencana,” menurut Rina.",
         [("quote", "Semua berjalan sesuai rencana"), ("paragraph", "menurut Rina.")], "Rina"),
        ("“Ini bukan perkara yang mudah,” kata dokter.",
         [("quote", "Ini bukan perkara yang mudah"), ("paragraph", "kata dokter.")], None),
        # A closing mark typed the wrong way, glued to the speech verb after it.
        ("Lomba dibuka. “Kompetisi ini menjadi ajang berbagi ilmu “kata Ketua Panitia "
         "Andi Wijaya.",
         [("paragraph", "Lomba dibuka."), ("quote", "Kompetisi ini menjadi ajang berbagi ilmu"),
          ("paragraph", "kata Ketua Panitia Andi Wijaya.")], "Andi Wijaya"),
        # The same mark before an ordinary word opens a quotation.
        ("Andi Wijaya menyebut lomba itu “ajang berbagi ilmu bagi para instruktur”.",
         [("paragraph", "Andi Wijaya menyebut lomba itu"),
          ("quote", "ajang berbagi ilmu bagi para instruktur.")], "Andi Wijaya"),
        # A term in curly marks inside a straight quotation does not close it.
        ('"Lomba ini kami beri nama ”Desa Bersih” supaya warga ikut," ujar Andi Wijaya.',
         [("quote", "Lomba ini kami beri nama “Desa Bersih” supaya warga ikut"),
          ("paragraph", "ujar Andi Wijaya.")], "Andi Wijaya"),
        # A curly mark still closes a straight quotation before its speech verb.
        ('"Kami sudah siap,” kata Andi Wijaya.',
         [("quote", "Kami sudah siap"), ("paragraph", "kata Andi Wijaya.")], "Andi Wijaya"),
    ],
)
def test_an_inline_quote_is_split_out_and_attributed_from_its_sentence(
    paragraph: str, expected: list[tuple[str, str]], speaker: str | None
) -> None:
    segments, _ = split_quotes(paragraph)
    assert kinds_and_texts(segments) == expected
    assert [s.speaker for s in segments if s.kind == "quote"] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Menurut para pakar, kerja sama ini satu pilihan “alami” pada masa sulit.",
        'Warga menyebut jembatan itu "jembatan cinta" sejak lama.',
        "Ia menyebut kebijakan itu sebagai “langkah maju”.",
    ],
)
def test_scare_quotes_of_one_or_two_words_stay_in_the_paragraph(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert kinds_and_texts(segments) == [("paragraph", paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Hal itu ia sampaikan dalam diskusi bertajuk "Menguak Jaringan Calo Tiket" di Bogor.',
        "Tonton juga “Petani Muda Sukses Panen Melon di Lahan Kering” di kanal kami.",
        # A title copied with one word in lower case is still a title.
        'Ia pernah tampil di ajang pencarian bakat "The Indonesian next Big Star" tahun lalu.',
        # A short quoted term after a verb and a comma is no speech unless it ends as said
        # words do.
        'Warga menyebutnya, "kampung mati" karena sepi.',
        'Pemerintah menetapkan status "siaga bencana" tanggap darurat selama sepekan.',
        # A quoted term inside a sentence, a saying verb after it, is still a term.
        'Tren "healing" kata dia sudah jadi gaya hidup.',
        'Konsep "zero waste" tegas diterapkan di sekolah itu, kata Kepala Sekolah Budi Santoso.',
        # A title named as one, written as a sentence.
        'Koran itu memuat artikel berjudul "Main di liga kami saja, biarkan tim lain bermain." '
        "Artikel itu ramai dibagikan.",
        'Panitia mengusung tema "Bersama kita bangkit, bersama kita kuat" pada acara itu.',
        # A search term or a link's text named as one.
        'Pemeriksa fakta memasukkan kata kunci "lowongan kerja pabrik sepatu" ke mesin pencari.',
        'Unggahan berisi tautan "lowongan kerja PT Sinar Jaya" itu merupakan konten palsu.',
    ],
)
def test_a_quoted_title_stays_in_the_paragraph(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert kinds_and_texts(segments) == [("paragraph", paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        ('"Ini bukan virus biasa," ujarnya.', ["Christina"]),
        ('"Saya tahu saat itu saya sakit," kata dia.', ["Christina"]),
        ('"Saya tahu saat itu saya sakit," ungkap ia.', ["Christina"]),
        ('Ia mengatakan, "Kami semua harus tetap waspada."', ["Christina"]),
        # A pronoun resolves to the speaker named earlier in the same paragraph.
        ('"Harga naik terus," kata Budi. Dia menambahkan, "Stok masih cukup banyak."',
         ["Budi", "Budi"]),
        # A second quote with no attribution of its own continues the first one's speaker.
        ('"Harga naik terus," kata Budi. "Stok masih cukup banyak."', ["Budi", "Budi"]),
        # "Airlangga menjelaskan, …" names the speaker that "ujarnya" then refers to.
        ('Airlangga menjelaskan, pasar tumbuh. "Kami akan memperluas jaringan," ujarnya.',
         ["Airlangga"]),
    ],
)
def test_pronoun_attributions_resolve_to_the_last_named_speaker(
    paragraph: str, speakers: list[str]
) -> None:
    segments, cast = split_quotes(paragraph, cast=Cast("Christina"))
    assert [s.speaker for s in segments if s.kind == "quote"] == speakers
    assert cast.last == speakers[-1]


def test_a_pronoun_with_no_earlier_speaker_stays_unknown() -> None:
    segments, cast = split_quotes('"Ini bukan virus biasa," ujarnya.')
    assert [s.speaker for s in segments] == [None, None]
    assert cast.last is None


def test_a_quote_opening_a_paragraph_may_be_introduced_by_the_previous_one() -> None:
    segments, _ = split_quotes("“Kami siap membantu semua warga.” Bantuan tiba sore.",
                               intro="Bupati Anwar Sanusi menegaskan:")
    assert [(s.kind, s.speaker) for s in segments] == [("quote", "Anwar Sanusi"),
                                                       ("paragraph", None)]


def test_punctuation_left_between_quotes_is_dropped() -> None:
    segments, _ = split_quotes("“Kami siap membantu semua warga” .")
    assert kinds_and_texts(segments) == [("quote", "Kami siap membantu semua warga.")]
    segments, _ = split_quotes("Dia berkata: “kami siap membantu semua warga” — .")
    assert kinds_and_texts(segments) == [("paragraph", "Dia berkata:"),
                                         ("quote", "kami siap membantu semua warga")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Airlangga Hartarto mengatakan, QRIS kini ditakuti negara lain.", "Airlangga Hartarto"),
        ("Deputi Gubernur BI Filianingsih Hendarta menyebut, pengguna terus naik.",
         "Filianingsih Hendarta"),
        ("Menurut Airlangga, jumlah pengguna mencapai 56 juta.", "Airlangga"),
        ("Pemerintah, kata dia, tengah menjajaki kerja sama.", None),
        ("Jepang menyatakan kecemasan atas kerja sama itu.", None),
        ("Harga beras naik tajam pekan ini.", None),
    ],
)
def test_reported_speech_names_the_last_speaker(paragraph: str, speaker: str | None) -> None:
    assert read_paragraph(paragraph, Cast()).last == speaker


@pytest.mark.parametrize(
    "verb",
    ["kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "tandas", "sambung", "menyatakan",
     "mengatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menurut", "ucap", "imbuh",
     "tambah", "terang", "papar", "sebut", "urai", "beber", "klaim", "akui", "pungkas",
     "tukas", "seloroh", "kelakar", "tuding", "desak", "pinta", "harap", "ajak", "nilai",
     "lanjut", "tulis", "tutup", "bongkar", "kenang"],
)
def test_speech_verbs_are_data(verb: str) -> None:
    assert verb in speech.SPEECH_VERBS
    segments, _ = split_quotes(f'"Kami akan datang besok," {verb} Budi.')
    assert segments[0].speaker == "Budi"


# --- speakers across paragraphs: descriptions, short names, offices and places -------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A short name stands for the full name met earlier.
        (("Menteri Dalam Negeri Andi Wijaya Kusuma meminta pemda bergerak cepat.",
          '"Jangan tunggu sampai harga naik lagi," tutur Andi.'), ["Andi Wijaya Kusuma"]),
        # An office cut by "dan" still introduces the name after it.
        (("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Rudi Hartono "
          "meminta laporan.", '"Semua pegawai akan dinilai ulang tahun ini," ucap Rudi.'),
         ["Rudi Hartono"]),
        # A description ending in "itu"/"ini" stands for the last person named.
        (("Rudi Hartono mengatakan, penilaian dimulai bulan depan.",
          '"Yang malas akan kami tegur lebih dulu," kata kader Partai Maju itu.'),
         ["Rudi Hartono"]),
        (('"Pembaruan akan dikirim lewat udara bulan ini," kata Sonyx.',
          '"Pengguna cukup menyalakan ponselnya saja," tambah produsen ponsel '
          "asal Jepang ini."), ["Sonyx", "Sonyx"]),
        # The place an office governs is not part of the name.
        (('Wakil Bupati Garut Rudi Gunawan menuturkan, panen tahun ini buruk.',
          'Ia bercerita, petani rugi besar. "Pupuk datang terlambat dua bulan," ungkap dia.'),
         ["Rudi Gunawan"]),
        (('Gubernur Jawa Barat Ridwan Kamil menegaskan, "Stok beras di gudang masih aman."',),
         ["Ridwan Kamil"]),
        # A pronoun after a person introduced by an office, with no speech verb before it.
        (("Kepala Balai Karantina Kelas II Makassar Ahmad Fauzi Rahman memeriksa kapal di "
          "Pelabuhan Soekarno Hatta. Pada Senin sore, Fauzi merasa pusing.",
          '"Saya langsung istirahat di rumah dinas," ungkap dia.'), ["Ahmad Fauzi Rahman"]),
        # A quote with no attribution at all, right after a sentence about a named person.
        (("Rudi Gunawan menuturkan, panen tahun ini buruk.",
          'Rudi berharap petani bersabar. "Pupuk susulan dikirim pekan depan, semua kelompok'),
         ["Rudi Gunawan"]),
        # The name given after an office: "kata Direktur Pemasaran X Indonesia, Andi Pratama".
        (('"Kami yakin pasar siap untuk ponsel lipat," kata Direktur Pemasaran Ponselku '
          "Indonesia, Andi Pratama.",
          'Menurut Andi, penjualan naik. "Konsumen makin percaya pada kami," ujarnya.'),
         ["Andi Pratama", "Andi Pratama"]),
        # A lower-case office before the name introduces it too.
        (("Analis pasar komoditas Ibrahim Santoso menilai penurunan itu wajar.",
          '"Investor menunggu keputusan bank sentral," ujar Ibrahim.'), ["Ibrahim Santoso"]),
        # A long ministry name before the person is not part of the name.
        (("Menteri Pekerjaan Umum dan Perumahan Rakyat Budi Hartono menambahkan hal itu.",
          '"Tantangannya ada di pembebasan lahan," ucap Budi.'), ["Budi Hartono"]),
        # "demikian pernyataan tim X": a role word before the name.
        (('"Semua laporan warga sudah kami tindak lanjuti," demikian pernyataan tim Garuda '
          "Merah.",), ["Garuda Merah"]),
    ],
)
def test_speakers_resolved_across_paragraphs(
    paragraphs: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    "attribution", ["katanya", "ujarnya", "ujar dia", "tandasnya", "ucapnya", "sambungnya",
                    "tuturnya", "imbuhnya", "kata dia", "ungkap dia"],
)
def test_pronoun_attribution_forms(attribution: str) -> None:
    assert speakers_of("Budi Santoso mengatakan, harga naik.",
                       f'"Stok di gudang masih cukup," {attribution}.') == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("attribution", "source"),
    [("kata warga di lokasi itu", "warga"), ("ujar sumber tersebut", "sumber"),
     ("kata seorang pedagang di pasar ini", "seorang pedagang"),
     ("ujar seorang sumber kepada situs berita", "seorang sumber")],
)
def test_an_unnamed_source_is_the_speaker_as_written(attribution: str, source: str) -> None:
    assert speakers_of("Budi Santoso mengatakan, harga naik.",
                       f'"Stok di gudang sudah habis," {attribution}.') == [source]


def test_a_closing_mark_glued_to_the_next_sentence_still_closes() -> None:
    segments, _ = split_quotes("“Kami siap menang besok,”Ujar pelatih Shin Tae-yong.")
    assert [(s.kind, s.speaker) for s in segments][0] == ("quote", "Shin Tae-yong")


@pytest.mark.parametrize(
    "paragraph",
    [
        'Budi Santoso ditanya soal rencana itu. "Saya tidak tahu" kata Budi Santoso singkat.',
        'Ketika ditanya soal itu, "Belum tahu" kata Budi Santoso singkat.',
    ],
)
def test_a_short_unpunctuated_quotation_opening_a_clause_is_speech(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert ("quote", "Budi Santoso") in [(s.kind, s.speaker) for s in segments]


def test_an_inch_mark_does_not_turn_a_quotation_around() -> None:
    segments, _ = split_quotes('Budi membawa layar 14" ke acara itu. ”Kami siap menang,” kata '
                               "Budi Santoso.")
    assert ("quote", "Budi Santoso") in [(s.kind, s.speaker) for s in segments]


def test_a_one_word_quotation_a_saying_verb_follows_is_speech() -> None:
    segments, _ = split_quotes('"Alhamdulillah" kata Budi Santoso singkat.')
    assert [(s.kind, s.speaker) for s in segments][0] == ("quote", "Budi Santoso")


def test_a_quotation_opened_with_a_closing_mark_still_closes_at_the_next() -> None:
    segments, _ = split_quotes("”Kami siap menang nanti malam.”Pelatih Persib itu optimistis.")
    assert segments[-1] == Segment("paragraph", "Pelatih Persib itu optimistis.")


def test_a_closing_mark_and_a_space_opening_a_paragraph_open_a_quotation() -> None:
    segments, _ = split_quotes("” Alhamdulillah warga sangat antusias menyambut festival ini,” "
                               "kata Budi Santoso.")
    assert [(s.kind, s.speaker) for s in segments] == [
        ("quote", "Budi Santoso"), ("paragraph", None)]
    assert segments[0].text == "Alhamdulillah warga sangat antusias menyambut festival ini"


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        ('"Menghafal Alquran itu," lanjut Budi Santoso, "butuh waktu dan kesabaran."',
         [("quote", "Menghafal Alquran itu, butuh waktu dan kesabaran."),
          ("paragraph", "lanjut Budi Santoso.")]),
        ('"Apakah kami siap?" tanya Budi Santoso, "tentu saja, pemain sudah berlatih."',
         [("quote", "Apakah kami siap? tentu saja, pemain sudah berlatih."),
          ("paragraph", "tanya Budi Santoso.")]),
        # a new sentence after the attribution is a second quotation
        ('"Stok cukup," kata Budi Santoso. "Harga akan turun pekan depan."',
         [("quote", "Stok cukup"), ("paragraph", "kata Budi Santoso."),
          ("quote", "Harga akan turun pekan depan.")]),
        ('"Stok cukup," kata Budi Santoso. Ia menambahkan, "harga akan turun."',
         [("quote", "Stok cukup"), ("paragraph", "kata Budi Santoso. Ia menambahkan,"),
          ("quote", "harga akan turun.")]),
    ],
)
def test_a_quotation_the_attribution_interrupts_is_read_whole(paragraph, parts) -> None:
    segments, _ = split_quotes(paragraph)
    assert [(s.kind, s.text) for s in segments] == parts
    assert {s.speaker for s in segments if s.kind == "quote"} == {"Budi Santoso"}


def test_a_short_quotation_with_its_full_stop_outside_is_speech() -> None:
    segments, _ = split_quotes('Presiden Joko Widodo menegaskan, "Kami tidak mundur".')
    assert [(s.kind, s.speaker) for s in segments] == [
        ("paragraph", None), ("quote", "Joko Widodo")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Warga sudah diberi tahu sejak pagi.”Kegiatan penyemprotan akan terus dilakukan setiap "
        "pekan,” pungkasnya.",
        # With a space on both sides, after a sentence's end: still an opening mark.
        "Warga sudah diberi tahu sejak pagi. ” Kegiatan penyemprotan akan terus dilakukan "
        "setiap pekan,” pungkasnya.",
    ],
)
def test_a_closing_mark_typed_as_the_opening_one_opens_a_quotation(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert [s.kind for s in segments] == ["paragraph", "quote", "paragraph"]
    assert segments[1].text == "Kegiatan penyemprotan akan terus dilakukan setiap pekan"


@pytest.mark.parametrize(
    ("paragraph", "intro"),
    [
        # nothing closes and attributes it later: a stray mark in narration
        ("Perbaikan belum dilakukan sampai sekarang. ” Tarno berharap ada perhatian dari dinas.",
         "Nelayan sudah beberapa kali melapor."),
        # the paragraph before left a quotation open: the mark closes it
        ("Di leg kedua kami tetap menyerang. ” Pelatih itu memuji suporter, katanya.",
         "“Anak-anak bermain sangat disiplin malam ini."),
    ],
)
def test_a_spaced_closing_mark_after_a_sentence_opens_nothing_unless_closed_and_attributed(
        paragraph: str, intro: str) -> None:
    segments, _ = split_quotes(paragraph, intro)
    assert not any(s.kind == "quote" and s.text.startswith(("Tarno", "Pelatih"))
                   for s in segments)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A quotation open before it: the mark after the sentence's end closes it, as typed.
        "“Kami siap bertanding. ” Pelatih tim Budi Santoso optimistis anak asuhnya menang.",
        '"Kami siap bertanding. ” Pelatih tim Budi Santoso optimistis anak asuhnya menang.',
    ],
)
def test_a_closing_mark_after_a_sentence_closes_an_open_quotation(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert "” Pelatih" in " ".join(s.text for s in segments)


def test_written_words_after_tulisan_are_still_a_quotation() -> None:
    segments, _ = split_quotes('Ia mengunggah foto bersama ayahnya disertai tulisan: "Selamat '
                               'jalan, Papa. Terima kasih untuk semuanya."')
    assert [s.kind for s in segments] == ["paragraph", "quote"]


def test_a_banners_words_are_no_quotation() -> None:
    segments, _ = split_quotes('Massa membawa spanduk dengan tulisan "Usut tuntas kasus korupsi '
                               'ini" di depan gedung DPRD.')
    assert [s.kind for s in segments] == ["paragraph"]


def test_a_straight_opening_mark_closes_at_a_curly_closing_one() -> None:
    segments, _ = split_quotes('"Semua menteri bisa bicara, tapi harus satu suara,” kata Budi '
                               "Santoso di Jakarta, Kamis.")
    assert [(s.kind, s.text, s.speaker) for s in segments][:2] == [
        ("quote", "Semua menteri bisa bicara, tapi harus satu suara", "Budi Santoso"),
        ("paragraph", "kata Budi Santoso di Jakarta, Kamis.", None)]


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        # A curly opening mark closed by a straight one before the speech verb.
        ('“Lagu ini tentang rasa cemas, tentang menunggu semuanya runtuh," kata Rina Kartika '
         "dalam keterangannya.",
         [("Lagu ini tentang rasa cemas, tentang menunggu semuanya runtuh", "Rina Kartika")]),
        # A straight-quoted term inside a curly quotation does not close it.
        ('“Anak muda bilang "healing" kata lain untuk liburan,” ujar Rina Kartika.',
         [('Anak muda bilang "healing" kata lain untuk liburan', "Rina Kartika")]),
        ('“Kami tidak pernah bilang "menyerah," kami bilang "berhenti dulu",” tegas Rina '
         "Kartika.",
         [('Kami tidak pernah bilang "menyerah," kami bilang "berhenti dulu"', "Rina Kartika")]),
    ],
)
def test_a_curly_opening_mark_closes_at_a_straight_one_before_a_verb(
        paragraph: str, quotes: list[tuple[str, str | None]]) -> None:
    segments, _ = split_quotes(paragraph)
    assert [(s.text, s.speaker) for s in segments if s.kind == "quote"] == quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "’’Jalan itu rusak sejak tahun lalu,’’ kata Budi Santoso.",
        "‘‘Jalan itu rusak sejak tahun lalu,’’ kata Budi Santoso.",
        "''Jalan itu rusak sejak tahun lalu,'' kata Budi Santoso.",
        ",,Jalan itu rusak sejak tahun lalu,'' kata Budi Santoso.",
        # Opened with two single marks, closed with a straight double one.
        '’’Jalan itu rusak sejak tahun lalu," kata Budi Santoso.',
        # Opened with a curly double mark, closed with two single ones.
        "“Jalan itu rusak sejak tahun lalu,’’ kata Budi Santoso.",
        # The closing pair glued to the attribution.
        "‘’Jalan itu rusak sejak tahun lalu,’’kata Budi Santoso.",
    ],
)
def test_two_single_marks_typed_for_a_double_one_quote(paragraph: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert [(s.kind, s.text, s.speaker) for s in segments] == [
        ("quote", "Jalan itu rusak sejak tahun lalu", "Budi Santoso"),
        ("paragraph", "kata Budi Santoso.", None),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("’’Kami siap.’’", "“Kami siap.”"),
        ("Ia berkata: ''Kami siap''.", "Ia berkata: “Kami siap”."),
        ("(‘‘siap’’)", "(“siap”)"),
        ("‘’Kami siap,’’ kata Budi.", "“Kami siap,” kata Budi."),  # an opening and a closing mark
        # ‘’ typed to open and to close: the quotation closes, the narration after it is not in it
        ("‘’Kami buka sampai malam,‘’ ujar Sari. Ia lalu pergi.",
         "“Kami buka sampai malam,” ujar Sari. Ia lalu pergi."),
        ("Sari puas. ‘’Stan kami ramai.‘’ Ia tersenyum.",
         "Sari puas. “Stan kami ramai.” Ia tersenyum."),
        ("Kata ‘’siap‘’ sering dipakai.", "Kata “siap” sering dipakai."),
        # Apostrophes inside words, single-quoted scare quotes and an inch stay as typed.
        ("Pada hari Jum'at warga ikut 'healing' ke pantai.",
         "Pada hari Jum'at warga ikut 'healing' ke pantai."),
        ("Salat Jum’at, lalu ‘healing’.", "Salat Jum’at, lalu ‘healing’."),
        ("Jum''at", "Jum''at"),
        # a closing pair glued to the next word closes an open quotation, and nothing else
        ("‘’Kami siap,’’kata Budi.", "“Kami siap,”kata Budi."),
        ("Tanda,’’kosong.", "Tanda,’’kosong."),
        ("Layar 14'' itu mahal.", "Layar 14'' itu mahal."),
        ("Angka 1,,5 salah ketik.", "Angka 1,,5 salah ketik."),
        ("Tanda ’’ sendirian.", "Tanda ’’ sendirian."), ("Tanda ‘’ kosong.", "Tanda ‘’ kosong."),
        # After a digit a pair closes a quotation opened before it.
        ("''Saya pindah ke sini sejak 2005'', kata Budi.",
         "“Saya pindah ke sini sejak 2005”, kata Budi."),
        ("Film ''Laskar Pelangi 2'' tayang besok.", "Film “Laskar Pelangi 2” tayang besok."),
        ("Layar 14'' dan ''siap pakai''.", "Layar 14'' dan “siap pakai”."),
    ],
)
def test_double_marks_reads_only_pairs_that_open_or_close(text: str, read: str) -> None:
    assert double_marks(text) == read


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        # The quotation opened a paragraph before; its closing mark opens nothing here.
        ('Jalur itu kami buka lagi setelah hujan reda," imbuhnya. Disebutkan Budi Santoso, '
         "antrean kendaraan mencapai dua kilometer.", []),
        ('Stok beras kami cukup sampai Lebaran," kata Budi Santoso.', []),
        # A straight mark glued after a comma still opens when no speech verb follows it.
        ('Budi Santoso menjawab,"Stok beras kami cukup sampai Lebaran."',
         [("Stok beras kami cukup sampai Lebaran.", "Budi Santoso")]),
        ('Menurut Budi Santoso, "Stok beras kami cukup sampai Lebaran," katanya.',
         [("Stok beras kami cukup sampai Lebaran", "Budi Santoso")]),
        # glued to a quotation opening with a speech verb that a later mark closes: it opens
        ('Ketua RT, Budi Santoso, mengatakan,"tanya saja ke warga, jalan itu rawan banjir," '
         "ujar Budi.", [("tanya saja ke warga, jalan itu rawan banjir", "Budi Santoso")]),
        # glued, and the next mark opens a term after a space: the close of a quotation a
        # paragraph before, then its attribution
        ('Kami akan terus menolak sampai rencana ini dibatalkan,"kata ketua nelayan, Budi '
         'Santoso. Ia menyebut tuntutan "tolak tambang" sudah disampaikan.', []),
        # glued, but nothing closes it later: the close of a quotation a paragraph before
        ('Jalur itu kami buka lagi setelah hujan reda,"imbuhnya. Disebutkan Budi Santoso, '
         "antrean kendaraan mencapai dua kilometer.", []),
    ],
)
def test_a_straight_closing_mark_with_no_quotation_open_opens_none(
        paragraph: str, quotes: list[tuple[str, str | None]]) -> None:
    segments, _ = split_quotes(paragraph)
    assert [(s.text, s.speaker) for s in segments if s.kind == "quote"] == quotes


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # indirect speech with only a closing mark left by the copy
        ('Menurut dia, aplikasi itu membantu kader di setiap desa," tuturnya.',
         "Menurut dia, aplikasi itu membantu kader di setiap desa, tuturnya."),
        ("Menurut dia, aplikasi itu membantu kader di setiap desa.” ujarnya.",
         "Menurut dia, aplikasi itu membantu kader di setiap desa. ujarnya."),
        # the first person, but a speech verb or "menurut" reports it: still indirect
        ('Menurut dia, kami membantu kader di setiap desa," tuturnya.',
         "Menurut dia, kami membantu kader di setiap desa, tuturnya."),
        ('Ia mengatakan kita harus membantu kader di setiap desa," tuturnya.',
         "Ia mengatakan kita harus membantu kader di setiap desa, tuturnya."),
        # an inch, a mark inside a word, a term: kept as written
        ('Layar televisi itu berukuran 32" dan dijual murah.',
         'Layar televisi itu berukuran 32" dan dijual murah.'),
        ('Warga menyebut jalan itu "jalur maut" sejak lama.',
         'Warga menyebut jalan itu "jalur maut" sejak lama.'),
    ],
)
def test_a_lone_closing_mark_with_nothing_opened_is_not_read(paragraph: str, kept: str) -> None:
    segments, _ = split_quotes(paragraph)
    assert [(s.kind, s.text) for s in segments if s.kind == "paragraph"][0] == ("paragraph", kept)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kader tidak hanya kita suruh mendata warga. Kita juga melatih mereka,” ujarnya.",
        'Stok pupuk di gudang kami cukup sampai bulan depan," kata Budi Santoso.',
    ],
)
def test_words_in_the_first_person_before_a_lone_closing_mark_are_a_quotation(
        paragraph: str) -> None:
    # the copy left out the opening mark: the speaker's own voice is no indirect speech
    segments, _ = split_quotes(paragraph, "Budi Santoso meninjau gudang pupuk di Sukamaju.")
    assert [s.kind for s in segments] == ["quote", "paragraph"]
    assert segments[0].text.startswith(paragraph[:12])


@pytest.mark.parametrize(
    "paragraph",
    [
        # a third person reports the words
        "Pihaknya berharap pemerintah memperhatikan nasib kami pedagang kecil,” tuturnya.",
        "Ia mengajak pedagang agar kita semua tetap tenang,” imbuhnya.",
        # narration about the one named before, then his words
        "Budi tiba di balai kota bersama pedagang. Kami hanya minta waktu,” ujarnya.",
    ],
)
def test_reported_words_in_the_first_person_before_a_lone_closing_mark_stay_a_paragraph(
        paragraph: str) -> None:
    intro = "Koordinator pedagang, Budi Santoso, hadir dalam pertemuan itu."
    cast = split_quotes(intro)[1]
    segments, _ = split_quotes(paragraph, intro, cast)
    assert [s.kind for s in segments] == ["paragraph"]


@pytest.mark.parametrize(
    ("following", "speaker"),
    [
        ("Kalau begini terus, kami tidak bisa menanam cabai lagi”, kata Sutrisno.",
         "Sutrisno"),
        ('Kalau begini terus, kami tidak bisa menanam cabai lagi," ujar Budi Santoso.',
         "Budi Santoso"),
        # the next paragraph quotes someone of its own: nobody is carried back
        ('Sutrisno menambahkan, "Kami tidak bisa menanam cabai lagi," katanya.', None),
        # nothing closes it there: no attribution to read
        ("Harga cabai di pasar naik dua kali lipat sejak awal bulan.", None),
    ],
)
def test_a_quotation_left_open_is_said_by_whom_its_closing_names(
        following: str, speaker: str | None) -> None:
    segments, _ = split_quotes("“Kami sudah rugi besar. Harga pupuk naik tahun ini.",
                               "Harga pupuk melonjak sejak awal tahun.", None, following)
    assert [(s.kind, s.speaker) for s in segments] == [("quote", speaker)]


@pytest.mark.parametrize(
    "intro",
    [
        '"Kami sudah rugi besar. Harga pupuk naik dua kali lipat tahun ini.',
        "“Kami sudah rugi besar. Harga pupuk naik dua kali lipat tahun ini.",
    ],
)
def test_a_closing_mark_ending_a_quotation_opened_a_paragraph_before_stays(intro: str) -> None:
    # the quotation runs over two paragraphs: its closing mark is no stray
    paragraph = 'Kalau begini terus, kami tidak bisa menanam cabai lagi," kata Sutrisno.'
    segments, _ = split_quotes(paragraph, intro)
    assert not any(s.text == paragraph.replace('"', "") for s in segments)
