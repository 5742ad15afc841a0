"""What a copy leaves of a page's links and credits in shapes the patterns in ``furniture``
do not take: a related link whose bracket never closes, a credit label with a full stop.

Data only, as ``furniture``: the stages in ``lines`` and ``classify`` apply it.
"""

from __future__ import annotations

import re

# A link to another article in brackets after the last sentence of a line, its bracket
# never closed by the copy: "… kata Budi. (Baca Juga: Harga Cabai Naik" or with the
# editor's initials glued after it, "… Naik(zik)". Lower-case "(baca: …)" means "read as".
UNCLOSED_BRACKETED_RELATED = re.compile(
    r"(?<=[.!?”\"])\s*\((?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)(?:\s+(?i:juga|pula))?\s*:"
    r"\s*[A-Z0-9][^()]{2,160}?"
    r"(?=\s*(?:\(\s*[a-z]{2,5}(?:\s*/\s*[a-z0-9]{1,6}){0,3}\s*\))?\s*$)"
)

# A list's bullet left after an item's last sentence ("… stabil. -") or a caption's marker
# where its credit was ("… 24 Januari 2024.--"). A price's dash ("Rp 25.000.-") stays.
TRAILING_MARKER = re.compile(r"(?<=[.!?])(?<!\d[.,]\d{3}\.)(?:\s+[-–—]|[-–—]{2,3})\s*$")

# A credit label written with a full stop instead of a colon, then a name alone: "Editor.
# AGUS UTAMA", "Penulis. Rina Sari". A sentence after the label ("Penulis. Itulah
# profesinya.") has words in lower case and stays, and so does a name closed by a full stop
# as a sentence is ("Penulis. Pramoedya Ananta Toer.", a profile's line).
_NAME_IN_CAPITALS = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*){0,4}"
_NAME_CAPITALISED = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z.'’-]*){1,3}"
CREDIT_LABEL_STOP_LINE = re.compile(
    r"^(?i:editor|redaktur|penyunting|penulis|reporter|pewarta)\s*\.\s*"
    rf"(?:{_NAME_IN_CAPITALS}\.?|(?!.*[a-z]\.$){_NAME_CAPITALISED})$"
)
