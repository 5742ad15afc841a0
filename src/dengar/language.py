"""Which language an article is in, from its function words; refuse what is not Indonesian.

Function words ("yang", "dan", "di"…) make up a large share of any running text, so counting
them tells Indonesian from the languages a saved page is likely to be in, without a language-ID
model. Malay shares those words and counts as Indonesian, which espeak-ng's voice reads well.
A page's own declaration (``<html lang>``) is used only when the text is too short to judge:
many Indonesian sites ship a template that says ``lang="en"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from dengar.errors import ForeignLanguage
from dengar.model import Source

INDONESIAN = "id"
UNKNOWN = "und"  # ISO 639: enough text, but in no language listed here
_FUNCTION_WORD_LISTS: dict[str, str] = {
    "id": (
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke oleh juga adalah "
        "karena atau sudah telah bisa dapat ada mereka kami kita saya ia dia tersebut bahwa "
        "lebih para sebagai tetapi namun jika saat hingga secara masih belum harus"
    ),
    "en": (
        "the and of to in is that for it with as was on be by this are from at have not "
        "which but or an has were their will would been they"
    ),
    "vi": (
        "và của là có không được trong những các cho với một người này đã để khi từ "
        "cũng như đến về theo tại sẽ vào"
    ),
    "fr": "le la les de des et est une dans que qui pour pas sur au avec",
    "es": "el la los las de del y que en es por para con una un su se",
    "de": "der die das und ist nicht mit den von zu ein eine auf dem sich",
    "nl": "de het een en van is dat niet op te met voor zijn",
    "pt": "o os as de do da e que em um uma para com não por",
    "tl": "ang ng mga sa na at ay si ni para hindi",
}
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) for code, words in _FUNCTION_WORD_LISTS.items()
}
LANGUAGE_NAMES: dict[str, str] = {
    "id": "Indonesian", "ms": "Malay", "en": "English", "vi": "Vietnamese", "fr": "French",
    "es": "Spanish", "de": "German", "nl": "Dutch", "pt": "Portuguese", "tl": "Tagalog",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai", "ar": "Arabic",
    "ru": "Russian", "jv": "Javanese", "su": "Sundanese",
}
# Languages espeak-ng's Indonesian voice reads as Indonesian: Malay shares its spelling.
COUNTS_AS_INDONESIAN = frozenset({"id", "in", "ms", "zsm"})
MIN_WORDS = 20  # fewer words than this: the text alone cannot tell
MIN_SHARE = 0.08  # Indonesian prose has well over 10% function words
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20000


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself."""
    if code == UNKNOWN:
        return "an unknown language"
    return LANGUAGE_NAMES.get(code, f'the language "{code}"')


def refusal(code: str) -> str:
    """The one sentence that refuses an article in the language ``code``."""
    advice = "say --any-language to speak it with the Indonesian voice anyway."
    if code == UNKNOWN:
        return ("The article has almost no Indonesian words, so it is in another language; "
                + advice)
    return f"The article is in {language_name(code)}, not Indonesian; {advice}"


def _mostly_latin(text: str) -> bool:
    """Whether most letters are Latin (Indonesian, English and Vietnamese all are)."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    return latin >= 0.5 * len(letters)


def base_code(declared: str | None) -> str | None:
    """"id" from "id-ID", "in", "ms_MY"; None when nothing is declared."""
    if not declared or not declared.strip():
        return None
    code = re.split(r"[-_]", declared.strip().lower())[0]
    return INDONESIAN if code in COUNTS_AS_INDONESIAN else code


def detect_language(text: str) -> str | None:
    """The language whose function words are most frequent in ``text``, or None if unsure.

    Args:
        text: Running text (the article's blocks joined).

    Returns:
        A two-letter code; UNKNOWN when there is enough text but too few function words of any
        language listed (or another script); None when the text is too short to tell.
    """
    sample = text[:_SAMPLE_CHARS]
    if not _mostly_latin(sample):
        return UNKNOWN if sum(ch.isalpha() for ch in sample) >= MIN_WORDS * 4 else None
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    shares = {
        code: sum(1 for w in words if w in vocabulary) / len(words)
        for code, vocabulary in FUNCTION_WORDS.items()
    }
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= MIN_SHARE else UNKNOWN


def source_language(source: Source) -> str | None:
    """The article's language: from its text when long enough, else as the source declares."""
    found = detect_language(" ".join(block.text for block in source.blocks))
    declared = base_code(source.metadata.language)
    if found == UNKNOWN and declared not in (None, INDONESIAN):
        return declared  # the page names a language the word lists do not know
    return found or declared


def check_language(source: Source, *, any_language: bool = False) -> Source:
    """The source with its language recorded; refuse it when it is not Indonesian.

    Args:
        source: The decoded article.
        any_language: Accept any language (the ``--any-language`` option).

    Returns:
        The source, ``metadata.language`` set to what was found ("id" when unsure).

    Raises:
        ForeignLanguage: the text is in another language and ``any_language`` is False.
    """
    found = source_language(source) or INDONESIAN
    if found != INDONESIAN and not any_language:
        raise ForeignLanguage(refusal(found))
    return replace(source, metadata=replace(source.metadata, language=found))
