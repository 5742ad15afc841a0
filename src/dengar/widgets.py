"""Lines a news page's widgets leave in the copy: app promotions, share bars, view counters,
image file names and time stamps printed twice. None of them is ever said by a reader.

Each pattern matches a whole line, so the same words inside a sentence are kept.
"""

from __future__ import annotations

import re

_NETWORK = r"(?:whatsapp|wa|facebook|fb|twitter|x|telegram|linkedin|pinterest|line|e-?mail|link)"

# The outlet's app promotion: "Baca artikel Suara Kita lainnya di Suara Kita App". A reader
# pointed to "artikel lainnya di halaman berikut" gets no app, so the line must end in "App".
APP_PROMO_LINE = re.compile(
    r"^baca\s+(?:artikel|berita)\b.{0,40}\blainnya\s+di\b.{1,30}\bapp\.?$", re.IGNORECASE
)
# An app banner's button, the app's name may follow: "Get App", "get app harianku". A
# sentence goes on ("Get app updates …" is no banner: three words, the last no name).
APP_BANNER_LINE = re.compile(r"^get\s+(?:the\s+)?app(?:\s+[a-z][\w.-]*)?$", re.IGNORECASE)
# An advert slot's label naming the site, all in lower case: "iklan harianku". A heading
# is capitalised ("Iklan Rokok Dilarang") and a sentence goes on.
AD_SLOT_LINE = re.compile(r"^iklan\s+[a-z][a-z0-9.-]{2,}$")
# A share bar with each button's label: "Share Whatsapp Share Facebook Share Link". One
# "Share Facebook" may be a heading on how to share; two or more in a row are buttons.
SHARE_BAR_LINE = re.compile(
    rf"^(?:(?:share|bagikan)\s+(?:ke\s+)?{_NETWORK}\s*[|•·]?\s*){{2,}}$", re.IGNORECASE
)
# A view counter with its label: "Dibaca : 1.839 Kali", "Dilihat: 240 kali", also at the end
# of a meta line ("UMUM - Diposting Oleh : Humas - Dibaca : 12 Kali"). The colon is the
# widget's: a sentence says "dibaca 1.000 kali" without one.
VIEW_COUNT_TAIL = re.compile(
    r"^(?:.{0,150}?\s[-–|•]\s)?(?:dibaca|dilihat)\s*:\s*[\d.,]+\s*kali\s*$", re.IGNORECASE
)
# A rubric's labels in capitals with the view counter glued on: "DAERAH, HEADLINE1,406 views",
# "EKONOMI | BERITA UTAMA 2.310 dilihat". Only capitals before the count: a heading is not
# all capitals and counts no views, and a sentence ("Video itu ditonton 1.406 views") goes on.
_RUBRIC = r"[A-Z][A-Z&/-]+(?:\s[A-Z][A-Z&/-]+){0,2}"
RUBRIC_VIEWS_LINE = re.compile(
    rf"^{_RUBRIC}(?:\s*[,|•·]\s*{_RUBRIC}){{0,3}}\s*\d[\d.,]*\s*(?i:views?|dilihat|dibaca)$")
# An image's file name left as its caption: "IMG_2041.jpg", "WhatsApp Image 2022-05-02 at
# 10.45.46.jpeg". A camera's or an app's name carries a digit or an underscore and is one
# token (WhatsApp's aside): a sentence naming a file ("… bernama IMG_2041.jpg") stays. A
# site's slug joins words with hyphens: "Bupati-Sukamaju-b.jpg".
IMAGE_FILE_LINE = re.compile(
    r"^(?:(?=\S*[\d_-])\S{1,100}|\S*\s*WhatsApp Image [\d-]+ at [\d.]+)"
    r"\.(?:jpe?g|png|webp|gif|heic)$",
    re.IGNORECASE,
)
# An image's file name as a UUID, its dashes read as spaces: "50c58717 47ea 42b2 a311
# 1812a292c62c". Five groups of hex digits of exactly these lengths; no sentence has them.
UUID_NAME_LINE = re.compile(
    r"^[0-9a-f]{8}[\s_-][0-9a-f]{4}[\s_-][0-9a-f]{4}[\s_-][0-9a-f]{4}[\s_-][0-9a-f]{12}"
    r"(?:\.(?:jpe?g|png|webp|gif))?$", re.IGNORECASE)
# A media tag a plain-text copy kept whole: '<image>data:image/png;base64,… alt="…"</image>',
# '<img src="…">', and any line carrying an inline data: address. A tag of the text's own
# ("<b>Kata</b>") is not one of these and stays.
_MEDIA_TAG = r"(?:image|img|figure|picture|video|iframe|svg|source|audio|embed)"
MARKUP_LINE = re.compile(
    rf"^<{_MEDIA_TAG}\b[^<>]*>(?:.*</{_MEDIA_TAG}>)?$|^.*\bdata:[a-z]+/[\w.+-]+;base64,.*$",
    re.IGNORECASE)
# Blogger's links to the newer and the older post: "Lebih baru Lebih lama", "Posting Lebih
# Baru Posting Lama Beranda", "Newer Post Older Post Home".
NEWER_OLDER_LINE = re.compile(
    r"^(?:posting(?:an)?\s+)?lebih\s+baru\s*[|•·]?\s*(?:posting(?:an)?\s+)?(?:lebih\s+)?lama"
    r"(?:\s*[|•·]?\s*beranda)?$|^newer\s+posts?\s*[|•·]?\s*older\s+posts?(?:\s+home)?$",
    re.IGNORECASE)
# Blogger's search box title, in the template's Indonesian or English: "Cari Blog Ini",
# "Search This Blog". Alone on its line; "Cari blog ini di Google" is a sentence.
BLOG_SEARCH_LINE = re.compile(r"^(?:cari\s+blog\s+ini|search\s+this\s+blog)$", re.IGNORECASE)
# The same date and time printed twice (published, then updated): "5 Mei 2023 11:10 5 Mei
# 2023 11:10". Once it is a dateline; twice on one line it is the page's stamp.
_STAMP = r"\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4},?\s+\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?"
DOUBLE_STAMP_LINE = re.compile(rf"^(?P<stamp>{_STAMP})\s*[|-]?\s*(?P=stamp)$")
# A button's alt text: "Tombol Google News", "Tombol WhatsApp".
BUTTON_LINE = re.compile(r"^tombol\s+google\s+news$", re.IGNORECASE)
# An image field's name printed for its empty value: "img_title", "image_caption".
FIELD_NAME_LINE = re.compile(r"^(?:img|image|foto|photo)_(?:title|alt|caption|credit)$"
                             r"|^spot_img$"  # a theme's image slot
                             # an image slot's alt text: "header img", "featured image"
                             r"|^(?:header|featured|thumbnail)\s+(?:img|image)$", re.IGNORECASE)
# A text-size widget's buttons: "A A A", "A- A A+", "Aa Text" (its button and label); its
# title and its sizes, each alone on a line in English: "Text Sizes", "Medium", "Larger". An
# Indonesian text's line is no lone English size word; "Ukuran Large tersedia" goes on.
TEXT_SIZE_LINE = re.compile(r"^A[-−]?\s+A\s+A\+?$|^Aa\s+(?i:text|teks)$"
                            r"|^(?i:(?:text|font)\s+sizes?)$|^(?:Small|Medium|Large|Larger|Largest)$")
# A page footer's credit to its CMS theme: "Joomla Templates by JoomShaper", "WordPress Theme
# by Kadence"; a share plugin's template token printed for its buttons: "s2sdefault".
CMS_FOOTER_LINE = re.compile(
    r"^(?:joomla|wordpress|drupal|blogger)\s+(?:templates?|themes?)\s+by\s+[\w.-]+$"
    r"|^s2s_?default$", re.IGNORECASE)
# The site's own address alone, as its author widget prints it: "Kabarkita.com",
# "tribunnews.com". Never an author (``byline``); with a place or a dash it is a dateline and
# is not taken here. An address the text gives to visit under a government's or a service's
# domain ("lapor.go.id", "cekbansos.kemensos.go.id" under "situs berikut:") is read.
SITE_NAME_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*\.(?i:com|co\.id|id|net)$")

# An embedded post's credit naming the account alone: "Sumber ig @harianpagi", "Sumber:
# Instagram @harian.pagi". A sentence goes on after the account ("Sumber ig @x menyebut …").
_SOCIAL = r"(?:ig|instagram|twitter|x|tiktok|fb|facebook|youtube|yt|threads)"
SOCIAL_SOURCE_LINE = re.compile(
    rf"^(?:sumber|source|foto|photo|video|kredit|credit)\s*:?\s*(?:{_SOCIAL}\s*:?\s*)?"
    r"@[\w.]{2,30}$", re.IGNORECASE)
# An English theme's link to the rest of the article's section: "More in Finance", "More in
# Daerah". Capitalised section names only, one or two; "More in common …" is a sentence.
MORE_IN_SECTION_LINE = re.compile(r"^More\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?$")
# A comment form's sum to solve, its answer box empty: "19 + 14 =", "twelve − 8 =" (one term
# may be spelled out). A digit is on one side and nothing follows the "="; "2 + 2 = 4" stays.
_TERM = r"(?:\d{1,3}|[A-Za-z]{3,9})"
CAPTCHA_LINE = re.compile(
    rf"^(?=[^\d]*\d){_TERM}\s*[+−–×x*-]\s*{_TERM}\s*=$")
# A mobile page's overlays: a notice to turn the phone ("Better experience in portrait mode.",
# "Putar layar ke mode potret") and an advert's bar asking to swipe on, its label glued on
# ("Iklan - Geser ke atas untuk melanjutkan"). A sentence goes on past these words ("Geser ke
# atas untuk melanjutkan pendakian, kata Budi").
OVERLAY_LINE = re.compile(
    r"^(?:better|best)\s+(?:experience|viewed)\s+in\s+(?:portrait|landscape)\s+mode[.!]?$"
    r"|^(?:putar|miringkan)\s+(?:layar|ponsel|perangkat)(?:\s+anda)?\s+ke\s+(?:mode\s+)?"
    r"(?:potret|portrait|lanskap|landscape)[.!]?$"
    r"|^(?:(?:iklan|advertisement|ads?)\s*[-–—:|]\s*)?(?:geser|gulir|swipe|scroll)\s+"
    r"(?:ke\s+)?(?:atas|up)\s+(?:untuk|to)\s+(?:melanjutkan|lanjut|continue)"
    r"(?:\s+(?:membaca|reading))?[.!]?$",
    re.IGNORECASE)
# A site's welcome blurb over the article, naming its web address: "Selamat datang di
# harian.id - Portal Berita Sukamaju. Dapatkan berita terkini …". A greeting in the text names
# a place or a person, not an address ("Selamat datang di Desa Sukamaju, kata Budi").
WELCOME_LINE = re.compile(
    r"^selamat\s+datang\s+di\s+(?:www\.)?[a-z][\w-]*\.(?:com|co\.id|id|net|org|news)"
    # a blurb about the site follows, or nothing; "…, begitu bunyi spanduk" is the text's
    r"(?=\s*(?:[-–|!:.]|$))", re.IGNORECASE)
# A footer's menu, its links set apart by bars: "Redaksi | Pedoman Media Siber | Kontak |
# Karir". Four or more short items, two of them the links every outlet's footer carries; a
# line of a table or a title with bars ("Harga Beras | Pasar Sukamaju | Rabu") names none.
FOOTER_LINKS = frozenset({
    "redaksi", "susunan redaksi", "pedoman media siber", "pedoman media cyber",
    "pedoman pemberitaan media siber", "disclaimer", "karir", "karier", "kontak", "kontak kami",
    "hubungi kami", "tentang kami", "peta situs", "sitemap", "kebijakan privasi",
    "privacy policy", "info iklan", "iklan", "syarat dan ketentuan", "kode etik", "network",
})
FOOTER_MENU_MIN_ITEMS = 4
FOOTER_MENU_MIN_LINKS = 2
FOOTER_ITEM_MAX_WORDS = 4


def _is_footer_menu(text: str) -> bool:
    """Whether the line is a footer's menu of links set apart by bars."""
    items = [item.strip() for item in text.split("|")]
    return (len(items) >= FOOTER_MENU_MIN_ITEMS
            and all(item and len(item.split()) <= FOOTER_ITEM_MAX_WORDS for item in items)
            and sum(item.lower() in FOOTER_LINKS for item in items) >= FOOTER_MENU_MIN_LINKS)


WIDGET_LINES: tuple[re.Pattern[str], ...] = (
    APP_PROMO_LINE, APP_BANNER_LINE, AD_SLOT_LINE, SHARE_BAR_LINE, VIEW_COUNT_TAIL,
    RUBRIC_VIEWS_LINE,
    IMAGE_FILE_LINE, DOUBLE_STAMP_LINE,
    BUTTON_LINE, FIELD_NAME_LINE, TEXT_SIZE_LINE, CMS_FOOTER_LINE, SITE_NAME_LINE,
    SOCIAL_SOURCE_LINE, UUID_NAME_LINE, MARKUP_LINE, NEWER_OLDER_LINE,
    MORE_IN_SECTION_LINE, CAPTCHA_LINE, BLOG_SEARCH_LINE, OVERLAY_LINE, WELCOME_LINE,
)


def is_widget_line(line: str) -> bool:
    """Whether the whole line is left by one of the page's widgets.

    Args:
        line: One line of the article, stripped.

    Returns:
        True for an app promotion, a share bar, a view counter (alone or after a rubric's
        labels), an image's file name, a time stamp printed twice, a button's label, an image
        field's name, a text-size widget or a CMS theme's footer credit, an image's UUID, a
        media tag, a blog's newer and older post links and its search box's title, an app
        banner, an advert slot naming the site, a "More in" section link,
        a comment form's sum to solve, a mobile overlay's notice, a site's welcome blurb, a
        footer's menu of links set apart by bars.
    """
    text = line.strip()
    return any(pattern.match(text) for pattern in WIDGET_LINES) or _is_footer_menu(text)
