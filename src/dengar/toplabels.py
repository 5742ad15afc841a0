"""Labels a page prints over its headline: a breadcrumb, a rubric, a welcome banner, a site's
menu, a topic's kicker or tag. ``leading_labels`` counts them; ``may_be_headline`` says whether
the line after them can be the headline at all.
"""

from __future__ import annotations

import re

from dengar.byline import parse_byline
from dengar.dateline import is_lone_dateline, split_dateline
from dengar.lines import BULLET_RE, HEADING_MAX_WORDS, Line, is_headline_shaped, split_caption
from dengar.patterns import is_title_case

LABELS_MAX = 3  # a breadcrumb or rubric of this many short lines may precede the headline
LABEL_MAX_WORDS = 2  # such a label has at most this many words
BANNERS_MAX = 3  # banner lines over the headline
KICKER_WORDS = 3  # a rubric's name over the headline: "Tribun Business Forum"
KICKER_TITLE_MIN_WORDS = 6  # the title under it is longer
HEADLINE_AGAIN_REACH = 5  # lines under the headline: deck, byline, credit, caption, title
MENU_MIN_ITEMS = 5  # a site's menu over the headline: this many short lines at least …
MENU_ITEM_MAX_WORDS = 3  # … of this many capitalised words at most ("Sport & Lifestyle")
WELCOME_MAX_WORDS = 8  # a site's welcome banner: "Selamat Datang di Portal Berita Kota"
WELCOME_MAX_SHARE = 1 / 2  # … naming less than this share of what it welcomes to in the text
KEY_WORD = re.compile(r"[^\W\d_]{4,}")  # a word that names something, no "di", "ke", "dan"
TOPIC_TAG_MAX_WORDS = 4  # a topic's tag over the headline: "Liga Champions 2024"
_YEAR = re.compile(r"(?:19|20)\d\d")
# A trail of a site's sections, each a few capitalised words, between ">" signs ("Berita >
# Seputar TKI", "Nasional » Politik"); a number or a word in lower case is a title's ("Suhu >
# 40 Derajat", "Sekolah > Rumah: Belajar …").
_CRUMB = r"[A-Z][\w.-]*(?:\s+(?:&|[A-Z][\w.-]*)){0,2}"
_CRUMB_TRAIL = re.compile(rf"{_CRUMB}(?:\s*[>»›]\s*{_CRUMB}){{1,4}}")
# A site greeting its reader over the headline: "Selamat Datang di Superhub …".
_WELCOME = re.compile(r"selamat\s+datang\s+di\s+\w.*", re.IGNORECASE)
# A feast's or an event's year in the Islamic calendar, with its era: "Idul Fitri 1445 H".
_ERA_YEAR = re.compile(r"1[34]\d\d\s+(?:H|Hijriah|Hijriyah|M)", re.IGNORECASE)
# A title has a word in lower case ("di", "ke", "dari"); a list of names none but these.
_NAME_JOINERS = frozenset({"dan", "&", "bin", "binti", "van", "de"})


def leading_labels(lines: list[Line], content: list[int]) -> int:
    """How many labels open the text: one- or two-word labels (a breadcrumb, a rubric), a
    breadcrumb's trail or a welcome banner over a title, a site's menu, a topic's kicker."""
    if (_is_kicker(lines, content) or _is_topic_tag(lines, content)
            or _is_kicker_over_decked_title(lines, content)
            or _is_kicker_over_title_printed_again(lines, content)):
        return 1
    if menu := _menu_items(lines, content):
        return menu
    if banners := _labels_and_banners(lines, content):
        return banners
    count = 0
    for i in content[:LABELS_MAX]:
        if lines[i].kind != "body" or not _is_short_label(lines[i].text):
            break
        count += 1
    return count


def _is_short_label(text: str) -> bool:
    """Whether a line is a label of a word or two with no sentence ("Berita Kriminal")."""
    return 0 < len(text.split()) <= LABEL_MAX_WORDS and text[-1] not in ".!?"


def _labels_and_banners(lines: list[Line], content: list[int]) -> int:
    """How many lines open the page when short labels run with a breadcrumb's trail ("Berita >
    Seputar TKI") or a welcome banner ("Selamat Datang di Superhub …") over a longer title in
    title case; the banners do not count against the labels' limit. 0 with no banner."""
    count = labels = banners = 0
    for i in content:
        text = lines[i].text if lines[i].kind == "body" else ""
        banner = _CRUMB_TRAIL.fullmatch(text) is not None or _is_welcome(text, lines, i)
        short = not banner and _is_short_label(text)
        if (not (banner or short) or (short and labels == LABELS_MAX)
                or (banner and banners == BANNERS_MAX)):
            break
        count, labels, banners = count + 1, labels + short, banners + banner
    return count if banners and _is_title_over_labels(lines, content[count:]) else 0


def _is_welcome(text: str, lines: list[Line], at: int) -> bool:
    """Whether a line is a site's greeting ("Selamat Datang di Superhub PDIP Jatim", no
    sentence nor comma) naming little the text under it names: a headline welcoming something
    ("Selamat Datang di Era Mobil Listrik") is about what the text is about."""
    if (_WELCOME.fullmatch(text) is None or len(text.split()) > WELCOME_MAX_WORDS
            or any(mark in text for mark in ".?,:;")):
        return False
    named = [w.lower() for w in KEY_WORD.findall(text.split(" di ", 1)[-1])]
    rest = {w.lower() for line in lines[at + 1:] for w in KEY_WORD.findall(line.text)}
    return sum(w in rest for w in named) < WELCOME_MAX_SHARE * len(named)


def _is_title_over_labels(lines: list[Line], rest: list[int]) -> bool:
    """Whether the line after the labels is a longer title in title case."""
    return bool(rest) and may_be_headline(lines[rest[0]]) and is_title_case(
        lines[rest[0]].text) and len(lines[rest[0]].text.split()) > MENU_ITEM_MAX_WORDS


def _menu_items(lines: list[Line], content: list[int]) -> int:
    """How many lines of a site's menu open the page: a run of short lines of capitalised
    words ("New Economy", "Kabar Sawit", "Sport & Lifestyle", "About Us"), no sentence, over
    a longer title in title case; a few such lines are labels at most. 0 when there is none."""
    count = 0
    for i in content:
        words = lines[i].text.split()
        if (lines[i].kind != "body" or lines[i].item or not words
                or len(words) > MENU_ITEM_MAX_WORDS
                or not all(w == "&" or (w[:1].isupper() and w.isalpha()) for w in words)):
            break
        count += 1
    return count if count >= MENU_MIN_ITEMS and _is_title_over_labels(
        lines, content[count:]) else 0


def _is_kicker_over_title_printed_again(lines: list[Line], content: list[int]) -> bool:
    """Whether the first line is a topic's few capitalised words ("Vonis Bebas Pengadilan
    Tipikor") over a longer title in title case that a line under it prints again (a photo's
    title, "lihat foto <title>") while the first line is never printed again: the page repeats
    its own title. A short headline over a subtitle is printed again itself, or neither is."""
    if len(content) < 3 or lines[content[0]].kind != "body":
        return False
    kicker, title = lines[content[0]].text, lines[content[1]]
    words = kicker.split()
    under = [lines[i].text for i in content[2:][:HEADLINE_AGAIN_REACH]]
    return (len(words) <= TOPIC_TAG_MAX_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and may_be_headline(title) and is_title_case(title.text)
            and len(title.text.split()) >= KICKER_TITLE_MIN_WORDS
            and not ends_sentence(title.text)
            and any(title.text in text for text in under)
            and not any(kicker in text for text in under))


def _is_kicker(lines: list[Line], content: list[int]) -> bool:
    """Whether the first line is a rubric's name of three capitalised words over a longer
    title in title case ("Forum Bisnis Harian" over "Warga dan Operator Bahu Membahu Bangun
    Jaringan di Desa"), a name the text uses again as written ("… dalam Forum Bisnis Harian
    …"); a short headline over a subtitle is not, and names under one are its byline."""
    if len(content) < 2 or lines[content[0]].kind != "body":
        return False
    kicker = lines[content[0]].text
    words, title = kicker.split(), lines[content[1]]
    named_again = any(kicker in lines[i].text for i in content[2:])
    return (named_again and len(words) == KICKER_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and may_be_headline(title) and is_title_case(title.text)
            and len(title.text.split()) >= KICKER_TITLE_MIN_WORDS
            and not title.text.endswith((".", "!", "?")) and parse_byline(title.text) is None
            and any(w.islower() and w not in _NAME_JOINERS for w in title.text.split()))


def _is_kicker_over_decked_title(lines: list[Line], content: list[int]) -> bool:
    """Whether the first line is a topic's few capitalised words ("Gunung Agung Meletus") over
    a longer title in title case, a deck of one sentence under it and then the byline or a
    lead opening with its dateline, and the title or the page names the topic again as
    written ("… Setelah Gunung Agung Kembali Meletus"): a short headline over a subtitle is
    print's own layout ("Harga Beras Naik" over "Pedagang … Mengeluh …"), a topic the page
    tags is a kicker."""
    if len(content) < 4 or any(lines[i].kind != "body" for i in content[:3]):
        return False
    kicker, title, deck = (lines[i].text for i in content[:3])
    words, after = kicker.split(), lines[content[3]].text
    byline = parse_byline(after)
    return (len(words) <= KICKER_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)
            and may_be_headline(lines[content[1]]) and is_title_case(title)
            and len(title.split()) >= KICKER_TITLE_MIN_WORDS and not ends_sentence(title)
            and ends_sentence(deck) and not is_title_case(deck)
            and not split_dateline(deck)
            and (bool(byline and byline.announced) or split_dateline(after) is not None)
            and any(_names_every_word(lines[i].text, words)
                    for i in (content[1], *content[4:])))


def _names_every_word(text: str, words: list[str]) -> bool:
    """Whether text names the topic again as a phrase: its words whole, as written and in
    order, one word at most between two ("… Setelah Gunung Agung Kembali Meletus"), as a
    topic's tag is printed again; the words scattered over sentences ("Banjir Bandang ini …
    Warga Garut") do not."""
    phrase = r"(?:\s+\w+)?\s+".join(re.escape(word) for word in words)
    return re.search(rf"(?<!\w){phrase}(?!\w)", text) is not None


def _is_topic_tag(lines: list[Line], content: list[int]) -> bool:
    """Whether the first line is a topic's tag of a few words ending in its year ("Piala Dunia
    2022", "Pilkada 2024", "IDUL ADHA 1445 H") over a longer title in title case; a headline
    says more ("Inflasi Naik pada 2025") and a deck under it is a sentence."""
    if len(content) < 2 or lines[content[0]].kind != "body":
        return False
    words, title = lines[content[0]].text.split(), lines[content[1]]
    era_year = len(words) >= 2 and _ERA_YEAR.fullmatch(" ".join(words[-2:])) is not None
    return (len(words) <= TOPIC_TAG_MAX_WORDS
            and (_YEAR.fullmatch(words[-1]) is not None or era_year)
            and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and may_be_headline(title) and is_title_case(title.text)
            and len(title.text.split()) >= KICKER_TITLE_MIN_WORDS)


def may_be_headline(line: Line) -> bool:
    """Whether an unmarked line can be the headline: short, no sentence, caption or dateline."""
    if line.kind != "body" or line.item or line.text.endswith(("-", "–", "—")):
        return False  # "Jakarta –": a dateline on its own line, no title ends in a dash
    announced = parse_byline(line.text)
    return not (
        not is_headline_shaped(line.text) or split_caption(line.text, None)
        or split_dateline(line.text) or is_lone_dateline(line.text)
        or (announced and announced.announced)
        or (ends_sentence(line.text) and (len(line.text.split()) > HEADING_MAX_WORDS
                                           or not is_title_case(line.text)))
    )


# A rubric or menu link printed as a list item over the headline: "• Bisnis", "- Hukum &
# Kriminal". A word or two, each capitalised ("&" between them), no stop; "• 6 hari lalu" or
# "- warga diminta hadir" is no such label.
_BULLETED_LABEL = re.compile(BULLET_RE.pattern + r"[A-Z][\w-]*(?:\s+(?:&\s+)?[A-Z][\w-]*)?$")


def is_bulleted_label(line: Line) -> bool:
    """Whether a line is a rubric's or a menu's one- or two-word label printed as a list
    item ("• Bisnis"); over the headline it is not read."""
    return line.kind == "body" and line.item and _BULLETED_LABEL.match(line.text) is not None


def ends_sentence(text: str) -> bool:
    """Whether text ends with one full stop, as a sentence does and a headline does not."""
    return text.endswith(".") and not text.endswith("..")


# The outlet's rubric over its dateline, named by the start of the outlet's own name: "Kabar
# Berita" over "Kabarsukamaju, Sukamaju – …". Only among the first lines, a few words and no
# stop, the rubric's first word (four letters or more) opening the lead's longer first word.
RUBRIC_REACH = 6
RUBRIC_MAX_WORDS = 3
_RUBRIC_STEM_MIN = 4
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The lead's dateline: the outlet's name, a comma, a place and a dash ("Kabarsukamaju,
# Sukamaju –"); "Pendidikannya menjadi …" under "Pendidikan" is a heading over its text.
_OUTLET_DATELINE = re.compile(r"^[^\W\d_]+,\s+[A-Z][\w ]{2,30}?\s*[-–—]")


def drop_outlet_rubric(lines: list[Line]) -> None:
    """A rubric named after the outlet, right over the lead that opens with the outlet's name,
    is not read."""
    spoken = [i for i, line in enumerate(lines) if line.kind not in ("furniture", "date")]
    for here, after in zip(spoken[:RUBRIC_REACH], spoken[1:RUBRIC_REACH + 1], strict=False):
        label, lead = lines[here], lines[after]
        words = label.text.split()
        stem = _FIRST_WORD.match(label.text)
        opening = _FIRST_WORD.match(lead.text)
        if (label.kind == "body" and not label.item and len(words) <= RUBRIC_MAX_WORDS
                and label.text[-1:].isalnum() and stem and opening
                and _OUTLET_DATELINE.match(lead.text)
                and len(stem.group()) >= _RUBRIC_STEM_MIN
                and len(opening.group()) > len(stem.group())
                and opening.group().lower().startswith(stem.group().lower())):
            lines[here] = Line("furniture", "", (label.text,))
            return
