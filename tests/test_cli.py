"""The command line as a user meets it: exit statuses, one clear sentence, no traceback."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE, run_dengar

from dengar import errors
from dengar.cli import EXIT_STATUS
from dengar.status import ExitStatus

SHORT_ARTICLE = (
    "Warga Bandung Menanam Seribu Pohon\n\n"
    "Siti Rahma\n\n"
    "Warga Kota Bandung menanam pohon di sepanjang sungai pada hari Minggu pagi.\n\n"
    "Kegiatan itu diikuti oleh ratusan pelajar dan pegawai kelurahan setempat.\n"
)


def assert_one_clear_sentence(result: subprocess.CompletedProcess, status: ExitStatus) -> None:
    stderr = result.stderr.decode()
    assert result.returncode == status, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("dengar: ") and stderr.count("\n") == 1


def test_every_error_class_has_its_own_exit_status():
    classes = [c for c in vars(errors).values() if isinstance(c, type)
               and issubclass(c, errors.DengarError) and c is not errors.DengarError]
    assert sorted(c.__name__ for c in classes) == sorted(c.__name__ for c in EXIT_STATUS)
    assert len(set(EXIT_STATUS.values())) == len(EXIT_STATUS)


@pytest.mark.parametrize("content, status", [
    (None, ExitStatus.INPUT_NOT_FOUND),
    (b"", ExitStatus.EMPTY_INPUT),
    (b"  \n\t \n", ExitStatus.EMPTY_INPUT),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ExitStatus.BINARY_INPUT),
    (b"Berita \x81\x8d\x8f\x90\x9d hari ini\n", ExitStatus.UNDECODABLE_INPUT),
    (b"Judul Saja Tanpa Isi\n", ExitStatus.NO_BODY),
])
def test_bad_input_gets_its_exit_status(tmp_path, content, status):
    article = tmp_path / "artikel.txt"
    if content is not None:
        article.write_bytes(content)
    out = tmp_path / "out"
    result = run_dengar("build", str(article), "-o", str(out))
    assert_one_clear_sentence(result, status)
    assert not out.exists() or not any(out.iterdir())


def test_unknown_voice(tmp_path):
    result = run_dengar("build", str(SAMPLE), "--voice", "tidak-ada", "-o", str(tmp_path))
    assert_one_clear_sentence(result, ExitStatus.UNKNOWN_VOICE)
    assert "espeak-id" in result.stderr.decode()  # names the voices there are


def test_invalid_profile_file_is_an_unknown_voice(tmp_path):
    profile = tmp_path / "rusak.toml"
    profile.write_text('name = "rusak"\nengine = "espeak"\nrate = 9000\n', encoding="utf-8")
    result = run_dengar("inspect", str(SAMPLE), "--voice", str(profile))
    assert_one_clear_sentence(result, ExitStatus.UNKNOWN_VOICE)


def test_voice_the_engine_lacks_is_unavailable(tmp_path):
    profile = tmp_path / "klingon.toml"
    profile.write_text('name = "klingon"\nengine = "espeak"\nengine_voice = "tlh-xx"\n',
                       encoding="utf-8")
    result = run_dengar("build", str(SAMPLE), "--voice", str(profile), "-o", str(tmp_path))
    assert_one_clear_sentence(result, ExitStatus.VOICE_UNAVAILABLE)
    assert list(tmp_path.glob("*.mp3*")) == []


def test_unwritable_destination(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    result = run_dengar("build", str(SAMPLE), "-o", str(blocker / "keluaran.mp3"))
    assert_one_clear_sentence(result, ExitStatus.UNWRITABLE_OUTPUT)


def test_failing_encoder_leaves_no_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    result = run_dengar("build", str(article), "-o", str(tmp_path / "a.mp3"),
                        env={"IMAGEIO_FFMPEG_EXE": "/bin/false"})
    assert_one_clear_sentence(result, ExitStatus.ENCODING_FAILED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_interrupt_leaves_no_partial_file(tmp_path):
    article = tmp_path / "panjang.txt"
    body = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    article.write_text("Artikel Panjang untuk Diputus\n" + body * 6, encoding="utf-8")
    out = tmp_path / "out"
    # A job started in the background of a script inherits SIGINT ignored; the user's
    # Ctrl+C reaches a foreground process, so the child gets the default disposition back.
    process = subprocess.Popen([sys.executable, "-m", "dengar", "build", str(article),
                                "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Wait until the partial file exists: the build is under way. No time limit of its own
    # (a loaded machine may take long to start); the build ending first fails the test.
    while not (out.exists() and any(out.iterdir())) and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitStatus.INTERRUPTED, stderr
    assert b"Traceback" not in stderr
    assert list(out.iterdir()) == []


def test_usage_error_for_one_mp3_and_many_articles(tmp_path):
    result = run_dengar("build", str(SAMPLE), str(SAMPLE), "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == ExitStatus.USAGE


def test_stdin_builds_into_the_output_folder(tmp_path):
    result = run_dengar("build", "-", "-o", str(tmp_path), stdin=SHORT_ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["warga-bandung-menanam-seribu-pohon.mp3"]


def test_default_destination_is_output_slug(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    result = run_dengar("build", "a.txt", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert (tmp_path / "output" / "warga-bandung-menanam-seribu-pohon.mp3").is_file()


def test_several_articles_into_one_folder(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    other = SHORT_ARTICLE.replace("Seribu Pohon", "Dua Ribu Pohon")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    result = run_dengar("build", "a.txt", "b.txt", "-o", "keluar", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.decode().splitlines()) == 2
    assert len(list((tmp_path / "keluar").glob("*.mp3"))) == 2


def test_faster_rate_gives_shorter_audio(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    from mutagen.mp3 import MP3

    lengths = []
    for rate in ("150", "300"):
        out = tmp_path / f"r{rate}.mp3"
        result = run_dengar("build", "a.txt", "--rate", rate, "-o", str(out), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        lengths.append(MP3(out).info.length)
    assert lengths[1] < lengths[0] * 0.8


def test_inspect_json_contract(sample_json):
    assert set(sample_json) == {"title", "byline", "publisher", "published", "language",
                                "url", "chapters", "dropped"}
    assert sample_json["language"] == "id"
    for chapter in sample_json["chapters"]:
        assert isinstance(chapter["title"], str)
        for s in chapter["segments"]:
            assert set(s) == {"kind", "text", "spoken", "speaker"}
            assert s["kind"] in {"headline", "deck", "byline", "lead", "paragraph", "heading",
                                 "quote", "caption"}


def test_inspect_shows_what_is_spoken_and_dropped():
    result = run_dengar("inspect", str(SAMPLE))
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "Chapter 3: Kecemasan dari Pihak Ketiga" in out
    assert "spoken: Kutipan:" in out
    assert "'Komentar'" in out


def test_inspect_shows_the_attribution_said_with_the_closing_cue(tmp_path):
    article = tmp_path / "harga.txt"
    article.write_text("Harga Beras Naik\n\nJAKARTA - Harga beras naik tajam pekan ini di "
                       "semua pasar.\n\n\"Stok kami sudah habis sejak kemarin,\" ujar Budi "
                       "Santoso.\n", encoding="utf-8")
    out = run_dengar("inspect", str(article)).stdout.decode()
    # The closing cue is said once, with the attribution, and shown once.
    assert "spoken: Kutipan: Stok kami sudah habis sejak kemarin. (closing cue below)" in out
    assert "spoken: (closing the quote) Akhir kutipan, ujar Budi Santoso." in out
    assert out.count("Akhir kutipan") == 1


def test_voices_lists_each_profile_as_available():
    out = run_dengar("voices").stdout.decode().splitlines()
    assert out[0].split() == ["NAME", "ENGINE", "STATE", "DESCRIPTION"]
    rows = {line.split()[0]: line.split()[1:4] for line in out[1:-1]}
    assert list(rows) == ["espeak-id", "espeak-id-cepat"]
    assert rows["espeak-id"] == ["*", "espeak", "available"]
    assert rows["espeak-id-cepat"][:2] == ["espeak", "available"]


@pytest.mark.parametrize("command", ["build", "inspect", "voices"])
def test_every_command_has_help_with_an_example(command):
    result = run_dengar(command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout.decode()


def test_version():
    from dengar import __version__

    assert run_dengar("--version").stdout.decode().strip() == f"dengar, version {__version__}"


def test_readme_documents_every_command_and_option():
    import click

    from dengar.cli import cli

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"dengar {name}" in readme
        for param in command.params:
            if isinstance(param, click.Option):
                assert any(opt in readme for opt in param.opts), (name, param.opts)
    for status in ExitStatus:
        assert f"| {status.value} |" in readme, status


ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Jalur Sepeda Baru Dibangun di Pusat Kota | Warta Contoh</title>
<meta property="og:site_name" content="Warta Contoh">
<link rel="canonical" href="https://warta.example/berita/jalur-sepeda">
<meta name="author" content="Rina Ayu">
<meta property="article:published_time" content="2024-06-03T10:15:00+07:00">
</head><body><nav><a href="/">Beranda</a> <a href="/indeks">Indeks</a></nav>
<article><h1>Jalur Sepeda Baru Dibangun di Pusat Kota</h1>
<figure><img src="/s.jpg"><figcaption>Pekerja mengecat marka jalur sepeda. (Foto: Rina)
</figcaption></figure>
<p>Pemerintah kota mulai membangun jalur sepeda baru di sepanjang jalan utama pada pekan ini.</p>
<p>Jalur itu akan menghubungkan stasiun kereta dengan kawasan kampus dan pasar tradisional.</p>
<h2>Tahap Kedua</h2>
<p>Tahap kedua akan menyambung jalur itu ke kawasan perumahan di selatan kota tahun depan.</p>
</article><footer>Bagikan | Komentar</footer></body></html>
"""
ENGLISH_PAGE = ("<html><head><title>Bike Lanes</title></head><body><article><h1>Bike Lanes</h1>"
                "<p>The city government has started building a new bicycle lane along the main "
                "road this week, and the work will go on until the end of the year.</p><p>The "
                "lane will connect the station with the campus and the market, said the mayor, "
                "who was also at the event with many of the residents.</p></article></body></html>")


def test_inspect_reads_an_html_page_with_its_metadata(tmp_path):
    page = tmp_path / "jalur-sepeda.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    result = run_dengar("inspect", str(page), "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["title"] == "Jalur Sepeda Baru Dibangun di Pusat Kota"
    assert found["url"] == "https://warta.example/berita/jalur-sepeda"
    assert (found["byline"], found["publisher"]) == ("Rina Ayu", "Warta Contoh")
    assert (found["published"], found["language"]) == ("2024-06-03", "id")
    kinds = [(s["kind"], s["text"][:14]) for c in found["chapters"] for s in c["segments"]]
    assert ("caption", "Pekerja mengec") in kinds and ("heading", "Tahap Kedua") in kinds
    assert not any("Beranda" in text or "Bagikan" in text for _, text in kinds)


def test_html_on_standard_input_is_sniffed():
    result = run_dengar("inspect", "-", "--json", stdin=ARTICLE_PAGE.encode("cp1252"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == "Jalur Sepeda Baru Dibangun di Pusat Kota"


def test_markdown_file_is_read(tmp_path):
    article = tmp_path / "berita.md"
    article.write_text("# Warga Bandung Menanam Seribu Pohon\n\n| Penulis | Siti Rahma |\n\n"
                       + SHORT_ARTICLE.split("\n\n", 2)[2], encoding="utf-8")
    found = json.loads(run_dengar("inspect", str(article), "--json").stdout)
    assert (found["title"], found["byline"]) == ("Warga Bandung Menanam Seribu Pohon",
                                                 "Siti Rahma")


@pytest.mark.parametrize("name, content", [
    ("indeks.html", "<html><body><ul>" + "".join(
        f'<li><a href="/b/{i}">Judul berita nomor {i}</a></li>' for i in range(40))
     + "</ul></body></html>"),
    ("galat.html", "<html><body><h1>404</h1><p>Halaman tidak ditemukan.</p></body></html>"),
    ("skrip.html", "<html><head><script>var a = 1;</script><style>p {}</style></head>"
                   "<body><script>muat()</script></body></html>"),
    ("dalam.html", "<html><body>" + "<div>" * 100_000 + "<p>Isi berita yang terlalu dalam "
                   "untuk dibaca oleh siapa pun di sini.</p>" + "</div>" * 100_000
     + "</body></html>"),
    ("besar.html", "<html><body><p>" + "isi berita " * (2 * 2**20) + "</p></body></html>"),
])
def test_a_page_without_an_article_is_refused(tmp_path, name, content):
    page = tmp_path / name
    page.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    result = run_dengar("build", str(page), "-o", str(out))
    assert_one_clear_sentence(result, ExitStatus.NOT_AN_ARTICLE)
    assert not out.exists()


@pytest.mark.parametrize("name, content, language", [
    ("bike.html", ENGLISH_PAGE, "English"),
    ("tin.txt", "Chính quyền thành phố đã bắt đầu xây dựng làn đường dành cho xe đạp trên "
                "các tuyến phố chính trong tuần này. Làn đường sẽ nối nhà ga với khu đại học "
                "và chợ, theo lời ông thị trưởng, người cũng có mặt tại sự kiện.\n",
     "Vietnamese"),
])
def test_a_foreign_article_is_refused_unless_any_language(tmp_path, name, content, language):
    article = tmp_path / name
    article.write_text(content, encoding="utf-8")
    result = run_dengar("build", str(article), "-o", str(tmp_path / "x.mp3"))
    assert_one_clear_sentence(result, ExitStatus.FOREIGN_LANGUAGE)
    assert language in result.stderr.decode()
    assert not (tmp_path / "x.mp3").exists()
    accepted = run_dengar("inspect", str(article), "--json", "--any-language")
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["language"] == {"English": "en", "Vietnamese": "vi"}[
        language]
