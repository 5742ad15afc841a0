"""Shared fixtures: the sample article, real builds, and the readers that check them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "vov-rusia-rdrk.txt"


def run_dengar(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command line as a user would, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "dengar", *args], input=stdin, capture_output=True,
        cwd=cwd, env={**os.environ, **(env or {})}, timeout=300,
    )


@pytest.fixture(scope="session")
def sample() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The sample article built once with the default voice: (mp3 path, summary line)."""
    out = tmp_path_factory.mktemp("build") / "sample.mp3"
    result = run_dengar("build", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out, result.stdout.decode()


@pytest.fixture(scope="session")
def sample_json() -> dict:
    result = run_dengar("inspect", str(SAMPLE), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    from dengar.sound import bundled_ffmpeg

    return bundled_ffmpeg()


def ffprobe() -> str | None:
    """A system ffprobe, used as a second independent reader where one is installed."""
    return shutil.which("ffprobe")
