"""Money: "Rp5.000" -> "lima ribu rupiah", "US$10 juta" -> "sepuluh juta dolar Amerika Serikat".

A range of amounts is said as one: "Rp 15.000 – Rp 16.000" -> "lima belas ribu rupiah sampai
enam belas ribu rupiah", and a scale word written once after the second amount belongs to
both: "Rp125 hingga 135 ribu" -> "seratus dua puluh lima hingga seratus tiga puluh lima ribu
rupiah".
"""

from __future__ import annotations

import re
from functools import cache

from dengar.patterns import alternation
from dengar.spoken.data import table
from dengar.spoken.numbers import NUMBER, number_value, say_number

# Powers of ten of the scale words, to tell a rising range from two unrelated amounts.
_SCALE_POWERS = {"ribu": 3, "rb": 3, "juta": 6, "jt": 6, "miliar": 9, "milyar": 9, "m": 9,
                 "triliun": 12, "t": 12, "kuadriliun": 15, "ribuan": 3, "ribu-an": 3,
                 "jutaan": 6, "juta-an": 6, "miliaran": 9, "miliar-an": 9}


def _amount(suffix: str = "") -> str:
    """One amount: an optional currency, the number, its cents and its scale word."""
    data = table("units")
    currencies = alternation(data["currencies"])
    scales = alternation(data["scales"]["words"])
    return (rf"(?P<currency{suffix}>{currencies})\s?(?P<amount{suffix}>{NUMBER})"
            rf"(?P<cents{suffix}>,(?:00|-))?(?:\s?(?P<scale{suffix}>{scales})(?!\w))?")


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$]){_amount()}")


@cache
def _range_pattern() -> re.Pattern[str]:
    second = _amount("2").replace("(?P<currency2>", "(?:(?P<currency2>", 1).replace(
        r")\s?(?P<amount2>", r")\s?)?(?P<amount2>", 1)
    return re.compile(rf"(?<![\w$]){_amount()}\s*(?P<joint>[-–—]|\s(?:hingga|sampai)\s)\s*"
                      rf"{second}(?![\d.,]?\d)")


def _words(amount: str, scale: str | None) -> str:
    words = say_number(re.sub(r",0+$", "", amount))  # "Rp5.000,00": no cents
    if scale:
        words += " " + table("units")["scales"]["spoken"].get(scale, scale)
    return words


def _spoken(match: re.Match[str]) -> str:
    currency = table("units")["currencies"][match["currency"]]
    return f"{_words(match['amount'], match['scale'])} {currency}"


def _value(amount: str, scale: str | None) -> float | None:
    value = number_value(re.sub(r",0+$", "", amount))
    if value is None:
        return None
    return value * 10 ** _SCALE_POWERS.get((scale or "").lower(), 0)


def _year_after(match: re.Match[str]) -> bool:
    """ "Rp 1.000 hingga 2026": a bare year after "hingga" ends a period, not a range."""
    return not (match["currency2"] or match["scale2"]) and bool(
        re.fullmatch(r"(?:19|20)\d\d", match["amount2"]))


def _spoken_range(match: re.Match[str]) -> str:
    """Both ends of a rising range, the second's scale shared when the first has none."""
    scale, second_scale = match["scale"], match["scale2"]
    low, bare_high = number_value(match["amount"]), number_value(match["amount2"])
    shared = not scale and second_scale and low is not None and bare_high is not None \
        and low < bare_high
    low = _value(match["amount"], second_scale if shared else scale)
    high = _value(match["amount2"], second_scale)
    if low is None or high is None or low >= high or _year_after(match) or (
            match["currency2"] and match["currency2"] != match["currency"]):
        return match[0]  # not a range (or a rate, "US$1 - Rp16.300"): each amount on its own
    currency = table("units")["currencies"][match["currency"]]
    joint = match["joint"].strip() if match["joint"].strip().isalpha() else "sampai"
    first = _words(match["amount"], scale)
    if match["currency2"] and not shared:
        first += " " + currency
    return f"{first} {joint} {_words(match['amount2'], second_scale)} {currency}"


# Words after a price's slash that are not what it is for: "Rp5 juta/subsider tiga bulan",
# "Rp5 miliar/dan lainnya".
_NOT_A_BASE = alternation(["subsider", "dan", "atau", "serta", "hingga", "sampai", "untuk",
                           "di", "ke", "dari", "yang", "dengan", "namun", "tetapi", "ini",
                           "itu", "adalah", "bahkan", "lalu"])


@cache
def _per_after_price_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$])(?P<price>{_amount()})\s?/\s?(?:per\s+)?"
                      rf"(?=[a-z]+\b(?![/-]))(?!(?:{_NOT_A_BASE})\b)")


def say_per_after_price(text: str) -> str:
    """ "Rp500.000/rante" -> "Rp500.000 per rante", "Rp10 juta/tahun" -> "Rp10 juta per
    tahun": a slash between a price and a lower-case word names what the price is for (a
    unit, a time, a person, a vehicle, a stall); a "per" written after the slash is said once
    ("Rp500 ribu/per orang"). Another amount ("Rp5.000/Rp6.000"), a second slash
    ("Rp5.000/orang/hari") and a joining word ("Rp5 juta/subsider tiga bulan", "/dan") are
    left."""
    return _per_after_price_pattern().sub(r"\g<price> per ", text)


def say_money(text: str) -> str:
    """Say amounts written with a currency symbol or code before them.

    The currency is said after the amount and its scale word, as Indonesian does:
    "Rp 1,5 triliun" -> "satu koma lima triliun rupiah". A ",00" or ",-" after a rupiah
    amount is not said. A rising range is said with "sampai" (or the "hingga" written).
    """
    return _pattern().sub(_spoken, _range_pattern().sub(_spoken_range, text))
