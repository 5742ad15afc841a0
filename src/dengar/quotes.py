"""Splitting quotations out of paragraphs and finding who said them.

The words around a quotation name its speaker (``speakers``); a ``Cast`` passed from paragraph
to paragraph resolves pronouns, descriptions and short names (``people``).
"""

from __future__ import annotations

import re
from functools import partial

from dengar import speech
from dengar.cast import Cast, is_full_name
from dengar.model import Segment
from dengar.nameevidence import cut_off_by_copy_end
from dengar.names import is_person
from dengar.patterns import capitalised_words
from dengar.people import (
    declared_nicknames,
    named_in,
    names_written,
    opening_subject,
    read_paragraph,
)
from dengar.speakername import ends_sentence
from dengar.speakers import (
    CONTINUED,
    PREVIOUS,
    ROLE,
    SENTENCE_END_RE,
    is_speech_frame,
    last_sentence,
    opens_with_verb,
    reported_speakers,
    speaker_after,
    speaker_before,
    speaker_within,
)
from dengar.subjects import introduced_names
from dengar.unattributed import (
    attribution_missing,
    continued_speaker,
    with_missing_attribution,
)

_WHOLE_QUOTE_RE = re.compile(
    r'^[“„"](?P<inner>[^“”„"]+)[”“"]?(?P<tail>[\s.,;:!?…]*)$'
)
# An opening mark not glued to a word, up to its closing mark or, in a cut-off text, the end.
# A mistyped closing mark: "… di daerah “kata Budi" closes with an opening mark glued to the
# speech verb that attributes the quotation.
_WRONG_CLOSE = rf"“(?=(?:{speech.SPEECH_VERB})(?:nya)?\b)"
# A straight mark closing a curly quotation: "“… sendiri," kata dia": after the sentence's
# punctuation and before a speech verb, so a straight-quoted term inside ("“… "healing" …”")
# does not close it.
_STRAIGHT_CLOSE = rf'(?<=[,.!?…])"(?=\s*(?:{speech.SPEECH_VERB})(?:nya)?\b)'
# A curly mark closing a straight quotation: before a speech verb, after the sentence's
# punctuation, or when no straight mark closes it later in the paragraph; so a curly-quoted
# term inside ('"Program ini kami namai ”Jumat Curhat” agar …," ujar X') does not close it.
_CURLY_CLOSE = (rf'”(?:(?=\s*[,.]?\s*(?:{speech.SPEECH_VERB})(?:nya)?\b)'
                rf'|(?<=[,.!?…]”)|(?![^"]*"))')
# A straight mark shaped as a closing one (after the sentence's punctuation, before a speech
# verb) opens nothing: '… 1.500 meter," imbuhnya.' closes a quotation a paragraph before opened.
# Glued to the word after it and closed by the next mark after the sentence's punctuation, it
# opens one that starts with such a word: 'mengatakan,"tanya saja ke pedagang," ujar Asep.';
# a next mark after a space opens a term ('…,"kata Daeng. Ia menyebut "tolak reklamasi" …').
_CLOSING_ONLY = rf'{_STRAIGHT_CLOSE}(?=\s|[^"”]*(?:$|(?<![,.!?…])["”]))'
_QUOTE_SPAN_RE = re.compile(
    rf"""(?<!\w)(?:
        “(?P<curly>(?:[^“”"]|(?!{_STRAIGHT_CLOSE})")*)(?:”|{_WRONG_CLOSE}|{_STRAIGHT_CLOSE}|$)
      | „(?P<low>[^“”„]*)(?:[“”]|$)
      | (?!{_CLOSING_ONLY})"(?P<straight>(?:[^"”]|(?!{_CURLY_CLOSE})”)*)(?:"|{_CURLY_CLOSE}|$)
    )""",
    re.VERBOSE,
)
_HAS_WORD_RE = re.compile(r"\w")
# "Pernyataan itu disampaikan …", "Hal tersebut diungkapkan …", "Putusan itu dibacakan …": what
# was just quoted, named by a noun and "itu", then the passive verb that names its speaker.
_NAMES_QUOTED_BEFORE_RE = re.compile(
    r"(?:[A-Z][a-z]+\s+(?:itu|tersebut|ini)|Itu|Ini)\s+(?:pun\s+|juga\s+)?"
    rf"(?:{speech.alternation(speech.PASSIVE_SPEECH_VERBS)}|dibacakan)\b")
_DEMIKIAN_RE = re.compile(r"Demikian\b")
# A speech verb, then only lower-case words to the sentence's end: "kata warga.".
_UNNAMED_ATTRIBUTION_RE = re.compile(
    rf"^[\s,]*(?:{speech.SPEECH_VERB})\s+[a-z][a-z\s-]*[.!?]?\s*$")
# A speech verb, then one word and nothing after it, not even a stop: "kata An" (see
# cut_off_by_copy_end).
_CUT_ATTRIBUTION_RE = re.compile(rf"^[\s,]*(?:{speech.SPEECH_VERB})\s+(?P<rest>\w+)$")
INTERRUPTION_MAX_WORDS = 8  # "lanjut Kepala Dinas Pendidikan Budi Santoso,"
# A sentence ending inside an attribution ("kata Budi. Ia menambahkan,"); "Hj. Nur" is a title.
_NEW_SENTENCE_RE = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")
_OFFICES = speech.OFFICE_TITLES
# A pronoun reporting speech after a sentence that named someone: "… diwakili Kepala Dinas,
# Sutarno. Dia mengatakan, …": "imbuhnya" after it goes on with the one just named, not the
# one quoted before.
_PRONOUN_REPORTS_RE = re.compile(
    rf"[a-z]{{2}}\.\s+(?:Dia|Ia|Beliau)\s+(?:{'|'.join(speech.CLAUSE_SPEECH_VERBS)})\b")
_SENTENCE_OR_MARK_RE = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)|(?P<mark>[“„\"])")
_ABBREVIATED_TITLES = frozenset(
    w for w in speech.TITLE_WORDS | speech.HONORIFICS if w.endswith(".")
)
# A closing mark typed where an opening one belongs: "… hilir.”Kegiatan …": glued to the
# capitalised word after it and not to a word before it ("forward.”terangnya" closes).
# Opening a paragraph, nothing before it to close, it may have a space after it: "” Kami …";
# so it may after a sentence's end inside one: "… hadir. ” Alhamdulillah …".
_MISTYPED_OPENING = re.compile(
    r"^”\s?(?=[A-Z])|(?<=[\s.!?,:;])”(?=[A-Z])|(?<=[.!?]\s)”\s(?=[A-Z])")
_OPENING_MARKS = ("“", "„", '"')
# A closing mark with nothing opened in the paragraph, after the sentence's punctuation and
# before a speech verb: '… di setiap desa," tuturnya.' is indirect speech; the mark is not read.
_LONE_CLOSING = re.compile(rf'(?<=[,.!?…])["”](?=\s*(?:{speech.SPEECH_VERB})(?:nya)?\b)')
_ALL_MARKS = ('"', "“", "”", "„")
# '""Saya juga …," katanya': one mark typed twice; a pull quote wrapped in doubled marks at
# both ends ('""Merayakan …""') stays as typed.
_DOUBLED_OPENING = re.compile(r'^""(?=\w)(?!.*""$)')
# Two single marks typed for a double one (’’Kami siap,’’ / ‘‘…’’ / ‘’…’’ / ''…'' / ,,…''): a pair
# opens before a word with a space or nothing before it, and closes after a word or a mark
# with a space, a mark or nothing after it. A pair inside a word ("Jum''at"), a lone mark
# ('healing', "Jum'at") and a pair after a digit with no quotation open before it (an inch:
# 14'') are left as typed; "sejak 1998'', kata Budi" and "Film ''Dilan 1990'' akan" close.
_TYPED_OPENING_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))(?:‘‘|’’|‘’|''|,,)(?=\w)")
# A paper typing ‘’ to open types it to close too ('‘’Kami siap,‘’ kata Budi').
# A closing pair glued to the attribution after a comma or a stop ('… Permendikbud,’’kata
# Yuni') closes too, but only an open quotation.
_TYPED_CLOSING_RE = re.compile(
    r"(?<=\S)(?<![(\[])(?:’’|‘’|'')(?=[\s.,;:!?…)\]]|$)|(?P<glued>(?<=[,.!?])(?:’’|‘’|''))(?=[a-z])")
_NEXT_MARK_RE = re.compile(r"[\"“”]|’’|‘’|''")
# ""Alhamdulillah" kata Budi": a verb that only means saying frames even an unpunctuated one.
_SAYING_VERB_FIRST_RE = re.compile(
    rf"^\s*(?:{speech.alternation(speech.SAYING_VERBS)})(?:nya)?\b", re.IGNORECASE
)
# A short quotation a speech verb frames is speech when it ends as said words do:
# "Ia menambahkan, "Pandemi belum selesai."", not "Warga menyebutnya, "kampung mati"".
_SPOKEN_ENDS = (".", ",", "!", "?", "…")
# A title or a term named as one, whatever its words: 'artikel berjudul "Main di Liga Super
# saja lah MU"', 'dengan tema "…"', 'memasukkan kata kunci "loker PT HWI"', 'tautan "…"',
# 'spanduk dengan tulisan "…"' (but 'disertai tulisan: "…"' introduces a post's words).
_NAMED_TITLE_RE = re.compile(
    r"\b(?:berjudul|bertajuk|bertema|bertagar|judul|tajuk|tema|judulnya|tajuknya|temanya"
    r"|slogan|tagline|tagar|kata\s+kunci|istilah|frasa|sebutan|julukan|tautan|bertuliskan)"
    r"\s*:?\s*$|\btulisan\s*$",
    re.IGNORECASE,
)
TITLE_CAPITALS_SHARE = 0.75  # "The Indonesian next Big Star": a title copied carelessly


# A quotation closed and attributed: '… lebih kuat,” ujarnya.'
_CLOSED_AND_ATTRIBUTED_RE = re.compile(
    rf"[,.!?…]\s?”\s*,?\s*(?:{speech.SPEECH_VERB})(?:nya)?\b", re.IGNORECASE)


def _opening_if_none_open(match: re.Match[str], continued: bool = False) -> str:
    """“ for a ” glued to a capitalised word when no quotation is open before it; a ” that
    closes an open one ("“Kami siap menang.”Pelatih …") stays. A spaced one after a sentence
    ("… hadir. ” Alhamdulillah …") opens only what a closing mark and a speech verb end later
    in the paragraph, and not when the paragraph before left a quotation open (continued):
    there it closes that one ("… menyerang. ” Pelatih asal Belanda itu …")."""
    marks = sum(match.string.count(mark, 0, match.start()) for mark in ("“", "”"))
    if match.group().endswith(" ") and match.string.count('"', 0, match.start()) % 2:
        return match.group()  # '"Kami siap. ” Lalu …': a straight quotation is open
    if match.start() > 0 and match.group().endswith(" ") and (
            continued or not _CLOSED_AND_ATTRIBUTED_RE.search(match.string, match.end())):
        return match.group()
    return match.group() if marks % 2 else "“"  # straight marks left out: '14"' is an inch


def _left_open(text: str) -> bool:
    """Whether a paragraph leaves a quotation open for the next one to close: an opening mark
    with no closing one after it ('"Kami sudah rugi besar.' goes on in the next paragraph)."""
    curly = text.rfind("“") > text.rfind("”")
    return curly or text.count('"') % 2 == 1


# The speaker's own voice: "kami", "kita", "saya", "aku"; reported speech says "pihaknya", "ia".
_FIRST_PERSON_RE = re.compile(r"\b(?i:kami|kita|saya|aku)\b")
_THIRD_PERSON_RE = re.compile(r"\b(?i:ia|dia|beliau|pihaknya|mereka|dirinya)\b")
_REPORTED_RE = re.compile(rf"\b(?:{speech.SPEECH_VERB}|menurut)(?:nya)?\b", re.IGNORECASE)


def _in_own_voice(words: str, cast: Cast) -> bool:
    """Whether words are someone's own: in the first person, with no speech verb and no third
    person before it ("Pihaknya berharap … nasib kami" is reported), and not opening with a
    person named before ("Joko tiba … . Kami hanya minta waktu" narrates, then quotes)."""
    first_person = _FIRST_PERSON_RE.search(words)
    if first_person is None or _REPORTED_RE.search(words):
        return False
    opener = words.split()[0]
    narrates = opener[:1].isupper() and cast.full_name(opener) in cast.known
    # "Ia mengajak … agar kita …": a third person before the first one reports
    return not narrates and not _THIRD_PERSON_RE.search(words, 0, first_person.start())


def _without_lone_closing(text: str, intro: str, cast: Cast) -> str:
    """Text without a closing mark that closes nothing: the only mark in the paragraph, when
    the paragraph before left no quotation open (a continued quotation closes there). Words
    in the first person before it, no speech verb introducing them ("Santri tidak hanya kita
    suruh-suruh," ujarnya.) after a paragraph that opened none, are a quotation whose
    opening mark was left out: it is added."""
    found = _LONE_CLOSING.search(text)
    if (found is None or sum(text.count(mark) for mark in _ALL_MARKS) != 1
            or _left_open(intro)):
        return text
    words = text[: found.start()]
    if intro.strip() and _in_own_voice(words, cast):
        return f"“{text.lstrip()}"
    return words + text[found.end():]


# The one closing mark of a paragraph that goes on with a quotation, and the words after it.
_CLOSING_MARK_RE = re.compile(r'["”](?P<after>[^"“”„]*)$')


def _closing_speaker(following: str) -> str | None:
    """Who the paragraph after a quotation left open names when it closes it: '… tetap satu
    juga”, terang Romo.'; None when it opens a mark of its own or closes none."""
    found = _CLOSING_MARK_RE.search(following)
    if found is None or sum(following.count(mark) for mark in _ALL_MARKS) != 1:
        return None
    return speaker_after(found["after"])


def _typed_opening(match: re.Match[str]) -> str:
    """“ for a typed opening pair, or a straight mark when the quotation closes with one
    (’’Kami siap," kata Budi): a straight mark opens a quotation either mark closes."""
    closing = _NEXT_MARK_RE.search(match.string, match.end())
    return '"' if closing and closing.group() == '"' else "“"


def double_marks(text: str) -> str:
    """Text with each pair of single marks typed for a double quotation mark made “ or ”,
    so the quotation is read like one typed with double marks."""
    text = _TYPED_OPENING_RE.sub(_typed_opening, text)
    out, pos, closed = [], 0, 0
    for match in _TYPED_CLOSING_RE.finditer(text):
        before = text[: match.start()]
        opened = before.count("“") + before.count('"') - before.count("”") - closed
        inch = (before[-1:].isdigit() or bool(match.group("glued"))) and opened <= 0
        out += [text[pos: match.start()], match.group() if inch else "”"]
        closed, pos = closed + (not inch), match.end()
    return "".join(out) + text[pos:]


def _whole_quotation(text: str) -> str | None:
    """The quoted words when the whole paragraph is one quotation, else None."""
    match = _WHOLE_QUOTE_RE.match(text)
    if not match:
        return None
    return _quote_text(match.group("inner"), match.group("tail")) or None


def _quote_text(inner: str, tail: str) -> str:
    """The quoted words without a trailing comma, ended by the full stop written after them."""
    inner = inner.strip().rstrip(",").rstrip()
    # "… sensitif”." ends its sentence outside the marks; bring the full stop inside.
    final = next((c for c in tail if c in ".!?"), "")
    if final and inner and not inner.endswith((".", "!", "?", "…")):
        inner += final
    return inner


def _span_words(match: re.Match[str]) -> str:
    """The words inside a quotation-mark span, whichever mark pair it used."""
    return next(g for g in (match.group("curly"), match.group("low"), match.group("straight"))
                if g is not None)


def _following_words(text: str) -> str:
    """Text up to the end of its first sentence or the next quotation mark; an initial's
    full stop ("Pramella Y. Pasaribu") or a title's ("Pjs. Bupati") ends no sentence."""
    for match in _SENTENCE_OR_MARK_RE.finditer(text):
        if match.group("mark"):
            return text[: match.start()]
        word = text[: match.end()].split()[-1].lower()
        # "kata Pjs. Bupati …" and "kata AKP. Vino …" go on: a title's or a rank's stop
        if word not in _ABBREVIATED_TITLES and (
                match.group() != "." or len(word) <= 2 or ends_sentence(word)):
            return text[: match.end()]
    return text


def _inline_speaker(after: str, before: str, intro: str, previous: str | None,
                    cast: Cast) -> str | None:
    """Attribute an inline quote from its own sentence, else the quote before it or the intro.
    A role nobody was introduced with ("kata hakim") is left to those, as an unknown word."""
    attributed = speaker_after(_following_words(after))
    if attributed and attributed.startswith(ROLE) and not cast.has_role(attributed):
        attributed = None
    speaker = attributed or speaker_before(before) or speaker_within(before) or previous
    if speaker is None and not before.strip():
        speaker = _intro_speaker(intro)
    return speaker


def _titled_reporter(text: str) -> str | None:
    """The last person text reports speaking with their office written right before their
    name ("Kepala Departemen … OJK Sumarjono mengatakan …", "Menurut Kapolres X Budi, …"):
    "imbuhnya" after it goes on with them rather than with the one quoted before; an
    organisation or a bare name does not."""
    reported = reported_speakers(text)
    if not reported:
        return None
    at, name = reported[-1]
    # The words before the name, back to the comma or the sentence's start before it.
    found = text.find(name.split()[-1], at)
    named_at = found if found >= 0 else at
    start = max((m.end() for m in SENTENCE_END_RE.finditer(text, 0, named_at)), default=0)
    clause = text[start:named_at].split(",")
    words = [w.lower() for w in (clause[-1] if clause[-1].strip() else "").split()]
    if words and words[0] == "menurut":
        words = words[1:]
    names = {w.lower() for w in name.split()}
    if len(clause) > 1 and all(w.strip(".") in names for w in words):
        # "Kepala Desa X, Budi mengatakan …": the office set off by a comma before the name.
        office = clause[-2].split()
        if office and office[0][:1].isupper():
            words = [office[0].lower()]
    titled = any(w in _OFFICES for w in words)
    return name if titled and name[:1].isupper() and is_person(name) else None


def _pronoun_reporter(text: str, cast: Cast) -> str | None:
    """The one a pronoun reporting speech stands for, when a sentence before it named them
    in full: "… diwakili Kepala Dinas, Budi Santoso. Dia mengatakan, …"; "Pihaknya
    mengatakan …. Ia mengatakan …" names nobody new."""
    reports = _PRONOUN_REPORTS_RE.search(text)
    if not reports:
        return None
    named = cast.resolve(PREVIOUS)
    if not named:
        return None
    if not is_full_name(named):
        # A one-word name counts when this text set it off after its office, ending the
        # sentence ("…, Sutarno. Dia mengatakan"); "Pihaknya mengatakan …. Ia mengatakan"
        # names nobody.
        return named if re.search(rf",\s*{re.escape(named)}\.\s", text) else None
    # "Budi melapor kepada Kepala Desa, Rina Sari. Dia mengatakan …": Rina is whom he told,
    # and "dia" is still Budi.
    subjects = {name for _, name in introduced_names(text[: reports.start() + 3], cast)}
    return named if named in subjects else None


def _intro_speaker(intro: str, following: str = "") -> str | None:
    """Who the paragraph before introduces; after a quoted paragraph with no introduction of
    its own, the same speaker goes on, and after one ending with an attributed quotation too,
    unless the paragraph after names who said this one."""
    speaker = speaker_before(intro)
    # A paragraph opening with a mark, "” Yang …" mistyped for "“ Yang …" too, is quotation.
    quoted = intro.lstrip()[:1] in _OPENING_MARKS or _MISTYPED_OPENING.match(intro.lstrip())
    if speaker is None and quoted:
        return CONTINUED
    if speaker is None and _ends_attributed(intro):
        return None if names_quoted_speaker(following) else CONTINUED
    if speaker is None:
        # "… setelah Presiden X mengatakan bahwa …": who the last sentence reports speaking.
        reported = reported_speakers(last_sentence(intro))
        speaker = reported[0][1] if reported else None
    if speaker is None and intro.strip():
        # "Menurut dia, …" opening the paragraph before: the one it reports goes on, in
        # their own words, in a paragraph of quotation that names nobody.
        speaker = _opening_reporter(intro)
    return speaker


def names_quoted_speaker(following: str) -> bool:
    """Whether a paragraph opens by naming who said the quotation before it: "Pernyataan itu
    disampaikan Budi …", "Demikian disampaikan Budi …", "kata Budi …" (a paragraph broken
    before its attribution); a paragraph carrying on the story names nobody's words."""
    text = following.lstrip()
    if _NAMES_QUOTED_BEFORE_RE.match(text):
        return True
    return (text[:1].islower() or _DEMIKIAN_RE.match(text) is not None) and opens_with_verb(text)


def _ends_attributed(intro: str) -> bool:
    """Whether intro ends with a quotation and its attribution, nothing after them: "Budi
    menyampaikan, "…," tuturnya." goes on in a paragraph of quotation that names nobody."""
    closing = max(intro.rfind(mark) for mark in ("”", '"'))
    after = intro[closing + 1:]
    return closing > 0 and bool(after.strip()) and _attribution(after).strip() == after.strip()


def _opening_reporter(intro: str) -> str | None:
    """The one "Menurut Budi, …" opening intro reports, when the paragraph names or quotes
    nobody after them ("Namun pedagang, Siti Aminah, …" hands the next quotation to her)."""
    reported = reported_speakers(intro)
    if len(reported) != 1 or reported[0][0] != 0 or any(m in intro for m in _OPENING_MARKS):
        return None
    name = reported[0][1]
    return name if named_in(intro, Cast()) in (None, name) else None


def _inline_parts(text: str, intro: str, cast: Cast) -> tuple[list[Segment], Cast]:
    """Split a paragraph into paragraph / quote / paragraph parts, attributing each quote."""
    parts: list[Segment] = []
    pos, previous = 0, None
    for match in _QUOTE_SPAN_RE.finditer(text):
        words = _span_words(match).strip()
        before, after = text[pos: match.start()], text[match.end():]
        # A short or title-like quotation is speech only when it ends as said words do
        # (""Iya."", ""Kami tidak mundur"."") and a speech verb frames it.
        said = words.endswith(_SPOKEN_ENDS) or after.lstrip()[:1] in _SPOKEN_ENDS
        # ""Alhamdulillah" kata Budi": a short quotation opening a sentence or a clause, a
        # saying verb after it; "Tren "healing" kata dia …" is a term.
        opens = not before.strip() or before.rstrip()[-1:] in ".!?,:"
        framed = (said and (_attribution(after) or is_speech_frame(
            before, _following_words(after)))) or (
            opens and _SAYING_VERB_FIRST_RE.match(after) is not None and bool(_attribution(after)))
        if ((len(words.split()) < speech.QUOTE_MIN_WORDS or _is_title(words)) and not framed
                or _NAMED_TITLE_RE.search(before)):
            continue  # a scare quote ("alami") or a title stays in its sentence
        cast = read_paragraph(before, cast)
        # "terang Semmy (sapaan akrabnya)": the nickname is known before it is resolved.
        cast = declared_nicknames(_following_words(after), cast)
        unnamed = not before.strip() and _is_unnamed_attribution(_following_words(after))
        raw = None if unnamed else _inline_speaker(after, before, intro, previous, cast)
        if raw == CONTINUED:  # "imbuhnya" after "Kepala … OJK Sumarjono mengatakan …"
            reporting = before if before.strip() else intro
            raw = _titled_reporter(reporting) or _pronoun_reporter(reporting, cast) or raw
        speaker = cast.resolve(raw)
        # No attribution at all: the person the paragraph was just about is speaking.
        speaker = speaker or (None if unnamed else named_in(before, cast))
        closing = after[: len(after) - len(after.lstrip(" .!?"))]
        parts.append(Segment("paragraph", before.strip()))
        parts.append(Segment("quote", _quote_text(words, closing), speaker))
        cast = cast.quoted_unnamed() if unnamed else cast.quoted(speaker)
        previous = speaker
        pos = match.end()
        # The attribution itself ("kata Budi") is read with the quote: skip it for mentions.
        pos += len(_attribution(after))
        attribution = text[match.end(): pos]
        cast = cast.learn_roles(attribution)  # "tanya ketua majelis hakim X"
        # "kata Kapolres X melalui Kanit Y Putra Andika Pratama": a later "imbuh Andika"
        # means the full name the attribution wrote.
        cast = names_written(attribution, cast, new_only=True)
        parts.append(Segment("paragraph", attribution.strip()))
    rest = text[pos:]
    parts.append(Segment("paragraph", rest.strip()))
    cast = read_paragraph(rest, cast)
    return _joined(parts), cast


def _is_unnamed_attribution(words: str) -> bool:
    """Whether the words after a quotation attribute it to someone named only by a lower-case
    role, nothing else to the sentence's end: "kata warga.", "ujar petugas.";
    "kata dia", "ujar pria itu", an office ("kata ketua") and a name ("kata warga, Budi")
    point at someone the article may have named."""
    cut = _CUT_ATTRIBUTION_RE.match(words)
    if cut and cut_off_by_copy_end(cut["rest"]):
        return True  # '"…," kata An' where the copy stops inside the name: nobody known
    return (_UNNAMED_ATTRIBUTION_RE.match(words) is not None
            and not any(word in _OFFICES for word in words.lower().split())
            and speaker_after(words) is None)


def _is_title(words: str) -> bool:
    """Whether quoted words are a title, not speech: (nearly) every word of three letters or
    more capitalised and no sentence mark at the end, as an event's, a film's or a linked
    article's title is written ("acara bertajuk "Membongkar Mafia Bola"")."""
    capitalised, total = capitalised_words(words)
    return (total >= 2 and capitalised >= TITLE_CAPITALS_SHARE * total
            and not words.rstrip().endswith((".", "!", "?", ",", "…")))


def _attribution(after: str) -> str:
    """The words right after a quotation up to the end of its sentence, when they attribute it."""
    words = _following_words(after)
    if words != after and after[len(words)] in _OPENING_MARKS and not opens_with_verb(words):
        return ""  # "Ia menambahkan, "…": the words introduce the next quotation
    return words if speaker_after(words) is not None else ""


def _joined(parts: list[Segment]) -> list[Segment]:
    """Drop empty parts and join neighbouring paragraph parts back together; a quotation
    the attribution interrupts is read whole, then the attribution."""
    joined: list[Segment] = []
    for part in parts:
        if not _HAS_WORD_RE.search(part.text):
            continue
        if joined and part.kind == "paragraph" and joined[-1].kind == "paragraph":
            joined[-1] = Segment("paragraph", f"{joined[-1].text} {part.text}")
        elif _interrupted(joined, part):
            first, attribution = joined[-2], joined[-1]
            comma = "" if first.text.endswith(("?", "!", ",", "…")) else ","
            joined[-2:] = [Segment("quote", f"{first.text}{comma} {part.text}", first.speaker),
                           Segment("paragraph", attribution.text.rstrip(",") + ".")]
        else:
            joined.append(part)
    return joined


def _interrupted(joined: list[Segment], part: Segment) -> bool:
    """Whether part goes on with the quotation before a short attribution ending in a
    comma: '"Menghafal Alquran itu," lanjut Budi, "butuh waktu dan kesabaran."'."""
    if len(joined) < 2 or part.kind != "quote" or not part.text[:1].islower():
        return False
    first, attribution = joined[-2], joined[-1]
    return (first.kind == "quote" and attribution.kind == "paragraph"
            and first.speaker == part.speaker and attribution.text.endswith(",")
            and len(attribution.text.split()) <= INTERRUPTION_MAX_WORDS
            and not _NEW_SENTENCE_RE.search(attribution.text))


def split_quotes(
    text: str, intro: str = "", cast: Cast | None = None, following: str = ""
) -> tuple[tuple[Segment, ...], Cast]:
    """Split one paragraph into paragraph and quote segments with their speakers.

    Args:
        text: The paragraph, white space already normalised.
        intro: The previous body paragraph; its last sentence may introduce this one's quote.
        cast: The people named before this paragraph, for "kata dia" and short names.
        following: The next body paragraph; "Pernyataan itu disampaikan X" there names the
            speaker of a quotation paragraph that names nobody, so no one is carried to it.

    Returns:
        The segments in reading order (kinds "paragraph" and "quote"), and the cast once
        this paragraph has been read.
    """
    cast = cast or Cast()
    text = double_marks(_DOUBLED_OPENING.sub('"', text))
    text = _MISTYPED_OPENING.sub(partial(_opening_if_none_open, continued=_left_open(intro)),
                                 text)
    text = _without_lone_closing(text, intro, cast)
    whole = _whole_quotation(text)
    if whole is not None:
        speaker = cast.resolve(_intro_speaker(intro, following))
        if speaker is None and _left_open(text):
            speaker = cast.resolve(_closing_speaker(following))
        if speaker is None and not names_quoted_speaker(following):
            speaker = opening_subject(intro, cast)
        if speaker is None:
            speaker = continued_speaker(cast, intro) if attribution_missing(text) else None
        return (Segment("quote", whole, speaker),), cast.quoted(speaker)
    parts, cast = _inline_parts(text, intro, cast)
    return with_missing_attribution(tuple(parts), text, intro, cast), cast
