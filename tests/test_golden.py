"""The sample article's whole spoken text against a golden file.

The golden file is what espeak-ng receives for ``examples/vov-rusia-rdrk.txt`` with the
default voice, one segment per paragraph. When a change to segmentation or to the spoken
rules is meant, regenerate it on purpose and review the diff:

    DENGAR_REGENERATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import SAMPLE

from dengar.pipeline import transcript, understand
from dengar.voices import load_profile

GOLDEN = Path(__file__).parent / "golden" / "vov-rusia-rdrk.spoken.txt"


def test_sample_spoken_text_matches_the_golden_file():
    spoken = transcript(understand(str(SAMPLE), load_profile("espeak-id"))) + "\n"
    if os.environ.get("DENGAR_REGENERATE_GOLDEN"):
        GOLDEN.write_text(spoken, encoding="utf-8")
    assert spoken == GOLDEN.read_text(encoding="utf-8")
