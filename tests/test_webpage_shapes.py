"""Page shapes that lost or added text: sidebars, bare leads, site prefixes, captions, bylines.

Every page here is written for the test in the shape of a real Indonesian news page.
"""

from __future__ import annotations

import pytest

from dengar.errors import NotAnArticle
from dengar.model import Block
from dengar.webpage import parse_html

P = [
    "Pemerintah kota mulai membangun jalur sepeda baru di sepanjang jalan utama pada pekan ini.",
    "Jalur itu akan menghubungkan stasiun kereta dengan kawasan kampus dan pasar tradisional.",
    "Menurut wali kota, pembangunan tahap pertama ditargetkan selesai sebelum akhir tahun.",
    "Sejumlah komunitas sepeda menyambut rencana itu dan meminta tempat parkir di stasiun.",
    "Tahap kedua akan menyambung jalur itu ke kawasan perumahan di selatan kota tahun depan.",
]
LINKS = "".join(f'<li><a href="/berita/{i}">Judul berita lain nomor {i} dari redaksi</a></li>'
                for i in range(5))


def page(body: str, head: str = "", title: str = "Jalur Sepeda Baru Dibangun - Warta.com") -> str:
    """A page with the given body, a sidebar of teasers and a footer."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Warta.com">{head}</head><body>
<div class="kiri">{body}</div>
<div class="kanan"><h2>Terpopuler</h2><ul>{LINKS}</ul><h3>Berita Pilihan</h3><ul>{LINKS}</ul>
</div><div class="footer">Hak cipta Warta.com</div></body></html>"""


def texts(html_page: str, hint: str | None = None) -> list[str]:
    return [b.text for b in parse_html(html_page).blocks if b.hint == hint]


def test_only_headings_inside_the_article_between_its_paragraphs_are_put_back():
    body = (f'<div class="artikel"><p>{P[0]}</p><p>{P[1]}</p><h2>Tahap Pertama</h2>'
            f"<p>{P[2]}</p><p>{P[3]}</p>"
            f'<div class="terkait"><a href="/b/1"><h2>Jalur Sepeda di Kota Lain Ramai</h2></a>'
            f"</div><h2>Jangan Lewatkan</h2><ul>{LINKS}</ul><p>{P[4]}</p></div>")
    assert texts(page(body), "heading") == ["Tahap Pertama"]


def test_a_lead_written_as_bare_text_before_the_first_block_is_kept():
    span = (f'<span itemprop="articleBody"><strong>WARTA.com</strong> - {P[0]}'
            f"<div><br></div><div>{P[1]}</div><div>{P[2]}</div><div>{P[3]}</div></span>")
    div = f'<div class="isi"><b>Warta.com</b> - <a href="/t/x">Wali kota</a> {P[0]}<p>{P[1]}' \
          f"<p>{P[2]}<p>{P[3]}</div>"
    assert texts(page(span))[0] == f"WARTA.com - {P[0]}"
    assert texts(page(div))[0] == f"Warta.com - Wali kota {P[0]}"


@pytest.mark.parametrize("title, h1", [
    ("Warta.com: Jalur Sepeda Baru Dibangun di Pusat Kota", ""),
    ("Warta.com: Kota - Jalur Sepeda Baru Dibangun di Pusat Kota",
     "<h1>Jalur Sepeda Baru Dibangun di Pusat Kota</h1>"),
])
def test_a_site_name_before_the_title_is_not_the_headline(title, h1):
    body = h1 + "".join(f"<p>{p}</p>" for p in P)
    assert texts(page(body, title=title), "headline") == [
        "Jalur Sepeda Baru Dibangun di Pusat Kota"]


def test_captions_marked_by_class_credit_or_photo_box_and_teasers_left_out():
    body = (
        '<div class="foto-utama headlineimg"><img src="/a.jpg"><br>'
        '<div class="copyright">Rina Ayu/©Warta.com/Budi Santoso</div></div>'
        f"<p>{P[0]}</p>"
        '<div class="single"><img src="/b.jpg"></div>'
        '<div class="deskripsi">Pekerja mengecat marka jalur sepeda di Jalan Merdeka.</div>'
        f"<p>{P[1]}</p>"
        '<div><img src="/c.jpg"></div><div><em>Warga mencoba jalur sepeda baru. Foto: Dewi'
        f"</em></div><p>{P[2]}</p><p>{P[3]}</p>"
        '<div class="item"><a href="/foto/lain"><img src="/d.jpg"></a>'
        '<div class="photo-desc">Ini dia jalur sepeda di kota tetangga, keren ya?</div></div>'
        '<div class="berita-terkait"><figure><img src="/e.jpg"><figcaption>Foto lain dari '
        "kota lain</figcaption></figure></div>"
    )
    assert texts(page(body), "caption") == [
        "Rina Ayu/©Warta.com/Budi Santoso",
        "Pekerja mengecat marka jalur sepeda di Jalan Merdeka.",
        "Warga mencoba jalur sepeda baru. Foto: Dewi",
    ]


def test_a_photo_linked_to_a_zoom_box_keeps_its_caption():
    body = ('<figure class="galeri"><div><a href="#"><img src="/a.jpg"></a></div>'
            "<figcaption>Poster film Cinta di Kota</figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in P)
            + '<figure><a href="/foto/lain"><img src="/b.jpg"></a>'
            "<figcaption>Foto dari halaman lain</figcaption></figure>")
    assert texts(page(body), "caption") == ["Poster film Cinta di Kota"]


def test_a_gallerys_caption_attributes_are_its_captions():
    photos = ["Petugas memeriksa sepeda warga di pos jaga.", "Warga antre di depan kantor."]
    gallery = "".join(f'<a href="/galeri/{i}"><img src="/{i}.jpg" caption="{c}"></a>'
                      for i, c in enumerate(photos))
    body = (f'<div class="galeri">{gallery}</div><div class="caption">{photos[0]}</div>'
            + "".join(f"<p>{p}</p>" for p in P)
            + '<div class="berita-terkait"><img src="/x.jpg" caption="Foto berita lain"></div>')
    assert texts(page(body), "caption") == photos


@pytest.mark.parametrize("marked, author", [
    ('<div class="nmreporter"><div>Dewi Kania</div><span>Jurnalis</span></div>', "Dewi Kania"),
    ('<div class="byline">Pewarta: <span itemprop="author">Agus Salim</span></div>',
     "Agus Salim"),
    ('<div class="penulis">Penulis: Rina Ayu Editor : Budi Santoso</div>', "Rina Ayu"),
    ('<div class="photo"><img src="/f.jpg"><span class="author">Facebook</span></div>', None),
    # A channel after the name is no part of it.
    ('<div class="author">Bagus Kurniawan - detiknews</div>', "Bagus Kurniawan"),
    ('<div class="author">Afif Farhan - Sepakbola</div>', "Afif Farhan"),
    ('<div class="author">Rachmatunnisa - detikInet</div>', "Rachmatunnisa"),
    # A one-word second author after a dash is no channel.
    ('<div class="author">Kurnia Sari Aziza - Ihsanuddin</div>',
     "Kurnia Sari Aziza - Ihsanuddin"),
    ('<div class="author">Rizky Pratama - Tribunnews</div>', "Rizky Pratama"),
    ('<div class="author">Ananda Putri - kumparanBISNIS</div>', "Ananda Putri"),
    ('<div class="author">Bagus Kurniawan - Detiknews</div>', "Bagus Kurniawan"),
    ('<div class="author">Ahmad Rizal - DeAndre</div>', "Ahmad Rizal - DeAndre"),
    ('<div class="author">Rina Wati - TvOne</div>', "Rina Wati"),
    # A site's account names nobody.
    ('<span class="byline">by <span class="author vcard"><a href="/a">admin</a></span></span>',
     None),
])
def test_authors_from_marked_elements_without_labels_or_photo_credits(marked, author):
    head = '<meta name="creator" content="Web Design &amp; Development - Biro TI Warta">'
    source = parse_html(page(marked + "".join(f"<p>{p}</p>" for p in P), head=head))
    assert source.metadata.authors == ((author,) if author else ())


def test_a_breadcrumb_is_furniture_and_a_dateline_paragraph_joins_the_lead():
    body = ('<div class="judul"><p>Home &gt; Berita &gt; Kota</p></div>'
            f"<p>BANDUNG, 3 Juni 2024 (Warta) --</p><p>{P[0]}</p>"
            + "".join(f"<p>{p}</p>" for p in P[1:]))
    source = parse_html(page(body))
    assert ("furniture", "Home > Berita > Kota") in [(b.hint, b.text) for b in source.blocks]
    assert f"BANDUNG, 3 Juni 2024 (Warta) -- {P[0]}" in texts(page(body))


def test_list_items_are_hinted_as_items():
    items = ["Jalur sepeda sepanjang dua belas kilometer di jalan utama kota",
             "Tempat parkir sepeda di setiap stasiun kereta dan di pasar"]
    body = (f"<article><p>{P[0]}</p><ul><li>{items[0]}</li><li>{items[1]}"
            f"</li></ul><p>{P[1]}</p><p>{P[2]}</p><p>{P[3]}</p></article>")
    assert texts(page(body), "item") == items


def test_text_after_the_article_container_is_left_out():
    disclaimer = ("Disclaimer : Komentar adalah tanggapan pribadi, tidak mewakili kebijakan "
                  "redaksi Warta.com dan menjadi tanggung jawab penulis.")
    body = ('<div class="kolom"><div class="artikel">' + "".join(f"<p>{p}</p>" for p in P)
            + f'</div><div class="komentar"><p class="disclaimer">{disclaimer}</p></div></div>')
    assert texts(page(body))[-1] == P[-1]


def test_paragraphs_in_divs_styled_like_the_container_are_kept():
    style = 'style="font-size: 13px;"'
    body = (f'<div class="isi"><div {style}>' + "<br><br>".join(P[:-1])
            + f'</div><div {style}><br></div><div {style}>{P[-1]}</div></div>'
            '<div class="footer">Hak cipta Warta.com</div>')
    assert texts(page(body))[-1] == P[-1]


@pytest.mark.parametrize("feed, kind", [
    ("<?xml version='1.0'?><?xml-stylesheet href='x.xsl'?>\n<rss version='2.0'><channel>"
     "<title>Warta</title><item><title>Jalur sepeda</title></item></channel></rss>", "RSS"),
    ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Warta</title>'
     "</feed>", "Atom"),
])
def test_a_news_feed_is_refused_as_a_feed(feed, kind):
    with pytest.raises(NotAnArticle, match=rf"warta\.html is a news feed \({kind}\), not an "):
        parse_html(feed, "warta.html")


@pytest.mark.parametrize(
    "body",
    [
        # Subheadings written as bold lines between <br>s inside one paragraph.
        f"<p>{P[0]}<br><br><b>1. Pilih jalur yang aman</b><br>{P[1]}<br><br>"
        f"<b>2. Pakai helm</b><br>{P[2]} {P[3]}</p>",
        # A paragraph that is one bold line.
        f"<p>{P[0]}</p><p><strong>1. Pilih jalur yang aman</strong></p><p>{P[1]}</p>"
        f"<p><strong>2. Pakai helm</strong></p><p>{P[2]} {P[3]}</p>",
    ],
)
def test_a_bold_line_standing_alone_is_a_subheading(body: str) -> None:
    assert texts(page(body), "heading") == ["1. Pilih jalur yang aman", "2. Pakai helm"]


@pytest.mark.parametrize(
    "line",
    [
        "(war/ads)",  # editor initials
        "Baca juga: Jalur Sepeda di Kota Lain",  # a link to another article
        "DINI TEJA",  # the author in capitals
        "Pembangunan dimulai pekan ini.",  # a bold sentence is emphasis
    ],
)
def test_a_bold_label_credit_or_sentence_is_no_subheading(line: str) -> None:
    body = f"<p>{P[0]}<br><br><b>{line}</b><br>{P[1]} {P[2]} {P[3]}</p>"
    assert texts(page(body), "heading") == []


def test_a_heading_that_words_a_site_first_title_is_the_headline():
    body = f"<h2>Pemkot Mulai Bangun Jalur Sepeda Baru di Jalan Utama</h2><p>{P[0]}</p>" \
           f"<p>{P[1]}</p><p>{P[2]}</p><p>{P[3]}</p>"
    blocks = parse_html(page(body, title="Warta Kita - Pemkot Bangun Jalur Sepeda Baru")).blocks
    assert blocks[0] == Block("Pemkot Mulai Bangun Jalur Sepeda Baru di Jalan Utama", "headline")


def test_without_a_title_the_first_heading_is_the_headline():
    body = (f'<div class="card"><h5 class="card-title">Pemkot Mulai Bangun Jalur Sepeda Baru'
            f"</h5><p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p></div>")
    html_page = f"<html><body>{body}</body></html>"
    assert parse_html(html_page).blocks[0] == Block("Pemkot Mulai Bangun Jalur Sepeda Baru",
                                                   "headline")


@pytest.mark.parametrize(
    "shown",
    [
        '<h3>"Pemkot Mulai Bangun Jalur Sepeda Baru"</h3>',
        '<span class="display-6">Pemkot Mulai Bangun Jalur Sepeda Baru</span>',
        '<h1 class="mb-2"><a href="#">Pemkot Mulai Bangun Jalur Sepeda Baru</a></h1>',
    ],
)
def test_a_title_too_short_for_a_headline_gives_way_to_the_one_shown(shown: str) -> None:
    body = (f'<div class="isi">{shown}<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>'
            "<p><strong>Copyright © 2026 Warta Kota</strong></p></div>")
    blocks = parse_html(page(body, title="Berita 1")).blocks
    assert blocks[0] == Block("Pemkot Mulai Bangun Jalur Sepeda Baru", "headline")
    assert [b.text for b in blocks if b.hint == "heading"] == []


def test_a_bold_dateline_paragraph_opens_the_lead_and_is_no_heading() -> None:
    from dengar.article import segment
    body = (f"<p><i>Petugas menyemprotkan disinfektan di Kuta Selatan, Jumat (9/10).</i></p>"
            f"<p><strong>Mangupura, (Warta.com)-</strong></p><p>{P[0]}</p><p>{P[1]}</p>"
            f"<p>{P[2]}</p>")
    article = segment(parse_html(page(body)))
    assert [s.kind for s in article.segments].count("heading") == 0
    assert article.segments[2].text.startswith("Mangupura – ")


def test_a_short_title_shown_as_the_pages_heading_is_the_headline() -> None:
    body = (f'<div class="trending"><h2 class="title"><a href="/x">Timnas Indonesia Kalahkan '
            f'Vietnam Dua Gol Tanpa Balas</a></h2></div><h1>Jalur Sepeda Dibangun</h1>'
            f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>")
    assert parse_html(page(body, title="Jalur Sepeda Dibangun")).blocks[0] == Block(
        "Jalur Sepeda Dibangun", "headline")


def test_a_bold_name_after_the_last_paragraph_starts_no_section() -> None:
    from dengar.article import segment
    body = (f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}<br><br><b>Pewarta Warta</b><br>"
            "<b>Rina Kusuma</b></p>")
    kinds = [s.kind for s in segment(parse_html(page(body))).segments]
    assert "heading" not in kinds


def test_a_site_name_in_the_header_gives_way_to_the_headline_above_the_text() -> None:
    body = (f"<header><h1>Warta</h1></header><h2>Pemkot Mulai Bangun Jalur Sepeda Baru</h2>"
            f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>")
    assert parse_html(page(body, title="Warta")).blocks[0] == Block(
        "Pemkot Mulai Bangun Jalur Sepeda Baru", "headline")


def test_a_short_title_in_the_articles_h1_beats_a_subtitle() -> None:
    body = ("<h1>Jalur Sepeda Dibangun</h1><h2 class=\"subtitle\">Pemkot menargetkan tahap "
            f"pertama selesai akhir tahun</h2><p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>")
    assert parse_html(page(body, title="Jalur Sepeda Dibangun")).blocks[0] == Block(
        "Jalur Sepeda Dibangun", "headline")


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        # Another article's title left in the template; the page shows this one's.
        ("Pemkot Bandung Resmikan Taman Kota Baru - Warta",
         '<a href="#" class="sn-title">Pemkot Bandung Mulai Bangun Jalur Sepeda Baru</a>'),
        # An SEO title the page never shows, and the h1 that words the headline.
        ("Jalur Sepeda Baru Bandung Dibangun",
         "<h1>Pemkot Bandung Mulai Bangun Jalur Sepeda Baru di Jalan Utama</h1>"),
    ],
)
def test_a_title_the_page_never_shows_gives_way_to_the_headline_shown(title, shown):
    body = (f'<ol><li class="breadcrumb-item">Pemkot Bandung Mulai Bangun Jalur Sepeda Baru</li>'
            f"</ol>{shown}<a class=\"sn-date\" href=\"#\">13 Januari 2026</a>"
            f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>")
    blocks = parse_html(page(body, title=title)).blocks
    assert blocks[0].hint == "headline"
    assert blocks[0].text.startswith("Pemkot Bandung Mulai Bangun Jalur Sepeda Baru")
    assert [b.text for b in blocks if b.hint == "heading"] == []
    assert not any(b.text.startswith("Pemkot Bandung") for b in blocks[1:])


def test_a_title_shown_on_the_page_stays_the_headline_over_a_teaser_heading() -> None:
    body = (f'<h2 class="title">Pemkot Bandung Resmikan Taman Kota di Utara</h2>'
            f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p><p>Jalur Sepeda Baru Dibangun.</p>")
    blocks = parse_html(page(body, title="Jalur Sepeda Baru Dibangun - Warta.com")).blocks
    assert blocks[0] == Block("Jalur Sepeda Baru Dibangun", "headline")


def test_a_caption_box_without_its_photo_and_a_credit_alone():
    body = ('<div class="pic_artikel"><span>Pekerja mengecat marka jalur sepeda di Jalan '
            "Merdeka. (Rina Ayu/detikcom)</span></div>"
            + "".join(f"<p>{p}</p>" for p in P)
            + '<div class="detail_img"><img src="/g.jpg"><br>Foto: (Getty Images)</div>')
    assert texts(page(body), "caption") == [
        "Pekerja mengecat marka jalur sepeda di Jalan Merdeka. (Rina Ayu/detikcom)"]


def test_what_the_page_hides_is_not_read() -> None:
    body = ('<div class="artikel"><h1>Jalur Sepeda Baru Dibangun</h1>'
            '<h4 class="hide">Ringkasan untuk mesin pencari yang tidak tampil di halaman</h4>'
            '<div style="display: none">Teks tersembunyi yang tidak tampil.</div>'
            f"<p>{P[0]} {P[1]}</p><p>{P[2]} {P[3]}</p>"
            '<p><span class="sr-only">Foto jalur sepeda:</span> warga antre meminjam sepeda di '
            "stasiun kota pada pagi hari.</p></div>")
    blocks = parse_html(page(body)).blocks
    spoken = " ".join(b.text for b in blocks)
    assert "mesin pencari" not in spoken and "tersembunyi" not in spoken
    assert "Foto jalur sepeda" in spoken


def test_a_caption_its_photos_zoom_box_repeats_is_a_caption() -> None:
    caption = ("Pekerja mengecat marka jalur sepeda di Jalan Merdeka. " * 8).strip()
    body = (f'<div><a class="glightbox" href="/a.jpg" data-glightbox="title:{caption};">'
            f'<img src="/a.jpg"></a></div><div class="arial f12 grey2">{caption}&nbsp;</div>'
            + "".join(f"<p>{p}</p>" for p in P))
    assert texts(page(body), "caption") == [caption]


def test_what_only_phones_hide_is_read() -> None:
    body = (f'<div class="artikel"><p>{P[0]}</p><div class="d-none d-md-block"><p>{P[1]}</p>'
            f'<p>{P[2]}</p></div><div class="hidden md:block"><p>{P[3]}</p></div></div>')
    spoken = " ".join(b.text for b in parse_html(page(body)).blocks)
    assert all(p in spoken for p in P[:4])


def test_a_title_that_words_the_shown_headline_longer_stays_over_the_deck() -> None:
    title = "Banjir Rendam Ratusan Rumah di Cibinong, Warga Mengungsi ke Balai Desa"
    head = f'<meta property="og:title" content="{title}">'
    body = ('<h2 class="read__title">Banjir Rendam Ratusan Rumah di Cibinong</h2>'
            "<h2 class='read__subtitle'>Ratusan warga Cibinong mengungsi ke balai desa dan "
            "masjid terdekat</h2>" + "".join(f"<p>{p}</p>" for p in P))
    blocks = parse_html(page(body, head=head, title=f"{title} - Warta.com")).blocks
    assert blocks[0] == Block(title, "headline")


def test_a_body_paragraph_equal_to_a_zoom_box_caption_stays_a_paragraph() -> None:
    body = ('<a data-fancybox href="/a.jpg" data-caption="' + P[1] + '"><img src="/a.jpg"></a>'
            + "".join(f"<p>{p}</p>" for p in P))
    assert texts(page(body), "caption") == []


def test_a_caption_without_its_zoom_label_and_outlet_credit() -> None:
    body = ('<figure><img src="/a.jpg"><figcaption>Lihat Foto Pekerja mengecat marka jalur '
            "sepeda di Jalan Merdeka. (WARTA.com/Rina Ayu)</figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in P))
    from dengar.article import segment
    article = segment(parse_html(page(body)))
    captions = [s.text for s in article.segments if s.kind == "caption"]
    assert captions == ["Pekerja mengecat marka jalur sepeda di Jalan Merdeka."]
    assert {"Lihat Foto", "(WARTA.com/Rina Ayu)"} <= set(article.dropped)


def test_a_bold_styled_span_alone_in_a_paragraph_is_a_subheading() -> None:
    body = (f"<p>{P[0]} {P[1]}</p><p><span style=\"font-weight: bold\">Pemeriksaan Fakta</span>"
            f"</p><p>{P[2]} {P[3]}</p>")
    assert texts(page(body), "heading") == ["Pemeriksaan Fakta"]


def test_a_hidden_title_gives_way_to_the_pages_h1_over_a_trending_title() -> None:
    body = ('<div class="trending"><h3 class="title">Banjir Jakarta Hari Ini Rendam 50 RT</h3>'
            "</div><h1>Warga Kampung Melayu Mengungsi karena Banjir</h1>"
            + "".join(f"<p>{p}</p>" for p in P))
    blocks = parse_html(page(body, title="Banjir Jakarta Hari Ini, Warga Mengungsi")).blocks
    assert blocks[0] == Block("Warga Kampung Melayu Mengungsi karena Banjir", "headline")


def test_classes_that_hide_on_every_screen_still_hide() -> None:
    body = (f'<div class="artikel"><p>{P[0]} {P[1]}</p>'
            '<p class="hidden dark:text-gray-300">Ringkasan tersembunyi untuk mesin.</p>'
            '<p class="d-none d-print-block">Artikel ini dicetak dari situs kami.</p>'
            f"<p>{P[2]} {P[3]}</p></div>")
    spoken = " ".join(b.text for b in parse_html(page(body)).blocks)
    assert "tersembunyi" not in spoken and "dicetak" not in spoken


def test_a_channels_h1_gives_way_to_the_heading_that_words_a_hidden_title() -> None:
    body = ('<h1 class="kanal">Megapolitan Jakarta Banjir Terkini</h1>'
            '<h2 class="judul">Banjir Jakarta Hari Ini, Ribuan Warga Kampung Melayu Mengungsi'
            "</h2>" + "".join(f"<p>{p}</p>" for p in P))
    title = "Ribuan Warga Kampung Melayu Mengungsi akibat Banjir Jakarta"
    assert parse_html(page(body, title=title)).blocks[0] == Block(
        "Banjir Jakarta Hari Ini, Ribuan Warga Kampung Melayu Mengungsi", "headline")


def test_classes_that_show_on_phones_only_are_read() -> None:
    body = (f'<div class="artikel"><p>{P[0]}</p><p class="hidden max-md:block">{P[1]}</p>'
            f'<p class="hide show-for-small-only">{P[2]}</p><p>{P[3]}</p></div>')
    spoken = " ".join(b.text for b in parse_html(page(body)).blocks)
    assert all(p in spoken for p in P[:4])


def test_a_trending_title_in_the_header_never_replaces_the_pages_h1() -> None:
    body = ('<header><div class="trending"><h3>Harga Cabai di Pasar Bogor Naik Jelang Lebaran'
            "</h3></div></header><h1>Pemkot Mulai Bangun Jalur Sepeda Baru</h1>"
            + "".join(f"<p>{p}</p>" for p in P))
    title = "Jalur Sepeda di Pasar Bogor Dibangun Jelang Lebaran Warga Senang"
    assert parse_html(page(body, title=title)).blocks[0] == Block(
        "Pemkot Mulai Bangun Jalur Sepeda Baru", "headline")
