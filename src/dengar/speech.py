"""Rule data for quotations and speakers: speech verbs, pronouns, titles, place names.

Data only; ``quotes`` and ``speakers`` hold the logic. Lower-cased where compared lower-case.
"""

from __future__ import annotations

import re


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """Join words into a regex alternation, longest first so prefixes never win early."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A quotation shorter than this many words is a scare quote ("alami"), not somebody speaking.
QUOTE_MIN_WORDS = 4

# Verbs that attribute speech, in the forms Indonesian news uses after and before a quote.
SPEECH_VERBS: tuple[str, ...] = (
    "kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "tandas", "sambung", "imbuh",
    "tambah", "papar", "terang", "ucap", "sebut", "tulis", "bilang", "cetus", "seru", "lanjut",
    "menurut", "berkata", "menyatakan", "mengatakan", "menegaskan", "menjelaskan",
    "mengungkapkan", "mengungkap", "menuturkan", "menambahkan", "memaparkan", "menerangkan",
    "menyebut", "menyebutkan", "mengingatkan", "menekankan", "mengimbuhkan", "menandaskan",
    "mengucapkan", "menyampaikan", "berujar", "bertutur", "pernyataan", "melanjutkan",
    "bercerita", "mengaku", "menyebutnya", "menilai", "nilai",
)
SPEECH_VERB = alternation(SPEECH_VERBS)

# Who "dia" is has to come from an earlier sentence; "ujarnya" carries the same pronoun.
PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau", "mereka", "nya", "saya", "aku"})

# A lower-case description standing for the last speaker: "kata politisi Partai Hanura itu",
# "tambah raksasa elektronik asal Korea Selatan ini".
DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "ini", "tersebut"})
DESCRIPTION_MAX_WORDS = 8
# Descriptions of someone not named before: "kata warga di lokasi itu", "ujar sumber tersebut".
UNNAMED_SOURCES: frozenset[str] = frozenset({
    "warga", "sumber", "seorang", "salah", "para", "beberapa", "sejumlah", "pengunjung",
    "penumpang", "pedagang", "petugas", "saksi", "korban", "netizen", "warganet",
})

# Words that open a sentence but never a name: "Kemudian Budi mengatakan".
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "kemudian", "lalu", "namun", "tetapi", "tapi", "sementara", "sedangkan", "selain", "bahkan",
    "karena", "jadi", "maka", "dan", "atau", "pun", "juga", "saat", "ketika", "sebelumnya",
    "selanjutnya", "adapun", "sebab", "itu", "ini", "menurut", "demikian", "sedang", "kini",
    "hal", "dengan", "dalam", "di", "ke", "dari", "pada", "oleh", "seperti", "setelah",
})

# Titles and office words stripped from the front of a speaker: "Menteri Keuangan Sri Mulyani"
# is announced as "Sri Mulyani".
TITLE_WORDS: frozenset[str] = frozenset({
    "presiden", "wakil", "menteri", "menko", "menlu", "mendagri", "menkeu", "kepala", "ketua",
    "direktur", "dirut", "utama", "juru", "bicara", "jubir", "gubernur", "deputi", "bupati",
    "wali", "kota", "walikota", "sekretaris", "jenderal", "sekjen", "panglima", "kapolri",
    "kapolda", "kapolres", "komisaris", "anggota", "pakar", "pengamat", "peneliti", "dosen",
    "ibu", "bapak", "pak", "bu", "prof", "prof.", "dr", "dr.", "ir.", "profesor", "dokter",
    "staf", "khusus", "perwakilan", "duta", "besar", "dubes", "koordinator", "pemimpin",
    "raja", "ratu", "perdana", "pm", "senator", "jaksa", "hakim", "kabid", "kasubdit",
    "kadis", "camat", "lurah", "rektor", "dekan", "ketum", "plt", "plt.", "pj", "pj.", "tim",
    "pihak", "aktor", "aktris", "penyanyi", "komedian", "pesinetron", "politisi", "politikus",
    "ekonom", "analis", "warga", "pelatih", "pemain", "kiper", "manajer", "ceo", "founder",
    "pendiri", "kabag", "kasat", "kanit", "danrem", "dandim", "pangdam", "kepala,", "sang",
})

# Portfolios and offices that follow a title: "Menteri Luar Negeri", "Menko Bidang Perekonomian".
TITLE_QUALIFIERS: frozenset[str] = frozenset({
    "luar", "dalam", "negeri", "keuangan", "perekonomian", "bidang", "pertahanan",
    "kesehatan", "perdagangan", "perindustrian", "pendidikan", "agama", "sosial", "hukum",
    "politik", "keamanan", "pertanian", "perhubungan", "pariwisata", "istana", "umum",
    "gubernur", "eksekutif", "operasional", "humas", "pusat", "daerah", "provinsi",
    "kabupaten", "kepolisian", "satgas", "penanganan", "republik", "federasi", "dewan",
    "kementerian", "badan", "kantor", "kelas", "panitia", "pelaksana", "harian", "tim",
    "komisi", "fraksi", "partai", "divisi", "biro", "dinas", "pendayagunaan", "aparatur",
    "negara", "reformasi", "birokrasi", "koordinator", "sekretariat", "kabinet", "i", "ii",
    "iii", "iv", "v", "covid-19", "dan", "pekerjaan", "perumahan", "rakyat", "pemasaran",
    "nasional", "pangan", "energi", "sumber", "daya", "mineral", "lingkungan", "hidup",
    "kehutanan", "kelautan", "perikanan", "ketenagakerjaan", "tenaga", "kerja", "koperasi",
    "usaha", "kecil", "menengah", "milik", "komunikasi", "informatika", "informasi",
    "teknologi", "riset", "inovasi", "investasi", "penanaman", "modal", "pemuda", "olahraga",
    "perencanaan", "pembangunan", "desa", "transmigrasi", "agraria", "tata", "ruang",
    "pertanahan", "kebudayaan", "pemberdayaan", "perempuan", "perlindungan", "anak",
    "pengawas", "statistik", "penanggulangan", "bencana", "pemberantasan", "korupsi",
    "otoritas", "jasa", "perbankan", "moneter", "penjualan", "korporat", "hubungan",
    "masyarakat", "regional", "wilayah", "cabang", "produksi", "bisnis", "pengembangan",
    "layanan", "pelayanan", "bank", "pajak", "bea", "cukai",
})

# Places that sit between an office and a name, "Wali Kota Bandung Yana Mulyana": provinces,
# the larger cities, and the country names news most often puts there. Lower-case.
PLACES: frozenset[str] = frozenset({
    "jakarta", "bandung", "surabaya", "medan", "semarang", "makassar", "palembang", "depok",
    "tangerang", "bekasi", "bogor", "malang", "yogyakarta", "jogja", "solo", "surakarta",
    "denpasar", "batam", "pekanbaru", "padang", "pontianak", "banjarmasin", "balikpapan",
    "samarinda", "manado", "ambon", "jayapura", "kupang", "mataram", "jambi", "bengkulu",
    "lampung", "aceh", "riau", "bali", "banten", "papua", "maluku", "gorontalo", "sulawesi",
    "kalimantan", "sumatera", "sumatra", "jawa", "nusa", "tenggara", "barat", "timur",
    "tengah", "utara", "selatan", "daya", "serang", "cirebon", "tasikmalaya", "sukabumi",
    "garut", "karawang", "cimahi", "kediri", "jember", "banyuwangi", "sidoarjo", "gresik",
    "magelang", "tegal", "pekalongan", "purwokerto", "sleman", "bantul", "klaten", "blitar",
    "madiun", "probolinggo", "pasuruan", "mojokerto", "lamongan", "tuban", "bojonegoro",
    "palu", "kendari", "ternate", "sorong", "merauke", "indonesia", "dki", "diy", "jabar",
    "jateng", "jatim", "sumut", "sumbar", "sulsel", "kaltim", "ntb", "ntt", "rusia", "amerika",
    "serikat", "china", "tiongkok", "jepang", "korea", "malaysia", "singapura", "thailand",
    "vietnam", "filipina", "australia", "inggris", "prancis", "jerman", "india", "arab",
    "saudi", "iran", "israel", "palestina", "ukraina", "rrt", "rdrk",
})

# A speaker longer than this, after titles are stripped, keeps only its last words: names in
# Indonesian news rarely run past three words, the words before them are usually an office.
SPEAKER_MAX_WORDS = 3

# Lower-case words that may sit inside a personal name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "van", "von", "der", "den", "de", "al", "el", "la", "le", "du", "dos"}
)
