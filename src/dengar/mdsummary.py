"""Generated summaries in a Markdown copy: a "## Ringkasan" or "## TL;DR" block a bot added.

Digest bots and note apps put a summary of their own before or after the article they saved.
It is not the article, so it is dropped as page furniture. A section is such a block when its
heading is a summary name and its place says so:

- a heading naming a machine summary ("Ringkasan AI", "AI Summary", "TL;DR") ends the article
  wherever it stands, up to the next heading of the same or a higher level, or a ``---`` rule;
- a plain "Ringkasan", "Rangkuman", "Summary" or "Ikhtisar" heading right after a ``---`` rule,
  with article text before it: it and everything after it to the end of the copy;
- a plain summary heading before any article text (before the headline) whose section ends at
  a heading or a ``---`` rule: up to there;
- no heading but a sentence announcing it ("Berikut adalah ringkasan berita …:") right after a
  ``---`` rule, with article text before it: it and everything after it.

A plain "Kesimpulan" (conclusion) is an article's own section and is never dropped.
"""

from __future__ import annotations

import re

from dengar.markup import strip_inline

_PLAIN = frozenset({"ringkasan", "rangkuman", "summary", "ikhtisar", "ringkasan berita",
                    "rangkuman berita", "ringkasan artikel", "article summary"})
_MACHINE = "(?:ai|bot|gpt|chatgpt|gemini|llm)"
_EXPLICIT = re.compile(
    rf"^(?:tl ?dr|{_MACHINE} summary|(?:ringkasan|rangkuman|kesimpulan|ikhtisar|summary)"
    rf"(?: berita| artikel)?(?: (?:oleh|by|dari|dengan))? {_MACHINE})$"
)
# A summary announced in a sentence instead of a heading, right after a rule.
_ANNOUNCED = re.compile(
    r"^\s*(?:berikut(?:\s+(?:adalah|ini|merupakan))?\s+(?:ringkasan|rangkuman|ikhtisar)\b"
    r"|(?:ringkasan|rangkuman)(?:\s+(?:berita|artikel))?\s*:|here\s+is\s+a\s+summary\b)",
    re.IGNORECASE,
)
_NOT_WORD = re.compile(r"[^a-z]+")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BOLD = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_MARKER = re.compile(r"^\s*(?:[-*+•>]|\d{1,3}[.)]|#{1,6})\s+")


def summary_name(text: str) -> str | None:
    """ "explicit" for a machine summary's name, "plain" for a summary's name, else None."""
    name = " ".join(_NOT_WORD.split(strip_inline(text).lower())).strip()
    if _EXPLICIT.match(name):
        return "explicit"
    return "plain" if name in _PLAIN else None


def _level(line: str) -> int | None:
    """The level of a heading line (``#`` = 1; a bold line counts as 6), else None."""
    if found := _ATX.match(line):
        return len(found[1])
    return 6 if _BOLD.match(line) else None


def _heading_text(line: str) -> str | None:
    """The text of an ATX or bold-line heading, else None."""
    found = _ATX.match(line) or _BOLD.match(line)
    return found[2] if found else None


def _after_rule(lines: list[str], index: int) -> bool:
    """Whether the last non-blank line before ``index`` is a ``---`` rule."""
    before = next((line for line in reversed(lines[:index]) if line.strip()), "")
    return bool(_RULE.match(before))


def _section_end(lines: list[str], index: int, level: int) -> int | None:
    """Index of the next heading of ``level`` or higher, or of a rule; None at the end."""
    for i in range(index + 1, len(lines)):
        found = _level(lines[i])
        if _RULE.match(lines[i]) or (found is not None and found <= level):
            return i
    return None


def summary_span(lines: list[str], index: int, has_text: bool) -> int | None:
    """Where a generated summary starting with the heading at ``index`` ends, else None.

    Args:
        lines: The copy's lines.
        index: A line that may be a summary's heading.
        has_text: Whether article text (or the headline) came before it.
    """
    text = _heading_text(lines[index])
    if text is None:  # "---", then "Berikut adalah ringkasan berita …:": to the end
        announced = has_text and _ANNOUNCED.match(strip_inline(lines[index])) is not None
        return len(lines) if announced and _after_rule(lines, index) else None
    kind = summary_name(text)
    if kind is None:
        return None
    level = _level(lines[index]) or 6
    end = _section_end(lines, index, level)
    if has_text and kind == "plain" and _after_rule(lines, index):
        return len(lines)
    if kind == "explicit" and (has_text or end is not None):
        return end if end is not None else len(lines)
    return end if not has_text and end is not None else None


def summary_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of a dropped summary (blank lines apart), markup and markers removed."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(strip_inline(_MARKER.sub("", line)))
        elif paragraphs[-1]:
            paragraphs.append([])
    return [" ".join(p) for p in paragraphs if p and " ".join(p).strip()]
