"""Put every segment into the words the engine will receive (``Segment.spoken``).

The text steps are small ``str -> str`` functions applied in order: clean-up, then the
pronunciation lexicons (so an entry wins over the generic rules), then the rules of
``dengar.spoken`` (web addresses, abbreviations, reference numbers and plates, money, dates,
times, ordinals, numbers, symbols, acronyms). Phonemes a lexicon put in ``[[...]]`` pass the
later steps untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from dengar.model import Article, Chapter, Segment
from dengar.spoken import (
    abbreviations,
    acronyms,
    codes,
    dates,
    money,
    ordinals,
    quantities,
    symbols,
)
from dengar.spoken.lexicon import PHONEME_CLOSE, PHONEME_OPEN, Lexicon
from dengar.voices import VoiceProfile

Step = Callable[[str], str]

_SPACE = re.compile(r"\s+")
# A closing quotation mark or bracket may follow the sentence's own stop: "“human error.”".
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;][\"”’'»)]*$")
# A caption that names itself ("Foto: …", "Keterangan foto: …") repeats the caption prefix.
_CAPTION_LABEL = re.compile(r"(?:keterangan\s+)?(?:foto|gambar)\s*:", re.IGNORECASE)
_PHONEMES = re.compile(f"({PHONEME_OPEN}.*?{PHONEME_CLOSE})")


def collapse_space(text: str) -> str:
    """Turn every run of white space (no-break spaces included) into one space."""
    return _SPACE.sub(" ", text).strip()


def drop_space_before_punctuation(text: str) -> str:
    """Join a stray space before punctuation ("kedua pihak .") so it is not read as a pause."""
    return re.sub(r"\s+([.,;:!?])", r"\1", text)


# Not before a straight quotation mark: '"Finding Nemo," Anda' closes a title there.
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_]),(?=[(“]|[^\W\d_])")


def space_after_comma(text: str) -> str:
    """Part a comma typed against the next word ("Selasa,(15/10/2024)", "Kehormatan,(BK)")
    so it is heard as a pause; a decimal comma between digits ("1,5") stays."""
    return _GLUED_COMMA.sub(", ", text)


# A reduplicated word typed with a spaced dash: "alur – alurnya", "lagi - lagi".
# The second word is the first with only suffixes after it ("buah – buahannya"); "pro –
# proyek" is no reduplication.
_SPACED_REDUPLICATION = re.compile(
    r"\b(?P<word>[a-z]{2,})\s+[-–]\s+(?=(?P=word)(?:an|kan|i)?(?:nya|ku|mu)?(?:lah|pun)?\b)")


def join_spaced_reduplication(text: str) -> str:
    """Join a reduplicated word typed with a spaced dash ("alur – alurnya") by its hyphen, so
    it is read as one word, not as two parted by a pause; only the same word in lower case."""
    return _SPACED_REDUPLICATION.sub(lambda m: f"{m['word']}-", text)


CLEANUP_STEPS: tuple[Step, ...] = (
    symbols.drop_mojibake_marks, collapse_space, space_after_comma, symbols.neutralize_brackets,
    symbols.drop_emoji, join_spaced_reduplication,
)
RULE_STEPS: tuple[Step, ...] = (
    symbols.say_addresses,
    dates.say_calendar_eras,
    dates.say_english_dates,
    abbreviations.say_abbreviations,
    dates.say_slashed_months,
    codes.say_regulation_numbers,
    codes.say_reference_numbers,
    codes.say_plates,
    codes.say_flight_numbers,
    codes.say_station_numbers,
    quantities.say_spelled_numbers_once,
    quantities.drop_named_unit_symbols,
    quantities.say_per_unit,
    money.say_per_after_price,
    money.say_money,
    dates.say_short_months,
    dates.say_month_ranges,
    dates.say_dates,
    dates.say_times,
    quantities.drop_padding_zeros,
    ordinals.say_ke_ordinals,
    ordinals.say_scale_numerals,
    ordinals.say_roman,
    codes.say_lettered_models,
    acronyms.spell_letter_digit_codes,
    symbols.split_letters_from_digits,
    quantities.say_comma_thousands,
    quantities.say_plus,
    quantities.say_times_sign,
    quantities.say_versions,
    quantities.say_codes,
    quantities.say_decades,
    quantities.say_ranges,
    quantities.say_fractions,
    quantities.say_minus,
    quantities.say_units,
    quantities.say_numbers,
    symbols.say_symbols,
    acronyms.say_acronyms,
    collapse_space,
    drop_space_before_punctuation,
)
DEFAULT_STEPS: tuple[Step, ...] = CLEANUP_STEPS + RULE_STEPS


def text_steps(lexicon: Lexicon | None = None) -> tuple[Step, ...]:
    """The steps in order, with the lexicon's substitutions before the generic rules."""
    return CLEANUP_STEPS + ((lexicon.apply,) if lexicon else ()) + RULE_STEPS


def _outside_phonemes(step: Step, text: str) -> str:
    """Apply ``step`` to the text between a lexicon's phonemes, leaving those alone."""
    if PHONEME_OPEN not in text:
        return step(text)
    parts = _PHONEMES.split(text)
    return "".join(part if i % 2 else _spaced_like(part, step(part))
                   for i, part in enumerate(parts))


def _spaced_like(original: str, result: str) -> str:
    """Keep the space that parted a piece of text from a phoneme beside it."""
    if original[:1].isspace() and result and not result[:1].isspace():
        result = " " + result
    if original[-1:].isspace() and result and not result[-1:].isspace():
        result += " "
    return result


def spoken_form(text: str, steps: Sequence[Step] = DEFAULT_STEPS) -> str:
    """Apply each step to ``text`` in order (never inside a lexicon's phonemes).

    A lexicon's phonemes come out as ``[[...]]``, espeak-ng's phoneme input.
    """
    for step in steps:
        text = _outside_phonemes(step, text)
    return text.replace(PHONEME_OPEN, "[[").replace(PHONEME_CLOSE, "]]")


def _sentence(text: str) -> str:
    """End the text with a full stop so the engine closes the intonation."""
    if text.endswith(","):
        return text[:-1] + "."  # a list item "Nama," is said as a sentence, not "Nama,."
    return text if not text or _FINAL_PUNCTUATION.search(text) else text + "."


def _announced(segment: Segment, words: str, profile: VoiceProfile) -> str:
    if segment.kind == "quote" and profile.quote.announce:
        return f"{profile.quote.opening} {_sentence(words)} {profile.quote.closing}"
    if segment.kind == "caption":
        if not profile.caption.read:
            return ""
        label = _CAPTION_LABEL.match(words)
        if label and _CAPTION_LABEL.fullmatch(profile.caption.prefix) and words[label.end():]:
            words = words[label.end():].lstrip()  # "Keterangan foto: Foto: …" says it twice
        return f"{profile.caption.prefix} {_sentence(words)}"
    if segment.kind == "byline":
        return f"Oleh {words}." if not words.lower().startswith("oleh ") else _sentence(words)
    return _sentence(words)


def normalize(
    article: Article, profile: VoiceProfile, steps: Sequence[Step] = DEFAULT_STEPS
) -> Article:
    """Return the article with every segment's ``spoken`` filled in.

    A segment the profile chooses not to read (a caption, when captions are off) gets an
    empty ``spoken`` and is skipped by the assembler.

    Args:
        article: The segmented article.
        profile: Decides how quotes and captions are announced.
        steps: The text steps, in order.

    Returns:
        A new Article; the one passed in is unchanged.
    """
    chapters = tuple(
        Chapter(
            title=chapter.title,
            segments=tuple(
                replace(s, spoken=_announced(s, spoken_form(s.text, steps), profile))
                for s in chapter.segments
            ),
        )
        for chapter in article.chapters
    )
    return replace(article, chapters=chapters)


def utterances(segment: Segment, profile: VoiceProfile) -> tuple[tuple[str, int], ...]:
    """Split a normalized segment into the pieces spoken at one pitch each.

    An announced quote is three pieces: the narrator's opening cue, the quotation at the
    quote pitch, and the narrator's closing cue. Anything else is one piece.

    Returns:
        (text, pitch) pairs in speaking order; empty when the segment is not read.
    """
    if not segment.spoken:
        return ()
    quote = profile.quote
    quote_pitch = profile.pitch if quote.pitch is None else quote.pitch
    if segment.kind != "quote":
        return ((segment.spoken, profile.pitch),)
    opening, closing = f"{quote.opening} ", f" {quote.closing}"
    spoken = segment.spoken
    if quote.announce and spoken.startswith(opening) and spoken.endswith(closing):
        body = spoken[len(opening):-len(closing)]
        return ((quote.opening, profile.pitch), (body, quote_pitch), (quote.closing, profile.pitch))
    return ((spoken, quote_pitch),)
