"""Voice profiles: which engine speaks, how fast, and how long each pause is.

Profiles are TOML files. The ones dengar ships live in the package's ``voices`` folder;
``--voice`` also takes the path of a user's own profile.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from dengar.errors import UnknownVoice

DEFAULT_VOICE = "espeak-id"
RATE_RANGE = (80, 450)  # words per minute as the engine counts them
PITCH_RANGE = (0, 99)
MAX_PAUSE_MS = 10_000


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, not {value!r}")


@dataclass(frozen=True)
class Pauses:
    """Silence in milliseconds, by the kind of boundary it marks."""

    head: int = 700
    tail: int = 2500
    after_headline: int = 1200
    after_byline: int = 900
    between_paragraphs: int = 650
    before_heading: int = 1800
    after_heading: int = 800
    around_quote: int = 700
    around_caption: int = 700
    # The quoted words then "ujar Budi.", when quotes are not announced (with the cues on,
    # "Akhir kutipan, ujar Budi." is one sentence): the quoting sentence follows closely.
    before_attribution: int = 250

    def __post_init__(self) -> None:
        for f in fields(self):
            _check_range(f"pauses.{f.name}", getattr(self, f.name), 0, MAX_PAUSE_MS)


@dataclass(frozen=True)
class QuoteStyle:
    """How a quotation is set apart: announced in words, and/or spoken at another pitch."""

    announce: bool = True
    opening: str = "Kutipan:"
    closing: str = "Akhir kutipan."
    pitch: int | None = 38

    def __post_init__(self) -> None:
        if self.pitch is not None:
            _check_range("quote.pitch", self.pitch, *PITCH_RANGE)


@dataclass(frozen=True)
class CaptionStyle:
    """Whether image captions are read, and the words that announce them."""

    read: bool = True
    prefix: str = "Keterangan foto:"


@dataclass(frozen=True)
class VoiceProfile:
    """Everything about how an article sounds, apart from the article itself."""

    name: str
    engine: str
    description: str = ""
    engine_voice: str = "id"
    rate: int = 175
    pitch: int = 50
    pauses: Pauses = field(default_factory=Pauses)
    quote: QuoteStyle = field(default_factory=QuoteStyle)
    caption: CaptionStyle = field(default_factory=CaptionStyle)
    lexicons: tuple[Path, ...] = ()  # PLS files; in a TOML profile, relative to that file

    def __post_init__(self) -> None:
        _check_range("rate", self.rate, *RATE_RANGE)
        _check_range("pitch", self.pitch, *PITCH_RANGE)
        for path in self.lexicons:
            if not Path(path).is_file():
                raise ValueError(f"its lexicon {path} does not exist")

    def with_rate(self, rate: int | None) -> VoiceProfile:
        """Return this profile at another speaking rate (None keeps the profile's).

        Raises:
            ValueError: the rate is outside RATE_RANGE.
        """
        return self if rate is None else replace(self, rate=rate)


def _profiles_dir() -> Path:
    """The folder of shipped profiles, installed or in a source checkout."""
    installed = resources.files("dengar") / "voices"
    if installed.is_dir():
        return Path(str(installed))
    return Path(__file__).resolve().parents[2] / "voices"


def shipped_profiles() -> dict[str, Path]:
    """Map each shipped profile's name to its file, sorted by name."""
    return {p.stem: p for p in sorted(_profiles_dir().glob("*.toml"), key=lambda p: p.stem)}


def _lexicon_paths(value: Any, folder: Path) -> tuple[Path, ...]:
    """The profile's ``lexicons = [...]``, each path relative to the profile's folder."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("lexicons must be a list of file paths")
    return tuple(folder / v for v in value)


def _from_mapping(data: dict[str, Any], fallback_name: str, folder: Path) -> VoiceProfile:
    data = dict(data)
    data.setdefault("name", fallback_name)
    data["lexicons"] = _lexicon_paths(data.get("lexicons", []), folder)
    data["pauses"] = Pauses(**data.get("pauses", {}))
    data["quote"] = QuoteStyle(**data.get("quote", {}))
    data["caption"] = CaptionStyle(**data.get("caption", {}))
    return VoiceProfile(**data)


def load_profile(name_or_path: str) -> VoiceProfile:
    """Load a shipped profile by name, or a profile file by path.

    Args:
        name_or_path: A shipped profile's name (see ``shipped_profiles``) or a .toml path.

    Returns:
        The validated profile.

    Raises:
        UnknownVoice: no such profile, or the file is not a valid profile.
    """
    shipped = shipped_profiles()
    path = shipped.get(name_or_path) or Path(name_or_path)
    if not path.is_file():
        names = ", ".join(shipped) or "none"
        raise UnknownVoice(f"No voice called '{name_or_path}'. Voices: {names}.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return _from_mapping(data, path.stem, path.resolve().parent)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TypeError, ValueError) as exc:
        raise UnknownVoice(f"The voice profile {path} is not valid: {exc}.") from exc
