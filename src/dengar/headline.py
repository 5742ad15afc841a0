"""The headline of a text with no markup: the first line, unless it is a label, a caption or
a sentence; in a copy of a whole page, the title the page prints twice under its menus.

Lines printed twice close together (``repeats``) decide a good part of it: a title printed twice
under a menu or a box of other articles' titles is the headline, one under a real headline is a
photo's caption, a teaser's sentence printed twice under a box's label is never read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dengar import furniture, provenance
from dengar.dateline import split_dateline
from dengar.lines import HEADING_MAX_WORDS, Line, split_caption
from dengar.patterns import is_title_case
from dengar.repeats import QUOTE_MARKS, REPEAT_WINDOW, Repeat, bare
from dengar.titles import address_keys, clean_title
from dengar.toplabels import (
    BANNERS_MAX,
    HEADLINE_AGAIN_REACH,
    KEY_WORD,
    KICKER_TITLE_MIN_WORDS,
    LABEL_MAX_WORDS,
    ends_sentence,
    is_bulleted_label,
    leading_labels,
    may_be_headline,
)

REPEATED_TITLE_WITHIN = 6  # a title printed twice among this many first lines is the headline
TEXT_PARAGRAPH_MIN_WORDS = 15  # a lead is this long; a teaser's title is not
WIDGET_MIN_TITLES = 3  # titles each printed twice above the text: a box of other articles
MENU_LINE_MAX_WORDS = 4  # above a title printed twice: a menu's lines ("HOME NEWS JATENG")
CAPTION_MIN_WORDS = 4  # a line over a credit: shorter, a label
CRUMB_MAX_WORDS = 3  # a breadcrumb's words before a title cut short ("Beranda Peristiwa …")
GLUED_CRUMB_REACH = 4  # lines from the top where a breadcrumb glued to the title may stand
CUT_TITLE_MIN_WORDS = 4  # a title cut short keeps this many words
_ELLIPSES = ("...", "…")
# A stop after a lower-case word, then a capitalised word: one sentence ends, another starts.
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}[.!?]\s+[A-Z][a-z]")
# A photographer's credit after a dash closing a caption: "… Kawah Putih. - ANTARA/Nama
# Fotografer", or glued by two hyphens to its date: "… 4 Februari 2025--Nama Fotografer".
# An outlet named in mixed case is a newspaper's name ("Harian Jogja/Nama") or a site's
# ("VIVAnews/Nama"); a place or an office before a slash ("Yogyakarta/Solo", "Kasat
# Resnarkoba/AKBP Nama") is none.
_OUTLET = r"(?:(?:Harian|Koran|Tabloid|Majalah)\s[A-Z][\w.]+|[A-Z][A-Za-z]*(?:news|News|\.com))"
_AGENCY = rf"(?:[A-Z]{{3,}}|Foto|Dok\.?|{_OUTLET})(?:\s[A-Z]{{2,}})*/"
_CREDITED_NAME = r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}"
_DASHED_CREDIT = re.compile(
    rf"(?:\s+[-–—]{{1,2}}\s*(?={_AGENCY})|(?<=[\d.)])--(?=[A-Z]))"
    rf"(?P<credit>(?:{_AGENCY}\s?)?{_CREDITED_NAME})\s*$")
# An outlet and its photographer in brackets after a caption's full stop: "… di SPBU.
# (Kabarkota/Rina Sari)". Under the headline, where a deck never carries a credit.
_STOPPED_BRACKETED_CREDIT = re.compile(
    r"(?<=[.!?])\s+\((?P<credit>[A-Z][\w.-]+/[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3})\)\s*$")
# A photographer's name alone in brackets after a short caption's stop: "… di dermaga Sukamaju,
# April 2012. (Rina Sari)". Two or three capitalised words, no outlet: a lead under the
# headline closes no sentence with its writer's name, and the caption is short.
_STOPPED_BRACKETED_NAME = re.compile(
    r"(?<=[.!?])\s+\((?P<credit>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\)\s*$")
NAMED_CAPTION_MAX_WORDS = 25
# What is left of a caption when a copy lost its text: the dashed credit alone, "- Outlet/Nama".
_LONE_DASHED_CREDIT = re.compile(rf"^[-–—]{{1,2}}\s*{_AGENCY}\s?{_CREDITED_NAME}$")
# A photo's caption saying it is an illustration, its credit glued after a slash to the last
# word: "Ilustrasi kendaraan pemudik di gerbang tol/Net", "Ilustrasi pasar/Dok. Humas".
_SLASHED_ILLUSTRATION = re.compile(
    r"^(?P<caption>Ilustrasi\s+[^/]*[^\s/.!?])/(?P<credit>(?:[A-Z]|i(?=[A-Z]))[\w.]*"
    r"(?:\s[A-Z][\w.]*)?)$")  # "iStock" too
# A credit after that slash is named as one: a credit word or an outlet ("Istimewa", "Dok.
# Humas", "Antara"), a site ("Kompas.com") or where the picture was taken from ("Net"); a
# school's level or a place after a slash ("SMP/MTs", "Depok/Bogor", "Orang Tua/Guru") is not.
# Stock libraries and platforms the picture was taken from count too ("Getty Images",
# "iStock", "Instagram"); a bare "X" does not: it is as often a class ("kelas IX/X").
_IMAGE_SOURCES = frozenset({
    "net", "internet", "dokumentasi", "freepik", "pixabay", "shutterstock", "unsplash",
    "getty", "gettyimages", "pexels", "canva", "google", "pinterest", "instagram", "istock",
    "istockphoto", "facebook", "twitter", "youtube", "tiktok", "wikimedia", "wikipedia",
    *furniture.CREDIT_WORDS})
_SITE = re.compile(r"[A-Za-z][\w-]*\.(?:com|co\.id|id|net|org)", re.IGNORECASE)
# A title-case line this short between the copies is a rubric ("Kudus Hari Ini"), no headline.
_TITLE_MIN_WORDS = 5
# An advertiser's words in a banner over the headline: "Software Pilkada Terbaik", "Jasa
# Konsultan IT", "Promo Akhir Tahun". A headline names the text's things; a banner sells.
_SELLING_WORDS = frozenset({
    "terbaik", "termurah", "murah", "software", "aplikasi", "promo", "diskon", "gratis",
    "hubungi", "jasa", "konsultan", "iklan", "pasang", "sewa", "jual"})
BANNER_MIN_SELLING_LINES = 2
HEADLINE_AGAIN_MIN_WORDS = 4  # shorter, a heading may say the same ("Beras Mahal")
SELLER_MAX_SHARE = 1 / 3  # a banner that sells names hardly anything the text names, …
BANNER_MAX_SHARE = 1 / 2  # … a greeting beside it little ("Marhaban Yaa Ramadhan") …
TITLE_MIN_SHARE = 2 / 3  # … the headline under them names much of it
TITLE_MIN_SHARED = 3
AFFIXED_ROOT_MIN = 5  # a root this long said with an affix in the text counts as named


def spoken_indexes(lines: list[Line]) -> list[int]:
    """Indexes of the lines that may be spoken (not furniture, not a date)."""
    return [i for i, line in enumerate(lines) if line.kind not in ("furniture", "date")]


def headline_first(lines: list[Line]) -> None:
    """Read the headline before a photo's caption printed above it."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    content = spoken_indexes(lines)
    if at is not None and content and content[0] < at and all(
            lines[i].kind == "caption" for i in content if i < at):
        lines.insert(content[0], lines.pop(at))


def mark_repeated_captions(lines: list[Line], repeats: list[Repeat]) -> list[int]:
    """Make a line printed twice with a photo credit a caption; the indexes of the lines
    printed twice with none (a headline repeated as a photo's title)."""
    titles = []
    for repeat in repeats:
        line = lines[repeat.index]
        if repeat.credit:
            credit = (repeat.credit,) if repeat.credit_on_line else ()
            lines[repeat.index] = Line("caption", bare(line.text), credit)
        else:
            titles.append(repeat.index)
    return titles


def mark_illustration_captions(lines: list[Line]) -> None:
    """Make a line saying "Ilustrasi …" with a credit glued after a slash a caption, its
    credit not read: a headline or a sentence of the text never carries a credit."""
    for i, line in enumerate(lines):
        found = _SLASHED_ILLUSTRATION.match(line.text) if line.kind == "body" else None
        if (found and len(line.text.split()) <= provenance.ILLUSTRATION_MAX_WORDS
                and not line.item and _is_named_credit(found["credit"])):
            lines[i] = Line("caption", found["caption"], (found["credit"],))


def _is_named_credit(credit: str) -> bool:
    """Whether the words after an illustration's slash name a source ("Net", "Dok. Humas",
    "Kompas.com"), not a level or a place ("MTs", "Bogor")."""
    first = credit.split()[0]
    return first.rstrip(".").lower() in _IMAGE_SOURCES or _SITE.fullmatch(first) is not None


def mark_credited_captions(lines: list[Line]) -> None:
    """Above the text, make a short line in sentence case with no full stop, a photo credit on
    the line after it ("Sumber :", "• ANTARA FOTO") and a title-case headline further down, a
    caption. With no other title below, a line over a credit is the headline over its photo;
    in the text it may be a heading over its photo."""
    text_at = next((i for i, line in enumerate(lines)
                    if line.kind == "body" and _is_text(line.text)), len(lines))
    for i in range(text_at - 1):
        line, after = lines[i], lines[i + 1]
        if (_title_follows(lines, i + 2, text_at) and line.kind == "body" and not line.item
                and CAPTION_MIN_WORDS <= len(line.text.split()) <= HEADING_MAX_WORDS
                and not line.text.endswith((".", "!", "?", ":", ",", ";"))
                and not is_title_case(line.text) and not line.text.startswith(QUOTE_MARKS)
                and after.kind == "furniture" and after.dropped
                and all(furniture.PHOTO_CREDIT_LINE.match(t) for t in after.dropped)):
            lines[i] = Line("caption", line.text)


def keep_deck_under_headline(lines: list[Line], titles: list[int]) -> list[int]:
    """A standfirst of several sentences printed over a title-case headline and again under
    it is the deck: its first copy is not read, the one under the headline is. A headline is
    never several sentences that long. The lines printed twice (see
    ``mark_repeated_captions``) without that first copy."""
    content = spoken_indexes(lines)
    if len(content) < 2 or content[0] not in titles:
        return titles
    deck, title = lines[content[0]], lines[content[1]]
    copy = next((j for j in range(content[1] + 1, min(content[0] + 1 + REPEAT_WINDOW, len(lines)))
                 if lines[j].kind == "furniture" and lines[j].dropped == (deck.text,)), None)
    if (copy is None or len(deck.text.split()) <= HEADING_MAX_WORDS
            or not _SENTENCE_INSIDE.search(deck.text)
            or not may_be_headline(title) or not is_title_case(title.text)
            or len(title.text.split()) < _TITLE_MIN_WORDS or _SENTENCE_INSIDE.search(title.text)):
        return titles
    lines[content[0]] = Line("furniture", "", (deck.text,))
    lines[copy] = Line("body", deck.text)
    return [i for i in titles if i != content[0]]


def mark_caption_under_headline(lines: list[Line]) -> None:
    """Make the line right under the headline a caption when a photographer's credit closes
    it after a dash (see ``_DASHED_CREDIT``) or in brackets after its full stop (see
    ``_STOPPED_BRACKETED_CREDIT``, ``_STOPPED_BRACKETED_NAME``): a deck never carries a
    credit. The credit is not read, nor is a dashed credit left alone on the line."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    # bare numbers between them count comments and views ("20" / "207"), no text
    under = next((i for i in spoken_indexes(lines) if at is not None and i > at
                  and not furniture.VIEW_COUNTER_LINE.match(lines[i].text)), None)
    if under is None or lines[under].kind != "body":
        return
    if _LONE_DASHED_CREDIT.match(lines[under].text):
        lines[under] = Line("furniture", "", (lines[under].text,))
        return
    if lines[under].item:
        return
    credit = _DASHED_CREDIT.search(lines[under].text)
    caption = lines[under].text[: credit.start()].rstrip(" -–—") if credit else ""
    if (credit and len(caption.split()) >= CAPTION_MIN_WORDS and not is_title_case(caption)):
        lines[under] = Line("caption", caption, (credit.group("credit"),))
        return
    credit = _STOPPED_BRACKETED_CREDIT.search(lines[under].text)
    named = _STOPPED_BRACKETED_NAME.search(lines[under].text)
    if credit is None and named is not None and len(
            lines[under].text.split()) <= NAMED_CAPTION_MAX_WORDS:
        credit = named
    caption = lines[under].text[: credit.start()] if credit else ""
    if credit and len(caption.split()) >= CAPTION_MIN_WORDS:
        lines[under] = Line("caption", caption, (credit.group().strip(),))


def mark_caption_under_credit(lines: list[Line]) -> None:
    """Between the headline and a lead opening with its dateline, make the line right under a
    photo's credit line ("KOMPAS.COM/NAMA FOTOGRAFER") a caption: the page prints the credit
    over the caption, and a deck never sits under a credit."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    content = [i for i in spoken_indexes(lines) if at is not None and i > at]
    for here, after in zip(content, content[1:], strict=False):
        line, above = lines[here], lines[here - 1]
        if lines[after].kind != "body" or not split_dateline(lines[after].text):
            continue
        if (line.kind == "body" and not line.item and above.kind == "furniture" and above.dropped
                and all(furniture.PHOTO_CREDIT_LINE.match(t) for t in above.dropped)
                and len(line.text.split()) >= CAPTION_MIN_WORDS):
            lines[here] = Line("caption", line.text, above.dropped)
        return


def _title_follows(lines: list[Line], start: int, end: int) -> bool:
    """Whether a line that may be the headline comes between start and end."""
    return any(may_be_headline(lines[j]) and is_title_case(lines[j].text)
               for j in range(start, end))


def _repeated_title(lines: list[Line], content: list[int], titles: list[int]) -> int | None:
    """The title printed twice near the top with only a menu's short lines above it; when a
    box of other titles, each printed twice too, comes first ("Terpopuler 24 Jam Terakhir"),
    the last such title before the text."""
    text_at = next((i for i in content if lines[i].kind == "body" and _is_text(lines[i].text)),
                   len(lines))
    top = [i for i in titles if i < text_at and may_be_headline(lines[i])]
    if len(top) >= WIDGET_MIN_TITLES:
        return top[-1]
    title = next((i for i in top if i in content[:REPEATED_TITLE_WITHIN]), None)
    if title is None:
        return None
    above = content[: content.index(title)]
    return title if all(len(lines[i].text.split()) <= MENU_LINE_MAX_WORDS for i in above) \
        else None


def _is_text(text: str) -> bool:
    """A paragraph of the article's text: long, ending as a sentence does."""
    return len(text.split()) >= TEXT_PARAGRAPH_MIN_WORDS and text.endswith((".", '"', "”"))


def _caption_titles(lines: list[Line], titles: list[int]) -> None:
    """A title printed twice that is not the headline is a photo's title: its caption; a
    sentence printed twice above the text is a teaser box's item, never read."""
    content = spoken_indexes(lines)
    for i in titles:
        if lines[i].kind != "body":
            continue
        if ends_sentence(lines[i].text) and not is_title_case(lines[i].text):
            # Under a box's label ("Headline") with only a menu above: a teaser. A deck
            # repeating the lead under the headline is read, once.
            above = [j for j in content if j < i]
            if (i > 0 and lines[i - 1].kind == "furniture" and i in content[:REPEATED_TITLE_WITHIN]
                    and all(len(lines[j].text.split()) <= MENU_LINE_MAX_WORDS for j in above)):
                lines[i] = Line("furniture", "", (lines[i].text,))
        else:
            lines[i] = Line("caption", lines[i].text)


def mark_headline(lines: list[Line], marked: bool, titles: list[int]) -> str | None:
    """Make the first content line the headline, unless the format marked one or it is none;
    a title the page prints twice near the top is the headline when only a menu's short lines
    are above it (a photo's title repeating a shortened headline is not).

    Args:
        lines: The lines, changed in place.
        marked: Whether the format marks its headline (HTML): then an unmarked line is none.
        titles: Lines printed twice with no credit (see ``mark_repeated_captions``).
    """
    hinted = next((line.text for line in lines if line.kind == "headline"), None)
    if hinted is not None or marked:
        return hinted
    content = spoken_indexes(lines)
    captions = _leading_photos(lines, content)  # its credit glued on; a menu's items
    content = content[len(captions):]
    if title_over_label := _title_over_label(lines, captions, content):
        return title_over_label
    content = _drop_banners(lines, content, titles)
    content = _drop_cut_title(lines, _drop_glued_crumbs(lines, content))
    title = _repeated_title(lines, content, titles)
    _caption_titles(lines, [i for i in titles if i != title])
    if title is not None:
        for i in content[: content.index(title)]:
            lines[i] = Line("furniture", "", (lines[i].text,))
        lines[title] = Line("headline", lines[title].text)
        return lines[title].text
    if content and furniture.BARE_SAVER_LABEL.match(lines[content[0]].text):
        # "artikel", "ISI BERITA": what the saver typed above the copy, no headline.
        lines[content[0]] = Line("furniture", "", (lines[content[0]].text,))
        content = content[1:]
        photos = _leading_photos(lines, content)  # the label, then a photo over the headline
        captions, content = captions + photos, content[len(photos):]
    labels = leading_labels(lines, content)
    at = labels
    while at < len(content) - 1 and labels and (lines[content[at]].kind == "caption"
                                                 or lines[content[at]].item):
        at += 1  # labels, a photo or a menu's items, then the headline
    captions += [i for i in content[labels:at] if lines[i].kind == "caption"]
    if title_over_label := _title_over_label(lines, captions, content[at:]):
        for i in content[:labels]:
            lines[i] = Line("furniture", "", (lines[i].text,))
        return title_over_label
    if len(content) <= at or not may_be_headline(lines[content[at]]):
        labels = at = 0
    if not content or not may_be_headline(lines[content[at]]):
        return None
    for i in content[:labels] + [j for j in captions if is_bulleted_label(lines[j])]:
        lines[i] = Line("furniture", "", (lines[i].text,))
    lines[content[at]] = Line("headline", lines[content[at]].text)
    return lines[content[at]].text


def _drop_banners(lines: list[Line], content: list[int], titles: list[int]) -> list[int]:
    """Advertising banners over the headline ("Software Pilkada Terbaik …", "IT Konsultan
    Terbaik Indonesia"), dropped in place: the content lines without them. Banners name
    little the text names, one of them sells (an advertiser's word, see ``_SELLING_WORDS``)
    or is a sponsor's few words printed twice ("DPRD Kabupaten Sumbawa"), and names hardly
    anything, and a title-case line under them names much of the text. A long headline
    printed twice over a subtitle stays the headline."""
    text = " ".join(lines[i].text for i in content if lines[i].kind == "body"
                    and _is_text(lines[i].text))
    said = {w.lower() for w in KEY_WORD.findall(text)}

    def named(word: str) -> bool:
        # a title says the root the text affixes: "Layani" for "melayani", "Angkut" for
        # "mengangkutnya"; a short word must be said as it is
        return word in said or (len(word) >= AFFIXED_ROOT_MIN and any(
            w.endswith(word) or w.startswith(word) for w in said))

    def share(line: str) -> tuple[int, float]:
        words = [w.lower() for w in KEY_WORD.findall(line)]
        shared = sum(map(named, words))
        return shared, shared / len(words) if words else 0.0

    for count, i in enumerate(content[1: BANNERS_MAX + 1], start=1):
        banners = content[:count]
        shared, title_share = share(lines[i].text)
        if (may_be_headline(lines[i]) and is_title_case(lines[i].text)
                and shared >= TITLE_MIN_SHARED and title_share >= TITLE_MIN_SHARE
                and all(lines[j].kind == "body" and not lines[j].item
                        and share(lines[j].text)[1] <= BANNER_MAX_SHARE for j in banners)
                and (_sells_throughout(lines, banners)
                     or any(j in titles and len(lines[j].text.split()) <= MENU_LINE_MAX_WORDS
                            for j in banners))
                and any(share(lines[j].text)[1] <= SELLER_MAX_SHARE for j in banners)):
            for j in banners:
                lines[j] = Line("furniture", "", (lines[j].text,))
            return content[count:]
    return content


def _sells(text: str) -> bool:
    """Whether a line uses an advertiser's word (see ``_SELLING_WORDS``)."""
    return any(w.lower() in _SELLING_WORDS for w in KEY_WORD.findall(text))


def _sells_throughout(lines: list[Line], banners: list[int]) -> bool:
    """Whether two lines or more over the title all sell: one line with "Promo" or "Jual"
    over a subtitle is a headline ("Polisi Bongkar Praktik Jual Beli Bayi"), a banner runs
    on ("Software Pilkada Terbaik" / "IT Konsultan Terbaik Indonesia")."""
    return len(banners) >= BANNER_MIN_SELLING_LINES and all(
        _sells(lines[j].text) for j in banners)


def _leading_photos(lines: list[Line], content: list[int]) -> list[int]:
    """The first content lines that are a photo's caption or a menu's items."""
    photos = []
    for i in content:
        if not (lines[i].kind == "caption" or lines[i].item or split_caption(lines[i].text, None)):
            break
        photos.append(i)
    return photos


def _title_over_label(lines: list[Line], captions: list[int], content: list[int]) -> str | None:
    """A title printed twice over its photo's credit, then only a label ("Olahraga") before
    the text, is the headline, the label furniture: a word or two is no title under it.
    The headline, or None."""
    if not captions or len(content) < 2:
        return None
    title, label = lines[captions[0]], lines[content[0]]
    if (title.kind != "caption" or len(title.text.split()) < KICKER_TITLE_MIN_WORDS
            or not is_title_case(title.text) or label.kind != "body"
            or len(label.text.split()) > LABEL_MAX_WORDS or not label.text[-1:].isalnum()
            or lines[content[1]].kind != "body" or not _is_text(lines[content[1]].text)):
        return None
    lines[content[0]] = Line("furniture", "", (label.text,))
    lines[captions[0]] = Line("headline", title.text)
    return title.text


def _drop_cut_title(lines: list[Line], content: list[int]) -> list[int]:
    """A title cut short with an ellipsis over the whole title, a breadcrumb's words perhaps
    before it ("Beranda Peristiwa Gaji 3 Bulan Tak Dibayar …" over "Gaji 3 Bulan Tak Dibayar,
    … Mogok Kerja"), is not read: the content lines without it."""
    if len(content) < 2 or lines[content[0]].kind != "body":
        return content
    cut, title = lines[content[0]].text, lines[content[1]].text
    if not cut.endswith(_ELLIPSES) or lines[content[1]].kind != "body":
        return content
    words = cut.rstrip(".… ").split()
    for crumbs in range(min(CRUMB_MAX_WORDS, len(words) - CUT_TITLE_MIN_WORDS) + 1):
        stem = " ".join(words[crumbs:])
        if title.startswith(stem) and len(title) > len(stem):
            lines[content[0]] = Line("furniture", "", (cut,))
            return content[1:]
    return content


def _drop_glued_crumbs(lines: list[Line], content: list[int]) -> list[int]:
    """A breadcrumb's few capitalised words glued before the title, the title then printed
    alone under it ("Beranda Hukrim Dana Desa Raib …" over "Dana Desa Raib …"), is not read:
    the content lines without it. A rubric and its colon ("Gempa Cianjur: …") is the
    headline's own. A widget's lines may come first ("24 C" / "Sukamaju", a weather box).
    The page's title may carry the site's name glued to its last word, a stray letter before
    it ("F Dana Desa RaibSukamajuPos.com" over "Dana Desa Raib")."""
    for at in range(min(len(content) - 1, GLUED_CRUMB_REACH)):
        here, under = lines[content[at]], lines[content[at + 1]]
        if here.kind != "body" or under.kind != "body":
            continue
        first, title = here.text, under.text
        crumbs = _crumbs_before(first, title)
        if (crumbs is not None and len(crumbs) <= CRUMB_MAX_WORDS
                and len(title.split()) >= CUT_TITLE_MIN_WORDS
                and all(w[:1].isupper() and w.isalpha() for w in crumbs)
                and may_be_headline(under)):
            lines[content[at]] = Line("furniture", "", (first,))
            return content[:at] + content[at + 1:]
    return content


def _crumbs_before(first: str, title: str) -> list[str] | None:
    """The words before the title in a page's first line ending in it, or in it and the site's
    name glued on ("Beranda Dana Desa RaibSukamajuPos.com"); None when it does not. Without
    a site's name the title alone is no glued line: a crumb must come first."""
    if first.endswith(" " + title):
        crumbs = first[: -len(title)].split()
        return crumbs or None
    at = first.find(title)
    site = first[at + len(title):] if at >= 0 else ""
    if site and _SITE.fullmatch(site) and (at == 0 or first[at - 1] == " "):
        return first[:at].split()
    return None


def drop_labels_between_headline_copies(lines: list[Line]) -> None:
    """A rubric's label between the headline and its copy ("Kalimantan Timur") is not read."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None:
        return
    copy = next((j for j in range(at + 1, min(at + 1 + REPEAT_WINDOW, len(lines)))
                 if lines[j].kind == "furniture" and lines[at].text in lines[j].dropped), None)
    for i in range(at + 1, copy or at):
        text = lines[i].text
        if lines[i].kind == "body" and len(text.split()) <= LABEL_MAX_WORDS and text[-1:].isalnum():
            lines[i] = Line("furniture", "", (text,))


def drop_headline_printed_again(lines: list[Line]) -> None:
    """The headline printed again word for word among the lines under it (a photo's title, or
    the page's title over the text under a photo) is not read twice. Further down, or
    announced by a colon, a line that says the headline's words is the text's own ("Puisi itu
    berjudul:" / "Bangkit Bersama Desa Kita"). So is the headline after a photo widget's few
    words ("lihat foto <headline>"), the photo's title."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None or len(lines[at].text.split()) < HEADLINE_AGAIN_MIN_WORDS:
        return
    title = " ".join(lines[at].text.split())
    top = [i for i in spoken_indexes(lines) if i > at][:HEADLINE_AGAIN_REACH]
    for before, i in zip([at, *top], top, strict=False):
        if (lines[i].kind == "body" and _says_title(" ".join(lines[i].text.split()), title)
                and not lines[before].text.rstrip().endswith(":")):
            lines[i] = Line("furniture", "", (lines[i].text,))


def drop_site_from_headline(lines: list[Line]) -> None:
    """The site's name after the headline ("Cuaca Buruk, Nelayan Libur Melaut | Bali Tribune")
    is not read when it is a site-name shape or the site whose address the page prints."""
    at = next((i for i, line in enumerate(lines) if line.kind == "headline"), None)
    if at is None:
        return
    keys = address_keys(text for line in lines for text in (line.text, *line.dropped))
    title = lines[at].text
    cleaned = clean_title(title, keys, exact=True)
    if cleaned and cleaned != title and title.startswith(cleaned):
        lines[at] = replace(lines[at], text=cleaned,
                            dropped=(*lines[at].dropped, title[len(cleaned):].strip()))


def _says_title(text: str, title: str) -> bool:
    """Whether a line is the title, or the title after a widget's few words with no stop or
    colon ("zoom-inlihat foto <title>"); a sentence quoting it says more."""
    label = text[: -len(title)].split() if text.endswith(" " + title) else []
    return text == title or _is_tag_list(text, title) or (
        0 < len(label) <= CRUMB_MAX_WORDS and not label[-1].endswith((".", ":", ",", "!", "?")))


# A tag box under the headline, its label glued on in lower case and each tag a run of the
# headline's words: "id Harga Beras, Pasar Induk, Naik Tajam" under "Wah! Harga Beras Pasar
# Induk Naik Tajam". A deck naming other words ("di Sukamaju, harga beras naik") says more.
_TAG_LABEL = re.compile(r"^[a-z]{1,3}\s+")
_WORD = re.compile(r"[^\W_]+")


def _is_tag_list(text: str, title: str) -> bool:
    """Whether a line is a lower-case label and two or more tags, each a run of the title's
    words, saying at least HEADLINE_AGAIN_MIN_WORDS of them."""
    label = _TAG_LABEL.match(text)
    if label is None:
        return False
    words = " " + " ".join(_WORD.findall(title)) + " "
    tags = [" ".join(tag.split()) for tag in text[label.end():].split(",")]
    return (len(tags) >= 2 and all(tag and f" {tag} " in words for tag in tags)
            and sum(len(tag.split()) for tag in tags) >= HEADLINE_AGAIN_MIN_WORDS)
