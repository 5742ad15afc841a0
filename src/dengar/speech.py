"""Rule data for quotations and speakers: speech verbs, pronouns, titles, place names.

Data only; ``quotes`` and ``speakers`` hold the logic. Lower-cased where compared lower-case.
"""

from __future__ import annotations

from types import MappingProxyType

from dengar.patterns import alternation

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
    "bercerita", "mengaku", "menyebutnya", "menilai", "nilai", "urai", "beber", "klaim",
    "akui", "pungkas", "tukas", "seloroh", "kelakar", "tuding", "desak", "pinta", "harap",
    "ajak", "akunya", "tutup", "menutup", "membeberkan", "mengklaim", "mengakui",
    "menguraikan", "menukas", "berseloroh", "berkelakar", "menuding", "mendesak", "bongkar",
    "kenang", "curhat", "menulis", "menuliskan", "mencuit", "cuit", "berkicau", "kicau",
    "mengumumkan", "umumkan", "keluh", "mengeluh", "mengeluhkan", "jawab", "menjawab",
    "tanya", "bertanya", "timpal", "menimpali", "sahut", "menyahut", "imbau", "mengimbau",
    "kilah", "berkilah", "dalih", "berdalih", "sindir", "menyindir", "kisah", "mengisahkan",
    "janji", "ulas", "pesan", "berpesan",
    "menceritakan", "teriak", "berteriak", "celetuk", "tanggap", "menanggapi", "simpul",
    "menyimpulkan",
)
SPEECH_VERB = alternation(SPEECH_VERBS)
# The verbs that attribute even a short quotation with no mark after it when it opens a
# sentence or a clause (""Tidak ada penundaan" tegasnya"); "kisah" and "tanggap", also
# nouns, are not among them.
SAYING_VERBS: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "tanya", "jawab", "seru", "teriak", "sahut", "bilang",
    "ungkap", "tegas", "imbuh", "tambah", "sambung", "lanjut", "pungkas", "tukas", "celetuk",
    "keluh",
)

# A passive speech verb names its speaker after "oleh": "Hal ini diungkapkan oleh Budi".
PASSIVE_SPEECH_VERBS: tuple[str, ...] = (
    "dikatakan", "diungkapkan", "disampaikan", "dijelaskan", "ditegaskan", "dituturkan",
    "dipaparkan", "diterangkan", "dinyatakan", "disebutkan", "ditandaskan", "ditambahkan",
    "diutarakan", "dibeberkan",
    # "Diakui Budi, harga tak bisa turun": what the one named admits, never part of his name.
    "diakui",
)

# "sambungnya", "tambahnya": the one quoted last goes on speaking.
CONTINUATION_VERBS: frozenset[str] = frozenset({"sambung", "lanjut", "tambah", "imbuh"})

# Who "dia" is has to come from an earlier sentence; "ujarnya" carries the same pronoun.
PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau", "mereka", "nya", "saya", "aku"})

# A lower-case description standing for the last speaker: "kata politisi Partai Hanura itu",
# "tambah raksasa elektronik asal Korea Selatan ini".
DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "ini", "tersebut"})
DESCRIPTION_MAX_WORDS = 15
# Descriptions of someone not named before: "kata warga di lokasi itu", "ujar sumber tersebut".
UNNAMED_SOURCES: frozenset[str] = frozenset({
    "warga", "sumber", "seorang", "salah", "para", "beberapa", "sejumlah", "pengunjung",
    "penumpang", "pedagang", "petugas", "saksi", "korban", "netizen", "warganet",
    "tetangga", "tetangganya", "narasumber", "pejabat", "orang", "rekan", "kerabat",
    "teman", "keluarga", "pihak",
})
# People named by what they are: the speaker as written when the attribution names no one
# ("jawab tersangka singkat"), but "kata mahasiswa itu" is the one just named.
ROLE_NOUNS: frozenset[str] = frozenset({
    "tersangka", "terdakwa", "pelaku", "pengemudi", "sopir", "pengendara", "pasien", "siswa",
    "mahasiswa", "nelayan", "petani", "buruh", "karyawan", "pegawai", "relawan", "pendukung",
    "suporter", "penonton", "pembeli", "konsumen", "pelanggan", "pengguna", "orangtua",
    "wisatawan", "pemudik", "peserta", "jemaah",
})
# Roles an attribution may name someone by after introducing them with it: "tanya ketua
# majelis hakim Effendi", later "ujar hakim" is Effendi.
COURT_AND_TEAM_ROLES: frozenset[str] = frozenset({
    "hakim", "jaksa", "penyidik", "pengacara", "advokat", "dokter", "pelatih", "kapten",
    "wasit", "penuntut", "majelis",
    # The preacher of a Friday or Eid sermon: "khatib, Tgk Rizki", later "kata khatib".
    "khatib", "khotib",
})
# Nouns that describe a person already named rather than a kind of participant: "jelas pria
# berkacamata itu usai …", "kata politisi itu kepada wartawan", "ujar mantan menteri itu di …".
DESCRIBING_NOUNS: frozenset[str] = frozenset({
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "politisi", "politikus",
    "mantan", "eks", "purnawirawan", "pengusaha", "akademisi", "ekonom", "pakar", "pengamat",
    "aktor", "aktris", "artis", "penyanyi", "legislator", "senator", "jenderal", "perwira",
    "menteri", "birokrat", "alumnus", "lulusan", "pemain", "pelatih", "striker", "gelandang",
    "kiper", "petenis", "pebalap", "atlet", "tokoh", "ulama", "kiai", "ustaz", "pendiri",
    "bos", "dosen", "profesor", "peneliti", "penulis", "jurnalis",
})
# Where an unnamed source's description ends: "seorang sumber kepada situs X".
SOURCE_PHRASE_END: frozenset[str] = frozenset({
    "kepada", "di", "dari", "yang", "dalam", "saat", "ketika", "pada", "untuk", "melalui",
    "usai", "seusai", "dengan", "sambil", "seperti", "sebagaimana", "lewat", "kemarin",
    "dekat", "singkat", "sembari", "seraya", "kompak", "lirih", "pelan",
})
# Who speaks for someone else: "juru bicara keluarga Budi", "kuasa hukum Budi" is not Budi.
REPRESENTATIVES: tuple[str, ...] = (
    "juru bicara", "jubir", "kuasa hukum", "pengacara", "penasihat hukum",
)
# Verbs that report what someone said with the words right after them, no comma or "bahwa":
# "Seorang pedagang mengatakan pepaya itu sudah busuk."
CLAUSE_SPEECH_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menjelaskan", "menyebutkan", "menuturkan", "mengungkapkan",
    "menegaskan",  # "Budi menegaskan akan memperjuangkan anggaran"
)
# What someone thinks or hopes, as a speech verb says what they say: "Budi berharap …" opening a
# paragraph makes him the speaker of a quotation after it that names nobody.
THOUGHT_VERBS: tuple[str, ...] = (
    "berharap", "mengharapkan", "meyakini", "yakin", "merasa", "menganggap", "berpendapat",
    "memperkirakan", "menduga", "menyadari", "khawatir", "mengkhawatirkan",
)
# A description whose head is a written source ("tulis rilis tersebut") stands for the last
# source, a person or an organisation, that issued something.
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "rilis", "siaran", "keterangan", "pernyataan", "laman", "situs", "akun", "surat",
    "unggahan", "cuitan", "postingan", "laporan", "dokumen", "pengumuman", "edaran",
})

# Laws, rules and written records that "seperti disebutkan" or "sebagaimana diatur" cite:
# "seperti disebutkan Pasal 31", "sebagaimana dinyatakan Peraturan Daerah Nomor 5"; what
# they say is no one's speech.
CITED_TEXT_WORDS: frozenset[str] = frozenset({
    "pasal", "ayat", "undang-undang", "uu", "uud", "perppu", "peraturan", "perda", "perpres",
    "pergub", "perbup", "perwali", "permen", "pp", "keputusan", "keppres", "kepmen", "surat",
    "edaran", "se", "instruksi", "inpres", "putusan", "qanun", "data", "laporan", "hasil",
    "dokumen", "catatan", "ketentuan", "aturan", "konstitusi", "kitab", "kuhp",
})

# What someone said, named after "demikian" as its speaker's: "demikian penjelasan BNPB",
# "demikian ungkapan Kapolres X"; the one after the noun spoke.
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "penjelasan", "ungkapan", "paparan", "penuturan", "tanggapan", "jawaban", "pengakuan",
    "ucapan", "kata-kata",
})

# Words that open a sentence but never a name: "Kemudian Budi mengatakan".
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "kemudian", "lalu", "namun", "tetapi", "tapi", "sementara", "sedangkan", "selain", "bahkan",
    "karena", "jadi", "maka", "dan", "atau", "pun", "juga", "saat", "ketika", "sebelumnya",
    "selanjutnya", "adapun", "sebab", "itu", "ini", "menurut", "demikian", "sedang", "kini",
    "hal", "dengan", "dalam", "di", "ke", "dari", "pada", "oleh", "seperti", "setelah",
    "bagi", "untuk", "kepada", "terhadap",  # "Bagi Bobby, ini kemenangan kedua"
    # Conjunctions that open a clause before its subject: "Walaupun Amorim melakukan rotasi".
    "walaupun", "meskipun", "walau", "meski", "padahal", "jika", "kalau", "apabila", "bila",
    "sehingga", "agar", "supaya", "sejak", "sebelum", "sesudah", "usai", "seusai", "begitu",
    "kendati", "sekalipun", "lantaran", "akibatnya", "akhirnya", "sayangnya", "untungnya",
    # Connectives that explain or illustrate what came before: "Artinya, warga harus …".
    "artinya", "intinya", "maksudnya", "misalnya", "contohnya", "sebaliknya",
})
# Conjunctions that open a clause, written in title case after a name in a headline: "Pesan
# Bupati Rina Sari Saat Meresmikan Pasar" -> the name ends before "Saat". Lower-case.
CLAUSE_CONJUNCTIONS: frozenset[str] = frozenset({
    "saat", "ketika", "sewaktu", "usai", "seusai", "sebelum", "sesudah", "setelah", "jelang",
    "menjelang", "sambil", "selama",
})
# Connectives of more than one word opening a sentence, which some outlets write in title
# case before the subject: "Lebih Lanjut Benny mengatakan". Lower-case.
OPENING_CONNECTIVES: frozenset[tuple[str, ...]] = frozenset({
    ("lebih", "lanjut"), ("lebih", "jauh"), ("lebih", "dari", "itu"), ("tak", "hanya", "itu"),
    ("tidak", "hanya", "itu"), ("di", "sisi", "lain"), ("pada", "sisi", "lain"),
    ("di", "lain", "pihak"),
})

# Titles and office words stripped from the front of a speaker: "Menteri Keuangan Sri Mulyani"
# is announced as "Sri Mulyani".
TITLE_WORDS: frozenset[str] = frozenset({
    "presiden", "wakil", "menteri", "menko", "menlu", "mendagri", "menkeu", "kepala", "ketua",
    # Candidates: "Cawali Nurochman", "Cabup Rudi"; a ministry written short before its
    # spokesman: "Kemlu Judha Nugraha".
    "cawali", "cawawali", "cabup", "cawabup", "cagub", "cawagub", "capres", "cawapres",
    "caleg", "kemlu", "kemnaker", "kemenkes", "kemendagri", "kemenkeu", "kemenag", "kemensos",
    "kemenhub", "kementan", "kemenpora", "kemenkumham", "kemendikbud", "kemenparekraf",
    # Ministers written short: "Menkes Budi", "Mendikdasmen Abdul Mu'ti".
    "menkes", "menhan", "menpora", "mendikbud", "mendikdasmen", "mendiktisaintek", "menpan",
    "menpan-rb", "menparekraf", "mensesneg", "menkumham", "menaker", "menag", "mentan",
    "menhub", "mendag", "menperin", "menkominfo", "menkomdigi", "menristek", "mensos",
    "menbud", "menhut", "menlhk", "menkop", "menkopukm", "mendes", "menpar", "menekraf",
    "menteri-menteri", "menseskab", "menpupr", "menpppa", "menimipas", "menham", "menkum",
    "direktur", "dirut", "utama", "juru", "bicara", "jubir", "gubernur", "deputi", "bupati",
    # English spellings some copy keeps: "Deputy Kementerian X, Rudi", "Staff Logistik X, Rudi"
    "deputy", "staff",
    "wali", "kota", "walikota", "sekretaris", "jenderal", "sekjen", "panglima", "kapolri",
    "kapolda", "kapolres", "komisaris", "anggota", "pakar", "pengamat", "peneliti", "dosen",
    "komisioner",  # a commission's member: "Komisioner KPU Jabar, Rina Sari"
    "ibu", "bapak", "pak", "bu", "prof", "prof.", "dr", "dr.", "ir.", "profesor", "dokter",
    # how a married woman or a man is addressed, written short: "Ny Rina (31)", "Tn. Budi"
    "ny", "ny.", "nyonya", "tn", "tn.",
    "staf", "khusus", "perwakilan", "duta", "besar", "dubes", "koordinator", "pemimpin",
    "raja", "ratu", "perdana", "pm", "senator", "jaksa", "hakim", "kabid", "kasubdit",
    "kadis", "camat", "lurah", "rektor", "dekan", "ketum", "plt", "plt.", "pj", "pj.", "tim",
    "penjabat",  # an acting head, spelled out: "Penjabat (Pj) Gubernur Kalimantan Barat"
    "pihak", "aktor", "aktris", "penyanyi", "komedian", "pesinetron", "politisi", "politikus",
    "ekonom", "analis", "warga", "pelatih", "pemain", "kiper", "manajer", "ceo", "founder",
    # A player's position, like "kiper": "Penyerang Persib, Budi Santoso, …".
    "penyerang", "gelandang", "striker",
    "manager",  # the English spelling of "manajer": "Manager Humas Daop 1"
    "pendiri", "kabag", "kasat", "kanit", "danrem", "dandim", "pangdam", "kepala,", "sang",
    "komandan", "investigator", "penyidik", "kasi", "kasubag", "kasubbag", "kabiro",
    "sekda", "spesialis", "asisten", "ajudan", "kuasa", "pengacara",
    "advokat", "ahli", "psikolog", "sosiolog", "presdir", "komut", "chairman", "president",
    # Offices the police, the military and the courts shorten into one word.
    "kapolsek", "kapolresta", "kapolrestabes", "wakapolri", "wakapolda", "wakapolres",
    "wakapolresta", "wakapolrestabes", "wakapolsek", "kasatreskrim",
    "kasatlantas", "kasatnarkoba", "kabidhumas", "kadiv", "kadivhumas", "karopenmas",
    "dirreskrimum", "dirreskrimsus", "dirresnarkoba", "dirlantas", "kapuspen", "kapuspenkum",
    "kajati", "kajari", "kasipidum", "kasipenkum", "kapendam", "danlanud", "danramil",
    "danyon", "pangkostrad", "kasad", "kasal", "kasau", "kabareskrim", "kakorlantas",
    "kasubbid", "kakanwil", "kalapas", "karutan", "kalak", "kadisdik", "kadinkes", "wadir",
    # Acting officials: "Pjs. Bupati", "Plh. Sekda".
    "pjs", "pjs.", "plh", "plh.",
    # Deputies: "Wapres", "Wagub", "Wamen".
    "wapres", "wagub", "wabup", "wawali", "wamen", "wakasad", "dirjen",
    # A village's and a school's heads: "Kades Sukamaju", "Pak Kepsek".
    "kades", "kadus", "kepsek",
})
# Offices proper, without the everyday words TITLE_WORDS also holds ("warga", "kota", "ibu").
OFFICE_TITLES = TITLE_WORDS - {"warga", "kota", "besar", "utama", "ibu", "bapak", "pak", "bu",
                               "ny", "ny.", "nyonya", "tn", "tn.",
                               "pihak", "tim", "sang", "khusus", "bicara", "juru"}
# Offices written short, spelled out, so that "kata Kades" finds the "Kepala Desa X" named
# before. Lower-case.
OFFICE_SHORT_FORMS = MappingProxyType({
    "kades": "kepala desa", "kadus": "kepala dusun", "kepsek": "kepala sekolah",
    "kapolri": "kepala kepolisian negara", "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor", "kapolresta": "kepala kepolisian resor kota",
    "kapolsek": "kepala kepolisian sektor", "kadis": "kepala dinas",
    "kajari": "kepala kejaksaan negeri", "kajati": "kepala kejaksaan tinggi",
    "kalapas": "kepala lembaga pemasyarakatan", "kakanwil": "kepala kantor wilayah",
    "sekda": "sekretaris daerah", "sekjen": "sekretaris jenderal", "dirut": "direktur utama",
    "jubir": "juru bicara", "dubes": "duta besar", "ketum": "ketua umum",
    "wapres": "wakil presiden", "wagub": "wakil gubernur", "wabup": "wakil bupati",
    "walikota": "wali kota", "wawali": "wakil wali kota", "menkeu": "menteri keuangan",
    "menlu": "menteri luar negeri", "mendagri": "menteri dalam negeri",
    "kasatlantas": "kasat lantas", "kasatreskrim": "kasat reskrim",
    "kasatnarkoba": "kasat narkoba",
})
# A police unit a "Kasat" or "Kanit" heads, written apart from the office: "Kasat Lantas" is
# "Kasatlantas", an office, and never a person called "Lantas". Lower-case.
POLICE_UNITS: frozenset[str] = frozenset({
    "lantas", "reskrim", "narkoba", "resnarkoba", "binmas", "samapta", "sabhara", "intelkam",
    "tahti", "polairud",
})
POLICE_UNIT_HEADS: frozenset[str] = frozenset({"kasat", "wakasat", "kanit", "kasubnit"})

# Honorifics and ranks: never part of the name announced (the noble names people are
# called by, "Teuku", "Raden", are part of it), and wherever one sits in a run of
# capitalised words the name starts after it ("Kepala … Kombes Lisda Cancer").
HONORIFICS: frozenset[str] = frozenset({
    "h", "h.", "hj", "hj.", "dr", "dr.", "drg", "drg.", "prof", "prof.", "ir", "ir.", "kh",
    "k.h.", "kh.", "ustaz", "ustadz", "ust.", "habib", "kiai", "kyai", "dato", "dato'", "dato’",
    "datuk", "seri", "syekh", "syeikh", "drs", "drs.", "dra", "dra.", "mr", "mr.", "mrs",
    "mrs.", "sir", "pastor", "romo", "pendeta", "pdt", "pdt.",
    "tgk", "tgk.",  # Acehnese "Teungku" written short: a religious teacher's title
    # Javanese courtly titles: "Raden Ajeng Tumenggung Diah Ayu" ("Ajeng" and "Roro" are
    # first names too, and titles only after "Raden": see speakername).
    "tumenggung", "kanjeng", "bendoro",
    # "HM": Haji Muhammad, written as two capitals before the name.
    "hm",
    # Balinese: the elder a clan or a puri honours, "Pangelingsir Agung Putra Sukahet".
    "pangelingsir",
})
# Balinese birth-order names: "I Nyoman Rudiarta", "Ni Luh Putu": the "I" or "Ni" before one
# is part of the name, not a numeral.
BALINESE_NAMES: frozenset[str] = frozenset({
    "wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "gusti", "luh",
    "nengah", "dewa", "ida", "ngurah",
})
# Noble names that open a personal name and stay in it: "Camat X Teuku Rahmatsyah".
NOBLE_NAMES: frozenset[str] = frozenset({"teuku", "tengku", "cut", "raden", "gusti"})
RANKS: frozenset[str] = frozenset({
    "kombes", "kompol", "akbp", "akp", "ajun", "iptu", "ipda", "aiptu", "aipda", "bripka",
    "brigpol", "briptu", "bripda", "brigadir", "brigjen", "irjen", "komjen", "jenderal",
    "jendral", "kolonel", "letkol", "mayor", "kapten", "letnan", "lettu", "letda", "serka",
    "sertu", "serda", "kopral", "marsekal", "madya", "muda", "laksamana", "laksma",
    "laksda", "marsma", "marsda", "mayjen", "letjen", "pol", "pol.", "polisi", "inf",
    "laut", "udara", "purn", "purn.", "komisaris", "inspektur", "laksdya", "marsdya",
    # The lowest flag rank: "Marsekal Pertama Budi Santoso", "Laksamana Pertama …".
    "pertama",
    # An army officer's corps follows his rank ("Letkol Czi Budi Santoso", "Kolonel Infanteri
    # …"): never part of the name.
    "infanteri", "kavaleri", "czi", "kav", "arm", "arh", "cpn", "cba", "cpl", "chb", "ckm",
    "cku", "chk", "cpm", "ctp", "caj", "ckh", "pnb",
})
# Words naming an organisation: a run that holds one is no person, and a name after one in a
# run starts after it ("Presiden Recording Academy Neil Portnow").
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "academy", "akademi", "universitas", "university", "institut", "institute", "yayasan",
    "foundation", "asosiasi", "association", "perhimpunan", "ikatan", "himpunan", "komisi",
    "kementerian", "badan", "dinas", "lembaga", "organisasi", "pt", "pt.", "tbk", "tbk.",
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "group", "grup", "bank", "partai",
    "pengadilan", "kejaksaan", "kepolisian", "polri", "tni", "polda", "polres", "polsek",
    "kantor", "rumah", "sakit", "rs", "rsud", "puskesmas", "sekolah", "air", "airlines",
    "airways", "company", "capital", "media", "news", "agency", "council", "museum",
    "kampus", "fakultas", "koperasi", "perusahaan", "persatuan", "federasi", "komunitas",
    # Units inside an organisation: "Divisi Pelayanan Hukum", "Bidang Humas", "Kanwil X".
    "divisi", "bagian", "bidang", "seksi", "subdit", "direktorat", "subdirektorat", "biro",
    "departemen", "kanwil", "subbag", "subbagian", "inspektorat", "sekretariat", "satker",
    # A region's agencies and the ministries, written short: "Kepala Dinkes Surabaya X".
    "dinkes", "disdik", "dinsos", "dishub", "diskominfo", "disperindag", "disnaker", "dispar",
    "disbudpar", "disdukcapil", "dispenda", "dispora", "distan", "dinpar", "disparbud",
    "bappeda", "bapenda", "bappenas", "damkar", "satpol", "pemkot", "pemkab", "pemprov",
    "pemda", "polresta", "polrestabes", "kejari", "kejati", "kejagung", "lapas", "rutan",
    "kemenkes", "kemendikbud", "kemendikbudristek", "kemenag", "kemenkeu", "kemendagri",
    "kemenlu", "kemenhan", "kemenkumham", "kemnaker", "kemenaker", "kemensos", "kemenhub",
    "kemenparekraf", "kemendes", "kemenpora", "kemenperin", "kemendag", "kementan",
    "kominfo", "kemenkominfo", "kemkominfo", "kemenpupr", "kemenpan-rb", "kemenko",
})
# Words naming a place: a run that holds one is no person ("Banggai Laut", "Kota Gorontalo").
PLACE_WORDS: frozenset[str] = frozenset({
    "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "provinsi", "pulau", "kepulauan",
    "gunung", "teluk", "selat", "laut", "sungai", "danau", "jalan", "jl", "jl.", "bandara",
    "pelabuhan", "stasiun", "terminal", "hotel", "gedung", "lapangan", "stadion", "pantai",
    "kampung", "dusun", "kawasan", "wilayah", "negara", "tol", "jembatan", "bendungan",
    "waduk", "pasar", "bundaran", "kompleks", "perumahan", "apartemen", "menara", "masjid",
    "gereja", "bay", "street", "road", "avenue", "fort", "island", "beach", "lake", "river",
    "tower",
})
# Days and months: "kata Budi di Mataram, Kamis" is no speaker named Kamis.
DAYS: frozenset[str] = frozenset({
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu", "minggu",
    "ahad",
})
MONTH_NAMES: frozenset[str] = frozenset({
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "nopember", "desember",
})
# A name after one of these is a nickname for the person just named: "akrab disapa Dani".
NICKNAME_MARKERS: tuple[str, ...] = ("disapa", "dipanggil", "alias", "panggilan", "sapaan")

# The grades that end a civil servant's functional office: "Analis Kebijakan Ahli Madya",
# "Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Utama". Lower-case.
CIVIL_SERVICE_GRADES: frozenset[str] = frozenset({
    "ahli utama", "ahli madya", "ahli muda", "ahli pertama",
})

# Well-known public figures' short names, as news writes them once the full name is given:
# "Presiden Joko Widodo …", later "kata Jokowi". Only used when the full name came first.
PUBLIC_FIGURE_SHORT_NAMES = MappingProxyType({
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "Ahok": "Basuki Tjahaja Purnama",
    "Gus Dur": "Abdurrahman Wahid",
    "JK": "Jusuf Kalla",
    "Cak Imin": "Muhaimin Iskandar",
    "Gus Ipul": "Saifullah Yusuf",
    "Zulhas": "Zulkifli Hasan",
    "Bamsoet": "Bambang Soesatyo",
    "Risma": "Tri Rismaharini",
    "Foke": "Fauzi Bowo",
    "Kang Emil": "Ridwan Kamil",  # not "Emil" alone: Emil Dardak is "Emil" too
})

# A name after one of these is an object, not the subject: "duduk bersebelahan dengan X".
NOT_SUBJECT_BEFORE: frozenset[str] = frozenset({
    "kepada", "dengan", "untuk", "bagi", "terhadap", "bersama", "pihak",
    "antara", "tentang", "mengenai", "atas", "ke", "di", "seperti", "melawan", "menemui",
    "meminta", "menuntut", "memanggil", "menghubungi", "memeriksa", "menunjuk",
    "menggantikan", "mendampingi", "menemani", "teknisi", "milik",
    "menghadiri", "mengunjungi",  # an event or a place attended: "menghadiri Festival X,"
    "mewakili",  # the office stood in for: "Budi mewakili Dinas Sosial menambahkan"
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
    "pembinaan",  # an office's field: "Kepala Bidang Pembinaan SMP"
    "pengawas", "statistik", "penanggulangan", "bencana", "pemberantasan", "korupsi",
    "otoritas", "jasa", "perbankan", "moneter", "penjualan", "korporat", "hubungan",
    "masyarakat", "regional", "wilayah", "cabang", "produksi", "bisnis", "pengembangan",
    "layanan", "pelayanan", "bank", "pajak", "bea", "cukai", "data", "kebencanaan",
    # The field an analyst or an expert covers: "Pengamat Properti X", "Pakar Gizi X".
    "properti", "ekonomi", "otomotif", "transportasi", "kebijakan", "publik", "militer",
    "intelijen", "terorisme", "sepak", "bola", "saham", "pasar", "siber", "digital",
    "sosiologi", "psikologi", "kriminologi", "internasional", "iklim", "perkotaan", "sejarah",
    "budaya", "pidana", "perdata", "konstitusi", "gizi", "epidemiologi", "penerbangan",
    "maritim", "pertambangan", "migas", "pemilu", "demokrasi", "syariah", "infrastruktur",
    "kelistrikan", "meteorologi", "klimatologi", "geologi", "vulkanologi",
    # A coordinating minister's portfolio written short: "Menko Polhukam", "Menko Marves".
    "polhukam", "marves", "pmk", "kemaritiman",
    # The last words of portfolios joined by "dan": "Pariwisata dan Ekonomi Kreatif",
    # "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi".
    "kreatif", "tertinggal",
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
    # The other provinces' short forms: "Kepala Badan Kesbangpol Kalbar" is an office.
    "sumsel", "kepri", "babel", "kalbar", "kalteng", "kalsel", "kaltara", "sulut", "sulteng",
    "sultra", "sulbar", "malut",
    # Kota Metro, Lampung, whose name outlets run into an official's ("Wali Kota Metro Rina").
    "metro",
})

# Provinces' short forms: no one's name holds them, so inside a run they end the office
# before the name ("… Tanaman Pangan dan Holtikultura Sulsel Fitriani"). Lower-case.
PROVINCE_SHORT_FORMS: frozenset[str] = frozenset({
    "dki", "diy", "ntb", "ntt", "jabar", "jateng", "jatim", "sumut", "sumbar", "sumsel",
    "kepri", "babel", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara", "sulut", "sulteng",
    "sulsel", "sultra", "sulbar", "malut",
})
# Short forms that are also personal names ("Abdul Jabar Hasan"): a province only first in
# what is left of the run, written in capitals, or after an office or organisation word.
NAME_LIKE_PROVINCE_SHORT_FORMS: frozenset[str] = frozenset({"jabar"})
# Regencies' short forms, which likewise no one's name holds: "Bupati Kutim Ardiansyah" is
# the regent of Kutai Timur, Ardiansyah. Lower-case.
REGENCY_SHORT_FORMS: frozenset[str] = frozenset({
    "kutim", "kukar", "kubar", "halsel", "halut", "halbar", "haltim", "halteng", "tanjabbar",
    "tanjabtim", "inhil", "inhu", "rohil", "rohul", "kuansing", "pasbar",
})

# Offices that head a region, written with the region's name after them ("Bupati Sukamaju",
# "Wali Kota Sukamaju", "Kapolres Sukamaju"), spelled out as offices.spelled_out does.
REGION_HEADS: frozenset[str] = frozenset({
    "bupati", "gubernur", "wali", "walikota", "camat", "lurah", "kapolres",
    "kapolda", "kapolsek", "kapolresta", "dandim", "danrem", "kajari", "kajati",
})

# A speaker longer than this, after titles are stripped, keeps only its last words: names in
# Indonesian news rarely run past three words, the words before them are usually an office.
SPEAKER_MAX_WORDS = 3
# First names that open a fourth name word: "Muhammad Nabil Satria Faradis", "Siti Nur …".
NAME_OPENERS: frozenset[str] = frozenset({
    "muhammad", "mohammad", "mohamad", "muhamad", "mochammad", "mochamad", "muchammad",
    "moh", "moh.", "moch", "moch.", "muh", "muh.", "mhd", "mhd.", "siti", "abdul",
    "abdurrahman",
})

# Lower-case words that may sit inside a personal name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "van", "von", "der", "den", "de", "al", "el", "la", "le", "du", "dos"}
)

# An unnamed source ("salah satu tetangganya") is at most this many words long.
UNNAMED_MAX_WORDS = 5
