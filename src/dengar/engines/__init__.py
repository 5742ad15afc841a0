"""The speech engines behind one registry: name -> "module:Class", imported only when used."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Protocol

from dengar.errors import UnknownVoice

if TYPE_CHECKING:
    from dengar.sound import AudioSegment
    from dengar.voices import VoiceProfile

ENGINES: dict[str, str] = {
    "espeak": "dengar.engines.espeak:EspeakEngine",
}


@dataclass(frozen=True)
class Delivery:
    """How one piece of text is spoken: engine voice, rate (words per minute) and pitch (0-99)."""

    voice: str
    rate: int
    pitch: int


class Engine(Protocol):
    """What every engine offers the pipeline."""

    sample_rate: int

    def speak(self, text: str, delivery: Delivery) -> AudioSegment:
        """Return the speech for ``text`` as 16-bit mono audio at ``sample_rate``."""
        ...


class EngineClass(Protocol):
    """An engine class: it can say whether it runs here, and make an engine."""

    def __call__(self) -> Engine: ...

    @classmethod
    def unavailable_reason(cls) -> str | None:
        """None when the engine can run on this machine, else why not."""
        ...


def engine_class(name: str) -> EngineClass:
    """Import and return the engine class registered under ``name``.

    Raises:
        UnknownVoice: no engine of that name is registered.
    """
    try:
        target = ENGINES[name]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise UnknownVoice(f"No speech engine called '{name}'. Engines: {known}.") from None
    module_name, class_name = target.split(":")
    return getattr(import_module(module_name), class_name)


def phoneme_alphabet(name: str) -> str | None:
    """The phoneme alphabet the named engine reads from a lexicon, or None (aliases only).

    An engine class declares it as ``phoneme_alphabet``; an unknown engine reads none.
    """
    try:
        return getattr(engine_class(name), "phoneme_alphabet", None)
    except UnknownVoice:
        return None


def start_engine(profile: VoiceProfile) -> Engine:
    """Make the engine a voice profile names, ready to speak.

    Raises:
        UnknownVoice: the profile names an engine dengar does not have.
        VoiceUnavailable: the engine cannot run on this machine.
    """
    return engine_class(profile.engine)()
