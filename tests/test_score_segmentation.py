"""The segmentation scoring script: its matching rules, and a whole run on a tiny annotated set."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "score_segmentation.py"

ARTICLE = """\
Harga Beras Naik Tajam

Oleh Rina Sari

JAKARTA, KOMPAS.com - Harga beras di Jakarta naik tajam pekan ini karena pasokan berkurang.

"Stok di gudang hanya cukup untuk dua minggu," kata Kepala Dinas Perdagangan Siti Aminah.

Pasokan dari Daerah

Pedagang di pasar induk mengatakan stok mulai menipis sejak awal bulan.

Baca juga: Harga Cabai Ikut Naik

"Kami menunggu kiriman dari Jawa Tengah," ujar Budi Santoso, pedagang beras.
"""

TRUTH = {
    "headline": "Harga Beras Naik Tajam",
    "byline": "Rina Sari",
    "section_headings": ["Pasokan dari Daerah", "Langkah Pemerintah"],
    "quotes": [
        {"text_start": "Stok di gudang hanya", "speaker": "Siti Aminah"},
        {"text_start": "Kami menunggu kiriman", "speaker": "Budi Santoso"},
        {"text_start": "Operasi pasar dimulai", "speaker": "Andi Wijaya"},
    ],
    "captions_count": 0,
    "boilerplate_examples": ["Baca juga: Harga Cabai Ikut Naik", "KOMPAS.com"],
}


@pytest.fixture(scope="module")
def score():
    spec = importlib.util.spec_from_file_location("score_segmentation", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("predicted", "truth", "same"),
    [
        ("Yuddy Chrisnandi", "Yuddy Chrisnandi", True),
        ("yuddy chrisnandi", "Yuddy Chrisnandi", True),
        ("Menteri Yuddy Chrisnandi", "Yuddy Chrisnandi", True),
        ("Project Zero", "tim Project Zero (Google)", True),
        ("Yuddy", "Yuddy Chrisnandi", False),  # half a name is not the speaker
        ("Chrisnandi", "Yuddy Chrisnandi", False),
        (None, "Yuddy Chrisnandi", False),
        # A quotation nobody can be named for: right only when no one is named.
        (None, None, True),
        ("Tipe A", None, False),
        ("Bandung Yana Mulyana", "Yana Mulyana", False),
        ("Rahmat Hidayat", "Teuku Rahmat Hidayat", True),  # Aceh's honorifics, like Raden
        ("Nyak Sari", "Cut Nyak Sari", True),
        ("Tengku Amir Hamzah", "Amir Hamzah", True),
        ("Bachai", "Pendeta Bachai", True),  # a clergyman's honorific
        ("Yohanes Wenda", "Romo Yohanes Wenda", True),
        # "seorang" / "salah satu" ("one of") is no part of an unnamed source's description.
        ("seorang pedagang", "pedagang (unnamed; 'Seorang pedagang')", True),
        ("salah satu warga", "warga", True),
        ("seorang pedagang", "petugas parkir", False),
        # A nickname in quotation marks inside a name is no part of it.
        ("Abraham Lunggana", 'Abraham "Lulung" Lunggana', True),
        ("Joko Widodo", 'Joko "Jokowi" Widodo', True),
        ("Jokowi", 'Joko "Jokowi" Widodo', False),
        # Mojibake in a truth copied from a page is undone before comparing.
        ("Krisztián Sárneczky", "KrisztiÃ¡n SÃ¡rneczky", True),
    ],
)
def test_speaker_rule(score, predicted: str | None, truth: str | None, same: bool) -> None:
    assert score.same_speaker(predicted, truth) is same


def test_quotes_match_on_their_opening_words_without_case_or_punctuation(score) -> None:
    predicted = [{"text": "“Stok di gudang, hanya cukup!”"}, {"text": "Lain sama sekali"}]
    truth = [{"text_start": "stok di gudang hanya"}, {"text_start": "Tidak ada"}]
    assert score.match_quotes(predicted, truth) == [(predicted[0], truth[0])]


def test_quotes_match_without_white_space(score) -> None:
    predicted = [{"text": "Normatifnya, polisi sudah bekerja."}]
    truth = [{"text_start": "Normatif nya , polisi sudah"}]
    assert score.match_quotes(predicted, truth) == [(predicted[0], truth[0])]


def test_boilerplate_is_found_as_whole_words(score) -> None:
    spoken = "Harga naik. 44 komentar. Keamanan data penting."
    assert score.spoken_boilerplate(spoken, ["44 komentar", "Komentar", "aman", "Home"]) == [
        "44 komentar", "Komentar"]


def test_boilerplate_counts_in_the_written_form_too(score) -> None:
    # "(pur/cas)" is spoken "pur, cas": the written text still shows the leak.
    segment = {"kind": "paragraph", "text": "Harga naik. (pur/cas)",
               "spoken": "Harga naik. pur, cas."}
    understood = {"chapters": [{"segments": [segment]}]}
    assert score.score(understood, {"boilerplate_examples": ["(pur/cas)"]}).boilerplate == 1


def test_a_headline_alternative_is_a_right_headline(score) -> None:
    truth = {"headline": "Foto: Banjir di Kota", "headline_alternatives": ["Banjir di Kota"]}
    understood = {"chapters": [{"segments": [
        {"kind": "headline", "text": "Banjir di  kota", "spoken": "Banjir di kota."}]}]}
    assert score.score(understood, truth).headlines_right == 1
    assert score.score(understood, {"headline": "Banjir Besar"}).headlines_right == 0


def test_prf_of_nothing_expected_and_nothing_found_is_perfect(score) -> None:
    assert score.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert score.prf(1, 2, 3) == pytest.approx((0.5, 1 / 3, 0.4))


def test_a_whole_run_on_an_annotated_folder(tmp_path: Path) -> None:
    (tmp_path / "01-harian-beras.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "01-harian-beras.truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    (tmp_path / "02-no-article.truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--verbose"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    row = next(line for line in lines if line.startswith("01-harian-beras.txt"))
    # headline 1/1; headings 1 of 1 found but 2 expected: F1 0.67; quotes 2 of 2 found,
    # 3 expected: P 1.00 R 0.67 F1 0.80; speakers 2/2; no captions; no boilerplate spoken.
    assert row.split()[1:] == ["1/1", "0.67", "1.00", "0.67", "0.80", "1.00", "(2/2)", "0/0",
                               "0"]
    assert "missed quote: 'Operasi pasar dimulai'" in result.stdout
    assert any(line.startswith("OVERALL") for line in lines)
    assert not any(line.startswith("02-no-article") for line in lines)
