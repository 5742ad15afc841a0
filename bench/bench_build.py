"""Time ``dengar build`` against the bare components on the same article, in the same run.

Baseline: espeak-ng's library (the same wheel) renders the article's whole text in one call,
then the same ffmpeg/LAME encode at the same settings turns it into an MP3. Both run as fresh
Python processes, interleaved, so they pay the same start-up and see the same machine load.

    python bench/bench_build.py [ARTICLE] [--runs N]

Prints the median wall time and peak memory of each and the ratio dengar / baseline, and
how long the normalize stage (lexicons and spoken-form rules) takes on the article, which
should stay negligible beside the speech.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vov-rusia-rdrk.txt"

BASELINE = r"""
import subprocess, sys
from pathlib import Path
from dengar.encode import ffmpeg_command
from dengar.engines import Delivery
from dengar.engines.espeak import _Library
from dengar.voices import load_profile
profile = load_profile("espeak-id")
text = Path(sys.argv[1]).read_text(encoding="utf-8")
library = _Library.get()
pcm = library.synthesize(text, Delivery(profile.engine_voice, profile.rate, profile.pitch))
subprocess.run(ffmpeg_command(library.sample_rate, Path(sys.argv[2])), input=pcm, check=True)
"""


def timed(command: list[str]) -> tuple[float, int]:
    """Run ``command``; return its wall time in seconds and its peak memory in MiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss // 1024


def normalize_ms(article: Path, runs: int) -> tuple[float, float]:
    """Time the normalize stage in this process: (first run, median of later runs) in ms.

    The first run parses the default lexicon and compiles the rules' patterns.
    """
    from dengar.engines import phoneme_alphabet
    from dengar.normalize import normalize, text_steps
    from dengar.reader import read_article
    from dengar.spoken.lexicon import default_lexicon, load_lexicon
    from dengar.voices import load_profile

    profile, source = load_profile("espeak-id"), read_article(str(article))
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        lexicon = load_lexicon([default_lexicon()], phoneme_alphabet(profile.engine))
        normalize(source, profile, text_steps(lexicon))
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        dengar = [sys.executable, "-m", "dengar", "build", str(args.article), "--quiet",
                  "-o", f"{work}/dengar.mp3"]
        baseline = [sys.executable, "-c", BASELINE, str(args.article), f"{work}/baseline.mp3"]
        timed(dengar)  # warm the file cache once
        results: dict[str, list[tuple[float, int]]] = {"dengar": [], "baseline": []}
        for _ in range(args.runs):
            results["baseline"].append(timed(baseline))
            results["dengar"].append(timed(dengar))
    medians = {}
    for name, runs in results.items():
        medians[name] = statistics.median(t for t, _ in runs)
        peak = max(m for _, m in runs)
        times = ", ".join(f"{t:.2f}" for t, _ in runs)
        print(f"{name:<9} median {medians[name]:.2f} s  peak {peak} MiB  runs: {times}")
    print(f"ratio dengar/baseline: {medians['dengar'] / medians['baseline']:.2f} "
          f"(target <= 1.50)")
    first, later = normalize_ms(args.article, max(args.runs, 10))
    print(f"normalize: first {first:.1f} ms, then median {later:.1f} ms per article")


if __name__ == "__main__":
    main()
