"""Dates and times: "Minggu (29/3/2020)", "Kamis (5/3)", "pukul 14.30 WIB", "10:08".

Times are read the way a formal broadcast reads them: "pukul 14.30" -> "pukul empat belas
lewat tiga puluh menit", "pukul 14.00" -> "pukul empat belas". The time zone after it (WIB,
WITA, WIT) is said in full by the acronym step. Years need no rule of their own: Indonesian
reads "2024" as the cardinal "dua ribu dua puluh empat", which the number step does.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from dengar.spoken.data import table
from dengar.spoken.numbers import cardinal

# In brackets a stray space may stand beside a slash: "Selasa (5 /9/23)", "(12/ 3/2024)".
_SLASH_DATE = (r"(?P<day>\d{1,2})(?(open)\s?)/(?(open)\s?)(?P<month>\d{1,2})"
               r"(?:(?(open)\s?)/(?(open)\s?)(?P<year>\d{4}|\d{2}))?")
_CENTURY_PIVOT = 70  # a two-digit year below it is this century's: "23" is 2023, "98" 1998
_TIME = r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})"
# A zone after the time: "WIB", or said in words ("12.10 Waktu Arab Saudi", "waktu setempat").
_ZONE = r"\s?(?:WIB|WITA|WIT|Waktu\s[A-Z][a-z]+|waktu\ssetempat)\b"
# Words that put a clock time after them without "pukul": "sekitar 10.00 rumah itu terbakar".
_TIME_LEADS = frozenset({"sekitar", "mulai", "sejak", "hingga", "sampai"})
# ... unless a measure follows, for then the number is a decimal: "hingga 12.50 persen",
# "sekitar 12.50 hektare", "hingga 10.45 detik", "hingga 15.50 per ons", "15.45 terhadap dolar".
# The units' spoken names count too ("kilogram", "megawatt").
_MEASURES = frozenset({"persen", "poin", "ribu", "juta", "miliar", "triliun", "dolar", "euro",
                       "ringgit", "yen", "rupiah", "kali", "derajat", "%", "per", "terhadap",
                       "hektare", "hektar", "ton", "kuintal", "kwintal", "ons", "kilo", "gram",
                       "liter", "meter", "detik", "menit", "barel", "mil", "knot", "inci"})
# Words a unit may be said with that also follow a time of day: "20.00 malam" is a time.
_TIME_WORDS = frozenset({"jam", "malam", "hari"})
_LEAP_YEAR = 2000  # a date written without its year may be 29 February


@cache
def _date_pattern() -> re.Pattern[str]:
    days = "|".join(map(re.escape, table("calendar")["calendar"]["days"]))
    return re.compile(
        rf"(?:(?P<weekday>\b(?i:{days}))(?:\s*,(?=\s*\())?\s*)?(?P<open>\(\s*)?(?<![\d/]){_SLASH_DATE}(?![\d/])"
        # "(15/8 2024)": in brackets, the year may follow after a space instead of a slash
        rf"(?(open)(?(year)|(?:\s+(?P<spaced_year>(?:19|20)\d\d))?)\s*\))"
    )


def _exists(day: str, month: str) -> bool:
    """Whether the day is in the month in some year: a writer's "29/2/2023" is still read as a
    date (a leap year is not checked), "31/2" and "7/15" are not."""
    try:
        datetime.date(_LEAP_YEAR, int(month), int(day))
    except ValueError:
        return False
    return True


def _date_words(day: str, month: str, year: str | None) -> str:
    """ "29", "3", "2020" -> "dua puluh sembilan Maret dua ribu dua puluh"; "5", "3", None ->
    "lima Maret"; a date that does not exist ("31/2/2024", "31/2") is read as written, its
    slashes as "garis miring"."""
    parts = (day, month) if year is None else (day, month, year)
    if not _exists(day, month):
        return " garis miring ".join(cardinal(int(part)) for part in parts)
    name = table("calendar")["calendar"]["months"][int(month) - 1]
    return f"{cardinal(int(day))} {name}" + (f" {cardinal(int(year))}" if year else "")


# A time of day next to a bracketed day and month makes it a date without a weekday: "malam
# (2/8)", "itu (2/8) kemarin", "(30/7) petang". Any other word may stand before a score, a
# fraction or a part ("menang (3/1) atas", "ayat (1/2)", "garam (1/2) sendok"); "lalu" after
# the bracket may be "then" ("(2/1) lalu"), so it counts only before. "ini" and "depan" date
# only after a span of time or a weekday ("hari ini (2/8)", "pekan depan", "Senin depan"), not
# after any noun ("bagian ini (1/2)", "di depan (3/4)").
_SPAN_OF_TIME = (r"(?:hari|pekan|minggu|bulan|pagi|siang|sore|malam|petang"
                 r"|senin|selasa|rabu|kamis|jumat|sabtu)")
_TIME_BEFORE = re.compile(
    r"\b(?:kemarin|lalu|tadi|besok|mendatang|pagi|siang|sore|malam|petang|dini\s+hari"
    rf"|{_SPAN_OF_TIME}\s+(?:ini|depan))\s*$", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"\s*,?\s*(?:kemarin|tadi|besok|mendatang|pagi|siang|sore|malam|petang|dini\s+hari)\b",
    re.IGNORECASE)


def _bracketed_by_time(match: re.Match[str]) -> bool:
    """Whether a day and month in brackets stand next to a time of day ("malam (2/8)", "itu
    (2/8) kemarin"): news copy dates its events so; "menang (3/1) atas" is a score."""
    return ("open" in match.groupdict() and match["open"] is not None
            and (_TIME_BEFORE.search(match.string, 0, match.start()) is not None
                 or _TIME_AFTER.match(match.string, match.end()) is not None)
            and _exists(match["day"], match["month"]))


def _spoken_date(match: re.Match[str]) -> str:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    if "spaced_year" in groups:  # "(15/8 2024)"; "(31/2 2024)" is no date: left as written
        groups["year"] = groups.pop("spaced_year")
        if not _exists(groups["day"], groups["month"]):
            return match[0]
    weekday = groups.get("weekday")
    if "year" not in groups and not weekday and not _bracketed_by_time(match):
        return match[0]  # "3/4" alone is a fraction; "Kamis (5/3)" is a date
    year = groups.get("year")
    if year and len(year) == 2:
        if not (weekday or "open" in groups):
            return match[0]  # "7/5/23" bare may be anything; "(7/5/23)" dates the news
        year = str((2000 if int(year) < _CENTURY_PIVOT else 1900) + int(year))
        if not _exists(groups["day"], groups["month"]):
            return match[0]  # "(7/15/23)": not a date after all
    words = _date_words(groups["day"], groups["month"], year)
    if "open" in groups and match.string[match.end():match.end() + 2].strip()[:1].isalpha():
        words += ","  # the brackets set the date apart from the sentence; keep that pause
    if weekday:
        return f"{weekday}, {words}"
    return f", {words}" if "year" not in groups else words  # "itu (2/8) kemarin": a pause


@cache
def _short_month_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(table("calendar")["calendar"]["month_abbreviations"], key=len,
                            reverse=True))
    # the period of "Nov." is dropped only before a year, where it cannot end a sentence
    return re.compile(rf"(?<![\d.,])(?P<day>\d{{1,2}})\s+(?P<month>{names})(?:\.(?=\s+\d)|\b)"
                      r"(?!\.?\w)")


# What may follow a short month name that is also a given name: a year or a time, or the end
# of a sentence or clause; not a capitalised word after a period ("No. 5 Des. Sukamaju").
_AFTER_AMBIGUOUS_MONTH_RE = re.compile(r"\.?\s+\d|,\s*\d|\.?\s*$|[,;:)!?]|\.(?!\s+[A-Z])")


def _full_month(match: re.Match[str]) -> str:
    calendar = table("calendar")["calendar"]
    if not 1 <= int(match["day"]) <= 31:
        return match[0]
    if (match["month"] in calendar["ambiguous_month_abbreviations"]
            and not _AFTER_AMBIGUOUS_MONTH_RE.match(match.string, match.end())):
        return match[0]  # "menit 25 Jan Oblak", "5 Des Alwi": a name
    month = calendar["month_abbreviations"][match["month"]]
    return f"{match['day']} {calendar['months'][month - 1]}"


@cache
def _slashed_month_pattern() -> re.Pattern[str]:
    names = "|".join(table("calendar")["calendar"]["month_abbreviations"])
    return re.compile(rf"(?<![\w/])(?P<day>\d{{1,2}})/(?P<month>{names})/(?P<year>\d{{4}})"
                      r"(?![\w/])")


def _written_out(match: re.Match[str], month: int) -> str:
    """The date match wrote, its month's name in full ("16 Desember 2019"); as written when
    no such day exists."""
    if not _exists(match["day"], str(month)):
        return match[0]
    return f"{match['day']} {table('calendar')['calendar']['months'][month - 1]} {match['year']}"


def _slashed_month(match: re.Match[str]) -> str:
    return _written_out(match, table("calendar")["calendar"]["month_abbreviations"][match["month"]])


def say_slashed_months(text: str) -> str:
    """ "16/Des/2019" -> "16 Desember 2019": a date with its month's short name between
    slashes, said before a reference number's step could take it for one."""
    return _slashed_month_pattern().sub(_slashed_month, text)


@cache
def _english_date_pattern() -> re.Pattern[str]:
    names = "|".join(table("calendar")["calendar"]["english_months"])
    # the year is required: "May 2" alone may be the verb's "may"
    return re.compile(rf"\b(?P<month>{names})\s(?P<day>\d{{1,2}}),?\s(?P<year>(?:19|20)\d\d)\b"
                      r"(?![.,]\d)")


def _english_date(match: re.Match[str]) -> str:
    return _written_out(match, table("calendar")["calendar"]["english_months"].index(
        match["month"]) + 1)


def say_english_dates(text: str) -> str:
    """ "May 2, 2022" -> "2 Mei 2022": an English date is said in Indonesian, day first. The
    numbers stay in digits for the number step."""
    return _english_date_pattern().sub(_english_date, text)


def say_short_months(text: str) -> str:
    """ "26 Nov 2021" -> "26 November 2021", "5 Agu" -> "5 Agustus": a short month name after
    a day is said in full. The numbers stay in digits for the number step."""
    return _short_month_pattern().sub(_full_month, text)


@cache
def _weekday_month_pattern() -> re.Pattern[str]:
    days = "|".join(map(re.escape, table("calendar")["calendar"]["days"]))
    return re.compile(rf"(?P<weekday>\b(?i:{days}))\s*,?\s*\(\s*(?P<month>\d{{1,2}})/"
                      r"(?P<year>(?:19|20)\d\d)\s*\)")


def _weekday_month(match: re.Match[str]) -> str:
    """ "Senin (11/2025)": a weekday with its month and year, the day left out."""
    month = int(match["month"])
    if not 1 <= month <= 12:
        return match[0]
    name = table("calendar")["calendar"]["months"][month - 1]
    pause = "," if match.string[match.end():match.end() + 2].strip()[:1].isalpha() else ""
    return f"{match['weekday']}, {name} {cardinal(int(match['year']))}{pause}"


# A day and month without brackets or a weekday is a date after "tanggal", or between "pada",
# "sejak", … and a time of day ("pada 26/11 lalu"); elsewhere "3/4" is a fraction. A weekday's
# bracket left open before a time of day ("Kamis (7/10 dini hari") is a date too.
_THEN = (r"(?=\d{1,2}/\d{1,2}\s+"
         r"(?:lalu|kemarin|mendatang|nanti|pagi|siang|sore|malam|dini\s+hari)\b)")
# "pada", "hingga" or "sampai" before a common fraction and a time of day is a share of it:
# "pada 1/3 malam terakhir", "bekerja sampai 2/3 malam"; "pada 26/11 malam" is a date.
_FRACTION_OF_DAY = r"(?!(?:1/[234]|2/3|3/4)\s+(?:pagi|siang|sore|malam)\b)"


@cache
def _unbracketed_pattern() -> re.Pattern[str]:
    days = "|".join(map(re.escape, table("calendar")["calendar"]["days"]))
    return re.compile(
        rf"(?:(?P<lead>\b(?:[Tt]anggal|[Tt]gl\.?)\s+|\b(?:sejak|mulai)\s+{_THEN}"
        rf"|\b(?:pada|hingga|sampai)\s+{_FRACTION_OF_DAY}{_THEN})"
        rf"|(?P<weekday>\b(?i:{days}))\s*,?\s*\({_THEN})"
        r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|[.,]\d)")


def _unbracketed_date(match: re.Match[str]) -> str:
    if not _exists(match["day"], match["month"]):
        return match[0]
    lead = match["lead"] or f"{match['weekday']}, "
    return lead + _date_words(match["day"], match["month"], None)


# "(Januari–Oktober)": a dash between two months is a span of them, "Januari sampai Oktober".
@cache
def _month_range_pattern() -> re.Pattern[str]:
    months = "|".join(table("calendar")["calendar"]["months"])
    return re.compile(rf"\b(?P<first>{months})\s?[-–—]\s?(?P<last>{months})\b")


def say_month_ranges(text: str) -> str:
    """ "Januari–Oktober" -> "Januari sampai Oktober", "Mei - Juni" -> "Mei sampai Juni": only
    two month names written in full, as the dash between other words is a pause."""
    return _month_range_pattern().sub(r"\g<first> sampai \g<last>", text)


# "(04/09-2024)": a dash typed for the last slash of a bracketed date before a year.
_DASHED_YEAR = re.compile(r"\((?P<date>\d{1,2}/\d{1,2})-(?P<year>(?:19|20)\d\d)\)")


def say_dates(text: str) -> str:
    """Say numeric dates: "Minggu (29/3/2020)" -> "Minggu, dua puluh sembilan Maret dua ribu
    dua puluh"; "(15/1/2024)" and "15/1/2024" alike. Day-month-year order, as in Indonesia.
    Without a year, only after a weekday: "Kamis (5/3)" -> "Kamis, lima Maret"."""
    text = _DASHED_YEAR.sub(r"(\g<date>/\g<year>)", text)
    text = _weekday_month_pattern().sub(_weekday_month, text)
    text = _unbracketed_pattern().sub(_unbracketed_date, text)
    return _date_pattern().sub(_spoken_date, text)


def time_words(hour: int, minute: int) -> str | None:
    """ "14", "30" -> "empat belas lewat tiga puluh menit"; None if it is not a time of day."""
    if hour > 24 or minute > 59:
        return None
    if minute == 0:
        return cardinal(hour)
    return f"{cardinal(hour)} lewat {cardinal(minute)} menit"


_CLOCK = re.compile(
    rf"(?P<lead>\b[Pp]ukul\s|\b[Jj]am\s)?(?<![\d.,:]){_TIME}"
    rf"(?:\s?[-–]\s?(?P<hour2>\d{{1,2}})[.:](?P<minute2>\d{{2}}))?(?![\d.,:]\d)(?=(?P<zone>{_ZONE})?)"
)


@cache
def _measure_words() -> frozenset[str]:
    """The measures, with the word the units table says first for a unit ("kilogram",
    "megawatt"); not its later words ("meter di atas permukaan laut")."""
    spoken = {said.split()[0] for said in table("units")["units"].values()}
    return _MEASURES | (spoken - _TIME_WORDS)


def _after_time_lead(match: re.Match[str]) -> bool:
    """Whether "sekitar", "mulai", "sejak", … comes before a time with two-digit hours and no
    measure after it: "sekitar 10.00 rumah …" is ten o'clock, "hingga 12.50 persen" a decimal."""
    if match.string[match.end():match.end() + 1].isdigit():
        return False  # "sampai 10.000": thousands, not "10.00"
    before = match.string[: match.start()].split()[-1:]
    after = match.string[match.end():].split()[:1]
    measured = bool(after) and (after[0].lower().rstrip(".,") in _measure_words()
                                or after[0].rstrip(".,") in table("units")["units"])
    return (bool(before) and before[0].lower() in _TIME_LEADS and len(match["hour"]) == 2
            and not measured)


# A time stamp to the second: "pada 11.48 detik ke-11" counts the seconds of a clock's
# minute; "10.45 detik" alone is a duration with a decimal point, and so is a race's time
# ranked among others ("mencatat waktu 10.17 detik ke-2 tercepat"): only "pada" before
# it makes it a moment.
_SECOND_OF_MINUTE = re.compile(r"\s+detik\s+ke-?\d")


def _second_of_minute(match: re.Match[str]) -> bool:
    """Whether the time is a moment counted to the second: "pada 11.48 detik ke-11"."""
    before = match.string[: match.start()].split()[-1:]
    return (before == ["pada"] and int(match["hour"]) >= 1
            and _SECOND_OF_MINUTE.match(match.string, match.end()) is not None)


def _spoken_time(match: re.Match[str]) -> str:
    padded = len(match["hour"]) == 2 and match["hour"].startswith("0")  # "08.30": no decimal
    after_lead = _after_time_lead(match) or _second_of_minute(match)
    if not (match["lead"] or match["zone"] or ":" in match[0] or padded or after_lead):
        return match[0]  # "2.50" without "pukul" or a zone is a number, not a time
    # "sekitar 10.00 rumah …": said "sekitar pukul sepuluh", not "sepuluh rumah"; not said
    # twice in a span ("pukul 10.00 hingga 12.00")
    said = {word.lower() for word in match.string[: match.start()].split()[-4:]}
    # "(14.00 WIB)" after a local time: the bracket gives the time alone, said as one
    in_brackets = bool(match["zone"]) and match.string[: match.start()].rstrip().endswith("(")
    lead = match["lead"] or ("pukul " if (after_lead and not said & {"pukul", "jam"})
                             or in_brackets else "")
    first = time_words(int(match["hour"]), int(match["minute"]))
    second = time_words(int(match["hour2"]), int(match["minute2"])) if match["hour2"] else ""
    if first is None or second is None:
        return match[0]
    return lead + first + (f" sampai {second}" if second else "")


# After "pukul" or before a zone only: "catatan waktu 2:11:45" is a duration, not a time of
# day. Dots may part the pieces as colons do ("pukul 23.32.46 WIB"), the same on both sides.
_CLOCK_SECONDS = re.compile(
    r"(?:(?<=[Pp]ukul\s)|(?<![\w.,:]))(?P<hour>\d{1,2})(?P<sep>[:.])(?P<minute>\d{2})(?P=sep)"
    rf"(?P<second>\d{{2}})(?![\d.,:]\d)(?P<zone>(?={_ZONE}))?")


def _spoken_seconds(match: re.Match[str]) -> str:
    """ "09:21:15" -> "sembilan lewat dua puluh satu menit lima belas detik"."""
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"])
    after_pukul = match.string[: match.start()].endswith(("pukul ", "Pukul "))
    if not (after_pukul or match["zone"] is not None) or hour > 24 or minute > 59 or second > 59:
        return match[0]
    return f"{cardinal(hour)} lewat {cardinal(minute)} menit {cardinal(second)} detik"


# A time typed with a space after each colon, before its zone: "00: 05: 43 WIB". Only with
# the zone, for "skor 2: 1" is no time.
_SPACED_CLOCK = re.compile(rf"(?<![\d.,:])(\d{{1,2}}):\s(\d{{2}})(?::\s(\d{{2}}))?(?={_ZONE})")


def _join_clock(match: re.Match[str]) -> str:
    return ":".join(filter(None, match.groups()))


def say_times(text: str) -> str:
    """Say clock times after "pukul"/"jam", before WIB/WITA/WIT, or written with a colon;
    after "sekitar", "mulai", "sejak", "hingga" or "sampai" with "pukul" put before them.

    "pukul 14.30 WIB" -> "pukul empat belas lewat tiga puluh menit WIB", "10:08" -> "sepuluh
    lewat delapan menit", "pukul 08.00-10.00" -> "pukul delapan sampai sepuluh". An hour above
    24 or minutes above 59 are left to the number step.
    """
    text = _SPACED_CLOCK.sub(_join_clock, text)
    return _CLOCK.sub(_spoken_time, _CLOCK_SECONDS.sub(_spoken_seconds, text))


# A year of the Islamic calendar, "1443 H", and the common era's after a slash, "/2022 M";
# "H-1" (a day before) and "Grup H" are no years.
_HIJRI_YEAR = re.compile(r"\b(?P<year>1[34]\d\d)\s?H(?![\w-]|\.\w)")
# ... its year may close a full date: "1444 H/22 April 2023 M".
_DAY_AND_MONTH = r"(?:\d{1,2}\s[A-Z][a-z]+\s)?"
_COMMON_ERA_YEAR = re.compile(rf"(?<=Hijriah)(?P<slash>\s?/\s?)(?P<date>{_DAY_AND_MONTH})"
                              r"(?P<year>(?:19|20)\d\d)\s?M\b(?!-)")


# What makes "H" the calendar's: a common era's year after a slash ("1445 H/2024 M"), or for a
# year of this century of the Hijra (14xx) the end of a clause ("tahun 1444 H.").
_HIJRI_AFTER = re.compile(rf"\s?/\s?{_DAY_AND_MONTH}(?:19|20)\d\d\s?M\b")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$)")


def _hijri_year(match: re.Match[str]) -> str:
    """ "Ramadan 1446 H" -> "1446 Hijriah"; "menjual 1400 H tiket", "nomor 1350 H": as written."""
    context = {word.lower().strip(".,\"“(") for word in match.string[:match.start()].split()[-3:]}
    if (context & set(table("calendar")["calendar"]["hijri_context"])
            or _HIJRI_AFTER.match(match.string, match.end())
            or (match["year"].startswith("14") and _CLAUSE_END.match(match.string, match.end()))):
        return f"{match['year']} Hijriah"
    return match[0]


def say_calendar_eras(text: str) -> str:
    """ "1443 H/2022 M" -> "1443 Hijriah/2022 Masehi": the letters after the years are the
    calendars' where the Islamic calendar is meant. The numbers stay for the number step."""
    text = _HIJRI_YEAR.sub(_hijri_year, text)
    return _COMMON_ERA_YEAR.sub(r"\g<slash>\g<date>\g<year> Masehi", text)

