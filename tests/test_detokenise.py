"""Tokenised plain text (every mark spaced apart) joined back; ordinary text left alone."""

from __future__ import annotations

import pytest

from dengar.article import segment
from dengar.detokenise import detokenise, is_tokenised
from dengar.normalize import spoken_form
from dengar.plaintext import parse_text


@pytest.mark.parametrize(
    ("tokenised", "joined"),
    [
        (  # a dateline, brackets, a date, a glued sentence end, a semicolon
            "BANDUNG , KOMPAS.com - Dinas Perhubungan ( Dishub ) menutup jalan layang , "
            "Senin ( 3 / 6 / 2024 ) .Sebelumnya , warga mengeluh ; jalan itu rusak , kata "
            "petugas .",
            "BANDUNG, KOMPAS.com - Dinas Perhubungan (Dishub) menutup jalan layang, "
            "Senin (3/6/2024).Sebelumnya, warga mengeluh; jalan itu rusak, kata petugas.",
        ),
        (  # a site name spaced apart from its domain ending
            "Banjir merendam kampung di Medan .KABARKOTA . COM - Air sungai meluap , Sabtu "
            "( 1 / 6 ) . Warga mengungsi , kata Kepala Desa , Rudi .",
            "Banjir merendam kampung di Medan.KABARKOTA.COM - Air sungai meluap, Sabtu "
            "(1/6). Warga mengungsi, kata Kepala Desa, Rudi.",
        ),
        (  # straight quotation marks paired by their count
            '" Kami sudah siap , " kata Budi , Selasa ( 4 / 6 ) . Menurut dia , panitia '
            'bekerja keras . Ia menambahkan , " Semua berjalan lancar . "',
            '"Kami sudah siap," kata Budi, Selasa (4/6). Menurut dia, panitia '
            'bekerja keras. Ia menambahkan, "Semua berjalan lancar."',
        ),
        (  # prices, times and decimals were never spaced and stay whole
            "Harga cabai naik menjadi Rp 45.000 per kilogram , Jumat ( 7 / 6 ) pukul 08.30 "
            "WIB . Di pasar , stok menipis , kata pedagang , Ani ( 45 ) .",
            "Harga cabai naik menjadi Rp 45.000 per kilogram, Jumat (7/6) pukul 08.30 "
            "WIB. Di pasar, stok menipis, kata pedagang, Ani (45).",
        ),
        (  # single quotation marks, and minute marks after a number
            "Penonton meneriakkan ' ganti pelatih ' setelah gol ( 12 ' , 80 ' ) , Minggu "
            "( 9 / 6 ) . Pelatih , kata dia , tetap tenang .",
            "Penonton meneriakkan 'ganti pelatih' setelah gol (12', 80'), Minggu "
            "(9/6). Pelatih, kata dia, tetap tenang.",
        ),
        (  # a score and a compound keep their dashes; curly marks join too
            "Tim Merah - Putih kalah 0 - 3 , Selasa ( 10 / 9 ) . Pelatih berkata , “ Kami "
            "belajar . ” Suporter kecewa , kata dia , lalu pulang .",
            "Tim Merah - Putih kalah 0 - 3, Selasa (10/9). Pelatih berkata, “Kami "
            "belajar.” Suporter kecewa, kata dia, lalu pulang.",
        ),
        (  # the clitic "nya" split off by the tokeniser goes back on its word
            "Saksi memenuhi panggilan nya , Rabu ( 8 / 5 ) . Kedua nya hadir , kata Budi , "
            "di Jakarta , Kamis . Mereka , kata dia , datang pagi .",
            "Saksi memenuhi panggilannya, Rabu (8/5). Keduanya hadir, kata Budi, di Jakarta, "
            "Kamis. Mereka, kata dia, datang pagi.",
        ),
        (  # a paragraph whose straight marks cannot be paired keeps them as they are
            'Ia berkata , " kami pulang . Warga , kata dia , sudah menunggu ( lama ) sejak '
            "pagi , Senin ( 3 / 6 ) .",
            'Ia berkata, " kami pulang. Warga, kata dia, sudah menunggu (lama) sejak '
            "pagi, Senin (3/6).",
        ),
    ],
)
def test_tokenised_text_is_joined_back(tokenised: str, joined: str) -> None:
    assert is_tokenised(tokenised)
    assert detokenise(tokenised) == joined


@pytest.mark.parametrize(
    "text",
    [
        # a stray space before a comma
        "Harga beras naik , kata pedagang di Pasar Minggu. Pembeli mengeluh, tetapi tetap "
        "membeli. Stok aman sampai Lebaran, ujar petugas. Operasi pasar digelar, Senin.",
        # a dateline's dash, a date, a time and a domain
        "JAKARTA, KOMPAS.com - Pemerintah menaikkan harga BBM, Senin (3/6/2024). Kenaikan "
        "itu berlaku pukul 14.00 WIB. Warga antre di SPBU, kata polisi. Stok aman, ujarnya.",
        # a price typed with a spaced full stop
        "Harga emas naik Rp 5 . 000 per gram, Senin. Pedagang menahan stok. Pembeli, kata "
        "dia, menunggu. Harga perak tetap, ujar pedagang. Pasar ramai.",
        # too few marks to tell, however spaced
        "Ia datang , lalu pergi .",
        # a list of items with dashes and spaced colons, as French-style typing
        "Syarat pendaftaran :\n- KTP asli.\n- Kartu keluarga.\n- Pas foto, dua lembar.\n"
        "Pendaftaran dibuka Senin (3/6), pukul 08.00 WIB. Biaya: gratis.",
    ],
)
def test_ordinary_text_is_left_exactly_as_it_is(text: str) -> None:
    assert not is_tokenised(text)
    assert detokenise(text) == text


TOKENISED_ARTICLE = (
    "SURABAYA , KOMPAS.com - Dinas Kesehatan Kota Surabaya ( Dinkes ) membuka posko "
    "vaksinasi di Balai Kota , Senin ( 3 / 6 / 2024 ) .Sebelumnya posko serupa dibuka di "
    "Taman Bungkul , Sabtu ( 1 / 6 / 2024 ) . Namun saat itu antrean warga terlalu panjang ."
    '" Kami menambah petugas agar warga tidak menunggu lama , " kata Kepala Dinas '
    "Kesehatan Surabaya Rina Wulandari di Balai Kota , Senin ( 3 / 6 / 2024 ) .Menurut Rina , "
    "vaksin yang tersedia cukup untuk dua pekan .Warga diminta membawa kartu identitas ."
)


def test_a_tokenised_article_is_read_as_written() -> None:
    article = segment(parse_text(TOKENISED_ARTICLE))
    assert [s.kind for s in article.segments] == [
        "lead", "paragraph", "quote", "paragraph", "paragraph", "paragraph",
    ]
    lead, before, quote, said, *_ = article.segments
    assert article.dropped == ("KOMPAS.com",)
    assert lead.text == (
        "Surabaya – Dinas Kesehatan Kota Surabaya (Dinkes) membuka posko vaksinasi di "
        "Balai Kota, Senin (3/6/2024)."
    )
    assert before.text.startswith("Sebelumnya posko serupa dibuka di Taman Bungkul, Sabtu")
    assert quote.text == "Kami menambah petugas agar warga tidak menunggu lama"
    assert quote.speaker == "Rina Wulandari"
    assert said.text.startswith("kata Kepala Dinas Kesehatan Surabaya Rina Wulandari")


def test_a_tokenised_date_is_read_as_a_date() -> None:
    lead = segment(parse_text(TOKENISED_ARTICLE)).segments[0]
    assert spoken_form(lead.text).endswith("Senin, tiga Juni dua ribu dua puluh empat.")


@pytest.mark.parametrize(
    ("tokenised", "paragraphs"),
    [
        (  # two glued sentence ends are fewer than unglueing's minimum: one paragraph
            "Warga , kata dia , antre sejak pagi .Petugas membagikan nomor , Senin ( 3 / 6 ) "
            ".Antrean mengular sampai ke jalan raya .",
            1,
        ),
        (  # three: a crawler's run-on text, cut into its paragraphs
            "Warga , kata dia , antre sejak pagi .Petugas membagikan nomor , Senin ( 3 / 6 ) "
            ".Antrean mengular sampai ke jalan raya .Polisi mengatur lalu lintas .",
            4,
        ),
    ],
)
def test_glued_sentence_ends_are_cut_only_from_run_on_text(
    tokenised: str, paragraphs: int
) -> None:
    assert len(parse_text(tokenised).blocks) == paragraphs
