"""Money: "Rp5.000" -> "lima ribu rupiah", "US$10 juta" -> "sepuluh juta dolar Amerika Serikat"."""

from __future__ import annotations

import re
from functools import cache

from dengar.patterns import alternation
from dengar.spoken.data import table
from dengar.spoken.numbers import NUMBER, say_number


@cache
def _pattern() -> re.Pattern[str]:
    data = table("units")
    currencies = alternation(data["currencies"])
    scales = alternation(data["scales"]["words"])
    return re.compile(
        rf"(?<![\w$])(?P<currency>{currencies})\s?(?P<amount>{NUMBER})"
        rf"(?P<cents>,(?:00|-))?(?:\s?(?P<scale>{scales})(?!\w))?"
    )


def _spoken(match: re.Match[str]) -> str:
    data = table("units")
    words = say_number(re.sub(r",0+$", "", match["amount"]))  # "Rp5.000,00": no cents
    scale = match["scale"]
    if scale:
        words += " " + data["scales"]["spoken"].get(scale, scale)
    return f"{words} {data['currencies'][match['currency']]}"


def say_money(text: str) -> str:
    """Say amounts written with a currency symbol or code before them.

    The currency is said after the amount and its scale word, as Indonesian does:
    "Rp 1,5 triliun" -> "satu koma lima triliun rupiah". A ",00" or ",-" after a rupiah
    amount is not said.
    """
    return _pattern().sub(_spoken, text)
