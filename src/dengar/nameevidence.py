"""What the rest of the article says about a run of name words: a place, a group or a person.

"Ketua KPU Kendal Wahidin Said" is Wahidin Said when the article writes "Kabupaten Kendal";
"Dinas Pendidikan Pemkab Natuna Sudirman" is Sudirman when "ujar Sudirman" follows. The
article's whole text is set with article_text while it is read; a paragraph read alone has
nothing to go by.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from dengar import speech
from dengar.names import NAME_CAPITALS, is_name_capitals, key

# The whole text of the article being read, for evidence found elsewhere in it: "Kepala
# Puskesmas Asep Dadang Sutisna" is Asep's whole name when the article later says "kata Asep".
_ARTICLE_TEXT: ContextVar[str] = ContextVar("article_text", default="")
_SAYING_WORDS = frozenset(speech.SPEECH_VERBS) | frozenset(speech.CLAUSE_SPEECH_VERBS)
_SAYING = "|".join(sorted(map(re.escape, _SAYING_WORDS), key=len, reverse=True))
# An honorific or a rank: only a person's name follows one ("Kombes Ade Ary Syam Indradi").
PERSON_MARKERS = speech.HONORIFICS | speech.RANKS
# Organisation words a proper name must follow ("Universitas Tokyo"), unlike a name of its own
# ("Kemenhub", "Polri") that a person's three-word name may follow directly.
_NAMED_ORGANISATIONS = frozenset({
    "universitas", "university", "institut", "institute", "akademi", "academy", "yayasan",
    "foundation", "asosiasi", "perhimpunan", "ikatan", "himpunan", "partai", "bank", "sekolah",
    "kampus", "fakultas", "museum", "komunitas", "koperasi", "perusahaan", "persatuan",
    "federasi", "rumah", "sakit", "lembaga", "kejaksaan", "komisi", "pengadilan", "badan",
    "mahkamah", "kementerian", "kepolisian",
    # Offices, hospitals and prisons named after the town they serve: "RSUD Cileungsi".
    "rs", "rsud", "puskesmas", "polda", "polres", "polresta", "polrestabes", "polsek",
    "pemkab", "pemkot", "pemko", "pemprov", "kejari", "kejati", "lapas", "rutan",
    # A region's agencies written short, named after the region too: "Disnaker Sumenep".
    "dinkes", "dinsos", "dinpar", "dispar", "disdik", "dishub", "disnaker", "diskominfo",
    "disdukcapil", "disperindag", "dispora", "distan", "disbudpar", "disparbud", "dispenda",
    "bapenda", "bappeda",
    # Ports and airports, named after the town they serve: "KSOP Pelabuhan Sampit".
    "pelabuhan", "bandara",
})
# The regions an office governs, each followed by its own name: "Kepala Desa Sukamaju".
_REGIONS = frozenset({"provinsi", "kabupaten", "kecamatan", "kelurahan", "desa"})
_OPENS_A_NAME = speech.NAME_OPENERS | speech.NOBLE_NAMES | {"i", "ni"}


@contextmanager
def article_text(text: str) -> Iterator[None]:
    """Read names knowing the whole article's text (see _named_alone_elsewhere)."""
    token = _ARTICLE_TEXT.set(text)
    try:
        yield
    finally:
        _ARTICLE_TEXT.reset(token)


def article_being_read() -> str:
    """The whole text of the article being read (see article_text); empty for a paragraph
    read alone."""
    return _ARTICLE_TEXT.get()


def cut_off_by_copy_end(rest: str) -> bool:
    """Whether the words after a speech verb are one word that the copy's end cuts off: the
    article's last characters, no stop after them, the word written nowhere else ("…," kata
    An" where the copy stops inside "Andi"). A paragraph read alone: nothing to go by."""
    text, word = _ARTICLE_TEXT.get().rstrip(), rest.strip()
    # Two letters at most: a name of three ("kata Ani") may well be whole.
    if not text or not re.fullmatch(r"[A-Z][a-z]?", word) or not text.endswith(word):
        return False
    return len(re.findall(rf"\b{word}\b", text)) == 1


def speaks_elsewhere(name: str) -> bool:
    """Whether the article has this one-word name speak, a speech verb next to it ("ungkap
    Ristadi", "Kemudian Ristadi mengatakan"), besides right after an office's short form: a
    river or the rest of an organisation's name ("(BBWS) Citarum") never does. A paragraph
    read alone: nothing to go by."""
    text = _ARTICLE_TEXT.get()
    if not text:
        return True
    name = re.escape(name)
    # not the office's own sentence: "(BBWS) Citarum mengatakan"
    return re.search(rf"\b(?:{_SAYING})\s+{name}\b|(?<!\)\s){name}\s+(?:{_SAYING})\b",
                     text) is not None


# A day after one of these is a time of its own ("Hari Kamis", "Malam Minggu"); "Hari" is
# also a first name, so such a day is left for the run to be read as a whole.
_BEFORE_DAY_IN_TIME = frozenset({"hari", "malam", "pagi", "siang", "sore", "akhir"})


# "Ahad" is a weekday and a name ("KH Abdul Ahad"); "Minggu" is one too ("Yohanes Minggu,
# petani"): a day ends a name only where the article dates it, "(20/5)", "lalu", "kemarin".
NAME_DAYS = frozenset({"ahad"})
# A comma may come between the day and its date: "ujar Yusuf Minggu, (7/8/2022)".
_DATED_AFTER = r"(?:\s+\(\s*\d|,?\s+\(\d{1,2}/\d|\s+(?:lalu|kemarin)\b)"


def without_trailing_day(words: list[str]) -> list[str]:
    """The run without a weekday written after the name without a comma, where the article
    dates that day: "ungkap Muhlis Kamis (20/5)" -> "Muhlis"."""
    if (len(words) > 1 and key(words[-1]) in speech.DAYS - NAME_DAYS
            and key(words[-2]) not in _BEFORE_DAY_IN_TIME
            and re.search(rf"\b{re.escape(' '.join(words[-2:]))}{_DATED_AFTER}",
                          _ARTICLE_TEXT.get())):
        return words[:-1]
    return words

# A region's word and its name, the address a run after a comma continues: "Kecamatan Way
# Tuba, Kabupaten Way Kanan, Provinsi Lampung".
_REGION_BEFORE = (r"(?i:kabupaten|kecamatan|kota|desa|kelurahan|provinsi)\s+[A-Z][\w-]*"
                  r"(?:\s+[A-Z][\w-]*)*,\s*")


def ends_an_address(words: list[str]) -> bool:
    """Whether a run of two words or more ending in a known place goes on an address the
    article writes, after a region's name and a comma: "Kabupaten Way Kanan, Provonsi
    Lampung" (a misspelt "Provinsi") is a place, whatever its first word."""
    if len(words) < 2 or key(words[-1]) not in speech.PLACES:
        return False
    run = r"\s+".join(map(re.escape, words))
    return re.search(rf"{_REGION_BEFORE}{run}\b", _ARTICLE_TEXT.get()) is not None


# Words a place's name follows in an article: "di Natuna", "Pemkab Natuna"; "dari" and "ke"
# also go before people ("laporan dari Budi", "berkunjung ke Bima"), so they count only
# when an organisation comes before the word in the run ("Dinas Pariwisata Kendal Wahidin").
_PLACE_INTRODUCERS = speech.alternation(_REGIONS | {"di", "kota", "pulau"})
_PLACE_INTRODUCERS_AFTER_ORGANISATION = rf"{_PLACE_INTRODUCERS}|dari|ke"
_ORGANISATION_WORD = "|".join(sorted(_NAMED_ORGANISATIONS))


def after_office_place(name: list[str], words: list[str]) -> str | None:
    """The person's own name when the words before it end in a place and the article calls
    the person by the rest alone with a speech verb: "Dinas Pendidikan Pemkab Natuna Sudirman"
    is Sudirman when "ujar Sudirman" follows, "Basarnas Bali Supriyono" is Supriyono; so is
    an ordinary word before a name of two words ("Presiden Buruh Said Iqbal", then "ujar Said
    Iqbal"). A first name is no place ("Joko Widodo", then "kata Widodo", stays whole)."""
    text = _ARTICLE_TEXT.get()
    for cut in range(1, len(name)):
        lead, rest = name[cut - 1], name[cut:]
        # The run's words before lead, when the name ends the run as written.
        suffix = words[len(words) - len(name):] == name
        before = words[: len(words) - len(name) + cut - 1] if suffix else []
        organisation_before = (bool(before) and key(before[-1]) not in PERSON_MARKERS
                               and any(key(w) in speech.ORGANISATION_WORDS for w in before))
        if ((_is_article_place(lead, rest[0], text, organisation_before)
             or (len(rest) > 1 and _common_word(lead, text))
             or _group_name_written_apart(before, lead, rest[0], text))
                and _said_alone(rest, lead, text)
                and not _said_in_full(name[cut - 1:], text)):
            return " ".join(rest)
    return None


def _group_name_written_apart(before: list[str], lead: str, following: str,
                              text: str) -> bool:
    """Whether lead ends a group's name the article writes elsewhere without the name after
    it: "Ketua Klaster Kopi Wonorejo Syamsuri" when it writes "komunitas kopi Wonorejo". The
    word before lead must be the group's own, no title or honorific ("Bupati Joko")."""
    if not before or key(lead) in _OPENS_A_NAME:
        return False
    word = before[-1]
    if key(word) in speech.TITLE_WORDS | speech.TITLE_QUALIFIERS | PERSON_MARKERS:
        return False
    pattern = (rf"\b(?i:{re.escape(word)})\s+{re.escape(lead)}\b"
               rf"(?!\s+{re.escape(following)}\b)")
    return re.search(pattern, text) is not None


def _common_word(word: str, text: str) -> bool:
    """Whether the article writes word in lower case, more than once, as an ordinary word
    and no name: "Presiden Buruh Said Iqbal" when it writes "para buruh" and "kaum buruh";
    a common first name is a name whatever else it means."""
    low = key(word)
    return (low not in _OPENS_A_NAME and word[:1].isupper()
            and len(re.findall(rf"\b{re.escape(low)}\b", text)) >= _COMMON_WORD_MIN_USES
            and not _said_in_full([word], text))  # "tambah Putri": the word is her name


# Two lower-case "bunga" do not make "Bunga Citra Lestari" a word; "buruh" in a labour story
# comes many times.
_COMMON_WORD_MIN_USES = 3


def _said_in_full(name: list[str], text: str) -> bool:
    """Whether the article writes name right after a speech verb: "kata Budi Santoso" makes
    "Budi" a first name, wherever else the article writes it."""
    pattern = rf"(\S+)\s+{re.escape(' '.join(name))}\b"
    return any(key(m[1].strip(",.\"“”")) in _SAYING_WORDS for m in re.finditer(pattern, text))


def office_place_first(name: list[str], words: list[str]) -> bool:
    """Whether the first of three name words after an office is the place the office serves,
    as the article writes it elsewhere: "Ketua KPU Kendal Wahidin Said" when it writes
    "Kabupaten Kendal", a dateline "KENDAL –" or "Pulau Sebatik, Kendal, Jawa Tengah". A
    common first name opens the name instead, as do words after a rank ("AKBP Teguh Santoso
    Wijaya") or after the office's own place ("Wali Kota Bogor Bima Arya Sugiarto"), a name
    the article says in full after a speech verb ("kata Budi Santoso Wijaya") and one whose
    first two words the article writes without the third."""
    text = _ARTICLE_TEXT.get()
    if (len(name) != speech.SPEAKER_MAX_WORDS or len(name) == len(words) or not text
            or key(name[0]) in _OPENS_A_NAME | PERSON_MARKERS
            or key(words[-len(name) - 1]) in PERSON_MARKERS | speech.PLACES
            or _said_in_full(name, text)):
        return False
    place, following = re.escape(name[0]), re.escape(name[1])
    # "ujar Bima Arya" after "Wakil Menteri Bima Arya Sugiarto": the article calls the
    # person by the first two words, so the first is his name, whatever place shares it.
    # Two words before another capitalised one are no such call: "Ketua KONI Sukamaju Rudi
    # Heru Santoso" is someone else with the place before his name.
    if re.search(rf"\b{place}\s+{following}\b(?!\s+(?:{re.escape(name[2])}\b|[A-Z]))", text):
        return False
    listed = re.search(rf",\s*{place}\s*,\s*(?P<next>[A-Z]\w+)", text)
    return (_is_article_place(name[0], name[1], text)
            or (listed is not None and key(listed["next"]) in speech.PLACES)
            or _placed_in_region(name, text)) and not re.search(
                rf"\b(?i:di|kabupaten|kota)\s+{place}\s+{following}\b", text)


def _placed_in_region(name: list[str], text: str) -> bool:
    """Whether the article writes the first name word before a comma and a known region
    ("jatuh di Liku Lematang Pagaralam, Sumatra Selatan") and calls the person by the second
    alone with a speech verb ("kata Dolly"): "Kapolres Pagaralam Dolly Gumara" is Dolly.
    A first word itself said alone with a speech verb ("ujar Teguh") is a first name."""
    region = re.search(rf"\b{re.escape(name[0])}\s*,\s*(?P<next>[A-Z]\w+)", text)
    return (region is not None and key(region["next"]) in speech.PLACES
            and _said_alone(name[1:2], name[0], text) and not _named_alone_elsewhere(name))


def _is_article_place(word: str, following: str, text: str,
                      organisation_before: bool = False) -> bool:
    """Whether word is a known place, or one the article writes after "di", "Kabupaten",
    "Pemkab" and the like, other than right before the name word following it
    ("Recording Academy Neil Portnow" makes no place of "Neil"); after "dari" or "ke" too
    when an organisation comes before the word in the run (organisation_before)."""
    if key(word) in speech.PLACES or _dateline_place(word, text):
        return True
    introducers = (_PLACE_INTRODUCERS_AFTER_ORGANISATION if organisation_before
                   else _PLACE_INTRODUCERS)
    pattern = (rf"\b(?i:{introducers}|{_ORGANISATION_WORD})\s+{re.escape(word)}\b"
               rf"(?!\s+{re.escape(following)}\b)")
    return bool(text) and re.search(pattern, text) is not None


# A lead's dateline, the place in capitals: "KENDAL –", "Sukamaju.com, SUKAMAJU (Jawa Barat) –"
# (an outlet's tag before it, the province in brackets after it).
_DATELINE = r"(?m)^\s*(?:[\w.]+\.(?:com|id|co|net)\s*,\s*)?{place}(?:\s*\([^)\n]*\))?\s*[,–—-]"


def _dateline_place(word: str, text: str) -> bool:
    """Whether the article's dateline is word in capitals: "SUKAMAJU (Jawa Barat) –"."""
    place = re.escape(word.upper())
    return bool(text) and re.search(_DATELINE.format(place=place), text) is not None


def whole_name_said(name: list[str]) -> bool:
    """Whether a run of one word more than a name's usual length is a whole name: the article
    writes it ending a clause ("…, Dede Yusuf Macan Effendi.") and uses its first word alone
    with a speech verb ("Dede menjelaskan"); a headline's words run on ("Arteria Dahlan
    Berondong Kapolri dengan …") with no such end. A last word that is a place, known or
    written after "di", "ke" or "dari", is where he is from: "Agus Salim Hidayat Bandung"."""
    text = _ARTICLE_TEXT.get()
    ended = re.search(rf"\b{re.escape(' '.join(name))}[.,]", text) is not None
    return ended and not ends_in_place(name, text) and _said_alone(name[:1], "", text)


def capitals_used_alone(name: list[str]) -> bool:
    """Whether a name's trailing capitals ("Halendra YW") are a short form the article also
    writes elsewhere, not after the word before them: "Ketua RW 05, Budi Santoso RW"."""
    capitals, before = name[-1].rstrip(".,"), name[-2]
    if not is_name_capitals(capitals) or capitals in NAME_CAPITALS:
        return False
    # "DEDI KS" in capitals elsewhere is the same name written loud, not KS alone.
    pattern = rf"(?i:(?<!{re.escape(before)}\s))\b{re.escape(capitals)}\b"
    return re.search(pattern, _ARTICLE_TEXT.get()) is not None


def ends_in_place(name: list[str], text: str) -> bool:
    """Whether a run's last word is a known place or one the article writes after "di",
    "ke" or "dari" ("tinggal di Bandung")."""
    last = name[-1].rstrip(".,")
    # "di Tanjung Morawa": a word that opens a longer place name is no place alone, and a
    # surname can open one (Tanjung, Siregar).
    return key(last) in speech.PLACES or re.search(
        rf"\b(?i:{_PLACE_INTRODUCERS}|dari|ke)\s+{re.escape(last)}\b(?!\s+[A-Z])",
        text) is not None


def _said_alone(rest: list[str], lead: str, text: str) -> bool:
    """Whether the article names rest without lead before it, next to a speech verb: "ujar
    Sudirman", "Sudirman mengatakan"."""
    said = re.escape(" ".join(rest))
    pattern = rf"(\S+)\s+{said}\b(?:\s*,?\s+(\S+))?"
    for match in re.finditer(pattern, text):
        before, after = match[1], match[2] or ""
        if before == lead:
            continue
        if any(key(w.strip(",.\"“”")) in _SAYING_WORDS for w in (before, after)):
            return True
    return False


def organisation_named_first(name: list[str], words: list[str]) -> bool:
    """Whether the first of three name words is the name of the organisation or the region
    written right before them: "Universitas Tokyo Takao Someya", "RSUD Cileungsi Desriza
    Ratman", "Kepala Desa Sukamaju Rudi Hartono". A common first name ("Muhammad") opens the
    person's name instead."""
    organisation = key(words[-len(name) - 1]) if len(name) < len(words) else ""
    return (len(name) == speech.SPEAKER_MAX_WORDS
            and organisation in _NAMED_ORGANISATIONS | _REGIONS
            and key(name[0]) not in _OPENS_A_NAME and not _named_alone_elsewhere(name)
            and (organisation not in _NAMED_AFTER_TOWN_OR_HERO
                 or _is_article_place(name[0], name[1], _ARTICLE_TEXT.get())))


# Ports and airports are named after a town or after a hero ("Bandara Sultan Hasanuddin"):
# the word after them is the town only when it is a place ("Pelabuhan Sampit", "di Sampit").
_NAMED_AFTER_TOWN_OR_HERO = frozenset({"pelabuhan", "bandara"})


def _named_alone_elsewhere(name: list[str]) -> bool:
    """Whether the article calls someone by the first of these name words alone where a
    speech verb says it is a person ("kata Asep", "Asep mengatakan"): then "Kepala Puskesmas
    Asep Dadang Sutisna" is Asep's whole name, not the Puskesmas's."""
    first, second = name[0].rstrip("."), name[1]
    pattern = (rf"(\S+)\s+{re.escape(first)}\b(?!\s+{re.escape(second)})"
               rf"|\b{re.escape(first)}\s+(\S+)")
    for match in re.finditer(pattern, _ARTICLE_TEXT.get()):
        if any(w and key(w.strip(",.\"“”")) in _SAYING_WORDS for w in match.groups()):
            return True
    return False
