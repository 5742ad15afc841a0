"""Plain text segmented into an Article: headline, byline, furniture, captions, headings, quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dengar import furniture
from dengar.article import OPENING_TITLE, segment
from dengar.errors import NoBody
from dengar.model import Article
from dengar.plaintext import parse_text

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vov-rusia-rdrk.txt"
SAMPLE_TITLE = "Rusia-RDRK Meningkatkan Hubungan dalam Hadapi Tekanan dari Barat"

LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."


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
    assert sample.segments[2].text.startswith("(VOVWORLD) - Seiring dengan menghadapi")


@pytest.mark.parametrize("lead, publisher", [
    ("(VOVWORLD) - Seiring dengan menghadapi sanksi berat dari Barat.", "VOV World"),
    ("(ANTARA) - Harga beras di pasar induk naik sejak pekan lalu.", "ANTARA"),
    ("(XYZ) - Harga beras di pasar induk naik sejak pekan lalu.", None),
    ("Harga beras di pasar induk naik sejak pekan lalu.", None),
])
def test_publisher_from_the_wire_tag_of_the_lead(lead: str, publisher: str | None) -> None:
    assert segment_text(f"Harga Beras Naik\n\n{lead}\n").publisher == publisher


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
    assert captions[0].endswith("(Foto: KCNA)")
    assert captions[1].startswith("Menlu Rusia, Sergei Lavrov")
    assert "(Foto: AFP / VNA)" in captions[1]


def test_sample_furniture_is_dropped_and_listed(sample: Article) -> None:
    assert sample.dropped == (
        "Chia sẻ", f"{SAMPLE_TITLE} - ảnh 1", f"{SAMPLE_TITLE} - ảnh 2", "Komentar",
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
    assert article.segments[1].text == byline_line


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


@pytest.mark.parametrize(
    ("lead", "marker"),
    [
        ("(VOVWORLD) - Seiring dengan itu harga naik.", "(VOVWORLD) - "),
        ("(ANTARA) - Harga beras naik.", "(ANTARA) - "),
        ("JAKARTA, KOMPAS.com - Harga beras naik.", "JAKARTA, KOMPAS.com - "),
        ("**JAKARTA, KOMPAS.com** -- Harga beras naik.", "**JAKARTA, KOMPAS.com** -- "),
        ("KONTAN.CO.ID - JAKARTA. Harga beras naik.", "KONTAN.CO.ID - JAKARTA. "),
        ("TRIBUNNEWS.COM, JAKARTA --Harga beras naik.", "TRIBUNNEWS.COM, JAKARTA --"),
    ],
)
def test_agency_marker_data_matches_datelines(lead: str, marker: str) -> None:
    match = furniture.AGENCY_MARKER.match(lead)
    assert match is not None and match.group() == marker


@pytest.mark.parametrize(
    "lead",
    ["Harga beras naik - kata pedagang.", "Rusia-RDRK Meningkatkan Hubungan - ini kabarnya."],
)
def test_agency_marker_ignores_ordinary_sentences(lead: str) -> None:
    assert furniture.AGENCY_MARKER.match(lead) is None


# --- captions, headings, lead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "prefix"),
    [
        ("Harga Beras Naik - ảnh 1Pedagang menata karung beras di pasar (Foto: VNA)",
         "Pedagang menata karung beras di pasar (Foto: VNA)", "Harga Beras Naik - ảnh 1"),
        ("Harga Beras Naik - Pedagang menata karung beras di pasar (Foto: Antara)",
         "Pedagang menata karung beras di pasar (Foto: Antara)", "Harga Beras Naik -"),
    ],
)
def test_captions_glued_to_the_headline(line: str, caption: str, prefix: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{line}\n{BODY}")
    assert [(s.kind, s.text) for s in article.segments if s.kind == "caption"] == [
        ("caption", caption)
    ]
    assert article.dropped == (prefix,)


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
        "Apa kata pedagang?",
        "Kata pedagang:",
        "Ini adalah kalimat yang cukup panjang untuk menjadi judul bagian dalam berita ini",
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    article = segment_text(f"Harga Beras Naik\n{LEAD}\n{line}\n{BODY}")
    assert len(article.chapters) == 1
    assert "heading" not in kinds(article)


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


def test_a_pronoun_does_not_reach_back_across_a_heading() -> None:
    text = "\n".join([
        "Harga Beras Naik", LEAD, '"Harga naik terus setiap hari," kata Budi Santoso.',
        "Suara Pedagang", '"Kami rugi besar bulan ini," kata dia.',
    ])
    article = segment_text(text)
    assert [s.speaker for s in article.segments if s.kind == "quote"] == ["Budi Santoso", None]


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
