"""Reference numbers and vehicle plates, said piece by piece.

- A letter's or a decision's reference number, pieces parted by two slashes or more, two of
  them with digits, one a number alone and one with a letter or two dots ("No. 700.1.2.2/03/
  0552", "Print-572/M.3.43/Fd.1/07/2024", "91/PUU-XVIII/2020"), or one dot that is no time
  beside a whole number ("421.2/123/2024", "800/1.5/2023"), or only numbers after "Nomor" or
  "bernomor" ("Nomor 12/15/2024"), is no date and no fraction:
  each slash is "garis miring", each dot "titik", a number with a leading zero is said digit
  by digit ("03" -> "nol tiga"). Its letters are left to the acronym step.
- A fuel or gas station's number after its acronym, in dotted groups ("SPBU 44.501.24",
  "SPBE 54.612.05"), is said as a code is: each group digit by digit, a pause between.
- An aircraft's or a weapon's type and a tail number, one capital letter and a number
  ("C-130", "F-16", "A-1327", "Airbus A330"), have the letter said by its name ("ce seratus
  tiga puluh"); the number stays for the number step. "H-7" counts days before a holiday.
- A regulation's number and year ("PP no 12/2018", "UU 7/2017") is "nomor dua belas tahun dua
  ribu delapan belas"; a decree's number in dotted and hyphened groups ("No.131.18-645") is a
  code, each dot "titik" and each hyphen "strip".
- A flight's number near a word for flights ("penerbangan GA 212") is spelled: "ge a dua satu
  dua".
- A vehicle plate written with hyphens and four digits ("F-8272-GJ"), or after "nomor polisi"
  or "pelat nomor" ("B 1234 XY", "AD-441-R"), is said as a plate is: its digits one by one.
"""

from __future__ import annotations

import re

from dengar.spoken.data import table
from dengar.spoken.numbers import cardinal, digits

_PIECE = r"[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*"
_REFERENCE = re.compile(rf"(?<![\w./-]){_PIECE}(?:/{_PIECE}){{2,}}(?![\w/]|[.-]\w)")
_PART = re.compile(r"\d+|[./-]")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PLATE_HYPHENED = re.compile(r"(?<![\w-])(?P<area>[A-Z]{1,2})-(?P<number>\d{1,4})-"
                             r"(?P<series>[A-Z]{1,3})(?![\w-])")
_PLATE_AFTER_WORDS = re.compile(
    r"(?P<lead>\b(?:(?:ber)?nomor polisi|[Pp]elat nomor|[Pp]lat nomor)\s?:?\s*)"
    r"(?P<area>[A-Z]{1,2}) (?P<number>\d{1,4}) (?P<series>[A-Z]{1,3})(?![\w-])")


def _said_part(part: str) -> str:
    if part == "/":
        return " garis miring "
    if part == ".":
        return " titik "
    if part == "-":
        return " "
    return digits(part) if len(part) > 1 and part.startswith("0") else cardinal(int(part))


# A piece that marks a reference: a letter ("PUU-XX", "Fd.2") or a number with two dots or more
# ("400.3.1"); one dot is a clock time or a decimal ("08.00", "0.5").
_CODED = re.compile(r"[A-Za-z]|\d\.\d+\.\d")
# A piece that is a number only ("2024", "05", "400.3.1"); "S1" or "4G" is a name of a kind.
_NUMBER_ONLY = re.compile(r"\d+(?:\.\d+)*")
# A web address's host: "kemdikbud.go.id/berita/2024" is an address, not a letter's number.
_HOST = re.compile(r"[a-z]+(?:-[a-z]+)*(?:\.[a-z]+)+")


# A piece with one dot that is no clock time ("421.2", "1.5": hours above 24 or one digit
# after the dot); with a whole number beside it ("800/1.5/2023") it is a reference's piece,
# while decimals alone ("0.25/0.5/1.0") or from nought ("0.5/1/2 ml") are not.
_ONE_DOT = re.compile(r"(?P<whole>\d+)\.(?P<part>\d+)")
_WHOLE = re.compile(r"\d+")
# A number announced as one: "Nomor 12/15/2024", "bernomor 800/1/2023" ("No." is said by then).
_ANNOUNCED = re.compile(r"\b(?:[Bb]er)?[Nn]omor\s+$")


def _no_time(piece: str) -> bool:
    match = _ONE_DOT.fullmatch(piece)
    return bool(match) and match["whole"] != "0" and (int(match["whole"]) > 24
                                                      or len(match["part"]) == 1)


def _is_coded(pieces: list[str], announced: bool) -> bool:
    """Whether a piece marks a reference: a letter or two dots, a one-dot piece that is no
    time beside a whole number, or every piece a number after "nomor"."""
    if any(_CODED.search(piece) for piece in pieces):
        return True
    if any(_no_time(piece) for piece in pieces) and any(_WHOLE.fullmatch(p) for p in pieces):
        return True
    return announced and all(_NUMBER_ONLY.fullmatch(piece) for piece in pieces)


def _is_reference(pieces: list[str], announced: bool = False) -> bool:
    """Whether slash-parted pieces make a reference number: two with digits, one a number
    alone and one coded; no thousands ("Rp10.000/orang/hari") and no web host."""
    numbered = sum(1 for piece in pieces if re.search(r"\d", piece))
    return (numbered >= 2 and _is_coded(pieces, announced)
            and any(_NUMBER_ONLY.fullmatch(piece) for piece in pieces)
            and not any(_THOUSANDS.fullmatch(piece) for piece in pieces)
            and not _HOST.fullmatch(pieces[0]))


def _spoken_reference(match: re.Match[str]) -> str:
    code = match[0]
    announced = _ANNOUNCED.search(match.string, 0, match.start()) is not None
    if not _is_reference(code.split("/"), announced):
        return code  # "29/3/2020" a date, "S1/S2/S3" kinds, "08.00/13.00" times
    return _PART.sub(lambda m: _said_part(m[0]), code)


def say_reference_numbers(text: str) -> str:
    """ "700.1.2.2/03/0552" -> "tujuh ratus titik satu titik dua titik dua garis miring nol
    tiga garis miring nol lima lima dua"."""
    return _REFERENCE.sub(_spoken_reference, text)


# A regulation's number and year: "nomor 12/2018", "UU 7/2017", "Perpres No. 5/2024" ("No."
# is said by then) is "nomor dua belas tahun dua ribu delapan belas", not a fraction.
# After a regulation's acronym, a lower-case "no" is "nomor" too ("PP no 12/2018").
_REGULATION = re.compile(
    r"(?P<lead>\b(?:[Nn]omor|(?:UU|PP|Perppu|Perpu|Perpres|Permen\w*|Perda|Perwal|Perbup"
    r"|Pergub|Keppres|Kepres|Inpres|Kepmen\w*|SE|SK)(?P<no>\s+no\.?)?)\s*)"
    r"(?P<number>\d{1,4})\s?/\s?(?P<year>(?:19|20)\d\d)(?![\w/-]|[.,]\d)")
# A decree's number in dotted and hyphened groups after "nomor": "nomor 131.18-645" is a code,
# not a decimal and a range; each dot "titik", each hyphen "strip". A grouping of thousands
# ("nomor 1.250") or a span of numbers ("nomor 5-7") has no mark of the other kind.
_DECREE_CODE = re.compile(r"(?<=[Nn]omor\s)(?P<code>\d+(?:[.-]\d+)+)(?![\w/]|[.-]\w)")
_CODE_PART = re.compile(r"\d+|[.-]")


def _spoken_decree_code(match: re.Match[str]) -> str:
    code = match["code"]
    if not ("." in code and "-" in code):
        return code
    return _CODE_PART.sub(lambda m: " strip " if m[0] == "-" else _said_part(m[0]), code)


def _spoken_regulation(match: re.Match[str]) -> str:
    lead = match["lead"]
    if match["no"]:
        lead = lead[: match.start("no") - match.start()] + " nomor "
    return f"{lead}{match['number']} tahun {match['year']}"


def say_regulation_numbers(text: str) -> str:
    """ "nomor 12/2018" -> "nomor 12 tahun 2018", "UU 7/2017" -> "UU 7 tahun 2017"; "nomor
    131.18-645" -> "nomor seratus tiga puluh satu titik delapan belas strip enam ratus empat
    puluh lima"."""
    text = _REGULATION.sub(_spoken_regulation, text)
    return _DECREE_CODE.sub(_spoken_decree_code, text)


def _spoken_plate(match: re.Match[str]) -> str:
    lead = match.groupdict().get("lead") or ""  # "nomor polisi: "
    return f"{lead}{match['area']} {digits(match['number'])} {match['series']}"


_PLATE_WORDS = re.compile(r"\b(?:(?:ber)?nomor polisi|bernopol|[Pp]e?lat(?: nomor)?)\s?:?\s*$")


def _spoken_hyphened_plate(match: re.Match[str]) -> str:
    after_plate_words = _PLATE_WORDS.search(match.string[max(0, match.start() - 20):
                                                          match.start()])
    if len(match["number"]) < 4 and not after_plate_words:
        return match[0]  # "A-320-NEO": a model, unless the plate is announced
    return _spoken_plate(match)


def say_plates(text: str) -> str:
    """ "F-8272-GJ" -> "F delapan dua tujuh dua GJ" (the acronym step spells the letters)."""
    text = _PLATE_HYPHENED.sub(_spoken_hyphened_plate, text)
    return _PLATE_AFTER_WORDS.sub(_spoken_plate, text)


# A fuel or gas station's number: Pertamina writes it in dotted groups ("SPBU 34.123.07");
# a grouping of thousands ("SPBU 1.250.000 liter") is an amount, not a station.
_STATION_NUMBER = re.compile(
    r"\b(?P<lead>(?:SPBU|SPBUN|SPBE|SPPBE|SPBN|SPBG)\s+(?:nomor\s+)?)"
    r"(?P<number>\d{2,3}(?:\.\d{2,3}){2})(?![\w]|[.,]\d)")


def _spoken_station(match: re.Match[str]) -> str:
    if _THOUSANDS.fullmatch(match["number"]):
        return match[0]
    return match["lead"] + ", ".join(digits(group) for group in match["number"].split("."))


def say_station_numbers(text: str) -> str:
    """ "SPBU 44.501.24" -> "SPBU empat empat, lima nol satu, dua empat": a station's number
    is a code, read a group at a time, not a sum."""
    return _STATION_NUMBER.sub(_spoken_station, text)


# A flight's number, a known airline's two-character code and up to four digits ("GA 212",
# "QZ7510", "JT-610"), read only near a word for flights: "pesawat A330" is a model.
_FLIGHT_CODE = re.compile(r"(?<![\w-])(?P<airline>[A-Z0-9]{2})[\s-]?"
                          r"(?P<number>\d{2,4})(?![\w/-]|[.,]\d)")
_FLIGHT_WORDS = re.compile(r"\b(?:penerbangan|pesawat|maskapai|flight)\b", re.IGNORECASE)
_FLIGHT_REACH = 40  # characters before the code in which the flight word must stand
# A number before the code counts something else ("mencatat 14 SQ 2019 keluhan"), unless it
# is the flight's hour or day ("pukul 10 QZ 7510", "tanggal 12 GA 881").
_COUNT_BEFORE = re.compile(r"\d\s$")
_TIME_BEFORE = re.compile(r"\b(?:pukul|jam|tanggal|tgl\.?)\s+[\d.:]+\s$", re.IGNORECASE)


def _spoken_flight(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - _FLIGHT_REACH):match.start()]
    airlines = table("acronyms")["airline_codes"]
    if match["airline"] not in airlines or not _FLIGHT_WORDS.search(before):
        return match[0]
    if _COUNT_BEFORE.search(before) and not _TIME_BEFORE.search(before):
        return match[0]
    letters = table("acronyms")["letters"]
    airline = " ".join(letters.get(c, c) if c.isalpha() else digits(c) for c in match["airline"])
    return f"{airline} {digits(match['number'])}"


def say_flight_numbers(text: str) -> str:
    """ "penerbangan GA 212" -> "penerbangan ge a dua satu dua": a flight's number is a code,
    its airline's letters spelled and its digits read one by one."""
    return _FLIGHT_CODE.sub(_spoken_flight, text)


# One capital letter and a number after a hyphen ("C-130", "A-1327") or glued, three digits
# ("A330", "B737"); not "H-7" (a holiday's countdown), "G20" or a plate's "B-1234-XY".
_LETTERED_MODEL = re.compile(r"(?<![\w-])(?P<letter>[A-GI-Z])(?:-(?=\d{2,4}\b)|(?=\d{3}\b))"
                             r"(?=\d+(?![\w-]|[.,]\d))")


def say_lettered_models(text: str) -> str:
    """ "C-130" -> "ce 130", "Airbus A330" -> "Airbus a 330": a model's or a tail number's
    letter said by its Indonesian name, as a newsreader says it."""
    letters = table("acronyms")["letters"]
    return _LETTERED_MODEL.sub(lambda m: f"{letters[m['letter']]} ", text)
