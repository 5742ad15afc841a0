"""Which language an article is in: function words decide, a declaration helps short texts."""

from __future__ import annotations

import pytest

from dengar.errors import ForeignLanguage
from dengar.language import UNKNOWN, base_code, check_language, detect_language
from dengar.model import Block, Metadata, Source

INDONESIAN = ("Pemerintah kota mulai membangun jalur sepeda baru di sepanjang jalan utama pada "
              "pekan ini. Jalur itu akan menghubungkan stasiun dengan kawasan kampus dan pasar, "
              "kata wali kota yang juga hadir dalam acara tersebut.")
MALAY = ("Kerajaan negeri akan membina laluan basikal baharu di sepanjang jalan utama pada "
         "minggu ini. Laluan itu akan menghubungkan stesen dengan kawasan kampus dan pasar, "
         "kata datuk bandar yang juga hadir dalam majlis tersebut.")
ENGLISH = ("The city government has started building a new bicycle lane along the main road "
           "this week. The lane will connect the station with the campus and the market, said "
           "the mayor, who was also at the event.")
VIETNAMESE = ("Chính quyền thành phố đã bắt đầu xây dựng làn đường dành cho xe đạp trên các "
              "tuyến phố chính trong tuần này. Làn đường sẽ nối nhà ga với khu đại học và chợ, "
              "theo lời ông thị trưởng, người cũng có mặt tại sự kiện.")
CHINESE = "市政府本周开始在主要道路上修建新的自行车道。" * 6


def source(text: str, declared: str | None = None) -> Source:
    return Source((Block(text),), Metadata(language=declared))


@pytest.mark.parametrize("text, code", [
    (INDONESIAN, "id"), (MALAY, "id"), (ENGLISH, "en"), (VIETNAMESE, "vi"),
    (CHINESE, UNKNOWN), ("Banjir di Kota", None),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("declared, code", [
    ("id-ID", "id"), ("in", "id"), ("ms_MY", "id"), ("en-US", "en"), ("", None), (None, None),
])
def test_base_code(declared, code):
    assert base_code(declared) == code


def test_text_wins_over_a_template_lang_attribute():
    checked = check_language(source(INDONESIAN, declared="en"))
    assert checked.metadata.language == "id"


def test_declaration_decides_a_text_too_short_to_judge():
    with pytest.raises(ForeignLanguage, match="English"):
        check_language(source("Bicycle lanes open", declared="en-GB"))
    assert check_language(source("Jalur sepeda dibuka")).metadata.language == "id"


@pytest.mark.parametrize("text, name", [
    (ENGLISH, "English"), (VIETNAMESE, "Vietnamese"), (CHINESE, "almost no Indonesian words"),
])
def test_foreign_text_is_refused_naming_the_language(text, name):
    with pytest.raises(ForeignLanguage, match=name) as refused:
        check_language(source(text))
    assert "--any-language" in str(refused.value)
    assert str(refused.value).count(".") == 1  # one sentence
    assert "other than Indonesian" not in str(refused.value)


def test_the_refusal_names_the_language():
    with pytest.raises(ForeignLanguage) as refused:
        check_language(source(ENGLISH))
    assert str(refused.value) == ("The article is in English, not Indonesian; say "
                                  "--any-language to speak it with the Indonesian voice anyway.")


def test_non_latin_text_takes_its_declared_language_name():
    with pytest.raises(ForeignLanguage, match="Chinese"):
        check_language(source(CHINESE, declared="zh-CN"))


def test_any_language_keeps_the_language_found():
    assert check_language(source(ENGLISH), any_language=True).metadata.language == "en"
