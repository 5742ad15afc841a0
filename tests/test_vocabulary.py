"""A title-case run of words the article writes in lower case is a phrase, not a name."""

from __future__ import annotations

import pytest

from dengar.article import segment
from dengar.model import Article
from dengar.plaintext import parse_text
from dengar.vocabulary import is_mostly_ordinary, lower_case_words

_BODY = (
    "Warga diminta mendaftar ke sekolah terdekat sesuai domisili masing-masing, "
    "kata pejabat dinas yang indah tutur katanya itu. Putri sulung warga ikut daftar ulang."
)


@pytest.mark.parametrize(
    ("run", "ordinary"),
    [
        ("Daftar Sekolah Sesuai Domisili", True),  # a deck in title case
        ("Warga Diminta Daftar Ulang", True),
        ("Budi Santoso", False),
        ("Putri Indah", False),  # two words are too few to tell
        ("Sri Indah Lestari", False),  # one ordinary word of three
        ("Bayu Mulia Putra", False),
        ("Indah", False),
    ],
)
def test_a_run_of_ordinary_words_is_no_name(run: str, ordinary: bool) -> None:
    assert is_mostly_ordinary(run, lower_case_words([_BODY])) is ordinary


def _segment(text: str) -> Article:
    return segment(parse_text(text))


def test_a_title_case_deck_is_no_bare_name_byline() -> None:
    article = _segment(
        "Sekolah Baru Dibuka di Kecamatan Timur\n\n"
        "Daftar Sekolah Sesuai Domisili\n\n"
        "BOYOLALI - Orang tua diminta mendaftarkan anak ke sekolah sesuai domisili, dan "
        "daftar sekolah sudah diumumkan pekan lalu.\n"
    )
    assert article.byline is None


def test_a_bare_name_under_the_headline_is_still_a_byline() -> None:
    article = _segment(
        "Sekolah Baru Dibuka di Kecamatan Timur\n\n"
        "Sri Indah Lestari\n\n"
        "BOYOLALI - Orang tua diminta mendaftarkan anak ke sekolah sesuai domisili, dan "
        "pemandangan sekolah itu indah.\n"
    )
    assert article.byline == "Sri Indah Lestari"


@pytest.mark.parametrize(
    ("headline", "sentence", "speaker"),
    [
        # The headline's name runs on into ordinary words the body writes in lower case.
        ("Harga Cabai Naik, Suwarni Rela Antre Sejak Subuh",
         "Sejak subuh, pedagang Suwarni rela antre di pasar.", "Suwarni"),
        # A full name in the headline serves a short name in the body.
        ("Medali Emas Pertama untuk Rina Kartikasari",
         "Kemarin, perenang Kartikasari rela berlatih setiap hari.", "Rina Kartikasari"),
    ],
)
def test_a_title_case_headline_names_no_ordinary_words(
        headline: str, sentence: str, speaker: str) -> None:
    article = _segment(
        f"{headline}\n\n{sentence}\n\n"
        f'"Saya sudah menunggu sejak pagi tadi di sini," kata {speaker.split()[-1]}.\n'
    )
    quotes = [s for s in article.segments if s.kind == "quote"]
    assert [q.speaker for q in quotes] == [speaker]
