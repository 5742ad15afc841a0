"""Pronunciation lexicons in W3C PLS 1.0: say a word the way the lexicon says.

    <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
             alphabet="x-espeak" xml:lang="id">
      <lexeme><grapheme>Joseph</grapheme><alias>Josef</alias></lexeme>
      <lexeme><grapheme>Putin</grapheme><phoneme>p'u:tin</phoneme></lexeme>
    </lexicon>

Rules:
- A grapheme matches a whole word or run of words (any white space between them), longest
  first. A grapheme with a capital letter matches case-sensitively ("AS" is not "as"); an
  all-lower-case one matches in any case ("fesbuk" also matches "Fesbuk").
- A phoneme goes to the engine when the engine reads that alphabet (espeak-ng: "x-espeak",
  its own notation, sent as [[...]]; a "[[" in the article itself is never sent as such);
  otherwise the alias is said. A lexeme with neither for this engine is skipped, so a
  lower-priority lexicon may still apply.
- Later lexicons win: the user's (--lexicon) beat the voice profile's, which beat dengar's.
- Substitution is one pass over the text, so an alias holding its own grapheme cannot loop.
- The XML is parsed with defusedxml: a DTD, entities or external references are refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeXML
from defusedxml import DefusedXmlException

from dengar.errors import BadLexicon

PLS = "{http://www.w3.org/2005/01/pronunciation-lexicon}"
# A phoneme is marked with two private-use characters until the last step, so the rules
# after the lexicon cannot touch it; ``dengar.normalize`` turns the marks into [[...]].
PHONEME_OPEN, PHONEME_CLOSE = "\ue000", "\ue001"
MAX_BYTES = 10 * 1024 * 1024
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Lexeme:
    """One entry: the spellings it matches and what to say instead."""

    graphemes: tuple[str, ...]
    alias: str | None
    phoneme: str | None
    alphabet: str


def default_lexicon() -> Path:
    """The Indonesian lexicon dengar ships (frequent news names and acronyms)."""
    return Path(str(resources.files("dengar") / "data" / "lexicon-id.pls"))


def _text(element: Element, tag: str, path: Path) -> str | None:
    found = element.find(PLS + tag)
    if found is None:
        return None
    text = _SPACE.sub(" ", found.text or "").strip()
    if not text:
        raise BadLexicon(f"The lexicon {path} is not valid PLS: a <{tag}> is empty.")
    return text


def _lexeme(element: Element, alphabet: str, path: Path) -> Lexeme:
    graphemes = tuple(_SPACE.sub(" ", g.text or "").strip()
                      for g in element.findall(PLS + "grapheme"))
    if not graphemes or not all(graphemes):
        raise BadLexicon(f"The lexicon {path} is not valid PLS: a <lexeme> has no grapheme.")
    alias, phoneme = _text(element, "alias", path), _text(element, "phoneme", path)
    if alias is None and phoneme is None:
        raise BadLexicon(f"The lexicon {path} is not valid PLS: the lexeme "
                         f"'{graphemes[0]}' has neither an <alias> nor a <phoneme>.")
    found = element.find(PLS + "phoneme")
    own_alphabet = found.get("alphabet", alphabet) if found is not None else alphabet
    return Lexeme(graphemes, alias, phoneme, own_alphabet)


def _root(path: Path) -> Element:
    """Parse the file safely; every failure is a BadLexicon naming the file."""
    try:
        data = path.read_bytes()
        if len(data) > MAX_BYTES:
            raise BadLexicon(f"The lexicon {path} is larger than 10 MB.")
        return SafeXML.fromstring(data, forbid_dtd=True)
    except OSError as exc:
        raise BadLexicon(f"The lexicon {path} cannot be read ({exc.strerror}).") from exc
    except DefusedXmlException as exc:
        raise BadLexicon(f"The lexicon {path} declares a DTD or entities, which dengar "
                         "refuses for safety.") from exc
    except ParseError as exc:
        raise BadLexicon(f"The lexicon {path} is not well-formed XML ({exc}).") from exc
    except (LookupError, ValueError) as exc:  # an XML declaration naming an unknown encoding
        raise BadLexicon(f"The lexicon {path} cannot be read ({exc}).") from exc


@cache
def _read_cached(path: Path, stamp: tuple[int, int]) -> tuple[Lexeme, ...]:
    root = _root(path)
    if root.tag != PLS + "lexicon" or root.get("version") != "1.0":
        raise BadLexicon(f"The lexicon {path} is not PLS 1.0: its root must be <lexicon "
                         'version="1.0"> in the PLS namespace.')
    alphabet = root.get("alphabet")
    if not alphabet:
        raise BadLexicon(f"The lexicon {path} is not valid PLS: <lexicon> has no alphabet.")
    return tuple(_lexeme(e, alphabet, path) for e in root.findall(PLS + "lexeme"))


def read_lexicon(path: Path) -> tuple[Lexeme, ...]:
    """Read one PLS file (parsed once per process while it is unchanged).

    Raises:
        BadLexicon: the file cannot be read, is not XML, not PLS, or carries a DTD.
    """
    try:
        status = path.stat()
    except OSError as exc:
        raise BadLexicon(f"The lexicon {path} cannot be read ({exc.strerror}).") from exc
    return _read_cached(path, (status.st_mtime_ns, status.st_size))


class Lexicon:
    """The merged lexicons of one run, applied as a ``str -> str`` step."""

    def __init__(self, lexemes: Sequence[Lexeme], phoneme_alphabet: str | None) -> None:
        self.exact: dict[str, tuple[int, str]] = {}  # grapheme -> (priority, spoken)
        self.folded: dict[str, tuple[int, str]] = {}
        for priority, lexeme in enumerate(lexemes):  # lowest priority first
            spoken = self._spoken(lexeme, phoneme_alphabet)
            if spoken is None:
                continue  # nothing this engine can use: a lower-priority entry may apply
            for grapheme in lexeme.graphemes:
                if grapheme.islower():
                    self.folded[grapheme] = (priority, spoken)
                else:
                    self.exact[grapheme] = (priority, spoken)
        self._pattern = self._compile()

    @staticmethod
    def _spoken(lexeme: Lexeme, phoneme_alphabet: str | None) -> str | None:
        if lexeme.phoneme and phoneme_alphabet and lexeme.alphabet == phoneme_alphabet:
            return f"{PHONEME_OPEN}{lexeme.phoneme}{PHONEME_CLOSE}"
        return lexeme.alias

    def _compile(self) -> re.Pattern[str] | None:
        def words(grapheme: str) -> str:
            return r"\s+".join(re.escape(w) for w in grapheme.split(" "))

        keys = [(g, False) for g in self.exact] + [(g, True) for g in self.folded]
        if not keys:
            return None
        keys.sort(key=lambda k: len(k[0]), reverse=True)
        alternatives = "|".join(f"(?i:{words(g)})" if fold else words(g) for g, fold in keys)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def _replace(self, match: re.Match[str]) -> str:
        found = _SPACE.sub(" ", match[0])
        candidates = [self.exact.get(found), self.folded.get(found.lower())]
        return max((c for c in candidates if c is not None), default=(0, match[0]))[1]

    def apply(self, text: str) -> str:
        """Replace every grapheme found in ``text``, in one pass."""
        return self._pattern.sub(self._replace, text) if self._pattern else text


def load_lexicon(paths: Sequence[Path], phoneme_alphabet: str | None) -> Lexicon:
    """Merge PLS files, later ones winning, for an engine reading ``phoneme_alphabet``.

    Raises:
        BadLexicon: one of the files is not a valid PLS lexicon.
    """
    return Lexicon([lexeme for path in paths for lexeme in read_lexicon(path)],
                   phoneme_alphabet)
