"""Numbers in running text: ranges, decades, fractions, units and the bare numbers left.

"2020-2024" -> "dua ribu dua puluh sampai dua ribu dua puluh empat", "50-an" -> "lima
puluhan", "3/4" -> "tiga per empat", "12 km" -> "dua belas kilometer", "2,5%" -> "dua koma
lima persen", "4x4" -> "empat kali empat", "versi 2.3.1" -> "versi dua titik tiga titik satu".
Runs after money, dates and times, which read their own numbers; before them only the step
that says a number once when it is spelled again in brackets ("2 (dua) tahun").
"""

from __future__ import annotations

import re
from functools import cache

from dengar.patterns import alternation
from dengar.spoken.data import table
from dengar.spoken.numbers import NUMBER, digits, number_value, say_number

_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ALONE = r"(?<![\w.,/-])"  # not glued to a word, a decimal or another number before it
_CODE = re.compile(rf"{_ALONE}\d+(?:-\d+){{2,}}(?![\w-])")
_RANGE = re.compile(rf"{_ALONE}(?P<first>{NUMBER})\s?[-–]\s?(?P<second>{NUMBER})(?![\w/-])")
_DECADE = re.compile(rf"{_ALONE}(?P<number>{NUMBER})-an\b")
_FRACTION = re.compile(rf"{_ALONE}(?P<top>\d+)/(?P<bottom>\d+)(?![\d/])")
# A pair after these words is a score, whichever side leads: "kalah 0-3" -> "nol tiga".
_SCORE_WORDS = re.compile(
    r"\b(?:skor|menang|kalah|unggul|tertinggal|imbang|bermain|berakhir|takluk|menekuk|"
    r"membantai|kekalahan|kemenangan|tumbang|mengalahkan|dikalahkan|ditahan|menahan|"
    r"hasil\s+akhir)\s+$", re.IGNORECASE)
# ... unless a counting word follows: "menang 2-3 kali", "ditahan 20-40 hari", "menahan 3-4
# tendangan" are ranges.
_COUNTING_WORDS = frozenset({
    "kali", "orang", "hari", "pekan", "minggu", "bulan", "tahun", "jam", "menit", "detik",
    "persen", "batang", "unit", "buah", "ekor", "kasus", "lembar", "suara", "kursi",
    "musim", "pesaing", "responden", "peserta", "tendangan", "tembakan", "peluang",
    "serangan", "pemain", "laga", "pertandingan"})
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
# "menit 90+6", "3+4=7", "paket 2+1", "3 + 4": a plus glued after a number, or spaced on both
# sides, between numbers is "tambah"; a country code opens a number after a space and keeps its
# plus ("0812 7890 +62 812"), and so does an age rating ("18+").
_PLUS = re.compile(r"(?<=\d)(?:\+\s?|\s\+\s)(?=\d)")
_MINUS = re.compile(r"(?:(?<=[\s(])|^)[-−](?=\d)")
# "4x4", "2x24 jam", "3 x 4 meter": an x between numbers is a multiplication sign, and so is
# one glued after a number before a pause or a word ("3x sehari", "zoom 10x").
# A capital X glued after a number is more often a model name ("Redmi 10X").
_TIMES = re.compile(rf"{_ALONE}(?P<number>{NUMBER})(?:\s?[xX×]\s?(?=\d)|[x×](?=[\s,.;:)]|$))")
# "2 (dua) tahun", "Rp5.000,- (lima ribu rupiah)": legal style writes a number twice.
_SPELLED_AGAIN = re.compile(
    rf"(?<![\d.,/-])(?P<number>{NUMBER})(?P<tail>,-|\s?%)?\s*\((?P<words>[^\W\d_][^()\d]*)\)")
# "versi 2.3.1", "Version 1.88.1", "v2.3", "iOS 17.2.1", "192.168.1.1": the dots of a version
# or an address are said "titik". Without the word, only three groups or more count.
_VERSION = re.compile(
    r"(?<![\w.,])(?:(?P<word>\b[Vv]ersi(?:on)?\s+)|(?P<v>\bv))?(?P<version>\d+(?:\.\d+)+)"
    r"(?![\w]|[.,]\d)")
_NUMBERS_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")
# Zeros that only pad a number to its printed width: "RT 008", "pukul 05", "01 Februari".
# Elsewhere they are said ("007", "paslon 01", a phone number).
_PADDED_AFTER = re.compile(
    r"\b(?P<lead>RT|RW|Rt|Rw|[Pp]ukul|[Jj]am)\.?\s?0+(?=[1-9]\d*(?![\d.,]\d))")
_BARE = re.compile(rf"(?P<before>\w?)(?<![\d.,])(?P<number>{NUMBER})(?![\d])(?P<after>\w?)")


def say_plus(text: str) -> str:
    """ "menit 90+6" -> "menit 90 tambah 6", "3+4=7" -> "3 tambah 4=7": a plus between numbers
    is "tambah"; a country code's ("+62 812" after a space) is left."""
    return _PLUS.sub(" tambah ", text)


def say_times_sign(text: str) -> str:
    """ "4x4" -> "4 kali 4", "2x24 jam" -> "2 kali 24 jam", "3x sehari" -> "3 kali sehari".

    The numbers stay in digits for the steps after.
    """
    return _TIMES.sub(_times_sign, text)


# "Xiaomi 14x", "Redmi 10x": a lower-case x glued after a number a capitalised word (not the
# sentence's first) comes before is a model's name; "Minum 3x sehari" is not.
_MODEL_BEFORE = re.compile(r"(?<![.!?]\s)(?<=\s)[A-Z][\w-]*\s$")


def _times_sign(match: re.Match[str]) -> str:
    """ "4 kali " for a multiplication sign; a model's name ("Xiaomi 14x") as written."""
    glued = match[0].endswith("x") and match[0][-2:-1].isdigit()
    before_digit = match.string[match.end(): match.end() + 1].isdigit()
    if glued and not before_digit and _MODEL_BEFORE.search(match.string[: match.start()]):
        return match[0]
    return f"{match['number']} kali "


@cache
def _said_after_amounts() -> frozenset[str]:
    """Words that may follow the number in its spelled-out repeat: currencies and units."""
    data = table("units")
    return frozenset(" ".join([*data["currencies"].values(), *data["units"].values(),
                               *data["glued_units"].values(), "persen"]).lower().split())


def _once(match: re.Match[str]) -> str:
    amount = re.sub(r",0+$", "", match["number"])  # "5.000,00 (lima ribu rupiah)"
    written = match["words"].lower().split()
    said = say_number(amount).split()
    rest = written[len(said):]
    if written[:len(said)] != said or not _said_after_amounts().issuperset(rest):
        return match[0]
    return match["number"] + (match["tail"] or "")


def say_spelled_numbers_once(text: str) -> str:
    """ "2 (dua) tahun" -> "2 tahun", "Rp 5.000 (lima ribu rupiah)" -> "Rp 5.000": a number
    followed by the same number in words in brackets, as legal texts write it, is said once.
    Words that say another number stay: "2 (tiga)" is the writer's to answer for."""
    return _SPELLED_AGAIN.sub(_once, text)


def _version_part(part: str) -> str:
    return digits(part) if len(part) > 1 and part.startswith("0") else say_number(part)


def _spoken_version(match: re.Match[str]) -> str:
    version = match["version"]
    parts = version.split(".")
    named = match["word"] or match["v"]
    if _GROUPED_THOUSANDS.fullmatch(version) or not named and (
            len(parts) < 3 or len(parts[-1]) == 4):
        return match[0]  # "1.500.000" groups thousands; "17.08.1945" is a date
    if not named and _TIME_LIKE.fullmatch(version):
        return ", ".join(map(say_number, parts))  # "1.23.45": a race time, not a version
    lead = ("Versi " if named.startswith("V") else "versi ") if named else ""
    return lead + " titik ".join(map(_version_part, parts))


# Hours (or minutes), minutes and seconds: "waktu tempuh 1.23.45".
_TIME_LIKE = re.compile(r"\d{1,2}\.[0-5]\d\.[0-5]\d")


@cache
def _generation_pattern() -> re.Pattern[str]:
    words = alternation(table("units")["generations"]["words"])
    return re.compile(rf"\b(?P<word>(?i:{words}))\s+(?P<version>\d\.0)"
                      r"(?![\w]|[.,]\d|\s?%|\s+persen)")


def say_versions(text: str) -> str:
    """ "versi 2.3.1" -> "versi dua titik tiga titik satu"; "Version" and a "v" glued to the
    number ("v2.3.1") are said "versi"; a generation ("industri 4.0") is said with "titik"."""
    text = _generation_pattern().sub(
        lambda m: f"{m['word']} {' titik '.join(map(say_number, m['version'].split('.')))}",
        text)
    return _VERSION.sub(_spoken_version, text)


@cache
def _padded_day() -> re.Pattern[str]:
    months = "|".join(table("calendar")["calendar"]["months"])
    return re.compile(rf"(?<![\w.,])0(?=[1-9](?:\s?[-–]\s?\d{{1,2}})?\s+(?:{months})\b)")


def drop_padding_zeros(text: str) -> str:
    """ "RT 08 RW 004" -> "RT 8 RW 4", "01 Februari" -> "1 Februari", "pukul 05" -> "pukul 5":
    a zero that pads a house block, an hour or a day of the month is not said."""
    return _padded_day().sub("", _PADDED_AFTER.sub(lambda m: m["lead"] + " ", text))


def say_codes(text: str) -> str:
    """A phone or code number in three or more groups, digit by digit a group at a time:
    "0812-3456-7890" -> "nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol".
    """
    return _CODE.sub(lambda m: ", ".join(digits(group) for group in m[0].split("-")), text)


def _spoken_range(match: re.Match[str]) -> str:
    first, second = match["first"], match["second"]
    if any(len(part) > 1 and part.startswith("0") for part in (first, second)):
        return f"{digits(first)}, {digits(second)}"  # a phone or code number, in groups
    low, high = number_value(first), number_value(second)
    is_range = low is not None and high is not None and low < high
    score = (_SCORE_WORDS.search(match.string[max(0, match.start() - 40):match.start()])
             and not _counts(match))
    if is_range and not score:
        # "6-7,5 km": the second number stays in digits so the unit step still finds its unit
        said_second = second if _unit_follows(match) else say_number(second)
        return f"{say_number(first)} sampai {said_second}"
    first_words, second_words = say_number(first), say_number(second)
    # "22-20": "dua puluh dua, dua puluh"; without the pause it is heard as three numbers
    joint = ", " if " " in first_words + second_words else " "
    return first_words + joint + second_words


def _counts(match: re.Match[str]) -> bool:
    """Whether a counting word follows the pair ("2-3 kali", "3-4 orang", "5 - 6 km")."""
    following = _NEXT_WORD.match(match.string, match.end())
    if following is None:
        return False
    word = following[1].lower()
    return word in _COUNTING_WORDS or word in table("units")["units"]


def _unit_follows(match: re.Match[str]) -> bool:
    """Whether a unit's symbol follows the pair, spaced or glued ("6-7,5 km", "20-30%")."""
    return _unit_pattern().match(match["second"] + match.string[match.end():]) is not None


def say_ranges(text: str) -> str:
    """ "15-17 Januari" -> "lima belas sampai tujuh belas Januari".

    Only a rising pair is a range; "menang 2-1" is a score and reads "dua satu".
    """
    return _RANGE.sub(_spoken_range, text)


def say_decades(text: str) -> str:
    """ "50-an" -> "lima puluhan", "1990-an" -> "seribu sembilan ratus sembilan puluhan"."""
    return _DECADE.sub(lambda m: say_number(m["number"]) + "an", text)


def _spoken_fraction(match: re.Match[str]) -> str:
    top, bottom = match["top"], match["bottom"]
    if _YEAR.fullmatch(top) and int(bottom) == int(top) + 1:
        return f"{say_number(top)} sampai {say_number(bottom)}"  # a season or school year
    return f"{say_number(top)} per {say_number(bottom)}"


_YEAR = re.compile(r"(?:19|20)\d\d")


def say_fractions(text: str) -> str:
    """ "3/4" -> "tiga per empat" (dates with a year were read before); two years in a row
    ("tahun ajaran 2025/2026", "Liga 1 2021/2022") are one school, budget or sports year that
    runs from the first into the second: "dua ribu dua puluh lima sampai dua ribu dua puluh
    enam" ("satu-dua" joined by a hyphen would be heard as "a few")."""
    return _FRACTION.sub(_spoken_fraction, text)


@cache
def _unit_pattern() -> re.Pattern[str]:
    units = alternation(table("units")["units"])
    glued = alternation(table("units")["glued_units"])
    return re.compile(rf"(?P<number>{NUMBER})(?![\d])(?:\s?(?P<unit>{units})|(?P<glued>{glued}))"
                      r"(?P<nya>-nya|(?<=%)nya)?(?![\w²³])")


def say_units(text: str) -> str:
    """ "12 km" -> "12 kilometer", "2,5%" -> "2,5 persen", "30°C" -> "30 derajat Celsius";
    "10%-nya" -> "10 persennya": the suffix is glued to the word, as it is written after one.

    The number stays in digits for the bare-number step.
    """
    units = table("units")["units"] | table("units")["glued_units"]

    def said(match: re.Match[str]) -> str:
        words = units[match["unit"] or match["glued"]]
        if not match["nya"]:
            return f"{match['number']} {words}"
        # a letter's name keeps the hyphen: "lima ge-nya", not the word "genya"
        return f"{match['number']} {words}{'-nya' if len(words.split()[-1]) <= 2 else 'nya'}"

    return _unit_pattern().sub(said, text)


@cache
def _named_unit_pattern() -> re.Pattern[str]:
    units = alternation([*table("units")["units"], *table("units")["glued_units"]])
    return re.compile(rf"(?<=[^\W\d_])\s*\((?P<unit>{units})\)")


def _same_word(written: str, said: str) -> bool:
    """ "hektar" is the "hektare" the table says; "Megawatt" is "megawatt"."""
    written, said = written.lower(), said.lower()
    return written == said or (said.startswith(written) and len(said) - len(written) == 1)


def _unit_named_before(match: re.Match[str]) -> str:
    units = table("units")["units"] | table("units")["glued_units"]
    said = units[match["unit"]].split()
    written = match.string[: match.start()].split()[-len(said):]
    named = len(written) == len(said) and all(map(_same_word, written, said))
    return "" if named else match[0]


def drop_named_unit_symbols(text: str) -> str:
    """ "seluas 20 hektare (ha)" -> "seluas 20 hektare", "megawatt (MW)" -> "megawatt": a
    unit's symbol in brackets after the unit said in words is not read again; after any other
    word ("Kepala (KM)", "daya (MW)") the bracket stays."""
    return _named_unit_pattern().sub(_unit_named_before, text)


@cache
def _per_pattern() -> re.Pattern[str]:
    counted = alternation([*table("units")["units"], *table("units")["per"]["words"]])
    measures = alternation(table("units")["per"]["measures"])
    return re.compile(rf"(?<=\d)(?P<measure>\s(?:{measures}))?\s?/\s?(?P<unit>{counted})"
                      r"(?P<nya>nya)?(?![\w/])")


def say_per_unit(text: str) -> str:
    """ "Rp 11.000/kg" -> "Rp 11.000 per kilogram", "50/kgnya" -> "50 per kilogramnya",
    "Rp50.000/orang" -> "Rp50.000 per orang", "6.250 kilogram/hektar" -> "6.250 kilogram per
    hektar": a slash between a number (or a number and a measure said in words) and what it is
    counted by is said "per". The number stays in digits for the money and number steps."""
    units = table("units")["units"]
    return _per_pattern().sub(
        lambda m: f"{m['measure'] or ''} per {units.get(m['unit'], m['unit'])}{m['nya'] or ''}",
        text)


# "1,357 orang": a comma typed for the thousands' dot, English style, before what is counted
# whole; a person or an animal has no decimals. Exactly three digits after the comma.
_COMMA_THOUSANDS = re.compile(
    r"(?<![\w.,])(?P<thousands>[1-9]\d{0,2}),(?P<rest>\d{3})(?![\d.,]\d)"
    r"(?=\s+(?:orang|jiwa|ekor|unit|KK|kepala\s+keluarga|warga|pasien|siswa|penduduk)\b)")


def say_comma_thousands(text: str) -> str:
    """ "1,357 orang" -> "1.357 orang": read as thousands before a count noun ("jiwa",
    "ekor", "unit", "KK"); "1,5 juta orang", "1,35 orang" and "2,500 ton" keep their comma."""
    return _COMMA_THOUSANDS.sub(r"\g<thousands>.\g<rest>", text)


def say_minus(text: str) -> str:
    """ "suhu -5°C" -> "suhu minus 5°C": a minus sign before a number that stands alone."""
    return _MINUS.sub("minus ", text)


def _spoken_bare(match: re.Match[str]) -> str:
    words = say_number(match["number"])
    before = f"{match['before']} " if match["before"] else ""
    after = f" {match['after']}" if match["after"] else ""
    return before + words + after


def say_numbers(text: str) -> str:
    """Every number still in digits, in words; "G20" -> "G dua puluh". A hyphen still between
    two numbers (no range, score or code: "12/7/2-24", a typo) is a pause, so the words do
    not read as a reduplication ("dua-dua puluh")."""
    return _BARE.sub(_spoken_bare, _NUMBERS_HYPHEN.sub(", ", text))
