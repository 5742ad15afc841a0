"""Lines printed twice: the opening a crawler saved again after the article is spoken once."""

from __future__ import annotations

import pytest

from dengar.lines import Line
from dengar.repeats import bare, mark_repeats

_LEAD = ("Format berbeda diterapkan di liga musim ini, tidak ada babak delapan besar dan juara "
         "grup otomatis lolos ke kasta tertinggi.")
_SECOND = ("Rapat para manajer klub kemarin menyepakati bahwa perebutan juara akan tersaji "
           "dalam satu pertandingan di stadion utama.")
_MIDDLE = ("Menurut direktur operasional, laga perebutan tiket promosi juga dimainkan di stadion "
           "yang sama pada awal bulan depan.")

_FOURTH = ("Para pelatih menyambut baik format itu karena jadwal pertandingan menjadi lebih "
           "pendek dan biaya perjalanan tim berkurang.")


def _spoken(texts: list[str]) -> list[str]:
    lines = [Line("body", text) for text in texts]
    mark_repeats(lines)
    return [line.text for line in lines if line.kind == "body"]


@pytest.mark.parametrize(("texts", "spoken"), [
    # The opening paragraphs saved again after the article's end are spoken once.
    ([_LEAD, _SECOND, _MIDDLE, _FOURTH, _LEAD, _SECOND], [_LEAD, _SECOND, _MIDDLE, _FOURTH]),
    # Spaces the copy doubled do not make it another paragraph; a copy cut short stays.
    ([_LEAD, _SECOND, _MIDDLE, _FOURTH, _LEAD.replace(" ", "  "), _SECOND[:40]],
     [_LEAD, _SECOND, _MIDDLE, _FOURTH, _SECOND[:40]]),
    # A refrain or a one-word paragraph may come twice on purpose: both stay.
    (["Merdeka!", _MIDDLE, "Merdeka!"], ["Merdeka!", _MIDDLE, "Merdeka!"]),
    # A paragraph the page prints twice further on is left as the page prints it.
    ([_LEAD, _SECOND, _MIDDLE, "Merdeka!", "Hidup petani!", _SECOND],
     [_LEAD, _SECOND, _MIDDLE, "Merdeka!", "Hidup petani!", _SECOND]),
    # A lead that changes one word is another paragraph.
    ([_LEAD, _SECOND, _MIDDLE, _FOURTH, _LEAD.replace("musim ini", "musim lalu")],
     [_LEAD, _SECOND, _MIDDLE, _FOURTH, _LEAD.replace("musim ini", "musim lalu")]),
])
def test_the_articles_opening_saved_again_after_its_end_is_spoken_once(texts, spoken):
    assert _spoken(texts) == spoken


_CAPTION = "Para pemain merayakan gol bersama pendukung di tribun utara."


@pytest.mark.parametrize(("texts", "kinds"), [
    # a caption printed twice, one copy with the club's copyright glued on: one caption
    ([_CAPTION + " Copyright: © Persatuan Sepak Bola Kota", _CAPTION, _LEAD],
     [("caption", _CAPTION), ("furniture", ""), ("body", _LEAD)]),
    ([_CAPTION + " © Klub Mataram", _CAPTION, _LEAD],
     [("caption", _CAPTION), ("furniture", ""), ("body", _LEAD)]),
    # a sentence naming the sign is no credit: printed once, it stays
    (["Logo © itu dipasang di semua kaus tim.", _LEAD],
     [("body", "Logo © itu dipasang di semua kaus tim."), ("body", _LEAD)]),
])
def test_a_copy_closed_by_a_copyright_makes_a_caption(texts, kinds):
    lines = [Line("body", text) for text in texts]
    for repeat in mark_repeats(lines):
        if repeat.credit:
            lines[repeat.index] = Line("caption", bare(lines[repeat.index].text))
    assert [(line.kind, line.text) for line in lines] == kinds


_BARE_CAPTION = "Para penari membawakan tarian daerah di panggung utama festival budaya"


@pytest.mark.parametrize(("texts", "kinds"), [
    # a caption printed bare, then again with its photographer and outlet after a bar: one
    ([_BARE_CAPTION, _BARE_CAPTION + " | Rina Sari/Kabarkota.id", _LEAD],
     [("caption", _BARE_CAPTION), ("furniture", ""), ("body", _LEAD)]),
    ([_BARE_CAPTION + " | Budi/Harian.com", _BARE_CAPTION, _LEAD],
     [("caption", _BARE_CAPTION), ("furniture", ""), ("body", _LEAD)]),
    # a "Foto:" label, the agency and the photographer after a bar, the copies alike
    ([_BARE_CAPTION + ". | Foto: ANTARA/Rina Sari"] * 2 + [_LEAD],
     [("caption", _BARE_CAPTION + "."), ("furniture", ""), ("body", _LEAD)]),
    # a bar with no name and outlet after it is no credit: printed once, the line stays
    (["Jadwal festival | Sabtu dan Minggu", _LEAD],
     [("body", "Jadwal festival | Sabtu dan Minggu"), ("body", _LEAD)]),
    (["Pentas tari | Jakarta/Bogor", _LEAD],
     [("body", "Pentas tari | Jakarta/Bogor"), ("body", _LEAD)]),
    (["Pentas tari | Foto: Jakarta/bogor", _LEAD],
     [("body", "Pentas tari | Foto: Jakarta/bogor"), ("body", _LEAD)]),
])
def test_a_copy_closed_by_a_credit_after_a_bar_makes_a_caption(texts, kinds):
    lines = [Line("body", text) for text in texts]
    for repeat in mark_repeats(lines):
        if repeat.credit:
            lines[repeat.index] = Line("caption", bare(lines[repeat.index].text))
    assert [(line.kind, line.text) for line in lines] == kinds


_EXCERPT = _LEAD + " " + _SECOND[:60].rstrip()


@pytest.mark.parametrize(("texts", "spoken"), [
    # a teaser cut off with "[…]", its text printed in full right after it: not read
    ([_EXCERPT + " […]", _LEAD, _SECOND], [_LEAD, _SECOND]),
    ([_EXCERPT + " [...]", "Iklan", _LEAD, _SECOND], ["Iklan", _LEAD, _SECOND]),
    # an excerpt the text does not print again, or a paragraph quoting with "[…]" inside
    # and ending so, stays
    ([_EXCERPT + " […]", _MIDDLE, _FOURTH], [_EXCERPT + " […]", _MIDDLE, _FOURTH]),
    (["Bunyi pasal itu: setiap warga berhak […]", _LEAD],
     ["Bunyi pasal itu: setiap warga berhak […]", _LEAD]),
    # the same words further down are the text's own
    ([_EXCERPT + " […]", _MIDDLE, _FOURTH, _LEAD], [_EXCERPT + " […]", _MIDDLE, _FOURTH, _LEAD]),
])
def test_an_excerpt_cut_off_over_its_text_is_read_once(texts, spoken):
    assert _spoken(texts) == spoken
