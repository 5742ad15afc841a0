"""Time and measure reading oversized or hostile HTML pages against an ordinary page, in one run.

Baseline: ``parse_html`` on an ordinary article page of a few kilobytes. Each case runs in a
fresh Python process (so its peak memory is its own), interleaved with the baseline, so both
pay the same start-up and see the same machine load.

    python bench/bench_pages.py [--runs N]

Prints, per case, the median wall time and peak memory, and the ratio case / baseline. The
targets: a page refused for its size or its element count is refused in about the time an
ordinary page takes (ratio <= 2); a 20 MB page of inlined scripts and images, and a large page
just under the limits, are read in reasonable time (ratio <= 20) and peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASE = r"""
import resource, sys
from dengar.errors import NotAnArticle
from dengar.webpage import MAX_ELEMENTS, parse_html

PARAGRAPHS = "".join(
    f"<p>Paragraf {i}: pemerintah kota membangun jalur sepeda baru di pusat kota, dan warga "
    f"menyambutnya dengan gembira, kata wali kota dalam jumpa pers, Senin (3/6/2024).</p>"
    for i in range(8))


def page(head="", top=""):
    return (f"<html lang='id'><head><title>Jalur Sepeda Baru Dibangun di Pusat Kota</title>"
            f"{head}</head><body>{top}<article><h1>Jalur Sepeda Baru Dibangun di Pusat Kota"
            f"</h1>{PARAGRAPHS}</article></body></html>")


CASES = {
    "ordinary page": lambda: page(),
    "20 MB page, refused": lambda: page(top="<p>" + "isi " * (5 * 2**20) + "</p>"),
    "too many elements, refused": lambda: page(top="".join(
        f'<div class="iklan"><a href="/m/{i}">tautan {i}</a></div>'
        for i in range(MAX_ELEMENTS // 2 + 1))),
    "20 MB of inlined scripts and images": lambda: page(
        head="<script>var data = '" + "x" * (12 * 2**20) + "';</script>",
        top='<img src="data:image/png;base64,' + "QUJD" * (2 * 2**20) + '">'),
    "large page under the limits": lambda: page(
        head="<div>" + "QUJD " * (6 * 2**20 // 5) + "</div>",
        top="".join(f'<div class="iklan"><a href="/m/{i}">tautan {i}</a></div>'
                    for i in range(3000))),
}
text = CASES[sys.argv[1]]()
try:
    parse_html(text, "halaman.html")
except NotAnArticle:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""

NAMES = ("ordinary page", "20 MB page, refused", "too many elements, refused",
         "20 MB of inlined scripts and images", "large page under the limits")


def timed(name: str) -> tuple[float, int]:
    """Wall seconds and peak memory (MB) of one case in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CASE, name], capture_output=True, text=True,
                          check=True)
    return time.perf_counter() - started, int(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in NAMES}
    for _ in range(runs):
        for name in NAMES:  # interleaved: every case sees the same load as the baseline
            results[name].append(timed(name))
    base = statistics.median(t for t, _ in results[NAMES[0]])
    print(f"{'case':<38} {'median s':>9} {'peak MB':>8} {'ratio':>6}")
    for name in NAMES:
        seconds = statistics.median(t for t, _ in results[name])
        memory = max(m for _, m in results[name])
        print(f"{name:<38} {seconds:9.2f} {memory:8d} {seconds / base:6.2f}")


if __name__ == "__main__":
    main()
