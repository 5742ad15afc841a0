"""Segmenting a Source into an Article: headline, byline, furniture, captions, headings, body.

``classify`` decides what each line is; this module assembles the classified lines into
chapters, takes the dateline off the lead, splits quotations out of the body (``quotes``) and
copies what the source's metadata knows.

When the copy has no headline but the metadata has a title, the title names the Article (the
ID3 title, the file name, the first chapter) but is not spoken: the listener hears the copy as
written, and a page title often carries the site's name or differs from the printed headline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dengar.byline import parse_byline
from dengar.cast import Cast
from dengar.classify import classify
from dengar.dateline import date_line, publisher_for, split_dateline
from dengar.errors import NoBody
from dengar.lines import WORD_RE, Line, clean_line
from dengar.model import BODY_KINDS, Article, Chapter, Metadata, Segment, Source
from dengar.nameevidence import article_text
from dengar.patterns import is_title_case
from dengar.people import names_written
from dengar.quotes import split_quotes
from dengar.speakers import speaker_before
from dengar.titles import clean_title, site_keys
from dengar.vocabulary import lower_case_words

# The first chapter's title when the text has no headline.
OPENING_TITLE = "Pembuka"
# A dateline opens a sentence: "tribunnews.com - Ilustrasi PPDB" is a photo's credit and label.
LEAD_MIN_WORDS = 4
BODY_MIN_WORDS = 3  # a body needs at least one segment this long to be worth speaking
DECK_REPEAT_SHARE = 0.8  # a deck whose words are mostly in the lead repeats it
DEFAULT_LANGUAGE = "id"
_QUOTE_MARKS = "“”„\"'‘’«»"


@dataclass
class _Builder:
    """Collects segments into chapters while the classified lines are read in order."""

    title: str
    chapters: list[Chapter] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    intro: str = ""
    cast: Cast = field(default_factory=Cast)
    lead_seen: bool = False
    publisher: str | None = None  # named by the lead's dateline
    dateline_seen: bool = False
    channel: str | None = None  # named by the byline ("Name - detikinet")
    body: str = ""  # every line but the headline's, for names a title-case headline writes

    def start_chapter(self, heading: str) -> None:
        """Close the current chapter and open one under heading."""
        self.close()
        self.title, self.segments = heading, [Segment("heading", heading)]
        # A quote after a heading is not introduced by the previous section, nor is "dia".
        self.intro, self.cast = "", self.cast.forget_last()

    def add_body(self, text: str, item: bool = False, following: str = "") -> None:
        """Add a body paragraph, split into paragraph and quote segments; a list item or a
        fact box's field is never the lead. following is the next body paragraph, which may
        name who said a quotation paragraph ("Pernyataan itu disampaikan X")."""
        if not item and (not self.lead_seen or self._dateline_may_follow()):
            text = self._take_dateline(text, tagged_only=self.lead_seen)
        parts, self.cast = split_quotes(text, self.intro, self.cast, following)
        if not self.lead_seen and not item and parts and parts[0].kind == "paragraph":
            parts = (Segment("lead", parts[0].text), *parts[1:])
        self.lead_seen = self.lead_seen or not item
        self.intro = text
        self.segments.extend(parts)

    def add_quote(self, text: str) -> None:
        """Add a block the format marked as a quotation; its speaker comes from the intro."""
        speaker = self.cast.resolve(speaker_before(self.intro))
        self.segments.append(Segment("quote", text.strip(_QUOTE_MARKS + " "), speaker))
        self.cast = self.cast.quoted(speaker)

    def _dateline_may_follow(self) -> bool:
        """Whether a paragraph may still open with the dateline: the lead had none and no
        section has started (a deck or a caption left as text came before the lead)."""
        return not self.chapters and not self.dateline_seen

    def _take_dateline(self, lead: str, tagged_only: bool = False) -> str:
        """The lead without its outlet tag; the tag is dropped and names the publisher.
        After the first paragraph only a dateline naming an outlet ("REPUBLIKA.CO.ID, BALI
        --") is taken: a bare place and a dash may open any paragraph."""
        found = split_dateline(lead)
        if (found is None or (tagged_only and not found.tag)
                or len(found.text.split()) < LEAD_MIN_WORDS):
            return lead
        self.dateline_seen = True
        if found.tag:
            self.dropped.append(found.tag)
        self.publisher = found.publisher
        return found.text

    def close(self) -> None:
        """Turn the collected segments into a chapter, if there are any."""
        if self.segments:
            self.chapters.append(Chapter(self.title, tuple(self.segments)))
        self.segments = []


def _repeats(deck: str, lead: str) -> bool:
    """Whether a deck only repeats the lead: most of its words are in the lead."""
    words = [w.lower() for w in WORD_RE.findall(deck)]
    lead_words = {w.lower() for w in WORD_RE.findall(lead)}
    return bool(words) and sum(w in lead_words for w in words) >= DECK_REPEAT_SHARE * len(words)


def _add(builder: _Builder, line: Line, lead: str, following: str = "") -> None:
    """Add one classified line to the builder; following is the next body line's text."""
    builder.dropped.extend(line.dropped)
    if line.kind == "heading":
        builder.start_chapter(line.text)
    elif line.kind == "body":
        builder.add_body(line.text, line.item, following)
    elif line.kind == "quote":
        builder.add_quote(line.text)
    elif line.kind == "byline":
        found = parse_byline(line.text)
        builder.dropped.extend(found.dropped if found else ())
        builder.segments.append(Segment("byline", found.name if found else line.text))
        if found and found.channel and builder.channel is None:
            builder.channel = publisher_for(found.channel)
    elif line.kind == "deck" and _repeats(line.text, lead):
        builder.dropped.append(line.text)
    elif line.kind not in ("furniture", "date"):
        builder.segments.append(Segment(line.kind, line.text))
        # A full name in a headline or a caption is what a short name later may stand for.
        builder.cast = _names_learnt(line, builder.cast, builder.body)


def _next_body(lines: list[Line], at: int) -> str:
    """The text of the body line right after lines[at], past furniture and dates; "" when
    anything else (a heading, a caption) comes first."""
    for line in lines[at + 1:]:
        if line.kind not in ("furniture", "date"):
            return line.text if line.kind == "body" else ""
    return ""


def _names_learnt(line: Line, cast: Cast, body: str) -> Cast:
    """The cast knowing the full names line writes. A title-case headline capitalises every
    word, so a name runs on into the words after it ("Musriah Rela Antre" for "Musriah rela
    antre"): unless the body writes it whole, a name stops before a word the body writes in
    lower case."""
    if line.kind != "headline" or not is_title_case(line.text):
        return names_written(line.text, cast)
    vocabulary = lower_case_words([body])
    for name in names_written(line.text, Cast()).written:
        words = name.split()
        ends = (i for i, w in enumerate(words) if i and w.lower() in vocabulary)
        kept = name if name in body else " ".join(words[: next(ends, len(words))])
        if " " in kept:
            cast = cast.knowing(kept)
    return cast


def _published(lines: list[Line], metadata: Metadata) -> date | None:
    """The publication date: the metadata's, else one written on a date or byline line,
    under the headline first (a page prints today's date above its menus)."""
    if metadata.published is not None:
        return metadata.published
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), 0)
    lead = next((i for i, line in enumerate(lines) if line.kind in ("lead", "body") and i > at),
                len(lines))
    for line in lines[at:lead] + lines:
        if line.kind == "date":
            return date_line(line.text)
        if line.kind == "byline":
            found = parse_byline(line.text)
            if found and found.published:
                return found.published
    return None


def _metadata_title(metadata: Metadata) -> str | None:
    """The metadata's title without a trailing " - Site name" or " | Site name": the
    publisher's, the URL host's, or a site-name shape ("Kompas.com", "detikNews")."""
    if not metadata.title:
        return None
    keys = site_keys(metadata.publisher, metadata.url)
    return clean_title(clean_line(metadata.title), keys) or None


def _assemble(lines: list[Line], metadata: Metadata) -> Article:
    """Build the Article from classified lines and the source's metadata."""
    headline = next((line.text for line in lines if line.kind == "headline"), None)
    title = headline or _metadata_title(metadata)
    lead = next((line.text for line in lines if line.kind == "body"), "")
    body = "\n".join(line.text for line in lines if line.text != headline)
    builder = _Builder(title or OPENING_TITLE, body=body)
    with article_text("\n".join(line.text for line in lines)):
        for at, line in enumerate(lines):
            _add(builder, line, lead, _next_body(lines, at))
    builder.close()
    bylines = [s.text for c in builder.chapters for s in c.segments if s.kind == "byline"]
    return Article(
        title=title,
        chapters=tuple(builder.chapters),
        byline=bylines[0] if bylines else (", ".join(metadata.authors) or None),
        publisher=builder.publisher or builder.channel or metadata.publisher,
        published=_published(lines, metadata),
        language=metadata.language or DEFAULT_LANGUAGE,
        url=metadata.url,
        dropped=tuple(builder.dropped),
    )


def _has_body(article: Article) -> bool:
    """Whether some lead, paragraph or quote holds real sentence content."""
    return any(
        s.kind in BODY_KINDS and len(WORD_RE.findall(s.text)) >= BODY_MIN_WORDS
        for s in article.segments
    )


def segment(source: Source) -> Article:
    """Segment an article's blocks into chapters of segments.

    Args:
        source: The decoded article's blocks (one paragraph or line each) and metadata.

    Returns:
        The Article, with page furniture removed from the segments and listed in ``dropped``.

    Raises:
        NoBody: The text holds no lead, paragraph or quote with real sentence content.
    """
    marked = source.format == "html"  # a page marks its headline: the reader hints it
    article = _assemble(classify(source.blocks, clean_line, marked), source.metadata)
    if not _has_body(article):
        raise NoBody(
            "The text has no article body to speak: after page furniture is removed, "
            "nothing is left but a headline, a byline or labels."
        )
    return article
