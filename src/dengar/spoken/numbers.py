"""Numbers in words, the Indonesian way: "1.285" -> "seribu dua ratus delapan puluh lima".

dengar spells numbers itself instead of using num2words: num2words 0.5.14 (lang "id") says
"satu juta satu ribu" for 1.001.000 (Indonesian says "satu juta seribu"), reads decimals
through a binary float (so "1,10" loses its zero), and the speller is 40 lines here.

Reading convention (Indonesian typography): a dot followed by exactly three digits groups
thousands ("1.285", "1.500.000"); a comma is the decimal mark ("2,5"). Any other dot between
digits ("2.5", "3.14") is taken as an English-style decimal point. A plain "2020" is a number
and a year alike: Indonesian reads years as cardinals ("dua ribu dua puluh").
"""

from __future__ import annotations

import math
import re

ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
LARGEST = 10**15 - 1  # beyond "ribu triliun" a listener is better served by the digits

# One number as written: thousands-grouped with an optional decimal comma, a plain integer
# with an optional decimal comma, or an English-style decimal point.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+,\d+|\d+\.(?!\d{3}(?!\d))\d+|\d+"
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _below_thousand(n: int) -> list[str]:
    """Words for 0 < n < 1000, with the se- forms (seratus, sepuluh, sebelas)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{ONES[hundreds]} ratus")
    tens, ones = divmod(rest, 10)
    if tens == 1:
        words.append({0: "sepuluh", 1: "sebelas"}.get(ones, f"{ONES[ones]} belas"))
    else:
        if tens:
            words.append(f"{ONES[tens]} puluh")
        if ones:
            words.append(ONES[ones])
    return words


def cardinal(n: int) -> str:
    """Spell a whole number: 1285 -> "seribu dua ratus delapan puluh lima".

    Numbers beyond LARGEST (or negative ones) are read digit by digit.
    """
    if n < 0 or n > LARGEST:
        return digits(str(abs(n)))
    if n == 0:
        return ONES[0]
    words: list[str] = []
    for size, name in SCALES:
        count, n = divmod(n, size)
        if count == 1 and size == 1000:
            words.append("seribu")  # "seribu", but "satu juta", "satu miliar"
        elif count:
            words.extend([*_below_thousand(count), name])
    words.extend(_below_thousand(n) if n else [])
    return " ".join(words)


def digits(text: str) -> str:
    """Read every digit on its own: "0812" -> "nol delapan satu dua"."""
    return " ".join(ONES[int(c)] for c in text if c.isdigit())


def ordinal(n: int) -> str:
    """The ordinal: 1 -> "pertama", 2 -> "kedua", 100 -> "keseratus"."""
    return "pertama" if n == 1 else "ke" + cardinal(n)


def _whole(text: str) -> str:
    """Words for the digits before the decimal mark (grouping dots already removed)."""
    if len(text) > 1 and text.startswith("0"):
        return digits(text)  # "007", a phone number: digits, as people read them
    if len(text) > len(str(LARGEST)):
        return digits(text)
    return cardinal(int(text))


def say_number(text: str) -> str:
    """Read one number as written: "1.285", "2,5", "1.500.000", "2.5", "0812".

    Args:
        text: A match of NUMBER.

    Returns:
        The number in words; decimals are read digit by digit after "koma".
    """
    if _GROUPED.fullmatch(text.split(",")[0]):
        text = text.replace(".", "")
    whole, _, fraction = text.replace(",", ".").partition(".")
    words = _whole(whole)
    return f"{words} koma {digits(fraction)}" if fraction else words


def number_value(text: str) -> float | None:
    """The value of a NUMBER match, for comparing the ends of a range; None if unreadable
    (not a number, or so long that it overflows a float)."""
    if _GROUPED.fullmatch(text.split(",")[0]):
        text = text.replace(".", "")
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None
