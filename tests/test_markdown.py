"""Markdown copies as scrapers and digest bots save them: escapes, media placeholders, decorated
metadata tables, image captions, generated summaries and the deck the metadata repeats."""

from __future__ import annotations

import pytest

from dengar.article import segment
from dengar.markdown import parse_markdown
from dengar.markup import strip_inline
from dengar.metafields import field_name

HEAD = "# Warga Menanam Pohon di Tepi Sungai\n\n"
LEAD = "Warga desa menanam seribu pohon di tepi sungai pada Minggu pagi bersama para pelajar.\n\n"


def texts(markdown: str) -> list[tuple[str | None, str]]:
    return [(b.hint, b.text) for b in parse_markdown(markdown).blocks]


# --- 1. backslash escapes -------------------------------------------------------------------

@pytest.mark.parametrize("markdown, expected", [
    ('\\"Kami siap menanam,\\" kata Budi.', '"Kami siap menanam," kata Budi.'),
    ("potong memanjang\\.", "potong memanjang."),
    ("harga \\*diskon\\* 50\\%", "harga *diskon* 50%"),
    ("\\[catatan redaksi\\]", "[catatan redaksi]"),
    ("\\[bukan tautan\\](contoh)", "[bukan tautan](contoh)"),
    ("akun \\@warga_kota", "akun @warga_kota"),
    ("folder C:\\\\data", "folder C:\\data"),
    ("\\# bukan judul", "# bukan judul"),
    ("baris ini berhenti\\", "baris ini berhenti"),
    ("jalan\\-jalan \\_pagi\\_", "jalan-jalan _pagi_"),
])
def test_commonmark_escapes_become_the_character(markdown, expected):
    assert strip_inline(markdown) == expected


def test_escaped_quotation_marks_leave_no_backslash():
    blocks = texts('\\"Pohon ini untuk anak cucu kami,\\" ujar Budi, Minggu (2/6/2025).\n')
    assert blocks == [(None, '"Pohon ini untuk anak cucu kami," ujar Budi, Minggu (2/6/2025).')]


def test_backslash_at_line_end_continues_the_paragraph():
    blocks = texts("Isian: pisang matang, potong memanjang\\\n(Bisa diganti keju parut)\n\nLain.\n")
    assert blocks == [(None, "Isian: pisang matang, potong memanjang (Bisa diganti keju parut)"),
                      (None, "Lain.")]


# --- 2. media placeholders --------------------------------------------------------------------

@pytest.mark.parametrize("placeholder", [
    "[img.2]", "\\[img.3\\]", "[embed.1]", "[video.1]", "[VIDEO_2]", "[ foto 4 ]", "[iklan.1]",
])
def test_placeholder_line_is_dropped(placeholder):
    assert texts(f"Paragraf pertama.\n\n{placeholder}\n\nParagraf kedua.\n") == [
        (None, "Paragraf pertama."), (None, "Paragraf kedua.")]


@pytest.mark.parametrize("markdown, expected", [
    ("Warga berkumpul [img.1] di balai desa.", "Warga berkumpul di balai desa."),
    ("Lihat [video 1](https://contoh.id/v) berikut.", "Lihat video 1 berikut."),
    ("[VIDEO] Banjir Rendam Pasar", "[VIDEO] Banjir Rendam Pasar"),
    ("Pasal 5 ayat [1] berlaku.", "Pasal 5 ayat [1] berlaku."),
])
def test_inline_placeholders_go_and_other_brackets_stay(markdown, expected):
    assert strip_inline(markdown) == expected


# --- 3. decorated metadata tables -----------------------------------------------------------

@pytest.mark.parametrize("label, name", [
    ("📰 Title", "title"), ("🏷️ Judul", "title"), ("✍️ Author", "authors"),
    ("👤 Penulis", "authors"), ("**Penulis:**", "authors"), ("🔗 Short URL", "url"),
    ("Link", "url"), ("📅 Tanggal", "published"), ("Published", "published"),
    ("Tanggal Terbit", "published"), ("📝 Description", "description"),
    ("Deskripsi", "description"), ("Sumber", "publisher"), ("✏️ Editor", ""),
    ("📂 Kategori", ""), ("Category", ""), ("Tags", ""), ("Provinsi", None),
    ("Jumlah Kasus", None),
])
def test_field_labels_are_read_without_decoration(label, name):
    assert field_name(label) == name


def test_emoji_metadata_table_is_metadata_and_never_spoken():
    source = parse_markdown(
        HEAD
        + "| Field | Value |\n|---|---|\n"
        "| 📰 Title | Warga Menanam Pohon di Tepi Sungai |\n"
        "| 📝 Description | Seribu pohon ditanam warga. |\n"
        "| 🔗 Short URL | http://contoh.id/Ab1 |\n"
        "| 👤 Author |  |\n"
        "| ✏️ Editor | Rina Lestari |\n"
        "| 📂 Kategori | Lingkungan |\n"
        "| Tags | pohon, sungai |\n\n"
        + LEAD
    )
    meta = source.metadata
    assert meta.title == "Warga Menanam Pohon di Tepi Sungai"
    assert meta.url == "http://contoh.id/Ab1"
    assert meta.description == "Seribu pohon ditanam warga."
    assert meta.authors == ()  # the empty Author row; the editor is not the author
    assert [b.text for b in source.blocks] == [
        "Warga Menanam Pohon di Tepi Sungai", LEAD.strip()]


def test_two_column_data_table_with_a_date_header_is_still_read():
    source = parse_markdown("| Tanggal | Kasus |\n|---|---|\n| 1 Mei | 20 |\n| 2 Mei | 35 |\n")
    assert [b.text for b in source.blocks] == ["Tanggal: 1 Mei; Kasus: 20.",
                                               "Tanggal: 2 Mei; Kasus: 35."]


def test_escaped_pipe_stays_inside_its_cell():
    source = parse_markdown("| Judul | Untung \\| Rugi |\n|---|---|\n| Penulis | Dewi |\n")
    assert source.metadata.title == "Untung | Rugi"


# --- 4. images and their captions ------------------------------------------------------------

ALT = "Warga menanam bibit mahoni di tepi Sungai Cikapundung, Minggu (2/6/2025)."


@pytest.mark.parametrize("image, expected", [
    (f"![{ALT}](https://contoh.id/a.jpg)", [("caption", ALT)]),
    (f"[![{ALT}](https://contoh.id/a.jpg)](https://contoh.id/galeri)", [("caption", ALT)]),
    ("![foto-pohon-01.jpg](https://contoh.id/a.jpg)", []),
    ("![Ilustrasi pohon](https://contoh.id/a.jpg)", []),
    ("![Warga Menanam Pohon di Tepi Sungai](https://contoh.id/a.jpg)", []),  # the headline
    ("![pohon](https://contoh.id/a.jpg 'Bibit mahoni siap ditanam')",
     [("caption", "Bibit mahoni siap ditanam")]),
    (f"![{ALT}](https://contoh.id/a.jpg)\n\n*Bibit mahoni di tepi sungai (Foto: Dewi)*",
     [("caption", "Bibit mahoni di tepi sungai (Foto: Dewi)")]),
])
def test_image_caption_from_title_italic_line_or_descriptive_alt(image, expected):
    blocks = texts(f"{HEAD}{image}\n\n{LEAD}")
    assert blocks[1:-1] == expected


# --- 5. generated summaries ------------------------------------------------------------------

BOT = ("Berikut ringkasan berita dalam satu paragraf: warga menanam pohon.\n\n"
       "Sekarang mari kita bahas sisi positif dan negatifnya.\n")


@pytest.mark.parametrize("tail", [
    f"---\n## Ringkasan\n\n{BOT}",
    f"## Ringkasan AI\n\n{BOT}",
    f"**TL;DR**\n\n{BOT}",
    f"---\n\n### 🤖 Summary\n\n- {BOT}",
    f"---\n{BOT}",  # no heading: the rule, then a sentence announcing the summary
])
def test_summary_at_the_end_is_furniture(tail):
    source = parse_markdown(HEAD + LEAD + tail)
    hints = [b.hint for b in source.blocks]
    assert hints[:2] == ["headline", None]
    assert set(hints[2:]) == {"furniture"}
    article = segment(source)
    assert "Sekarang mari kita bahas sisi positif dan negatifnya." in article.dropped
    assert all("ringkasan" not in s.text for s in article.segments)


def test_tldr_after_the_headline_is_dropped_up_to_the_next_section():
    blocks = texts(HEAD + "## TL;DR\n\n- Seribu pohon ditanam.\n\n## Latar Belakang\n\n" + LEAD)
    assert blocks == [("headline", "Warga Menanam Pohon di Tepi Sungai"),
                      ("furniture", "TL;DR"), ("furniture", "Seribu pohon ditanam."),
                      ("heading", "Latar Belakang"), (None, LEAD.strip())]


def test_summary_before_the_headline_is_dropped():
    blocks = texts("## Ringkasan\n\nWarga menanam pohon.\n\n---\n\n" + HEAD + LEAD)
    assert [h for h, _ in blocks] == ["furniture", "furniture", "headline", None]


@pytest.mark.parametrize("tail", [
    "## Ringkasan\n\nJadi, penanaman berlanjut tahun depan.\n",  # no rule before it
    "---\n## Kesimpulan\n\nJadi, penanaman berlanjut tahun depan.\n",  # a conclusion
    "---\n\nJadi, penanaman berlanjut tahun depan.\n",  # a rule before the last paragraph
])
def test_article_sections_named_like_a_summary_stay(tail):
    blocks = texts(HEAD + LEAD + tail)
    assert "furniture" not in [h for h, _ in blocks]
    assert blocks[-1] == (None, "Jadi, penanaman berlanjut tahun depan.")


# --- 6. the deck the metadata repeats --------------------------------------------------------

def test_paragraph_equal_to_the_description_is_the_deck():
    blocks = texts(
        HEAD + "Seribu  pohon ditanam WARGA di tepi sungai. \n\n"
        "| Field | Value |\n|---|---|\n"
        "| description | Seribu pohon ditanam warga di tepi sungai. |\n\n"
        + LEAD
    )
    assert blocks[1] == ("deck", "Seribu pohon ditanam WARGA di tepi sungai.")
    assert blocks[2] == (None, LEAD.strip())


def test_no_description_no_deck_hint():
    assert "deck" not in [h for h, _ in texts(HEAD + "Seribu pohon ditanam.\n\n" + LEAD)]


@pytest.mark.parametrize("markdown", [
    # The only paragraph: it is the article, not a deck.
    HEAD + "| description | Seribu pohon ditanam. |\n|---|---|\n| author | Dewi |\n\n"
    "Seribu pohon ditanam.\n",
    # Below a section heading: not the deck.
    HEAD + "| description | Seribu pohon ditanam. |\n|---|---|\n| author | Dewi |\n\n"
    + LEAD + "## Bibit\n\nSeribu pohon ditanam.\n\nBibit dari dinas.\n",
])
def test_description_match_outside_the_opening_is_not_the_deck(markdown):
    assert "deck" not in [h for h, _ in texts(markdown)]


def test_tldr_that_is_the_whole_copy_is_not_dropped():
    blocks = texts("## TL;DR\n\n" + LEAD)
    assert "furniture" not in [h for h, _ in blocks]
