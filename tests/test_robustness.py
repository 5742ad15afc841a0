"""Mangled input never crashes: every failure is one of dengar's own errors."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dengar.errors import DengarError
from dengar.pipeline import understand
from dengar.voices import load_profile

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vov-rusia-rdrk.txt"


def mangled(seed: int) -> str:
    """A piece of the sample article, cut, shuffled and padded with odd writing."""
    rng = random.Random(seed)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    rng.shuffle(lines)
    text = "\n".join(lines)
    start = rng.randrange(len(text))
    odd = rng.choice(["ke-" + "9" * 400, "X" * 300, "((((", "“”“", "Rp" + "9" * 50, "31/02/2024",
                      "# \n## \n**\n| a |\n|---|", "<p><b>", "99.99 WIB", "1.1.1,1,1"])
    return text[start:start + rng.randrange(2000)] + " " + odd


@pytest.mark.parametrize("seed", range(40))
def test_mangled_text_is_understood_or_refused_with_a_sentence(tmp_path, seed):
    article = tmp_path / ("artikel.md" if seed % 3 == 0 else "artikel.txt")
    article.write_text(mangled(seed), encoding="utf-8")
    try:
        understood = understand(str(article), load_profile("espeak-id"), any_language=True)
    except DengarError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert all(isinstance(s.spoken, str) for s in understood.segments)
