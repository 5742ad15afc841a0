"""Rule data for reading an article: the page furniture a listener must never hear.

Data only: the Indonesian (and the bits of Vietnamese that VOV pages carry) lives here, and
the line readers hold the logic that uses it; datelines, bylines, dates and
photo credits are in ``provenance``. Speech verbs, titles and
places live in ``speech``. Patterns are compiled once, at import.
"""

from __future__ import annotations

import re

from dengar.patterns import alternation

# --- page furniture: whole lines ----------------------------------------------------------

# Share and comment buttons that a copy-paste of a news page leaves behind, with or without a
# counter glued on: "0Komentar", "44 komentar", "Komentar (3)", "Shares", "One Comment".
# "Chia sẻ" is Vietnamese for "share": VOV World's Indonesian pages keep it.
SHARE_LABELS: tuple[str, ...] = (
    "chia sẻ", "bình luận", "komentar", "bagikan", "share", "shares", "tweet", "print", "cetak",
    "comment", "comments", "share this", "share this on",
    "suka", "like", "likes", "dibagikan", "views", "dilihat", "pembaca",
    # the share button's label in Indonesian, alone on its line ("BERBAGI"); a sentence about
    # sharing ("Berbagi takjil di Sukamaju") goes on after the word
    "berbagi",
)
# Share buttons named by their network, alone on a line under the headline: "• Whatsapp". In
# the text such a line is a heading or a list item ("- WhatsApp"), and stays.
SHARE_NETWORK_LINE = re.compile(
    r"^[\s•·-]*(?:whatsapp|facebook|twitter|telegram|linkedin|pinterest|line|e-?mail|x)\s*$",
    re.IGNORECASE,
)
# Widgets under the article's last paragraph: a comment counter in words ("One Comment",
# "Satu komentar"), a reaction box's question ("Respon Anda?"), a view counter ("1143") and the
# desk's credit on a line of its own ("(Redaksi)", or bare: "Redaksi"). An interview asks and
# answers the same words inside the text ("Apa reaksi Anda?" / "No comment"), so only at the end.
# So is a "visit us at" line whose links (icons) did not copy, a colon closing it: "Kunjungi
# Harian Sukamaju di :", "Ikuti kami di:"; a line with words after its colon is another thing.
# And the editor's initials after a chevron ("› rin"), a word after it ("› Ekonomi") a link.
TRAILING_WIDGET_LINE = re.compile(
    r"^(?:(?:no|one|satu)\s+(?:comments?|komentar)|(?:apa\s+)?(?:respons?|reaksi)\s+anda\s*\?"
    r"|(?:kunjungi|ikuti)\s+[^.!?:]{1,40}\s+di\s*:"
    r"|[›»]\s*(?-i:[a-z]{2,5})"
    r"|\((?:redaksi|red|rls|rilis|adv|advertorial|admin|humas)\)|redaksi)$",
    re.IGNORECASE,
)
# A view counter ("1143") is a number alone; so is a table's last cell ("Siti Aminah" / "982")
# or the number a sentence announces ("… nomor darurat berikut ini:" / "112"), so it is a
# counter only after a finished sentence.
VIEW_COUNTER_LINE = re.compile(r"^\d[\d.,]*$")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
# A menu's link to a listing of articles, alone on its line and never an author:
# "Kumpulan Berita DPR RI", "Indeks Berita", "Berita Terkini". A listing word is needed:
# "Berita Satu" is a desk's name, "Berita utama hari ini …" a sentence.
_BARE_LISTING = (r"^(?i:(?:kumpulan|indeks|arsip)\s+berita"
                 r"|berita\s+(?:terkini|terbaru|terpopuler|populer|pilihan|lainnya))$")
SECTION_LISTING_LINE = re.compile(
    rf"{_BARE_LISTING}|^(?i:(?:kumpulan|indeks|arsip)\s+berita)(?:\s+[A-Z][\w.&-]*){{1,3}}$")
# Bare, the link is furniture wherever it stands; naming what it lists ("Arsip Berita
# Sekolah", "Kumpulan Berita Hoaks Pemilu") it is as likely a headline or a heading, so it is
# dropped only between the headline and the text (classify's header tags).
MENU_LISTING_LINE = re.compile(_BARE_LISTING)
FURNITURE_LINE = re.compile(
    rf"^[\s•·»›|-]*(?:[\d.,]+\s*[KkMm]?\s*)?(?:{alternation(SHARE_LABELS)})"
    r"(?:\s*\(?[\d.,]+\)?)?\s*:?$",
    re.IGNORECASE,
)

# Navigation and widget labels that are never article text when they stand alone on a line.
PAGE_LABELS: tuple[str, ...] = (
    "copy link", "salin link", "salin tautan", "link successfully copied", "link disalin",
    "terpopuler", "terkomentari", "terbaru", "berita terbaru", "berita terkait", "recent posts",
    "berita lainnya", "berita rekomendasi", "rekomendasi", "rekomendasi untuk anda",
    "artikel terkait", "artikel lainnya", "indeks", "indeks berita", "index", "toggle", "kirim",
    "tulis komentar", "tulis komentar disclaimer", "sisa karakter", "close ads", "close ads x",
    "tutup iklan", "advertisement", "advertisements", "iklan", "scroll to continue with content",
    "scroll to resume content",
    "scroll untuk melanjutkan", "lanjutkan membaca", "loading", "home", "beranda",
    "foto video terkait", "video terkait", "foto terkait", "informasi pemasangan iklan",
    "pilihan redaksi", "populer", "topik terkait", "tag terkait", "tags", "topik", "ikuti kami",
    "follow us", "lihat semua", "selengkapnya", "baca selengkapnya", "load more",
    "share on facebook", "share on twitter", "share on google", "share on linkedin",
    "share on path", "share on pinterest", "share on mail", "share on whatsapp",
    "lihat foto", "lihat video", "perbesar", "zoom", "tonton video", "putar video",
    "next post", "previous post", "prev post", "next article", "artikel selanjutnya",
    "berita selanjutnya", "artikel sebelumnya", "berita sebelumnya", "halaman selanjutnya",
    "halaman sebelumnya", "next page", "cari", "cari berita", "headline", "headlines", "search",
    "notification", "notifikasi", "kategori berita", "berita terpopuler", "kirim komentar",
    "tinggalkan komentar", "tinggalkan balasan", "bagikan artikel ini", "bagikan berita ini",
    "leave a reply", "leave a comment",
    "dmca.com protection status", "facebook comments", "komentar facebook",
    "laporkan komentar", "kami sudah menerima laporan anda", "yang lainnya",
    "share this article", "news feed", "halaman",
    "artikel pilihan", "terkini lainnya", "berita terkini lainnya",
    "scroll untuk melanjutkan membaca", "baca lainnya", "lanjut ke halaman berikutnya",
    "your email address will not be published. required fields are marked *",
    "your email address will not be published",  # the same notice without its second line
    # The press council's badge on verified outlets' pages.
    "terverifikasi administratif dan faktual oleh dewan pers",
    "terverifikasi administrasi dan faktual oleh dewan pers",
    # A comment form's prompts (WordPress themes keep them in English) and a reaction poll.
    "please enter your comment!", "please enter your name here",
    "please enter your email address here", "you have entered an incorrect email address!",
    "bagaimana tanggapan anda mengenai artikel ini?", "bagaimana reaksi anda tentang artikel ini?",
    # A prayer-times widget's names, each on a line of its own.
    "imsak", "subuh", "terbit", "dzuhur", "zuhur", "ashar", "asar", "maghrib", "magrib", "isya",
    # Labels a byline box puts under the names: "Donny Apriliananda" / "Penulis".
    "penulis", "tim redaksi", "penulis & editor",
    # A summary box's label, other boxes' labels, a reaction poll, a prayer-times widget.
    "ringkasan berita", "bacaan lainnya", "what's your reaction?", "jadwal salat & imsakiah",
    "jadwal sholat & imsakiyah", "iklan atas", "iklan bawah",
    # a language switcher: each language's name printed twice, as its flag and its link (the
    # empty byline label under it may be joined on)
    "english english indonesian indonesian", "indonesian indonesian english english",
    "english english indonesian indonesian oleh", "back to top button",
    # a text-size widget, an author box's picture, more boxes' labels
    "font", "ukuran font", "ukuran font: - +", "aa", "avatar", "video pilihan hari ini",
    "video terkini", "berita terkini", "berita terkini selengkapnya", "komentar via facebook",
    # WordPress's "Related posts" and a comment form's prompt, translated by a theme
    "pos terkait", "silahkan isi komentar anda", "silakan isi komentar anda",
    # the same in an English theme and in Blogger's Indonesian, a comment box's button
    "related posts", "posting komentar", "berikan komentar",
    # an AMP page's footer link back to the full site; a tag box's label in the singular; a
    # paid article's label
    "exit mobile version", "tag", "advertorial",
    # a reaction box's label; a teaser's link label alone
    "reactions", "simak selengkapnya",
    # an English WordPress theme's labels: a comment link, a back-to-top button, a tag box's
    # and a video box's headings ("Tags Berita" half translated)
    "click to comment", "to top", "tags berita", "featured videos", "featured video",
    # an English theme's social box over the headline and its date's label, printed alone
    # ("Published" / "on" / the date, which a copy may lose)
    "connect with us", "published", "published on",
    # a menu's link to the advert price list ("ratecard"); an advert plugin's slot label for a
    # banner shown on every page ("Iklan Semua Halaman")
    "ratecard", "rate card", "iklan semua halaman",
)
PAGE_LABEL_LINE = re.compile(
    rf"^[\s+•·»›|-]*(?:{alternation(PAGE_LABELS)})[\s:»›+.…|-]*$", re.IGNORECASE
)

# An advert's teaser between paragraphs: "Promosi", a capitalised brand of one to three words,
# a colon and the advert's title, no stop: "Promosi Sukamaju Motor: Irit untuk Keluarga Muda".
# A sentence ("Promosi Budi: ia naik pangkat.") or a lower-case word ("Promosi jabatan: …") stays.
AD_TEASER_LINE = re.compile(
    r"^Promosi\s+[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,2}\s*:\s+[A-Z0-9][^.!?]*[^.!?\s]$"
)

# An advert's label between decorations, which a copy may take for a list item: "- Advertisement -".
AD_LABEL_LINE = re.compile(
    r"^[\s\-–—*•]*(?:advertisements?|advertorial|iklan|ads|sponsored|konten\s+sponsor)"
    r"[\s\-–—*•]*$",
    re.IGNORECASE,
)

# An advert slot's name the page's template prints where the advert did not load, typed in
# lower case by the site's developer: "iklan banner Sukamaju atas", "iklan sidebar kanan". A
# sentence about adverts ("Iklan baliho calon bupati dicopot") opens with a capital, and a slot
# names its banner or its place on the page.
AD_SLOT_LINE = re.compile(
    r"^iklan\s+(?:banner\b(?:\s+\w+){0,3}"
    r"|(?:\w+\s+){0,2}(?:atas|bawah|tengah|samping|kanan|kiri|header|footer|sidebar))$"
)

# How long ago a teaser was posted: "10 jam yang lalu"; a breadcrumb: "Home / Berita / Riau".
RELATIVE_TIME_LINE = re.compile(
    r"^\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu$"
    r"|^00[:.]00$"  # a widget's clock not yet filled in
    # "• 6 days ago": a post's age under its title, after a bullet
    r"|^(?:[•·]\s*)?\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago(?:\s+\d+)?$",
    re.IGNORECASE)
# Its last crumb may be the article's own title: "Home > Berita > TURNAMEN > [Judul] Judul".
BREADCRUMB_LINE = re.compile(
    r"^(?:home|beranda|index)(?:\s*[/>»›]\s*[\w&.-]+(?:\s+[\w&.-]+){0,2}){1,4}"
    r"(?:\s*[>»›]\s*\S.*)?$"
    # Glued by a copy that dropped the separators: "HomeEkonomi13 Bandara …": a word never
    # runs on into a capital, then a section's name into a capital or a digit.
    r"|^(?-i:(?:Home|Beranda)[A-Z][a-z]{2,}(?=[A-Z0-9]))\S*\s.*$", re.IGNORECASE)

# A page's number in a paginated article: "Halaman 2 dari 3", "Page 1 of 4".
_PAGINATION = r"(?:halaman|page)\s+\d+\s+(?:dari|of)\s+\d+"
# A pager's count with the word last: "2 dari 4 halaman"; alone on its line only, as a
# sentence says it too ("… hanya 2 dari 4 halaman yang terbaca").
_PAGE_COUNT = r"\d{1,2}\s+dari\s+\d{1,2}\s+halaman"
# A page break's notice in a paginated article: "Bersambung ke halaman berikutnya..",
# "Bersambung ke halaman 2". "(Bersambung)" alone closes a serial's part and is said.
_PAGE_BREAK = (r"(?:bersambung|berlanjut)\s+ke\s+halaman\s+(?:berikut(?:nya)?|selanjutnya|\d{1,2})"
               r"\s*(?:\.+|…)?")
# A pager's links after its label: "Page: 1 2", "Halaman: 1 2 3".
_PAGER = r"(?:halaman|page)\s*:\s*\d{1,2}(?:\s+\d{1,2}){1,9}"
PAGINATION_LINE = re.compile(rf"^(?:{_PAGINATION}|{_PAGE_COUNT}|{_PAGE_BREAK}|{_PAGER})$",
                             re.IGNORECASE)

# "dibaca 20,442 kali", "20.442 kali dibaca", "Dilihat 3.000 kali"; the counter's words
# alone when the script never filled its number in: "kali dibaca".
COUNTER_LINE = re.compile(
    r"^(?:(?:dibaca|dilihat|ditonton)\s*:?\s+[\d.,]+\s*(?:kali|x)"
    r"|kali\s+(?:dibaca|dilihat|ditonton)"
    r"|[\d.,]+\s*(?:kali\s+|x\s+)?(?:dibaca|dilihat|ditonton|pembaca|views?|tayang))"
    r"(?:\s+[A-Z][a-z]+\s*:)*\s*$",  # empty fields after it: "130 x Tayang Publisher: On:"
    re.IGNORECASE,
)

# "© 2008 - 2015 PT. Kompas Cyber Media … All Rights Reserved", "Copyright 2024 …".
COPYRIGHT_LINE = re.compile(
    r"^(?:\d{4}\s*)?(?:©|\(c\)\s|copyright\b|hak\s+cipta\b)|all\s+rights?\s+reserved",
    re.IGNORECASE,
)

# "#Sandiaga Uno", "Tags: Covid-19, Nataru", "Topik: …", "Kategori: Berita": links to tag
# and section pages.
TAG_LINE = re.compile(
    r"^(?:#[^\s#]|(?:tags?|topik|topic|label)(?:\s+artikel)?\s*:"
    # a page's section, one word; "Kategori: Liputan Investigasi" names an award's category
    r"|(?:kategori|category|rubrik)\s*:\s*\w+\s*$)",
    re.IGNORECASE,
)

# "Baca juga: <another headline>", "BACA JUGA", "Simak juga: …", "Baca: …": another article.
RELATED_LINK = re.compile(
    # the title may be glued on: "Baca jugaHarga Cabai Turun"
    r"^\(?(?:(?:baca|simak|lihat|tonton)\s+(?:juga|pula)(?:\b|(?-i:(?=[A-Z])))|baca\s*:"
    r"|berita\s+terkait\s*:"
    r"|(?:simak|tonton|saksikan)\s+(?:juga\s+)?video\s*:?\s*[\"“'‘]"
    r"|pilihan\s+editor\s*:|artikel\s+terkait\s*:"
    r"|read\s+(?:next|also|more)\s*:"  # an English teaser's label: "Read Next : <title>"
    r"|(?-i:MEMBACA)\s+(?-i:[A-Z])[^.!?]*$"  # a title after it; "MEMBACA Laporan BPS …, kita"
    # a title after these, not a step: "Selanjutnya: Inflasi AS Terkendali, Rupiah …"
    # ... and "Terpopuler: <title>", a most-read box's link
    r"|(?:selanjutnya|menarik\s+dibaca|(?:berita\s+)?terpopuler)"
    r"\s*:\s*(?-i:[A-Z0-9]\S*\s+[A-Z])"
    # "TRENDING : Geger! Warga …", a trending ticker's title, which ends on no full stop: a
    # sentence of the text ("Trending: Sukamaju Bersih jadi tagar … unggahan.") does
    r"|trending\s*:\s*(?-i:[A-Z0-9]\S*\s+[A-Z])(?!.*\.\s*$)"
    # "BACA ARTIKEL LAINNYA... <title>", "Baca berita lainnya: <title>"
    r"|baca\s+(?:artikel|berita)\s+(?:lainnya|lain|terkait)\s*(?:\.{2,}|…|:)\s*(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)

# "Artikel ini telah tayang di Kompas.com dengan judul …", "Dapatkan update berita pilihan …",
# "Disclaimer : Komentar adalah tanggapan pribadi …".
# Notices only a page's template writes, furniture however long and sentence-like the line:
# promotions, a comment box's rules, a WordPress form's notes, an AI summary's disclaimer.
# Asking the reader to follow a channel: "follow WhatsApp Channel", "ikuti saluran WhatsApp".
_FOLLOW_CHANNEL = (
    r"(?:follow|ikuti|gabung(?:\s+(?:ke|di))?|join|subscribe)\s+(?:official\s+|resmi\s+)?"
    r"(?:kami\s+di\s+(?=google\s+news))?"  # "Yuk follow kami di Google News"
    r"(?:(?:whatsapp|wa|telegram)"
    r"\s+channel|channel\s+(?:whatsapp|wa|telegram)|saluran\s+(?:whatsapp|wa|telegram)"
    r"|google\s+news)\b"
)
_WHOLE_NOTICES = (
    r"(?:jika\s+anda\s+ingin\s+mendapatkan\s+info"
    # a republication warning: "Dilarang mengambil dan/atau menayangkan ulang sebagian atau
    # keseluruhan artikel …"; "Dilarang memuat ulang berita bohong" names no part of it
    r"|dilarang\s+[^.!?]{0,40}\b(?:menayangkan|memuat|mempublikasikan|menerbitkan"
    r"|menyiarkan)\s+ulang\s+(?:sebagian|seluruh|keseluruhan)\b"
    # "Follow Harian.com untuk mendapatkan …", the outlet's name of up to three capitalised
    # words: "Follow Harian Pagi Times untuk mendapatkan informasi terkini."
    r"|follow\s+\S+(?:\s+(?-i:[A-Z])\S*){0,2}\s+untuk\s+mendapatkan|cek\s+berita\s+dan\s+artikel"
    r"|berkomentarlah\s+(?:secara|dengan)\s+bijak"
    r"|terima\s+kasih\.\s+kami\s+sudah\s+menerima\s+laporan\s+anda"
    r"|posting\s+komentar\s+untuk|bagikan\s+perspektif\s+anda,\s+sumbangkan"
    r"|gabung\s+ke\s+channel\s+whatsapp\s+.{1,30}?\s+untuk"
    # an overlay's call to join the outlet, the whole line naming it by a press word or its
    # domain: "Gabung di Harian Times", "Gabung di Sukamaju News"; "Gabung di Klub Sukamaju"
    # (a player's move) names no outlet
    r"|gabung\s+(?:di|ke|bersama)\s+(?:(?:(?-i:[A-Z])\S*\s+){1,3}"
    r"(?-i:Times|News|Post|Pos|TV|Online)|[\w-]+\.(?:com|id|co\.id|net))\s*$"
    r"|follow\s+(?:official\s+)?(?:whatsapp|wa|telegram)\s+channel\s+.{1,30}?\s+untuk"
    r"|telusuri\s+berita\s+(?:\S+\s+){0,2}lainnya\s*$"
    r"|alamat\s+email\s+anda\s+tidak\s+akan\s+dipublikasikan|situs\s+ini\s+menggunakan\s+akismet"
    r"|this\s+is\s+ai\s+generated\s+summari[sz]ation"
    # a comment widget's English heading, a news aggregator's promotion
    r"|discussion\s+about\s+this\s+post\s*$|temukan\s+berita\s+.{1,40}?\s+di\s+google\s+news"
    # the outlet asking whether the reader wants more of its news, naming itself and asking:
    # "Mau Berita Terbaru Lainnya dari Harian Sukamaju?"; "Mau berita bohong terus beredar?"
    # names no outlet after "lainnya dari"
    r"|mau\s+(?:baca\s+)?berita\s+(?:terbaru|terkini|menarik)\s+lainnya\s+dari\s+[^.!?]{1,40}\?"
    # a call to follow the outlet's own channel, the line opening with it and urging the reader
    # ("Yuk, segera follow WhatsApp Channel …") or naming the newsroom ("… dari redaksi kami");
    # a bare "Ikuti saluran WhatsApp Pemkot …" is a how-to's step, a heading or a quoted
    # appeal, and "Warga diminta mengikuti …" is news
    # ... or a button's label asking for the click ("Klik untuk follow WhatsApp Channel")
    r"|(?:(?:yuk|ayo|mari)\s*,?\s*(?:segera\s+|jangan\s+lupa\s+)?|segera\s+|jangan\s+lupa\s+"
    r"|klik\s+(?:di\s+sini\s+)?untuk\s+"
    rf"|(?={_FOLLOW_CHANNEL}.*\bkami\b)){_FOLLOW_CHANNEL}"
    # a call to read the paper itself after "for more", the whole line: "Untuk informasi lebih
    # lanjut, kunjungi koran Radar Blitar."; a bare "Baca Koran Setiap Pagi" is a heading and
    # "…, kunjungi laman resmi Dinas Pendidikan." is news
    # the outlet's call to keep following its news, naming it last: "Terus Ikuti
    # Perkembangan Berita Olahraga Hanya di Harian.com", "Simak terus berita terkini di
    # Harian.co.id"; a place that is no site ("… banjir di Jakarta.") or no "berita" stays,
    # and so does a government's site ("Pantau terus berita cuaca di bmkg.go.id").
    r"|(?:terus\s+)?(?:ikuti|simak|pantau)\s+(?:terus\s+)?(?:[^.!?]{0,40}\s)?berita\b"
    r"[^.!?]{0,80}\s(?:hanya\s+)?di\s+(?![\w-]+\.go\.id\b)[\w-]+(?:\.[\w-]+)*"
    r"\.(?:com|co\.id|id|net|co)\s*[.!]?\s*$"
    r"|untuk\s+informasi\s+(?:lebih\s+lanjut|selengkapnya|lengkapnya)\s*,?\s*"
    r"(?:kunjungi|baca|simak)\s+(?:koran|harian|tabloid|majalah|e-?paper)"
    r"\s+(?-i:[A-Z])[^.!?,]{0,40}[.!]?\s*$)"
)
WHOLE_NOTICE_LINE = re.compile(rf"^{_WHOLE_NOTICES}", re.IGNORECASE)
NOTICE_LINE = re.compile(
    r"^(?:artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan|naik"
    r"|dipublikasikan)"
    r"|dapatkan\s+(?:update|informasi|berita)|simak\s+breaking\s+news"
    r"|ikuti\s+(?:berita|kami|update|terus)|download\s+aplikasi|unduh\s+aplikasi"
    rf"|{_WHOLE_NOTICES}|follow\s+.{{1,40}}\s+di\s+sosmed"
    r"|silakan\s+baca\s+konten\s+menarik\s+lainnya"
    r"|redaksi\s*:|editor\s*:|penyunting\s*:|redaktur\s*:|disclaimer\s*:"
    r"|isi\s+komentar\s+(?:sepenuhnya\s+)?(?:adalah\s+|menjadi\s+)?tanggung\s+jawab)",
    re.IGNORECASE,
)

# What a dump or a scraper leaves: Markdown table rows and rules, "null", a lone bullet.
ARTIFACT_LINE = re.compile(
    r"^(?:\|.*\||[-*_=]{3,}|null|undefined|none|nan|[•·*\-–—|/×]+|[^\W\d_]|0"
    # An icon's or a slot's name: "sosmed-whatsapp-white", "zoom-in-whitePerbesar"; a word
    # said twice ("anak-anak") is no name.
    r"|(?-i:(?!([a-z]+)-\1$)[a-z0-9]+(?:-[a-z0-9]+)+(?:[A-Z][a-z]+)?)"
    # A web app's version: "Version 1.88.1".
    r"|(?:version|versi)\s+\d+(?:\.\d+)+)$",
    re.IGNORECASE,
)

# A saver's label between decorations: "===== Isi Berita =====", "--- Judul ---", "*** Akhir ***".
SAVER_LABELS: tuple[str, ...] = (
    "isi berita", "isi artikel", "isi", "judul", "judul berita", "judul artikel", "berita",
    "artikel", "teks berita", "teks artikel", "naskah", "naskah berita", "konten", "akhir berita",
    "akhir artikel", "selesai", "tamat", "content", "body", "title", "article", "news", "end",
)
_DECORATION = r"[=*#~_-]"
_SAVER_LABEL = rf"\s*(?:{alternation(SAVER_LABELS)})\s*:?\s*"
SAVER_LABEL_LINE = re.compile(
    rf"^(?:{_DECORATION}{{3,}}{_SAVER_LABEL}{_DECORATION}*|{_DECORATION}*{_SAVER_LABEL}"
    rf"{_DECORATION}{{3,}})$",
    re.IGNORECASE,
)

# Where a copy came from: "sumber(detik.com)", "Sumber: Kompas.com", a bare web address.
SOURCE_LINE = re.compile(
    r"^(?:(?:sumber|source)\s*[:(]\s*\S.{0,60}|\(?(?:https?://|www\.)\S+\)?"
    # a republished copy's credit, the site then its writer: "SUMBER HARIAN.com (Penulis Rina)";
    # "Sumber Harian.com menyebut …" goes on as a sentence
    r"|(?:sumber|source)\s+[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net)(?:\s*\([^()]{1,60}\))?)$",
    re.IGNORECASE,
)

# A post's account in place of an author, a date after it: "By polrestaput | jumat, 27 Mei
# 2024", "Posted by admin", "Diposting oleh redaksi - 3 Mei 2024". A person is a byline.
ACCOUNT_BYLINE_LINE = re.compile(
    r"^(?i:by|oleh|posted\s+by|ditulis\s+oleh|diposting\s+oleh|diunggah\s+oleh)\s*:?\s+"
    r"(?:@?[a-z0-9_.]+(?:\s*[|/•·–-]\s*.*)?"
    # The outlet as its own author: "oleh Liputan6.com diperbarui 23 Sep 2019, 15:40 WIB".
    r"|[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,4}){1,2}(?:\s+(?i:diperbarui|diterbitkan)\b.*)?)$"
)

# How long the article takes to read: "Waktu baca 3 menit", "waktu baca: 1 menit", "4 min read";
# alone on a line, or after the date it shares a line with ("15 Agustus 2025 · waktu baca 1 menit").
READING_TIME = (
    r"(?:(?:estimasi\s+)?(?:waktu|lama)\s+(?:baca|membaca)\s*:?\s*±?\s*\d+\s*(?:menit|min)\.?"
    r"|\d+\s*(?:menit|min)\.?\s+(?:baca|membaca|read))"
)
# "Bacaan 2 Menit" on a line of its own too; at the end of a sentence it may be the text's.
READING_TIME_LINE = re.compile(rf"^[\s·•|-]*(?:{READING_TIME}|bacaan\s+\d\s+menit)\s*$",
                               re.IGNORECASE)
# Editors' initials alone on a line, joined by a hyphen or a slash: "Tm-Ab", "Rn/Sd".
# One part at least is two letters with no vowel, as initials are: "Jo-Ko" is a nickname.
BARE_INITIALS_LINE = re.compile(
    r"^(?=.*\b[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]\b)[A-Z][a-z]?(?:[-/][A-Z][a-z]?){1,2}$")
READING_TIME_TAIL = re.compile(rf"[\s·•|,-]*{READING_TIME}\s*$", re.IGNORECASE)

# A template's directive left in a saved page: "@extends('layout')", "@section('content')",
# "@endsection", "{{ $judul }}", "{% block konten %}".
TEMPLATE_LINE = re.compile(
    r"^(?:@(?:extends|section|endsection|yield|include|stop|show|push|endpush|stack|php|endphp"
    r"|if|elseif|else|endif|foreach|endforeach|csrf)\b(?:\s*\(.*\))?|\{\{.*\}\}|\{%.*%\})$"
)

# A credit in brackets on a line of its own: "(***/Jenly Wenur)", "(***)", "(Ant/Budi)",
# "(Sumber: Kompas.com/Widya Lestari | Editor: Nibras Nada)", a writer and the site's address
# after a dash: "(rina sari – www.harian.com)"; a writer's sign-off after a star: "(*Rina)",
# "(*Budi S)" (one or two capitalised words; a footnote "(*Harga belum termasuk pajak)" stays).
BRACKETED_CREDIT_LINE = re.compile(
    r"^\((?:\s*\*+\s*|\*+\s*(?-i:[A-Z][a-z]*(?:\s+[A-Z][a-z]*)?)\s*|[^()\d]{0,30}/[^()\d]{1,30}"
    # a writer and the site: "(samsul arifin – www.situs.com)"; a note with a link is longer
    r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s[-–—]\s*(?:https?://)?(?:www\.)?[a-z0-9-]+"
    r"(?:\.[a-z]{2,4}){1,2}/?"
    r"|\s*(?:sumber|source|editor|penyunting)\s*:[^()]{1,120})\)\.?$",
    re.IGNORECASE,
)

# The same label bare, as the first line of a saved copy: "artikel", "ISI BERITA:".
BARE_SAVER_LABEL = re.compile(rf"^{_SAVER_LABEL}$", re.IGNORECASE)
# The label with its colon, on any line: "ISI:", "Judul Berita:".
SAVER_LABEL_COLON = re.compile(rf"^\s*(?:{alternation(SAVER_LABELS)})\s*:\s*$", re.IGNORECASE)
# A promotion: a call to read, download or follow, a colon and a bare web address
# ("Download aplikasi: https://…"); "Pendaftaran melalui laman resmi: https://…" is news.
PROMO_LINK_LINE = re.compile(
    r"^(?:[^.!?:]{0,40}\b(?:baca|download|unduh|install|instal|ikuti|follow|gabung|join"
    r"|langganan|berlangganan|subscribe|klik|simak|dapatkan)\b[^.!?:]{0,40}"
    r"|[^.!?:]{0,30}\b(?:kunjungi|cek)\b[^.!?:]{0,30}\b(?:berita|artikel|kanal|channel"
    r"|youtube|instagram)\b[^.!?:]{0,30}):\s*(?:https?://|www\.)\S+\s*$",
    re.IGNORECASE,
)

# A call to click through, the link's words ending "di sini": "Baca berita dengan sedikit iklan,
# klik di sini", "Baca kisah inspiratif kandidat polisi teladan di sini".
PROMO_HERE_LINE = re.compile(
    r"^(?:baca|klik|simak|lihat|cek|download|unduh|daftar|ikuti|tonton|saksikan|dapatkan"
    r"|kunjungi)\b[^.!?]{0,80}\b(?:di\s*sini|disini)\s*[.!]?$"
    # An app's banner, the site's name perhaps first: "Harian.co Dapatkan aplikasi di Play
    # Store"; "Warga dapat mengunduh aplikasi di Play Store." is a sentence.
    r"|^(?:[\w-]+\.(?:com|co|id|net)(?:\.id)?\s+)?(?:dapatkan|download|unduh|install|instal)"
    r"\s+aplikasi(?:nya)?\b[^.!?]{0,40}\b(?:play\s*store|app\s*store|google\s+play)\s*$",
    re.IGNORECASE,
)
# A photo's credit on a line of its own: "Foto: Republika/Raisan Al Farisi", "Foto: Antara",
# "- ANTARA FOTO/Lucky R", and the bare label "Sumber :" left above one. "Foto: <a sentence>"
# is a caption.
PHOTO_CREDIT_LINE = re.compile(
    r"^[-–—•\s]*(?:(?:foto|photo|(?:sumber|kredit)\s+foto|photo\s+credit|dok(?:umentasi)?)\s*:\s*"
    r"(?:[^\s/:]+(?:\s+[^\s/:]+){0,2}|[^/.!?:]{1,30}/[^/.!?:]{1,40})"
    r"|[A-Z]+\s+FOTO\s*/\s*[^/.!?:]{1,40}|(?:sumber|source|foto|photo)\s*:"
    r"|(?-i:(?:ANTARA|Antara)\s+(?:FOTO|Foto))"  # the agency alone, its photographer unnamed
    r"|(?-i:[A-Z][\w.']+(?:\s[A-Z][\w.']+){0,3}\|[A-Z][A-Z0-9.]{3,30})"  # "Nama|KATADATA"
    # "Situs.com/ Nama", the site first
    r"|[\w-]+\.(?:com|id|co\.id|net)/\s?(?-i:[A-Z][\w']*(?:\s[A-Z][\w']*){0,3})"
    r"|(?-i:IST|Ist)\.?"  # "istimewa", a photo from the source
    # a photographer and an outlet in capitals: "BUDI KRESNADI/JUARA.NET"
    r"|(?-i:[A-Z][A-Z.'’ -]{2,40}/\s*[A-Z][A-Z0-9.' -]{1,40})"
    # a site's logo, named by its alternative text: "Logo Bloomberg Technoz"
    r"|logo(?:\s+[A-Z][\w.-]*){1,3})\s*$",
    re.IGNORECASE,
)
# Who wrote and who edited, as a label naming no author dengar can read: "Rep: C32/ Red: Winda
# Destiana Putri", "Redaktur & Reporter : Aristo Setiawan". Furniture when it is no byline.
CREDIT_LABELS_LINE = re.compile(
    r"^(?:rep|red|reporter|redaktur|editor|penulis|pewarta|fotografer|penerjemah)"
    r"(?:\s*(?:&|dan|/)\s*(?:rep|red|reporter|redaktur|editor|penulis|pewarta|fotografer"
    r"|penerjemah))*"
    r"\s*:(?=[^?!]{0,80}$)",  # "Reporter: Bagaimana dengan …?" is an interview's question
    re.IGNORECASE,
)

# A subscription's promotion: "Baca berita tanpa iklan. Gabung Kompas.com+".
NO_ADS_PROMO_LINE = re.compile(
    r"^baca\s+berita\s+(?:tanpa|dengan\s+sedikit)\s+iklan\b.{0,60}$", re.IGNORECASE
)
# A site's links glued into one line: "Tentang KamiPedoman Media SiberKetentuan & …Karir".
GLUED_MENU_MIN_JOINS = 3
# Two whole words glued ("KamiPedoman", "PrivasiPanduan"), not a brand's capital inside
# ("WhatsApp", "TikTok", "YouTube").
GLUED_MENU_JOIN = re.compile(r"[a-z]{3}[A-Z][a-z]{3}")

# An institution's letterhead: lines in capitals naming it ("KEMENTERIAN …", "REPUBLIK
# INDONESIA", "PEMERINTAH PROVINSI …"), then its street address ("Jl. … 12750").
LETTERHEAD_WORDS = frozenset({
    "kementerian", "kementrian", "republik", "pemerintah", "provinsi", "kabupaten",
    "sekretariat", "direktorat", "badan", "dinas", "lembaga", "biro", "komisi", "dewan",
    "markas", "kepolisian", "kejaksaan", "pengadilan", "universitas", "yayasan",
})
LETTERHEAD_MAX_WORDS = 6
ADDRESS_LINE = re.compile(r"^(?:jl\.?|jln\.?|jalan)\s.*\b\d{5}\b", re.IGNORECASE)

# --- furniture inside a line ----------------------------------------------------------------

# Editor initials closing the last paragraph: "(fyk/ash)", "(FHM)", "(ant/rin)", "(Cas/Isk)",
# "( psp / wis )", "[sc]"; a copy in one line may have the tag links after them, in lower case.
_INITIALS = r"(?:[a-z]{2,5}\d{0,2}|[A-Z]{2,5}|[A-Z][a-z]{1,3})"  # "(jn02)", "(Osy)"
# Media Indonesia numbers its editors: "(OL-5)".
_NUMBERED_INITIALS = r"\(\s*(?:[A-Z]{2,4}-\d{1,3}|[A-Z]-0\d)\s*\)"  # "(K-08)"; "(K-9)" a unit
# JPNN numbers its trainees' initials: "(mg10/jpnn)".
# "(L/RE1/RI-1)"; "(S1/D4)" is a degree
_PAIRED_INITIALS = (r"(?:[a-z]{2,5}\d{0,2}|[A-Z]{2,5}\d{0,2}-\d{1,2}|[A-Z]{2,5}\d{1,2}|[A-Z]{1,5}"
                    r"|[A-Z][a-z]{1,4})")
# After the initials, a desk's letter and number: "(wol/man/d1)", "(rin/d1)"; a square or
# cubic unit is no desk's code: "(ug/m3)", "(kg/m2)", "(kg/cm2)", "(mg/dm3)".
_PAIRED = (r"\((?!\s*\w+\s*/\s*[kcdm]?m[23]\s*\))"
           rf"\s*{_PAIRED_INITIALS}(?:(?:\s*/\s*{_PAIRED_INITIALS}){{1,3}}"
           r"(?:\s*/\s*[a-z]\d{1,2})?|\s*/\s*[a-z]\d{1,2})\s*\)")
# A reporter's initials and number after a sentence: "… jelasnya. (AU/01)". A date "(12/05)"
# has no letters first, a month "(Mei/24)" and a score's "Garuda Muda (HT/10)" no stop before.
_REPORTER_NUMBER = (r"\(\s*(?!(?i:jan|feb|mar|apr|mei|may|jun|jul|agu|ags|aug|sep|okt|oct|nov"
                    r"|des|dec)\s*/)[A-Z]{2,4}\s*/\s*\d{2}\s*\)")
# A desk's staff code after the last sentence, bare: "… Oktober 2023. kbc11"; letters and a
# number, so a lower-case word after a stop ("… 2023. rina") is not taken for one.
_BARE_STAFF_CODE = r"(?<=[.!?\"”])\s+[a-z]{2,5}\d{1,3}"
# Two or three editors' initials and the outlet after a sentence: "… tutupnya. (Wan/Fch/Klausa)";
# each initial two or three letters, so "(Kemenkes/Dinkes/Puskesmas)" is no credit.
_EDITOR = r"(?:[A-Z][a-z]{1,2}|[a-z]{2,3}|[A-Z]{2,3})"
# A reporter's code of capitals and a number after the last sentence, its stop perhaps
# repeated: "… terangnya. (KR21).", "… katanya.(WN3)"; "(Q3)" inside a sentence stays.
_REPORTER_CODE = r"(?<=[.!?\"”])\s*\(\s*[A-Z]{1,4}\d{1,3}\s*\)\.?"
# One letter in lower case after the last sentence: "… 1-6 Juli 2019. (b)".
_ONE_LETTER = r"(?<=[.!?\"”])\s*\(\s*[a-z]\s*\)"
# An outlet's initials in mixed case after the last sentence, a lower-case letter then
# capitals: "… paparannya. (hP)"; "(iOS)" after a word, inside a sentence, stays.
_MIXED_CASE_INITIALS = r"(?<=[.!?\"”])\s*\(\s*[a-z][A-Z]{1,2}\s*\)"
# Two capitalised syllables in brackets after the last sentence ("(KunMarsy)") are not taken
# for a reporter's initials: brands are written so too ("(BlackBerry)", "(McLaren)").

# One capital after a quotation's closing verb and its stop: "… pungkasnya. (H)"; after any
# other sentence it may be a list's or a figure's label ("… berikut. (A)").
_SPEECH_VERBS_NYA = ("pungkas", "ujar", "kata", "tutur", "jelas", "ungkap", "tegas", "tandas",
                     "imbuh", "tambah", "lanjut", "papar", "terang", "ucap", "sebut", "timpal")
_ONE_CAPITAL = ("(?:" + "|".join(f"(?<={verb}nya[.!])" for verb in _SPEECH_VERBS_NYA)
                + r")\s*\(\s*[A-Z]\s*\)")
# A desk's number and the outlet's initials after the last sentence, "… Medan. (03/DN)", or
# an editor's code between bars, "… baru. |B-01|": a date "(03/10)" has no letters.
_NUMBER_THEN_INITIALS = r"(?<=[.!?\"”])\s*\(\s*\d{1,3}\s*/\s*[A-Z]{2,4}\s*\)"
_BARRED_CODE = r"(?<=[.!?\"”])\s*\|\s*[A-Za-z]{1,4}-?\d{1,3}\s*\|"
# A reporter's first name and the editor's number with a leading zero, after the last
# sentence: "… paparnya. (Rina-02)". A name with a version or a year ("(Covid-19)",
# "(Sukhoi-35)") has no leading zero.
_NAME_DASH_CODE = r"(?<=[.!?\"”])\s*\(\s*[A-Z][a-z]{2,11}\s*-\s*0\d\s*\)"
_INITIALS_THEN_OUTLET = (rf"(?<=[.!?\"”])\s*\((?![A-Z/\s]+/)\s*{_EDITOR}(?:\s*/\s*{_EDITOR}){{1,2}}"
                         r"\s*/\s*[A-Z][A-Za-z]{3,14}\s*\)")
EDITOR_INITIALS = re.compile(
    rf"\s*(?:{_INITIALS_THEN_OUTLET}|{_ONE_LETTER}|{_MIXED_CASE_INITIALS}|{_REPORTER_CODE}"
    rf"|{_ONE_CAPITAL}"
    rf"|\(\s*{_INITIALS}\s*\)|\[\s*(?!sic\b){_INITIALS}\s*\]|{_NUMBERED_INITIALS}"
    rf"|{_BARE_STAFF_CODE}|{_NUMBER_THEN_INITIALS}|{_BARRED_CODE}|{_NAME_DASH_CODE}"
    r"|(?<=[.!?\"”])\*{2,3}\d{1,2}\*{2,3}"  # Antara's count of a story's parts: "***1***"
    # an editor's code with stars after the last sentence: "… 2024. (rin12***)"; "(5*)" a rating
    r"|(?<=[.!?\"”])\s*\(\s*[a-z]{2,5}\d{0,3}\*{1,3}\s*\)"
    rf"|{_PAIRED}(?:\s+[a-z0-9][a-z0-9 -]*)?)\s*$"
)
# An editor's initials in lower case before the last full stop, after a speech verb's "-nya":
# "… pungkasnya (van)."; "tahun sebelumnya (yoy)." stays.
INITIALS_BEFORE_STOP = re.compile(
    r"\b(?:pungkas|ujar|kata|tutur|jelas|ungkap|tegas|tandas|imbuh|tambah|lanjut|papar|terang"
    r"|ucap|sebut)nya(?P<initials>\s*\(\s*[a-z]{2,4}\s*\))(?=\.$)")
# Paired or numbered initials after a sentence close any paragraph, not only the last: a
# crawler may copy text after them ("… timpal dia. (mg10/jpnn)"). "(TNI/Polri)." stays.
INITIALS_AFTER_SENTENCE = re.compile(
    rf"(?<=[.!?\"”])\s*(?:{_PAIRED}|{_REPORTER_NUMBER}|{_NUMBERED_INITIALS}"
    r"|\(\s*(?:\d{2}|0\d{2})\s*\))\s*$")  # "(01)", an editor's number "(064)"; "(123)" stays
# A short credit in brackets after the last sentence: a credit word ("(Antara)", "(Humas Polres
# Garut)", "(humas pemkab garut)") or a source after a slash ("(Antara/Budi)"); "(Jadwal dapat
# berubah)", "(Gratis)" and "(UU ITE)" are the article's own words and stay.
# Outlets credited at an article's end ("(Tribunnews)", "(Tribun Jabar)") or named as the
# channel after an author ("Rizky Pratama - Tribunnews").
OUTLET_NAMES: tuple[str, ...] = (
    "tribun", "tribunnews", "kompas", "kompastv", "detik", "detikcom", "tempo", "liputan6",
    "kontan", "okezone", "republika", "antaranews", "cnn", "cnbc", "suara", "viva", "merdeka",
    "jpnn", "inews", "sindonews", "kumparan", "idntimes", "bisnis", "katadata", "beritasatu",
    "tvone", "metrotv", "gonews", "wolipop",
)
CREDIT_WORDS: tuple[str, ...] = (
    "humas", "antara", "ant", "foto", "sumber", "dok", "red", "rls", "rilis", "adv", "admin",
    "advertorial", "ist", "istimewa", "penulis", "editor", "reuters", "afp", "xinhua", "ap",
    *OUTLET_NAMES,
)
# Regions and sections a channel after an author names: "- Jatim", "- Sepakbola".
CHANNEL_REGIONS: tuple[str, ...] = (
    "jatim", "jabar", "jateng", "jogja", "diy", "sumut", "sumbar", "sulsel", "kaltim", "bali",
    "ntt", "ntb", "papua", "aceh", "riau",
)
CHANNEL_SECTIONS: tuple[str, ...] = (
    "sepakbola", "sepak bola", "bola", "sport", "sports",
    "olahraga", "news", "berita", "nasional", "internasional", "ekonomi", "bisnis", "finance",
    "otomotif", "oto", "tekno", "teknologi", "lifestyle", "gaya hidup", "hiburan", "seleb",
    "entertainment", "travel", "kesehatan", "health", "edukasi", "regional", "metro",
    "megapolitan", "politik", "hukum", "dunia", "global", "sains",
)
CHANNEL_WORDS: tuple[str, ...] = (*CHANNEL_REGIONS, *CHANNEL_SECTIONS)
# A menu of regions and sections, each one word: "Daerah Sulawesi Sumatera Jabar Banten Jateng
# DI Yogya Jatim Bali".
MENU_WORDS: frozenset[str] = frozenset({
    *(w for w in CHANNEL_WORDS if " " not in w), "daerah", "di", "sumatera", "sumatra",
    "sulawesi", "kalimantan", "jawa", "banten", "yogya", "yogyakarta", "jakarta", "maluku",
    "kepri", "babel", "lampung", "jambi", "bengkulu", "sumsel", "sulut", "sulteng", "sultra",
    "sulbar", "kalbar", "kalteng", "kalsel", "kaltara", "gorontalo", "malut", "pabar", "beranda",
    "home", "video", "foto", "opini", "indeks", "terpopuler", "terkini", "live", "tv",
})
MENU_MIN_WORDS = 6
SITE_DESCRIPTION_MIN_SECTIONS = 5  # a headline names two or three ("Politik dan Ekonomi …")
SITE_DESCRIPTION_MAX_WORDS = 40
# Sections' names only: a paragraph naming five provinces is the text's own.
_SECTION_NAMES = frozenset(w for w in CHANNEL_SECTIONS if " " not in w)
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")
HOME_MENU_MIN_WORDS = 8  # "Home Industri Tempe Kian Berkembang" is a headline
HOME_MENU_MIN_NAMED = 3  # sections named after the home link: "Home Warta Nasional Opini …"
MENU_SHARE = 0.8  # a headline naming regions ("Banjir Landa Jabar dan Jateng") has other words
# The credit's words may be parted by slashes: "(RS/Adv/Humas Kota)".
_CREDIT_PARTS = r"(?:\s+|\s*/\s*)"
CLOSING_CREDIT = re.compile(
    rf"(?<=[.!?\"”])\s*\((?:(?:[\w-]+{_CREDIT_PARTS}){{0,3}}?(?i:{alternation(CREDIT_WORDS)})"
    rf"(?:{_CREDIT_PARTS}[\w-]+){{0,3}}"
    r"|[^()\d.!?/]{1,30}/[^()\d.!?/]{1,30}|[^()|]{1,30}\|[^()|]{1,30}"
    r"|[A-Z][A-Z.' ]{2,30}/[A-Z]{1,4}-\d{1,3})\)"  # a reporter and a desk: "(BUDI/B-5)"
    # a stop, or the end-of-story stars, may follow it: "… 2020.” (Rina/Budi).", "… desa. (ant).***"
    r"(?:\.?\*{3}|\.)?\s*$"
    # one credit word in square brackets: "… katanya. [Antara]"; "[sic]" is no credit word
    rf"|(?<=[.!?\"”])\s*\[\s*(?i:{alternation(CREDIT_WORDS)})\s*\]\s*$"
)
CLOSING_CREDIT_MAX_WORDS = 4
# A reporter's or outlet's tag closing the last paragraph where no sentence would put a bracket:
# one lower-case word glued to the full stop ("… banyak pihak.(jejakrekam)"), or two short
# ones joined by a hyphen ("… perkilogram.(rad-yus)"; "(non-tunai)" is a word), or one name after
# a quotation's attribution ("…,” tandas Yusuf. (Sofyan)"). "… biaya. (Gratis)" stays.
# The short verbs of speech.SPEECH_VERBS that close a quotation ('…," pungkas Budi').
_CLOSING_VERB = (r"(?:pungkas|ujar|kata|tutur|jelas|ungkap|tegas|tandas|imbuh|tambah|lanjut|papar"
                 r"|terang|ucap|sebut|timpal)")
# A quotation closed and attributed with a speech verb ('…,” pungkas Widodo'): the article's
# text, never a photo's caption, whatever credit follows it. "jelas", "terang", "lanjut",
# "tambah", "tegas" and "sebut" are ordinary words too ('bertuliskan "Tolak!" jelas terlihat'):
# after a sign's "!" or "?" they attribute only with "-nya" or a name or "dia" after them; after
# a quotation's comma or stop any speaker follows ('…,” tegas politikus muda itu').
_ORDINARY_TOO = r"(?:jelas|terang|lanjut|tambah|tegas|sebut)"
ATTRIBUTED_QUOTE = re.compile(
    rf"[,.!?]\s*[”\"]\s*,?\s*(?:(?!{_ORDINARY_TOO}\b){_CLOSING_VERB}(?:nya)?\b"
    rf"|{_ORDINARY_TOO}(?:nya\b|\s+(?:[A-Z]|dia\b)))"
    rf"|(?:[,.]\s*[”\"]|[!?]\s*[”\"]\s*,)\s*{_ORDINARY_TOO}\s+[a-z]"
)
SIGN_OFF_TAG = re.compile(
    r"(?:(?<=[.!?])(?P<glued>\((?-i:[a-z]{4,20}|[a-z]{2,4}-[a-z]{2,4})\))"
    rf"|\b{_CLOSING_VERB}(?:nya|\s[A-Z][a-z]+|\sdia)\.\s+(?P<named>\([A-Z][a-z]{{2,15}}\)))\s*$"
)


_SITE_NAMED = re.compile(r"\b[\w-]+\.(?:co|com|id|net|org|news|online)\b", re.IGNORECASE)


def is_site_description(line: str) -> bool:
    """Whether the line is a site's description from its page's head, listing its sections
    ("Berita terkini politik, ekonomi, olahraga, hiburan dan gaya hidup - Situs.com"): five
    section names or more, and no sentence's end."""
    words = {w.strip(",.;:-").lower() for w in line.split()}
    return (_SITE_NAMED.search(line) is not None  # "… - Situs.com": a headline names no site
            and len(words & _SECTION_NAMES) >= SITE_DESCRIPTION_MIN_SECTIONS
            and len(line.split()) <= SITE_DESCRIPTION_MAX_WORDS
            and not SENTENCE_END.search(line.rstrip()) and not _SENTENCE_INSIDE.search(line))


def sign_off_tag_span(text: str) -> tuple[int, int] | None:
    """Where a reporter's or outlet's tag closes the text (see ``SIGN_OFF_TAG``), or None."""
    found = SIGN_OFF_TAG.search(text)
    if found is None:
        return None
    return found.span("glued") if found.group("glued") else found.span("named")

# Another article's teaser cut off with its link: "JAKARTA, SITUS.com — Hotel X menghadirkan
# … mulai 19… Read More".
# A teaser's summary and its link's label after a comma, no stop: "Pemprov mencatat imunisasi
# capai 90 persen, simak selengkapnya"; a sentence sending the reader on has a place after
# it ("…, simak selengkapnya di laman resmi.").
TEASER_LINE = re.compile(r"(?:…|\.\.\.)\s*(?:read\s+more|baca\s+selengkapnya)\s*$"
                         r"|,\s*(?:simak|baca)\s+selengkapnya\s*(?:[»>]+\s*)?$",
                         re.IGNORECASE)

# An agency's name signing off the article: "Mi’raj News Agency (MINA)"; the editor and the
# reads a page counts beside each other: "Editor K Balasa Dibaca : 388".
SIGN_OFF_LINE = re.compile(
    r"^[\w’'.-]+(?:\s[\w’'.-]+){0,3}\s+news\s+agency\s*\((?-i:[A-Z]{2,8})\)$"
    r"|^editor\s+[^:]{2,40}\s+dibaca\s*:\s*[\d.,]+$"
    # an e-mail address alone (an author box), an image's file name: "20151017-Piala-…-Persib"
    r"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^\d{6,8}-[\w]+(?:-[\w]+){2,}$"
    # a phone camera's tag or file name left as a photo's title: "Oplus_131072", "IMG_20240105"
    r"|^(?:oplus|img|dsc|pxl|vid)_\d{4,}(?:_\d+)*$", re.IGNORECASE)

# A link to another article in brackets inside a paragraph: "(Baca: Korban Kecelakaan …)".
# "(baca: perangkat desa)" in lower case means "read as" and stays.
BRACKETED_RELATED = re.compile(
    r"\s*\((?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)(?:\s+(?i:juga|pula))?\s*:\s*[A-Z0-9][^()]{2,160}\)")

# Embeds a copy leaves in the text: "[Gambas:Video 20detik]", "[ Gambas : Instagram ]".
EMBED_PLACEHOLDER = re.compile(r"\s*\[\s*Gambas\s*:[^\]]*\]", re.IGNORECASE)
# A video teaser after a sentence, ending the line or before an embed: "… kemarin. Simak
# Video "Jelang Laga …"".
INLINE_VIDEO_TEASER = re.compile(
    r"(?:(?<=[.!?”\"])|(?<=[.!?”\"]\s))\s*(?:Simak|Tonton|Saksikan)\s+(?:juga\s+)?Video\s*:?"
    r"\s*[\"“][^\"“”]*[\"”](?=\s*(?:$|\[|\())",
    re.IGNORECASE,
)

# A label between an article's paragraphs, glued into one line by a copy: "Lanjutkan membaca
# artikel di bawah", "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT".
INLINE_PAGE_LABEL = re.compile(
    r"(?<=[.!?”\"])\s+(?:(?i:lanjutkan\s+membaca\s+artikel\s+di\s+bawah(?:\s+ini)?"
    r"|scroll\s+to\s+(?:continue|resume)\s+(?:with\s+)?content"
    rf"|{_PAGINATION}(?=\s*(?:$|[(\[])))"
    r"|ADVERTISEMENT)(?=\s|$)"
)
# A video or post embedded by its address, left in the text: "… terakhir.
# https://www.youtube.com/embed/xzy2bFXyurI".
# In a sentence ("disaksikan di https://youtube.com/watch?v=…") it stays.
EMBED_ADDRESS = re.compile(
    r"(?:(?<=[.!?”\"])|^)\s*https?://(?:www\.)?(?:youtube\.com/(?:embed|watch)|youtu\.be/"
    r"|instagram\.com/(?:p|reel)/|(?:twitter|x)\.com/\w+/status/|tiktok\.com/@)\S*"
    r"(?=\s+[A-Z(]|\s*$)"
)
