"""Where an MP3 goes, and writing it so that no half-written file is ever left there."""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from dengar.errors import UnwritableOutput

DEFAULT_DIRECTORY = Path("output")
_MAX_SLUG = 80


def slugify(text: str) -> str:
    """A file-name-safe, lower-case ASCII form of ``text``: "Kafé Baru" -> "kafe-baru"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:_MAX_SLUG].rstrip("-") or "artikel"


def resolve_destination(option: Path | None, name: str) -> Path:
    """The MP3 path for an article called ``name``, given the ``-o`` option.

    ``-o`` may name an .mp3 file or a directory; without it the file goes to ``output/``.
    """
    if option is not None and option.suffix.lower() == ".mp3":
        return option
    directory = option if option is not None else DEFAULT_DIRECTORY
    return directory / f"{slugify(name)}.mp3"


@contextmanager
def atomic_output(destination: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; move it into place only on success.

    On any exception, KeyboardInterrupt included, the temporary file is removed and nothing
    appears at ``destination``.

    Raises:
        UnwritableOutput: the destination's folder cannot be created or written.
    """
    # The name is chosen before the file exists and the file is made inside the ``try``: a
    # Ctrl-C at any moment after the file appears still reaches the ``finally`` that removes it.
    temporary = destination.parent / f".{destination.name}.{secrets.token_hex(4)}.part"
    try:
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise UnwritableOutput(
                f"Cannot write to {destination}: {exc.strerror or exc}."
            ) from exc
        yield temporary
        try:
            os.chmod(temporary, 0o666 & ~_umask())  # made private while it was being written
            os.replace(temporary, destination)
        except OSError as exc:
            raise UnwritableOutput(
                f"Cannot write to {destination}: {exc.strerror or exc}."
            ) from exc
    finally:
        with suppress(OSError):  # never made (no such folder), or already moved into place
            temporary.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
