"""Rule data for where, when and by whom: an outlet's dateline tag, bylines, dates, photo credits.

Data only, like ``furniture`` (the page's furniture): ``dateline``, ``byline``, ``article``
and the caption readers hold the logic that uses it. Patterns are compiled once, at import.
"""

from __future__ import annotations

import re

from dengar.furniture import CHANNEL_REGIONS
from dengar.patterns import alternation

# --- agency and dateline markers -------------------------------------------------------------

# An outlet's tag: a domain ("KOMPAS.com", "KONTAN.CO.ID", "Okezone.com"), an outlet known to
# tag its leads, or any all-caps word in brackets ("(VOVWORLD)", "(ANTARA)").
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.(?:[A-Za-z]{2,4}|[Oo]nline)){1,2}"
# An outlet's name written as a brand, a capital inside the word: "GoSumsel", "TiTo",
# "KompasOtomotif", "SANCAnews", and a region's capitals after it ("TOPNewsNTT"). Never a
# place, so it is a tag wherever a place could be.
_BRAND = r"(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{2,}(?:[A-Z]{2,4})?)"
_PLACE_CAPS = r"[A-Z][A-Z'’.]+(?:\s+[A-Z][A-Z'’.]+){0,2}"
_PLACE_TITLE = r"[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,1}"
# "---" is how Markdown writes an em dash; "—-" and "----" are typed by hand; a tilde
# between spaces stands for one ("Harian.co.id, Garut ~ …").
_DASH = r"(?:\s*[-–—]{1,4}\s*|\s+~\s+)"

# Outlets whose own tag opens their articles' leads, and the name they publish under.
# Keys are upper case.
PUBLISHER_TAGS: dict[str, str] = {
    "VOVWORLD": "VOV World", "VOV": "VOV", "ANTARA": "ANTARA", "ANTARANEWS.COM": "ANTARA",
    "KOMPAS.COM": "Kompas.com", "KONTAN.CO.ID": "Kontan", "TRIBUNNEWS.COM": "Tribunnews.com",
    "OKEZONE.COM": "Okezone", "DETIKCOM": "detikcom", "DETIKNEWS": "detikcom",
    "DETIKINET": "detikcom", "LIPUTAN6.COM": "Liputan6.com", "TEMPO.CO": "Tempo.co",
    "REPUBLIKA.CO.ID": "Republika", "SUARA.COM": "Suara.com", "VIVA.CO.ID": "VIVA",
    "CNN INDONESIA": "CNN Indonesia", "CNBC INDONESIA": "CNBC Indonesia",
    "BISNIS.COM": "Bisnis.com", "JPNN.COM": "JPNN.com", "MERDEKA.COM": "Merdeka.com",
    "IDNTIMES.COM": "IDN Times", "SINDONEWS.COM": "SINDOnews", "TIMESINDONESIA": "TIMES Indonesia",
    "BERITASATU.COM": "Beritasatu", "KATADATA.CO.ID": "Katadata", "INILAH.COM": "Inilah.com",
    "IDN TIMES": "IDN Times", "VIVA": "VIVA", "INEWS": "iNews", "KUMPARAN": "kumparan",
    "REUTERS": "Reuters", "AFP": "AFP", "AP": "AP", "XINHUA": "Xinhua", "BERNAMA": "Bernama",
}
_OUTLET_NAME = alternation(tuple(k for k in PUBLISHER_TAGS if "." not in k))
# A paper's name in capitals, which a place never is: glued to a press word ("BORNEONEWS",
# "SUMUTPOS"), a press word after it ("BATAM POS") or a paper's family before it ("RADAR
# NONSTOP", "TRIBUN TIMUR"). "NEW YORK", "BANDA ACEH" have none.
# The lead's first word follows in capitals or a number ("JATIMTIMES - 48 atlet"), so "RADAR
# CUACA - alat yang …" and "KANTOR POS - yang …" keep their subject.
_PRESS_CAPS = (r"(?:[A-Z]{3,}(?:NEWS|POS|POST|TIMES|ONLINE)|[A-Z]{3,}\s(?:NEWS|POS|POST|TIMES)"
               r"|(?:RADAR|TRIBUN)\s[A-Z]{3,})(?=,\s*[A-Z]|\s*[-–—]{1,4}\s*[A-Z0-9“\"])")
_OUTLET = rf"(?:{_DOMAIN}|(?i:{_OUTLET_NAME})|{_BRAND}|{_PRESS_CAPS})(?![A-Za-z])"
# An outlet named in words ending in a press word: "Nusantara Media", "Kabar Kota News",
# and its regional desk after it: "Kabar Online Jatim". Only after a place, where the name
# cannot be the lead's own subject.
_PRESS_NAME = (r"(?:[A-Z][A-Za-z]+\s+){1,2}"
               r"(?:Media|News|Online|Pos|Post|Times|Today|Ekspres|Express)"
               rf"(?:\s+(?i:{alternation(CHANNEL_REGIONS)}))?(?![A-Za-z])")
# "(ANTARA)", and a wire's shared tag "(Antara/PRNewswire)".
# A regional desk adds a word ("(Antaranews Sumut)"); a domain may be in lower case.
_BRACKETED = (r"\(\s*(?:[A-Z][A-Za-z0-9.]*[A-Za-z.](?:\s+[A-Z][A-Za-z]+)?"
              rf"(?:\s*/\s*[A-Za-z][A-Za-z0-9.]*)*|{_DOMAIN})\s*\)")
# The date some wires put between the place and the tag: "ISTANBUL, 23 Februari 2016 (…)".
_DATELINE_DATE = r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"

# A web address by its ending, its labels of any length: "radarbanyumas.disway.id".
_SITE = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)*\.(?i:com|id|net|org|news|online)\b"
_SITE_CAPS = r"[A-Z][A-Z0-9-]*(?:\.[A-Z][A-Z0-9-]*)*\.(?:COM|ID|NET|ORG|NEWS|ONLINE)\b"
_SITE_ONE_CASE = (r"(?:[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*\.(?:com|id|net|org|news|online)\b"
                  rf"|{_SITE_CAPS})")

# The forms a dateline takes before the lead's first word. Group "place" is what a reader
# would say; group "tag" names the outlet and is never spoken.
DATELINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern) for pattern in (
        # (VOVWORLD) -    Jakarta (ANTARA) -    JAKARTA, 23 Februari 2016 (Antara/X) --
        # Mataram, NTB (ANTARA News) -: the city and its province. A comma may be left
        # before the dash: "Sukamaju, (harian.com),-".
        rf"^(?:(?P<place>(?:{_PLACE_CAPS}|{_PLACE_TITLE})(?:,\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE})"
        rf"(?=\s*\())?),?\s*)?(?:{_DATELINE_DATE}\s*)?"
        rf"(?P<tag>{_BRACKETED})(?:,(?=\s*[-–—]))?{_DASH}",
        # JAKARTA, KOMPAS.com -    Jakarta, CNN Indonesia --    Medan // Humas.com -
        # Pandeglang, Banten Media –    KUPANG, TOPNewsNTT||: a double bar for the dash.
        # TUBAN | HARIAN.COM –: a bar after the place; Bogor_HARIAN.COM_Warga: underscores.
        rf"^(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE})(?:,|\s*/{{1,2}}|\s+\||_)\s*"
        rf"(?P<tag>{_OUTLET}|{_PRESS_NAME})(?:{_DASH}|\s*\|\|\s*|_(?=[A-Z]))",
        # TRIBUNNEWS.COM, JAKARTA -    Okezone.com, Jakarta -    KONTAN.CO.ID - JAKARTA.
        # (Harian.id), Jakarta -. A paper's code may follow the place: "Harian.co.id –
        # KAYONG UTARA-RK. Bupati …".
        rf"^(?P<tag>{_OUTLET}|\(\s*{_DOMAIN}\s*\))(?:,\s*|_\s*|{_DASH})"
        rf"(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE})"
        rf"(?P<code>-[A-Z]{{1,3}}(?=\.))?(?:\.\s*|{_DASH})",
        # KABARKOTA I KETAPANG –: the outlet and the place parted by a bar (or an I for one);
        # an outlet in mixed case only before a bar: "Kabar7 | GARUT, –". An outlet's code of
        # two or three capitals before a bar, then a place and its dash: "BRN | Malaysia –".
        rf"^(?P<tag>[A-Z][A-Z0-9]{{3,}}(?=\s+[I|])|[A-Z][A-Za-z0-9]{{3,}}(?=\s+\|))\s+[I|]\s+"
        rf"(?P<place>{_PLACE_CAPS}),?{_DASH}",
        rf"^(?P<tag>[A-Z]{{2,3}})\s+\|\s+(?P<place>{_PLACE_TITLE}),?\s*[-–—]{{1,2}}\s+(?=[A-Z“\"])",
        # KOMPAS.com -    detikcom -    Harian.com, –: a comma left before the dash.
        # HARIAN.ID (12/3/24)-Ketika …: the post's date in brackets after the outlet.
        rf"^(?P<tag>{_OUTLET})(?:\s*(?P<tag_date>\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)))?"
        rf"(?:,(?=\s*[-–—]))?{_DASH}",
        # JAKARTA, kabarbisnis.com: Badan …    PURBALINGGA, RADARBANYUMAS.DISWAY.ID, Ribuan …
        # A web address ends the tag with a colon or a comma instead of a dash.
        # After a comma, only a place in capitals and an address in one case ("Shopee,
        # Tokopedia.com, Lazada …" is a list).
        rf"^(?:(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE}),\s*(?P<tag>{_SITE})(?:\s*:\s+|{_DASH})"
        rf"|(?P<place_caps>{_PLACE_CAPS}),\s*(?P<tag_one_case>{_SITE_ONE_CASE})\s*,\s+)"
        r"(?=[A-Z“\"])",
        # KALTENG, HARIAN.ID Insiden …: a place and an address, both in capitals, then the
        # lead's capitalised first word with no dash; a government's or a campus's address
        # is a sentence's subject.
        rf"^(?P<place>{_PLACE_CAPS}),\s*(?P<tag>(?!\S*\.(?:GO|AC|SCH|OR|MIL)\.ID\b){_SITE_CAPS})"
        r"\s+(?=[A-Z“\"][a-z])",
        # INILAHTASIK.COM | Aplikasi …: an outlet's address in capitals alone, before a bar
        # (a government's or a campus's address is the sentence's subject: "LAPOR.GO.ID | …").
        rf"^(?P<tag>(?!\S*\.(?:GO|AC|SCH|OR|MIL)\.ID\b){_SITE_CAPS})\s*\|\s+(?=[A-Z“\"])",
        # situs.co.id | SukamajuHujan deras …: an outlet's address in lower case, a bar, then
        # the place with a dash or glued to the lead's capitalised first word (the page's
        # markup parted them); a government's or a campus's address is the text's subject.
        rf"^(?P<tag>(?!\S*\.(?:go|ac|sch|or|mil)\.id\b){_SITE_ONE_CASE})\s*\|\s*"
        rf"(?P<place>{_PLACE_TITLE})(?:{_DASH}|(?=[A-Z][a-z]))",
        # NEW YORK -    Jakarta -    JAKARTA- Komisi …    JAKARTA—-Badan …    JEMBER, – …
        # JAKARTA - 48 atlet …: a number may open the lead.
        rf"^(?P<place>{_PLACE_CAPS}|{_PLACE_TITLE})"
        r"(?:\s+[-–—]{1,4}\s*|[-–—]{1,2}\s+|[-–—]{2,4}|,\s*[-–—]{1,4}\s*)(?=[A-Z0-9“\"])",
    )
)

# Short capitals that are places; any other two or three capitals alone before the lead's
# dash ("JT - …") are the outlet's code, not spoken.
SHORT_PLACES: frozenset[str] = frozenset({"AS", "RI", "UEA", "DKI", "DIY", "NTB", "NTT", "UK"})

# --- bylines -------------------------------------------------------------------------------

# The byline's label with no author after it: "Oleh :", "Penulis:".
# A job alone ("Reporter") is a word of a list; with its colon it is the label.
EMPTY_BYLINE_LINE = re.compile(r"^(?:oleh\s*:?|(?:penulis|reporter|pewarta|by)\s*:)\s*$",
                               re.IGNORECASE)
# A prefix that announces the author; stripped for Article.byline.
BYLINE_PREFIX = re.compile(
    r"^(?:oleh|by|ditulis\s+oleh|penulis|reporter|wartawan|pewarta|kontributor|tim\s+redaksi"
    r"|tim\s+penulis|peliput(?=\s*:)|jurnalis(?=\s*:)|rep(?=\s*:)"
    r"|kontrib\w{0,3}tor(?=\s*:)"  # the label mistyped: "Kontribtor : Sri Rahayu"
    r"|laporan\s+(?:wartawan|reporter|koresponden)\s+[^,]{1,40},|laporan(?:\s+oleh\b|(?=\s*:))"
    # "Laporan Reporter Tribun Lampung Noval Andriansyah": a Tribun paper's name, no comma.
    r"|laporan\s+(?:wartawan|reporter|koresponden)\s+tribun(?:news\.com|(?-i:\s+[A-Z][a-z]+))"
    r"\s+(?-i:(?=[A-Z][a-z])))\s*:?\s*",
    re.IGNORECASE,
)
# What follows the author on the same line and is not spoken: "| Editor: …", "/ Editor : …",
# or the editor's label and colon after a space alone: "Wartawan: Rina Sari Editor: Budi"
# ("Pilihan Editor: …" is a teaser's label).
BYLINE_EDITOR = re.compile(
    r"(?:\s*[|/,]\s*|^|(?<!pilihan)\s+(?=(?:editor|penyunting|redaktur)\s*:))"
    r"\(?(?:editor|penyunting|redaktur|red(?=\s*:))\b.*$", re.IGNORECASE
)
# "Fino Yurio Kristo - detikinet": a channel name after the author.
BYLINE_CHANNEL = re.compile(rf"\s*[-–—]\s*(?P<channel>detik\w*|{_DOMAIN})\s*$", re.IGNORECASE)
BYLINE_MAX_WORDS = 5
BYLINE_MAX_NAMES = 6

# --- dates ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "may": 5,
    # English, as a date widget on an Indonesian page writes them: "Wednesday, July 3, 2024".
    "january": 1, "february": 2, "march": 3, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}
_WEEKDAY = (r"(?:senin|selasa|rabu|kamis|jum'?’?at|sabtu|minggu|ahad"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
# A copy may type a space after each colon: "00: 05: 43 WIB".
_TIME = (r"(?:[\s,|/•·-]*(?:pukul\s*)?\d{1,2}(?::\s?|\.)\d{2}(?:(?::\s?|\.)\d{2})?"
         r"\s*(?:wib|wita|wit|utc|gmt)?)")
# A line that is only a date: "Selasa, 16 Februari 2016 | 14:38 WIB",
# "Kamis, 05/11/2015 10:08 WIB", "Jum'at, 17 Februari 2017 - 13:30 wib".
DATE = re.compile(
    rf"(?:{_WEEKDAY}\s*,?\s*)?"
    # "16 Desember 2019", and a month's short name between slashes: "16/Des/2019".
    rf"(?:(?P<day>\d{{1,2}})(?:\s+|/)(?P<month>{alternation(tuple(MONTHS))})\.?(?:\s+|/)"
    rf"(?P<year>\d{{4}})"
    rf"|(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})[/-](?P<y>\d{{4}})"
    # An English site's "July 3, 2024", in a weather or date widget above the headline.
    rf"|(?P<en_month>{alternation(tuple(MONTHS))})\s+(?P<en_day>\d{{1,2}}),\s*"
    rf"(?P<en_year>\d{{4}}))"
    rf"{_TIME}?",
    re.IGNORECASE,
)
# What a date line says after the date: "… | 22:04 WIB Last Updated 2023-03-10T15:04:03Z".
DATE_UPDATED_TAIL = re.compile(
    r"\s*(?:last\s+updated|updated|diperbarui|update\s+terakhir)\s*:?\s*"
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$",
    re.IGNORECASE,
)
# A second zone a site's widget prints after the first: "… | 16:13 WIB ET".
DATE_SECOND_ZONE = re.compile(r"(?<=\s)(wib|wita|wit)\s+(?:et|est|edt|pt|pst)$", re.IGNORECASE)
DATE_LABEL = re.compile(
    r"^(?:diterbitkan|dipublikasikan|diperbarui|diposting|terbit|publikasi|published|posted|updated|update"
    rf"|{_DOMAIN}\s*[-–—,]"
    # The desk's initials before a bar: "NS/RN | Jumat, 26 Oktober 2018".
    r"|(?-i:[A-Z]{2,4}(?:/[A-Z]{2,4})+)\s*[|•·])\s*:?\s*",
    re.IGNORECASE,
)

# --- photo captions ------------------------------------------------------------------------

# VOV pages glue "<headline> - ảnh N" (Vietnamese "photo N") before each caption.
IMAGE_MARKER = re.compile(r"\s*[-–—]\s*ảnh\s*\d+\s*", re.IGNORECASE)

# A photo credit in brackets closing a caption: "(Foto: Vania/Okezone)", "(ist)", "(Dok. BI)".
# A credit naming a photo outright, which makes even an attributed quotation a caption
# ("… katanya. (Foto: Humas)"); "(Dok. Dinkes)" may credit the text's source too.
PHOTO_CREDIT_BRACKETED = re.compile(r"\s*\((?:foto|photo)\b[^()]*\)\s*$", re.IGNORECASE)
CREDIT_BRACKETED = re.compile(
    r"\s*\((?:foto|photo|dok|dokumentasi|sumber\s+foto|ist|istimewa|ilustrasi|getty|reuters"
    r"|antara\s+foto|shutterstock)\b[^()]*\)\s*$",
    re.IGNORECASE,
)
# A photographer and outlet in brackets closing a caption: "(Silvia Ng/detikcom)"; a gallery
# copy repeats the caption after it: "… (Silvia Ng/detikcom) Foto: … (Silvia Ng/detikcom)".
_PHOTO_OUTLET = (r"(?:detik\w*|[\w-]+(?:\.[\w-]+)*\.(?:com|id|co|net)|antara(?:\s+foto)?"
                 r"|afp|reuters|ap|epa|xinhua|getty\s+images|istimewa)")
# The photographer's desk may stand between them: "(RINA SARI/HARIAN/HARIAN.net)".
CREDIT_OUTLET = re.compile(
    rf"\s*\([^()/]{{2,40}}(?:/[^()/\s]{{2,20}})?/\s*{_PHOTO_OUTLET}\s*\)(?:\s+foto\s*:.*)?\s*$",
    re.IGNORECASE,
)
# An outlet and its photographer in brackets closing a caption: "(KOMPAS.com/Syakirun Ni'am)".
CREDIT_DOMAIN_FIRST = re.compile(rf"\s*\(\s*{_DOMAIN}\s*/\s*[^()/]{{2,40}}\)\s*$")
# A news agency and its photographer, in brackets or between slashes, closing a caption:
# "Kartu berobat warga (Antara/Rina S)", "… di Sukamaju /Antara/Budi Santoso/". The agency's
# name comes first; a lone "(Antara)" may credit the text's source and stays.
# The text's own sources after an agency are no photographer: "… pekan depan. (Antara/Bernama)";
# the agency's name is all there is ("(Antara/Ani Susanti)" names a photographer).
_TEXT_AGENCIES = (r"(?:(?:bernama|anadolu|sputnik|xinhua|reuters|afp|ap|kyodo|yonhap|tass|oana"
                  r"|wafa|irna|ani|pti|al\s+jazeera|bbc|cnn)(?:\s+(?:agency|news))?\s*[)/-]"
                  r"|kantor\s+berita\b)")
CREDIT_AGENCY_FIRST = re.compile(
    rf"\s*(?:\(\s*(?i:{_PHOTO_OUTLET})\s*/\s*(?!(?i:{_TEXT_AGENCIES}))[A-Z][^()/]{{1,40}}\)"
    rf"|(?<=\s)/\s*(?i:{_PHOTO_OUTLET})\s*/\s*(?!(?i:{_TEXT_AGENCIES}))"
    rf"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){{0,3}}\s*/)\s*$"
)
# A caption that says its photo is an illustration: "Ilustrasi | Sakit Perut (Outlet/Dok.)",
# "Ilustrasi. (Internet)", "(ILUSTRASI) Longsor."; the label and the credit are not read.
ILLUSTRATION_LABEL = re.compile(r"^\(?ilustrasi\)?\s*(?:[.|:–-]\s*|\s+(?=.*\)\s*$)|$)",
                                re.IGNORECASE)
ILLUSTRATION_MAX_WORDS = 15
ANY_BRACKETED_CREDIT = re.compile(r"\s*\([^()]{2,40}\)\s*$")
# A zoom button's label before a caption: "Lihat Foto", "Perbesar".
ZOOM_LABEL = re.compile(r"^\s*(?:lihat\s+foto|perbesar|klik\s+untuk\s+memperbesar)\s+",
                        re.IGNORECASE)
# An agency/photographer credit in capitals, "KOMPAS.com/NABILLA TASHANDRA" before a caption
# or "WARTA KOTA/HENRY LOPULALAN" (repeated in brackets) after it.
_CREDIT_NAME = r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)*"
CREDIT_LEADING = re.compile(
    rf"^(?P<credit>(?:{_DOMAIN}|[A-Z][A-Z.]*(?:\s+[A-Z][A-Z.]*)*)/{_CREDIT_NAME})\s+(?=[A-Z][a-z])"
)
# A credit after the caption's last sentence: "… M.Si. Foto: Safrin/Detiksultra", "… (14/8).
# Humas for Rakyat Kalbar", "… U-23. [harian.com/Rina Sari]", "… pers | Humas Polres X".
CREDIT_AFTER_CAPTION = re.compile(
    r"(?:(?<=[.!?)])\s+(?:(?i:foto|photo)\s*:\s*[^/.!?:]{1,30}/[^/!?:\s]{2,30}"
    r"|(?i:foto|photo)\s*:\s*[a-z]{2,5}"  # the photographer's initials: "… tinggi. Foto: pek"
    # an outlet's name in one word of mixed case: "… pasar. Foto: HARIANnews", "Foto:
    # KabarSukamaju"; a word in plain capitals ("Foto: PEK") or a title ("Foto: Pasar Induk")
    # may be the caption's own words
    r"|(?i:foto|photo)\s*:\s*(?:[A-Z]{2,}[a-z]{2,}|[A-Z][a-z]+[A-Z][a-z]+)"
    # a press office or the paper's own archive: "… (29/7/2025). FOTO: HUMAS", also for an
    # illustration, the archive's name glued on: "… sekolah. Ilustrasi Foto: dok.Harian"
    r"|(?i:ilustrasi\s+)?(?i:foto|photo)\s*:\s*(?i:humas|dok|dokumentasi|istimewa|ist)\b"
    r"(?:\.[A-Z][\w-]*)?[^.!?/]{0,40}$"
    r"|(?i:humas|dok|dokumentasi|foto|ist|istimewa)\s+for\s+(?:[A-Z][\w.-]*\s*){1,3}"
    r"|(?i:foto)\s+(?i:istimewa|ist\.?|by\s+[A-Z]\w+(?:\s+[A-Z]\w+)?))"
    # a site and its photographer after a comma: "…, 4 Desember 2018, Medcom.id - Mustaqim"
    r"|,\s*[\w-]+\.(?:id|com|co\.id|net)\s*[-–]\s*[A-Z][\w']+(?:\s+[A-Z][\w']+)?"
    # a photographer and an outlet glued to the stop by a dash: "… pabrik.-BUDI/HARIAN -",
    # "… perkilogram.-Rina Sari-harian.com"; a sentence never goes on after a stop so
    r"|(?<=[a-z]\.)[-–]\s?[A-Z][\w'.]*(?:\s[A-Z][\w'.]*){0,3}\s?[-/]\s?"
    r"(?:[\w-]+\.(?:com|id|co\.id|net)|[A-Z]{3,}(?:\.[A-Z]+)*)(?:\s+[-–])?"
    # or between two dashes, the outlet in plain words if named: "… panen.-Rina Sari-",
    # "… 2025.-Budi Santoso-Harian Sukamaju"; a sentence never runs on glued to its stop so.
    # A desk's sign-off ("… Maret 2025.-Adv-", "-Red-", "-Ant-") closes the text's own last
    # paragraph, no caption; a photographer's one name ("-Hendra-") is a credit.
    # Initials of three letters ("-Rin-", "-Hms-") sign a desk's text off too.
    r"|(?<=[\w)]\.)[-–](?!(?i:advertorial|redaksi|rilis|humas|editor)[-–])"
    r"(?:[A-Z][\w'’]{3,}|[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){1,3})[-–]"
    r"(?:[A-Z][\w'’]*(?:\s[A-Z][\w'’]*){0,2})?"
    # the credit glued by a slash: "… Kabupaten Puncak Jaya/foto:Rina"
    r"|\s*/\s*(?i:foto|photo)\s*:\s*[A-Z][\w']+(?:\s+[A-Z][\w']+){0,2}"
    r"|\s*\[[^\[\]/]{2,40}/[^\[\]/]{2,40}\])"
    r"\s*$"
)
# A credit after a bar, named as one: "… berikan keterangan pers | Humas Polres Merauke",
# "| Dok. Pribadi", "| Istimewa", "| Foto: Rina Sari"; "Foto" alone or before a plain word
# ("| Foto", "| Foto Keluarga") names no photographer. Only after a caption in sentence case:
# a title-case line before a bar is a page's title ("Judul Berita | Nama Situs"), unless the
# credit is labelled "Foto:" (a site's name never is): "Pelantikan Kepala Desa || Foto: Rin".
# The bar may be doubled: "… di pasar || Foto: Rina Sari".
CREDIT_AFTER_BAR = re.compile(
    r"\s+\|{1,2}\s+(?:(?i:humas|dok|dokumentasi|ist|istimewa)\b\.?(?:\s*[:/]?\s*[A-Z][\w.-]*){0,4}"
    r"|(?P<labelled>(?i:foto)\s*:)\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
    r"|(?i:foto)\s*/\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s*$"
)
CREDIT_TRAILING = re.compile(
    rf"(?P<credit>(?:(?:\s+|(?<=[a-z]\.))\(?[A-Z][A-Z.]*(?:\s+[A-Z][A-Z.]*)*/\s?{_CREDIT_NAME}\)?)+)"
    r"\s*$"
)
