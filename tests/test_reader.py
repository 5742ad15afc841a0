"""Reading input: encodings (literal Indonesian in legacy code pages), format sniffing, suffixes."""

from __future__ import annotations

import pytest

from dengar.decoding import declared_charset
from dengar.errors import BinaryInput, UndecodableInput
from dengar.reader import decode, parse_source, read_source, sniff_format

KALIMAT = "Menurut Dr. Budi, harga kopi “naik” 5 € di kafé Jakarta… kata pedagang."


@pytest.mark.parametrize("encoding", ["cp1252", "iso8859_15", "utf-8", "utf-8-sig", "utf-16",
                                      "utf-32"])
def test_indonesian_text_in_each_encoding_decodes_exactly(encoding):
    text = KALIMAT if encoding != "iso8859_15" else KALIMAT.replace("“", '"').replace(
        "”", '"').replace("…", "...")
    assert decode(text.encode(encoding)) == text


def test_latin1_text_decodes():
    text = "Kafé dan crème brûlée dijual di Bandung, kata pemilik toko itu."
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(encoding):
    text = "Warga Bandung menanam pohon di tepi sungai pada hari Minggu."
    assert decode(text.encode(encoding)) == text


def test_cp1252_page_declared_in_a_meta_tag_is_decoded_as_declared():
    page = ('<html><head><meta charset="windows-1252"><title>Kafé</title></head>'
            "<body><p>Kafé “Kopi” buka.</p></body></html>").encode("cp1252")
    assert declared_charset(page) == "cp1252"
    assert "Kafé “Kopi” buka." in decode(page, charset=declared_charset(page))


@pytest.mark.parametrize("meta, codec", [
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
    ("<meta charset='utf-8'>", "utf-8"),
    ('<meta charset="tidak-ada">', None),
    ("<p>charset=utf-8 tanpa meta</p>", None),
    ('<meta charset="utf-16">', "utf-8"),  # as browsers do: no NUL bytes, so not UTF-16
    ('<meta charset="rot13">', None),      # a Python codec, not a character set
])
def test_declared_charset(meta, codec):
    assert declared_charset(f"<html><head>{meta}</head></html>".encode()) == codec


def test_garbage_bytes_are_undecodable_not_cyrillic():
    with pytest.raises(UndecodableInput):
        decode(b"Berita \x81\x8d\x8f\x90\x9d hari ini\n")


def test_nul_bytes_that_are_not_utf16_are_binary():
    with pytest.raises(BinaryInput):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x02")


@pytest.mark.parametrize("text, fmt", [
    ("<!DOCTYPE html><html><body><p>Isi</p></body></html>", "html"),
    ("  <html lang='id'><body>Isi</body></html>", "html"),
    ("<body><p>Isi</p></body>", "html"),
    ("Judul\n" + "<p>paragraf</p><br>" * 6, "html"),
    ("# Judul Berita\n\nIsi berita di sini.", "markdown"),
    ("Judul\n\nIsi **penting** di sini.", "markdown"),
    ("Lihat [situs resmi](https://contoh.id) untuk rinciannya.", "markdown"),
    ("| Judul | Banjir |\n|---|---|\n", "markdown"),
    ("Judul Berita\nWarga menanam pohon. Harga < 5 dan > 2.", "text"),
])
def test_sniff_format(text, fmt):
    assert sniff_format(text.encode(), text) == fmt


def test_suffix_decides_but_txt_may_be_markdown():
    markdown = b"# Banjir di Kota\n\nWarga **mengungsi** ke masjid terdekat."
    assert parse_source(markdown, "a", ".txt").format == "markdown"
    assert parse_source(markdown, "a", ".md").format == "markdown"
    assert parse_source(b"Banjir di Kota\n\nWarga mengungsi.", "a", ".txt").format == "text"
    assert parse_source(b"<html><body><p>a</p></body></html>", "a", ".txt").format == "text"


def test_html_file_without_suffix_is_sniffed(tmp_path):
    page = tmp_path / "halaman"
    page.write_text(
        "<!doctype html><html lang='id'><head><title>Banjir di Kota</title></head><body>"
        "<article><h1>Banjir di Kota</h1><p>Warga kota itu mengungsi ke masjid dan sekolah "
        "terdekat setelah hujan deras turun sejak pagi, kata petugas.</p><p>Petugas "
        "mengatakan air mulai surut pada sore hari dan warga bisa pulang besok.</p>"
        "</article></body></html>", encoding="utf-8")
    source = read_source(str(page))
    assert source.format == "html"
    assert source.blocks[0].text == "Banjir di Kota"


def test_a_utf8_page_that_still_declares_latin1_is_read_as_utf8():
    # A browser re-saving a page as UTF-8 often keeps its old <meta charset=iso-8859-1>.
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"></head><body><p>Foto: Nama/©Warta.com® – kafé</p></body>'
            "</html>")
    data = page.encode("utf-8")
    assert "Foto: Nama/©Warta.com® – kafé" in decode(data, charset=declared_charset(data))


def test_real_latin1_bytes_under_a_latin1_declaration_stay_latin1():
    page = ('<html><head><meta charset="iso-8859-1"></head><body><p>Foto: ©Warta.com® '
            "kafé</p></body></html>")
    data = page.encode("latin-1")
    assert "Foto: ©Warta.com® kafé" in decode(data, charset=declared_charset(data))


@pytest.mark.parametrize("charset", ["utf-16", "punycode", "rot13", "UTF-32LE"])
def test_an_odd_declared_charset_still_decodes_the_page(charset):
    data = (f'<html><head><meta charset="{charset}"></head><body><p>Harga kafé naik.</p>'
            "</body></html>").encode()
    assert "Harga kafé naik." in decode(data, charset=declared_charset(data))


@pytest.mark.parametrize(
    ("saved", "read"),
    [
        # A page saved after a wrong decoding: UTF-8 read as Latin-1, then saved as UTF-8.
        ("kata KrisztiÃ¡n SÃ¡rneczky di PiszkÃ©stetÅ\x91",
         "kata Krisztián Sárneczky di Piszkéstető"),
        # Curly quotation marks and dashes of a sound text stay as they are.
        ("“Kami siap,” kata Budi — Jakarta.", "“Kami siap,” kata Budi — Jakarta."),
    ],
)
def test_mojibake_is_undone_and_sound_text_kept(saved: str, read: str) -> None:
    assert decode(saved.encode("utf-8")) == read
