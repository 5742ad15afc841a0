"""Rule data for reading an article: page furniture, bylines, captions, speech verbs and titles.

Data only: the Indonesian (and the bits of Vietnamese that VOV pages carry) lives here, and
``article`` and ``quotes`` hold the logic that uses it. Patterns are compiled once, at import.
"""

from __future__ import annotations

import re


def _alternation(words: tuple[str, ...]) -> str:
    """Join words into a regex alternation, longest first so prefixes never win early."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# --- page furniture --------------------------------------------------------------------

# Share and comment buttons that a copy-paste of a news page leaves behind.
# "Chia sẻ" is Vietnamese for "share": VOV World's Indonesian pages keep it.
SHARE_LABELS: tuple[str, ...] = (
    "chia sẻ", "bình luận", "komentar", "bagikan", "share", "tweet", "print", "cetak",
)

# A label alone on its line, optionally with a counter glued before or after: "0 Komentar",
# "Komentar 12", "Komentar (3)".
FURNITURE_LINE = re.compile(
    rf"^(?:\d+\s*)?(?:{_alternation(SHARE_LABELS)})(?:\s*\(?\d+\)?)?\s*:?$",
    re.IGNORECASE,
)

# "Baca juga: <another headline>": a link to another article, never part of this one.
RELATED_LINK = re.compile(r"^(?:baca|simak|lihat)\s+(?:juga|pula)\s*:", re.IGNORECASE)

# --- agency and dateline markers -------------------------------------------------------

# What opens a lead before its first word: "(VOVWORLD) -", "(ANTARA) -",
# "JAKARTA, KOMPAS.com -", "KONTAN.CO.ID - JAKARTA.", "TRIBUNNEWS.COM, JAKARTA --".
# A token is an all-caps word or a domain-like word, so a sentence's opening words never match.
_MARKER_TOKEN = r"(?:[A-Z][A-Z0-9]+(?:\.[A-Za-z]+)*|[A-Z][a-z]+(?:\.[A-Za-z]+)+)"
AGENCY_MARKER = re.compile(
    rf"^(?:\*\*)?(?:\([A-Za-z][A-Za-z0-9. ]{{1,30}}\)"
    rf"|{_MARKER_TOKEN}(?:,?\s+{_MARKER_TOKEN}){{0,3}})"
    rf"(?:\*\*)?\s*[-–—]{{1,2}}\s*(?:[A-Z]{{3,}}\.\s*)?"
)

# The part of a marker that is only the wire service's label, "(VOVWORLD) -", "(ANTARA) -":
# never spoken. (A place name in a dateline, "JAKARTA, KOMPAS.com -", is a reader's call.)
WIRE_TAG = re.compile(r"^\(\s*(?P<tag>[A-Z][A-Za-z.]*[A-Z.])\s*\)\s*[-–—]{1,2}\s*")

# Outlets whose own tag opens their articles' leads, and the name they publish under.
PUBLISHER_TAGS: dict[str, str] = {
    "VOVWORLD": "VOV World",
    "VOV": "VOV",
    "ANTARA": "ANTARA",
}

# --- bylines ---------------------------------------------------------------------------

# A prefix that announces the author; stripped for Article.byline.
BYLINE_PREFIX = re.compile(
    r"^(?:oleh|penulis|reporter|editor|laporan\s+wartawan\s+[^,]{1,40},)\s*:?\s*",
    re.IGNORECASE,
)

BYLINE_MAX_WORDS = 5

# Lower-case words that may sit inside a personal name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "van", "von", "der", "den", "de", "al", "el", "la", "le", "du", "dos"}
)

# --- photo captions --------------------------------------------------------------------

# VOV pages glue "<headline> - ảnh N" (Vietnamese "photo N") before each caption.
IMAGE_MARKER = re.compile(r"\s*[-–—]\s*ảnh\s*\d+\s*", re.IGNORECASE)

# --- quotations -----------------------------------------------------------------------

# A quotation shorter than this many words is a scare quote ("alami"), not somebody speaking.
QUOTE_MIN_WORDS = 3

# --- speech and speakers ---------------------------------------------------------------

# Verbs that attribute speech, in the forms Indonesian news uses after and before a quote.
SPEECH_VERBS: tuple[str, ...] = (
    "kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "tandas", "sambung", "imbuh",
    "tambah", "papar", "terang", "ucap", "sebut", "tulis", "bilang", "cetus", "seru",
    "menurut", "berkata", "menyatakan", "mengatakan", "menegaskan", "menjelaskan",
    "mengungkapkan", "mengungkap", "menuturkan", "menambahkan", "memaparkan", "menerangkan",
    "menyebut", "menyebutkan", "mengingatkan", "menekankan", "mengimbuhkan", "menandaskan",
    "mengucapkan", "menyampaikan", "berujar", "bertutur",
)
SPEECH_VERB = _alternation(SPEECH_VERBS)

# Who "dia" is has to come from an earlier sentence; "ujarnya" carries the same pronoun.
PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau", "mereka", "nya"})

# Words that open a sentence but never a name: "Kemudian Budi mengatakan".
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "kemudian", "lalu", "namun", "tetapi", "sementara", "sedangkan", "selain", "bahkan",
    "karena", "jadi", "maka", "dan", "atau", "pun", "juga", "saat", "ketika", "sebelumnya",
    "selanjutnya", "adapun", "sebab", "itu", "ini",
})

# Titles and office words stripped from the front of a speaker: "Menteri Keuangan Sri Mulyani"
# is announced as "Sri Mulyani". Lower-cased for comparison.
TITLE_WORDS: frozenset[str] = frozenset({
    "presiden", "wakil", "menteri", "menko", "menlu", "mendagri", "menkeu", "kepala", "ketua",
    "direktur", "dirut", "utama", "juru", "bicara", "jubir", "gubernur", "deputi", "bupati",
    "wali", "kota", "walikota", "sekretaris", "jenderal", "sekjen", "panglima", "kapolri",
    "kapolda", "kapolres", "komisaris", "anggota", "pakar", "pengamat", "peneliti", "dosen",
    "ibu", "bapak", "pak", "bu", "prof", "prof.", "dr", "dr.", "ir.", "profesor", "dokter",
    "staf", "khusus", "perwakilan", "duta", "besar", "dubes", "koordinator", "pemimpin",
    "raja", "ratu", "perdana", "pm", "senator", "jaksa", "hakim", "kabid", "kasubdit",
    "kadis", "camat", "lurah", "rektor", "dekan", "ketum", "plt", "plt.", "pj", "pj.",
})

# Portfolios and offices that follow a title: "Menteri Luar Negeri", "Menko Bidang Perekonomian".
TITLE_QUALIFIERS: frozenset[str] = frozenset({
    "luar", "dalam", "negeri", "keuangan", "perekonomian", "bidang", "pertahanan",
    "kesehatan", "perdagangan", "perindustrian", "pendidikan", "agama", "sosial", "hukum",
    "politik", "keamanan", "pertanian", "perhubungan", "pariwisata", "istana", "umum",
    "gubernur", "eksekutif", "operasional", "humas", "pusat", "daerah", "provinsi",
    "kabupaten", "kepolisian", "satgas", "penanganan", "republik", "federasi", "dewan",
    "kementerian", "badan", "kantor", "kelas", "panitia", "pelaksana", "harian", "tim",
    "komisi", "fraksi", "partai", "divisi", "biro", "dinas",
})

# A speaker longer than this, after titles are stripped, keeps only its last words: names in
# Indonesian news rarely run past three words, the words before them are usually an office.
SPEAKER_MAX_WORDS = 3
