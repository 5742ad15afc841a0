"""The offline engine: espeak-ng's library as shipped in the espeakng-loader wheel.

dengar talks to the library itself through ctypes, never to an espeak-ng program or library
installed on the system, so the voice is the same on every machine.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar

from dengar.engines import Delivery
from dengar.errors import SynthesisFailed, VoiceUnavailable
from dengar.sound import AudioSegment

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_PHONEMES = 0x100  # espeakPHONEMES: read [[...]] as espeak phoneme mnemonics (lexicons)
_PARAM_RATE = 1
_PARAM_PITCH = 3
_SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def _wheel_paths() -> tuple[Path, Path]:
    """The library and data folder inside the espeakng-loader wheel."""
    import espeakng_loader

    return Path(espeakng_loader.get_library_path()), Path(espeakng_loader.get_data_path())


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while espeak-ng runs; they arrive as soon as it returns.

    A KeyboardInterrupt raised inside the synthesis callback cannot cross the C library:
    Python would print and drop it, and the build would go on.
    """
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class _Library:
    """The one espeak-ng instance of this process (the C library keeps global state)."""

    _instance: ClassVar[_Library | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, library: Path, data: Path) -> None:
        self.lib = ctypes.CDLL(str(library))
        self.lib.espeak_Initialize.argtypes = [
            ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int
        ]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]
        self.sample_rate = self.lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data).encode(), 0
        )
        if self.sample_rate <= 0:
            raise VoiceUnavailable(f"espeak-ng could not start with its data in {data}.")
        self._chunks: list[bytes] = []
        self._callback = _SYNTH_CALLBACK(self._collect)  # kept alive while the library lives
        self.lib.espeak_SetSynthCallback(self._callback)
        self.voice: str | None = None

    @classmethod
    def get(cls) -> _Library:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls(*_wheel_paths())
            return cls._instance

    def _collect(self, wav: ctypes.Array, count: int, events: int) -> int:
        if count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0  # 0 = go on synthesizing

    def synthesize(self, text: str, delivery: Delivery) -> bytes:
        """Speak ``text`` and return 16-bit mono PCM at ``sample_rate``."""
        with self._lock:
            if delivery.voice != self.voice:
                if self.lib.espeak_SetVoiceByName(delivery.voice.encode()) != 0:
                    raise VoiceUnavailable(f"espeak-ng has no voice '{delivery.voice}'.")
                self.voice = delivery.voice
            self.lib.espeak_SetParameter(_PARAM_RATE, delivery.rate, 0)
            self.lib.espeak_SetParameter(_PARAM_PITCH, delivery.pitch, 0)
            data = text.encode("utf-8")
            self._chunks = []
            with _signals_held():
                status = self.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0,
                                               _CHARS_UTF8 | _PHONEMES, None, None)
            if status != 0:
                raise SynthesisFailed(f"espeak-ng failed (status {status}) on: {text[:60]}")
            return b"".join(self._chunks)


class EspeakEngine:
    """espeak-ng speaking Indonesian, offline."""

    # A lexicon's <phoneme> in this alphabet is spoken as written: espeak-ng's own notation.
    phoneme_alphabet: ClassVar[str] = "x-espeak"

    def __init__(self) -> None:
        reason = self.unavailable_reason()
        if reason:
            raise VoiceUnavailable(reason)
        self._library = _Library.get()
        self.sample_rate: int = self._library.sample_rate

    @classmethod
    def unavailable_reason(cls) -> str | None:
        """None when the wheel's library and Indonesian data are present, else why not."""
        try:
            library, data = _wheel_paths()
        except (ImportError, RuntimeError) as exc:
            return f"espeakng-loader is not installed properly ({exc}); reinstall dengar."
        if not library.is_file():
            return f"The espeak-ng library is missing at {library}; reinstall dengar."
        if not (data / "id_dict").is_file():
            return f"espeak-ng's Indonesian data is missing in {data}; reinstall dengar."
        return None

    def speak(self, text: str, delivery: Delivery) -> AudioSegment:
        """Return the speech for ``text`` as 16-bit mono audio at ``sample_rate``.

        Raises:
            SynthesisFailed: espeak-ng reported an error.
            VoiceUnavailable: the profile's espeak voice does not exist.
        """
        pcm = self._library.synthesize(text, delivery)
        return AudioSegment(data=pcm, sample_width=2, frame_rate=self.sample_rate, channels=1)
