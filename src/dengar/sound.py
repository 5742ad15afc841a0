"""pydub, wired to the ffmpeg binary that the imageio-ffmpeg wheel ships.

Import ``AudioSegment`` from here, not from pydub: this module points pydub at the bundled
ffmpeg so that dengar never falls back silently on one installed on the system.
"""

from __future__ import annotations

import os
import warnings
from functools import cache
from pathlib import Path

from dengar.errors import EncodingFailed

with warnings.catch_warnings():
    # pydub looks for ffmpeg on PATH when imported and warns if there is none; dengar
    # never uses that one, so the warning would only mislead.
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)  # audioop, on Python 3.12
    from pydub import AudioSegment

__all__ = ["AudioSegment", "bundled_ffmpeg", "silence"]


@cache
def bundled_ffmpeg() -> str:
    """The path of the ffmpeg binary in the imageio-ffmpeg wheel.

    IMAGEIO_FFMPEG_EXE, when a user sets it, is honoured: that choice is explicit.

    Raises:
        EncodingFailed: the wheel's binary is missing.
    """
    import imageio_ffmpeg

    explicit = os.environ.get("IMAGEIO_FFMPEG_EXE")
    exe = Path(imageio_ffmpeg.get_ffmpeg_exe())
    package_dir = Path(imageio_ffmpeg.__file__).resolve().parent
    if explicit or package_dir in exe.resolve().parents:
        AudioSegment.converter = str(exe)
        return str(exe)
    raise EncodingFailed(
        "The ffmpeg binary that the imageio-ffmpeg package ships is missing; reinstall dengar."
    )


def silence(ms: int, sample_rate: int) -> AudioSegment:
    """Return ``ms`` milliseconds of 16-bit mono silence."""
    return AudioSegment.silent(duration=ms, frame_rate=sample_rate)
