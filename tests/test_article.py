"""Plain text segmented into an Article: headline, byline, furniture, captions, headings, quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dengar.article import OPENING_TITLE, segment
from dengar.errors import NoBody
from dengar.model import Article, Block, Metadata, Source
from dengar.plaintext import parse_text

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vov-rusia-rdrk.txt"
SAMPLE_TITLE = "Rusia-RDRK Meningkatkan Hubungan dalam Hadapi Tekanan dari Barat"

LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."
MORE = "Pemerintah akan menggelar operasi pasar mulai besok di lima kota."


def segment_text(text: str) -> Article:
    return segment(parse_text(text))


def kinds(article: Article) -> list[str]:
    return [s.kind for s in article.segments]


# --- the sample article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> Article:
    return segment_text(SAMPLE.read_text(encoding="utf-8"))


def test_sample_headline_and_byline(sample: Article) -> None:
    assert sample.title == SAMPLE_TITLE
    assert sample.byline == "Quang Dung"
    assert kinds(sample)[:3] == ["headline", "byline", "lead"]
    # The wire tag is furniture: out of the text, listed as dropped, naming the publisher.
    assert sample.segments[2].text.startswith("Seiring dengan menghadapi")
    assert sample.publisher == "VOV World"


@pytest.mark.parametrize("lead, publisher", [
    ("(VOVWORLD) - Seiring dengan menghadapi sanksi berat dari Barat.", "VOV World"),
    ("(ANTARA) - Harga beras di pasar induk naik sejak pekan lalu.", "ANTARA"),
    ("(XYZ) - Harga beras di pasar induk naik sejak pekan lalu.", None),
    ("Harga beras di pasar induk naik sejak pekan lalu.", None),
])
def test_publisher_from_the_wire_tag_of_the_lead(lead: str, publisher: str | None) -> None:
    assert segment_text(f"Harga Beras Naik\n\n{lead}\n").publisher == publisher


@pytest.mark.parametrize("text, lead, spoken_opening", [
    # A dateline on a line of its own, a place and its dash, opens the lead.
    ("Harga Beras Naik\n\nSamarinda -\n\n" + LEAD + "\n\n" + BODY + "\n",
     LEAD, "Samarinda – " + LEAD),
    # An outlet's dateline alone on the first line is no headline.
    ("Garut, kabarkota.com\n\n" + LEAD + "\n\n" + BODY + "\n", LEAD, "Garut – " + LEAD),
    # A place the lead names and its outlet's code, joined by a hyphen: no author, no heading.
    ("Harga Beras Naik\n\nJakarta-KBR\n\n" + LEAD + "\n\n" + BODY + "\n",
     LEAD, "Jakarta – " + LEAD),
])
def test_a_dateline_on_its_own_line_opens_the_lead(text: str, lead: str,
                                                   spoken_opening: str) -> None:
    article = segment_text(text)
    opening = next(s for s in article.segments if s.kind == "lead")
    assert opening.text == spoken_opening
    assert all(s.kind != "heading" for s in article.segments)


@pytest.mark.parametrize("dateline, spoken", [
    ("KABARKITA.COM, BOGOR -- ", "Bogor – "),
    # A place alone after the first paragraph may be any sentence's opening: left.
    ("BOGOR - ", "BOGOR - "),
])
def test_a_tagged_dateline_after_a_deck_is_not_spoken(dateline: str, spoken: str) -> None:
    opening = ("Pasokan dari daerah berkurang sejak awal bulan.\n\n"
               "Foto: Pedagang beras menata dagangan di pasar induk.\n\n"
               "Harga beras medium naik dua kali dalam sebulan terakhir.\n\n")
    article = segment_text(f"Harga Beras Naik\n\n{opening}{dateline}{LEAD}\n\n{BODY}\n")
    texts = [s.text for s in article.segments]
    assert f"{spoken}{LEAD}" in texts


def test_sample_chapters(sample: Article) -> None:
    assert [c.title for c in sample.chapters] == [
        SAMPLE_TITLE, "Motivasi Baru bagi Hubungan Rusia-RDRK", "Kecemasan dari Pihak Ketiga",
    ]
    for chapter in sample.chapters[1:]:
        assert chapter.segments[0].kind == "heading"
        assert chapter.segments[0].text == chapter.title


def test_sample_quotes_and_speakers(sample: Article) -> None:
    quotes = [s for s in sample.segments if s.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Dmitry Peskov", "Jung Pak"]
    assert quotes[0].text.startswith("Presiden dan Menlu RDRK telah membahas")
    assert quotes[1].text.startswith("Seperti yang sudah berkali-kali kami singgung")
    assert not any(mark in q.text for q in quotes for mark in "“”\"")


def test_sample_scare_quote_stays_in_its_paragraph(sample: Article) -> None:
    holding = [s for s in sample.segments if "“alami”" in s.text]
    assert [s.kind for s in holding] == ["paragraph"]
    assert holding[0].text.startswith("Menurut para pakar, Rusia dan RDRK")


def test_sample_captions(sample: Article) -> None:
    captions = [s.text for s in sample.segments if s.kind == "caption"]
    assert len(captions) == 2
    assert captions[0].startswith("Presiden Rusia, Vladimir Putin menyambut")
    assert captions[1].startswith("Menlu Rusia, Sergei Lavrov")
    # The photo credit is not spoken.
    assert not any("Foto:" in caption for caption in captions)


def test_sample_furniture_is_dropped_and_listed(sample: Article) -> None:
    assert sample.dropped == (
        "Chia sẻ", "(VOVWORLD)", f"{SAMPLE_TITLE} - ảnh 1", "(Foto: KCNA)",
        f"{SAMPLE_TITLE} - ảnh 2", "(Foto: AFP / VNA)", "Komentar",
    )
    for s in sample.segments:
        assert "ảnh" not in s.text
        assert "Chia sẻ" not in s.text
        assert s.text != "Komentar"


def test_sample_text_is_normalised_and_spoken_left_empty(sample: Article) -> None:
    for s in sample.segments:
        assert "\u00a0" not in s.text
        assert "  " not in s.text
        assert s.text == s.text.strip()
        assert s.spoken == ""


def test_sample_is_deterministic(sample: Article) -> None:
    assert segment_text(SAMPLE.read_text(encoding="utf-8")) == sample


# --- headline and byline -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline_line", "byline"),
    [
        ("Quang Dung", "Quang Dung"),
        ("Siti Nurhaliza binti Ahmad", "Siti Nurhaliza binti Ahmad"),
        ("Robin van Persie", "Robin van Persie"),
        ("Oleh Andi Wijaya", "Andi Wijaya"),
        ("Oleh: Andi Wijaya", "Andi Wijaya"),
        ("Penulis: Rina Ayu", "Rina Ayu"),
        ("Laporan Wartawan Tribunnews.com, Rina Ayu", "Rina Ayu"),
    ],
)
def test_byline_variants(byline_line: str, byline: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{byline_line}\n{LEAD}\n{BODY}")
    assert article.byline == byline
    assert kinds(article) == ["headline", "byline", "lead", "paragraph"]
    # The segment holds the name, so it is spoken "Oleh <name>" whatever the prefix was.
    assert article.segments[1].text == byline


@pytest.mark.parametrize(
    "second_line",
    [
        "Andi Wijaya dan 3 Rekan",  # digits
        "Andi Wijaya.",  # final punctuation
        "Andi dari Jakarta Selatan",  # a lower-case word that is no particle
        "Andi Budi Citra Dewi Eka Fajar",  # more than five words
    ],
)
def test_lines_that_are_not_bylines(second_line: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{second_line}\n{LEAD}")
    assert article.byline is None
    assert "byline" not in kinds(article)


def test_a_label_repeating_the_headlines_first_words_is_no_byline() -> None:
    article = segment_text(f"Pameran Lukisan di Galeri Taman Budaya\nPameran Lukisan\n{LEAD}")
    assert article.byline is None
    assert article.dropped == ("Pameran Lukisan",)


def test_a_short_name_line_after_the_lead_is_a_heading_not_a_byline() -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\nLatar Belakang\n{BODY}")
    assert article.byline is None
    assert [c.title for c in article.chapters] == ["Harga Beras Naik", "Latar Belakang"]


def test_a_long_first_line_is_not_a_headline() -> None:
    first = " ".join(["Warga antre membeli beras murah di pasar induk pagi ini."] * 4)
    article = segment_text(f"{first}\n{BODY}")
    assert article.title is None
    assert [c.title for c in article.chapters] == [OPENING_TITLE]
    assert kinds(article) == ["lead", "paragraph"]


@pytest.mark.parametrize(("first", "title"), [
    # a paragraph of sentences that ends in its question: the copy has no headline
    ("Salah satu sasaran riset adalah anak-anak sekolah dari SD hingga SMA. Caranya yaitu "
     "dengan memancing imajinasi anak-anak sekolah itu. Konkretnya bagaimana?", None),
    # a headline's two short sentences, the second a question
    ("Harga Beras Naik Lagi. Kapan Turun?", "Harga Beras Naik Lagi. Kapan Turun?"),
])
def test_a_first_paragraph_ending_in_a_question(first: str, title: str | None) -> None:
    assert segment_text(f"{first}\n{BODY}").title == title


@pytest.mark.parametrize(("first", "address", "title"), [
    # the site's name after a bar, the site's address printed below
    ("Cuaca Buruk, Nelayan Libur Melaut | Harian Pagi", "harianpagi.co.id",
     "Cuaca Buruk, Nelayan Libur Melaut"),
    ("Cuaca Buruk, Nelayan Libur Melaut | Harianpagi.com", "", "Cuaca Buruk, Nelayan Libur Melaut"),
    # no address names the words after the bar: they are the headline's own
    ("Cuaca Buruk, Nelayan Libur Melaut | Harian Pagi", "",
     "Cuaca Buruk, Nelayan Libur Melaut | Harian Pagi"),
    ("Jokowi - Prabowo Bertemu di Istana", "harianpagi.co.id",
     "Jokowi - Prabowo Bertemu di Istana"),
    # words about the site, not its name: a company's news whose address the text gives
    ("Promo Ramadan Dimulai - Tokobagus Gelar Diskon Besar", "tokobagus.com",
     "Promo Ramadan Dimulai - Tokobagus Gelar Diskon Besar"),
    ("Tokobagus: Diskon Besar untuk Pedagang Kecil", "tokobagus.com",
     "Tokobagus: Diskon Besar untuk Pedagang Kecil"),
])
def test_the_sites_name_after_the_headline_is_not_read(first, address, title) -> None:
    article = segment_text(f"{first}\n{LEAD}\n{BODY} {address}".strip())
    assert article.title == title


# --- page furniture ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Chia sẻ", "CHIA SẺ", "Komentar", "KOMENTAR", "komentar", "0 Komentar", "Komentar 12",
     "Komentar (3)", "Bagikan", "bagikan", "Share", "SHARE", "Tweet", "Print", "Cetak", "cetak",
     "Baca juga: Harga Cabai Ikut Naik di Bandung"],
)
def test_furniture_lines_are_dropped_and_listed(label: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{label}\n{LEAD}\n{label}\n{BODY}")
    assert article.dropped == (label, label)
    assert kinds(article) == ["headline", "lead", "paragraph"]


@pytest.mark.parametrize(
    "line",
    ["Komentar warga soal harga beras beragam.", "Bagikan beras kepada warga miskin.",
     "Cetak biru pembangunan kota baru disiapkan."],
)
def test_labels_inside_sentences_are_not_furniture(line: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{line}")
    assert article.dropped == ()
    assert article.segments[-1].text == line


# --- captions, headings, lead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "prefix"),
    [
        ("Harga Beras Naik - ảnh 1Pedagang menata karung beras di pasar (Foto: VNA)",
         "Pedagang menata karung beras di pasar", ("Harga Beras Naik - ảnh 1", "(Foto: VNA)")),
        ("Harga Beras Naik - Pedagang menata karung beras di pasar (Foto: Antara)",
         "Pedagang menata karung beras di pasar", ("Harga Beras Naik -", "(Foto: Antara)")),
        # a crawler glues the photo's alternative text (the headline) to its caption
        ("Harga Beras NaikPedagang menata karung beras di pasar (IDN Times/Rangga Erfizal)",
         "Pedagang menata karung beras di pasar",
         ("Harga Beras Naik", "(IDN Times/Rangga Erfizal)")),
    ],
)
def test_captions_glued_to_the_headline(line: str, caption: str, prefix: tuple[str, ...]) -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{line}\n{BODY}")
    assert [(s.kind, s.text) for s in article.segments if s.kind == "caption"] == [
        ("caption", caption)
    ]
    assert article.dropped == prefix


def test_headings_start_chapters() -> None:
    text = "\n\n".join([
        "Harga Beras Naik", LEAD, "Pasokan dari Daerah", BODY,
        "Langkah Pemerintah", "Pemerintah akan menggelar operasi pasar mulai besok.",
    ])
    article = segment_text(text)
    assert [c.title for c in article.chapters] == [
        "Harga Beras Naik", "Pasokan dari Daerah", "Langkah Pemerintah",
    ]
    assert [[s.kind for s in c.segments] for c in article.chapters] == [
        ["headline", "lead"], ["heading", "paragraph"], ["heading", "paragraph"],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Pasokan dari daerah berkurang.",  # final punctuation
        "Harga naik lagi?",  # a question without a question word or title case
        "Mengapa demikian?",  # a rhetorical question of two words
        "Kata pedagang:",
        "Ini adalah kalimat yang cukup panjang untuk menjadi judul bagian dalam berita ini",
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{line}\n{BODY}")
    assert len(article.chapters) == 1
    assert "heading" not in kinds(article)


@pytest.mark.parametrize(
    "question", ["Amankah Stok Gudang?", "Apa tanggapan pemerintah?",
                 "Haruskah warga menimbun beras?", "Di mana saja lokasi banjir?",
                 "Dimana lokasi banjir terparah?"])
def test_a_short_question_in_title_case_or_with_a_question_word_is_a_heading(question) -> None:
    text = "\n\n".join(["Harga Beras Naik", LEAD, question, BODY])
    article = segment_text(text)
    assert [c.title for c in article.chapters] == ["Harga Beras Naik", question]


@pytest.mark.parametrize(
    "items",
    [
        ["1. Budi Santoso, laki-laki, usia 40 tahun", "2. Siti Aminah, perempuan usia 35 tahun"],
        ["- 2 sdm gula pasir", "- Minyak goreng secukupnya untuk menggoreng"],
        ["• Beras medium", "• Beras premium"],
    ],
)
def test_list_items_written_as_text_are_never_headings(items: list[str]) -> None:
    article = segment_text("\n\n".join(["Harga Beras Naik", LEAD, *items, BODY]))
    assert "heading" not in kinds(article)
    assert kinds(article)[-1] == "paragraph"


@pytest.mark.parametrize(
    ("parts", "titles"),
    [
        (["1. Pasokan dari daerah berkurang", BODY, "2. Pemerintah siapkan operasi pasar", MORE],
         ["1. Pasokan dari daerah berkurang", "2. Pemerintah siapkan operasi pasar"]),
        # a section may open with its photo; a copy cut short may end on one
        (["1. Pasokan dari daerah berkurang", "Harga Beras NaikPedagang di pasar (IDN Times/Ani)",
          BODY, "2. Pemerintah siapkan operasi pasar",
          "Harga Beras NaikPetugas Bulog (IDN Times/Ani)"],
         ["1. Pasokan dari daerah berkurang", "2. Pemerintah siapkan operasi pasar"]),
        # the copy cut short in the last section's first sentence
        (["1. Pasokan dari daerah berkurang", BODY, "2. Pemerintah siapkan operasi pasar",
          "Kemudian, kata dia, pemerintah akan menyiap"],
         ["1. Pasokan dari daerah berkurang", "2. Pemerintah siapkan operasi pasar"]),
        # announced by a colon, not counting from 1, or items in a row: a list
        (["1. Pasokan dari daerah berkurang", "2. Pemerintah siapkan operasi pasar",
          "Kemudian, kata dia, pemerintah akan menyiap"], []),
        (["Tersangka dijerat dua pasal, yakni:", "1. Pasal 378 KUHP tentang penipuan", BODY,
          "2. Pasal 45A UU ITE", MORE], []),
        (["2. Pasokan dari daerah berkurang", BODY, "3. Pemerintah siapkan operasi pasar", MORE],
         []),
        (["1. Pasokan dari daerah berkurang", "2. Pemerintah siapkan operasi pasar", BODY], []),
    ],
)
def test_numbered_lines_over_their_own_paragraphs_are_headings(parts, titles) -> None:
    article = segment_text("\n\n".join(["Harga Beras Naik", LEAD, *parts]))
    assert [c.title for c in article.chapters] == ["Harga Beras Naik", *titles]


def test_a_list_item_the_format_marks_is_body_text_never_a_heading() -> None:
    blocks = (Block("Harga Beras Naik", "headline"), Block(LEAD),
              Block("Gula pasir secukupnya", "item"), Block("Tepung terigu", "item"),
              Block(BODY))
    article = segment(Source(blocks, format="html"))
    assert kinds(article) == ["headline", "lead", "paragraph", "paragraph", "paragraph"]


def test_a_short_line_not_followed_by_a_body_paragraph_is_no_heading() -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{BODY}\nSatu\nDua")
    assert kinds(article) == ["headline", "lead", "paragraph", "paragraph", "paragraph"]


def test_nbsp_and_runs_of_spaces_are_collapsed() -> None:
    article = segment_text(
        "  Harga\u00a0Beras  Naik \n\n\n Harga\u00a0 beras   naik tajam pekan ini. ")
    assert [s.text for s in article.segments] == ["Harga Beras Naik",
                                                  "Harga beras naik tajam pekan ini."]


# --- quotations in articles --------------------------------------------------------------


def test_quotes_in_an_article() -> None:
    text = "\n".join([
        "Harga Beras Naik", "Oleh Andi Wijaya", LEAD,
        "Kepala Dinas Perdagangan, Siti Aminah, menyatakan:",
        "“Kami akan menggelar operasi pasar di semua kecamatan.”",
        '"Stok di gudang masih cukup untuk tiga bulan," ujarnya.',
        "Warga menyebut operasi pasar itu “penyelamat dapur” mereka.",
    ])
    article = segment_text(text)
    quotes = [(s.text, s.speaker) for s in article.segments if s.kind == "quote"]
    assert quotes == [
        ("Kami akan menggelar operasi pasar di semua kecamatan.", "Siti Aminah"),
        ("Stok di gudang masih cukup untuk tiga bulan", "Siti Aminah"),
    ]
    assert article.segments[-1].kind == "paragraph"


def test_a_pronoun_after_a_heading_falls_back_to_the_last_person_named() -> None:
    text = "\n".join([
        "Harga Beras Naik", LEAD, '"Harga naik terus setiap hari," kata Budi Santoso.',
        "Suara Pedagang", '"Kami rugi besar bulan ini," kata dia.',
    ])
    article = segment_text(text)
    assert [s.speaker for s in article.segments if s.kind == "quote"] == ["Budi Santoso"] * 2


# --- no body -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n \u00a0 \n",
        "Harga Beras Naik",
        "Harga Beras Naik\nAndi Wijaya",
        "Chia sẻ\nKomentar\n0 Komentar\nBAGIKAN",
        "Harga Beras Naik\nKomentar\nShare",
    ],
)
def test_no_body_is_an_error(text: str) -> None:
    with pytest.raises(NoBody, match="no article body"):
        segment_text(text)


# --- hints and metadata from the reader ---------------------------------------------------


def blocks(*pairs: tuple[str, str | None]) -> tuple[Block, ...]:
    return tuple(Block(text, hint) for text, hint in pairs)  # type: ignore[arg-type]


def test_hinted_blocks_keep_their_roles() -> None:
    source = Source(blocks(
        ("Harga Beras Naik", "headline"),
        ("Pedagang menata karung beras di pasar", "caption"),
        ("Bagikan ke teman", "furniture"),
        (LEAD, None),
        ("Kepala Dinas Perdagangan Siti Aminah mengatakan:", None),
        ("Kami akan menggelar operasi pasar di semua kecamatan.", "quote"),
        ("Pasokan dari Daerah", "heading"),
        (BODY, None),
    ), format="html")
    article = segment(source)
    assert [(s.kind, s.text, s.speaker) for s in article.segments] == [
        ("headline", "Harga Beras Naik", None),
        ("caption", "Pedagang menata karung beras di pasar", None),
        ("lead", LEAD, None),
        ("paragraph", "Kepala Dinas Perdagangan Siti Aminah mengatakan:", None),
        ("quote", "Kami akan menggelar operasi pasar di semua kecamatan.", "Siti Aminah"),
        ("heading", "Pasokan dari Daerah", None),
        ("paragraph", BODY, None),
    ]
    assert article.dropped == ("Bagikan ke teman",)


def test_metadata_fills_what_the_text_does_not_say() -> None:
    metadata = Metadata(title="Harga Beras Naik | Harian", authors=("Rina Ayu", "Andi Wijaya"),
                        publisher="Harian", published=date(2024, 2, 5),
                        url="https://harian.example/beras", language="id")
    article = segment(Source(blocks((LEAD, None), (BODY, None)), metadata, "html"))
    assert (article.byline, article.publisher, article.published, article.url) == (
        "Rina Ayu, Andi Wijaya", "Harian", date(2024, 2, 5), "https://harian.example/beras")
    # The page title names the file and the first chapter but is not spoken.
    assert article.title == "Harga Beras Naik"
    assert [c.title for c in article.chapters] == ["Harga Beras Naik"]
    assert "headline" not in kinds(article)


@pytest.mark.parametrize(("title", "publisher", "url", "expected"), [
    ("Jokowi - Prabowo Bertemu di Istana Merdeka", None, None,
     "Jokowi - Prabowo Bertemu di Istana Merdeka"),
    ("Jokowi - Prabowo Bertemu di Istana Merdeka", "Harian", "https://harian.example/a",
     "Jokowi - Prabowo Bertemu di Istana Merdeka"),
    ("Harga Beras Naik - Harian Pagi", "Harian Pagi", None, "Harga Beras Naik"),
    ("Harga Beras Naik | Warta Kota", None, "https://www.wartakota.example/beras",
     "Harga Beras Naik"),
    ("Harga Beras Naik - Kompas.com", None, None, "Harga Beras Naik"),
    ("Harga Beras Naik - detikNews", None, None, "Harga Beras Naik"),
])
def test_a_title_loses_only_a_suffix_naming_the_site(title, publisher, url, expected) -> None:
    metadata = Metadata(title=title, publisher=publisher, url=url)
    article = segment(Source(blocks((LEAD, None), (BODY, None)), metadata, "markdown"))
    assert article.title == expected


def test_the_text_wins_over_metadata() -> None:
    metadata = Metadata(title="Lain", authors=("Orang Lain",), publisher="Situs")
    text = blocks(("Harga Beras Naik", "headline"), ("Oleh Rina Ayu", None),
                  (f"JAKARTA, KOMPAS.com - {LEAD}", None))
    article = segment(Source(text, metadata, "html"))
    assert (article.title, article.byline, article.publisher) == (
        "Harga Beras Naik", "Rina Ayu", "Kompas.com")
    assert article.language == "id"


def test_a_short_attributed_quote_is_a_quote_but_a_scare_quote_in_a_headline_is_not() -> None:
    article = segment_text(
        'Gubernur Minta Pasar Murah "Diperbanyak"\n\n'
        f"{LEAD}\n\n"
        '"Kami tambah semua," kata Gubernur Andi Wijaya.'
    )
    assert article.title == 'Gubernur Minta Pasar Murah "Diperbanyak"'
    assert [(s.text, s.speaker) for s in article.segments if s.kind == "quote"] == [
        ("Kami tambah semua", "Andi Wijaya")]


# --- a whole news page copied as text, furniture and all ------------------------------------

PAGE_COPY = """\
Home
Megapolitan
Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi
Harian.com - 12/03/2024, 08:15 WIB
Penulis Dani Prabowo | Editor Sandro Gatra
Bagikan:
0Komentar
Lihat Foto
HARIAN.com/DANI PRABOWO Warga mengungsi dengan perahu karet di Pondok Gede, Selasa (12/3/2024).
BEKASI, HARIAN.com - Banjir merendam ratusan rumah di Pondok Gede, Bekasi, sejak Senin malam.
Kepala Pelaksana BPBD Kota Bekasi Ali Sutanto mengatakan, 350 keluarga telah dievakuasi.
"Kami sudah mendirikan tiga posko pengungsian dan dapur umum," ujar Ali saat ditemui, Selasa.
Baca juga: Hujan Deras, Jalan Tol Tergenang
"Yang paling dibutuhkan sekarang selimut dan makanan bayi," katanya.
Warga Bertahan di Lantai Dua
Siti Rahmah, warga RT 05, mengaku sudah tiga kali mengalami banjir serupa tahun ini.
"Air naik cepat sekali, kami tidak sempat menyelamatkan barang," tutur Siti.
dibaca 1.234 kali
#banjir bekasi
Copyright 2008 - 2024 PT. Harian Digital. All Rights Reserved.
"""


def test_a_page_copied_as_text() -> None:
    article = segment_text(PAGE_COPY.replace("\n", "\n\n"))
    assert [(s.kind, s.text[:30], s.speaker) for s in article.segments] == [
        ("headline", "Banjir Rendam Ratusan Rumah di", None),
        ("byline", "Dani Prabowo", None),
        ("caption", "Warga mengungsi dengan perahu ", None),
        ("lead", "Bekasi – Banjir merendam ratus", None),
        ("paragraph", "Kepala Pelaksana BPBD Kota Bek", None),
        ("quote", "Kami sudah mendirikan tiga pos", "Ali Sutanto"),
        ("paragraph", "ujar Ali saat ditemui, Selasa.", None),
        ("quote", "Yang paling dibutuhkan sekaran", "Ali Sutanto"),
        ("paragraph", "katanya.", None),
        ("heading", "Warga Bertahan di Lantai Dua", None),
        ("paragraph", "Siti Rahmah, warga RT 05, meng", None),
        ("quote", "Air naik cepat sekali, kami ti", "Siti Rahmah"),
        ("paragraph", "tutur Siti.", None),
    ]
    assert (article.byline, article.publisher, article.published) == (
        "Dani Prabowo", "HARIAN.com", date(2024, 3, 12))
    assert article.dropped == (
        "Home", "Megapolitan", "Harian.com - 12/03/2024, 08:15 WIB", "Editor Sandro Gatra",
        "Bagikan:", "0Komentar", "Lihat Foto", "HARIAN.com/DANI PRABOWO", "HARIAN.com",
        "Baca juga: Hujan Deras, Jalan Tol Tergenang", "dibaca 1.234 kali", "#banjir bekasi",
        "Copyright 2008 - 2024 PT. Harian Digital. All Rights Reserved.",
    )


def test_a_full_name_in_the_headline_serves_a_short_name_in_the_body() -> None:
    article = segment_text(
        "Rina Kartikasari: Medali Emas Ini untuk Ibu\n\n"
        "Perenang asal Bandung itu menang di nomor 100 meter gaya bebas pada Minggu pagi.\n\n"
        '"Saya berlatih keras selama setahun penuh untuk ini," kata Kartikasari.\n'
    )
    quotes = [s for s in article.segments if s.kind == "quote"]
    assert article.title.startswith("Rina Kartikasari")
    assert [q.speaker for q in quotes] == ["Rina Kartikasari"]


def test_a_heading_before_any_body_text_is_a_deck():
    source = Source((Block("Harga Beras Naik Tajam", "headline"),
                     Block("Pasokan dari daerah berkurang sejak awal bulan", "heading"),
                     Block("Harga beras di Jakarta naik tajam pekan ini karena pasokan dari "
                           "daerah berkurang."),
                     Block("Stok Gudang", "heading"),
                     Block("Pedagang di pasar induk mengatakan stok mulai menipis.")),
                    Metadata(), format="html")
    kinds = [(s.kind, s.text[:11]) for s in segment(source).segments]
    assert ("deck", "Pasokan dar") in kinds and ("heading", "Stok Gudang") in kinds


def test_a_fact_box_under_the_headline_is_neither_headings_nor_the_lead() -> None:
    text = "\n".join(["Harga Beras Naik", "", "Komoditas: beras medium", "Wilayah: Jawa Barat",
                      "Status pasokan: menipis", "", LEAD, "", BODY])
    article = segment_text(text)
    assert len(article.chapters) == 1
    assert kinds(article) == ["headline", "paragraph", "paragraph", "paragraph", "lead",
                              "paragraph"]


def test_the_date_under_the_headline_is_the_publication_date_not_todays_above_it() -> None:
    article = segment_text("\n".join([
        "Jumat, 14 Maret 2025", "Harga Beras Naik", "Senin, 3 Februari 2025 | 22:53 WIB",
        LEAD, BODY]))
    assert article.published == date(2025, 2, 3)
    # a date alone in the text (an event's) is not the publication date
    article = segment_text("\n".join([
        "Rabu, 5 Maret 2025", "Harga Beras Naik", LEAD, "Sabtu, 15 Maret 2025", BODY]))
    assert article.published == date(2025, 3, 5)


def test_a_name_over_the_date_is_the_byline_even_under_a_teaser() -> None:
    # an author's box under a teaser quotation: the name, then the date
    article = segment_text("\n\n".join([
        "Harga Beras Naik", '"Stok aman sampai Lebaran," kata Budi.', "Rina Sari",
        "Kamis, 29 Oktober 2020 | 19:54 WIB", LEAD, BODY]))
    assert article.byline == "Rina Sari"
    assert all(s.kind != "heading" for s in article.segments)


def test_a_name_under_the_date_and_a_reading_time_is_the_byline() -> None:
    article = segment_text("\n\n".join([
        "Harga Beras Naik", "Pasokan dari daerah berkurang sejak awal bulan ini, kata pedagang.",
        "5 Agustus 2025\n10 menit membaca\nAdmin Warta", LEAD, BODY]))
    assert article.byline == "Admin Warta"
    assert all(s.kind != "heading" for s in article.segments)
