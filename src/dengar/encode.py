"""Encode 16-bit mono PCM to MP3 as it arrives, with the ffmpeg (libmp3lame) of the wheel.

Output settings: MPEG-1 Layer III, 44.1 kHz, mono, 64 kbit/s constant bit rate, with a
Xing/Info header so players read the exact duration. 44.1 kHz is what podcast hosts and apps
expect everywhere; 64 kbit/s mono is the usual rate for spoken-word podcasts.

ffmpeg runs as a separate process, so it encodes on the second core while dengar speaks.
"""

from __future__ import annotations

import signal
import subprocess
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from dengar.errors import EncodingFailed
from dengar.sound import bundled_ffmpeg

_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}
MP3_SAMPLE_RATE = 44_100
MP3_BITRATE_KBPS = 64


def _restore_interrupts() -> None:
    """In the ffmpeg child: take back the signals the parent held while starting it."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _INTERRUPTS)


def ffmpeg_command(input_rate: int, destination: Path) -> list[str]:
    """The ffmpeg command line that turns raw PCM on stdin into the MP3 at ``destination``."""
    return [
        bundled_ffmpeg(), "-hide_banner", "-loglevel", "error", "-y",
        "-f", "s16le", "-ar", str(input_rate), "-ac", "1", "-i", "pipe:0",
        "-map_metadata", "-1", "-ar", str(MP3_SAMPLE_RATE), "-ac", "1",
        "-c:a", "libmp3lame", "-b:a", f"{MP3_BITRATE_KBPS}k",
        "-write_xing", "1", "-id3v2_version", "0", "-write_id3v1", "0",
        "-f", "mp3", str(destination),
    ]


class Mp3Encoder:
    """A running MP3 encode: ``write`` PCM chunks, then leave the ``with`` block.

    Raises:
        EncodingFailed: ffmpeg could not start, stopped early, or reported an error.
    """

    def __init__(self, destination: Path, input_rate: int) -> None:
        self.destination = destination
        self.input_rate = input_rate
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Mp3Encoder:
        command = ffmpeg_command(self.input_rate, self.destination)
        # Ctrl-C is held back while ffmpeg starts, so a started ffmpeg is always known here
        # and is stopped below; one left running would write its file after dengar removed it.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, preexec_fn=_restore_interrupts,
            )
        except OSError as exc:
            raise EncodingFailed(f"The MP3 encoder could not start: {exc}.") from exc
        finally:
            try:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
            except BaseException:  # the held-back Ctrl-C arrives now
                self.__exit__(KeyboardInterrupt, None, None)
                raise
        return self

    def write(self, pcm: bytes) -> None:
        """Send a chunk of 16-bit mono PCM to the encoder."""
        assert self._process is not None and self._process.stdin is not None
        try:
            self._process.stdin.write(pcm)
        except BrokenPipeError:
            self._finish()  # raises with ffmpeg's own reason when it has one
            raise EncodingFailed("The MP3 encoder stopped before the audio ended.") from None

    def _finish(self) -> None:
        """Close ffmpeg's input, wait for it, and raise if it failed."""
        assert self._process is not None and self._process.stderr is not None
        process = self._process
        with suppress(BrokenPipeError):  # ffmpeg is already gone; its stderr says why
            if process.stdin:
                process.stdin.close()
        stderr = process.stderr.read().decode(errors="replace").strip()
        process.stderr.close()
        if process.wait() != 0:
            detail = stderr.splitlines()[-1] if stderr else f"exit status {process.returncode}"
            raise EncodingFailed(f"The MP3 encoder failed: {detail}.")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        process = self._process
        if process is None:
            return
        if exc_type is not None:  # something upstream failed: stop ffmpeg, keep that error
            process.kill()
            process.wait()
            for pipe in (process.stdin, process.stderr):
                if pipe is not None:
                    pipe.close()
            return
        self._finish()
