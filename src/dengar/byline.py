"""Byline lines: "Oleh …", "Penulis: X | Editor: Y", "Name - detikinet", "Name / <date>".

The byline is the author; an editor, a channel name or a date on the same line is not spoken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dengar import furniture, provenance, speech
from dengar.dateline import date_line
from dengar.names import is_person, is_place_or_time

_NAME_SPLIT_RE = re.compile(r"\s*,\s*|\s+(?:dan|&)\s+")
# What parts the author from the date: "Nama | Rabu, …", "Nama • 25 Januari 2019", and a dash
# before a weekday or a day ("By Nama - Sabtu, 15 Juli 2017 | 23:15 WIB").
_DATE_SPLIT_RE = re.compile(
    r"\s+[|/•·]\s+|\s*[|•·]\s*"
    r"|\s+[-–]\s+(?=(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b|\d{1,2}\s+[A-Za-z])"
    # no mark after a word, before a weekday, a comma and a day: "Nama - detikFood Senin, 06 …"
    r"|(?<=[a-z]{3})\s+(?=(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),\s*\d)"
    # no space either, the weekday capitalised: "Rina SariSabtu, 15 November 2025 20:33 WIB"
    r"|(?<=(?-i:[a-z]){3})(?=(?-i:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s*\d)",
    re.IGNORECASE,
)
# The author, the word for their job and the date: "Rina Sari , Jurnalis-Rabu, 8 Mei 2024";
# "Oleh Humas Dipublikasikan pada 24 April 2016", "oleh Rina Sari diperbarui 13 Feb 2017, 23:32".
_ROLE_THEN_DATE_RE = re.compile(
    r"^(?P<name>[^,|•]+?)\s*(?:,\s*(?P<role>jurnalis|wartawan|reporter|kontributor|penulis)"
    r"\s*[-–,·|]|\s+(?P<role_verb>dipublikasikan|diterbitkan|diposting|diunggah|diperbarui)"
    r"(?:\s+pada)?\b)"
    r"\s*(?P<date>.+)$",
    re.IGNORECASE,
)
# The author and the word for their job, capitalised as a byline box prints it, alone on the
# line: "Rina Sari, Jurnalis"; "Pak Budi, wartawan" in lower case is a phrase of the text.
_ROLE_LAST_RE = re.compile(
    r"\s*,\s*(?P<role>(?:Jurnalis|Wartawan|Wartawati|Reporter|Kontributor|Penulis))\s*$")
# A reporter and the place they report from, parted by a bar or an I typed for one: "Laporan
# Rina Ayu I Aceh Barat Daya", "Laporan Rina Ayu | Bandung".
_REPORT_FROM_RE = re.compile(
    r"^(?i:laporan)\s+(?P<name>[^|]+?)\s+[I|]\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})$")
# A place and an outlet's code joined by a hyphen: "Pangandaran-LHI", no name.
_PLACE_CODE_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?-[A-Z]{2,6}$")
# The desk a contributor writes for, before their name: "Kontributor Travel, Rina Sari".
_DESK_RE = re.compile(r"^(?P<desk>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,\s*(?P<name>[^,|•·/]+)")
# A word of a personal name after a desk: "Sri", "Ni'mah", "M."; a degree ("S.Pd") is none.
_PERSON_WORD_RE = re.compile(r"[A-Z](?:[a-z'’-]+|\.)")
# Jobs and credits that follow a name, never a name: "Juli Astuti, Kontributor Bandung".
_CREDIT_WORDS = frozenset({
    "kontributor", "jurnalis", "wartawan", "wartawati", "reporter", "penulis", "editor",
    "redaktur", "fotografer", "pewarta",
})
# "Laporan oleh", which also heads a chapter on who reported a case ("Laporan oleh Warga").
_REPORTED_BY_RE = re.compile(r"laporan\s+oleh\b", re.IGNORECASE)
_OUTLET_SLASH_RE = re.compile(r"^(?:detikcom|[a-z0-9-]+\.(?:com|id|co\.id))/(?=[A-Z])")
# A bar between a date and the credit after it: "SENIN, 02 MEI 2022 | 00:06 WIB | LAPORAN: X".
_BAR_RE = re.compile(r"\s+\|\s+")
# A read counter closing a date and the author's name, which marks the name as the author
# as a label would: "06 Agu 2018 20:39 WIB | Rina Sari | dibaca 2642".
_READ_COUNTER_RE = re.compile(
    r"\s+\|\s+(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+(?:\s+kali)?$", re.IGNORECASE)
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w.'’-]*")
# A site's address ("Harian.com", "Kabarkita.co.id") names the outlet, never an author.
# A masthead typed with a space after the dot names it too ("RAYA PUBLIK. COM").
_SITE_ADDRESS_RE = re.compile(
    r"\.(?:com|co|id|net|org|news|online)\b|\.\s(?:com|co\.id|net)$", re.IGNORECASE)
# The town a reporter files from, in brackets after the name: "Laporan: Rina Sari (Bandung)".
_FILED_FROM_RE = re.compile(r"\s*\((?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\)$")
_UNFINISHED_END = (".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "…")


@dataclass(frozen=True)
class Byline:
    """What a byline line says.

    Attributes:
        name: The author or authors, as the listener hears them after "Oleh".
        announced: Whether a prefix ("Oleh", "Penulis:") or the line's shape (a channel or a
            date after the name) marks it as a byline, rather than a bare name.
        dropped: The parts of the line that are not spoken (an editor, a channel, a date).
        published: The date written on the line, if any.
        channel: The outlet or channel named after the author ("detikinet"), if any.
        by_job_only: Whether only the job after the name ("Rina Sari, Jurnalis") announces
            it: a listicle's heading has that shape too, so it is a byline only where one is
            expected (under the headline, or on the last line).
    """

    name: str
    announced: bool
    dropped: tuple[str, ...] = ()
    published: date | None = None
    channel: str | None = None
    by_job_only: bool = False


def _person(words: str) -> str | None:
    """A personal name as the listener should hear it, or None when words are no name."""
    parts = words.split()
    if not 0 < len(parts) <= provenance.BYLINE_MAX_WORDS or any(c.isdigit() for c in words):
        return None
    if words.endswith(_UNFINISHED_END) or furniture.SECTION_LISTING_LINE.match(words):
        return None
    if _SITE_ADDRESS_RE.search(words):
        return None
    if not all(p[0].isupper() or p in speech.NAME_PARTICLES for p in parts):
        return None
    if not all(_NAME_WORD_RE.fullmatch(p) for p in parts):
        return None  # "Pilihan Editor: …" is a label, not a name
    # "RINA AYU" would be spelled out letter by letter as an acronym.
    return " ".join(p.capitalize() for p in parts) if words.isupper() else words


def _names(text: str, several: bool) -> str | None:
    """One name, or (when several are allowed) a list of names joined by commas."""
    parts = [p for p in _NAME_SPLIT_RE.split(text.strip()) if p] if several else [text.strip()]
    if not 0 < len(parts) <= provenance.BYLINE_MAX_NAMES:
        return None
    names = [_person(p) for p in parts]
    return ", ".join(n for n in names if n) if all(names) else None


def _is_desk(desk: str, name: str) -> bool:
    """Whether desk, before a comma and name, is the section or town a contributor writes for
    ("Travel, Rina Sari", "Bandung, Rina Sari"): a channel word or one town's name, and a
    personal name after it. A month or a two-word name ("Juni Rahayu, Siti Aminah") is a first
    author, and a degree or a job after the comma ("Mei Lestari, S.Pd") belongs to the name."""
    word = desk.lower()
    if word not in furniture.CHANNEL_WORDS and not (" " not in word and word in speech.PLACES):
        return False
    words = name.split()
    return (all(_PERSON_WORD_RE.fullmatch(w) for w in words)
            and not any(w.lower() in _CREDIT_WORDS for w in words) and is_person(name))


def _full_name(name: str) -> bool:
    """Whether name is a person's full name, two words or more: "Denza Perdana", not
    "Ombudsman"."""
    return all(len(part.split()) >= 2 and is_person(part) for part in name.split(", "))


def _unwrap(line: str) -> str:
    """Remove the brackets around a whole credit line ("(Reporter: X | Editor: Y)") and the
    outlet before a slash ("detikcom/Heri Susanto - detikFood …")."""
    line = _OUTLET_SLASH_RE.sub("", line.strip())
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        return line[1:-1].strip()
    return line


# Words of a site's sections: "Seni Budaya", "Hukum Kriminal", "Gaya Hidup", never an author.
_RUBRIC_WORDS = furniture.MENU_WORDS | frozenset({
    "seni", "budaya", "kriminal", "hukrim", "peristiwa", "pendidikan", "pemerintahan",
    "redaksi", "wisata", "kuliner", "religi", "agama", "sosial", "lingkungan", "parlemen",
    "desa", "hidup", "gaya", "umum", "pilihan", "utama", "khas", "feature",
})


def _names_rubric(name: str) -> bool:
    """Whether a name after a date is a section's: any of its words a section's word."""
    return any(word.lower() in _RUBRIC_WORDS for word in name.split())


def _dated_credit(text: str) -> Byline | None:
    """A date and, after a bar, a credit with its label: "SENIN, 02 MEI 2022 | 00:06 WIB |
    LAPORAN: RINA SARI". The label is needed: "Senin, 2 Mei 2022 | Rina Sari" may be a
    place or a rubric after the date; a read counter after the name ("… | Rina Sari | dibaca
    2642") marks it as well."""
    counter = _READ_COUNTER_RE.search(text)
    counted = text[: counter.start()] if counter else text
    for bar in _BAR_RE.finditer(counted):
        written, credit = counted[: bar.start()], counted[bar.end():]
        published = date_line(written)
        labelled = provenance.BYLINE_PREFIX.match(credit)
        if published and (labelled or counter):
            found = parse_byline(credit)
            if found and not labelled and (not _full_name(found.name)
                                           or _names_rubric(found.name)):
                return None  # "… | Ekonomi | dibaca 88", "| Seni Budaya |": a rubric
            counted_too = (counter.group().strip(" |"),) if counter else ()
            return replace(found, announced=True, published=published,
                           dropped=(written, *found.dropped, *counted_too)) if found else None
    return None


def parse_byline(line: str) -> Byline | None:
    """Read a line as a byline.

    Args:
        line: One line, white space normalised.

    Returns:
        The byline, or None when the line is not one. A line that names only an editor
        ("Editor: X") is furniture, not a byline, and gives None.
    """
    text, dropped, published = _unwrap(line), [], None
    if _PLACE_CODE_RE.match(text):
        return None  # "Pangandaran-LHI": a place and its outlet's code, a dateline
    if dated := _dated_credit(text):
        return dated
    report = _REPORT_FROM_RE.match(text)
    # Only a person's name of two words or more and a known place: "Laporan Kinerja Semester I
    # Dinas Kesehatan", "Laporan Langsung | Gerbang Tol" and "Laporan Semester I Aceh" are
    # headings.
    known = report and len(report["name"].split()) >= 2 and is_place_or_time(report["place"])
    if report and known and (name := _names(report["name"], several=False)):
        return Byline(name, True, (report["place"],))
    editor = provenance.BYLINE_EDITOR.search(text)
    if editor:
        dropped.append(editor.group().strip(" |/,"))
        text = text[: editor.start()].strip()
    prefix = provenance.BYLINE_PREFIX.match(text)
    text = text[prefix.end():] if prefix else text
    desk = _DESK_RE.match(text) if prefix else None
    if desk and _is_desk(desk["desk"], desk["name"]):
        dropped.append(desk["desk"])
        text = text[desk.start("name"):]
    filed = _FILED_FROM_RE.search(text) if prefix else None
    if filed and is_place_or_time(filed["place"]):
        dropped.append(filed["place"])
        text = text[: filed.start()]
    announced = prefix is not None or bool(editor)
    parts = _DATE_SPLIT_RE.split(text, maxsplit=1)
    role = _ROLE_THEN_DATE_RE.match(text)
    # "Rina Sari , Jurnalis-Rabu, 8 Mei 2024 |04:15 WIB"; "oleh X diperbarui …" needs its "oleh"
    # ("Data Kemenhub diperbarui Senin, …" is a sentence).
    if role and date_line(role["date"]) and (role["role"] or prefix):
        parts = [role["name"], role["date"]]
        dropped.append(role["role"] or role["role_verb"])
    if len(parts) == 2 and date_line(parts[1]):
        text, published, announced = parts[0], date_line(parts[1]), True
        dropped.append(parts[1].strip())
    job = _ROLE_LAST_RE.search(text) if len(parts) == 1 else None
    by_job_only = bool(job) and not announced
    if job:  # "Rina Sari, Jurnalis": the job names the author
        text, announced = text[: job.start()], True
        dropped.append(job.group("role"))
    channel = provenance.BYLINE_CHANNEL.search(text)
    if channel:
        text, announced, by_job_only = text[: channel.start()], True, False
        dropped.append(channel.group("channel"))
    name = _names(text, several=announced)
    if not name or (published and is_place_or_time(name)):
        return None  # "Jakarta • Senin, 2 Desember 2024" is a place and a date
    if prefix and _REPORTED_BY_RE.match(prefix.group()) and not _full_name(name):
        return None  # "Laporan oleh Pedagang" is a chapter on who reported, no author
    return Byline(name, announced, tuple(dropped), published,
                  channel.group("channel") if channel else None, by_job_only)
