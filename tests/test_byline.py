"""Bylines: their forms, before or after the body, and not mistaken for headings."""

from __future__ import annotations

from datetime import date

import pytest
from readings import segment_lines

from dengar.article import segment
from dengar.byline import parse_byline
from dengar.plaintext import parse_text

HEADLINE = "Harga Beras Naik Tajam"
LEAD = "Harga beras di Jakarta naik tajam pekan ini karena pasokan dari daerah berkurang."
BODY = "Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan."
MORE = "Pemerintah berjanji menggelar operasi pasar di semua kecamatan mulai besok pagi."



@pytest.mark.parametrize(
    ("line", "name", "dropped", "published"),
    [
        ("Oleh Andi Wijaya", "Andi Wijaya", (), None),
        ("By Andi Wijaya", "Andi Wijaya", (), None),
        ("Penulis: Rina Sari | Editor: Budi Santoso", "Rina Sari", ("Editor: Budi Santoso",), None),
        # the editor's label after a space alone, no bar between them
        ("Wartawan: Rina Sari Editor: Budi Santoso", "Rina Sari", ("Editor: Budi Santoso",), None),
        ("Penulis : Rina Sari / Editor : Budi Santoso", "Rina Sari", ("Editor : Budi Santoso",),
         None),
        ("Laporan Wartawan Tribunnews.com, Rina Sari", "Rina Sari", (), None),
        ("Laporan: Rina Sari", "Rina Sari", (), None),
        ("detikcom/Rina Sari - detikFood Senin, 06 Des 2021 10:30 WIB", "Rina Sari",
         ("Senin, 06 Des 2021 10:30 WIB", "detikFood"), date(2021, 12, 6)),
        ("Andi Wijaya - detikinet", "Andi Wijaya", ("detikinet",), None),
        ("Siti Aminah / Jum'at, 3 Maret 2023 - 09:15 wib", "Siti Aminah",
         ("Jum'at, 3 Maret 2023 - 09:15 wib",), date(2023, 3, 3)),
        ("Siti Aminah | Rabu, 8 Mei 2024 | 10:05 WIB", "Siti Aminah",
         ("Rabu, 8 Mei 2024 | 10:05 WIB",), date(2024, 5, 8)),
        # the name glued to the weekday, no mark or space between them
        ("Rina SariSabtu, 15 November 2025 20:33 WIB", "Rina Sari",
         ("Sabtu, 15 November 2025 20:33 WIB",), date(2025, 11, 15)),
        ("(Reporter: Andi Wijaya | Editor: Siti Aminah)", "Andi Wijaya",
         ("Editor: Siti Aminah",), None),
        ("(Tim Redaksi: Andi Wijaya, Siti Aminah, Rina Sari)",
         "Andi Wijaya, Siti Aminah, Rina Sari", (), None),
        ("RINA SARI", "Rina Sari", (), None),
        ("Pewarta: Budi Santoso", "Budi Santoso", (), None),
        ("Peliput : Budi Santoso", "Budi Santoso", (), None),
        ("Jurnalis: Budi Santoso", "Budi Santoso", (), None),
        ("Penulis Dani Prabowo | Editor Sandro Gatra", "Dani Prabowo", ("Editor Sandro Gatra",),
         None),
        ("Rina Sari, Jurnalis", "Rina Sari", ("Jurnalis",), None),
        ("Andi Wijaya, Wartawan", "Andi Wijaya", ("Wartawan",), None),
        # The place the reporter files from, after a bar or an I typed for one.
        ("Laporan Rina Sari I Aceh Barat Daya", "Rina Sari", ("Aceh Barat Daya",), None),
        ("Laporan Rina Sari | Bandung", "Rina Sari", ("Bandung",), None),
        ("Laporan Reporter Tribun Lampung Noval Andriansyah", "Noval Andriansyah", (), None),
        ("Laporan Wartawan Tribunnews.com Rina Sari", "Rina Sari", (), None),
        ("Laporan oleh Rina Sari", "Rina Sari", (), None),
        # the town the reporter files from, in brackets after the name
        ("Laporan: Rina Sari (Bandung)", "Rina Sari", ("Bandung",), None),
        ("Penulis: Andi Wijaya (Aceh Barat Daya)", "Andi Wijaya", ("Aceh Barat Daya",), None),
        # the desk or the town a contributor writes for, before the name; the label mistyped
        ("Kontributor Travel, Rina Sari", "Rina Sari", ("Travel",), None),
        ("Kontributor Bandung, Rina Sari", "Rina Sari", ("Bandung",), None),
        ("Kontributor Gaya Hidup, Dewi Anggraini", "Dewi Anggraini", ("Gaya Hidup",), None),
        # a first author named after a month or a town, a degree or a job after the comma: no desk
        ("Penulis: Juni Rahayu, Siti Aminah", "Juni Rahayu, Siti Aminah", (), None),
        ("Oleh: Bandung Mawardi, Sri Lestari", "Bandung Mawardi, Sri Lestari", (), None),
        ("Oleh Juli, Rina Sari", "Juli, Rina Sari", (), None),
        ("Oleh Mei Lestari, S.Pd", "Mei Lestari, S.Pd", (), None),
        ("Oleh Bogor, S.Pd", "Bogor, S.Pd", (), None),
        ("Reporter: Juli Astuti, Kontributor Bandung", "Juli Astuti, Kontributor Bandung", (),
         None),
        ("Oleh: Solo, Kontributor Jateng", "Solo, Kontributor Jateng", (), None),
        ("Kontribtor : Rina Sari", "Rina Sari", (), None),
        ("Oleh Rina Sari, Andi Wijaya", "Rina Sari, Andi Wijaya", (), None),
        # the reporter's short label, an editor after a slash
        ("Rep: Andi Wijaya/ Red: Siti Aminah", "Andi Wijaya", ("Red: Siti Aminah",), None),
    ],
)
def test_byline_forms(line: str, name: str, dropped: tuple[str, ...],
                      published: date | None) -> None:
    found = parse_byline(line)
    assert found is not None
    assert (found.name, found.dropped, found.published) == (name, dropped, published)


@pytest.mark.parametrize(
    "line",
    ["Editor: Budi Santoso", "Harga beras naik.", "Oleh karena itu", "Pilihan Editor: Harga Naik",
     "Ia bekerja sebagai editor: pekerjaan yang sunyi",
     "Peliput kami melaporkan banjir.", "Ia bekerja sebagai jurnalis",
     "Jurnalis senior itu meliput banjir.", "Jurnalis: profesi yang berisiko",
     "Hal itu dikatakan Rina, reporter", "Laporan Kinerja Semester I Dinas Kesehatan",
     "Laporan Langsung | Gerbang Tol Cikatama", "Laporan Semester I Aceh Barat Daya",
     "Laporan reporter tribun lampung menunjukkan", "Laporan reporter Tribun Jambi menyebut",
     "Laporan oleh BPK menyebutkan kerugian negara", "Kontribusi: Rina Sari",
     "Laporan oleh Pedagang", "Laporan oleh Ombudsman", "Laporan oleh Warga",
     # "Teks:" labels a lyric or a document as often as the text's writer
     "Teks: contoh surat lamaran kerja", "Teks: Ampar-Ampar Pisang", "Teks Proklamasi dibacakan",
     "Repetisi: tiga kali",
     "Rep: 12 kali", "Kabarkita.com", "Beritaku.co.id", "Pangandaran-LHI",
     # a masthead typed with a space after the dot; a prefixed name with no town in brackets
     "KABAR KITA. COM", "Berita Kota. Net", "Laporan: Rina Sari (Kompas)",
     # a menu's listing of articles: "Oleh Kumpulan Berita …" would be read
     "Kumpulan Berita DPR RI", "Berita Terkini", "Indeks Berita Nasional", "Arsip Berita",
     # a phrase glued to a date, no name before it
     "Harga beras naikSabtu, 15 November 2025 20:33 WIB"],
)
def test_lines_that_name_no_author(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("closing", "byline", "dropped"),
    [
        ("Penulis : Rina Sari / Editor : Budi Santoso", "Rina Sari", ("Editor : Budi Santoso",)),
        ("(Reporter: Rina Sari | Editor: Budi Santoso)", "Rina Sari", ("Editor: Budi Santoso",)),
        ("(Tim Redaksi: Rina Sari, Andi Wijaya)", "Rina Sari, Andi Wijaya", ()),
        ("RINA SARI", "Rina Sari", ()),
        ("(Ditulis oleh Rina Sari)", "Rina Sari", ()),
        ("Kontribtor : Rina Sari", "Rina Sari", ()),
    ],
)
def test_a_byline_after_the_body(closing: str, byline: str, dropped: tuple[str, ...]) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, closing)
    assert article.byline == byline
    assert article.segments[-1].kind == "byline"
    assert article.dropped == dropped
    assert not any("Editor" in s.text for s in article.segments)


def test_a_byline_with_a_date_gives_the_publication_date() -> None:
    article = segment_lines(HEADLINE, "Siti Aminah / Jum'at, 3 Maret 2023 - 09:15 wib", LEAD)
    assert (article.byline, article.published) == ("Siti Aminah", date(2023, 3, 3))
    assert [s.kind for s in article.segments] == ["headline", "byline", "lead"]


@pytest.mark.parametrize(("line", "byline", "published"), [
    # the date first, then the credit with its label after a bar
    ("SENIN, 02 MEI 2022 | 00:06 WIB | LAPORAN: RINA SARI", "Rina Sari", date(2022, 5, 2)),
    ("Rabu, 8 Mei 2024 | Penulis: Andi Wijaya | Editor: Siti Aminah", "Andi Wijaya",
     date(2024, 5, 8)),
    # a read counter after the name marks it as the author
    ("12 Mar 2019 08:15:02 WIB | Andi Wijaya | dibaca 1204", "Andi Wijaya", date(2019, 3, 12)),
    ("Rabu, 8 Mei 2024 | Rina Sari | dilihat 310", "Rina Sari", date(2024, 5, 8)),
])
def test_a_date_then_a_credit_names_the_author(line: str, byline: str, published: date) -> None:
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert (article.byline, article.published) == (byline, published)
    assert [s.kind for s in article.segments] == ["headline", "byline", "lead", "paragraph"]


def test_a_date_then_a_credit_after_the_lead_is_the_byline() -> None:
    line = "SENIN, 02 APRIL 2018 | 11:54 WIB | LAPORAN: RINA SARI"
    article = segment_lines(HEADLINE, LEAD, line, BODY)
    assert (article.byline, article.dropped) == ("Rina Sari", ("SENIN, 02 APRIL 2018 | 11:54 WIB",))


@pytest.mark.parametrize("line", [
    # no label after the date: a rubric or a place; an editor is not the author
    "Rabu, 8 Mei 2024 | Rina Sari", "Rabu, 8 Mei 2024 | 10:05 WIB | Ekonomi",
    "Kamis, 01 Februari 2018 | 21:16 Wita - Editor: Siti Aminah",
    # a counter after a rubric or a place names no author
    "Rabu, 8 Mei 2024 | Ekonomi | dibaca 1204", "Rabu, 8 Mei 2024 | Jakarta | dibaca 88",
    "Rabu, 8 Mei 2024 | Seni Budaya | dibaca 1204", "Rabu, 8 Mei 2024 | Hukum Kriminal | dibaca 5",
])
def test_a_date_then_no_labelled_credit_names_no_author(line: str) -> None:
    assert parse_byline(line) is None


def test_a_date_line_is_not_spoken_and_dates_the_article() -> None:
    article = segment_lines(HEADLINE, "Rabu, 8 Mei 2024 | 10:05 WIB", LEAD, BODY)
    assert article.published == date(2024, 5, 8)
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert article.dropped == ("Rabu, 8 Mei 2024 | 10:05 WIB",)


def test_a_heading_right_after_the_headline_is_not_a_byline() -> None:
    # The rest of the text has headings of the same shape, so this one is a heading too.
    article = segment_lines(HEADLINE, "Latar Belakang", LEAD, BODY, "Langkah Pemerintah", MORE)
    assert article.byline is None
    assert [c.title for c in article.chapters] == [HEADLINE, "Latar Belakang",
                                                   "Langkah Pemerintah"]


def test_a_name_before_a_dateline_lead_is_a_byline_even_with_headings() -> None:
    article = segment_lines(HEADLINE, "Quang Dung", f"(ANTARA) - {LEAD}", BODY,
                            "Langkah Pemerintah", MORE)
    assert article.byline == "Quang Dung"
    assert [c.title for c in article.chapters] == [HEADLINE, "Langkah Pemerintah"]


def test_a_name_in_an_article_without_headings_is_a_byline() -> None:
    article = segment_lines(HEADLINE, "Quang Dung", LEAD, BODY)
    assert article.byline == "Quang Dung"


@pytest.mark.parametrize("heading", ["Laporan oleh Pedagang", "Laporan oleh Ombudsman"])
def test_a_chapter_on_who_reported_is_no_byline(heading: str) -> None:
    article = segment_lines(HEADLINE, LEAD, BODY, heading, MORE, "Stok beras kini mulai pulih.")
    assert article.byline is None
    assert [c.title for c in article.chapters] == [HEADLINE, heading]


def test_a_second_credit_line_is_furniture() -> None:
    article = segment_lines(HEADLINE, "Oleh Andi Wijaya", LEAD, BODY, "Penulis: Andi Wijaya")
    assert article.byline == "Andi Wijaya"
    assert [s.kind for s in article.segments] == ["headline", "byline", "lead", "paragraph"]


def test_a_channel_after_the_author_names_the_publisher() -> None:
    article = segment_lines(HEADLINE, "Rina Kusuma - detikinet", f"Jakarta - {LEAD}", BODY)
    assert (article.byline, article.publisher) == ("Rina Kusuma", "detikcom")
    assert article.dropped == ("detikinet",)


@pytest.mark.parametrize(("line", "name", "published"), [
    ("Rina Sari • 25 Januari 2019 11:51", "Rina Sari", date(2019, 1, 25)),
    ("Rina Sari , Jurnalis-Minggu, 24 September 2023 |04:15 WIB", "Rina Sari",
     date(2023, 9, 24)),
    ("Oleh Humas Dipublikasikan pada 24 April 2016", "Humas", date(2016, 4, 24)),
    ("oleh Rina Sari diperbarui 13 Feb 2017, 23:32 WIB", "Rina Sari", date(2017, 2, 13)),
])
def test_bylines_with_a_job_or_a_bullet_before_the_date(line, name, published) -> None:
    found = parse_byline(line)
    assert (found.name, found.published) == (name, published)


def test_a_tag_under_the_headline_is_not_the_lead() -> None:
    article = segment(parse_text("Harga Beras Naik Tajam\n\nharga beras\n\nRina Sari • 3 Mei "
                                 "2024 10:05\n\nHarga beras di Jakarta naik tajam pekan ini "
                                 "karena pasokan dari daerah berkurang."))
    assert [s.kind for s in article.segments] == ["headline", "byline", "lead"]
    assert "harga beras" in article.dropped


def test_a_place_and_a_date_are_no_byline() -> None:
    assert parse_byline("Jakarta • Senin, 2 Desember 2024") is None


def test_a_sentence_saying_data_was_updated_is_no_byline() -> None:
    assert parse_byline("Data Kemenhub diperbarui Senin, 2 Desember 2024") is None


def test_a_byline_with_its_date_after_a_dash() -> None:
    found = parse_byline("By Rina Sari - Sabtu, 15 Juli 2017 | 23:15 WIB")
    assert (found.name, found.published) == ("Rina Sari", date(2017, 7, 15))


@pytest.mark.parametrize("line", [
    "Budi Santoso ยท Senin, 17 Juni 2024 - 16:19 WIB",  # "·" decoded as Thai by a crawler
    "Budi Santoso · Senin, 17 Juni 2024 - 16:19 WIB",
    "Peliput : Budi Santoso",
    "Jurnalis: Budi Santoso",
])
def test_a_byline_under_the_headline_is_no_deck(line: str) -> None:
    article = segment_lines(HEADLINE, line, LEAD, BODY)
    assert article.byline == "Budi Santoso"
    assert [s.kind for s in article.segments] == ["headline", "byline", "lead", "paragraph"]


@pytest.mark.parametrize(("box", "byline", "dropped"), [
    # A byline box written as a list: the author, the date, and a label left empty.
    (("• Oleh Budi Santoso", "• 14 Juni 2017 - 09:26 WIB"), "Budi Santoso",
     ("14 Juni 2017 - 09:26 WIB",)),
    (("• Oleh :", "Senin, 16/Des/2019 06:33 WIB"), None,
     ("Oleh :", "Senin, 16/Des/2019 06:33 WIB")),
    (("NS/RN | Jumat, 26 Oktober 2018",), None, ("NS/RN | Jumat, 26 Oktober 2018",)),
    # a bare name in the box, next to the date
    (("• Rina Kusuma", "• 19 Apr 2018"), "Rina Kusuma", ("19 Apr 2018",)),
    (("• 3 Mei 2021", "• Budi Santoso"), "Budi Santoso", ("3 Mei 2021",)),
    (("Oleh Budi Santoso", "Laporan Budi Santoso I Aceh Barat Daya"), "Budi Santoso",
     ("Laporan Budi Santoso I Aceh Barat Daya",)),
])
def test_a_byline_box_is_not_read_as_text(box, byline, dropped) -> None:
    article = segment_lines(HEADLINE, *box, LEAD, BODY)
    assert article.byline == byline
    assert [s.kind for s in article.segments][-2:] == ["lead", "paragraph"]
    assert article.dropped == dropped


def test_a_list_item_that_only_starts_like_a_byline_stays_in_the_list() -> None:
    article = segment_lines(HEADLINE, LEAD, "• Oleh karena itu, warga diminta waspada.", BODY)
    assert [s.text for s in article.segments][2] == "• Oleh karena itu, warga diminta waspada."


@pytest.mark.parametrize("items", [
    # Lists in the body: dates a sentence announces, works and their authors.
    ("Tahapan penting yang perlu dicatat pemilih:", "• 27 Agustus 2024", "• 22 September 2024"),
    ("Buku yang dibahas:", "• Senja di Pelabuhan", "• Oleh Rina Ayu", "• Hujan Bulan Juni",
     "• Oleh Budi Santoso"),
    # names and dates of a schedule the text announces
    ("Jadwal piket posko:", "• Rina Kusuma", "• 19 April 2024", "• Budi Santoso"),
])
def test_a_list_in_the_body_is_no_byline_box(items) -> None:
    article = segment_lines(HEADLINE, LEAD, *items, BODY)
    assert article.byline is None and article.dropped == ()
    assert [s.text for s in article.segments][2:-1] == list(items)


@pytest.mark.parametrize("items", [
    # names and dates listed in turn at the top: a list, not one author and the date
    ("• Rina Kusuma", "• 19 April 1998", "• Budi Santoso", "• 3 Mei 2003"),
    ("• Rina Kusuma", "• 19 April 1998", "• Budi Santoso"),
    ("• Rina Kusuma", "• Budi Santoso", "• 19 April 1998"),
])
def test_names_listed_with_dates_at_the_top_are_no_byline(items) -> None:
    article = segment_lines(HEADLINE, *items, LEAD, BODY)
    assert article.byline is None
    texts = [s.text for s in article.segments]
    assert "• Rina Kusuma" in texts and "• Budi Santoso" in texts


def test_a_prefixed_byline_under_a_caption_and_its_credit_is_the_byline() -> None:
    article = segment_lines(HEADLINE, "Editor: Budi Santoso", "kabarpagi.com", "Ilustrasi pasar",
                            "Laporan Wartawan Kabarpagi.com, Rina Sari", LEAD, BODY)
    assert article.byline == "Rina Sari"
    assert "Laporan Wartawan Kabarpagi.com, Rina Sari" not in article.dropped


def test_one_letter_in_brackets_after_the_last_sentence_is_no_text() -> None:
    article = segment_lines(HEADLINE, LEAD, f"{BODY} (b)", "Kontributor : Rina Sari")
    assert article.segments[-2].text == BODY
    assert "(b)" in article.dropped


def test_a_byline_box_with_each_label_over_its_name() -> None:
    article = segment_lines(HEADLINE, LEAD, "Penulis:", "Rina Sari", "Editor:", "Budi Santoso",
                            BODY, MORE)
    assert article.byline == "Rina Sari"
    assert "Budi Santoso" in article.dropped
    assert [s.text for s in article.segments if s.kind == "paragraph"] == [BODY, MORE]


@pytest.mark.parametrize("label", ["Penulis:", "Editor:"])
def test_a_sentence_under_a_lone_label_stays_text(label: str) -> None:
    article = segment_lines(HEADLINE, LEAD, label, BODY, MORE)
    assert [s.text for s in article.segments if s.kind == "paragraph"] == [BODY, MORE]


@pytest.mark.parametrize("masthead", ["KABAR KITA. COM", "Kabarkita.co.id", "BERITA KOTA.NET"])
def test_a_site_name_under_the_headline_is_no_byline_and_not_read(masthead: str) -> None:
    article = segment_lines(HEADLINE, masthead, LEAD, BODY)
    assert article.byline is None
    assert [s.kind for s in article.segments] == ["headline", "lead", "paragraph"]
    assert masthead in article.dropped


@pytest.mark.parametrize(("lines", "byline"), [
    # initials and the outlet whose address the page prints: the byline, the outlet not read
    ((f"{HEADLINE} | Kabar Pagi", "RNS - Kabar Pagi", LEAD, BODY, "kabarpagi.co.id"), "Rns"),
    # no address of that outlet printed: the line is read as written
    ((HEADLINE, "RNS - Kabar Pagi", LEAD, BODY), None),
])
def test_initials_and_the_outlets_name_under_the_headline(lines, byline) -> None:
    article = segment_lines(*lines)
    assert article.byline == byline
    texts = [s.text for s in article.segments]
    assert ("RNS - Kabar Pagi" in texts) == (byline is None)
