"""Web pages into blocks and metadata: pages written here in the shape of real news pages."""

from __future__ import annotations

from datetime import date

import pytest
import trafilatura
from lxml import html as lxml_html

from dengar.errors import NotAnArticle
from dengar.webcaptions import find_captions
from dengar.webpage import MAX_ELEMENTS, MAX_HTML_CHARS, parse_html

PARAGRAPHS = [
    "BANDUNG, WARTA.com — Pemerintah kota mulai membangun jalur sepeda baru di sepanjang "
    "jalan utama pada pekan ini.",
    "Jalur itu akan menghubungkan stasiun kereta dengan kawasan kampus dan pasar tradisional.",
    '"Kami ingin warga bisa bersepeda dengan aman setiap hari," kata Wali Kota Andi Pratama '
    "dalam jumpa pers di balai kota, Senin (3/6/2024).",
    "Menurut dia, pembangunan tahap pertama ditargetkan selesai sebelum akhir tahun dan tidak "
    "akan menutup jalan bagi kendaraan bermotor.",
    "Sejumlah komunitas sepeda menyambut rencana itu, tetapi meminta pemerintah juga "
    "menyediakan tempat parkir sepeda di stasiun.",
]
SHARE = ('<ul class="share"><li><a href="#">Bagikan</a></li><li><a href="#">Tweet</a></li>'
         '<li><a href="#">44 komentar</a></li><li><a href="#">copy link</a></li></ul>')
TEASERS = ('<div class="terpopuler"><h3>Terpopuler</h3><ul>'
           + "".join(f'<li><a href="/berita/{i}"><img src="/t{i}.jpg">'
                     f"<h5>Berita populer nomor {i} hari ini</h5></a></li>" for i in range(8))
           + "</ul></div>")


def _never_called(*args: object, **kwargs: object) -> None:
    raise AssertionError("the page went on to be parsed or extracted")


def warta_page(extra_head: str = "", lang: str = "en", body_top: str = "") -> str:
    """A page shaped like a big Indonesian portal's article page."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Jalur Sepeda Baru Dibangun di Pusat Kota - Warta.com</title>
<meta name="author" content="Warta Cyber Media">
<meta property="og:site_name" content="WARTA.com">
<meta property="og:title" content="Jalur Sepeda Baru Dibangun di Pusat Kota - Warta.com">
<meta property="og:url" content="https://kota.warta.example/read/2024/06/03/jalur-sepeda">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-03T10:15:00+07:00">
{extra_head}
<script>var iklan = "Close Ads X"; function muat() {{ return 1; }}</script>
<style>.share {{ color: red; }}</style>
</head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a>
<a href="/indeks">Indeks Berita</a></div>
{body_top}
<div class="read">
<h2 class="judul">Jalur Sepeda Baru Dibangun di Pusat Kota</h2>
<div class="tanggal">Senin, 3 Juni 2024 | 10:15 WIB</div>
{SHARE}
<div class="photo"><img src="/foto/sepeda.jpg" alt=""><span class="author">WARTA.com/RINA AYU</span>
 Pekerja mengecat marka jalur sepeda di Jalan Merdeka, Bandung, Senin (3/6/2024).</div>
<div class="read-body">{paragraphs}
<blockquote>Jalur sepeda adalah bagian dari rencana kota rendah emisi yang kami susun sejak
tahun lalu bersama warga.</blockquote>
<h2>Tahap Kedua Tahun Depan</h2>
<p>Tahap kedua akan menyambung jalur itu ke kawasan perumahan di selatan kota pada tahun
depan, kata Andi.</p>
</div>
<table class="copy"><tr><td>Penulis</td><td>: Rina Ayu</td></tr>
<tr><td>Editor</td><td>: Budi Santoso</td></tr></table>
{SHARE}
</div>
{TEASERS}
<div class="footer">©2024 PT Warta Media. All Rights Reserved.</div>
</body></html>"""


@pytest.fixture(scope="module")
def warta():
    return parse_html(warta_page(), "warta.html")


def test_headline_is_the_title_without_the_site_name(warta):
    assert warta.blocks[0].text == "Jalur Sepeda Baru Dibangun di Pusat Kota"
    assert warta.blocks[0].hint == "headline"
    assert [b.text for b in warta.blocks].count("Jalur Sepeda Baru Dibangun di Pusat Kota") == 1


def test_metadata_from_the_page(warta):
    meta = warta.metadata
    assert meta.title == "Jalur Sepeda Baru Dibangun di Pusat Kota"
    assert meta.authors == ("Rina Ayu",)  # the company in <meta name=author> is not a byline
    assert meta.publisher == "WARTA.com"
    assert meta.published == date(2024, 6, 3)
    assert meta.url == "https://kota.warta.example/read/2024/06/03/jalur-sepeda"
    assert warta.format == "html"


def test_structure_is_kept(warta):
    hints = [(b.hint, b.text[:30]) for b in warta.blocks]
    assert ("caption", "WARTA.com/RINA AYU Pekerja men") in hints
    assert hints.index(("caption", "WARTA.com/RINA AYU Pekerja men")) == 1  # before the lead
    assert ("quote", "Jalur sepeda adalah bagian dar") in hints
    assert ("heading", "Tahap Kedua Tahun Depan") in hints
    assert [b.text for b in warta.blocks if b.hint is None][0] == PARAGRAPHS[0]
    assert sum(1 for b in warta.blocks if b.hint == "caption") == 1


@pytest.mark.parametrize("furniture", [
    "Bagikan", "Tweet", "komentar", "copy link", "Terpopuler", "Berita populer", "Close Ads",
    "Indeks Berita", "Home", "All Rights Reserved", "Editor", "iklan", "color: red",
])
def test_page_furniture_does_not_survive(warta, furniture):
    assert not any(furniture.lower() in b.text.lower() for b in warta.blocks)


def test_figcaption_and_caption_class_become_captions():
    page = warta_page(body_top=(
        '<figure><img src="/a.jpg"><figcaption>Warga bersepeda di taman kota. '
        "(Foto: Dewi)</figcaption></figure>"
        '<div class="caption-img"><p>Wali Kota Andi Pratama. (Foto: Rina/Warta)</p></div>'
    ))
    captions = [b.text for b in parse_html(page).blocks if b.hint == "caption"]
    assert captions[:2] == ["Warga bersepeda di taman kota. (Foto: Dewi)",
                            "Wali Kota Andi Pratama. (Foto: Rina/Warta)"]


def test_paragraphs_split_at_double_line_breaks_and_h1_headline():
    body = "<br><br>".join(PARAGRAPHS)
    page = (f"<html><head><title>Jalur Sepeda Baru</title></head><body><div class='kiri'>"
            f"<h1>Jalur Sepeda Baru</h1><div class='pic_artikel'><img src='/x.jpg'>"
            f"<span>Jalur sepeda di Bandung (ist)</span></div>"
            f"<div class='isi'><p>{body}</p></div></div></body></html>")
    source = parse_html(page)
    assert [b.hint for b in source.blocks][:2] == ["headline", "caption"]
    assert [b.text for b in source.blocks if b.hint is None] == PARAGRAPHS


@pytest.mark.parametrize(("inner", "expected"), [
    ("Menurut Kepala Pelaksana BPBD Kota Bekasi<br>ketinggian air mencapai satu setengah meter "
     "di beberapa titik pada Senin pagi.",
     ["Menurut Kepala Pelaksana BPBD Kota Bekasi ketinggian air mencapai satu setengah meter "
      "di beberapa titik pada Senin pagi."]),
    ("Banjir merendam tiga kecamatan di Kota Bekasi sejak Minggu malam.<br>"
     "Warga mulai mengungsi ke masjid dan sekolah terdekat pada Senin pagi.",
     ["Banjir merendam tiga kecamatan di Kota Bekasi sejak Minggu malam.",
      "Warga mulai mengungsi ke masjid dan sekolah terdekat pada Senin pagi."]),
])
def test_a_line_break_inside_a_sentence_does_not_split_it(inner, expected):
    body = f"<p>{inner}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f"<html><head><title>Banjir Bekasi</title></head><body><div class='isi'>"
            f"<h1>Banjir Bekasi</h1>{body}</div></body></html>")
    texts = [b.text for b in parse_html(page).blocks if b.hint is None]
    assert texts[:len(expected)] == expected


def test_language_declarations_are_read():
    page = warta_page(extra_head='<meta http-equiv="Content-Language" content="id">')
    assert parse_html(page).metadata.language == "id"
    assert parse_html(warta_page(lang="id-ID")).metadata.language == "id-ID"


def test_external_entities_and_entity_bombs_are_not_expanded(tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA SANDI RAHASIA", encoding="utf-8")
    laughs = "".join(
        f'<!ENTITY l{i} "{"".join(f"&l{i - 1};" for _ in range(10))}">' for i in range(1, 10)
    )
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY net SYSTEM "http://127.0.0.1:9/dtd"><!ENTITY l0 "haha">{laughs}]>'
            f"<html><head><title>Uji Entitas</title></head><body><article>"
            f"<p>Isi &xxe; dan &net; serta &l9; di sini.</p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    source = parse_html(page)
    spoken = " ".join(b.text for b in source.blocks)
    assert "RAHASIA" not in spoken and "hahahaha" not in spoken
    assert PARAGRAPHS[1] in spoken


@pytest.mark.parametrize("page", [
    "<html><head><title>Indeks Berita</title></head><body><ul>"
    + "".join(f'<li><a href="/b/{i}">Judul berita nomor {i} tentang kota</a></li>'
              for i in range(60)) + "</ul></body></html>",
    "<html><head><title>404</title></head><body><h1>404</h1><p>Halaman tidak ditemukan."
    "</p><a href='/'>Kembali ke beranda</a></body></html>",
    "<html><head><script>var a = 1;" + "a += 1;" * 500 + "</script><style>p { color: red; }"
    "</style></head><body><script>document.write('Memuat berita')</script></body></html>",
    "<html><body></body></html>",
])
def test_pages_without_an_article_are_refused(page):
    with pytest.raises(NotAnArticle, match="no article text"):
        parse_html(page)


def test_malformed_markup_is_read_as_far_as_it_goes():
    page = ("<html><head><title>Jalur Sepeda Baru</title><body><div><p>" + PARAGRAPHS[0]
            + "<p>" + PARAGRAPHS[1] + "<div><b>" + PARAGRAPHS[2] + "</i></p></span>"
            + "<p>" + PARAGRAPHS[3])
    texts = [b.text for b in parse_html(page).blocks]
    assert texts[0] == "Jalur Sepeda Baru"
    assert PARAGRAPHS[1] in texts and PARAGRAPHS[3] in texts


def test_deep_nesting_is_refused_clearly_not_a_recursion_error():
    depth = 100_000
    page = ("<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</div>" * depth + "</body></html>")
    with pytest.raises(NotAnArticle, match="nested more than 255"):
        parse_html(page, "dalam.html")


def test_moderate_nesting_is_read():
    page = ("<html><head><title>Jalur Sepeda Baru</title></head><body>" + "<div>" * 200
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" * 200 + "</body></html>")
    assert PARAGRAPHS[2] in [b.text for b in parse_html(page).blocks]


def test_a_20_mb_page_is_refused_before_it_is_parsed(monkeypatch):
    # how fast: bench/bench_pages.py; here, that lxml never sees the page
    monkeypatch.setattr(lxml_html, "document_fromstring", _never_called)
    page = warta_page(body_top="<p>" + "isi " * (5 * 2**20) + "</p>")
    assert len(page) > 20 * 2**20 > MAX_HTML_CHARS
    with pytest.raises(NotAnArticle, match=r"20\.0 MB of HTML, more than the 8 MB"):
        parse_html(page, "besar.html")


def test_a_page_with_too_many_elements_is_refused_before_extraction(monkeypatch):
    monkeypatch.setattr(trafilatura, "bare_extraction", _never_called)
    filler = "".join(f'<div class="iklan"><a href="/m/{i}">tautan {i}</a></div>'
                     for i in range(MAX_ELEMENTS // 2 + 1))
    with pytest.raises(NotAnArticle, match="HTML elements, more than the 50,000"):
        parse_html(warta_page(body_top=filler), "iklan.html")


def test_a_20_mb_page_of_inlined_scripts_and_images_is_read():
    script = "<script>var data = '" + "x" * (12 * 2**20) + "';</script>"
    image = '<img src="data:image/png;base64,' + "QUJD" * (2 * 2**20) + '">'
    page = warta_page(extra_head=script + "<style>p { color: red }</style>", body_top=image)
    assert len(page) > 20 * 2**20
    source = parse_html(page)
    assert PARAGRAPHS[1] in [b.text for b in source.blocks]


def test_a_large_page_under_the_limits_is_read():
    # its time and peak memory: bench/bench_pages.py
    inline_data = "<div>" + "QUJD " * (6 * 2**20 // 5) + "</div>"
    filler = "".join(f'<div class="iklan"><a href="/m/{i}">tautan {i}</a></div>'
                     for i in range(3000))
    page = warta_page(extra_head=inline_data, body_top=filler)
    assert 6 * 2**20 < len(page) < MAX_HTML_CHARS
    source = parse_html(page)
    assert PARAGRAPHS[1] in [b.text for b in source.blocks]


@pytest.mark.parametrize("sitename, publisher", [
    ("celebrity.warta.example", "warta.example"), ("WARTA.com", "WARTA.com"),
    ("Warta Contoh", "Warta Contoh"), ("", None),
])
def test_publisher_from_a_host_name_keeps_the_domain(sitename, publisher):
    from dengar.webmeta import clean_publisher

    assert clean_publisher(sitename) == publisher


def test_words_in_neighbouring_emphasis_stay_apart():
    # trafilatura's fallback extractor glued "<em>enggak</em> <em>ngobrol</em>" into one word
    # on a real page; emphasis is stripped before extraction.
    emphasis = ("<p>Warga mengaku lama <em>enggak</em> <em>ngobrol</em> dengan tetangga, "
                "<i>kata</i> <b>mereka</b> saat ditemui di taman kota pada Minggu pagi.</p>")
    texts = [b.text for b in parse_html(warta_page(body_top=emphasis)).blocks]
    assert any("lama enggak ngobrol dengan tetangga, kata mereka saat" in t for t in texts)


def test_a_dateline_printed_before_the_first_paragraph_is_kept():
    loose = "<div><strong>Bandung</strong> - <p>" + PARAGRAPHS[0] + "</p></div>"
    texts = [b.text for b in parse_html(warta_page(body_top=loose)).blocks]
    assert f"Bandung - {PARAGRAPHS[0]}" in texts


def test_an_advertisement_label_in_a_photo_box_is_no_caption() -> None:
    tree = lxml_html.fromstring(
        "<html><body><figure><img src='a.jpg'><figcaption>SCROLL TO RESUME CONTENT"
        "</figcaption></figure><figure><img src='b.jpg'><figcaption>Warga antre membeli "
        "beras murah di Pasar Senen.</figcaption></figure></body></html>")
    assert find_captions(tree) == ["Warga antre membeli beras murah di Pasar Senen."]
