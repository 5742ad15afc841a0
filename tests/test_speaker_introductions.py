"""Who speaks, where the one quoted was introduced in a way earlier rules missed: a one-word
name after an organisation's short form, an office's field run into the name, a first name
written short, an age between a name and its verb, a role or "Kepala Negara" said later."""

from __future__ import annotations

import pytest
from readings import speakers_of


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A one-word name after an office and an organisation's short form in brackets: the
        # organisation's words before the bracket are no part of it.
        (("Ketua Himpunan Nelayan Pantai Utara (HNPU) Sutarmo mengatakan hasil tangkapan turun.",
          '"Solar mahal sekali," lanjutnya.', '"Kami rugi," kata Sutarmo.'),
         ["Sutarmo", "Sutarmo"]),
        # A programme's word after its short form is no name, and nobody is made up.
        (("Penerima Kartu Indonesia Pintar (KIP) Kuliah bertambah tahun ini.",
          '"Syaratnya mudah," kata dia.'), [None]),
        # Two name words after the short form were read before and still are.
        (("Ketua Ikatan Guru Daerah (IGD) Rina Kartika mengatakan gaji terlambat.",
          '"Sudah tiga bulan," katanya.'), ["Rina Kartika"]),
        # A river or the rest of a name after the short form, never speaking elsewhere
        (("Kepala Balai Besar Wilayah Sungai (BBWS) Citarum mengatakan petugas dikerahkan.",
          '"Kami fokus evakuasi warga," ujarnya.'), [None]),
    ],
)
def test_a_person_after_an_organisations_short_form(paragraphs: tuple[str, ...],
                                                     speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # An office's field run into a name a common first name opens: the field goes.
        ("kata Kepala Bidang Rehabilitasi Sosial Muhammad Fadli", "Muhammad Fadli"),
        ("ujar Kepala Seksi Pelayanan Hukum Abdul Rahman Saleh", "Abdul Rahman Saleh"),
        # "Moch" is Mochamad written short: it opens a fourth name word.
        ("kata Kepala Kantor OJK Moch Rizal F Hidayat", "Moch Rizal F Hidayat"),
        # A name of three words with no office before it stays whole.
        ("kata Budi Muhammad Yusuf", "Budi Muhammad Yusuf"),
        # A stray comma after the verb: the name after it still speaks.
        ("ungkap, Sumarni (48), pedagang sayur saat ditemui", "Sumarni"),
        ("tutur, Rudi Hartono, kepada wartawan", "Rudi Hartono"),
        # A commission's member is an office like "Ketua": the name after it speaks.
        ("kata Komisioner KPU Jabar, Rina Sari di Sukamaju, Jabar", "Rina Sari"),
        ("kata Komisioner KPU, Rina Sari", "Rina Sari"),
        # English spellings of an office ("Staff", "Deputy") are offices too: the name after
        # their comma speaks; a name that only begins like one ("Staffan") stays whole.
        ("kata Staff Kedaruratan dan Logistik BPBD Sukamaju, Jalaludin saat dihubungi",
         "Jalaludin"),
        ("kata Deputy Kementerian Pariwisata, Suharno", "Suharno"),
        ("kata Staffan Rudi Hartono", "Staffan Rudi Hartono"),
        # A baptismal name's initials open the name; an organisation's capitals do not.
        ("kata Wali Kota FX Budi Santoso", "FX Budi Santoso"),
        ("kata Ketua DPC PDIP FX Budi Santoso", "FX Budi Santoso"),
        ("kata Ketua DPC PDIP Budi Santoso", "Budi Santoso"),
    ],
)
def test_names_with_an_office_or_a_comma_before_them(attribution: str, speaker: str) -> None:
    assert speakers_of(f'"Kami sudah bekerja sepanjang malam," {attribution}.') == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A one-word name after "salah satunya", described as a person: introduced.
        (("Salah satunya Sukarti, warga Dusun Kemiri, Desa Sidomulyo. Perajin ini mengaku "
          "omzetnya turun.", '"Pesanan sepi sekali," katanya.'), ["Sukarti"]),
        # An age between a full name and the verb: introduced all the same.
        (("Salah seorang penerima asal Kecamatan Sukamaju, Dedi Kurnia (30) mengaku senang.",
          "Dedi Kurnia sendiri sudah lama memakai tongkat.",
          '"Terima kasih banyak," ujar dia kepada wartawan.'), ["Dedi Kurnia"]),
        # "Salah satunya" before a party's count is no person.
        (("Partai yang lolos ada sembilan. Salah satunya Golkar, partai lama.",
          '"Kami siap," katanya.'), [None]),
        # An aged victim inside the police chief's reported words: the chief speaks on.
        (("Kapolsek Sukamaju, AKP Budi Santoso, mengatakan korban Dani Saputra (22) mengaku "
          "dipukul.", '"Kami masih memburu pelaku," katanya.'), ["Budi Santoso"]),
    ],
)
def test_people_introduced_with_an_age_or_after_salah_satunya(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "Kepala Negara" is the president the article named.
        (("Presiden Joko Widodo meresmikan bendungan di Kabupaten Sukamaju.",
          '"Air untuk sawah petani," sambung Kepala Negara.'), ["Joko Widodo"]),
        # No president named: the words as written, as before.
        (('"Air untuk sawah petani," sambung Kepala Negara.',), ["Kepala Negara"]),
        # A preacher introduced with his role, then called by it, capitalised or not.
        (("Bertindak sebagai khatib, Tgk Hasan Basri.", '"Mari saling memaafkan," kata Khatib.'),
         ["Hasan Basri"]),
        # Somebody called by the word is that person, not the role.
        (("Bertindak sebagai hakim ketua, Sutrisno. Hadir pula saksi Lukman Hakim.",
          '"Saya melihatnya," kata Hakim.'), ["Lukman Hakim"]),
        # A witness whose name is the role's word
        (("Sidang dipimpin hakim ketua, Suryanto Wibowo.",
          "Saksi pertama adalah Hakim (45), warga Kecamatan Rungkut.",
          '"Saya menyetor uang dua kali," kata Hakim.'), ["Hakim"]),
        # A title said alone is the one person the article named with it; two such, or
        # nobody, and the title stays as written.
        (("Romo Yohanes selaku ketua yayasan berharap kerukunan terjaga.",
          '"Kita berbeda tetapi tetap satu," terang Romo.'), ["Yohanes"]),
        (("Romo Yohanes dan Romo Paulus hadir dalam acara itu.",
          '"Kita berbeda tetapi tetap satu," terang Romo.'), ["Romo"]),
        (("Acara itu dihadiri para tokoh agama.",
          '"Kita berbeda tetapi tetap satu," terang Romo.'), ["Romo"]),
    ],
)
def test_an_office_or_a_role_said_again(paragraphs: tuple[str, ...],
                                        speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


_LEAD = ("Komisi IV menggelar rapat kerja pada Senin dengan menghadirkan Menteri Pertanian "
         "Budi Santoso serta jajaran pimpinan tiga badan.")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A name ending its sentence is the one the next sentence's "Ia" stands for.
        ("Rapat dipimpin oleh Wakil Ketua Komisi IV, Rina Kartika Dewi. Ia membuka sidang. "
         "“Rapat ini saya nyatakan dibuka,” ujarnya.", "Rina Kartika Dewi"),
        # The doer after a passive verb and "oleh" is the sentence's actor.
        ("Rapat dipimpin oleh Rina Kartika Dewi. “Rapat ini saya nyatakan dibuka,” ujarnya.",
         "Rina Kartika Dewi"),
        # Counter-examples: a subject already named keeps the sentence, and "oleh" after
        # no passive verb names no actor.
        ("Budi Santoso menghadiri rapat yang dipimpin oleh Rina Kartika Dewi. “Kami siap "
         "menjawab semua pertanyaan,” ujarnya.", "Budi Santoso"),
        ("Rapat ini penting oleh karena itu Rina Kartika Dewi hadir. “Kami siap menjawab "
         "semua pertanyaan,” ujarnya.", "Budi Santoso"),
    ],
)
def test_the_one_leading_after_a_passive_verb_speaks_next(paragraph: str, speaker: str) -> None:
    assert speakers_of(_LEAD, paragraph) == [speaker]


def test_a_four_word_name_is_whole_when_its_first_word_is_used_alone() -> None:
    assert speakers_of(
        "Sidang dibuka oleh Wakil Ketua Komisi IV, Dede Yusuf Macan Effendi.",
        "Dede menjelaskan bahwa kuorum tercapai. “Rapat terbuka untuk umum,” jelasnya.",
    ) == ["Dede Yusuf Macan Effendi"]
    # Counter-example: with no sign that the first word is the name's, the usual three.
    assert speakers_of(
        "“Rapat terbuka untuk umum,” kata Wakil Ketua Komisi IV, Dede Yusuf Macan Effendi.",
    ) == ["Yusuf Macan Effendi"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A verb of leading, opening or presenting names its doer as the one who speaks next.
        (("Diskusi itu dipandu oleh Ratna Sari Dewi.", "“Silakan bertanya,” ujarnya."),
         "Ratna Sari Dewi"),
        (("Gedung baru itu diresmikan oleh Hendra Wijaya Kusuma.",
          "“Semoga bermanfaat bagi warga,” katanya."), "Hendra Wijaya Kusuma"),
        (("Temuan itu diungkap oleh Sri Wahyuni Lestari, peneliti gempa BMKG.",
          "“Anomalinya terlihat sejak awal bulan,” ujarnya."), "Sri Wahyuni Lestari"),
        # Counter-examples: after any other passive verb the one named by "oleh" is chased,
        # claimed or reported by, and the speaker introduced before him keeps speaking.
        (("Kapolsek Cikarang, AKP Bambang Riyadi, menjelaskan pelaku sudah ditangkap. Pelaku "
          "sebelumnya dikejar oleh Dodi Firmansyah dan warga sekitar hingga ke terminal.",
          "“Pelaku masih kami periksa,” katanya."), "Bambang Riyadi"),
        (("Pengacara warga, Rudi Hartono, mengatakan tanah itu milik warga. Tanah itu lalu "
          "diklaim oleh Wawan Setiawan sebagai miliknya.", "“Kami punya sertifikat,” kata dia."),
         "Rudi Hartono"),
        (("Ketua RT setempat, Sugeng Riyadi, mengaku kaget. Kejadian itu dilaporkan oleh Yanti "
          "Kurniasih ke polisi.", "“Baru kali ini terjadi,” ujarnya."), "Sugeng Riyadi"),
    ],
)
def test_only_a_leading_verb_makes_the_one_after_oleh_speak(
        paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_of(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A four-word run whose last word is a place is a name and where he is from.
        (("Ketua panitia, Joko Susilo Pratama Bandung, menyebut ribuan orang hadir. Joko "
          "mengatakan acara lancar.", "“Kami puas,” ujar Joko."), "Joko"),
        (("Ketua karang taruna, Rahmat Hidayat Nugroho Cibeber, menyebut pemuda di Cibeber "
          "ikut membantu. Rahmat mengatakan acara lancar.", "“Kami puas,” ujar Rahmat."),
         "Rahmat"),
        # A word opening a longer place name ("di Tanjung Morawa") is no place alone: a
        # surname such as Tanjung or Siregar stays in the name.
        (("Lomba digelar di Tanjung Morawa. Ketua panitia, Budi Ananda Putra Tanjung, menyebut "
          "ada 20 tim.", "“Semua sudah daftar,” kata Budi."), "Budi Ananda Putra Tanjung"),
        (("Ketua panitia, Joko Susilo Pratama Siregar, tinggal di Siregar Aek Nalas. Joko "
          "mengatakan acara lancar.", "“Kami puas,” ujar Joko."), "Joko Susilo Pratama Siregar"),
        # Counter-example: a last word no place is the name's own.
        (("Ketua karang taruna, Rahmat Hidayat Nugroho Wibisono, menyebut pemuda ikut "
          "membantu. Rahmat mengatakan acara lancar.", "“Kami puas,” ujar Rahmat."),
         "Rahmat Hidayat Nugroho Wibisono"),
    ],
)
def test_a_four_word_run_ending_in_a_place_is_no_whole_name(
        paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_of(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "dari X – Y": the run after a spaced dash past a preposition of place is a place.
        (("Kepala dinas, Budi Santoso, mengatakan bus siap. Dua bus berangkat dari Terminal "
          "Sukamaju – Pondok Asri, tiga bus lain dari Cibiru.", "“Sopir sudah dicek,” ujarnya."),
         "Budi Santoso"),
        # Counter-example: a dateline's dash has no preposition before it; the name speaks.
        (("Kepala dinas, Budi Santoso, mengatakan bus siap.",
          "Sukamaju – Rina Sari mengatakan sopir sudah dicek.", "“Semua sehat,” ujarnya."),
         "Rina Sari"),
        # a person described after the dash: "dari Bandara X – Rina Sari, ketua kloter, …"
        (("Rombongan berangkat dari Bandara Sukamaju – Rina Sari, ketua kloter, menyebut "
          "semua jemaah sehat.", "“Semua sehat,” ujarnya."), "Rina Sari"),
    ],
)
def test_the_run_after_a_dash_between_places_is_no_person(
        paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_of(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A name opening with an initial, "selaku" its office, then an official the clause
        # is about, with a verb of purpose ("untuk menyampaikan") that is nobody's speech.
        (("B. Rina Sari selaku ketua panitia aksi kecewa karena Bupati Sukamaju Hj. Dewi"
          " Lestari tidak menemui massa untuk menyampaikan tuntutan.",
          '"Kami akan bertahan di sini sampai malam," ungkapnya.'), ["B. Rina Sari"]),
        (("Rina Sari selaku ketua panitia aksi kecewa karena Bupati Sukamaju Dewi Lestari"
          " tidak datang untuk menyampaikan jawaban.",
          '"Kami akan bertahan di sini sampai malam," ungkapnya.'), ["Rina Sari"]),
        # Near miss: the official speaks in her own clause ("menyampaikan" is her verb).
        (("Rina Sari kecewa, sedangkan Camat Dewi Lestari menyampaikan bahwa"
          " tuntutan akan dibahas.", '"Kami akan membahasnya pekan depan," ungkapnya.'),
         ["Dewi Lestari"]),
        # Near miss: "oleh X selaku …" is a passive verb's agent, not the subject "-nya" means.
        (("Kepala Sekolah Sukamaju, Budi Santoso, mengatakan bantuan itu dipakai siswa.",
          "Bantuan diserahkan oleh Rina Sari selaku direktur perusahaan kepada sekolah.",
          '"Kami sangat berterima kasih," katanya.'), ["Budi Santoso"]),
    ],
)
def test_a_subject_in_office_keeps_the_pronoun_over_the_official_after_karena(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # A relative described in a "yang merupakan" clause, then her speech verb: she speaks,
        # not the one she is described by, and a quotation cut off at the end is hers too.
        (("Budi Santoso meninggal di Malaysia.",
          "Rina Sari yang merupakan kerabat Budi Santoso, mengungkapkan Budi meninggal karena"
          " sakit. Kabar itu datang pada Jumat.",
          '"Kami dapat kabar dari teman kerjanya di sana," ujarnya.',
          '"Kami belum tahu kapan jenazahnya tiba'), ["Rina Sari", "Rina Sari"]),
        # Near miss: a "yang" clause that is no description ("yang hadir") is left to the
        # earlier rules, which take the last full name before the pronoun.
        (("Budi Santoso meninggal di Malaysia.",
          "Rina Sari yang hadir di rumah duka bersama Budi Santoso, mengungkapkan kesedihannya.",
          '"Kami sangat kehilangan," ujarnya.'), ["Budi Santoso"]),
    ],
)
def test_a_speaker_described_in_a_yang_merupakan_clause(
        paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert speakers_of(*paragraphs) == speakers
